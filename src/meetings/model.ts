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

export interface Meeting {
  id: number;
  groupId: string;
  number: number | null;
  title: string;
  /** Amsterdam calendar date, yyyy-MM-dd. */
  date: string;
  /** Amsterdam wall-clock time, HH:mm. */
  startTime: string;
  endTime: string;
  /** UTC instants (ISO). */
  startsAt: string;
  endsAt: string;
  location: string | null;
  onlineUrl: string | null;
  agenda: string | null;
  reserve: boolean;
  status: MeetingStatus;
  icalUid: string;
  sequence: number;
  /** Person id of the procesbegeleider who planned it (told about failed deliveries). */
  createdBy: string;
}

/** What the procesbegeleider fills in for one meeting (form or one import row). */
export interface MeetingInput {
  groupId: string;
  number: number | null;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  location: string | null;
  onlineUrl: string | null;
  agenda: string | null;
  reserve: boolean;
}

export type RsvpAnswer = 'yes' | 'no' | 'maybe';

export type DeliveryKind = 'invite' | 'update' | 'cancel' | 'reminder-week' | 'reminder-day';
export type DeliveryChannel = 'email' | 'teams';
