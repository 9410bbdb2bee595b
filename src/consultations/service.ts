import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock';
import type { JobQueue } from '../jobs/queue';
import type { PeopleRepository } from '../people/repository';
import { isJosTeamMember, josTeamSchools } from '../people/access';
import type { Person } from '../people/roles';
import type { Finding, ScreenResult } from '../privacy';
import { immediate, type Db } from '../store/db';
import type { Band, Consultation, ConsultationRequest, ConsultationStatus, Reach, ThemeId, Urgency } from './model';
import { addSchoolDays } from './schoolDays';
import { ESCALATION_JOB, escalationKey, PURGE_JOB } from './jobs';
import { amsterdamMonth, wallClock } from '../calendar/time';
import type { ConsultationSettings } from './settings';

const REPEAT_WINDOW_MS = 10 * 60 * 1000;

export type QuestionScreen = (text: string, allow: readonly string[]) => ScreenResult;

export interface ConsultationServiceDeps {
  db: Db;
  clock: Clock;
  people: PeopleRepository;
  jobs: JobQueue;
  settings: ConsultationSettings;
  screen: QuestionScreen;
  /** Whether the school is closed on an Amsterdam date (holidays); weekends are skipped anyway. */
  dayOff: (schoolId: string, isoDate: string) => boolean;
  knownSchool: (schoolId: string) => boolean;
}

export type SubmitResult =
  | { ok: true; consultation: Consultation; team: Person[]; repeated: boolean }
  | { ok: false; reason: 'identifying'; findings: Finding[] }
  | { ok: false; reason: 'unknown-school' | 'no-team' };

export type ClaimResult =
  | { ok: true; consultation: Consultation }
  | { ok: false; reason: 'not-found' | 'not-allowed' }
  | { ok: false; reason: 'already-claimed' | 'withdrawn' | 'closed'; consultation: Consultation };

export type ChangeResult =
  | { ok: true; consultation: Consultation }
  | { ok: false; reason: 'not-found' | 'not-allowed' | 'not-claimer' | 'already-claimed' | 'not-claimed' | 'withdrawn' | 'closed' };

export type ViewResult = { ok: true; consultation: Consultation } | { ok: false; reason: 'not-found' };

export interface Row {
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

export const toConsultation = (row: Row): Consultation => ({
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

/** Anonymous consultation requests: screened before storing, routed, claimed once, escalated, purged. */
export class ConsultationService {
  constructor(private readonly deps: ConsultationServiceDeps) {
    // Deleted question text is overwritten on disk instead of lingering in free pages.
    deps.db.pragma('secure_delete = ON');
  }

  private get db(): Db {
    return this.deps.db;
  }

  private now(): Date {
    return this.deps.clock.now();
  }

  private row(id: string): Consultation | undefined {
    const row = this.db.prepare('SELECT * FROM consultations WHERE id = ?').get(id) as Row | undefined;
    return row ? toConsultation(row) : undefined;
  }

  /** Screens the question first: when anything identifying is found, nothing at all is stored. */
  submit(mentor: Person, request: ConsultationRequest): SubmitResult {
    const screened = this.deps.screen(request.question, request.allow);
    if (screened.identifying) return { ok: false, reason: 'identifying', findings: screened.findings };
    if (!this.deps.knownSchool(request.schoolId)) return { ok: false, reason: 'unknown-school' };
    const team = this.deps.people.josTeam(request.schoolId);
    if (team.length === 0) return { ok: false, reason: 'no-team' };
    const now = this.now();
    // A double click (or a retried submit) gives the request that was just stored, not a second one.
    const recent = this.db
      .prepare(
        `SELECT id FROM consultations WHERE mentor_id = ? AND school_id = ? AND theme = ? AND band IS ? AND question = ? AND reach = ?
           AND urgency = ? AND status = 'nieuw' AND created_at >= ?`,
      )
      .get(
        mentor.id,
        request.schoolId,
        request.theme,
        request.band ?? null,
        request.question,
        request.reach,
        request.urgency,
        new Date(now.getTime() - REPEAT_WINDOW_MS).toISOString(),
      ) as { id: string } | undefined;
    if (recent) return { ok: true, consultation: this.row(recent.id)!, team, repeated: true };
    const id = randomUUID();
    this.db
      .prepare(
        `INSERT INTO consultations (id, school_id, mentor_id, theme, band, question, reach, urgency, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, request.schoolId, mentor.id, request.theme, request.band ?? null, request.question, request.reach, request.urgency, now.toISOString());
    const dueAt = addSchoolDays(now, this.deps.settings.escalateAfterSchoolDays, (day) => this.deps.dayOff(request.schoolId, day));
    this.deps.jobs.schedule(ESCALATION_JOB, { key: escalationKey(id), dueAt, payload: { consultationId: id } });
    return { ok: true, consultation: this.row(id)!, team, repeated: false };
  }

  /** The requesting mentor and the school's JOS team may see a request; to anyone else it does not exist. */
  view(id: string, person: Person): ViewResult {
    const consultation = this.row(id);
    if (!consultation || !(consultation.mentorId === person.id || isJosTeamMember(person, consultation.schoolId))) {
      return { ok: false, reason: 'not-found' };
    }
    return { ok: true, consultation };
  }

  /** First claim wins: one conditional UPDATE, so two workers clicking at once cannot both get it. */
  claim(id: string, person: Person): ClaimResult {
    const consultation = this.row(id);
    if (!consultation) return { ok: false, reason: 'not-found' };
    if (!isJosTeamMember(person, consultation.schoolId)) return { ok: false, reason: 'not-allowed' };
    const claimed = this.db
      .prepare("UPDATE consultations SET status = 'opgepakt', claimed_by = ?, claimed_at = ? WHERE id = ? AND status = 'nieuw'")
      .run(person.id, this.now().toISOString(), id);
    if (claimed.changes === 0) {
      const current = this.row(id)!;
      const reason = current.status === 'ingetrokken' ? 'withdrawn' : current.status === 'afgerond' ? 'closed' : 'already-claimed';
      return { ok: false, reason, consultation: current };
    }
    this.deps.jobs.cancel(escalationKey(id));
    return { ok: true, consultation: this.row(id)! };
  }

  /** The worker who claimed it (or the mentor) closes a claimed request. */
  close(id: string, person: Person): ChangeResult {
    const consultation = this.row(id);
    if (!consultation) return { ok: false, reason: 'not-found' };
    if (consultation.claimedBy !== person.id && consultation.mentorId !== person.id) {
      // A colleague in the team is told who may close it; anyone else only that it is not theirs.
      return { ok: false, reason: isJosTeamMember(person, consultation.schoolId) ? 'not-claimer' : 'not-allowed' };
    }
    const closed = this.db
      .prepare("UPDATE consultations SET status = 'afgerond', ended_at = ? WHERE id = ? AND status = 'opgepakt'")
      .run(this.now().toISOString(), id);
    if (closed.changes === 0) return { ok: false, reason: this.stateReason(this.row(id)!.status) };
    return { ok: true, consultation: this.row(id)! };
  }

  /** The mentor takes back a request nobody has claimed yet. */
  withdraw(id: string, person: Person): ChangeResult {
    const consultation = this.row(id);
    if (!consultation || consultation.mentorId !== person.id) return { ok: false, reason: 'not-found' };
    const withdrawn = this.db
      .prepare("UPDATE consultations SET status = 'ingetrokken', ended_at = ? WHERE id = ? AND status = 'nieuw'")
      .run(this.now().toISOString(), id);
    if (withdrawn.changes === 0) return { ok: false, reason: this.stateReason(this.row(id)!.status) };
    this.deps.jobs.cancel(escalationKey(id));
    return { ok: true, consultation: this.row(id)! };
  }

  private stateReason(status: ConsultationStatus): 'already-claimed' | 'not-claimed' | 'withdrawn' | 'closed' {
    if (status === 'opgepakt') return 'already-claimed';
    if (status === 'nieuw') return 'not-claimed';
    return status === 'ingetrokken' ? 'withdrawn' : 'closed';
  }

  /** Marks a still unclaimed request as escalated; returns who to tell (the school's ondersteuningscoördinatoren). */
  escalate(id: string): { consultation: Consultation; coordinators: Person[] } | undefined {
    const escalated = this.db
      .prepare("UPDATE consultations SET escalated_at = ? WHERE id = ? AND status = 'nieuw' AND escalated_at IS NULL")
      .run(this.now().toISOString(), id);
    if (escalated.changes === 0) return undefined;
    const consultation = this.row(id)!;
    return { consultation, coordinators: this.deps.people.withRole('ondersteuningscoordinator', consultation.schoolId) };
  }

  /** Unclaimed requests at the schools where this person is in the JOS team, oldest first. */
  openForTeam(person: Person): Consultation[] {
    const schools = josTeamSchools(person);
    if (schools.length === 0) return [];
    const rows = this.db
      .prepare(`SELECT * FROM consultations WHERE status = 'nieuw' AND school_id IN (${schools.map(() => '?').join(', ')}) ORDER BY created_at`)
      .all(...schools) as Row[];
    return rows.map(toConsultation);
  }

  /** The mentor's own requests, newest first. */
  ofMentor(mentorId: string): Consultation[] {
    return (this.db.prepare('SELECT * FROM consultations WHERE mentor_id = ? ORDER BY created_at DESC').all(mentorId) as Row[]).map(toConsultation);
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
   * Deletes requests that ended more than `retentionDays` ago (question text, mentor, worker) and keeps one anonymous
   * count line each. Returns how many were purged.
   */
  purgeEnded(): number {
    const cutoff = new Date(this.now().getTime() - this.deps.settings.retentionDays * 86_400_000).toISOString();
    const purged = immediate(this.db, () => {
      const rows = this.db
        .prepare("SELECT * FROM consultations WHERE status IN ('afgerond', 'ingetrokken') AND ended_at <= ?")
        .all(cutoff) as Row[];
      const count = this.db.prepare(
        'INSERT INTO consultation_counts (school_id, theme, month, outcome, minutes_to_claim, escalated) VALUES (?, ?, ?, ?, ?, ?)',
      );
      const remove = this.db.prepare('DELETE FROM consultations WHERE id = ?');
      for (const row of rows) {
        const consultation = toConsultation(row);
        count.run(
          consultation.schoolId,
          consultation.theme,
          amsterdamMonth(consultation.createdAt),
          consultation.status,
          minutesToClaim(consultation) ?? null,
          consultation.escalatedAt ? 1 : 0,
        );
        remove.run(consultation.id);
      }
      return rows.length;
    });
    // Move the deletions out of the write-ahead log into the database file, so the old text is gone from both.
    if (purged > 0) this.db.pragma('wal_checkpoint(TRUNCATE)');
    return purged;
  }

  /** Schedules the next daily purge at 03:00 Amsterdam time (one job per day, so a restart does not add a second). */
  scheduleNextPurge(): void {
    const next = wallClock(this.now()).plus({ days: 1 }).set({ hour: 3, minute: 0, second: 0, millisecond: 0 });
    this.deps.jobs.schedule(PURGE_JOB, { key: `${PURGE_JOB.kind}:${next.toISODate()}`, dueAt: next.toJSDate(), payload: {} });
  }

}

export function minutesToClaim(consultation: Consultation): number | undefined {
  return consultation.claimedAt ? Math.round((consultation.claimedAt.getTime() - consultation.createdAt.getTime()) / 60_000) : undefined;
}
