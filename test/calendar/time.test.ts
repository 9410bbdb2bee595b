import { describe, expect, it } from 'vitest';
import { amsterdamDate, daysAfter } from '../../src/calendar/time';

describe('Amsterdam calendar dates', () => {
  it('gives the Amsterdam date of instants on either side of midnight, also across the DST change and back in time', () => {
    const dates = [
      '2026-03-28T22:59:59Z', // 23:59:59 CET
      '2026-03-28T23:00:00Z', // 00:00 CET on the day of the change
      '2026-03-29T21:59:59Z', // 23:59:59 CEST
      '2026-03-29T22:00:00Z', // 00:00 CEST
      '2026-03-28T23:30:00Z', // back to the day of the change
      '2026-10-25T22:59:59Z', // 23:59:59 CET after the change back
      '2026-10-25T23:00:00Z',
    ].map((instant) => amsterdamDate(new Date(instant)));
    expect(dates).toEqual(['2026-03-28', '2026-03-29', '2026-03-29', '2026-03-30', '2026-03-29', '2026-10-25', '2026-10-26']);
  });

  it('adds days to a date across month ends and the DST change', () => {
    expect([daysAfter('2026-03-28', 1), daysAfter('2026-03-28', 2), daysAfter('2026-12-30', 3), daysAfter('2026-12-30', 3)]).toEqual([
      '2026-03-29',
      '2026-03-30',
      '2027-01-02',
      '2027-01-02',
    ]);
  });
});
