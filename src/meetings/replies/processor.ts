import type { Clock } from '../../clock';
import type { Meeting, RsvpAnswer } from '../model';
import type { MeetingsRepository } from '../repository';
import type { MessageOutcome, ReplyOutcome } from '../repository/replies';
import type { CalendarReply, ReadResult, ReplyAnswer } from './parse';

const RSVP: Record<ReplyAnswer, RsvpAnswer> = { ACCEPTED: 'yes', DECLINED: 'no', TENTATIVE: 'maybe' };

export interface HandledMessage {
  /** False when this key was read before: nothing was applied again. */
  fresh: boolean;
  outcome: MessageOutcome;
  replies: ReplyOutcome[];
  /** The mail or file gets its "processed" mark (flag, move): it held calendar replies. Other messages are left alone. */
  mark: boolean;
}

const marks = (outcome: MessageOutcome): boolean => outcome === 'replies' || outcome === 'duplicate';

/**
 * The one code path after a source (IMAP mailbox or data/inbox): reads a message once under its key, matches each
 * answer on UID and attendee address, and saves it in the same transaction as the "read" record, so a restart
 * never applies a message twice.
 */
export class ReplyProcessor {
  constructor(
    private readonly repository: MeetingsRepository,
    private readonly clock: Clock,
  ) {}

  private get log() {
    return this.repository.replies;
  }

  async handle(key: string, read: () => Promise<ReadResult>): Promise<HandledMessage> {
    const known = this.log.message(key);
    if (known) return { fresh: false, outcome: known.outcome, replies: [], mark: marks(known.outcome) };
    const result = await read();
    const now = this.clock.now();
    return this.repository.immediate((): HandledMessage => {
      const again = this.log.message(key);
      if (again) return { fresh: false, outcome: again.outcome, replies: [], mark: marks(again.outcome) };
      if (result.kind !== 'replies') {
        this.log.recordMessage(key, result.messageId, result.kind, now);
        return { fresh: true, outcome: result.kind, replies: [], mark: false };
      }
      if (result.messageId && this.log.seenMessageId(result.messageId)) {
        this.log.recordMessage(key, result.messageId, 'duplicate', now);
        return { fresh: true, outcome: 'duplicate', replies: [], mark: true };
      }
      this.log.recordMessage(key, result.messageId, 'replies', now);
      const replies = result.replies.map((reply) => this.apply(key, reply, now));
      return { fresh: true, outcome: 'replies', replies, mark: true };
    });
  }

  private apply(key: string, reply: CalendarReply, now: Date): ReplyOutcome {
    const meeting = this.repository.meetings.byIcalUid(reply.uid);
    const member = meeting && this.repository.members.findActiveByEmail(meeting.groupId, reply.attendee);
    // A client clock ahead of ours must not make its answer win over every later one.
    const at = reply.stamp && reply.stamp < now ? reply.stamp : now;
    const outcome = this.outcomeOf(reply, meeting, member?.id, at);
    this.log.recordReply(
      key,
      {
        meetingId: meeting?.id ?? null,
        memberId: member?.id ?? null,
        method: reply.method,
        answer: reply.answer ? RSVP[reply.answer] : null,
        sequence: reply.sequence,
        stamp: reply.stamp?.toISOString() ?? null,
        proposedStart: reply.proposed?.start.toISOString() ?? null,
        proposedEnd: reply.proposed?.end?.toISOString() ?? null,
        attendee: outcome === 'not-member' ? reply.attendee : null,
        outcome,
      },
      now,
    );
    return outcome;
  }

  private outcomeOf(reply: CalendarReply, meeting: Meeting | undefined, memberId: number | undefined, at: Date): ReplyOutcome {
    if (!meeting) return 'unknown-uid';
    if (memberId === undefined) return 'not-member';
    // A proposed new time is shown to the procesbegeleider, never applied.
    if (reply.method === 'COUNTER') return 'counter';
    // An answer to an older version (before a move) is kept as old, not counted for the current one.
    if (reply.sequence < meeting.sequence) return 'old-sequence';
    if (!reply.answer) return 'no-answer';
    return this.repository.rsvps.answer(meeting.id, memberId, RSVP[reply.answer], at, 'agenda') ? 'applied' : 'older';
  }
}
