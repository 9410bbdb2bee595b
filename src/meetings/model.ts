/** Plain data of the meetings feature (netwerkgroep, leeromgeving). */

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

export type RsvpAnswer = 'yes' | 'no' | 'maybe';

export type DeliveryKind = 'invite' | 'update' | 'cancel' | 'reminder-week' | 'reminder-day';
export type DeliveryChannel = 'email' | 'teams';
