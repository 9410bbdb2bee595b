import { z } from 'zod/v4';
import type { Db } from '../store/db';

export interface SpreekuurSeries {
  id: number;
  schoolId: string;
  hostId: string;
  /** ISO weekday: 1 = maandag … 7 = zondag. */
  weekday: number;
  startTime: string;
  endTime: string;
  slotMinutes: number;
  place: string;
  validFrom: string;
  validUntil?: string;
  active: boolean;
}

const time = z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'tijd als uu:mm');
const date = z.iso.date();

/** What the series form submits; checked again here, whatever the card allowed. */
export const seriesInputSchema = z.object({
  schoolId: z.string().min(1),
  weekday: z.coerce.number().int().min(1).max(7),
  startTime: time,
  endTime: time,
  slotMinutes: z.coerce.number().int().min(5).max(120),
  place: z.string().trim().min(2).max(200),
  validFrom: date,
  validUntil: z.union([date, z.literal('')]).optional().transform((value) => value || undefined),
});

export type SeriesInput = Omit<z.infer<typeof seriesInputSchema>, 'validUntil'> & { validUntil?: string };

export type SeriesProblem = 'end-before-start' | 'slots-do-not-fit' | 'overlaps-other-series' | 'until-before-from';

const minutesOf = (value: string): number => Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));

/** The rules a series must meet apart from its field formats; all problems at once, so the form shows them together. */
export function seriesProblems(input: SeriesInput, otherSeriesOfHost: SpreekuurSeries[]): SeriesProblem[] {
  const problems: SeriesProblem[] = [];
  const start = minutesOf(input.startTime);
  const end = minutesOf(input.endTime);
  if (end <= start) problems.push('end-before-start');
  else if ((end - start) % input.slotMinutes !== 0) problems.push('slots-do-not-fit');
  if (input.validUntil && input.validUntil < input.validFrom) problems.push('until-before-from');
  const overlaps = otherSeriesOfHost.some(
    (other) =>
      other.active &&
      other.weekday === input.weekday &&
      minutesOf(other.startTime) < end &&
      start < minutesOf(other.endTime) &&
      (other.validUntil ?? '9999-12-31') >= input.validFrom &&
      (input.validUntil ?? '9999-12-31') >= other.validFrom,
  );
  if (overlaps) problems.push('overlaps-other-series');
  return problems;
}

interface SeriesRow {
  id: number;
  school_id: string;
  host_id: string;
  weekday: number;
  start_time: string;
  end_time: string;
  slot_minutes: number;
  place: string;
  valid_from: string;
  valid_until: string | null;
  active: number;
}

const toSeries = (row: SeriesRow): SpreekuurSeries => ({
  id: row.id,
  schoolId: row.school_id,
  hostId: row.host_id,
  weekday: row.weekday,
  startTime: row.start_time,
  endTime: row.end_time,
  slotMinutes: row.slot_minutes,
  place: row.place,
  validFrom: row.valid_from,
  ...(row.valid_until ? { validUntil: row.valid_until } : {}),
  active: row.active === 1,
});

export class SeriesRepository {
  constructor(private readonly db: Db) {}

  get(id: number): SpreekuurSeries | undefined {
    const row = this.db.prepare('SELECT * FROM spreekuur_series WHERE id = ?').get(id) as SeriesRow | undefined;
    return row ? toSeries(row) : undefined;
  }

  activeAtSchool(schoolId: string): SpreekuurSeries[] {
    return this.active('school_id', schoolId);
  }

  activeOfHost(hostId: string): SpreekuurSeries[] {
    return this.active('host_id', hostId);
  }

  private active(column: 'school_id' | 'host_id', value: string): SpreekuurSeries[] {
    return (
      this.db
        .prepare(`SELECT * FROM spreekuur_series WHERE ${column} = ? AND active = 1 ORDER BY weekday, start_time`)
        .all(value) as SeriesRow[]
    ).map(toSeries);
  }

  insert(hostId: string, input: SeriesInput, now: Date): SpreekuurSeries {
    const result = this.db
      .prepare(
        `INSERT INTO spreekuur_series (school_id, host_id, weekday, start_time, end_time, slot_minutes, place, valid_from, valid_until, created_at, updated_at)
         VALUES (@schoolId, @hostId, @weekday, @startTime, @endTime, @slotMinutes, @place, @validFrom, @validUntil, @now, @now)`,
      )
      .run({ ...input, hostId, validUntil: input.validUntil ?? null, now: now.toISOString() });
    return this.get(Number(result.lastInsertRowid))!;
  }

  update(id: number, input: SeriesInput, now: Date): SpreekuurSeries {
    this.db
      .prepare(
        `UPDATE spreekuur_series SET school_id = @schoolId, weekday = @weekday, start_time = @startTime, end_time = @endTime,
           slot_minutes = @slotMinutes, place = @place, valid_from = @validFrom, valid_until = @validUntil, updated_at = @now
         WHERE id = @id`,
      )
      .run({ ...input, id, validUntil: input.validUntil ?? null, now: now.toISOString() });
    return this.get(id)!;
  }

  deactivate(id: number, now: Date): void {
    this.db.prepare('UPDATE spreekuur_series SET active = 0, updated_at = ? WHERE id = ?').run(now.toISOString(), id);
  }

  cancelDate(seriesId: number, day: string, by: string, now: Date): boolean {
    const result = this.db
      .prepare(
        'INSERT OR IGNORE INTO spreekuur_cancelled_dates (series_id, date, cancelled_by, cancelled_at) VALUES (?, ?, ?, ?)',
      )
      .run(seriesId, day, by, now.toISOString());
    return result.changes === 1;
  }

  cancelledDates(seriesIds: number[]): Set<string> {
    if (seriesIds.length === 0) return new Set();
    const rows = this.db
      .prepare(`SELECT series_id, date FROM spreekuur_cancelled_dates WHERE series_id IN (${seriesIds.map(() => '?').join(',')})`)
      .all(...seriesIds) as { series_id: number; date: string }[];
    return new Set(rows.map((row) => `${row.series_id} ${row.date}`));
  }
}

/** Dutch weekday names for cards and messages, ISO numbering. */
export const WEEKDAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;

export const weekdayName = (weekday: number): string => WEEKDAYS[weekday - 1]!;
