import type { Db } from '../store/db';
import { slotKey } from './slots';

export type BookingStatus = 'booked' | 'cancelled' | 'no-show';
export type CancelReason = 'booker' | 'date-cancelled' | 'series-changed';

export interface Booking {
  id: number;
  seriesId: number;
  schoolId: string;
  hostId: string;
  bookerId: string;
  startsAt: Date;
  endsAt: Date;
  topic?: string;
  status: BookingStatus;
  cancelReason?: CancelReason;
  /** iCalendar SEQUENCE: 0 when booked, raised on cancellation. */
  icalSequence: number;
  place: string;
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

export type NewBooking = Pick<Booking, 'seriesId' | 'schoolId' | 'hostId' | 'bookerId' | 'startsAt' | 'endsAt' | 'topic'>;

export class BookingRepository {
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
