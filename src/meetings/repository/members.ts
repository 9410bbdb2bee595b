import type { Db } from '../../store/db';
import type { Member, NewMember } from '../model';

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
export class MemberTable {
  constructor(private readonly db: Db) {}

  /** Stores a member the service has checked (address trimmed and lower-cased). */
  insert(groupId: string, input: NewMember, now: Date): Member {
    const info = this.db
      .prepare(
        `INSERT INTO meeting_member (group_id, name, organisation, email, role, teams_person_id, added_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(groupId, input.name, input.organisation, input.email, input.role, input.teamsPersonId ?? null, now.toISOString());
    return this.get(Number(info.lastInsertRowid))!;
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
