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
 * A booking as the mentor's calendar entry: REQUEST while it stands (host organizes, mentor attends),
 * CANCEL with the raised SEQUENCE once cancelled. The UID never changes, so calendars update the same entry.
 */
export function bookingCalendar(
  booking: Booking,
  people: { host: Pick<Person, 'id' | 'name' | 'email'>; booker: Pick<Person, 'id' | 'name' | 'email'> },
  stamp: Date,
): IcsDocument {
  const method = booking.status === 'cancelled' ? 'CANCEL' : 'REQUEST';
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
        attendees: [calendarAddress(people.booker)],
      },
    ],
  });
  return { method, body };
}
