import type { Db } from '../../store/db';

/** Year plans as pasted: saved at preview, marked applied once their drafts are made. */
export class ImportTable {
  constructor(private readonly db: Db) {}

  insert(createdBy: string, text: string, now: Date): number {
    const info = this.db.prepare('INSERT INTO meeting_import (created_by, text, created_at) VALUES (?, ?, ?)').run(createdBy, text, now.toISOString());
    return Number(info.lastInsertRowid);
  }

  /** Only the person who previewed the plan can apply it. */
  get(importId: number, createdBy: string): { text: string; appliedAt: string | null } | undefined {
    const row = this.db.prepare('SELECT text, applied_at FROM meeting_import WHERE id = ? AND created_by = ?').get(importId, createdBy) as
      | { text: string; applied_at: string | null }
      | undefined;
    return row && { text: row.text, appliedAt: row.applied_at };
  }

  /** Deletes year plans pasted at or before `cutoff` (the meetings made from them stay). */
  forgetBefore(cutoff: Date): number {
    return this.db.prepare('DELETE FROM meeting_import WHERE created_at <= ?').run(cutoff.toISOString()).changes;
  }

  markApplied(importId: number, now: Date): void {
    this.db.prepare('UPDATE meeting_import SET applied_at = ? WHERE id = ?').run(now.toISOString(), importId);
  }
}
