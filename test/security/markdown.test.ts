import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock';
import { plainText } from '../../bot/cards/kit';
import { startTestBot, type TestBot } from '../helpers/bot';
import { cardText, findAction } from '../helpers/cards';
import { findSlot, mondayHours, SCHOOL } from '../spreekuur/botWorld';
import { meetingForm } from '../meetings/fixture';

/** What a malicious or careless writer types: a disguised link, bold, code and a list. */
const SMUGGLED = 'Zie [log hier opnieuw in](https://jos-portaal.nl/start) **nu** `echt`';

/** A Markdown link Teams would render: brackets and parenthesis not escaped. */
const LIVE_LINK = /(?<!\\)\[[^\]]*(?<!\\)\]\(/;
/** What the reader sees once Teams has removed the escapes. */
const rendered = (text: string): string => text.replace(/\\(.)/g, '$1');

let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

function expectPlain(card: Parameters<typeof cardText>[0], typed: string): void {
  const text = cardText(card);
  expect(text, 'no live link').not.toMatch(LIVE_LINK);
  expect(text, 'no Markdown as typed (bold, code)').not.toContain(typed);
  expect(rendered(text), 'the reader still sees exactly what was typed').toContain(typed);
}

describe('text one user typed is plain text on another user\'s card (finding 8)', () => {
  it('escapes links, emphasis, code and line markers, and leaves ordinary text alone', () => {
    expect(plainText('[a](https://x.example/a_b)')).toBe('\\[a\\]\\(https://x.example/a\\_b\\)');
    expect(plainText('- een\n1. twee\n# drie\n> vier')).toBe('\\- een\n1\\. twee\n\\# drie\n\\> vier');
    expect(plainText('Dr. Jansen, 12-3, 4.5 uur: goed?')).toBe('Dr. Jansen, 12-3, 4.5 uur: goed?');
  });

  it("a consultation question reaches the JOS worker's card without a live link", async () => {
    bot = await startTestBot({ clock: new ManualClock('2026-11-23T09:00:00Z') });
    const mentor = bot.user('mentor-1', { name: 'Mees Mentor', schoolId: SCHOOL });
    const coach = bot.user('coach-1', { name: 'Sanne Coach', roles: [{ role: 'jos-functionaris', function: 'jgc', schoolId: SCHOOL }] });
    for (const user of [mentor, coach]) await user.say('hallo');
    const question = `Een leerling in de onderbouw eet niet in de pauze. ${SMUGGLED}`;
    const sent = await mentor.execute('consultation.submit', {
      schoolId: SCHOOL, theme: 'angst-somberheid', band: 'onderbouw', question, reach: 'chat', urgency: 'deze-week',
    });
    expect(cardText(sent.card)).toContain('Je vraag is verstuurd');
    await bot.runDueJobs();
    expectPlain(bot.proactiveTo('coach-1').at(-1), question);
    expectPlain((await coach.say('open consultaties'))[0], question);
  });

  it("a spreekuur topic reaches the host's notice and week view without a live link", async () => {
    bot = await startTestBot({ clock: new ManualClock('2026-03-20T09:00:00Z') });
    const { coach, mentor } = await mondayHours(bot);
    const { action } = await findSlot(mentor, '14:00');
    const topicCard = await mentor.execute(action.verb!, action.data);
    const confirm = findAction(topicCard.card, 'Bevestig');
    const booked = await mentor.execute(confirm.verb!, { ...confirm.data, topic: SMUGGLED });
    expect(cardText(booked.card)).toContain('Je afspraak staat');
    await bot.runDueJobs();
    expectPlain(bot.proactiveTo('coach-1').at(-1), SMUGGLED);
    expectPlain((await coach.execute('spreekuur.host')).card, SMUGGLED);
  });

  it("a meeting's title, place and agenda reach a member's Teams card without a live link", async () => {
    bot = await startTestBot({ clock: new ManualClock('2022-09-01T08:00:00Z') });
    const planner = bot.user('pb-1', { name: 'Petra Proces', email: 'procesbegeleider@jos.example.org', roles: [{ role: 'procesbegeleider' }] });
    const eva = bot.user('eva-1', { name: 'Eva Verzon', email: 'eva.verzon@school.example.org' });
    await eva.say('hallo');
    const preview = await planner.execute(
      'meetings.plan',
      meetingForm({ title: 'Netwerkgroep **2**', location: 'Stadskantoor **zaal 3**', agenda: `Opening\n${SMUGGLED}` }),
    );
    const send = findAction(preview.card, 'Versturen');
    await planner.execute(send.verb!, send.data);
    await bot.runDueJobs();
    const card = bot.proactiveTo('eva-1').at(-1);
    expectPlain(card, SMUGGLED);
    expectPlain(card, 'Netwerkgroep **2**');
    expectPlain(card, 'Stadskantoor **zaal 3**');
  });
});
