import { describe, expect, it } from 'vitest';
import { bookingCalendar } from '../../src/spreekuur/calendar';
import { checkIcs, expectSequenceRaised } from '../helpers/ics';
import { mondaySeries, person, spreekuurFixture } from './fixture';

const host = { id: 'coach', name: 'Coach Demo', email: 'coach@groeimee.example' };
const booker = { id: 'mentor-a', name: 'Mentor A' };

describe(`booking calendar file (process TZ=${process.env.TZ ?? 'unset'})`, () => {
  it('REQUEST at 14:00 Amsterdam on both sides of the DST change, then CANCEL with a higher SEQUENCE', () => {
    const { service, clock } = spreekuurFixture('2026-03-20T09:00:00Z');
    service.saveSeries(person('coach'), mondaySeries());
    const [winter, summer] = ['2026-03-23T13:00:00.000Z', '2026-03-30T12:00:00.000Z'].map((startsAt) => {
      const result = service.book(person('mentor-a'), { seriesId: 1, startsAt: new Date(startsAt) });
      if (!result.ok) throw new Error(`booking failed: ${result.reason}`);
      return result.booking;
    });
    for (const booking of [winter!, summer!]) {
      const request = checkIcs(bookingCalendar(booking, { host, booker }, clock.now()).body, 'REQUEST');
      expect(request.events[0]!.startLocal.slice(11)).toBe('14:00:00');
      expect(request.events[0]!.startUtc).toBe(booking.startsAt.toISOString());
      expect(request.events[0]!.organizer).toBe('mailto:coach@groeimee.example');
      // No e-mail on file: a clearly unusable address rather than a wrong person's.
      expect(request.events[0]!.attendees[0]!.value).toBe('mailto:mentor-a@personen.jos-assistent.invalid');
      expect(request.events[0]!.location).toBe('Lokaal 0.14');
    }
    const before = checkIcs(bookingCalendar(winter!, { host, booker }, clock.now()).body);
    const cancelled = service.cancelByBooker(person('mentor-a'), winter!.id);
    if (!cancelled.ok) throw new Error('cancel failed');
    const after = checkIcs(bookingCalendar(cancelled.booking, { host, booker }, clock.now()).body, 'CANCEL');
    expectSequenceRaised(before, after);
    expect(after.events[0]!.uid).toBe(`spreekuur-booking-${winter!.id}@jos-assistent`);
  });
});
