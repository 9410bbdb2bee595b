import { describe, expect, it } from 'vitest';
import { bookingCalendar } from '../../src/spreekuur/calendar';
import { checkIcs, expectSequenceRaised } from '../helpers/ics';
import { mondaySeries, person, spreekuurFixture } from './fixture';

const host = { id: 'coach', name: 'Coach Demo', email: 'coach@groeimee.example' };
const booker = { id: 'mentor-a', name: 'Mentor A' };
const bookerWithAddress = { ...booker, email: 'mentor-a@school.example' };

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
      const request = checkIcs(bookingCalendar(booking, { host, booker: bookerWithAddress }, clock.now()).body, 'REQUEST');
      expect(request.events[0]!.startLocal.slice(11)).toBe('14:00:00');
      expect(request.events[0]!.startUtc).toBe(booking.startsAt.toISOString());
      expect(request.events[0]!.organizer).toBe('mailto:coach@groeimee.example');
      // An invitation only to a real address, so the answer reaches someone.
      expect(request.events[0]!.attendees.map((attendee) => attendee.value)).toEqual(['mailto:mentor-a@school.example']);
      expect(request.events[0]!.location).toBe('Lokaal 0.14');
    }
    const before = checkIcs(bookingCalendar(winter!, { host, booker }, clock.now()).body);
    const cancelled = service.cancelByBooker(person('mentor-a'), winter!.id);
    if (!cancelled.ok) throw new Error('cancel failed');
    const after = checkIcs(bookingCalendar(cancelled.booking, { host, booker }, clock.now()).body, 'CANCEL');
    expectSequenceRaised(before, after);
    expect(after.events[0]!.uid).toBe(`spreekuur-booking-${winter!.id}@jos-assistent`);
  });

  it('without an address for the mentor: PUBLISH with no attendee (no reply asked to nobody), and the cancel still removes it', () => {
    const { service, clock } = spreekuurFixture('2026-03-20T09:00:00Z');
    service.saveSeries(person('coach'), mondaySeries());
    const result = service.book(person('mentor-a'), { seriesId: 1, startsAt: new Date('2026-03-23T13:00:00.000Z') });
    if (!result.ok) throw new Error(`booking failed: ${result.reason}`);
    const document = bookingCalendar(result.booking, { host, booker }, clock.now());
    expect(document.method).toBe('PUBLISH');
    const published = checkIcs(document.body, 'PUBLISH');
    expect(published.events[0]!.attendees).toEqual([]);
    expect(document.body).not.toMatch(/^ATTENDEE/m);
    expect(document.body).not.toContain('RSVP');

    const cancelled = service.cancelByBooker(person('mentor-a'), result.booking.id);
    if (!cancelled.ok) throw new Error('cancel failed');
    const cancel = checkIcs(bookingCalendar(cancelled.booking, { host, booker }, clock.now()).body, 'CANCEL');
    expectSequenceRaised(published, cancel);
    expect(cancel.events[0]!.status).toBe('CANCELLED');
    expect(cancel.events[0]!.attendees).toEqual([]);
  });
});
