import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { DateTime, Info } from 'luxon';
import { z } from 'zod/v4';
import { AMSTERDAM_ZONE } from '../calendar/time';
import type { MeetingInput } from './model';
import { isValidDate, isValidTime } from './time';

export type PlanRowError =
  | 'unknown-group'
  | 'invalid-date'
  | 'date-in-past'
  | 'date-too-far'
  | 'invalid-time'
  | 'end-before-start'
  | 'missing-title'
  | 'invalid-number'
  | 'invalid-link';

export interface PlanRow {
  /** 1-based line (CSV) or item (YAML) number, for messages. */
  line: number;
  /** The row's date when it could be read (named in messages about it). */
  date?: string;
  input?: MeetingInput;
  errors: PlanRowError[];
}

export type PlanParseResult = { ok: true; rows: PlanRow[] } | { ok: false; reason: 'unreadable' | 'empty' };

/** Luxon reads Dutch month names with the ICU data in Node: "mrt" and "maart", "mei", "okt" and "oktober". */
const DUTCH = { locale: 'nl', zone: AMSTERDAM_ZONE };

/** The month a Dutch word names: Luxon's short or full name ("mrt", "maart"), or the start of a full name ("sept"). */
function dutchMonth(word: string): number | undefined {
  for (const format of ['LLL', 'LLLL']) {
    const parsed = DateTime.fromFormat(word, format, DUTCH);
    if (parsed.isValid) return parsed.month;
  }
  const index = Info.months('long', { locale: 'nl' }).findIndex((name) => name.startsWith(word));
  return index < 0 ? undefined : index + 1;
}

/** "17 januari", "17 jan", "17-1" or a full date → day, month and the year when given. */
export function parseDayMonth(raw: string): { day: number; month: number; year?: number } | undefined {
  const full = normaliseDate(raw);
  if (full) return { year: +full.slice(0, 4), month: +full.slice(5, 7), day: +full.slice(8, 10) };
  const text = raw.trim().toLowerCase();
  let m: RegExpMatchArray | null;
  if ((m = text.match(/^(\d{1,2})[-/.](\d{1,2})$/))) return validDayMonth(+m[1]!, +m[2]!);
  if ((m = text.match(/^(\d{1,2})\s+([a-z]{3,})$/))) {
    const month = dutchMonth(m[2]!);
    return month === undefined ? undefined : validDayMonth(+m[1]!, month);
  }
  return undefined;
}

function validDayMonth(day: number, month: number): { day: number; month: number } | undefined {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { day, month } : undefined;
}

/** Accepts 2023-01-17, 17-01-2023, 17/1/2023 and "17 januari 2023". */
export function normaliseDate(raw: string): string | undefined {
  const text = raw.trim().toLowerCase();
  let day: number, month: number, year: number;
  let m: RegExpMatchArray | null;
  if ((m = text.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/))) [year, month, day] = [+m[1]!, +m[2]!, +m[3]!];
  else if ((m = text.match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/))) [day, month, year] = [+m[1]!, +m[2]!, +m[3]!];
  else if (/^\d{1,2}\s+[a-z]+\s+\d{4}$/.test(text)) {
    // A written date takes the full month name ("17 januari 2023"); Luxon rejects a day the month does not have.
    const parsed = DateTime.fromFormat(text, 'd LLLL yyyy', DUTCH);
    return parsed.isValid ? parsed.toISODate()! : undefined;
  } else return undefined;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isValidDate(iso) ? iso : undefined;
}

function normaliseTime(raw: string): string | undefined {
  const m = raw.trim().match(/^(\d{1,2})[:.](\d{2})$/);
  if (!m) return undefined;
  const time = `${m[1]!.padStart(2, '0')}:${m[2]}`;
  return isValidTime(time) ? time : undefined;
}

const YES = new Set(['ja', 'j', 'yes', 'true', 'x', '1', 'reserve', 'reservedatum']);

const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]).optional();
const yamlRowSchema = z.record(z.string(), cell);
const yamlPlanSchema = z.union([z.array(yamlRowSchema), z.object({ bijeenkomsten: z.array(yamlRowSchema) })]);

/** Column names as people write them → one key. */
function canonicalKey(key: string): string {
  const k = key.trim().toLowerCase().replace(/[^a-z]/g, '');
  const aliases: Record<string, string> = {
    group: 'groep', number: 'nummer', nr: 'nummer', title: 'titel', date: 'datum', start: 'begin', starttijd: 'begin',
    end: 'eind', eindtijd: 'eind', einde: 'eind', place: 'plaats', locatie: 'plaats', location: 'plaats',
    link: 'online', onlinelink: 'online', reservedatum: 'reserve',
  };
  return aliases[k] ?? k;
}

function rowFromRecord(record: Record<string, unknown>, line: number, groupIds: readonly string[]): PlanRow {
  const get = (key: string): string => {
    const entry = Object.entries(record).find(([k]) => canonicalKey(k) === key);
    const value = entry?.[1];
    return value === undefined || value === null ? '' : String(value).trim();
  };
  const errors: PlanRowError[] = [];
  const groupId = get('groep').toLowerCase();
  if (!groupIds.includes(groupId)) errors.push('unknown-group');
  const date = normaliseDate(get('datum'));
  if (!date) errors.push('invalid-date');
  const startTime = normaliseTime(get('begin'));
  const endTime = normaliseTime(get('eind'));
  if (!startTime || !endTime) errors.push('invalid-time');
  else if (endTime <= startTime) errors.push('end-before-start');
  const title = get('titel');
  if (!title) errors.push('missing-title');
  const numberText = get('nummer');
  const number = numberText === '' ? null : Number(numberText);
  if (number !== null && !(Number.isInteger(number) && number > 0)) errors.push('invalid-number');
  const online = get('online');
  if (online && !/^https:\/\/\S+$/.test(online)) errors.push('invalid-link');
  if (errors.length) return { line, ...(date ? { date } : {}), errors };
  return {
    line,
    date,
    errors,
    input: {
      groupId, number, title, date: date!, startTime: startTime!, endTime: endTime!,
      location: get('plaats') || null, onlineUrl: online || null, agenda: get('agenda') || null,
      reserve: YES.has(get('reserve').toLowerCase()),
    },
  };
}

/**
 * Reads a year plan as CSV (header row; ";" or "," separated) or YAML (a list of meetings, or `bijeenkomsten:`).
 * Each row gets its own verdict so one typo does not hide the rest.
 */
export function parsePlan(text: string, groupIds: readonly string[]): PlanParseResult {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, reason: 'empty' };
  const firstLine = trimmed.split('\n')[0]!;
  const looksCsv = /[;,]/.test(firstLine) && !/^\s*(-|bijeenkomsten\s*:)/.test(firstLine);
  try {
    if (looksCsv) {
      const records = parseCsv(trimmed, {
        columns: true,
        delimiter: firstLine.includes(';') ? ';' : ',',
        skip_empty_lines: true,
        trim: true,
        relax_column_count: true,
        info: true,
      }) as { record: Record<string, string>; info: { lines: number } }[];
      if (!records.length) return { ok: false, reason: 'empty' };
      return { ok: true, rows: records.map(({ record, info }) => rowFromRecord(record, info.lines, groupIds)) };
    }
    const parsed = yamlPlanSchema.safeParse(parseYaml(trimmed));
    if (!parsed.success) return { ok: false, reason: 'unreadable' };
    const items = Array.isArray(parsed.data) ? parsed.data : parsed.data.bijeenkomsten;
    if (!items.length) return { ok: false, reason: 'empty' };
    return { ok: true, rows: items.map((item, i) => rowFromRecord(item, i + 1, groupIds)) };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
