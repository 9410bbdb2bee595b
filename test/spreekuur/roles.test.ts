import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock';
import { startTestBot, type TestBot, type TestUser } from '../helpers/bot';
import { cardText } from '../helpers/cards';
import { bookAt, mondayHours, SCHOOL } from './botWorld';
import { textBlockWith } from './textBlock';

/** The server checks who may do what for every button; a hidden button is never the only guard. */
describe('spreekuur role checks on the server', () => {
  let bot: TestBot;
  let coach: TestUser;
  let mentor: TestUser;
  let seriesId: number;
  let bookingId: number;

  const state = () => ({
    series: bot.db.prepare('SELECT weekday, start_time, end_time, place, active FROM spreekuur_series ORDER BY id').all(),
    bookings: bot.db.prepare('SELECT id, status FROM spreekuur_bookings ORDER BY id').all(),
    cancelledDates: bot.db.prepare('SELECT COUNT(*) AS n FROM spreekuur_cancelled_dates').get(),
    holidays: bot.db.prepare('SELECT COUNT(*) AS n FROM school_holiday_periods').get(),
  });

  beforeEach(async () => {
    // Friday 20 March 2026, 10:00 in Amsterdam; the coach holds Mondays 14:00–15:00 and a mentor booked 23 March 14:00.
    bot = await startTestBot({ clock: new ManualClock('2026-03-20T09:00:00Z') });
    ({ coach, mentor } = await mondayHours(bot));
    expect(cardText((await bookAt(mentor, '14:00')).card)).toContain('Je afspraak staat');
    seriesId = (bot.db.prepare('SELECT id FROM spreekuur_series').get() as { id: number }).id;
    bookingId = (bot.db.prepare('SELECT id FROM spreekuur_bookings').get() as { id: number }).id;
  });
  afterEach(async () => bot.stop());

  it('a plain mentor and a JOS worker of another school change nothing with any host or holiday button', async () => {
    const otherMentor = bot.user('mentor-2', { name: 'Noor Mentor', schoolId: SCHOOL });
    const otherCoach = bot.user('coach-2', { name: 'Vera Vonk', roles: [{ role: 'jos-functionaris', function: 'jgc', schoolId: 'vonk' }] });
    const before = state();
    const series = {
      seriesId, schoolId: SCHOOL, weekday: '2', startTime: '09:00', endTime: '10:00', slotMinutes: '15', place: 'Elders', validFrom: '2026-03-01',
    };
    const clicks: Array<[verb: string, data: Record<string, unknown>]> = [
      ['spreekuur.host', {}],
      ['spreekuur.noShow', { bookingId }],
      ['spreekuur.seriesForm', { seriesId }],
      ['spreekuur.saveSeries', series],
      ['spreekuur.stopSeries', { seriesId }],
      ['spreekuur.dateList', { seriesId }],
      ['spreekuur.cancelDate', { seriesId, day: '2026-03-23', confirmed: true }],
      ['spreekuur.holidays', { schoolId: SCHOOL }],
      ['spreekuur.saveHolidays', { schoolId: SCHOOL, year: '2025-2026', periods: 'studiedag 2026-03-23 2026-03-23' }],
      ['spreekuur.cancel', { bookingId, confirmed: true }],
    ];
    for (const user of [otherMentor, otherCoach]) {
      for (const [verb, data] of clicks) {
        const result = await user.execute(verb, data);
        expect(result.status, verb).toBe(200);
        const text = cardText(result.card);
        expect(text, `${verb} shows nothing of the coach's bookings`).not.toContain('Mees Mentor');
        expect(text, `${verb} shows nothing of the coach's series`).not.toContain('Lokaal 0.14');
      }
    }
    expect(state()).toEqual(before);
    const refused = await otherMentor.execute('spreekuur.cancel', { bookingId });
    expect(textBlockWith(refused.card, 'Dat is niet jouw afspraak.')?.color).toBe('Attention');
    // Nobody was told anything either.
    await bot.runDueJobs();
    expect(bot.proactiveTo('mentor-1')).toHaveLength(0);
  });

  it('a mentor of another school cannot even open the topic step of a slot there', async () => {
    const elsewhere = bot.user('mentor-3', { name: 'Vonk Docent', schoolId: 'vonk' });
    const result = await elsewhere.execute('spreekuur.pick', { seriesId, startsAt: '2026-03-23T13:15:00.000Z' });
    expect(cardText(result.card)).toContain('hoort bij een andere school');
  });

  it('"niet gekomen" is refused before the appointment has started, even when the button is sent by hand', async () => {
    const early = await coach.execute('spreekuur.noShow', { bookingId });
    expect(cardText(early.card)).toContain('nog niet begonnen');
    expect(state().bookings).toEqual([{ id: bookingId, status: 'booked' }]);
    (bot.clock as ManualClock).set('2026-03-23T13:05:00Z'); // Monday 14:05
    const late = await coach.execute('spreekuur.noShow', { bookingId });
    expect(cardText(late.card)).toContain('niet gekomen');
    expect(state().bookings).toEqual([{ id: bookingId, status: 'no-show' }]);
  });
});
