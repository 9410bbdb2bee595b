import type { IcsPerson } from '../calendar/ics';
import { invitationIcs, type InvitationContext } from './invitation';
import type { EmailMessage } from './mail';
import { mailBody, mailSubject } from './mailText';
import type { DeliveryKind, Meeting, Member } from './model';
import type { MeetingOutbox, NewDelivery } from './outbox';
import type { MeetingsRepository } from './repository';

/** Who receives what for one meeting: every member an e-mail, bot users also a Teams card. */
export interface RecipientPlan {
  members: Member[];
  /** Members who also get the Teams card. */
  teamsMemberIds: number[];
}

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

/** Turns a change of a meeting into the deliveries for the right members, and puts them in the outbox. */
export class Distribution {
  constructor(
    private readonly deps: {
      repository: MeetingsRepository;
      outbox: MeetingOutbox;
      organizer: IcsPerson;
      /** Whether a bot user can get a Teams message now (they talked to the bot before); default: never. */
      reachableInTeams?: (personId: string) => boolean;
    },
  ) {}

  /** Members who get the invitation; the organizer is left out (Outlook tells an organizer not to respond). */
  recipients(groupId: string): RecipientPlan {
    const organizer = this.deps.organizer.email.toLowerCase();
    this.deps.repository.members.linkKnownPeople();
    const members = this.deps.repository.members.active(groupId).filter((m) => m.email !== organizer);
    return { members, teamsMemberIds: members.filter((m) => this.inTeams(m)).map((m) => m.id) };
  }

  /** The ORGANIZER and DTSTAMP of every calendar object the feature writes. */
  context(stamp: Date): InvitationContext {
    return { organizer: this.deps.organizer, stamp };
  }

  /** The e-mail for one member, plus the Teams card when the bot can reach them. */
  forMember(meeting: Meeting, kind: DeliveryKind, member: Member, attendees: Member[], now: Date): NewDelivery[] {
    const deliveries = [emailDelivery(meeting, kind, member, attendees, this.context(now))];
    if (this.inTeams(member)) deliveries.push(teamsDelivery(meeting, kind, member));
    return deliveries;
  }

  /** The same change for every member (each sees all of them as attendees). Returns how many deliveries were added. */
  toAll(meeting: Meeting, kind: 'invite' | 'update' | 'cancel', members: Member[], now: Date): number {
    return this.enqueue(members.flatMap((member) => this.forMember(meeting, kind, member, members, now)), now);
  }

  /** A reminder: the Teams card for members the bot can reach, an e-mail for the others. */
  reminders(meeting: Meeting, kind: 'reminder-week' | 'reminder-day', members: Member[], now: Date): number {
    const deliveries = members.map((member) => (this.inTeams(member) ? teamsDelivery(meeting, kind, member) : emailDelivery(meeting, kind, member, [], this.context(now))));
    return this.enqueue(deliveries, now);
  }

  enqueue(deliveries: NewDelivery[], now: Date): number {
    return this.deps.outbox.enqueue(deliveries, now);
  }

  /** A Teams card only goes to members the bot can reach; the others rely on the e-mail alone. */
  private inTeams(member: Member): member is Member & { teamsPersonId: string } {
    return member.teamsPersonId !== null && (this.deps.reachableInTeams?.(member.teamsPersonId) ?? false);
  }
}
