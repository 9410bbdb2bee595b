import type { Db } from '../store/db';
import type { EmailMessage, EmailSender } from './mail';
import type { DeliveryChannel, DeliveryKind } from './model';

/** A Teams notice is rendered when sent, from the meeting as it is then (the card shows live counts). */
export interface TeamsNotice {
  personId: string;
  meetingId: number;
  kind: DeliveryKind;
}

export interface TeamsSender {
  /** Returns false when the person has no conversation with the bot (then the e-mail is what they get). */
  send(notice: TeamsNotice): Promise<boolean>;
}

export interface NewDelivery {
  meetingId: number;
  memberId: number;
  kind: DeliveryKind;
  sequence: number;
  channel: DeliveryChannel;
  message: EmailMessage | TeamsNotice;
}

export interface FailedDelivery {
  id: number;
  meetingId: number;
  memberId: number;
  kind: DeliveryKind;
  channel: DeliveryChannel;
  error: string;
}

export interface FlushResult {
  sent: number;
  retrying: number;
  failed: FailedDelivery[];
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

/** Waits after the 1st, 2nd, … failed attempt; after the last one the delivery is given up and reported. */
export const RETRY_DELAYS_MINUTES = [1, 5, 15, 60];

/** Stable Message-ID per delivery: a receiving server or person can tell a resend from a new message. */
export const deliveryMessageId = (deliveryId: number, kind: DeliveryKind): string => `<jos-meeting-${kind}-${deliveryId}@jos-assistent>`;

const flushing = new WeakSet<Db>();

/**
 * Per-recipient outbox. Deliveries are written in one transaction before anything is sent; each is marked
 * sent right after it was accepted, so a crash halfway resumes with the rest and never repeats the first ones.
 */
export class MeetingOutbox {
  constructor(private readonly db: Db) {}

  /** Adds deliveries; one that already exists (same meeting, member, kind, sequence, channel) is left alone. */
  enqueue(deliveries: NewDelivery[], now: Date): number {
    const insert = this.db.prepare(
      `INSERT OR IGNORE INTO meeting_delivery (meeting_id, member_id, kind, sequence, channel, message, status, next_attempt_at, created_at)
       VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?)`,
    );
    const at = now.toISOString();
    return this.db.transaction(() =>
      deliveries.reduce((added, d) => added + insert.run(d.meetingId, d.memberId, d.kind, d.sequence, d.channel, JSON.stringify(d.message), at, at).changes, 0),
    )();
  }

  /** Sends every due delivery in order. Only one flush runs at a time per database in this process. */
  async flush(now: Date, senders: { email: EmailSender; teams: TeamsSender }): Promise<FlushResult> {
    const result: FlushResult = { sent: 0, retrying: 0, failed: [] };
    if (flushing.has(this.db)) return result;
    flushing.add(this.db);
    try {
      const due = this.db
        .prepare(`SELECT * FROM meeting_delivery WHERE status = 'pending' AND next_attempt_at <= ? ORDER BY id`)
        .all(now.toISOString()) as DeliveryRow[];
      for (const row of due) {
        try {
          await this.deliver(row, senders);
          this.db.prepare(`UPDATE meeting_delivery SET status = 'sent', attempts = attempts + 1, sent_at = ? WHERE id = ?`).run(now.toISOString(), row.id);
          result.sent++;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          const delay = RETRY_DELAYS_MINUTES[row.attempts];
          if (delay === undefined) {
            this.db.prepare(`UPDATE meeting_delivery SET status = 'failed', attempts = attempts + 1, last_error = ? WHERE id = ?`).run(message.slice(0, 300), row.id);
            result.failed.push({ id: row.id, meetingId: row.meeting_id, memberId: row.member_id, kind: row.kind, channel: row.channel, error: message });
          } else {
            const next = new Date(now.getTime() + delay * 60_000).toISOString();
            this.db
              .prepare(`UPDATE meeting_delivery SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?`)
              .run(message.slice(0, 300), next, row.id);
            result.retrying++;
          }
        }
      }
      return result;
    } finally {
      flushing.delete(this.db);
    }
  }

  private async deliver(row: DeliveryRow, senders: { email: EmailSender; teams: TeamsSender }): Promise<void> {
    if (row.channel === 'email') {
      await senders.email.send(JSON.parse(row.message) as EmailMessage, deliveryMessageId(row.id, row.kind));
      return;
    }
    const delivered = await senders.teams.send(JSON.parse(row.message) as TeamsNotice);
    if (!delivered) throw new Error('no conversation with this person');
  }

  /** When the next waiting delivery is due, or undefined when nothing waits. */
  nextAttemptAt(): Date | undefined {
    const row = this.db.prepare(`SELECT MIN(next_attempt_at) AS next FROM meeting_delivery WHERE status = 'pending'`).get() as { next: string | null };
    return row.next ? new Date(row.next) : undefined;
  }

  /** Per meeting: how many deliveries are sent, waiting or given up (for the procesbegeleider's card). */
  status(meetingId: number): { sent: number; pending: number; failed: { memberId: number; channel: DeliveryChannel; error: string }[] } {
    const rows = this.db
      .prepare(`SELECT member_id, channel, status, last_error FROM meeting_delivery WHERE meeting_id = ?`)
      .all(meetingId) as { member_id: number; channel: DeliveryChannel; status: string; last_error: string | null }[];
    return {
      sent: rows.filter((r) => r.status === 'sent').length,
      pending: rows.filter((r) => r.status === 'pending').length,
      failed: rows.filter((r) => r.status === 'failed').map((r) => ({ memberId: r.member_id, channel: r.channel, error: r.last_error ?? '' })),
    };
  }

  /** Puts given-up deliveries of a meeting back in the queue (the procesbegeleider's "opnieuw proberen"). */
  retryFailed(meetingId: number, now: Date): number {
    return this.db
      .prepare(`UPDATE meeting_delivery SET status = 'pending', attempts = 0, next_attempt_at = ? WHERE meeting_id = ? AND status = 'failed'`)
      .run(now.toISOString(), meetingId).changes;
  }
}
