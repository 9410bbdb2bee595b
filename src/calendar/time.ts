import { DateTime } from 'luxon';
import { memoize, memoizeBy } from '../memo';

/** Every wall-clock time in the bot (slots, meetings, escalations, counts) is Amsterdam time; instants are stored in UTC. */
export const AMSTERDAM_ZONE = 'Europe/Amsterdam';

/** A calendar date in Europe/Amsterdam, from an instant, a Luxon DateTime or an ISO date. */
export type DateLike = Date | DateTime | string;

export function amsterdamDate(date: DateLike): string {
  if (typeof date === 'string') return date.slice(0, 10);
  if (date instanceof Date) return amsterdamDateOfInstant(date.getTime());
  return date.setZone(AMSTERDAM_ZONE).toISODate()!;
}

/** The last Amsterdam day asked for, with the instants it starts and ends at: most instants asked for are "now". */
let lastDay: { date: string; from: number; to: number } | undefined;

function amsterdamDateOfInstant(instant: number): string {
  if (lastDay && instant >= lastDay.from && instant < lastDay.to) return lastDay.date;
  const start = DateTime.fromMillis(instant, { zone: AMSTERDAM_ZONE }).startOf('day');
  lastDay = { date: start.toISODate()!, from: start.toMillis(), to: start.plus({ days: 1 }).toMillis() };
  return lastDay.date;
}

/** The Amsterdam calendar month (YYYY-MM) of an instant. */
export function amsterdamMonth(instant: Date): string {
  return wallClock(instant).toFormat('yyyy-LL');
}

/** An instant as Amsterdam wall-clock time (what a calendar or a card shows). */
export function wallClock(instant: Date): DateTime {
  return DateTime.fromJSDate(instant).setZone(AMSTERDAM_ZONE);
}

/** Luxon's zone lookup is the costly part of a slot list; the same dates and times come back on every turn. */
const amsterdamLocalTime = memoize((local: string) => DateTime.fromISO(local, { zone: AMSTERDAM_ZONE }));

/** 14:00 on a calendar date in Amsterdam, as an instant; Luxon resolves the DST offset of that date. */
export function wallClockInstant(day: string, hhmm: string): DateTime {
  return amsterdamLocalTime(`${day}T${hhmm}`);
}

/** The start of an Amsterdam calendar date, for date arithmetic in that zone (kept: a DateTime never changes). */
export const amsterdamDay: (day: string) => DateTime = memoize((day: string) => DateTime.fromISO(day, { zone: AMSTERDAM_ZONE }));

/** The calendar date `days` after `day` ("2026-12-01", 7 → "2026-12-08"); slot lists ask the same sums every turn. */
export const daysAfter: (day: string, days: number) => string = memoizeBy(
  (day: string, days: number) => `${day} ${days}`,
  (day: string, days: number) => amsterdamDay(day).plus({ days }).toISODate()!,
);
