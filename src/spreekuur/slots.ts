import { wallClockInstant } from '../calendar/time';
import type { Slot, SpreekuurSeries } from './model';

/** Why a date of a series has no slots at all. */
export type ClosedDay = (series: SpreekuurSeries, day: string) => boolean;

/** The slots of one series on one date. */
export function slotsOfSeriesOn(series: SpreekuurSeries, day: string): Slot[] {
  if (isoWeekday(day) !== series.weekday) return [];
  if (day < series.validFrom || (series.validUntil && day > series.validUntil)) return [];
  // Start and end come from the wall clock of that date (so 14:00 stays 14:00 across DST); slots in between
  // are plain elapsed minutes, which is what a slot length means.
  const end = wallClockInstant(day, series.endTime).toMillis();
  const step = series.slotMinutes * 60_000;
  const slots: Slot[] = [];
  for (let start = wallClockInstant(day, series.startTime).toMillis(); start + step <= end; start += step) {
    slots.push({
      seriesId: series.id,
      schoolId: series.schoolId,
      hostId: series.hostId,
      day,
      startsAt: new Date(start),
      endsAt: new Date(start + step),
      place: series.place,
    });
  }
  return slots;
}

const DAY_MS = 86_400_000;

/**
 * Calendar-date arithmetic needs no time zone (a date is not an instant), and it avoids Luxon's costly
 * zone lookups for every day of the horizon; only the slots themselves are placed in Europe/Amsterdam.
 */
const dateNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

/** ISO weekday of a calendar date: 1 = maandag … 7 = zondag. */
export const isoWeekday = (day: string): number => ((((dateNumber(day) + 3) % 7) + 7) % 7) + 1;

/** Every calendar date from `fromDay` through `toDay` (inclusive). */
export function daysBetween(fromDay: string, toDay: string): string[] {
  const days: string[] = [];
  for (let number = dateNumber(fromDay); number <= dateNumber(toDay); number += 1) {
    days.push(new Date(number * DAY_MS).toISOString().slice(0, 10));
  }
  return days;
}

/** All slots of the given series between two dates, minus closed days (holidays, cancelled dates), in time order. */
export function slotsBetween(series: SpreekuurSeries[], fromDay: string, toDay: string, isClosed: ClosedDay): Slot[] {
  const slots = daysBetween(fromDay, toDay).flatMap((day) =>
    series
      .filter((one) => one.weekday === isoWeekday(day) && !isClosed(one, day))
      .flatMap((one) => slotsOfSeriesOn(one, day)),
  );
  return slots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.seriesId - b.seriesId);
}

export const slotKey = (seriesId: number, startsAt: Date | string): string =>
  `${seriesId} ${typeof startsAt === 'string' ? startsAt : startsAt.toISOString()}`;
