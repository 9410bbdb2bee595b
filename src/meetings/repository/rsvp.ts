import type { Db } from '../../store/db';
import type { AnswerSource, Attendance, Member, MemberAnswer, RsvpAnswer } from '../model';

interface AnswerRow {
  member_id: number;
  answer: RsvpAnswer;
  source: AnswerSource;
  answered_at: string;
}

const toAnswer = (row: AnswerRow): MemberAnswer => ({ answer: row.answer, source: row.source, at: row.answered_at });

/**
 * Who comes: one answer per member per meeting, whichever way it was given (Teams card, a calendar reply, entered
 * by the procesbegeleider); the later one wins, so a Teams click and an Outlook Accept end in one answer.
 */
export class RsvpTable {
  constructor(private readonly db: Db) {}

  /**
   * Saves an answer given at `at`; an answer given later stays (at the same moment, the last one saved wins).
   * Returns whether this answer is now the member's answer.
   */
  answer(meetingId: number, memberId: number, answer: RsvpAnswer, at: Date, source: AnswerSource): boolean {
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

  answerOf(meetingId: number, memberId: number): RsvpAnswer | undefined {
    const row = this.db.prepare('SELECT answer FROM meeting_rsvp WHERE meeting_id = ? AND member_id = ?').get(meetingId, memberId) as { answer: RsvpAnswer } | undefined;
    return row?.answer;
  }

  attendance(meetingId: number, members: Member[]): Attendance {
    const rows = this.db.prepare('SELECT member_id, answer, source, answered_at FROM meeting_rsvp WHERE meeting_id = ?').all(meetingId) as AnswerRow[];
    const answers = new Map(rows.map((row) => [row.member_id, toAnswer(row)]));
    const pick = (answer: RsvpAnswer | undefined) => members.filter((m) => answers.get(m.id)?.answer === answer);
    return { yes: pick('yes'), no: pick('no'), maybe: pick('maybe'), unanswered: pick(undefined), answers };
  }
}
