import { DateTime } from 'luxon';
import { memoize } from '../memo';

/** Every wall-clock time in the bot (slots, meetings, escalations, counts) is Amsterdam time; instants are stored in UTC. */
export const AMSTERDAM_ZONE = 'Europe/Amsterdam';

/** A calendar date in Europe/Amsterdam, from an instant, a Luxon DateTime or an ISO date. */
export type DateLike = Date | DateTime | string;

export function amsterdamDate(date: DateLike): string {
  if (typeof date === 'string') return date.slice(0, 10);
  const value = date instanceof Date ? DateTime.fromJSDate(date) : date;
  return value.setZone(AMSTERDAM_ZONE).toISODate()!;
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

/** The start of an Amsterdam calendar date, for date arithmetic in that zone. */
export function amsterdamDay(day: string): DateTime {
  return DateTime.fromISO(day, { zone: AMSTERDAM_ZONE });
}
