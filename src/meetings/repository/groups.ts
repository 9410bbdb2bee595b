import type { Db } from '../../store/db';
import type { MeetingGroup } from '../model';

interface GroupRow {
  id: string;
  name: string;
  feed_token: string;
}

const toGroup = (row: GroupRow): MeetingGroup => ({ id: row.id, name: row.name, feedToken: row.feed_token });

export class GroupTable {
  constructor(private readonly db: Db) {}

  /** Creates the group once; returns false when it already existed (its feed token stays). */
  create(group: MeetingGroup): boolean {
    return this.db.prepare('INSERT INTO meeting_group (id, name, feed_token) VALUES (?, ?, ?) ON CONFLICT(id) DO NOTHING').run(group.id, group.name, group.feedToken).changes > 0;
  }

  /** A new secret for the group's calendar subscription; the old one stops working at once. */
  setFeedToken(id: string, token: string): void {
    this.db.prepare('UPDATE meeting_group SET feed_token = ? WHERE id = ?').run(token, id);
  }

  list(): MeetingGroup[] {
    // Insertion order is the order of meeting-groups.yaml (netwerkgroep first).
    return (this.db.prepare('SELECT * FROM meeting_group ORDER BY rowid').all() as GroupRow[]).map(toGroup);
  }

  get(id: string): MeetingGroup | undefined {
    return this.findBy('id', id);
  }

  byFeedToken(token: string): MeetingGroup | undefined {
    return this.findBy('feed_token', token);
  }

  private findBy(column: 'id' | 'feed_token', value: string): MeetingGroup | undefined {
    const row = this.db.prepare(`SELECT * FROM meeting_group WHERE ${column} = ?`).get(value) as GroupRow | undefined;
    return row && toGroup(row);
  }
}
