/** Plain data of the meetings feature (netwerkgroep, leeromgeving): types, and the zod schemas of its inputs. */
import { z } from 'zod/v4';

export type MeetingStatus = 'draft' | 'scheduled' | 'cancelled';

export interface MeetingGroup {
  id: string;
  name: string;
  feedToken: string;
}

export interface Member {
  id: number;
  groupId: string;
  name: string;
  organisation: string;
  email: string;
  role: string;
  teamsPersonId: string | null;
}

/** What the procesbegeleider fills in for one meeting (form or one import row). */
export interface MeetingInput {
  groupId: string;
  number: number | null;
  title: string;
  /** Amsterdam calendar date, yyyy-MM-dd. */
  date: string;
  /** Amsterdam wall-clock times, HH:mm. */
  startTime: string;
  endTime: string;
  location: string | null;
  onlineUrl: string | null;
  agenda: string | null;
  reserve: boolean;
}

/** A planned meeting: what was filled in, plus its instants, state and iCalendar identity. */
export interface Meeting extends MeetingInput {
  id: number;
  /** UTC instants (ISO) of the Amsterdam wall-clock start and end. */
  startsAt: string;
  endsAt: string;
  status: MeetingStatus;
  icalUid: string;
  sequence: number;
  /** Person id of the procesbegeleider who planned it (told about failed deliveries). */
  createdBy: string;
}

/** A new date, time, place or text of a meeting; what is left out stays as it is. */
export type MeetingChange = Partial<Pick<MeetingInput, 'date' | 'startTime' | 'endTime' | 'location' | 'onlineUrl' | 'agenda' | 'title'>>;

export type RsvpAnswer = 'yes' | 'no' | 'maybe';

/** Where an answer came from: the member's own calendar (Outlook, Google…), the Teams card, or entered by the procesbegeleider. */
export type AnswerSource = 'agenda' | 'teams' | 'ingevoerd';

export interface MemberAnswer {
  answer: RsvpAnswer;
  source: AnswerSource;
  /** ISO UTC: when the member gave it (the reply's DTSTAMP, the click, the entry). */
  at: string;
}

export interface Attendance {
  yes: Member[];
  no: Member[];
  maybe: Member[];
  unanswered: Member[];
  /** Per member id: the one answer, with its source and time. */
  answers: Map<number, MemberAnswer>;
}

/** 'reminder-week' is the reminder to members without an answer (N days before; the name predates N). */
export type DeliveryKind = 'invite' | 'update' | 'cancel' | 'reminder-week' | 'reminder-day';
export type DeliveryChannel = 'email' | 'teams';

/** Every reason the feature refuses something; bot/cards/meetings maps each to one Dutch sentence. */
export type MeetingRefusal =
  | 'not-allowed'
  | 'not-found'
  | 'not-draft'
  | 'cancelled'
  | 'not-reserve'
  | 'no-members'
  | 'no-change'
  | 'not-member'
  | 'invalid-email'
  | 'missing-name'
  | 'missing-columns'
  | 'already-member'
  | 'unknown-group'
  | 'already-applied'
  | 'identifying'
  | 'unreadable'
  | 'empty'
  | 'nothing-valid'
  | 'not-held';

export type Refused<R extends MeetingRefusal> = { ok: false; reason: R };

const emailSchema = z.email();

export function isValidEmail(email: string): boolean {
  return emailSchema.safeParse(email.trim()).success;
}

/** A member as knowledge/meetings/members.yaml lists one. */
export const memberSchema = z.object({
  name: z.string().min(1),
  organisation: z.string().min(1),
  email: z.email(),
  role: z.string().min(1),
});

export interface NewMember {
  name: string;
  organisation: string;
  email: string;
  role: string;
  teamsPersonId?: string | null;
}
