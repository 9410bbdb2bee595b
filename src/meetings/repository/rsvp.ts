import type { Db } from '../../store/db';
import type { Attendance, Member, RsvpAnswer } from '../model';

/**
 * Who comes: answers given with the Ja / Nee / Misschien buttons of the Teams card (and, later, replies to the
 * invitation e-mail); the last answer counts.
 */
export class RsvpTable {
  constructor(private readonly db: Db) {}

  answer(meetingId: number, memberId: number, answer: RsvpAnswer, now: Date): void {
    this.db
      .prepare(
        `INSERT INTO meeting_rsvp (meeting_id, member_id, answer, answered_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(meeting_id, member_id) DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at`,
      )
      .run(meetingId, memberId, answer, now.toISOString());
  }

  answerOf(meetingId: number, memberId: number): RsvpAnswer | undefined {
    const row = this.db.prepare('SELECT answer FROM meeting_rsvp WHERE meeting_id = ? AND member_id = ?').get(meetingId, memberId) as { answer: RsvpAnswer } | undefined;
    return row?.answer;
  }

  answeredMemberIds(meetingId: number): number[] {
    return (this.db.prepare('SELECT member_id FROM meeting_rsvp WHERE meeting_id = ?').all(meetingId) as { member_id: number }[]).map((r) => r.member_id);
  }

  attendance(meetingId: number, members: Member[]): Attendance {
    const answers = new Map(
      (this.db.prepare('SELECT member_id, answer FROM meeting_rsvp WHERE meeting_id = ?').all(meetingId) as { member_id: number; answer: RsvpAnswer }[]).map(
        (r) => [r.member_id, r.answer],
      ),
    );
    const pick = (answer: RsvpAnswer | undefined) => members.filter((m) => answers.get(m.id) === answer);
    return { yes: pick('yes'), no: pick('no'), maybe: pick('maybe'), unanswered: pick(undefined) };
  }
}
