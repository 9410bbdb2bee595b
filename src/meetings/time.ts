import { amsterdamDay } from '../calendar/time';


export function isValidDate(date: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && amsterdamDay(date).isValid;
}

export function isValidTime(time: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(time);
}

/** "dinsdag 17 januari 2023" */
export function dutchDate(date: string): string {
  return amsterdamDay(date).setLocale('nl').toFormat('cccc d LLLL yyyy');
}
