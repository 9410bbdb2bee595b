import { invitationIcs, type InvitationContext } from './invitation';
import type { EmailMessage } from './mail';
import { mailBody, mailSubject } from './mailText';
import type { DeliveryKind, Meeting, Member } from './model';
import type { NewDelivery } from './outbox';

/**
 * The e-mail one member gets for one change, frozen as it will be sent: invitations and updates carry a REQUEST
 * with all members as attendees, a cancel a CANCEL, reminders only text.
 */
export function emailDelivery(meeting: Meeting, kind: DeliveryKind, member: Member, attendees: Member[], context: InvitationContext): NewDelivery {
  const message: EmailMessage = { to: member, subject: mailSubject(kind, meeting), text: mailBody(kind, meeting, member.name) };
  if (kind === 'cancel') {
    // A CANCEL lists the attendees it removes: everyone for a cancelled meeting, only this member otherwise.
    const removed = meeting.status === 'cancelled' ? attendees : [member];
    message.calendar = { method: 'CANCEL', ics: invitationIcs({ ...meeting, status: 'cancelled' }, 'CANCEL', removed, context) };
  } else if (kind === 'invite' || kind === 'update') {
    message.calendar = { method: 'REQUEST', ics: invitationIcs(meeting, 'REQUEST', attendees, context) };
  }
  return { meetingId: meeting.id, memberId: member.id, kind, sequence: meeting.sequence, channel: 'email', message };
}

/** The Teams card is rendered when it is sent, so the notice only names the person, the meeting and the kind. */
export function teamsDelivery(meeting: Meeting, kind: DeliveryKind, member: Member & { teamsPersonId: string }): NewDelivery {
  return {
    meetingId: meeting.id,
    memberId: member.id,
    kind,
    sequence: meeting.sequence,
    channel: 'teams',
    message: { personId: member.teamsPersonId, meetingId: meeting.id, kind },
  };
}
