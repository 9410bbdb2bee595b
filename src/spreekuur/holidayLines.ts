import type { SchoolHolidayInput } from '../calendar/holidays';

/**
 * Reads the holiday form: one period per line, "naam jjjj-mm-dd jjjj-mm-dd" (the name may hold spaces); a period
 * must touch the school year (the zomervakantie runs past 31 July).
 * Returns the first wrong line (1-based) so the form can point at it.
 */
export function parseHolidayLines(
  text: string,
  schoolYear: string,
): { ok: true; periods: SchoolHolidayInput[] } | { ok: false; line: number } {
  const first = Number(schoolYear.slice(0, 4));
  const [start, end] = [`${first}-08-01`, `${first + 1}-07-31`];
  const periods: SchoolHolidayInput[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    const match = /^(.+?)\s+(\d{4}-\d{2}-\d{2})\s+(?:t\/m\s+|-\s+)?(\d{4}-\d{2}-\d{2})$/i.exec(line);
    const [name, from, to] = match ? [match[1]!, match[2]!, match[3]!] : [];
    const valid = name && from && to && isDate(from) && isDate(to) && from <= to && from <= end && to >= start;
    if (!valid) return { ok: false, line: index + 1 };
    periods.push({ name, from, to });
  }
  return { ok: true, periods };
}

/** A real calendar date (2026-02-30 is not). */
const isDate = (value: string): boolean => {
  const parsed = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed) && new Date(parsed).toISOString().startsWith(value);
};
