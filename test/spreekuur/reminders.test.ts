import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../src/clock';
import { startTestBot, type TestBot, type TestUser } from '../helpers/bot';
import { cardText, findAction } from '../helpers/cards';

const reminders = (bot: TestBot, userId: string): string[] =>
  bot.proactiveTo(userId).map(cardText).filter((text) => text.includes('Herinnering: JOS-spreekuur'));

describe('spreekuur reminders survive a restart', () => {
  let bot: TestBot | undefined;
  afterEach(async () => bot?.stop());

  it('a reminder due while the process was down is sent once after start, never twice; a cancelled booking gets none', async () => {
    const clock = new ManualClock('2026-03-20T09:00:00Z');
    bot = await startTestBot({ clock });
    const coach = bot.user('coach-1', { name: 'Sanne Coach', roles: [{ role: 'jos-functionaris', function: 'jgc', schoolId: 'jan-arentsz' }] });
    const mentor = bot.user('mentor-1', { name: 'Mees Mentor', schoolId: 'jan-arentsz' });
    const other = bot.user('mentor-2', { name: 'Noor Mentor', schoolId: 'jan-arentsz' });
    for (const user of [coach, mentor, other]) await user.say('hallo');
    await coach.execute('spreekuur.saveSeries', {
      schoolId: 'jan-arentsz', weekday: '1', startTime: '14:00', endTime: '15:00', slotMinutes: '15', place: 'Lokaal 0.14', validFrom: '2026-03-01',
    });
    const book = async (user: TestUser, time: string) => {
      const [list] = await user.say('spreekuur');
      const pick = findAction(list, new RegExp(`^${time} · Sanne Coach`));
      return user.execute('spreekuur.book', { ...pick.data, topic: '' });
    };
    await book(mentor, '14:00');
    const cancelled = await book(other, '14:15');
    await other.execute('spreekuur.cancel', findAction(cancelled.card, 'Annuleer').data);

    await bot.runDueJobs();
    expect(reminders(bot, 'mentor-1')).toEqual([]); // not due yet

    // The bot is down from Monday 12:50 until 13:20 Amsterdam; the reminder (13:00) falls due meanwhile.
    clock.set('2026-03-23T11:50:00Z');
    await bot.restart(); // still before the reminder
    await bot.runDueJobs();
    expect(reminders(bot, 'mentor-1')).toEqual([]);
    clock.set('2026-03-23T12:20:00Z');
    await bot.restart();
    // The start itself runs what fell due while the bot was down; nobody calls the job runner here.
    const started = bot;
    await vi.waitFor(() => expect(reminders(started, 'mentor-1')).toHaveLength(1), { timeout: 10_000 });
    await bot.runDueJobs(); // lets the start's run finish (the host's reminder is in the same batch)
    expect(reminders(bot, 'mentor-1')[0]).toContain('maandag 23 maart, 14:00–14:15');
    expect(reminders(bot, 'coach-1')).toHaveLength(1);
    expect(reminders(bot, 'coach-1')[0]).toContain('Mees Mentor');
    expect(reminders(bot, 'mentor-2')).toEqual([]);

    await bot.runDueJobs();
    await bot.restart();
    await bot.runDueJobs();
    expect(reminders(bot, 'mentor-1')).toHaveLength(1);
    expect(reminders(bot, 'coach-1')).toHaveLength(1);
  });

  it('a reminder that fell due while the bot was down past the appointment itself is dropped, not sent late', async () => {
    const clock = new ManualClock('2026-03-20T09:00:00Z');
    bot = await startTestBot({ clock });
    const coach = bot.user('coach-1', { name: 'Sanne Coach', roles: [{ role: 'jos-functionaris', function: 'jgc', schoolId: 'jan-arentsz' }] });
    const mentor = bot.user('mentor-1', { name: 'Mees Mentor', schoolId: 'jan-arentsz' });
    for (const user of [coach, mentor]) await user.say('hallo');
    await coach.execute('spreekuur.saveSeries', {
      schoolId: 'jan-arentsz', weekday: '1', startTime: '14:00', endTime: '15:00', slotMinutes: '15', place: 'Lokaal 0.14', validFrom: '2026-03-01',
    });
    const [list] = await mentor.say('spreekuur');
    const booked = await mentor.execute('spreekuur.book', { ...findAction(list, /^14:00 · Sanne Coach/).data, topic: '' });
    expect(cardText(booked.card)).toContain('Je afspraak staat');

    // Down from before the reminder (13:00 Amsterdam) until after the appointment (14:00–14:15).
    clock.set('2026-03-23T14:00:00Z');
    await bot.restart();
    const started = bot;
    const open = () =>
      started.db.prepare("SELECT COUNT(*) AS n FROM jobs WHERE kind = 'spreekuur.reminder' AND status IN ('pending', 'running')").get();
    await vi.waitFor(() => expect(open()).toEqual({ n: 0 }), { timeout: 10_000 }); // the start ran both reminder jobs
    expect(reminders(bot, 'mentor-1')).toEqual([]);
    expect(reminders(bot, 'coach-1')).toEqual([]);
  });
});
