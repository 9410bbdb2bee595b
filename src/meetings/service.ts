import type { IcsPerson } from '../calendar/ics';
import type { Clock } from '../clock';
import type { JobQueue } from '../jobs/queue';
import type { Db } from '../store/db';
import { invitationIcs, meetingDescription, publishIcs } from './invitation';
import type { EmailMessage } from './mail';
import { MemberRepository, type AddMemberResult, type NewMember } from './members';
import type { DeliveryKind, Meeting, MeetingInput, Member, RsvpAnswer } from './model';
import { MeetingOutbox, type NewDelivery } from './outbox';
import { MeetingRepository, type MeetingChange } from './repository';
import { parseDayMonth } from './plan';
import { RsvpRepository, type Attendance } from './rsvp';
import { dutchDate } from './time';
import { wallClock } from '../calendar/time';
import { dateWarnings, type DayOffLookup, type PlanWarning } from './warnings';

import { REMINDER_JOB, type ReminderPayload } from './jobs';

export interface MeetingServiceDeps {
  db: Db;
  clock: Clock;
  jobs: JobQueue;
  organizer: IcsPerson;
  daysOff: DayOffLookup;
  /** Whether a bot user can get a Teams message now (they talked to the bot before); default: never. */
  reachableInTeams?: (personId: string) => boolean;
}

/** Who receives what for one meeting: every member an e-mail, bot users also a Teams card. */
export interface RecipientPlan {
  members: Member[];
  /** Members who also get the Teams card. */
  teamsMemberIds: number[];
}

export type MeetingResult =
  | { ok: true; meeting: Meeting; enqueued: number; warnings: PlanWarning[] }
  | { ok: false; reason: 'not-found' | 'not-draft' | 'cancelled' | 'not-reserve' | 'no-members' | 'not-sent' | 'no-change' };

const SUBJECT_PREFIX: Record<DeliveryKind, string> = {
  invite: 'Uitnodiging',
  update: 'Gewijzigd',
  cancel: 'Vervalt',
  'reminder-week': 'Herinnering',
  'reminder-day': 'Morgen',
};

/** Plans netwerkgroep and leeromgeving meetings and turns every change into deliveries in the outbox. */
export class MeetingService {
  readonly meetings: MeetingRepository;
  readonly members: MemberRepository;
  readonly outbox: MeetingOutbox;
  readonly rsvps: RsvpRepository;

  constructor(private readonly deps: MeetingServiceDeps) {
    this.meetings = new MeetingRepository(deps.db);
    this.members = new MemberRepository(deps.db);
    this.outbox = new MeetingOutbox(deps.db);
    this.rsvps = new RsvpRepository(deps.db);
  }

  /** Members who get the invitation; the organizer is left out (Outlook tells an organizer not to respond). */
  recipients(groupId: string): RecipientPlan {
    const organizer = this.deps.organizer.email.toLowerCase();
    this.members.linkKnownPeople();
    const members = this.members.active(groupId).filter((m) => m.email !== organizer);
    return { members, teamsMemberIds: members.filter((m) => this.inTeams(m)).map((m) => m.id) };
  }

  warningsFor(inputs: MeetingInput[], ignoreMeetingId?: number): PlanWarning[] {
    return dateWarnings(inputs, this.meetings.active(), this.deps.daysOff, this.deps.clock.now(), ignoreMeetingId);
  }

  plan(input: MeetingInput, createdBy: string): { meeting: Meeting; warnings: PlanWarning[] } {
    const warnings = this.warningsFor([input]);
    return { meeting: this.meetings.createDraft(input, createdBy, this.deps.clock.now()), warnings };
  }

  /**
   * Saves and sends a meeting straight from its preview. The preview's key makes this idempotent: a second
   * click finds the meeting sent by the first.
   */
  planAndSend(input: MeetingInput, createdBy: string, draftKey: string): MeetingResult {
    const earlier = this.meetings.byDraftKey(draftKey);
    if (earlier) return { ok: false, reason: 'not-draft' };
    if (!this.recipients(input.groupId).members.length) return { ok: false, reason: 'no-members' };
    try {
      const draft = this.meetings.createDraft(input, createdBy, this.deps.clock.now(), draftKey);
      return this.send(draft.id);
    } catch (error) {
      // Two clicks at the same moment: the unique draft key lets only the first one plan the meeting.
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') return { ok: false, reason: 'not-draft' };
      throw error;
    }
  }

  /** Sends a draft: invitations (TENTATIVE for a reserve date) to every member, and the reminders are scheduled. */
  send(meetingId: number): MeetingResult {
    const meeting = this.meetings.get(meetingId);
    if (!meeting) return { ok: false, reason: 'not-found' };
    if (meeting.status !== 'draft') return { ok: false, reason: 'not-draft' };
    const { members } = this.recipients(meeting.groupId);
    if (!members.length) return { ok: false, reason: 'no-members' };
    const now = this.deps.clock.now();
    const sent = this.deps.db.transaction(() => {
      this.meetings.setStatus(meetingId, 'scheduled', now);
      const scheduled = this.meetings.get(meetingId)!;
      return { meeting: scheduled, enqueued: this.enqueueAll(scheduled, 'invite', members, now) };
    })();
    this.scheduleReminders(sent.meeting);
    return { ok: true, ...sent, warnings: [] };
  }

  /** A new date, time or place: the same UID with SEQUENCE+1 goes to every member. A draft just changes. */
  change(meetingId: number, change: MeetingChange): MeetingResult {
    const meeting = this.meetings.get(meetingId);
    if (!meeting) return { ok: false, reason: 'not-found' };
    if (meeting.status === 'cancelled') return { ok: false, reason: 'cancelled' };
    const next = { ...meeting, ...change };
    const warnings = this.warningsFor([next], meetingId);
    if (meeting.status === 'draft') {
      return { ok: true, meeting: this.meetings.revise(meetingId, change, false, this.deps.clock.now()), enqueued: 0, warnings };
    }
    const changed = (Object.keys(change) as (keyof MeetingChange)[]).some((key) => change[key] !== undefined && change[key] !== meeting[key]);
    if (!changed) return { ok: false, reason: 'no-change' };
    const result = this.revise(meetingId, change, 'update');
    this.scheduleReminders(result.meeting);
    return { ok: true, ...result, warnings };
  }

  /** The reserve date is needed after all: an update that turns TENTATIVE into CONFIRMED. */
  confirmReserve(meetingId: number): MeetingResult {
    const meeting = this.meetings.get(meetingId);
    if (!meeting) return { ok: false, reason: 'not-found' };
    if (!meeting.reserve || meeting.status === 'cancelled') return { ok: false, reason: 'not-reserve' };
    if (meeting.status === 'draft') {
      return { ok: true, meeting: this.meetings.revise(meetingId, { reserve: false }, false, this.deps.clock.now()), enqueued: 0, warnings: [] };
    }
    return { ok: true, ...this.revise(meetingId, { reserve: false }, 'update'), warnings: [] };
  }

  /** The reserve date is not needed: it is withdrawn from every calendar. */
  dropReserve(meetingId: number): MeetingResult {
    const meeting = this.meetings.get(meetingId);
    if (!meeting) return { ok: false, reason: 'not-found' };
    if (!meeting.reserve || meeting.status === 'cancelled') return { ok: false, reason: 'not-reserve' };
    return this.cancel(meetingId);
  }

  /** METHOD:CANCEL with STATUS:CANCELLED and SEQUENCE+1 to every member; a draft is simply dropped. */
  cancel(meetingId: number): MeetingResult {
    const meeting = this.meetings.get(meetingId);
    if (!meeting) return { ok: false, reason: 'not-found' };
    if (meeting.status === 'cancelled') return { ok: false, reason: 'cancelled' };
    if (meeting.status === 'draft') {
      return { ok: true, meeting: this.meetings.revise(meetingId, { status: 'cancelled' }, false, this.deps.clock.now()), enqueued: 0, warnings: [] };
    }
    const result = this.revise(meetingId, { status: 'cancelled' }, 'cancel');
    for (const kind of ['reminder-week', 'reminder-day'] as const) this.deps.jobs.cancelByPrefix(reminderPrefix(meetingId, kind));
    return { ok: true, ...result, warnings: [] };
  }

  /**
   * Puts a member on the list; they get the invitation for every upcoming meeting that was already sent (RFC 5546:
   * a new attendee gets a REQUEST at the current SEQUENCE), so reminders never name a meeting missing from their calendar.
   */
  addMember(groupId: string, input: NewMember): AddMemberResult & { invites?: number } {
    const now = this.deps.clock.now();
    return this.deps.db.transaction(() => {
      const added = this.members.add(groupId, input, now);
      if (!added.ok) return added;
      const { members } = this.recipients(groupId);
      if (!members.some((m) => m.id === added.member.id)) return { ...added, invites: 0 };
      const upcoming = this.meetings.forGroup(groupId, ['scheduled']).filter((m) => new Date(m.endsAt) > now);
      const deliveries = upcoming.flatMap((meeting) => this.deliveriesFor(meeting, 'invite', added.member, members, now));
      this.outbox.enqueue(deliveries, now);
      return { ...added, invites: upcoming.length };
    })();
  }

  /** Takes a member off the list; they get a cancel for every upcoming meeting they were invited to. */
  removeMember(memberId: number): { ok: true; member: Member; cancels: number } | { ok: false; reason: 'not-found' } {
    const now = this.deps.clock.now();
    return this.deps.db.transaction(() => {
      const member = this.members.remove(memberId, now);
      if (!member) return { ok: false as const, reason: 'not-found' as const };
      const upcoming = this.meetings.forGroup(member.groupId, ['scheduled']).filter((m) => new Date(m.endsAt) > now);
      let cancels = 0;
      for (const meeting of upcoming) {
        const revised = this.meetings.revise(meeting.id, {}, true, now);
        this.outbox.enqueue(this.deliveriesFor(revised, 'cancel', member, [member], now), now);
        cancels += 1;
      }
      return { ok: true as const, member, cancels };
    })();
  }

  rsvp(meetingId: number, personId: string, answer: RsvpAnswer): { ok: true; meeting: Meeting } | { ok: false; reason: 'not-found' | 'not-member' | 'cancelled' } {
    const meeting = this.meetings.get(meetingId);
    if (!meeting || meeting.status === 'draft') return { ok: false, reason: 'not-found' };
    if (meeting.status === 'cancelled') return { ok: false, reason: 'cancelled' };
    const member = this.members.forTeamsPerson(personId).find((m) => m.groupId === meeting.groupId);
    if (!member) return { ok: false, reason: 'not-member' };
    this.rsvps.answer(meetingId, member.id, answer, this.deps.clock.now());
    return { ok: true, meeting };
  }

  attendance(meetingId: number): Attendance {
    const meeting = this.meetings.get(meetingId)!;
    return this.rsvps.attendance(meetingId, this.recipients(meeting.groupId).members);
  }

  /**
   * Sent meetings on a day the procesbegeleider names ("17 januari"): without a year, the closest such date
   * to today that has a meeting. With a group named, only that group's meetings.
   */
  meetingsOnDay(text: string, groupId?: string): Meeting[] {
    const day = parseDayMonth(text);
    if (!day) return [];
    const suffix = `-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
    const candidates = this.meetings
      .active()
      .filter((m) => m.status === 'scheduled' && (groupId === undefined || m.groupId === groupId))
      .filter((m) => m.date.endsWith(suffix) && (day.year === undefined || m.date.startsWith(`${day.year}-`)));
    const now = this.deps.clock.now().getTime();
    const distance = (m: Meeting) => Math.abs(new Date(m.startsAt).getTime() - now);
    const closest = [...candidates].sort((a, b) => distance(a) - distance(b))[0];
    return closest ? candidates.filter((m) => m.date === closest.date) : [];
  }

  /** The reminder job: a week before only members without an answer, the day before everyone. */
  remind(payload: ReminderPayload): number {
    const meeting = this.meetings.get(payload.meetingId);
    if (!meeting || meeting.status !== 'scheduled') return 0;
    const now = this.deps.clock.now();
    const { members } = this.recipients(meeting.groupId);
    const answered = new Set(this.rsvps.answeredMemberIds(meeting.id));
    const targets = payload.kind === 'reminder-week' ? members.filter((m) => !answered.has(m.id)) : members;
    const deliveries = targets.map((member) =>
      this.inTeams(member)
        ? teamsDelivery(meeting, payload.kind, member)
        : this.emailDelivery(meeting, payload.kind, member, [], now),
    );
    return this.outbox.enqueue(deliveries, now);
  }

  /** The school year of a group as METHOD:PUBLISH (cancelled meetings left out, reserve dates TENTATIVE). */
  groupFeed(groupId: string, name: string): string | undefined {
    const meetings = this.meetings.forGroup(groupId, ['scheduled']);
    if (!meetings.length) return undefined;
    return publishIcs(meetings, { organizer: this.deps.organizer, stamp: this.deps.clock.now() }, name);
  }

  /**
   * One meeting to download ("Zet in mijn agenda"); a cancelled meeting downloads as a CANCEL, which lists the
   * attendees it removes (RFC 5546 §3.2.5: all of them for a cancelled meeting).
   */
  meetingDownload(meetingId: number): { method: 'PUBLISH' | 'CANCEL'; body: string } | undefined {
    const meeting = this.meetings.get(meetingId);
    if (!meeting || meeting.status === 'draft') return undefined;
    const context = { organizer: this.deps.organizer, stamp: this.deps.clock.now() };
    if (meeting.status === 'cancelled') {
      return { method: 'CANCEL', body: invitationIcs(meeting, 'CANCEL', this.recipients(meeting.groupId).members, context) };
    }
    return { method: 'PUBLISH', body: publishIcs([meeting], context) };
  }

  private revise(meetingId: number, change: Parameters<MeetingRepository['revise']>[1], kind: 'update' | 'cancel'): { meeting: Meeting; enqueued: number } {
    const now = this.deps.clock.now();
    return this.deps.db.transaction(() => {
      const meeting = this.meetings.revise(meetingId, change, true, now);
      return { meeting, enqueued: this.enqueueAll(meeting, kind, this.recipients(meeting.groupId).members, now) };
    })();
  }

  private enqueueAll(meeting: Meeting, kind: 'invite' | 'update' | 'cancel', members: Member[], now: Date): number {
    const deliveries: NewDelivery[] = [];
    for (const member of members) deliveries.push(...this.deliveriesFor(meeting, kind, member, members, now));
    return this.outbox.enqueue(deliveries, now);
  }

  /** The e-mail for one member, plus the Teams card when the bot can reach them. */
  private deliveriesFor(meeting: Meeting, kind: 'invite' | 'update' | 'cancel', member: Member, attendees: Member[], now: Date): NewDelivery[] {
    const deliveries = [this.emailDelivery(meeting, kind, member, attendees, now)];
    if (this.inTeams(member)) deliveries.push(teamsDelivery(meeting, kind, member));
    return deliveries;
  }

  /** A Teams card only goes to members the bot can reach; the others rely on the e-mail alone. */
  private inTeams(member: Member): boolean {
    return member.teamsPersonId !== null && (this.deps.reachableInTeams?.(member.teamsPersonId) ?? false);
  }

  private emailDelivery(meeting: Meeting, kind: DeliveryKind, member: Member, attendees: Member[], now: Date): NewDelivery {
    const context = { organizer: this.deps.organizer, stamp: now };
    const subject = `${SUBJECT_PREFIX[kind]}: ${meeting.title}, ${dutchDate(meeting.date)} ${meeting.startTime}`;
    let message: EmailMessage;
    if (kind === 'cancel') {
      // A CANCEL lists the attendees it removes: everyone for a cancelled meeting, only this member otherwise.
      const removed = meeting.status === 'cancelled' ? attendees : [member];
      message = {
        to: member,
        subject,
        text: `Beste ${member.name},\n\nDeze bijeenkomst gaat voor jou niet door en is uit je agenda gehaald.\n\n${meetingDescription(meeting)}\n`,
        calendar: { method: 'CANCEL', ics: invitationIcs({ ...meeting, status: 'cancelled' }, 'CANCEL', removed, context) },
      };
    } else if (kind === 'invite' || kind === 'update') {
      const intro = kind === 'invite' ? 'Je bent uitgenodigd voor deze bijeenkomst.' : 'Deze bijeenkomst is gewijzigd; je agenda wordt bijgewerkt.';
      message = {
        to: member,
        subject,
        text: `Beste ${member.name},\n\n${intro} Laat via Ja/Nee/Misschien in je agenda weten of je komt.\n\n${meetingDescription(meeting)}\n`,
        calendar: { method: 'REQUEST', ics: invitationIcs(meeting, 'REQUEST', attendees, context) },
      };
    } else {
      const when = kind === 'reminder-day' ? 'Morgen is' : 'Over een week is';
      message = { to: member, subject, text: `Beste ${member.name},\n\n${when} deze bijeenkomst.\n\n${meetingDescription(meeting)}\n` };
    }
    return { meetingId: meeting.id, memberId: member.id, kind, sequence: meeting.sequence, channel: 'email', message };
  }

  /**
   * Reminders a week and a day before (Amsterdam calendar days, so DST does not shift them). A moved meeting gets
   * new reminder jobs for its new revision; the old ones are cancelled.
   */
  private scheduleReminders(meeting: Meeting): void {
    const start = wallClock(new Date(meeting.startsAt));
    for (const [kind, days] of [['reminder-week', 7], ['reminder-day', 1]] as const) {
      this.deps.jobs.cancelByPrefix(reminderPrefix(meeting.id, kind));
      const dueAt = start.minus({ days }).toJSDate();
      if (dueAt <= this.deps.clock.now()) continue;
      const payload: ReminderPayload = { meetingId: meeting.id, kind };
      this.deps.jobs.schedule(REMINDER_JOB, { key: `${reminderPrefix(meeting.id, kind)}${meeting.sequence}`, dueAt, payload });
    }
  }
}

const reminderPrefix = (meetingId: number, kind: ReminderPayload['kind']): string => `meetings:${kind}:${meetingId}:`;

function teamsDelivery(meeting: Meeting, kind: DeliveryKind, member: Member): NewDelivery {
  return {
    meetingId: meeting.id,
    memberId: member.id,
    kind,
    sequence: meeting.sequence,
    channel: 'teams',
    message: { personId: member.teamsPersonId!, meetingId: meeting.id, kind },
  };
}
