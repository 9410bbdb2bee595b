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

/**
 * A year plan covers the coming school year: a date already past, or further ahead than the next school year's
 * end, is a mistyped or old plan (the 2022–2023 demo plan pasted years later), not meetings to send.
 */
export const YEAR_PLAN_MONTHS_AHEAD = 18;

/** Why a year plan cannot hold this (valid) date, relative to `now`; undefined when it can. */
export function yearPlanDateProblem(date: string, now: Date): 'date-in-past' | 'date-too-far' | undefined {
  const today = wallClock(now).startOf('day');
  const day = amsterdamDay(date);
  if (day < today) return 'date-in-past';
  if (day > today.plus({ months: YEAR_PLAN_MONTHS_AHEAD })) return 'date-too-far';
  return undefined;
}

/** "dinsdag 17 januari 2023" */
export function dutchDate(date: string): string {
  return amsterdamDay(date).setLocale('nl').toFormat('cccc d LLLL yyyy');
}
