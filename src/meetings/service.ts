import { randomBytes } from 'node:crypto';
import type { IcsPerson } from '../calendar/ics';
import type { Clock } from '../clock';
import type { JobQueue } from '../jobs/queue';
import { isProcesbegeleider } from '../people/access';
import type { Person } from '../people/roles';
import { Distribution, type RecipientPlan } from './deliveries';
import { invitationIcs, publishIcs } from './invitation';
import type { AnswerReminderPayload, ReminderPayload } from './jobs';
import type { MeetingsSetup } from './knowledge';
import { parseMemberCsv } from './memberCsv';
import {
  isValidEmail,
  type Attendance,
  type Meeting,
  type MeetingChange,
  type MeetingGroup,
  type MeetingInput,
  type Member,
  type NewMember,
  type Refused,
  type RsvpAnswer,
} from './model';
import type { DeliveryStatus, MeetingOutbox, TeamsNotice } from './outbox';
import { parseDayMonth } from './plan';
import { cancelReminders, scheduleAnswerReminder, scheduleReminders } from './reminders';
import type { MeetingsRepository } from './repository';
import { dateWarnings, type DayOffLookup, type PlanWarning } from './warnings';

export interface MeetingServiceDeps {
  repository: MeetingsRepository;
  outbox: MeetingOutbox;
  clock: Clock;
  jobs: JobQueue;
  organizer: IcsPerson;
  daysOff: DayOffLookup;
  /** Whether a bot user can get a Teams message now (they talked to the bot before); default: never. */
  reachableInTeams?: (personId: string) => boolean;
  /** Days before a meeting that members without an answer are reminded (knowledge/meetings/members.yaml); default 7. */
  unansweredReminderDays?: number;
  /** The identifying-details screen: true when a text names or pins down a pupil. Title, place and agenda are mailed to every member. */
  identifying?: (text: string) => boolean;
}

/** Besides the answers: what calendar replies said that was not applied, for the procesbegeleider to judge. */
export type ReplyNote =
  | { kind: 'counter'; member: Member; start: string; end: string | null }
  | { kind: 'old-sequence'; member: Member; answer: RsvpAnswer | null }
  | { kind: 'not-member'; address: string; answer: RsvpAnswer | null };

/** After the meeting: who came, as the procesbegeleider marked it; `marked` is false until she did. */
export interface Presence {
  marked: boolean;
  present: Member[];
  absent: Member[];
}

export type MeetingResult =
  | { ok: true; meeting: Meeting; enqueued: number; warnings: PlanWarning[] }
  | Refused<'not-allowed' | 'not-found' | 'not-draft' | 'cancelled' | 'not-reserve' | 'no-members' | 'no-change' | 'identifying'>;

export type AddMemberResult = { ok: true; member: Member; invites: number } | Refused<'not-allowed' | 'invalid-email' | 'missing-name' | 'already-member' | 'unknown-group'>;

export interface MemberImport {
  added: number;
  invites: number;
  refused: { line: number; reason: Exclude<AddMemberResult, { ok: true }>['reason'] | 'missing-columns'; email?: string }[];
  /** The header and every refused line, to go back into the field to be corrected and imported again. */
  remaining: string;
}

/** A group on the procesbegeleider's overview: its members and the meetings of the last week onwards. */
export interface GroupOverview {
  group: MeetingGroup;
  memberCount: number;
  meetings: Meeting[];
}

/** An upcoming meeting of a member's group, with the answer given so far. */
export interface MemberMeeting {
  meeting: Meeting;
  answer?: RsvpAnswer;
}

const RECENT_MS = 7 * 86_400_000;

/**
 * Plans netwerkgroep and leeromgeving meetings and turns every change into deliveries in the outbox. Planning,
 * members, attendance and the retry of deliveries are the procesbegeleider's; a member answers for themselves.
 */
export class MeetingService {
  private readonly repository: MeetingsRepository;
  private readonly distribution: Distribution;

  constructor(private readonly deps: MeetingServiceDeps) {
    this.repository = deps.repository;
    this.distribution = new Distribution(deps);
  }

  /** Days before a meeting that members without an answer are reminded. */
  private get answerDays(): number {
    return this.deps.unansweredReminderDays ?? 7;
  }

  /** Whether the person plans meetings and keeps the member lists (src/people/access.ts). */
  mayManage(person: Person): boolean {
    return isProcesbegeleider(person);
  }

  /**
   * Creates the groups (with their feed token) and their first members once; afterwards the procesbegeleider
   * owns the member list in the database, so a restart never re-adds a removed member.
   */
  seed(setup: MeetingsSetup): void {
    const now = this.deps.clock.now();
    this.repository.transaction(() => {
      for (const group of setup.groups) {
        if (!this.repository.groups.create({ id: group.id, name: group.name, feedToken: randomBytes(24).toString('base64url') })) continue;
        for (const member of group.members) this.insertMember(group.id, member, now);
      }
    });
  }

  // ---- Reading (for cards and links) ----

  groups(): MeetingGroup[] {
    return this.repository.groups.list();
  }

  group(groupId: string): MeetingGroup | undefined {
    return this.repository.groups.get(groupId);
  }

  /** The feed token is the only secret of a group's calendar subscription. */
  groupByFeedToken(token: string): MeetingGroup | undefined {
    return this.repository.groups.byFeedToken(token);
  }

  meeting(meetingId: number): Meeting | undefined {
    return this.repository.meetings.get(meetingId);
  }

  /** The meeting a preview's Versturen already planned, if it did. */
  meetingByDraftKey(draftKey: string): Meeting | undefined {
    return this.repository.meetings.byDraftKey(draftKey);
  }

  member(memberId: number): Member | undefined {
    return this.repository.members.get(memberId);
  }

  activeMembers(groupId: string): Member[] {
    return this.repository.members.active(groupId);
  }

  /** Members who get the invitation (the organizer left out), and which of them also get the Teams card. */
  recipients(groupId: string): RecipientPlan {
    return this.distribution.recipients(groupId);
  }

  warningsFor(inputs: MeetingInput[], ignoreMeetingId?: number): PlanWarning[] {
    return dateWarnings(inputs, this.repository.meetings.active(), this.deps.daysOff, this.deps.clock.now(), ignoreMeetingId);
  }

  attendance(meetingId: number): Attendance {
    const meeting = this.repository.meetings.get(meetingId)!;
    return this.repository.rsvps.attendance(meetingId, this.recipients(meeting.groupId).members);
  }

  /** Counter-proposals, answers to an older version and replies from addresses that are no member, oldest first. */
  replyNotes(meetingId: number): ReplyNote[] {
    const notes: ReplyNote[] = [];
    for (const reply of this.repository.replies.notesFor(meetingId)) {
      const member = reply.memberId === null ? undefined : this.repository.members.get(reply.memberId);
      if (reply.outcome === 'not-member') notes.push({ kind: 'not-member', address: reply.attendee ?? '', answer: reply.answer });
      else if (member && reply.outcome === 'counter' && reply.proposedStart) notes.push({ kind: 'counter', member, start: reply.proposedStart, end: reply.proposedEnd });
      else if (member && reply.outcome === 'old-sequence') notes.push({ kind: 'old-sequence', member, answer: reply.answer });
    }
    return notes;
  }

  presence(meetingId: number): Presence {
    const meeting = this.repository.meetings.get(meetingId)!;
    const members = this.recipients(meeting.groupId).members;
    const present = this.repository.presence.presentIds(meetingId);
    return {
      marked: present !== undefined,
      present: members.filter((m) => present?.has(m.id)),
      absent: present ? members.filter((m) => !present.has(m.id)) : [],
    };
  }

  deliveryStatus(meetingId: number): DeliveryStatus {
    return this.deps.outbox.status(meetingId);
  }

  /** Every group with its member count and its meetings from a week ago onwards (drafts and cancelled ones too). */
  overview(actor: Person): { ok: true; groups: GroupOverview[] } | Refused<'not-allowed'> {
    if (!this.mayManage(actor)) return { ok: false, reason: 'not-allowed' };
    const since = new Date(this.deps.clock.now().getTime() - RECENT_MS);
    const groups = this.repository.groups.list().map((group) => ({
      group,
      memberCount: this.recipients(group.id).members.length,
      meetings: this.repository.meetings.forGroup(group.id, ['draft', 'scheduled', 'cancelled']).filter((m) => new Date(m.endsAt) >= since),
    }));
    return { ok: true, groups };
  }

  /** A member's upcoming meetings in start order; someone on no member list is refused. */
  memberMeetings(actor: Person): { ok: true; meetings: MemberMeeting[] } | Refused<'not-allowed'> {
    this.repository.members.linkKnownPeople();
    const memberships = this.repository.members.forTeamsPerson(actor.id);
    if (!memberships.length) return { ok: false, reason: 'not-allowed' };
    const now = this.deps.clock.now();
    const meetings = memberships.flatMap((member) =>
      this.repository.meetings
        .forGroup(member.groupId, ['scheduled'])
        .filter((meeting) => new Date(meeting.endsAt) > now)
        .map((meeting) => ({ meeting, answer: this.repository.rsvps.answerOf(meeting.id, member.id) })),
    );
    return { ok: true, meetings: meetings.sort((a, b) => a.meeting.startsAt.localeCompare(b.meeting.startsAt)) };
  }

  /** One meeting as a member of its group sees it (not a draft), with their answer. */
  memberMeeting(actor: Person, meetingId: number): { ok: true; meeting: Meeting; answer?: RsvpAnswer } | Refused<'not-member' | 'not-found'> {
    const meeting = this.repository.meetings.get(meetingId);
    if (!meeting) return { ok: false, reason: 'not-found' };
    const member = this.repository.members.forTeamsPerson(actor.id).find((m) => m.groupId === meeting.groupId);
    if (!member || meeting.status === 'draft') return { ok: false, reason: 'not-member' };
    return { ok: true, meeting, answer: this.repository.rsvps.answerOf(meeting.id, member.id) };
  }

  /** What a Teams notice shows when it is sent: the meeting as it is now and the person's answer. */
  noticeView(notice: TeamsNotice): { meeting: Meeting; answer?: RsvpAnswer } | undefined {
    const meeting = this.repository.meetings.get(notice.meetingId);
    if (!meeting) return undefined;
    const member = this.repository.members.forTeamsPerson(notice.personId).find((m) => m.groupId === meeting.groupId);
    return { meeting, answer: member && this.repository.rsvps.answerOf(meeting.id, member.id) };
  }

  /**
   * Sent meetings on a day the procesbegeleider names ("17 januari"): without a year, the closest such date
   * to today that has a meeting. With a group named, only that group's meetings.
   */
  meetingsOnDay(actor: Person, text: string, groupId?: string): { ok: true; meetings: Meeting[] } | Refused<'not-allowed'> {
    if (!this.mayManage(actor)) return { ok: false, reason: 'not-allowed' };
    const day = parseDayMonth(text);
    if (!day) return { ok: true, meetings: [] };
    const suffix = `-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
    const candidates = this.repository.meetings
      .active()
      .filter((m) => m.status === 'scheduled' && (groupId === undefined || m.groupId === groupId))
      .filter((m) => m.date.endsWith(suffix) && (day.year === undefined || m.date.startsWith(`${day.year}-`)));
    const now = this.deps.clock.now().getTime();
    const distance = (m: Meeting) => Math.abs(new Date(m.startsAt).getTime() - now);
    const closest = [...candidates].sort((a, b) => distance(a) - distance(b))[0];
    return { ok: true, meetings: closest ? candidates.filter((m) => m.date === closest.date) : [] };
  }

  // ---- Planning (the procesbegeleider) ----

  /** Whether the title, place or agenda holds details that identify a pupil: those go to every member's mailbox and calendar. */
  identifying(text: Partial<Pick<MeetingInput, 'title' | 'location' | 'agenda'>>): boolean {
    const screen = this.deps.identifying;
    return !!screen && [text.title, text.location, text.agenda].some((field) => !!field && screen(field));
  }

  /** Saves a draft; nothing is sent. */
  plan(actor: Person, input: MeetingInput): { ok: true; meeting: Meeting; warnings: PlanWarning[] } | Refused<'not-allowed' | 'identifying'> {
    if (!this.mayManage(actor)) return { ok: false, reason: 'not-allowed' };
    if (this.identifying(input)) return { ok: false, reason: 'identifying' };
    const warnings = this.warningsFor([input]);
    return { ok: true, meeting: this.repository.meetings.createDraft(input, actor.id, this.deps.clock.now()), warnings };
  }

  /**
   * Saves and sends a meeting straight from its preview. The preview's key makes this idempotent: a second
   * click finds the meeting sent by the first.
   */
  planAndSend(actor: Person, input: MeetingInput, draftKey: string): MeetingResult {
    if (!this.mayManage(actor)) return { ok: false, reason: 'not-allowed' };
    const earlier = this.repository.meetings.byDraftKey(draftKey);
    if (earlier) return { ok: false, reason: 'not-draft' };
    if (this.identifying(input)) return { ok: false, reason: 'identifying' };
    if (!this.recipients(input.groupId).members.length) return { ok: false, reason: 'no-members' };
    try {
      const draft = this.repository.meetings.createDraft(input, actor.id, this.deps.clock.now(), draftKey);
      return this.send(actor, draft.id);
    } catch (error) {
      // Two clicks at the same moment: the unique draft key lets only the first one plan the meeting.
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') return { ok: false, reason: 'not-draft' };
      throw error;
    }
  }

  /** Sends a draft: invitations (TENTATIVE for a reserve date) to every member, and the reminders are scheduled. */
  send(actor: Person, meetingId: number): MeetingResult {
    if (!this.mayManage(actor)) return { ok: false, reason: 'not-allowed' };
    const meeting = this.repository.meetings.get(meetingId);
    if (!meeting) return { ok: false, reason: 'not-found' };
    if (meeting.status !== 'draft') return { ok: false, reason: 'not-draft' };
    const { members } = this.recipients(meeting.groupId);
    if (!members.length) return { ok: false, reason: 'no-members' };
    const now = this.deps.clock.now();
    const sent = this.repository.transaction(() => {
      this.repository.meetings.setStatus(meetingId, 'scheduled', now);
      const scheduled = this.repository.meetings.get(meetingId)!;
      return { meeting: scheduled, enqueued: this.distribution.toAll(scheduled, 'invite', members, now) };
    });
    scheduleReminders(this.deps.jobs, this.deps.clock, sent.meeting, members, this.answerDays);
    return { ok: true, ...sent, warnings: [] };
  }

  /** Sends several drafts (an imported year plan); meetings already sent or cancelled are skipped. */
  sendAll(actor: Person, meetingIds: number[]): { ok: true; sent: number; messages: number; skipped: number } | Refused<'not-allowed'> {
    if (!this.mayManage(actor)) return { ok: false, reason: 'not-allowed' };
    const results = meetingIds.map((id) => this.send(actor, id));
    const sent = results.filter((r) => r.ok).length;
    const messages = results.reduce((sum, r) => sum + (r.ok ? r.enqueued : 0), 0);
    return { ok: true, sent, messages, skipped: results.length - sent };
  }

  /** A new date, time or place: the same UID with SEQUENCE+1 goes to every member. A draft just changes. */
  change(actor: Person, meetingId: number, change: MeetingChange): MeetingResult {
    if (!this.mayManage(actor)) return { ok: false, reason: 'not-allowed' };
    const meeting = this.repository.meetings.get(meetingId);
    if (!meeting) return { ok: false, reason: 'not-found' };
    if (meeting.status === 'cancelled') return { ok: false, reason: 'cancelled' };
    if (this.identifying(change)) return { ok: false, reason: 'identifying' };
    const next = { ...meeting, ...change };
    const warnings = this.warningsFor([next], meetingId);
    if (meeting.status === 'draft') {
      return { ok: true, meeting: this.repository.meetings.revise(meetingId, change, false, this.deps.clock.now()), enqueued: 0, warnings };
    }
    const changed = (Object.keys(change) as (keyof MeetingChange)[]).some((key) => change[key] !== undefined && change[key] !== meeting[key]);
    if (!changed) return { ok: false, reason: 'no-change' };
    const result = this.revise(meetingId, change, 'update');
    scheduleReminders(this.deps.jobs, this.deps.clock, result.meeting, this.recipients(meeting.groupId).members, this.answerDays);
    return { ok: true, ...result, warnings };
  }

  /** The reserve date is needed after all: an update that turns TENTATIVE into CONFIRMED. */
  confirmReserve(actor: Person, meetingId: number): MeetingResult {
    if (!this.mayManage(actor)) return { ok: false, reason: 'not-allowed' };
    const meeting = this.repository.meetings.get(meetingId);
    if (!meeting) return { ok: false, reason: 'not-found' };
    if (!meeting.reserve || meeting.status === 'cancelled') return { ok: false, reason: 'not-reserve' };
    if (meeting.status === 'draft') {
      return { ok: true, meeting: this.repository.meetings.revise(meetingId, { reserve: false }, false, this.deps.clock.now()), enqueued: 0, warnings: [] };
    }
    return { ok: true, ...this.revise(meetingId, { reserve: false }, 'update'), warnings: [] };
  }

  /** The reserve date is not needed: it is withdrawn from every calendar. */
  dropReserve(actor: Person, meetingId: number): MeetingResult {
    if (!this.mayManage(actor)) return { ok: false, reason: 'not-allowed' };
    const meeting = this.repository.meetings.get(meetingId);
    if (!meeting) return { ok: false, reason: 'not-found' };
    if (!meeting.reserve || meeting.status === 'cancelled') return { ok: false, reason: 'not-reserve' };
    return this.cancel(actor, meetingId);
  }

  /** METHOD:CANCEL with STATUS:CANCELLED and SEQUENCE+1 to every member; a draft is simply dropped. */
  cancel(actor: Person, meetingId: number): MeetingResult {
    if (!this.mayManage(actor)) return { ok: false, reason: 'not-allowed' };
    const meeting = this.repository.meetings.get(meetingId);
    if (!meeting) return { ok: false, reason: 'not-found' };
    if (meeting.status === 'cancelled') return { ok: false, reason: 'cancelled' };
    if (meeting.status === 'draft') {
      return { ok: true, meeting: this.repository.meetings.revise(meetingId, { status: 'cancelled' }, false, this.deps.clock.now()), enqueued: 0, warnings: [] };
    }
    const result = this.revise(meetingId, { status: 'cancelled' }, 'cancel');
    cancelReminders(this.deps.jobs, meetingId);
    return { ok: true, ...result, warnings: [] };
  }

  /** Puts the given-up deliveries of a meeting back in the queue ("opnieuw proberen"). */
  retryFailed(actor: Person, meetingId: number): { ok: true; count: number } | Refused<'not-allowed'> {
    if (!this.mayManage(actor)) return { ok: false, reason: 'not-allowed' };
    return { ok: true, count: this.deps.outbox.retryFailed(meetingId, this.deps.clock.now()) };
  }

  // ---- Members (the procesbegeleider) ----

  /**
   * Puts a member on the list; they get the invitation for every upcoming meeting that was already sent (RFC 5546:
   * a new attendee gets a REQUEST at the current SEQUENCE), so reminders never name a meeting missing from their calendar.
   */
  addMember(actor: Person, groupId: string, input: NewMember): AddMemberResult {
    if (!this.mayManage(actor)) return { ok: false, reason: 'not-allowed' };
    const now = this.deps.clock.now();
    return this.repository.transaction(() => {
      const added = this.insertMember(groupId, input, now);
      if (!added.ok) return added;
      const { members } = this.recipients(groupId);
      if (!members.some((m) => m.id === added.member.id)) return { ...added, invites: 0 };
      const upcoming = this.repository.meetings.forGroup(groupId, ['scheduled']).filter((m) => new Date(m.endsAt) > now);
      this.distribution.enqueue(upcoming.flatMap((meeting) => this.distribution.forMember(meeting, 'invite', added.member, members, now)), now);
      for (const meeting of upcoming) scheduleAnswerReminder(this.deps.jobs, this.deps.clock, meeting, added.member, this.answerDays);
      return { ...added, invites: upcoming.length };
    });
  }

  /** Adds every line of a pasted member list; each refused line is named and kept for correction. */
  importMembers(actor: Person, groupId: string, csv: string): ({ ok: true } & MemberImport) | Refused<'not-allowed'> {
    if (!this.mayManage(actor)) return { ok: false, reason: 'not-allowed' };
    const lines = csv.trim().split(/\r?\n/);
    const result: MemberImport = { added: 0, invites: 0, refused: [], remaining: '' };
    const remaining = [lines[0] ?? ''];
    for (const row of parseMemberCsv(csv)) {
      const added = row.member ? this.addMember(actor, groupId, row.member) : ({ ok: false, reason: row.error! } as const);
      if (added.ok) {
        result.added += 1;
        result.invites += added.invites;
      } else {
        result.refused.push({ line: row.line, reason: added.reason, email: row.email });
        remaining.push(lines[row.line - 1] ?? '');
      }
    }
    return { ok: true, ...result, remaining: remaining.join('\n') };
  }

  /** Takes a member off the list; they get a cancel for every upcoming meeting they were invited to. */
  removeMember(actor: Person, memberId: number): { ok: true; member: Member; cancels: number } | Refused<'not-allowed' | 'not-found'> {
    if (!this.mayManage(actor)) return { ok: false, reason: 'not-allowed' };
    const now = this.deps.clock.now();
    return this.repository.transaction(() => {
      const member = this.repository.members.remove(memberId, now);
      if (!member) return { ok: false as const, reason: 'not-found' as const };
      const upcoming = this.repository.meetings.forGroup(member.groupId, ['scheduled']).filter((m) => new Date(m.endsAt) > now);
      let cancels = 0;
      for (const meeting of upcoming) {
        const revised = this.repository.meetings.revise(meeting.id, {}, true, now);
        this.distribution.enqueue(this.distribution.forMember(revised, 'cancel', member, [member], now), now);
        cancels += 1;
      }
      return { ok: true as const, member, cancels };
    });
  }

  // ---- Members answering ----

  rsvp(actor: Person, meetingId: number, answer: RsvpAnswer): { ok: true; meeting: Meeting } | Refused<'not-found' | 'not-member' | 'cancelled'> {
    const meeting = this.repository.meetings.get(meetingId);
    if (!meeting || meeting.status === 'draft') return { ok: false, reason: 'not-found' };
    if (meeting.status === 'cancelled') return { ok: false, reason: 'cancelled' };
    const member = this.repository.members.forTeamsPerson(actor.id).find((m) => m.groupId === meeting.groupId);
    if (!member) return { ok: false, reason: 'not-member' };
    this.repository.rsvps.answer(meetingId, member.id, answer, this.deps.clock.now(), 'teams');
    return { ok: true, meeting };
  }

  /** The procesbegeleider enters a member's answer (they phoned or told her); it counts from now, like a click. */
  setAnswer(actor: Person, meetingId: number, memberId: number, answer: RsvpAnswer): { ok: true; meeting: Meeting } | Refused<'not-allowed' | 'not-found' | 'not-member'> {
    if (!this.mayManage(actor)) return { ok: false, reason: 'not-allowed' };
    const meeting = this.repository.meetings.get(meetingId);
    if (!meeting || meeting.status === 'draft') return { ok: false, reason: 'not-found' };
    if (!this.recipients(meeting.groupId).members.some((m) => m.id === memberId)) return { ok: false, reason: 'not-member' };
    this.repository.rsvps.answer(meetingId, memberId, answer, this.deps.clock.now(), 'ingevoerd');
    return { ok: true, meeting };
  }

  /** After the meeting has started, the procesbegeleider marks who came; every other member counts as absent. */
  markPresence(actor: Person, meetingId: number, presentMemberIds: number[]): { ok: true; meeting: Meeting } | Refused<'not-allowed' | 'not-found' | 'not-held'> {
    if (!this.mayManage(actor)) return { ok: false, reason: 'not-allowed' };
    const meeting = this.repository.meetings.get(meetingId);
    if (!meeting || meeting.status !== 'scheduled') return { ok: false, reason: 'not-found' };
    const now = this.deps.clock.now();
    if (new Date(meeting.startsAt) > now) return { ok: false, reason: 'not-held' };
    const members = this.recipients(meeting.groupId).members.map((m) => m.id);
    this.repository.transaction(() => this.repository.presence.mark(meetingId, members, new Set(presentMemberIds), actor.id, now));
    return { ok: true, meeting };
  }

  // ---- Jobs and calendar files ----

  /**
   * One member's reminder to answer: an e-mail, and the Teams card where the bot can reach them. Nothing when they
   * answered in the meantime (any way), left the group, or the meeting is cancelled or already begun.
   */
  remindUnanswered(payload: AnswerReminderPayload): number {
    const meeting = this.repository.meetings.get(payload.meetingId);
    const now = this.deps.clock.now();
    if (!meeting || meeting.status !== 'scheduled' || new Date(meeting.startsAt) <= now) return 0;
    const member = this.recipients(meeting.groupId).members.find((m) => m.id === payload.memberId);
    if (!member || this.repository.rsvps.answerOf(meeting.id, member.id)) return 0;
    return this.distribution.enqueue(this.distribution.forMember(meeting, 'reminder-week', member, [], now), now);
  }

  /** The reminder job the day before: every member. */
  remind(payload: ReminderPayload): number {
    const meeting = this.repository.meetings.get(payload.meetingId);
    if (!meeting || meeting.status !== 'scheduled') return 0;
    const now = this.deps.clock.now();
    const { members } = this.recipients(meeting.groupId);
    return this.distribution.reminders(meeting, payload.kind, members, now);
  }

  /** The school year of a group as METHOD:PUBLISH (cancelled meetings left out, reserve dates TENTATIVE). */
  groupFeed(groupId: string, name: string): string | undefined {
    const meetings = this.repository.meetings.forGroup(groupId, ['scheduled']);
    if (!meetings.length) return undefined;
    return publishIcs(meetings, this.distribution.context(this.deps.clock.now()), name);
  }

  /**
   * One meeting to download ("Zet in mijn agenda"); a cancelled meeting downloads as a CANCEL, which lists the
   * attendees it removes (RFC 5546 §3.2.5: all of them for a cancelled meeting).
   */
  meetingDownload(meetingId: number): { method: 'PUBLISH' | 'CANCEL'; body: string } | undefined {
    const meeting = this.repository.meetings.get(meetingId);
    if (!meeting || meeting.status === 'draft') return undefined;
    const context = this.distribution.context(this.deps.clock.now());
    if (meeting.status === 'cancelled') {
      return { method: 'CANCEL', body: invitationIcs(meeting, 'CANCEL', this.recipients(meeting.groupId).members, context) };
    }
    return { method: 'PUBLISH', body: publishIcs([meeting], context) };
  }

  // ---- Internals ----

  /** The member rules: a valid address, a name, a known group, and one active membership per address. */
  private insertMember(groupId: string, input: NewMember, now: Date): { ok: true; member: Member } | Refused<'invalid-email' | 'missing-name' | 'already-member' | 'unknown-group'> {
    const email = input.email.trim().toLowerCase();
    if (!isValidEmail(email)) return { ok: false, reason: 'invalid-email' };
    if (!input.name.trim()) return { ok: false, reason: 'missing-name' };
    if (!this.repository.groups.get(groupId)) return { ok: false, reason: 'unknown-group' };
    if (this.repository.members.findActiveByEmail(groupId, email)) return { ok: false, reason: 'already-member' };
    const member = { ...input, name: input.name.trim(), organisation: input.organisation.trim(), email, role: input.role.trim() };
    return { ok: true, member: this.repository.members.insert(groupId, member, now) };
  }

  private revise(meetingId: number, change: Parameters<MeetingsRepository['meetings']['revise']>[1], kind: 'update' | 'cancel'): { meeting: Meeting; enqueued: number } {
    const now = this.deps.clock.now();
    return this.repository.transaction(() => {
      const meeting = this.repository.meetings.revise(meetingId, change, true, now);
      return { meeting, enqueued: this.distribution.toAll(meeting, kind, this.recipients(meeting.groupId).members, now) };
    });
  }
}
