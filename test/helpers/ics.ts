/**
 * Offline checks of an iCalendar object, as booking-calendar.md §3 lists them, on top of ical.js
 * (which is strict about structure but silently accepts a missing VTIMEZONE or a floating DTSTAMP).
 * Every check throws an Error naming what is wrong, so a test fails with a readable message.
 */
import ICAL from 'ical.js';
import { expect } from 'vitest';

export type CheckedMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH';

export interface ParsedIcsEvent {
  uid: string;
  sequence: number;
  status: string | undefined;
  summary: string;
  location: string | undefined;
  description: string | undefined;
  /** Instants in ISO UTC, computed by ical.js from the TZID and VTIMEZONE. */
  startUtc: string;
  endUtc: string;
  /** The wall-clock value as written, e.g. 2026-03-30T14:00:00. */
  startLocal: string;
  tzid: string | undefined;
  organizer: string | undefined;
  attendees: { value: string; rsvp: string | undefined; cn: string | undefined }[];
}

export interface ParsedIcs {
  method: CheckedMethod;
  events: ParsedIcsEvent[];
  text: string;
}

/** Parses `text` and asserts every structural rule; returns the events for content assertions. */
export function checkIcs(text: string, expectedMethod?: CheckedMethod): ParsedIcs {
  checkLines(text);
  const root = new ICAL.Component(ICAL.parse(text));
  expect(root.name, 'root component').toBe('vcalendar');
  expect(root.getFirstPropertyValue('version'), 'VERSION').toBe('2.0');
  expect(root.getFirstPropertyValue('prodid'), 'PRODID').toBeTruthy();
  const method = String(root.getFirstPropertyValue('method') ?? '') as CheckedMethod;
  expect(['REQUEST', 'CANCEL', 'PUBLISH'], 'METHOD').toContain(method);
  if (expectedMethod) expect(method, 'METHOD').toBe(expectedMethod);

  const zones = new Set(root.getAllSubcomponents('vtimezone').map((zone) => String(zone.getFirstPropertyValue('tzid'))));
  for (const tzid of text.matchAll(/;TZID=([^:;]+)[:;]/g)) {
    expect(zones.has(tzid[1]!), `VTIMEZONE for TZID ${tzid[1]}`).toBe(true);
  }
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);

  const vevents = root.getAllSubcomponents('vevent');
  expect(vevents.length, 'number of VEVENTs').toBeGreaterThan(0);
  const events = vevents.map((vevent) => readEvent(vevent));
  for (const event of events) checkEvent(event, method);
  if (method !== 'PUBLISH') {
    expect(new Set(events.map((event) => event.uid)).size, `one UID per ${method}`).toBe(1);
  }
  return { method, events, text };
}

function checkLines(text: string): void {
  expect(text.endsWith('\r\n'), 'ends with CRLF').toBe(true);
  expect(/[^\r]\n/.test(text) || text.startsWith('\n'), 'bare LF line ending').toBe(false);
  for (const line of text.split('\r\n')) {
    expect(Buffer.byteLength(line, 'utf8'), `line over 75 octets: ${line}`).toBeLessThanOrEqual(75);
  }
}

function readEvent(vevent: ICAL.Component): ParsedIcsEvent {
  const dtstamp = vevent.getFirstProperty('dtstamp');
  expect(dtstamp, 'DTSTAMP').toBeTruthy();
  expect((dtstamp!.getFirstValue() as ICAL.Time).zone?.tzid, 'DTSTAMP in UTC').toBe('UTC');
  expect(dtstamp!.getParameter('tzid'), 'DTSTAMP without TZID').toBeUndefined();
  const dtstart = vevent.getFirstProperty('dtstart');
  const dtend = vevent.getFirstProperty('dtend');
  expect(dtstart && dtend, 'DTSTART and DTEND').toBeTruthy();
  const start = dtstart!.getFirstValue() as ICAL.Time;
  const end = dtend!.getFirstValue() as ICAL.Time;
  const tzid = dtstart!.getParameter('tzid') as string | undefined;
  // A TZID that ical.js could not resolve leaves the time floating; that is the Outlook 1-hour bug.
  if (tzid) expect(start.zone?.tzid, `DTSTART zone resolved for ${tzid}`).toBe(tzid);
  const organizer = vevent.getFirstProperty('organizer');
  return {
    uid: String(vevent.getFirstPropertyValue('uid') ?? ''),
    sequence: Number(vevent.getFirstPropertyValue('sequence') ?? 0),
    status: vevent.getFirstPropertyValue('status')?.toString(),
    summary: String(vevent.getFirstPropertyValue('summary') ?? ''),
    location: vevent.getFirstPropertyValue('location')?.toString(),
    description: vevent.getFirstPropertyValue('description')?.toString(),
    startUtc: start.toJSDate().toISOString(),
    endUtc: end.toJSDate().toISOString(),
    startLocal: start.toString(),
    tzid,
    organizer: organizer ? mailto(organizer.getFirstValue()) : undefined,
    attendees: vevent.getAllProperties('attendee').map((attendee) => ({
      value: mailto(attendee.getFirstValue()),
      rsvp: attendee.getParameter('rsvp') as string | undefined,
      cn: attendee.getParameter('cn') as string | undefined,
    })),
  };
}

/** The scheme is case-insensitive (ical-generator writes MAILTO: for attendees). */
const mailto = (value: unknown): string => String(value).replace(/^mailto:/i, 'mailto:');

function checkEvent(event: ParsedIcsEvent, method: CheckedMethod): void {
  expect(event.uid, 'UID').not.toBe('');
  expect(event.summary, 'SUMMARY').not.toBe('');
  expect(Date.parse(event.startUtc), 'DTSTART before DTEND').toBeLessThan(Date.parse(event.endUtc));
  expect(event.organizer, 'ORGANIZER').toMatch(/^mailto:/i);
  if (method === 'REQUEST') {
    expect(event.attendees.length, 'ATTENDEE in REQUEST').toBeGreaterThan(0);
    for (const attendee of event.attendees) expect(attendee.rsvp, 'ATTENDEE RSVP').toBe('TRUE');
  }
  if (method === 'PUBLISH') expect(event.attendees, 'no ATTENDEE in PUBLISH').toEqual([]);
  if (method === 'CANCEL') {
    expect(event.status, 'STATUS in CANCEL').toBe('CANCELLED');
    expect(event.sequence, 'SEQUENCE in CANCEL').toBeGreaterThan(0);
  }
}

/** A later object for the same meeting must carry a higher SEQUENCE, or Outlook ignores it. */
export function expectSequenceRaised(earlier: ParsedIcs, later: ParsedIcs): void {
  const before = earlier.events[0]!;
  const after = later.events.find((event) => event.uid === before.uid);
  expect(after, `same UID ${before.uid} in the later object`).toBeTruthy();
  expect(after!.sequence, 'SEQUENCE raised').toBeGreaterThan(before.sequence);
}
