import { DateTime } from 'luxon';
import { AMSTERDAM_ZONE } from '../calendar/time';

/** True when the school is closed on that Amsterdam date (YYYY-MM-DD): a school holiday or a public holiday. */
export type DayOff = (isoDate: string) => boolean;

/**
 * The instant `schoolDays` school days after `from`: the same wall-clock time in Amsterdam, counting only
 * Monday to Friday that are no holiday. A request on Friday 10:00 with 2 school days falls due on Tuesday 10:00.
 */
export function addSchoolDays(from: Date, schoolDays: number, dayOff: DayOff): Date {
  let day = DateTime.fromJSDate(from, { zone: AMSTERDAM_ZONE });
  let counted = 0;
  // A year of closed days would be a misconfiguration; stop rather than loop forever.
  for (let step = 0; counted < schoolDays && step < 366; step++) {
    day = day.plus({ days: 1 });
    if (day.weekday <= 5 && !dayOff(day.toISODate()!)) counted++;
  }
  return day.toJSDate();
}
