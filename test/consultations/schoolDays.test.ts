import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HolidayCalendar, loadSchoolHolidays } from '../../src/calendar/holidays';
import { addSchoolDays } from '../../src/consultations/schoolDays';
import { openDatabase } from '../../src/store/db';

const holidays = new HolidayCalendar(openDatabase(':memory:'), loadSchoolHolidays(join(import.meta.dirname, '../../knowledge/holidays')));
const dayOff = (day: string) => holidays.holidayOn('jan-arentsz', day) !== undefined;

describe('addSchoolDays', () => {
  it.each([
    ['Monday morning → Wednesday, same time', '2026-11-23T09:00:00Z', '2026-11-25T09:00:00.000Z'],
    ['Friday → Tuesday over the weekend', '2026-11-20T09:00:00Z', '2026-11-24T09:00:00.000Z'],
    ['Saturday → Tuesday', '2026-11-21T13:00:00Z', '2026-11-24T13:00:00.000Z'],
    ['Friday before the herfstvakantie → Tuesday after it, same wall-clock time across the DST change', '2026-10-16T08:00:00Z', '2026-10-27T09:00:00.000Z'],
    ['Friday before Christmas → Tuesday 5 January', '2026-12-18T09:00:00Z', '2027-01-05T09:00:00.000Z'],
    ['Wednesday → Friday', '2027-04-21T09:00:00Z', '2027-04-23T09:00:00.000Z'],
  ])('%s', (_label, from, expected) => {
    expect(addSchoolDays(new Date(from), 2, dayOff).toISOString()).toBe(expected);
  });

  it('skips a public holiday inside a school week', () => {
    // Monday 26 April 2027; Tuesday 27 April is Koningsdag.
    expect(addSchoolDays(new Date('2027-04-26T09:00:00Z'), 2, dayOff).toISOString()).toBe('2027-04-29T09:00:00.000Z');
  });
});
