import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestBot, type TestBot, type UserSeed } from '../helpers/bot';
import { cardText } from '../helpers/cards';

const SCHOOL = 'jan-arentsz';
const REFUSED = 'Open consultaties zijn voor het JOS-team van een school.';

/** Who asks for the open requests, and whether they may see them. */
const ROLES: Array<[string, UserSeed, boolean]> = [
  ['mentor of the school', { schoolId: SCHOOL }, false],
  ['JOS worker of the school', { roles: [{ role: 'jos-functionaris', function: 'jgc', schoolId: SCHOOL }] }, true],
  ['JOS worker of another school', { roles: [{ role: 'jos-functionaris', function: 'jgc', schoolId: 'vonk' }] }, true],
  ['ondersteuningscoördinator', { roles: [{ role: 'ondersteuningscoordinator', schoolId: SCHOOL }] }, false],
  ['procesbegeleider', { roles: [{ role: 'procesbegeleider' }] }, false],
  ['projectleider', { roles: [{ role: 'projectleider' }] }, false],
  ['beheerder', { roles: [{ role: 'beheerder' }] }, false],
];

describe('"open consultaties" only for a JOS team (issue 11, role × action)', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(async () => bot?.stop());

  it.each(ROLES)('%s: typed and clicked', async (label, seed, allowed) => {
    const user = bot.user(`u-${label.replace(/\W+/g, '-')}`, { name: label, ...seed });
    const typed = cardText((await user.say('open consultaties'))[0]);
    const clicked = cardText((await user.execute('consultation.open')).card);
    for (const answer of [typed, clicked]) {
      if (allowed) expect(answer).toContain('Er wachten geen consultatievragen op je team');
      else expect(answer).toContain(REFUSED);
    }
  });
});
