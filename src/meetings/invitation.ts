import { renderCalendar, type IcsEvent, type IcsMethod, type IcsPerson } from '../calendar/ics';
import type { Meeting, Member } from './model';
import { dutchDate } from './time';

export interface InvitationContext {
  organizer: IcsPerson;
  stamp: Date;
}

/** Agenda, place and link as the DESCRIPTION; the mail body repeats it because Outlook may delete the invite mail. */
export function meetingDescription(meeting: Meeting): string {
  const lines = [`${meeting.title}, ${dutchDate(meeting.date)} ${meeting.startTime}–${meeting.endTime}`];
  if (meeting.reserve) lines.push('Dit is een reservedatum: houd hem vrij, we laten weten of hij doorgaat.');
  if (meeting.location) lines.push(`Plaats: ${meeting.location}`);
  if (meeting.onlineUrl) lines.push(`Online: ${meeting.onlineUrl}`);
  if (meeting.agenda) lines.push('', 'Agenda:', meeting.agenda);
  return lines.join('\n');
}

function event(meeting: Meeting, organizer: IcsPerson, attendees: IcsPerson[]): IcsEvent {
  return {
    uid: meeting.icalUid,
    sequence: meeting.sequence,
    start: new Date(meeting.startsAt),
    end: new Date(meeting.endsAt),
    summary: meeting.reserve ? `${meeting.title} (reservedatum)` : meeting.title,
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
