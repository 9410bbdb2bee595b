import type { Db } from '../store/db';
import type { Member, RsvpAnswer } from './model';

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
  /** Per member id: the answer with its source and time. */
  answers: Map<number, MemberAnswer>;
}

interface AnswerRow {
  member_id: number;
  answer: RsvpAnswer;
  source: AnswerSource;
  answered_at: string;
}

const toAnswer = (row: AnswerRow): MemberAnswer => ({ answer: row.answer, source: row.source, at: row.answered_at });

/**
 * One answer per member per meeting, whichever way it was given; the later one wins, so a Teams click and an
 * Outlook Accept for the same meeting end in one answer.
 */
export class AnswerRepository {
  constructor(private readonly db: Db) {}

  /**
   * Saves an answer given at `at`; an answer given later stays (at the same moment, the last one saved wins).
   * Returns whether this answer is now the member's answer.
   */
  answer(meetingId: number, memberId: number, answer: RsvpAnswer, at: Date, source: AnswerSource = 'teams'): boolean {
    return (
      this.db
        .prepare(
          `INSERT INTO meeting_rsvp (meeting_id, member_id, answer, answered_at, source) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT(meeting_id, member_id) DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at, source = excluded.source
           WHERE excluded.answered_at >= meeting_rsvp.answered_at`,
        )
        .run(meetingId, memberId, answer, at.toISOString(), source).changes > 0
    );
  }

  of(meetingId: number, memberId: number): MemberAnswer | undefined {
    const row = this.db
      .prepare('SELECT member_id, answer, source, answered_at FROM meeting_rsvp WHERE meeting_id = ? AND member_id = ?')
      .get(meetingId, memberId) as AnswerRow | undefined;
    return row && toAnswer(row);
  }

  answerOf(meetingId: number, memberId: number): RsvpAnswer | undefined {
    return this.of(meetingId, memberId)?.answer;
  }

  answeredMemberIds(meetingId: number): number[] {
    return [...this.byMember(meetingId).keys()];
  }

  attendance(meetingId: number, members: Member[]): Attendance {
    const answers = this.byMember(meetingId);
    const pick = (answer: RsvpAnswer | undefined) => members.filter((m) => answers.get(m.id)?.answer === answer);
    return { yes: pick('yes'), no: pick('no'), maybe: pick('maybe'), unanswered: pick(undefined), answers };
  }

  private byMember(meetingId: number): Map<number, MemberAnswer> {
    const rows = this.db.prepare('SELECT member_id, answer, source, answered_at FROM meeting_rsvp WHERE meeting_id = ?').all(meetingId) as AnswerRow[];
    return new Map(rows.map((row) => [row.member_id, toAnswer(row)]));
  }
}
