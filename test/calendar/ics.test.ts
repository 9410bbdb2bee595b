import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { renderCalendar, type IcsEvent } from '../../src/calendar/ics';
import { checkIcs, expectSequenceRaised } from '../helpers/ics';

const coach = { name: 'Coach "Sanne" Visser', email: 'sanne.visser@groeimee.example' };
const mentor = { name: 'Mentor Demo', email: 'mentor@school.example' };

function event(overrides: Partial<IcsEvent> = {}): IcsEvent {
  return {
    uid: 'spreekuur-booking-42@jos-assistent',
    sequence: 0,
    // 17 Jan 2023 15:00 Amsterdam (winter time) = 14:00Z
    start: new Date('2023-01-17T14:00:00Z'),
    end: new Date('2023-01-17T14:15:00Z'),
    summary: 'JOS-spreekuur',
    location: 'Lokaal B1.12, naast de mediatheek',
    description: 'Onderwerp: klassenmanagement',
    status: 'CONFIRMED',
    organizer: coach,
    attendees: [mentor],
    ...overrides,
  };
}

const stamp = new Date('2023-01-10T09:30:00Z');

describe(`iCalendar output (process TZ=${process.env.TZ ?? 'unset'})`, () => {
  it('writes an invitation at the Amsterdam wall-clock time with a matching VTIMEZONE', () => {
    const ics = checkIcs(renderCalendar({ method: 'REQUEST', stamp, events: [event()] }), 'REQUEST');
    const [only] = ics.events;
    expect(only!.startUtc).toBe('2023-01-17T14:00:00.000Z');
    expect(only!.startLocal).toBe('2023-01-17T15:00:00');
    expect(only!.tzid).toBe('Europe/Amsterdam');
    expect(only!.organizer).toBe('mailto:sanne.visser@groeimee.example');
    expect(only!.attendees).toEqual([{ value: 'mailto:mentor@school.example', rsvp: 'TRUE', cn: 'Mentor Demo' }]);
    expect(ics.text).toContain('DTSTAMP:20230110T093000Z');
  });

  it('keeps 14:00 at 14:00 on both sides of the March and October DST change', () => {
    const before = new Date('2026-03-25T13:00:00Z'); // Wednesday, CET
    const after = new Date('2026-04-01T12:00:00Z'); // Wednesday, CEST
    const autumn = new Date('2026-10-28T13:00:00Z'); // Wednesday after the last Sunday of October
    for (const start of [before, after, autumn]) {
      const end = new Date(start.getTime() + 15 * 60_000);
      const [parsed] = checkIcs(renderCalendar({ method: 'REQUEST', stamp, events: [event({ start, end })] })).events;
      expect(parsed!.startLocal.slice(11)).toBe('14:00:00');
      expect(parsed!.startUtc).toBe(start.toISOString());
    }
  });

  it('cancels with the same UID, a higher SEQUENCE and STATUS:CANCELLED', () => {
    const request = checkIcs(renderCalendar({ method: 'REQUEST', stamp, events: [event()] }), 'REQUEST');
    const cancel = checkIcs(renderCalendar({ method: 'CANCEL', stamp, events: [event({ sequence: 1 })] }), 'CANCEL');
    expect(cancel.events[0]!.status).toBe('CANCELLED');
    expectSequenceRaised(request, cancel);
  });

  it('writes a tentative reserve date', () => {
    const ics = renderCalendar({ method: 'REQUEST', stamp, events: [event({ status: 'TENTATIVE' })] });
    expect(checkIcs(ics).events[0]!.status).toBe('TENTATIVE');
    expect(ics).toContain('X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE');
  });

  it('publishes a feed of many events without attendees', () => {
    const events = [0, 1, 2].map((week) =>
      event({
        uid: `feed-${week}@jos-assistent`,
        start: DateTime.fromISO('2026-03-18T14:00', { zone: 'Europe/Amsterdam' }).plus({ weeks: week }).toJSDate(),
        end: DateTime.fromISO('2026-03-18T15:00', { zone: 'Europe/Amsterdam' }).plus({ weeks: week }).toJSDate(),
      }),
    );
    const feed = checkIcs(renderCalendar({ method: 'PUBLISH', stamp, events }), 'PUBLISH');
    expect(feed.events.map((parsed) => parsed.startLocal.slice(11))).toEqual(['14:00:00', '14:00:00', '14:00:00']);
    expect(feed.events.every((parsed) => parsed.attendees.length === 0)).toBe(true);
  });

  it('refuses two meetings in one invitation', () => {
    expect(() =>
      renderCalendar({ method: 'REQUEST', stamp, events: [event(), event({ uid: 'other@jos-assistent' })] }),
    ).toThrow(/one UID/);
  });

  it('the checks catch a TZID without VTIMEZONE and a floating DTSTAMP', () => {
    const good = renderCalendar({ method: 'REQUEST', stamp, events: [event()] });
    const withoutZone = good.replace(/BEGIN:VTIMEZONE[\s\S]*END:VTIMEZONE\r\n/, '');
    expect(() => checkIcs(withoutZone)).toThrow(/VTIMEZONE/);
    expect(() => checkIcs(good.replace('DTSTAMP:20230110T093000Z', 'DTSTAMP:20230110T093000'))).toThrow(/UTC/);
    expect(() => checkIcs(good.replace(/\r\n/g, '\n'))).toThrow(/CRLF/);
  });
});
