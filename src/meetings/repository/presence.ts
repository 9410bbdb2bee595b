import type { Db } from '../../store/db';

/** After a meeting: who actually came, as the procesbegeleider marked it (for the monitoring counts). */
export class PresenceTable {
  constructor(private readonly db: Db) {}

  /** Replaces the marks of a meeting: `present` came, every other listed member did not. */
  mark(meetingId: number, memberIds: number[], present: Set<number>, markedBy: string, now: Date): void {
    const upsert = this.db.prepare(
      `INSERT INTO meeting_presence (meeting_id, member_id, present, marked_by, marked_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(meeting_id, member_id) DO UPDATE SET present = excluded.present, marked_by = excluded.marked_by, marked_at = excluded.marked_at`,
    );
    for (const memberId of memberIds) upsert.run(meetingId, memberId, present.has(memberId) ? 1 : 0, markedBy, now.toISOString());
  }

  /** Member ids marked present; undefined when nobody marked this meeting yet. */
  presentIds(meetingId: number): Set<number> | undefined {
    const rows = this.db.prepare('SELECT member_id, present FROM meeting_presence WHERE meeting_id = ?').all(meetingId) as { member_id: number; present: number }[];
    return rows.length ? new Set(rows.filter((row) => row.present === 1).map((row) => row.member_id)) : undefined;
  }
}
