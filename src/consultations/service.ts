import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock';
import type { JobQueue } from '../jobs/queue';
import type { PeopleRepository } from '../people/repository';
import { isJosTeamMember, josTeamSchools } from '../people/access';
import type { Person } from '../people/roles';
import type { Finding, ScreenResult } from '../privacy';
import type { Consultation, ConsultationRequest, ConsultationStatus } from './model';
import type { ConsultationRepository, PurgeResult } from './repository';
import { addSchoolDays } from './schoolDays';
import { ESCALATION_JOB, escalationKey, PURGE_JOB } from './jobs';
import { amsterdamMonth, wallClock } from '../calendar/time';
import type { ConsultationSettings } from './settings';

const REPEAT_WINDOW_MS = 10 * 60 * 1000;

export type QuestionScreen = (text: string, allow: readonly string[]) => ScreenResult;

export interface ConsultationServiceDeps {
  repository: ConsultationRepository;
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

/** Anonymous consultation requests: screened before storing, routed, claimed once, escalated, purged. */
export class ConsultationService {
  private readonly repository: ConsultationRepository;

  constructor(private readonly deps: ConsultationServiceDeps) {
    this.repository = deps.repository;
  }

  private now(): Date {
    return this.deps.clock.now();
  }

  get settings(): ConsultationSettings {
    return this.deps.settings;
  }

  private row(id: string): Consultation | undefined {
    return this.repository.get(id);
  }

  /** The request as it is now, without an access check: only for the bot's own notices, never to answer a person. */
  forNotice(id: string): Consultation | undefined {
    return this.row(id);
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
    const recent = this.repository.findRepeat(mentor.id, request, new Date(now.getTime() - REPEAT_WINDOW_MS));
    if (recent) return { ok: true, consultation: this.row(recent)!, team, repeated: true };
    const id = randomUUID();
    this.repository.insert(id, mentor.id, request, now);
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
    if (!this.repository.claim(id, person.id, this.now())) {
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
    if (!this.repository.end(id, 'opgepakt', 'afgerond', this.now())) return { ok: false, reason: this.stateReason(this.row(id)!.status) };
    return { ok: true, consultation: this.row(id)! };
  }

  /** The mentor takes back a request nobody has claimed yet. */
  withdraw(id: string, person: Person): ChangeResult {
    const consultation = this.row(id);
    if (!consultation || consultation.mentorId !== person.id) return { ok: false, reason: 'not-found' };
    if (!this.repository.end(id, 'nieuw', 'ingetrokken', this.now())) return { ok: false, reason: this.stateReason(this.row(id)!.status) };
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
    if (!this.repository.markEscalated(id, this.now())) return undefined;
    const consultation = this.row(id)!;
    return { consultation, coordinators: this.deps.people.withRole('ondersteuningscoordinator', consultation.schoolId) };
  }

  /** Unclaimed requests at the schools where this person is in the JOS team, oldest first. */
  openForTeam(person: Person): Consultation[] {
    return this.repository.openAt(josTeamSchools(person));
  }

  /** The mentor's own requests, newest first. */
  ofMentor(mentorId: string): Consultation[] {
    return this.repository.ofMentor(mentorId);
  }

  recordCard(consultationId: string, personId: string, activityId: string): void {
    this.repository.recordCard(consultationId, personId, activityId);
  }

  cardsOf(consultationId: string): Array<{ personId: string; activityId: string }> {
    return this.repository.cardsOf(consultationId);
  }

  /**
   * Deletes requests that ended more than `retentionDays` ago, or were sent more than `openRetentionDays` ago and never
   * ended (question text, mentor, worker), and keeps one anonymous
   * count line each. Returns how many were purged and whether the text also left the write-ahead log.
   */
  purgeEnded(): PurgeResult {
    const daysAgo = (days: number) => new Date(this.now().getTime() - days * 86_400_000);
    const { retentionDays, openRetentionDays } = this.deps.settings;
    return this.repository.purgeEndedBefore(daysAgo(retentionDays), (consultation) => ({
      schoolId: consultation.schoolId,
      theme: consultation.theme,
      month: amsterdamMonth(consultation.createdAt),
      // Never ended: purged for its age, not because it was dealt with.
      outcome: consultation.status === 'afgerond' || consultation.status === 'ingetrokken' ? consultation.status : 'verlopen',
      ...(consultation.claimedAt ? { minutesToClaim: minutesToClaim(consultation) } : {}),
      escalated: consultation.escalatedAt !== undefined,
    }), daysAgo(openRetentionDays));
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
