import Holidays from 'date-holidays';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod/v4';
import { loadYamlFile, KnowledgeError } from '../knowledge/yaml';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../store/db';
import { amsterdamDate, type DateLike } from './time';

/** The defaults shipped for every pilot school (all in Noord-Holland, so regio Noord). */
export const REGION_DEFAULT = 'regio-noord';

const isoDate = z.iso.date();
const schoolYear = z.string().regex(/^(\d{4})-(\d{4})$/, 'schrijf het schooljaar als 2026-2027');

const periodSchema = z
  .object({ name: z.string().min(1), from: isoDate, to: isoDate, note: z.string().optional() })
  .refine((period) => period.from <= period.to, { message: '"from" ligt na "to"', path: ['to'] });

export const holidayTableSchema = z.object({
  schoolYear,
  /** `regio-noord` for the default advice, or a school id for that school's own dates. */
  appliesTo: z.string().min(1),
  /** "advies, controleren" marks dates nobody confirmed for a school yet. */
  status: z.enum(['advies, controleren', 'vastgesteld']),
  source: z.string().min(1),
  checkedOn: isoDate,
  periods: z.array(periodSchema),
});

export type HolidayTable = z.infer<typeof holidayTableSchema>;
export type HolidayPeriod = z.infer<typeof periodSchema>;

/** Why a date has no spreekuur; `advice` means the dates were not confirmed by the school. */
export interface HolidayOn {
  kind: 'school' | 'public';
  name: string;
  advice: boolean;
}

/** Reads every knowledge/holidays/*.yaml; errors name the file and the field (also a school id not in `knownSchools`). */
export function loadSchoolHolidays(dir: string, knownSchools?: Set<string>): HolidayTable[] {
  const files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort();
  const tables = files.map((name) => loadYamlFile(join(dir, name), holidayTableSchema));
  const seen = new Map<string, string>();
  tables.forEach((table, index) => {
    const key = `${table.appliesTo} ${table.schoolYear}`;
    const file = join(dir, files[index]!);
    if (seen.has(key)) throw new KnowledgeError(file, 'schoolYear', `${key} staat ook in ${seen.get(key)}`);
    if (knownSchools && table.appliesTo !== REGION_DEFAULT && !knownSchools.has(table.appliesTo)) {
      throw new KnowledgeError(file, 'appliesTo', `onbekende school "${table.appliesTo}" (gebruik ${REGION_DEFAULT} of een id uit schools.yaml)`);
    }
    seen.set(key, file);
    const [start, end] = schoolYearBounds(table.schoolYear);
    table.periods.forEach((period, periodIndex) => {
      if (period.to < start || period.from > end) {
        throw new KnowledgeError(file, `periods[${periodIndex}]`, `valt buiten schooljaar ${table.schoolYear}`);
      }
    });
  });
  return tables;
}

/** A school year runs from 1 August to 31 July. */
export function schoolYearOf(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month >= 8 ? `${year}-${year + 1}` : `${year - 1}-${year}`;
}

function schoolYearBounds(year: string): [string, string] {
  const first = Number(year.slice(0, 4));
  return [`${first}-08-01`, `${first + 1}-07-31`];
}

/** A school's holidays for one school year, with where they came from (`checkedOn` only for knowledge tables). */
export interface HolidaysInForce {
  periods: HolidayPeriod[];
  advice: boolean;
  origin: 'school' | 'knowledge' | 'advice';
  source: string;
  checkedOn?: string;
}

export interface SchoolHolidayInput {
  name: string;
  from: string;
  to: string;
}

interface OverrideRow {
  name: string;
  from_date: string;
  to_date: string;
}

/**
 * School holidays (per school and school year) plus Dutch public holidays, in that order of precedence:
 * a school's own dates stored by a beheerder or ondersteuningscoördinator, then a knowledge table for the
 * school, then the regio Noord advice.
 */
export class HolidayCalendar {
  private readonly publicHolidays = new Holidays('NL', { types: ['public', 'school'] });
  private readonly publicByYear = new Map<number, Map<string, string>>();
  private selectOwn: Statement | undefined;

  constructor(
    private readonly db: Db,
    private readonly tables: HolidayTable[],
  ) {}

  holidayOn(schoolId: string, date: DateLike): HolidayOn | undefined {
    const day = amsterdamDate(date);
    const publicName = this.publicHolidayName(day);
    if (publicName) return { kind: 'public', name: publicName, advice: false };
    // The zomervakantie runs past 31 July, so the previous school year's table may hold an August day.
    const year = schoolYearOf(day);
    const previous = `${Number(year.slice(0, 4)) - 1}-${year.slice(0, 4)}`;
    for (const source of [this.periodsFor(schoolId, year), this.periodsFor(schoolId, previous)]) {
      const period = source?.periods.find((candidate) => candidate.from <= day && day <= candidate.to);
      if (period) return { kind: 'school', name: period.name, advice: source!.advice };
    }
    return undefined;
  }

  /** False when nobody entered holidays for that school year: the spreekuur then runs on every week. */
  hasTableFor(schoolId: string, date: DateLike): boolean {
    return this.periodsFor(schoolId, schoolYearOf(amsterdamDate(date))) !== undefined;
  }

  /** The dates in force for a school, with where they came from (for the card that shows and edits them). */
  periodsFor(
    schoolId: string,
    year: string,
  ): HolidaysInForce | undefined {
    this.selectOwn ??= this.db.prepare(
      'SELECT name, from_date, to_date FROM school_holiday_periods WHERE school_id = ? AND school_year = ? ORDER BY from_date',
    );
    const own = this.selectOwn.all(schoolId, year) as OverrideRow[];
    if (own.length > 0) {
      return {
        periods: own.map((row) => ({ name: row.name, from: row.from_date, to: row.to_date })),
        advice: false,
        origin: 'school',
        source: 'ingevoerd door de school',
      };
    }
    const table =
      this.tables.find((candidate) => candidate.appliesTo === schoolId && candidate.schoolYear === year) ??
      this.tables.find((candidate) => candidate.appliesTo === REGION_DEFAULT && candidate.schoolYear === year);
    if (!table) return undefined;
    return {
      periods: table.periods,
      advice: table.status === 'advies, controleren',
      origin: table.appliesTo === REGION_DEFAULT ? 'advice' : 'knowledge',
      source: table.source,
      checkedOn: table.checkedOn,
    };
  }

  /** Replaces a school's holidays for one school year; an empty list goes back to the default. */
  setSchoolHolidays(schoolId: string, year: string, periods: SchoolHolidayInput[], setBy: string, now: Date): void {
    const [start, end] = schoolYearBounds(year);
    for (const period of periods) {
      if (period.from > period.to || period.to < start || period.from > end) {
        throw new Error(`Holiday period outside ${year} or reversed`);
      }
    }
    const insert = this.db.prepare(
      'INSERT INTO school_holiday_periods (school_id, school_year, name, from_date, to_date, set_by, set_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.db
      .transaction(() => {
        this.db.prepare('DELETE FROM school_holiday_periods WHERE school_id = ? AND school_year = ?').run(schoolId, year);
        for (const period of periods) insert.run(schoolId, year, period.name, period.from, period.to, setBy, now.toISOString());
      })
      .immediate();
  }

  private publicHolidayName(day: string): string | undefined {
    const year = Number(day.slice(0, 4));
    let byDate = this.publicByYear.get(year);
    if (!byDate) {
      // date-holidays gives the local calendar date as text, independent of the process time zone.
      byDate = new Map(this.publicHolidays.getHolidays(year).map((holiday) => [holiday.date.slice(0, 10), holiday.name]));
      this.publicByYear.set(year, byDate);
    }
    return byDate.get(day);
  }
}
