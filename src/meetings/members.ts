import { z } from 'zod/v4';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Db } from '../store/db';
import type { Member } from './model';

const emailSchema = z.email();

export function isValidEmail(email: string): boolean {
  return emailSchema.safeParse(email.trim()).success;
}

export interface NewMember {
  name: string;
  organisation: string;
  email: string;
  role: string;
  teamsPersonId?: string | null;
}

export type AddMemberResult =
  | { ok: true; member: Member }
  | { ok: false; reason: 'invalid-email' | 'missing-name' | 'already-member' | 'unknown-group' };

interface MemberRow {
  id: number;
  group_id: string;
  name: string;
  organisation: string;
  email: string;
  role: string;
  teams_person_id: string | null;
}

function toMember(row: MemberRow): Member {
  return {
    id: row.id,
    groupId: row.group_id,
    name: row.name,
    organisation: row.organisation,
    email: row.email,
    role: row.role,
    teamsPersonId: row.teams_person_id,
  };
}

/** Members of the netwerkgroep and leeromgeving; removal keeps the row so sent invitations stay traceable. */
export class MemberRepository {
  constructor(private readonly db: Db) {}

  add(groupId: string, input: NewMember, now: Date): AddMemberResult {
    const email = input.email.trim().toLowerCase();
    if (!isValidEmail(email)) return { ok: false, reason: 'invalid-email' };
    if (!input.name.trim()) return { ok: false, reason: 'missing-name' };
    if (!this.db.prepare('SELECT 1 FROM meeting_group WHERE id = ?').get(groupId)) return { ok: false, reason: 'unknown-group' };
    if (this.findActiveByEmail(groupId, email)) return { ok: false, reason: 'already-member' };
    const info = this.db
      .prepare(
        `INSERT INTO meeting_member (group_id, name, organisation, email, role, teams_person_id, added_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(groupId, input.name.trim(), input.organisation.trim(), email, input.role.trim(), input.teamsPersonId ?? null, now.toISOString());
    return { ok: true, member: this.get(Number(info.lastInsertRowid))! };
  }

  /** Marks the member removed; returns the member as it was, or undefined when not an active member. */
  remove(memberId: number, now: Date): Member | undefined {
    const member = this.get(memberId);
    if (!member) return undefined;
    const changed = this.db
      .prepare('UPDATE meeting_member SET removed_at = ? WHERE id = ? AND removed_at IS NULL')
      .run(now.toISOString(), memberId).changes;
    return changed ? member : undefined;
  }

  get(memberId: number): Member | undefined {
    const row = this.db.prepare('SELECT * FROM meeting_member WHERE id = ?').get(memberId) as MemberRow | undefined;
    return row && toMember(row);
  }

  active(groupId: string): Member[] {
    return this.activeWhere('group_id = ?', groupId);
  }

  findActiveByEmail(groupId: string, email: string): Member | undefined {
    const row = this.db
      .prepare('SELECT * FROM meeting_member WHERE group_id = ? AND email = ? AND removed_at IS NULL')
      .get(groupId, email.trim().toLowerCase()) as MemberRow | undefined;
    return row && toMember(row);
  }

  /** Active memberships of a bot user (a person can sit in both groups). */
  forTeamsPerson(personId: string): Member[] {
    return this.activeWhere('teams_person_id = ?', personId);
  }

  private activeWhere(condition: string, value: string): Member[] {
    const rows = this.db
      .prepare(`SELECT * FROM meeting_member WHERE ${condition} AND removed_at IS NULL ORDER BY name, id`)
      .all(value) as MemberRow[];
    return rows.map(toMember);
  }

  /** Members who also use the bot (a person with the same e-mail address) get their Teams id, so they get the card too. */
  linkKnownPeople(): number {
    return this.db
      .prepare(
        `UPDATE meeting_member SET teams_person_id = (SELECT p.id FROM people p WHERE lower(p.email) = meeting_member.email LIMIT 1)
         WHERE teams_person_id IS NULL AND removed_at IS NULL AND EXISTS (SELECT 1 FROM people p WHERE lower(p.email) = meeting_member.email)`,
      )
      .run().changes;
  }
}

export interface MemberCsvRow {
  line: number;
  /** The address as written, to name it in an error. */
  email?: string;
  member?: NewMember;
  error?: 'invalid-email' | 'missing-name' | 'missing-columns';
}

/**
 * Reads a member list: columns naam, organisatie, e-mail (or e-mailadres), rol (header row required; ";" or "," separated).
 * Every line gets a verdict, so a bad address is reported instead of silently dropped.
 */
export function parseMemberCsv(text: string): MemberCsvRow[] {
  const delimiter = text.split('\n')[0]!.includes(';') ? ';' : ',';
  const records = parseCsv(text.trim(), {
    columns: (header: string[]) => header.map((h) => h.trim().toLowerCase().replace(/[^a-z]/g, '')),
    delimiter,
    skip_empty_lines: true,
    trim: true,
    relax_column_count: true,
    info: true,
  }) as { record: Record<string, string | undefined>; info: { lines: number } }[];
  return records.map(({ record, info }) => {
    const line = info.lines;
    const name = record['naam'] ?? record['name'];
    const email = record['email'] ?? record['emailadres'];
    if (name === undefined || email === undefined) return { line, error: 'missing-columns' };
    if (!name) return { line, error: 'missing-name' };
    if (!isValidEmail(email)) return { line, email, error: 'invalid-email' };
    return {
      line,
      member: { name, email, organisation: record['organisatie'] ?? record['organisation'] ?? '', role: record['rol'] ?? record['role'] ?? 'lid' },
    };
  });
}
