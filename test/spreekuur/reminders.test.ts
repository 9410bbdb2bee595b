import { afterEach, describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../src/clock';
import { startTestBot, type TestBot } from '../helpers/bot';
import { cardText, findAction } from '../helpers/cards';
import { bookAt, mondayHours } from './botWorld';

const reminders = (bot: TestBot, userId: string): string[] =>
  bot.proactiveTo(userId).map(cardText).filter((text) => text.includes('Herinnering: JOS-spreekuur'));

describe('spreekuur reminders survive a restart', () => {
  let bot: TestBot | undefined;
  afterEach(async () => bot?.stop());

  it('a reminder due while the process was down is sent once after start, never twice; a cancelled booking gets none', async () => {
    const clock = new ManualClock('2026-03-20T09:00:00Z');
    bot = await startTestBot({ clock });
    const { mentor } = await mondayHours(bot);
    const other = bot.user('mentor-2', { name: 'Noor Mentor', schoolId: 'jan-arentsz' });
    await other.say('hallo');
    await bookAt(mentor, '14:00');
    const cancelled = await bookAt(other, '14:15');
    await other.execute('spreekuur.cancel', { ...findAction(cancelled.card, 'Annuleer').data, confirmed: true });

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
    const { mentor } = await mondayHours(bot);
    expect(cardText((await bookAt(mentor, '14:00')).card)).toContain('Je afspraak staat');

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
