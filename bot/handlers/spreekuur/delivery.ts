import { BOOKING_LINK_KIND, bookingCalendar } from '../../../src/spreekuur/calendar';
import { DROPPED_JOB, REMINDER_JOB } from '../../../src/spreekuur/jobs';
import * as cards from '../../cards/spreekuur';
import type { SpreekuurFeature } from './feature';

/** What reaches people outside a click: the booking's calendar file, the reminders, the notice of a dropped booking. */
export function registerSpreekuurDelivery(feature: SpreekuurFeature): void {
  const { deps, service, nameOf } = feature;

  deps.calendarLinks.register(BOOKING_LINK_KIND, (refId, now) => {
    const booking = service.booking(Number(refId));
    const host = booking && deps.people.get(booking.hostId);
    const booker = booking && deps.people.get(booking.bookerId);
    return booking && host && booker ? bookingCalendar(booking, { host, booker }, now) : undefined;
  }, (refId) => service.booking(Number(refId))?.endsAt);

  // One job per recipient, so a failure for one never resends to the other. A cancelled booking sends nothing,
  // and neither does one whose time has come while the bot was down: a reminder afterwards only confuses.
  deps.jobs.register(REMINDER_JOB, async ({ bookingId, recipient }) => {
    const booking = service.booking(bookingId);
    if (!booking || booking.status !== 'booked' || booking.startsAt <= deps.clock.now()) return;
    const [to, other] = recipient === 'booker' ? [booking.bookerId, booking.hostId] : [booking.hostId, booking.bookerId];
    await feature.notify(to, cards.reminderCard(booking, nameOf(other), recipient), 'Herinnering: JOS-spreekuur');
  });

  deps.jobs.register(DROPPED_JOB, async ({ bookingId }) => {
    const booking = service.booking(bookingId);
    if (!booking || booking.status !== 'cancelled') return;
    const alternatives = service.openSlots(booking.schoolId).slice(0, 3);
    const card = cards.bookingDroppedCard(booking, nameOf(booking.hostId), alternatives, nameOf);
    await feature.notify(booking.bookerId, card, 'Je spreekuurafspraak vervalt');
  });
}
