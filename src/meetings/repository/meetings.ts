import { randomUUID } from 'node:crypto';
import type { Db } from '../../store/db';
import type { Meeting, MeetingChange, MeetingInput, MeetingStatus } from '../model';
import { wallClockInstant } from '../../calendar/time';

interface MeetingRow {
  id: number;
  group_id: string;
  number: number | null;
  title: string;
  date: string;
  start_time: string;
  end_time: string;
  starts_at: string;
  ends_at: string;
  location: string | null;
  online_url: string | null;
  agenda: string | null;
  reserve: number;
  status: MeetingStatus;
  ical_uid: string;
  sequence: number;
  created_by: string;
}

function toMeeting(row: MeetingRow): Meeting {
  return {
    id: row.id,
    groupId: row.group_id,
    number: row.number,
    title: row.title,
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    location: row.location,
    onlineUrl: row.online_url,
    agenda: row.agenda,
    reserve: row.reserve === 1,
    status: row.status,
    icalUid: row.ical_uid,
    sequence: row.sequence,
    createdBy: row.created_by,
  };
}

function instants(input: Pick<MeetingInput, 'date' | 'startTime' | 'endTime'>): { startsAt: string; endsAt: string } {
  return {
    startsAt: wallClockInstant(input.date, input.startTime).toUTC().toISO()!,
    endsAt: wallClockInstant(input.date, input.endTime).toUTC().toISO()!,
  };
}

export class MeetingTable {
  constructor(private readonly db: Db) {}

  createDraft(input: MeetingInput, createdBy: string, now: Date, draftKey: string | null = null): Meeting {
    const { startsAt, endsAt } = instants(input);
    const at = now.toISOString();
    const info = this.db
      .prepare(
        `INSERT INTO meeting (group_id, number, title, date, start_time, end_time, starts_at, ends_at, location, online_url,
           agenda, reserve, status, ical_uid, sequence, created_by, created_at, updated_at, draft_key)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'draft', ?, 0, ?, ?, ?, ?)`,
      )
      .run(
        input.groupId, input.number, input.title, input.date, input.startTime, input.endTime, startsAt, endsAt,
        input.location, input.onlineUrl, input.agenda, input.reserve ? 1 : 0,
        `jos-${input.groupId}-${randomUUID()}@jos-assistent`, createdBy, at, at, draftKey,
      );
    return this.get(Number(info.lastInsertRowid))!;
  }

  byDraftKey(draftKey: string): Meeting | undefined {
    return this.findBy('draft_key', draftKey);
  }

  get(id: number): Meeting | undefined {
    return this.findBy('id', id);
  }

  /** The meeting a calendar reply is about (its UID). */
  byIcalUid(uid: string): Meeting | undefined {
    return this.findBy('ical_uid', uid);
  }

  private findBy(column: 'id' | 'draft_key' | 'ical_uid', value: number | string): Meeting | undefined {
    const row = this.db.prepare(`SELECT * FROM meeting WHERE ${column} = ?`).get(value) as MeetingRow | undefined;
    return row && toMeeting(row);
  }

  /** Meetings that are not cancelled, in date order (drafts included: they still block the calendar). */
  active(): Meeting[] {
    return (this.db.prepare(`SELECT * FROM meeting WHERE status != 'cancelled' ORDER BY starts_at, id`).all() as MeetingRow[]).map(toMeeting);
  }

  forGroup(groupId: string, statuses: MeetingStatus[]): Meeting[] {
    const rows = this.db
      .prepare(`SELECT * FROM meeting WHERE group_id = ? AND status IN (${statuses.map(() => '?').join(',')}) ORDER BY starts_at, id`)
      .all(groupId, ...statuses) as MeetingRow[];
    return rows.map(toMeeting);
  }

  setStatus(id: number, status: MeetingStatus, now: Date): void {
    this.db.prepare('UPDATE meeting SET status = ?, updated_at = ? WHERE id = ?').run(status, now.toISOString(), id);
  }

  /** Applies a change and, for a meeting already sent, raises SEQUENCE so calendars accept it as newer. */
  revise(id: number, change: MeetingChange & { reserve?: boolean; status?: MeetingStatus }, bumpSequence: boolean, now: Date): Meeting {
    const current = this.get(id)!;
    const next = {
      title: change.title ?? current.title,
      date: change.date ?? current.date,
      startTime: change.startTime ?? current.startTime,
      endTime: change.endTime ?? current.endTime,
      location: change.location !== undefined ? change.location : current.location,
      onlineUrl: change.onlineUrl !== undefined ? change.onlineUrl : current.onlineUrl,
      agenda: change.agenda !== undefined ? change.agenda : current.agenda,
      reserve: change.reserve ?? current.reserve,
      status: change.status ?? current.status,
    };
    const { startsAt, endsAt } = instants(next);
    this.db
      .prepare(
        `UPDATE meeting SET title = ?, date = ?, start_time = ?, end_time = ?, starts_at = ?, ends_at = ?, location = ?,
           online_url = ?, agenda = ?, reserve = ?, status = ?, sequence = sequence + ?, updated_at = ? WHERE id = ?`,
      )
      .run(
        next.title, next.date, next.startTime, next.endTime, startsAt, endsAt, next.location, next.onlineUrl, next.agenda,
        next.reserve ? 1 : 0, next.status, bumpSequence ? 1 : 0, now.toISOString(), id,
      );
    return this.get(id)!;
  }
}
