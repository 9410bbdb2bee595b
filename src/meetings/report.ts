import type { Db } from '../store/db';

/** One sent meeting as the monitoring sees it: counts only, no names or addresses. */
export interface MeetingAttendanceCount {
  date: string;
  groupId: string;
  number: number | null;
  invited: number;
  yes: number;
  no: number;
  maybe: number;
  /** Answers by where they came from. */
  viaAgenda: number;
  viaTeams: number;
  entered: number;
  /** Who came, as the procesbegeleider marked it; null while she has not. */
  present: number | null;
}

/** Per sent (not cancelled) meeting between two dates (inclusive, yyyy-MM-dd): invitations, answers and who came. */
export function meetingAttendanceCounts(db: Db, range: { from: string; to: string }): MeetingAttendanceCount[] {
  const rows = db
    .prepare(
      `SELECT m.date, m.group_id, m.number,
         (SELECT COUNT(DISTINCT d.member_id) FROM meeting_delivery d WHERE d.meeting_id = m.id AND d.kind = 'invite') AS invited,
         (SELECT COUNT(*) FROM meeting_rsvp r WHERE r.meeting_id = m.id AND r.answer = 'yes') AS yes,
         (SELECT COUNT(*) FROM meeting_rsvp r WHERE r.meeting_id = m.id AND r.answer = 'no') AS no,
         (SELECT COUNT(*) FROM meeting_rsvp r WHERE r.meeting_id = m.id AND r.answer = 'maybe') AS maybe,
         (SELECT COUNT(*) FROM meeting_rsvp r WHERE r.meeting_id = m.id AND r.source = 'agenda') AS via_agenda,
         (SELECT COUNT(*) FROM meeting_rsvp r WHERE r.meeting_id = m.id AND r.source = 'teams') AS via_teams,
         (SELECT COUNT(*) FROM meeting_rsvp r WHERE r.meeting_id = m.id AND r.source = 'ingevoerd') AS entered,
         (SELECT CASE WHEN COUNT(*) = 0 THEN NULL ELSE SUM(p.present) END FROM meeting_presence p WHERE p.meeting_id = m.id) AS present
       FROM meeting m WHERE m.status = 'scheduled' AND m.date BETWEEN ? AND ? ORDER BY m.date, m.group_id`,
    )
    .all(range.from, range.to) as {
    date: string;
    group_id: string;
    number: number | null;
    invited: number;
    yes: number;
    no: number;
    maybe: number;
    via_agenda: number;
    via_teams: number;
    entered: number;
    present: number | null;
  }[];
  return rows.map((row) => ({
    date: row.date,
    groupId: row.group_id,
    number: row.number,
    invited: row.invited,
    yes: row.yes,
    no: row.no,
    maybe: row.maybe,
    viaAgenda: row.via_agenda,
    viaTeams: row.via_teams,
    entered: row.entered,
    present: row.present,
  }));
}

export function meetingAttendanceCsv(counts: MeetingAttendanceCount[]): string {
  const lines = ['datum,groep,nummer,uitgenodigd,ja,nee,misschien,via_agenda,via_teams,ingevoerd,aanwezig'];
  for (const c of counts) {
    lines.push([c.date, c.groupId, c.number ?? '', c.invited, c.yes, c.no, c.maybe, c.viaAgenda, c.viaTeams, c.entered, c.present ?? ''].join(','));
  }
  return `${lines.join('\n')}\n`;
}
