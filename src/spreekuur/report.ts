import { amsterdamDay, wallClock } from '../calendar/time';
import type { Db } from '../store/db';
import { SpreekuurRepository } from './repository';

export interface SpreekuurWeekCount {
  schoolId: string;
  /** ISO week of the slot, e.g. 2026-W13. */
  week: string;
  bookings: number;
  cancellations: number;
  noShows: number;
}

/**
 * Monitoring counts ("bezoek mentorspreekuur") per school and ISO week of the slot, between two Amsterdam
 * dates (inclusive). Counts only: no names, no topics. Every booking made counts once under `bookings`.
 */
export function spreekuurCounts(db: Db, range: { from: string; to: string }): SpreekuurWeekCount[] {
  const from = amsterdamDay(range.from).startOf('day');
  const to = amsterdamDay(range.to).plus({ days: 1 }).startOf('day');
  const rows = new SpreekuurRepository(db).bookingsStartingBetween(from.toUTC().toISO()!, to.toUTC().toISO()!);
  const counts = new Map<string, SpreekuurWeekCount>();
  for (const row of rows) {
    const week = wallClock(new Date(row.startsAt)).toFormat("kkkk-'W'WW");
    const key = `${row.schoolId} ${week}`;
    const count = counts.get(key) ?? { schoolId: row.schoolId, week, bookings: 0, cancellations: 0, noShows: 0 };
    count.bookings += 1;
    if (row.status === 'cancelled') count.cancellations += 1;
    if (row.status === 'no-show') count.noShows += 1;
    counts.set(key, count);
  }
  return [...counts.values()].sort((a, b) => a.week.localeCompare(b.week) || a.schoolId.localeCompare(b.schoolId));
}

export function spreekuurCountsCsv(counts: SpreekuurWeekCount[]): string {
  const lines = ['school,week,geboekt,geannuleerd,niet_gekomen'];
  for (const count of counts) lines.push([count.schoolId, count.week, count.bookings, count.cancellations, count.noShows].join(','));
  return `${lines.join('\n')}\n`;
}
