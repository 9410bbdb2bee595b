import { DateTime } from 'luxon';
import { CALENDAR_ZONE } from '../calendar/ics';
import { wallClockInstant, type SpreekuurSeries } from './series';

/** One bookable place; identified by its series and start instant (slots are computed, not stored). */
export interface Slot {
  seriesId: number;
  schoolId: string;
  hostId: string;
  /** Calendar date in Amsterdam, yyyy-MM-dd. */
  day: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
}

/** Why a date of a series has no slots at all. */
export type ClosedDay = (series: SpreekuurSeries, day: string) => boolean;

/** The slots of one series on one date, built from wall-clock times so 14:00 stays 14:00 across DST. */
export function slotsOfSeriesOn(series: SpreekuurSeries, day: string): Slot[] {
  const date = DateTime.fromISO(day, { zone: CALENDAR_ZONE });
  if (date.weekday !== series.weekday) return [];
  if (day < series.validFrom || (series.validUntil && day > series.validUntil)) return [];
  const end = wallClockInstant(day, series.endTime, CALENDAR_ZONE);
  const slots: Slot[] = [];
  for (
    let start = wallClockInstant(day, series.startTime, CALENDAR_ZONE);
    start.plus({ minutes: series.slotMinutes }) <= end;
    start = start.plus({ minutes: series.slotMinutes })
  ) {
    slots.push({
      seriesId: series.id,
      schoolId: series.schoolId,
      hostId: series.hostId,
      day,
      startsAt: start.toJSDate(),
      endsAt: start.plus({ minutes: series.slotMinutes }).toJSDate(),
      place: series.place,
    });
  }
  return slots;
}

/** Every calendar date from `fromDay` through `toDay` (Amsterdam dates, inclusive). */
export function daysBetween(fromDay: string, toDay: string): string[] {
  const days: string[] = [];
  for (
    let day = DateTime.fromISO(fromDay, { zone: CALENDAR_ZONE });
    day.toISODate()! <= toDay;
    day = day.plus({ days: 1 })
  ) {
    days.push(day.toISODate()!);
  }
  return days;
}

/** All slots of the given series between two dates, minus closed days (holidays, cancelled dates), in time order. */
export function slotsBetween(series: SpreekuurSeries[], fromDay: string, toDay: string, isClosed: ClosedDay): Slot[] {
  const slots = daysBetween(fromDay, toDay).flatMap((day) =>
    series.filter((one) => !isClosed(one, day)).flatMap((one) => slotsOfSeriesOn(one, day)),
  );
  return slots.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.seriesId - b.seriesId);
}

export const slotKey = (seriesId: number, startsAt: Date | string): string =>
  `${seriesId} ${typeof startsAt === 'string' ? startsAt : startsAt.toISOString()}`;
