import { truncateWal } from '../store/checkpoint';
import { immediate, type Db } from '../store/db';
import type { Band, Consultation, ConsultationRequest, ConsultationStatus, Reach, ThemeId, Urgency } from './model';

interface Row {
  id: string;
  school_id: string;
  mentor_id: string;
  theme: ThemeId;
  band: Band | null;
  question: string;
  reach: Reach;
  urgency: Urgency;
  status: ConsultationStatus;
  created_at: string;
  claimed_by: string | null;
  claimed_at: string | null;
  ended_at: string | null;
  escalated_at: string | null;
}

const toConsultation = (row: Row): Consultation => ({
  id: row.id,
  schoolId: row.school_id,
  mentorId: row.mentor_id,
  theme: row.theme,
  ...(row.band ? { band: row.band } : {}),
  question: row.question,
  reach: row.reach,
  urgency: row.urgency,
  status: row.status,
  createdAt: new Date(row.created_at),
  ...(row.claimed_by ? { claimedBy: row.claimed_by } : {}),
  ...(row.claimed_at ? { claimedAt: new Date(row.claimed_at) } : {}),
  ...(row.ended_at ? { endedAt: new Date(row.ended_at) } : {}),
  ...(row.escalated_at ? { escalatedAt: new Date(row.escalated_at) } : {}),
});

/** How many requests were purged, and whether their text also left the write-ahead log. */
export interface PurgeResult {
  purged: number;
  walCleared: boolean;
}

/** One anonymous line kept for the monitoring counts after a request is purged. */
export interface KeptCount {
  schoolId: string;
  theme: string;
  month: string;
  outcome: string;
  minutesToClaim?: number;
  escalated: boolean;
}

/** All SQL of the consultations; used by ConsultationService and the monitoring counts only. */
export class ConsultationRepository {
  /** `walCheckpoint`: how often and how long the purge tries to empty the write-ahead log (see truncateWal). */
  constructor(
    private readonly db: Db,
    private readonly options: { walCheckpoint?: { attempts?: number; pauseMs?: number } } = {},
  ) {
    // Deleted question text is overwritten on disk instead of lingering in free pages.
    db.pragma('secure_delete = ON');
  }

  get(id: string): Consultation | undefined {
    const row = this.db.prepare('SELECT * FROM consultations WHERE id = ?').get(id) as Row | undefined;
    return row ? toConsultation(row) : undefined;
  }

  /** The same request of the same mentor, still open, made since `since` (a double click or a retried submit). */
  findRepeat(mentorId: string, request: ConsultationRequest, since: Date): string | undefined {
    const row = this.db
      .prepare(
        `SELECT id FROM consultations WHERE mentor_id = ? AND school_id = ? AND theme = ? AND band IS ? AND question = ? AND reach = ?
           AND urgency = ? AND status = 'nieuw' AND created_at >= ?`,
      )
      .get(
        mentorId,
        request.schoolId,
        request.theme,
        request.band ?? null,
        request.question,
        request.reach,
        request.urgency,
        since.toISOString(),
      ) as { id: string } | undefined;
    return row?.id;
  }

  insert(id: string, mentorId: string, request: ConsultationRequest, now: Date): void {
    this.db
      .prepare(
        `INSERT INTO consultations (id, school_id, mentor_id, theme, band, question, reach, urgency, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, request.schoolId, mentorId, request.theme, request.band ?? null, request.question, request.reach, request.urgency, now.toISOString());
  }

  /** One conditional UPDATE, so two workers clicking at once cannot both get it. False when it was no longer new. */
  claim(id: string, personId: string, now: Date): boolean {
    return (
      this.db
        .prepare("UPDATE consultations SET status = 'opgepakt', claimed_by = ?, claimed_at = ? WHERE id = ? AND status = 'nieuw'")
        .run(personId, now.toISOString(), id).changes > 0
    );
  }

  /** Ends a request that is in status `from`; false when it was not (any more). */
  end(id: string, from: ConsultationStatus, to: 'afgerond' | 'ingetrokken', now: Date): boolean {
    return (
      this.db.prepare('UPDATE consultations SET status = ?, ended_at = ? WHERE id = ? AND status = ?').run(to, now.toISOString(), id, from).changes > 0
    );
  }

  /** Marks a still unclaimed request as escalated, once; false when it was claimed, ended or escalated before. */
  markEscalated(id: string, now: Date): boolean {
    return (
      this.db
        .prepare("UPDATE consultations SET escalated_at = ? WHERE id = ? AND status = 'nieuw' AND escalated_at IS NULL")
        .run(now.toISOString(), id).changes > 0
    );
  }

  /** Unclaimed requests at these schools, oldest first. */
  openAt(schoolIds: string[]): Consultation[] {
    if (schoolIds.length === 0) return [];
    const rows = this.db
      .prepare(`SELECT * FROM consultations WHERE status = 'nieuw' AND school_id IN (${schoolIds.map(() => '?').join(', ')}) ORDER BY created_at`)
      .all(...schoolIds) as Row[];
    return rows.map(toConsultation);
  }

  /** The mentor's own requests, newest first. */
  ofMentor(mentorId: string): Consultation[] {
    return (this.db.prepare('SELECT * FROM consultations WHERE mentor_id = ? ORDER BY created_at DESC').all(mentorId) as Row[]).map(toConsultation);
  }

  /** Every request still kept (with its text), for the counts. */
  all(): Consultation[] {
    return (this.db.prepare('SELECT * FROM consultations').all() as Row[]).map(toConsultation);
  }

  keptCounts(): KeptCount[] {
    const rows = this.db.prepare('SELECT school_id, theme, month, outcome, minutes_to_claim, escalated FROM consultation_counts').all() as Array<{
      school_id: string;
      theme: string;
      month: string;
      outcome: string;
      minutes_to_claim: number | null;
      escalated: number;
    }>;
    return rows.map((row) => ({
      schoolId: row.school_id,
      theme: row.theme,
      month: row.month,
      outcome: row.outcome,
      ...(row.minutes_to_claim !== null ? { minutesToClaim: row.minutes_to_claim } : {}),
      escalated: row.escalated === 1,
    }));
  }

  recordCard(consultationId: string, personId: string, activityId: string): void {
    this.db
      .prepare('INSERT OR REPLACE INTO consultation_cards (consultation_id, person_id, activity_id) VALUES (?, ?, ?)')
      .run(consultationId, personId, activityId);
  }

  cardsOf(consultationId: string): Array<{ personId: string; activityId: string }> {
    return (
      this.db.prepare('SELECT person_id, activity_id FROM consultation_cards WHERE consultation_id = ?').all(consultationId) as Array<{
        person_id: string;
        activity_id: string;
      }>
    ).map((row) => ({ personId: row.person_id, activityId: row.activity_id }));
  }

  /**
   * Deletes the requests that ended at or before `cutoff`, and any sent at or before `sentBefore` (never claimed or
   * never closed), each replaced by the count line `countOf` makes of it,
   * in one write transaction; then empties the write-ahead log.
   */
  purgeEndedBefore(cutoff: Date, countOf: (consultation: Consultation) => KeptCount, sentBefore?: Date): PurgeResult {
    const purged = immediate(this.db, () => {
      const rows = this.db
        .prepare("SELECT * FROM consultations WHERE (status IN ('afgerond', 'ingetrokken') AND ended_at <= ?) OR created_at <= ?")
        .all(cutoff.toISOString(), (sentBefore ?? new Date(0)).toISOString()) as Row[];
      const count = this.db.prepare(
        'INSERT INTO consultation_counts (school_id, theme, month, outcome, minutes_to_claim, escalated) VALUES (?, ?, ?, ?, ?, ?)',
      );
      const remove = this.db.prepare('DELETE FROM consultations WHERE id = ?');
      for (const row of rows) {
        const line = countOf(toConsultation(row));
        count.run(line.schoolId, line.theme, line.month, line.outcome, line.minutesToClaim ?? null, line.escalated ? 1 : 0);
        remove.run(row.id);
      }
      return rows.length;
    });
    // Move the deletions out of the write-ahead log into the database file (secure_delete zeroes them there), so the
    // old text is gone from both; a reader on another connection can hold that up, so check that it happened.
    // Also when nothing new was purged: an earlier purge may have left its text in the log.
    return { purged, walCleared: truncateWal(this.db, this.options.walCheckpoint).complete };
  }
}
