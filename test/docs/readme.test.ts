import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAPABILITIES, HELP_COMMANDS } from '../../bot/cards/commands';
import { ManualClock } from '../../src/clock';
import { startTestBot, type TestBot, type TestUser } from '../helpers/bot';
import { cardText, findAction } from '../helpers/cards';

const ROOT = join(__dirname, '../..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The backticked commands of the README's "What you can type" table (file paths are not commands). */
function readmeCommands(): string[] {
  const section = README.split('## What you can type')[1]!.split('\n\n')[1]!;
  const rows = section.split('\n').filter((line) => line.startsWith('|')).slice(2);
  return rows.flatMap((row) => [...row.split('|')[2]!.matchAll(/`([^`]+)`/g)].map((match) => match[1]!)).filter((text) => !text.includes('/'));
}

describe("the README's command table", () => {
  it('names exactly the commands and examples of the one list per role (bot/cards/commands.ts)', () => {
    const listed = [...HELP_COMMANDS, ...CAPABILITIES.flatMap((capability) => [...capability.commands, ...capability.examples])];
    expect([...readmeCommands()].sort()).toEqual([...listed].sort());
  });
});

describe('every README example on the demo bot', () => {
  let bot: TestBot;
  let user: TestUser;
  beforeAll(async () => {
    bot = await startTestBot({ clock: new ManualClock('2026-11-29T10:00:00Z') });
    user = bot.user('readme-user', {
      name: 'Robin Readme',
      schoolId: 'jan-arentsz',
      roles: [{ role: 'jos-functionaris', function: 'jgc', schoolId: 'jan-arentsz' }, { role: 'procesbegeleider' }],
    });
    await user.say('hoi');
    // The demo plan, as the README says: pasted under Jaarplanning and sent.
    const preview = await user.execute('meetings.import', { text: readFileSync(join(ROOT, 'knowledge/meetings/plan-2026-2027.csv'), 'utf8') });
    const applied = await user.execute('meetings.import.apply', findAction(preview.card, /overnemen|importeren|opslaan/i).data);
    const send = findAction(applied.card, 'Alle concepten versturen');
    await user.execute(send.verb!, send.data);
  });
  afterAll(async () => bot?.stop());

  it.each(readmeCommands())('"%s" gets an answer of its feature, not the fallback', async (command) => {
    const [reply] = await user.say(command);
    const text = cardText(reply);
    expect(text).not.toContain('Dat begreep ik niet helemaal');
    if (command.startsWith('wie komt er')) expect(text).not.toMatch(/geen (verstuurde )?bijeenkomst/i);
    expect(text.length).toBeGreaterThan(20);
  });

  it('"wie komt er op 19 januari 2027?" shows the netwerkgroep meeting of that day', async () => {
    const [reply] = await user.say('wie komt er op 19 januari 2027?');
    expect(cardText(reply)).toContain('Netwerkgroep bijeenkomst 2');
  });
});
