import type { Db } from '../store/db';
import type { Meeting, MeetingInput } from './model';
import { parsePlan, type PlanRow } from './plan';
import type { MeetingService } from './service';
import { numberingWarnings, type PlanWarning } from './warnings';

export type ImportPreview =
  | { ok: true; importId: number; inputs: MeetingInput[]; invalid: PlanRow[]; warnings: PlanWarning[] }
  | { ok: false; reason: 'unreadable' | 'empty' | 'nothing-valid'; invalid?: PlanRow[] };

/** A year plan: read and checked first (nothing saved but the text), saved as drafts only on confirmation. */
export class PlanImporter {
  constructor(
    private readonly db: Db,
    private readonly service: MeetingService,
    private readonly groups: { id: string; meetingsPerYear: number }[],
  ) {}

  private check(text: string): { rows: PlanRow[]; inputs: MeetingInput[] } | { reason: 'unreadable' | 'empty' } {
    const parsed = parsePlan(text, this.groups.map((g) => g.id));
    if (!parsed.ok) return { reason: parsed.reason };
    return { rows: parsed.rows, inputs: parsed.rows.flatMap((row) => (row.input ? [row.input] : [])) };
  }

  preview(text: string, by: string, now: Date): ImportPreview {
    const checked = this.check(text);
    if ('reason' in checked) return { ok: false, reason: checked.reason };
    const invalid = checked.rows.filter((row) => row.errors.length);
    if (!checked.inputs.length) return { ok: false, reason: 'nothing-valid', invalid };
    const warnings = [
      ...numberingWarnings(checked.inputs, (id) => this.groups.find((g) => g.id === id)?.meetingsPerYear),
      ...this.service.warningsFor(checked.inputs),
    ];
    const info = this.db.prepare('INSERT INTO meeting_import (created_by, text, created_at) VALUES (?, ?, ?)').run(by, text, now.toISOString());
    return { ok: true, importId: Number(info.lastInsertRowid), inputs: checked.inputs, invalid, warnings };
  }

  /** Saves the valid rows as drafts, once: a second click on the same preview changes nothing. */
  apply(importId: number, by: string, now: Date): { ok: true; meetings: Meeting[] } | { ok: false; reason: 'not-found' | 'already-applied' } {
    return this.db.transaction(() => {
      const row = this.db.prepare('SELECT text, applied_at FROM meeting_import WHERE id = ? AND created_by = ?').get(importId, by) as
        | { text: string; applied_at: string | null }
        | undefined;
      if (!row) return { ok: false as const, reason: 'not-found' as const };
      if (row.applied_at) return { ok: false as const, reason: 'already-applied' as const };
      const checked = this.check(row.text);
      if ('reason' in checked) return { ok: false as const, reason: 'not-found' as const };
      this.db.prepare('UPDATE meeting_import SET applied_at = ? WHERE id = ?').run(now.toISOString(), importId);
      return { ok: true as const, meetings: checked.inputs.map((input) => this.service.plan(input, by).meeting) };
    })();
  }
}
