import { bench, describe } from 'vitest';
import { renderCalendar } from '../src/calendar/ics';
import { bookingCalendar } from '../src/spreekuur/calendar';
import { mondaySeries, person, spreekuurFixture } from '../test/spreekuur/fixture';

// Three series at one school: Monday, Wednesday and Thursday afternoons, four slots each, over two weeks.
const world = spreekuurFixture('2026-03-20T09:00:00Z');
world.service.saveSeries(person('coach'), mondaySeries());
world.service.saveSeries(person('coach'), mondaySeries({ weekday: 3 }));
world.service.saveSeries(person('coach'), mondaySeries({ weekday: 4 }));
const slot = world.service.openSlots('jan-arentsz')[0]!;
const host = { id: 'coach', name: 'Coach Demo', email: 'coach@groeimee.example' };
const booker = { id: 'mentor-a', name: 'Mentor A', email: 'mentor@school.example' };

describe('spreekuur', () => {
  bench('open slots of a school for the next two weeks (series, holidays, bookings)', () => {
    world.service.openSlots('jan-arentsz');
  });
  bench('book and cancel one slot (BEGIN IMMEDIATE, reminders scheduled and cancelled)', () => {
    const result = world.service.book(person('mentor-a'), { seriesId: slot.seriesId, startsAt: slot.startsAt });
    if (result.ok) world.service.cancelByBooker(person('mentor-a'), result.booking.id);
  });
  bench('render a booking as METHOD:REQUEST with VTIMEZONE', () => {
    const booking = world.service.booking(1);
    if (booking) bookingCalendar(booking, { host, booker }, world.clock.now());
  });
  bench('render a 40-event PUBLISH feed', () => {
    renderCalendar({
      method: 'PUBLISH',
      stamp: world.clock.now(),
      events: world.service.openSlots('jan-arentsz').map((open, index) => ({
        uid: `feed-${index}@jos-assistent`,
        sequence: 0,
        start: open.startsAt,
        end: open.endsAt,
        summary: 'JOS-spreekuur',
        status: 'CONFIRMED' as const,
        organizer: host,
        attendees: [],
      })),
    });
  });
});
