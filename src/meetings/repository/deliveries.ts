import type { Db } from '../../store/db';
import type { DeliveryChannel, DeliveryKind } from '../model';

/** One message for one member, as stored: `message` is the frozen e-mail or the Teams notice, as JSON. */
export interface StoredDelivery {
  id: number;
  meetingId: number;
  memberId: number;
  kind: DeliveryKind;
  channel: DeliveryChannel;
  message: string;
  attempts: number;
}

export interface DeliveryRecord {
  meetingId: number;
  memberId: number;
  kind: DeliveryKind;
  sequence: number;
  channel: DeliveryChannel;
  message: string;
}

interface DeliveryRow {
  id: number;
  meeting_id: number;
  member_id: number;
  kind: DeliveryKind;
  channel: DeliveryChannel;
  message: string;
  attempts: number;
}

/** The outbox table: one row per meeting, member, kind, sequence and channel. */
export class DeliveryTable {
  constructor(private readonly db: Db) {}

  /** Adds deliveries in one transaction; one that already exists is left alone. Returns how many were added. */
  insertMissing(deliveries: DeliveryRecord[], now: Date): number {
    const insert = this.db.prepare(
      `INSERT OR IGNORE INTO meeting_delivery (meeting_id, member_id, kind, sequence, channel, message, status, next_attempt_at, created_at)
       VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?)`,
    );
    const at = now.toISOString();
    return this.db.transaction(() =>
      deliveries.reduce((added, d) => added + insert.run(d.meetingId, d.memberId, d.kind, d.sequence, d.channel, d.message, at, at).changes, 0),
    )();
  }

  due(now: Date): StoredDelivery[] {
    const rows = this.db
      .prepare(`SELECT * FROM meeting_delivery WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY id`)
      .all(now.toISOString()) as DeliveryRow[];
    return rows.map((row) => ({
      id: row.id,
      meetingId: row.meeting_id,
      memberId: row.member_id,
      kind: row.kind,
      channel: row.channel,
      message: row.message,
      attempts: row.attempts,
    }));
  }

  markSent(id: number, now: Date): void {
    this.db.prepare(`UPDATE meeting_delivery SET status = 'sent', attempts = attempts + 1, sent_at = ? WHERE id = ?`).run(now.toISOString(), id);
  }

  markFailed(id: number, error: string): void {
    this.db.prepare(`UPDATE meeting_delivery SET status = 'failed', attempts = attempts + 1, last_error = ? WHERE id = ?`).run(error.slice(0, 300), id);
  }

  retryLater(id: number, error: string, next: Date): void {
    this.db
      .prepare(`UPDATE meeting_delivery SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?`)
      .run(error.slice(0, 300), next.toISOString(), id);
  }

  nextAttemptAt(): Date | undefined {
    const row = this.db.prepare(`SELECT MIN(next_attempt_at) AS next FROM meeting_delivery WHERE status = 'pending'`).get() as { next: string | null };
    return row.next ? new Date(row.next) : undefined;
  }

  forMeeting(meetingId: number): { memberId: number; channel: DeliveryChannel; status: string; lastError: string | null }[] {
    const rows = this.db
      .prepare(`SELECT member_id, channel, status, last_error FROM meeting_delivery WHERE meeting_id = ?`)
      .all(meetingId) as { member_id: number; channel: DeliveryChannel; status: string; last_error: string | null }[];
    return rows.map((r) => ({ memberId: r.member_id, channel: r.channel, status: r.status, lastError: r.last_error }));
  }

  retryFailed(meetingId: number, now: Date): number {
    return this.db
      .prepare(`UPDATE meeting_delivery SET status = 'pending', attempts = 0, next_attempt_at = ? WHERE meeting_id = ? AND status = 'failed'`)
      .run(now.toISOString(), meetingId).changes;
  }

  /** Empties the stored text of messages sent at or before `cutoff` (a failed one may be retried); what was sent when stays. */
  forgetTextsBefore(cutoff: Date): number {
    return this.db
      .prepare(`UPDATE meeting_delivery SET message = '{}' WHERE message <> '{}' AND status = 'sent' AND sent_at <= ?`)
      .run(cutoff.toISOString()).changes;
  }
}
