import type { Person } from '../people/roles';
import type { Clock } from '../clock';
import type { Meeting, MeetingInput, Refused } from './model';
import { parsePlan, type PlanRow } from './plan';
import type { MeetingsRepository } from './repository';
import type { MeetingService } from './service';
import { yearPlanDateProblem } from './time';
import { numberingWarnings, type PlanWarning } from './warnings';

export type ImportPreview =
  | { ok: true; importId: number; inputs: MeetingInput[]; invalid: PlanRow[]; warnings: PlanWarning[] }
  | (Refused<'not-allowed' | 'unreadable' | 'empty' | 'nothing-valid' | 'identifying'> & { invalid?: PlanRow[] });

/** A year plan: read and checked first (nothing saved but the text), saved as drafts only on confirmation. */
export class PlanImporter {
  constructor(
    private readonly deps: {
      repository: MeetingsRepository;
      service: MeetingService;
      clock: Clock;
      groups: readonly { id: string; meetingsPerYear: number }[];
    },
  ) {}

  private check(text: string): { rows: PlanRow[]; inputs: MeetingInput[] } | { reason: 'unreadable' | 'empty' } {
    const parsed = parsePlan(text, this.deps.groups.map((g) => g.id));
    if (!parsed.ok) return { reason: parsed.reason };
    const now = this.deps.clock.now();
    const rows = parsed.rows.map((row): PlanRow => {
      const problem = row.input && yearPlanDateProblem(row.input.date, now);
      return problem ? { line: row.line, date: row.date, errors: [problem] } : row;
    });
    return { rows, inputs: rows.flatMap((row) => (row.input ? [row.input] : [])) };
  }

  preview(actor: Person, text: string): ImportPreview {
    if (!this.deps.service.mayManage(actor)) return { ok: false, reason: 'not-allowed' };
    const checked = this.check(text);
    if ('reason' in checked) return { ok: false, reason: checked.reason };
    // Screened before the text is saved: titles, places and agendas go to every member.
    if (this.deps.service.identifying({ agenda: text }) || checked.inputs.some((input) => this.deps.service.identifying(input))) {
      return { ok: false, reason: 'identifying' };
    }
    const invalid = checked.rows.filter((row) => row.errors.length);
    if (!checked.inputs.length) return { ok: false, reason: 'nothing-valid', invalid };
    const warnings = [
      ...numberingWarnings(checked.inputs, (id) => this.deps.groups.find((g) => g.id === id)?.meetingsPerYear),
      ...this.deps.service.warningsFor(checked.inputs),
    ];
    const importId = this.deps.repository.imports.insert(actor.id, text, this.deps.clock.now());
    return { ok: true, importId, inputs: checked.inputs, invalid, warnings };
  }

  /** Saves the valid rows as drafts, once: a second click on the same preview changes nothing. */
  apply(actor: Person, importId: number): { ok: true; meetings: Meeting[] } | Refused<'not-allowed' | 'not-found' | 'already-applied'> {
    if (!this.deps.service.mayManage(actor)) return { ok: false, reason: 'not-allowed' };
    const { repository, service, clock } = this.deps;
    return repository.transaction(() => {
      const saved = repository.imports.get(importId, actor.id);
      if (!saved) return { ok: false as const, reason: 'not-found' as const };
      if (saved.appliedAt) return { ok: false as const, reason: 'already-applied' as const };
      const checked = this.check(saved.text);
      if ('reason' in checked) return { ok: false as const, reason: 'not-found' as const };
      repository.imports.markApplied(importId, clock.now());
      const meetings = checked.inputs.flatMap((input) => {
        const planned = service.plan(actor, input);
        return planned.ok ? [planned.meeting] : [];
      });
      return { ok: true as const, meetings };
    });
  }
}
