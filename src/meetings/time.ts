import { amsterdamDay, wallClock } from '../calendar/time';


export function isValidDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && amsterdamDay(date).isValid;
}

export function isValidTime(time: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(time);
}

/**
 * A meeting is planned from a year back (filling in a past one) to three years ahead: 0001-01-01 or 9999-12-31 is a
 * typing error, not a meeting, and would go out to every member's calendar.
 */
export const PLANNABLE_YEARS = { back: 1, ahead: 3 } as const;

export function isPlannableDate(date: string, now: Date): boolean {
  if (!isValidDate(date)) return false;
  const today = wallClock(now).startOf('day');
  const day = amsterdamDay(date);
  return day >= today.minus({ years: PLANNABLE_YEARS.back }) && day <= today.plus({ years: PLANNABLE_YEARS.ahead });
}

/** "dinsdag 17 januari 2023" */
export function dutchDate(date: string): string {
  return amsterdamDay(date).setLocale('nl').toFormat('cccc d LLLL yyyy');
}
