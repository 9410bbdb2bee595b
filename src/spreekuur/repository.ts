import { databaseVersion, immediate, type Db } from '../store/db';
import type { Booking, BookingStatus, CancelReason, NewBooking, SeriesInput, SpreekuurSeries } from './model';
import { slotKey } from './slots';

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

class SeriesRepository {
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

interface BookingRow {
  id: number;
  series_id: number;
  school_id: string;
  host_id: string;
  booker_id: string;
  starts_at: string;
  ends_at: string;
  topic: string | null;
  status: BookingStatus;
  cancel_reason: CancelReason | null;
  ical_sequence: number;
  place: string;
}

const SELECT = `SELECT b.*, s.place FROM spreekuur_bookings b JOIN spreekuur_series s ON s.id = b.series_id`;

const toBooking = (row: BookingRow): Booking => ({
  id: row.id,
  seriesId: row.series_id,
  schoolId: row.school_id,
  hostId: row.host_id,
  bookerId: row.booker_id,
  startsAt: new Date(row.starts_at),
  endsAt: new Date(row.ends_at),
  ...(row.topic ? { topic: row.topic } : {}),
  status: row.status,
  ...(row.cancel_reason ? { cancelReason: row.cancel_reason } : {}),
  icalSequence: row.ical_sequence,
  place: row.place,
});

class BookingRepository {
  constructor(private readonly db: Db) {}

  get(id: number): Booking | undefined {
    const row = this.db.prepare(`${SELECT} WHERE b.id = ?`).get(id) as BookingRow | undefined;
    return row ? toBooking(row) : undefined;
  }

  /** The live booking of a slot, if any (cancelled ones free the slot). */
  liveForSlot(seriesId: number, startsAt: Date): Booking | undefined {
    const row = this.db
      .prepare(`${SELECT} WHERE b.series_id = ? AND b.starts_at = ? AND b.status <> 'cancelled'`)
      .get(seriesId, startsAt.toISOString()) as BookingRow | undefined;
    return row ? toBooking(row) : undefined;
  }

  takenSlotKeys(schoolId: string, from: Date, to: Date): Set<string> {
    const rows = this.db
      .prepare(
        `SELECT series_id, starts_at FROM spreekuur_bookings WHERE school_id = ? AND status <> 'cancelled' AND starts_at >= ? AND starts_at < ?`,
      )
      .all(schoolId, from.toISOString(), to.toISOString()) as { series_id: number; starts_at: string }[];
    return new Set(rows.map((row) => slotKey(row.series_id, row.starts_at)));
  }

  countUpcomingOf(bookerId: string, now: Date): number {
    const row = this.db
      .prepare(`SELECT COUNT(*) AS n FROM spreekuur_bookings WHERE booker_id = ? AND status = 'booked' AND starts_at > ?`)
      .get(bookerId, now.toISOString()) as { n: number };
    return row.n;
  }

  upcomingOf(bookerId: string, now: Date): Booking[] {
    return (
      this.db
        .prepare(`${SELECT} WHERE b.booker_id = ? AND b.status = 'booked' AND b.ends_at > ? ORDER BY b.starts_at`)
        .all(bookerId, now.toISOString()) as BookingRow[]
    ).map(toBooking);
  }

  ofHostBetween(hostId: string, from: Date, to: Date): Booking[] {
    return (
      this.db
        .prepare(
          `${SELECT} WHERE b.host_id = ? AND b.status <> 'cancelled' AND b.starts_at >= ? AND b.starts_at < ? ORDER BY b.starts_at`,
        )
        .all(hostId, from.toISOString(), to.toISOString()) as BookingRow[]
    ).map(toBooking);
  }

  liveOfSeriesFrom(seriesId: number, from: Date): Booking[] {
    return (
      this.db
        .prepare(`${SELECT} WHERE b.series_id = ? AND b.status = 'booked' AND b.starts_at >= ? ORDER BY b.starts_at`)
        .all(seriesId, from.toISOString()) as BookingRow[]
    ).map(toBooking);
  }

  insert(booking: NewBooking, now: Date): Booking {
    const result = this.db
      .prepare(
        `INSERT INTO spreekuur_bookings (series_id, school_id, host_id, booker_id, starts_at, ends_at, topic, status, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'booked', ?, ?)`,
      )
      .run(
        booking.seriesId,
        booking.schoolId,
        booking.hostId,
        booking.bookerId,
        booking.startsAt.toISOString(),
        booking.endsAt.toISOString(),
        booking.topic ?? null,
        now.toISOString(),
        now.toISOString(),
      );
    return this.get(Number(result.lastInsertRowid))!;
  }

  /** Frees the slot; the raised SEQUENCE makes calendars replace the entry with the cancellation. */
  cancel(id: number, reason: CancelReason, now: Date): Booking {
    this.db
      .prepare(
        `UPDATE spreekuur_bookings SET status = 'cancelled', cancel_reason = ?, ical_sequence = ical_sequence + 1, updated_at = ?
         WHERE id = ? AND status = 'booked'`,
      )
      .run(reason, now.toISOString(), id);
    return this.get(id)!;
  }

  markNoShow(id: number, now: Date): Booking {
    this.db
      .prepare(`UPDATE spreekuur_bookings SET status = 'no-show', updated_at = ? WHERE id = ? AND status = 'booked'`)
      .run(now.toISOString(), id);
    return this.get(id)!;
  }
}

/** All SQL of the spreekuur, behind SpreekuurService (and the monitoring counts). */
export class SpreekuurRepository {
  readonly series: SeriesRepository;
  readonly bookings: BookingRepository;

  constructor(private readonly db: Db) {
    this.series = new SeriesRepository(db);
    this.bookings = new BookingRepository(db);
  }

  /** Deletes the topic of every booking that ended at or before `cutoff` (the booking stays for the counts). */
  forgetTopicsEndedBefore(cutoff: Date): number {
    return this.db.prepare('UPDATE spreekuur_bookings SET topic = NULL WHERE topic IS NOT NULL AND ends_at <= ?').run(cutoff.toISOString()).changes;
  }

  /** One BEGIN IMMEDIATE transaction: two processes changing the same slot serialise. */
  transaction<T>(work: () => T): T {
    return immediate(this.db, work);
  }

  /** Different after any write to the database, from this process or another. */
  version(): string {
    return databaseVersion(this.db);
  }

  /** Records that the host was told about a school year without holiday dates; false when told before. */
  recordHolidayNotice(hostId: string, schoolId: string, schoolYear: string, now: Date): boolean {
    return (
      this.db
        .prepare('INSERT OR IGNORE INTO spreekuur_notices (host_id, school_id, school_year, told_at) VALUES (?, ?, ?, ?)')
        .run(hostId, schoolId, schoolYear, now.toISOString()).changes === 1
    );
  }

  /** School, start and status of every booking starting in [from, to), for the monitoring counts (no names, no topics). */
  bookingsStartingBetween(from: string, to: string): Array<{ schoolId: string; startsAt: string; status: BookingStatus }> {
    const rows = this.db
      .prepare('SELECT school_id, starts_at, status FROM spreekuur_bookings WHERE starts_at >= ? AND starts_at < ?')
      .all(from, to) as { school_id: string; starts_at: string; status: BookingStatus }[];
    return rows.map((row) => ({ schoolId: row.school_id, startsAt: row.starts_at, status: row.status }));
  }
}
