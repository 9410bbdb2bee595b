import type { Db } from '../../store/db';
import type { RsvpAnswer } from '../model';

export type ReplyOutcome = 'applied' | 'older' | 'old-sequence' | 'counter' | 'not-member' | 'unknown-uid' | 'no-answer';
export type MessageOutcome = 'replies' | 'not-reply' | 'malformed' | 'duplicate';

export interface LoggedReply {
  meetingId: number | null;
  memberId: number | null;
  method: 'REPLY' | 'COUNTER';
  answer: RsvpAnswer | null;
  sequence: number;
  stamp: string | null;
  proposedStart: string | null;
  proposedEnd: string | null;
  attendee: string | null;
  outcome: ReplyOutcome;
}

interface ReplyRow {
  meeting_id: number | null;
  member_id: number | null;
  method: 'REPLY' | 'COUNTER';
  answer: RsvpAnswer | null;
  sequence: number;
  stamp: string | null;
  proposed_start: string | null;
  proposed_end: string | null;
  attendee: string | null;
  outcome: ReplyOutcome;
}

const toLogged = (row: ReplyRow): LoggedReply => ({
  meetingId: row.meeting_id,
  memberId: row.member_id,
  method: row.method,
  answer: row.answer,
  sequence: row.sequence,
  stamp: row.stamp,
  proposedStart: row.proposed_start,
  proposedEnd: row.proposed_end,
  attendee: row.attendee,
  outcome: row.outcome,
});

/** Which mails and files were read (each exactly once) and what every answer in them led to. */
export class ReplyTable {
  constructor(private readonly db: Db) {}

  message(key: string): { outcome: MessageOutcome; marked: boolean } | undefined {
    const row = this.db.prepare('SELECT outcome, marked FROM meeting_reply_message WHERE key = ?').get(key) as
      | { outcome: MessageOutcome; marked: number }
      | undefined;
    return row && { outcome: row.outcome, marked: row.marked === 1 };
  }

  /** When the message under `key` was read, if it was. */
  processedAt(key: string): Date | undefined {
    const row = this.db.prepare('SELECT processed_at FROM meeting_reply_message WHERE key = ?').get(key) as { processed_at: string } | undefined;
    return row && new Date(row.processed_at);
  }

  /** Whether a reply with this Message-ID was read before (under another key: a new UIDVALIDITY, a copy). */
  seenMessageId(messageId: string): boolean {
    return this.db.prepare("SELECT 1 FROM meeting_reply_message WHERE message_id = ? AND outcome = 'replies'").get(messageId) !== undefined;
  }

  recordMessage(key: string, messageId: string | undefined, outcome: MessageOutcome, now: Date): void {
    this.db
      .prepare('INSERT INTO meeting_reply_message (key, message_id, outcome, processed_at) VALUES (?, ?, ?, ?)')
      .run(key, outcome === 'not-reply' ? null : (messageId ?? null), outcome, now.toISOString());
  }

  recordReply(key: string, reply: LoggedReply, now: Date): void {
    this.db
      .prepare(
        `INSERT INTO meeting_reply (message_key, meeting_id, member_id, method, answer, sequence, stamp, proposed_start, proposed_end,
           attendee, outcome, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        key, reply.meetingId, reply.memberId, reply.method, reply.answer, reply.sequence, reply.stamp, reply.proposedStart,
        reply.proposedEnd, reply.attendee, reply.outcome, now.toISOString(),
      );
  }

  /** Deletes the sender address of replies from non-members received at or before `cutoff`. */
  forgetAddressesBefore(cutoff: Date): number {
    return this.db.prepare('UPDATE meeting_reply SET attendee = NULL WHERE attendee IS NOT NULL AND received_at <= ?').run(cutoff.toISOString()).changes;
  }

  markDone(key: string): void {
    this.db.prepare('UPDATE meeting_reply_message SET marked = 1 WHERE key = ?').run(key);
  }

  /** Messages read and saved whose flag or move did not happen yet (the process stopped in between). */
  unmarked(keyPrefix: string): string[] {
    return (
      this.db
        .prepare("SELECT key FROM meeting_reply_message WHERE marked = 0 AND outcome IN ('replies', 'duplicate') AND substr(key, 1, ?) = ?")
        .all(keyPrefix.length, keyPrefix) as { key: string }[]
    ).map((row) => row.key);
  }

  /** What the procesbegeleider should see besides the answers: proposals, old-version answers, unknown addresses. */
  notesFor(meetingId: number): LoggedReply[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM meeting_reply WHERE meeting_id = ? AND outcome IN ('counter', 'old-sequence', 'not-member') ORDER BY received_at, id`,
      )
      .all(meetingId) as ReplyRow[];
    return rows.map(toLogged);
  }
}

/** How far the IMAP poller read each mailbox; a new UIDVALIDITY starts again at 0. */
export class MailboxStateTable {
  constructor(private readonly db: Db) {}

  lastUid(mailbox: string, uidValidity: string): number {
    const row = this.db.prepare('SELECT uid_validity, last_uid FROM meeting_mailbox_state WHERE mailbox = ?').get(mailbox) as
      | { uid_validity: string; last_uid: number }
      | undefined;
    return row?.uid_validity === uidValidity ? row.last_uid : 0;
  }

  advance(mailbox: string, uidValidity: string, uid: number): void {
    this.db
      .prepare(
        `INSERT INTO meeting_mailbox_state (mailbox, uid_validity, last_uid) VALUES (?, ?, ?)
         ON CONFLICT(mailbox) DO UPDATE SET uid_validity = excluded.uid_validity, last_uid = excluded.last_uid`,
      )
      .run(mailbox, uidValidity, uid);
  }
}
