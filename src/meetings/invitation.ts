import { renderCalendar, type IcsEvent, type IcsMethod, type IcsPerson } from '../calendar/ics';
import { meetingDescription, meetingSummary } from './mailText';
import type { Meeting, Member } from './model';

export interface InvitationContext {
  organizer: IcsPerson;
  stamp: Date;
}

function event(meeting: Meeting, organizer: IcsPerson, attendees: IcsPerson[]): IcsEvent {
  return {
    uid: meeting.icalUid,
    sequence: meeting.sequence,
    start: new Date(meeting.startsAt),
    end: new Date(meeting.endsAt),
    summary: meetingSummary(meeting),
    description: meetingDescription(meeting),
    location: meeting.location ?? meeting.onlineUrl ?? undefined,
    url: meeting.onlineUrl ?? undefined,
    status: meeting.status === 'cancelled' ? 'CANCELLED' : meeting.reserve ? 'TENTATIVE' : 'CONFIRMED',
    organizer,
    attendees,
  };
}

const person = (member: Member): IcsPerson => ({ name: member.name, email: member.email });

/**
 * The iTIP object one member receives: REQUEST for an invitation or update (all members as attendees, so
 * everyone sees who is invited), CANCEL for a cancelled meeting or for a member taken off the list.
 */
export function invitationIcs(meeting: Meeting, method: Exclude<IcsMethod, 'PUBLISH'>, attendees: Member[], context: InvitationContext): string {
  return renderCalendar({ method, stamp: context.stamp, events: [event(meeting, context.organizer, attendees.map(person))] });
}

/** A group's school year as a subscribable feed (METHOD:PUBLISH, no attendees), or one meeting to download. */
export function publishIcs(meetings: Meeting[], context: InvitationContext, name?: string): string {
  return renderCalendar({ method: 'PUBLISH', stamp: context.stamp, name, events: meetings.map((m) => event(m, context.organizer, [])) });
}
