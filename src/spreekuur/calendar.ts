import { renderCalendar, type IcsPerson } from '../calendar/ics';
import type { IcsDocument } from '../calendar/links';
import type { Person } from '../people/roles';
import type { Booking } from './model';

export const BOOKING_LINK_KIND = 'spreekuur-booking';

/** People reached through Teams may have no e-mail address on file; calendars still need an address per person. */
export function calendarAddress(person: Pick<Person, 'id' | 'name' | 'email'>): IcsPerson {
  return {
    name: person.name,
    email: person.email ?? `${person.id.replace(/[^A-Za-z0-9._-]/g, '-')}@personen.jos-assistent.invalid`,
  };
}

/**
 * A booking as the mentor's calendar entry. The UID never changes, so calendars update the same entry; a cancelled
 * booking is a CANCEL with the raised SEQUENCE and STATUS:CANCELLED.
 * A standing booking is an invitation (REQUEST, host organizes, mentor attends) only when both have a real address,
 * so an answer reaches someone. Otherwise it is a PUBLISH without attendees: the mentor adds it to their own
 * calendar and is not asked to reply to an address that does not exist.
 */
export function bookingCalendar(
  booking: Booking,
  people: { host: Pick<Person, 'id' | 'name' | 'email'>; booker: Pick<Person, 'id' | 'name' | 'email'> },
  stamp: Date,
): IcsDocument {
  const invitation = Boolean(people.host.email && people.booker.email);
  const method = booking.status === 'cancelled' ? 'CANCEL' : invitation ? 'REQUEST' : 'PUBLISH';
  const body = renderCalendar({
    method,
    stamp,
    events: [
      {
        uid: `spreekuur-booking-${booking.id}@jos-assistent`,
        sequence: booking.icalSequence,
        start: booking.startsAt,
        end: booking.endsAt,
        summary: `JOS-spreekuur bij ${people.host.name}`,
        location: booking.place,
        description: booking.topic ? `Onderwerp: ${booking.topic}` : 'Inloopspreekuur van het JOS-team.',
        status: method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
        organizer: calendarAddress(people.host),
        // A CANCEL names the attendees it removes: the mentor when they were invited, nobody otherwise.
        attendees: invitation ? [calendarAddress(people.booker)] : [],
      },
    ],
  });
  return { method, body };
}
