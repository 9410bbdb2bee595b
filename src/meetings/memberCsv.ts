import { CsvError, parse as parseCsv } from 'csv-parse/sync';
import { isValidEmail, type NewMember } from './model';

export interface MemberCsvRow {
  line: number;
  /** The address as written, to name it in an error. */
  email?: string;
  member?: NewMember;
  error?: 'invalid-email' | 'missing-name' | 'missing-columns';
}

/** Every line's verdict, or the line where the text stops being CSV (an unclosed quote, for one). */
export type MemberCsv = { ok: true; rows: MemberCsvRow[] } | { ok: false; line: number };

/**
 * Reads a member list: columns naam, organisatie, e-mail (or e-mailadres), rol (header row required; ";" or "," separated).
 * Every line gets a verdict, so a bad address is reported instead of silently dropped.
 */
export function parseMemberCsv(text: string): MemberCsv {
  try {
    return { ok: true, rows: readRows(text) };
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // The parser notices an unclosed quote only at the end of the text; the line that opened it is the one to fix.
    const unbalanced = text.trim().split(/\r?\n/).findIndex((line) => (line.match(/"/g)?.length ?? 0) % 2 === 1);
    if (error.code === 'CSV_QUOTE_NOT_CLOSED' && unbalanced >= 0) return { ok: false, line: unbalanced + 1 };
    return { ok: false, line: typeof error.lines === 'number' ? error.lines : 1 };
  }
}

function readRows(text: string): MemberCsvRow[] {
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
