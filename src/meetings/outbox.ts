import type { EmailMessage, EmailSender } from './mail';
import type { DeliveryChannel, DeliveryKind } from './model';
import type { StoredDelivery } from './repository/deliveries';
import type { MeetingsRepository } from './repository';

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

/** Waits after the 1st, 2nd, … failed attempt; after the last one the delivery is given up and reported. */
export const RETRY_DELAYS_MINUTES = [1, 5, 15, 60];

/** Stable Message-ID per delivery: a receiving server or person can tell a resend from a new message. */
export const deliveryMessageId = (deliveryId: number, kind: DeliveryKind): string => `<jos-meeting-${kind}-${deliveryId}@jos-assistent>`;

export interface Senders {
  email: EmailSender;
  teams: TeamsSender;
}

export interface DeliveryStatus {
  sent: number;
  pending: number;
  failed: { memberId: number; channel: DeliveryChannel; error: string }[];
}

/**
 * Per-recipient outbox. Deliveries are written in one transaction before anything is sent; each is marked
 * sent right after it was accepted, so a crash halfway resumes with the rest and never repeats the first ones.
 */
export class MeetingOutbox {
  /** One flush at a time: the bot builds one outbox per process, so a job and a click never send the same row twice. */
  private flushing = false;

  constructor(private readonly repository: Pick<MeetingsRepository, 'deliveries'>) {}

  /** Adds deliveries; one that already exists (same meeting, member, kind, sequence, channel) is left alone. */
  enqueue(deliveries: NewDelivery[], now: Date): number {
    return this.repository.deliveries.insertMissing(
      deliveries.map(({ message, ...delivery }) => ({ ...delivery, message: JSON.stringify(message) })),
      now,
    );
  }

  /** Sends every due delivery in order. */
  async flush(now: Date, senders: Senders): Promise<FlushResult> {
    const result: FlushResult = { sent: 0, retrying: 0, failed: [] };
    if (this.flushing) return result;
    this.flushing = true;
    const { deliveries } = this.repository;
    try {
      for (const row of deliveries.due(now)) {
        try {
          await this.deliver(row, senders);
          deliveries.markSent(row.id, now);
          result.sent++;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          const delay = RETRY_DELAYS_MINUTES[row.attempts];
          if (delay === undefined) {
            deliveries.markFailed(row.id, message);
            result.failed.push({ id: row.id, meetingId: row.meetingId, memberId: row.memberId, kind: row.kind, channel: row.channel, error: message });
          } else {
            deliveries.retryLater(row.id, message, new Date(now.getTime() + delay * 60_000));
            result.retrying++;
          }
        }
      }
      return result;
    } finally {
      this.flushing = false;
    }
  }

  private async deliver(row: StoredDelivery, senders: Senders): Promise<void> {
    if (row.channel === 'email') {
      await senders.email.send(JSON.parse(row.message) as EmailMessage, deliveryMessageId(row.id, row.kind));
      return;
    }
    const delivered = await senders.teams.send(JSON.parse(row.message) as TeamsNotice);
    if (!delivered) throw new Error('no conversation with this person');
  }

  /** When the next waiting delivery is due, or undefined when nothing waits. */
  nextAttemptAt(): Date | undefined {
    return this.repository.deliveries.nextAttemptAt();
  }

  /** Per meeting: how many deliveries are sent, waiting or given up (for the procesbegeleider's card). */
  status(meetingId: number): DeliveryStatus {
    const rows = this.repository.deliveries.forMeeting(meetingId);
    return {
      sent: rows.filter((r) => r.status === 'sent').length,
      pending: rows.filter((r) => r.status === 'pending').length,
      failed: rows.filter((r) => r.status === 'failed').map((r) => ({ memberId: r.memberId, channel: r.channel, error: r.lastError ?? '' })),
    };
  }

  /** Puts given-up deliveries of a meeting back in the queue. */
  retryFailed(meetingId: number, now: Date): number {
    return this.repository.deliveries.retryFailed(meetingId, now);
  }
}
