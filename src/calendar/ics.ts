import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventBusyStatus,
  ICalEventStatus,
} from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { AMSTERDAM_ZONE, wallClock } from './time';

export type IcsMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH';
export type IcsStatus = 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';

export interface IcsPerson {
  name: string;
  email: string;
}

export interface IcsEvent {
  /** Stable per meeting or booking: the same UID updates the entry instead of adding one. */
  uid: string;
  /** Raised by the organizer on every significant change (time, cancellation). */
  sequence: number;
  /** Instants; written as Europe/Amsterdam wall-clock time. */
  start: Date;
  end: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  status: IcsStatus;
  organizer: IcsPerson;
  /** Ignored for PUBLISH, which must not carry attendees (RFC 5546 §3.2). */
  attendees: IcsPerson[];
}

export interface IcsCalendarInput {
  method: IcsMethod;
  events: IcsEvent[];
  /** DTSTAMP of every event: when this object was produced. */
  stamp: Date;
  name?: string;
}

export const PRODUCT_ID = '//JOS regio Alkmaar//JOS-assistent//NL';

const methods: Record<IcsMethod, ICalCalendarMethod> = {
  REQUEST: ICalCalendarMethod.REQUEST,
  CANCEL: ICalCalendarMethod.CANCEL,
  PUBLISH: ICalCalendarMethod.PUBLISH,
};

const statuses: Record<IcsStatus, ICalEventStatus> = {
  CONFIRMED: ICalEventStatus.CONFIRMED,
  TENTATIVE: ICalEventStatus.TENTATIVE,
  CANCELLED: ICalEventStatus.CANCELLED,
};

const busyStatuses: Record<IcsStatus, ICalEventBusyStatus> = {
  CONFIRMED: ICalEventBusyStatus.BUSY,
  TENTATIVE: ICalEventBusyStatus.TENTATIVE,
  CANCELLED: ICalEventBusyStatus.FREE,
};

/** ical-generator 10 writes `"` in a CN as `\"`, which is invalid; the quote adds nothing to a name. */
const displayName = (name: string): string => name.replace(/"/g, '').trim();


/**
 * Renders an iCalendar object (RFC 5545/5546) that Outlook, Teams and Google accept.
 * REQUEST and CANCEL carry exactly one meeting (one UID); PUBLISH may be a feed of many.
 */
export function renderCalendar(input: IcsCalendarInput): string {
  assertMethodFits(input);
  const calendar = ical({
    prodId: PRODUCT_ID,
    method: methods[input.method],
    name: input.name,
    // name: null keeps DTSTAMP in UTC; each event names its own zone and gets a VTIMEZONE.
    timezone: { name: null, generator: getVtimezoneComponent },
  });
  for (const event of input.events) {
    const status = input.method === 'CANCEL' ? 'CANCELLED' : event.status;
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      stamp: input.stamp,
      timezone: AMSTERDAM_ZONE,
      start: wallClock(event.start),
      end: wallClock(event.end),
      summary: event.summary,
      description: event.description,
      location: event.location,
      url: event.url,
      status: statuses[status],
      busystatus: busyStatuses[status],
      organizer: { name: displayName(event.organizer.name), email: event.organizer.email },
      attendees:
        input.method === 'PUBLISH'
          ? []
          : event.attendees.map((attendee) => ({
              name: displayName(attendee.name),
              email: attendee.email,
              rsvp: input.method === 'REQUEST',
              role: ICalAttendeeRole.REQ,
              status: ICalAttendeeStatus.NEEDSACTION,
            })),
    });
  }
  // ical-generator ends the last line without CRLF; RFC 5545 wants every line terminated.
  return calendar.toString() + '\r\n';
}

function assertMethodFits({ method, events }: IcsCalendarInput): void {
  if (events.length === 0) throw new Error('An iCalendar object needs at least one event');
  if (method === 'PUBLISH') return;
  if (new Set(events.map((event) => event.uid)).size !== 1) {
    throw new Error(`METHOD:${method} carries exactly one meeting (one UID)`);
  }
  if (method === 'REQUEST' && events.some((event) => event.attendees.length === 0)) {
    throw new Error('METHOD:REQUEST needs at least one attendee');
  }
}

/** Content-Type for HTTP responses and iMIP parts; Outlook reads the method parameter. */
export const calendarContentType = (method: IcsMethod): string =>
  `text/calendar; charset=utf-8; method=${method}`;
