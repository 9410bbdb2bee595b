import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock';
import { startTestBot, type TestBot } from '../helpers/bot';
import { findAction } from '../helpers/cards';
import { checkIcs } from '../helpers/ics';
import { meetingForm } from '../meetings/fixture';

let bot: TestBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

describe("a member's own meeting link shows the meeting, never the member list (finding 10)", () => {
  it('has no attendees before and after the meeting is cancelled', async () => {
    bot = await startTestBot({ clock: new ManualClock('2022-09-01T08:00:00Z') });
    const planner = bot.user('pb-1', { name: 'Petra Proces', roles: [{ role: 'procesbegeleider' }] });
    const eva = bot.user('eva-1', { name: 'Eva Verzon', email: 'eva.verzon@school.example.org' });
    await eva.say('hallo');
    const preview = await planner.execute('meetings.plan', meetingForm({ location: 'Stadskantoor', agenda: '' }));
    const send = findAction(preview.card, 'Versturen');
    const sent = await planner.execute(send.verb!, send.data);
    await bot.runDueJobs();
    const link = findAction(bot.proactiveTo('eva-1').at(-1), 'Zet in mijn agenda').url!;
    const before = await (await fetch(link)).text();
    expect(checkIcs(before, 'PUBLISH').events[0]!.attendees).toEqual([]);

    const cancel = findAction(sent.card, 'Annuleren');
    const question = await planner.execute(cancel.verb!, cancel.data);
    await planner.execute(findAction(question.card, 'Ja, annuleer').verb!, findAction(question.card, 'Ja, annuleer').data);
    const after = await (await fetch(link)).text();
    const cancelled = checkIcs(after, 'CANCEL').events[0]!;
    expect(cancelled.status).toBe('CANCELLED');
    expect(cancelled.attendees).toEqual([]);
    for (const address of ['gina@zorg.example.org', 'hugo@gemeente.example.org', 'eva.verzon@school.example.org']) expect(after).not.toContain(address);
  });
});
