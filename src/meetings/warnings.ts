import type { Meeting, MeetingInput } from './model';
import { amsterdamDay, wallClockInstant } from '../calendar/time';

/** A day off that a planned date falls on (school holiday regio Noord or public holiday). */
export interface DayOff {
  kind: 'school-holiday' | 'public-holiday';
  name: string;
}

/** Looks up days off for an Amsterdam date (yyyy-MM-dd); provided by src/calendar/holidays. */
export type DayOffLookup = (date: string) => DayOff[];

export type PlanWarning =
  | { kind: 'school-holiday' | 'public-holiday'; date: string; title: string; name: string }
  | { kind: 'overlap'; date: string; title: string; otherTitle: string }
  | { kind: 'weekend'; date: string; title: string }
  | { kind: 'in-past'; date: string; title: string }
  | { kind: 'duplicate-number'; groupId: string; number: number; titles: string[] }
  | { kind: 'missing-number'; groupId: string; number: number }
  | { kind: 'number-order'; groupId: string; title: string; number: number }
  | { kind: 'too-many'; groupId: string; count: number; expected: number }
  | { kind: 'several-school-years'; groupId: string };

interface Span {
  title: string;
  date: string;
  start: number;
  end: number;
}

function span(input: Pick<MeetingInput, 'title' | 'date' | 'startTime' | 'endTime'>): Span {
  return {
    title: input.title,
    date: input.date,
    start: wallClockInstant(input.date, input.startTime).toMillis(),
    end: wallClockInstant(input.date, input.endTime).toMillis(),
  };
}

/** School year of a date, named by the year it starts in (1 August). */
function schoolYear(date: string): number {
  const d = amsterdamDay(date);
  return d.month >= 8 ? d.year : d.year - 1;
}

/** Warnings for single dates: days off, weekend, past, and overlap with other JOS meetings (stored or in the same batch). */
export function dateWarnings(
  inputs: readonly MeetingInput[],
  existing: readonly Pick<Meeting, 'id' | 'title' | 'date' | 'startTime' | 'endTime'>[],
  daysOff: DayOffLookup,
  now: Date,
  ignoreMeetingId?: number,
): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  const others = existing.filter((m) => m.id !== ignoreMeetingId).map(span);
  inputs.forEach((input, index) => {
    const { title, date } = input;
    for (const off of daysOff(date)) warnings.push({ kind: off.kind, date, title, name: off.name });
    if (amsterdamDay(date).weekday > 5) warnings.push({ kind: 'weekend', date, title });
    const mine = span(input);
    if (mine.end <= now.getTime()) warnings.push({ kind: 'in-past', date, title });
    const batchEarlier = inputs.slice(0, index).map(span);
    const clash = [...others, ...batchEarlier].find((o) => o.start < mine.end && mine.start < o.end);
    if (clash) warnings.push({ kind: 'overlap', date, title, otherTitle: clash.title });
  });
  return warnings;
}

/** Numbering and count checks for an imported year plan, per group. */
export function numberingWarnings(inputs: readonly MeetingInput[], expectedPerYear: (groupId: string) => number | undefined): PlanWarning[] {
  const warnings: PlanWarning[] = [];
  const groupIds = [...new Set(inputs.map((i) => i.groupId))];
  for (const groupId of groupIds) {
    const rows = inputs.filter((i) => i.groupId === groupId).sort((a, b) => a.date.localeCompare(b.date));
    if (new Set(rows.map((r) => schoolYear(r.date))).size > 1) warnings.push({ kind: 'several-school-years', groupId });
    const numbered = rows.filter((r): r is MeetingInput & { number: number } => r.number !== null);
    const byNumber = new Map<number, string[]>();
    for (const row of numbered) byNumber.set(row.number, [...(byNumber.get(row.number) ?? []), `${row.title} (${row.date})`]);
    for (const [number, titles] of byNumber) if (titles.length > 1) warnings.push({ kind: 'duplicate-number', groupId, number, titles });
    const highest = Math.max(0, ...byNumber.keys());
    for (let n = 1; n <= highest; n++) if (!byNumber.has(n)) warnings.push({ kind: 'missing-number', groupId, number: n });
    numbered.forEach((row, i) => {
      if (i > 0 && row.number < numbered[i - 1]!.number) warnings.push({ kind: 'number-order', groupId, title: row.title, number: row.number });
    });
    const expected = expectedPerYear(groupId);
    const firm = rows.filter((r) => !r.reserve).length;
    if (expected !== undefined && firm > expected) warnings.push({ kind: 'too-many', groupId, count: firm, expected });
  }
  return warnings;
}
