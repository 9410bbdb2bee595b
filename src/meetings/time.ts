import { DateTime } from 'luxon';

export const MEETING_ZONE = 'Europe/Amsterdam';

/** Amsterdam wall-clock date + time → Luxon DateTime in that zone (DST handled by Luxon). */
export function amsterdam(date: string, time: string): DateTime {
  return DateTime.fromISO(`${date}T${time}`, { zone: MEETING_ZONE });
}

export function isValidDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && DateTime.fromISO(date, { zone: MEETING_ZONE }).isValid;
}

export function isValidTime(time: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(time);
}

/** "dinsdag 17 januari 2023" */
export function dutchDate(date: string): string {
  return DateTime.fromISO(date, { zone: MEETING_ZONE }).setLocale('nl').toFormat('cccc d LLLL yyyy');
}
