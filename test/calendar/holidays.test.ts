import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { HolidayCalendar, loadSchoolHolidays, schoolYearOf } from '../../src/calendar/holidays';
import { KnowledgeError } from '../../src/knowledge/yaml';
import { openDatabase, type Db } from '../../src/store/db';

const KNOWLEDGE = join(import.meta.dirname, '../../knowledge/holidays');

function schoolDb(): Db {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'holidays-')), 'bot.sqlite'));
  db.prepare(
    "INSERT INTO schools (id, name, town, region, school_type, has_preventief_ambulant) VALUES ('vonk', 'Vonk', 'Castricum', 'midden-kennemerland', 'vmbo', 0)",
  ).run();
  return db;
}

describe('school and public holidays', () => {
  let db: Db;
  let calendar: HolidayCalendar;
  beforeEach(() => {
    db = schoolDb();
    calendar = new HolidayCalendar(db, loadSchoolHolidays(KNOWLEDGE));
  });

  // One row per case; adding a case is adding a row.
  const cases: [date: string, expected: { kind: string; name: string; advice: boolean } | undefined][] = [
    ['2025-10-20', { kind: 'school', name: 'herfstvakantie', advice: true }],
    ['2025-10-27', undefined],
    ['2026-01-01', { kind: 'public', name: 'Nieuwjaar', advice: false }],
    ['2026-01-05', undefined],
    ['2026-02-25', { kind: 'school', name: 'voorjaarsvakantie', advice: true }],
    ['2026-04-03', { kind: 'public', name: 'Goede Vrijdag', advice: false }],
    ['2026-05-14', { kind: 'public', name: 'Hemelvaartsdag', advice: false }],
    ['2026-07-15', { kind: 'school', name: 'zomervakantie', advice: true }],
    ['2026-08-10', { kind: 'school', name: 'zomervakantie', advice: true }], // past 31 July, in the 2025-2026 table
    ['2026-08-17', undefined],
    ['2026-12-22', { kind: 'school', name: 'kerstvakantie', advice: true }],
  ];
  for (const [date, expected] of cases) {
    it(`${date} → ${expected?.name ?? 'schooldag'}`, () => {
      const found = calendar.holidayOn('vonk', date);
      if (expected) expect(found).toMatchObject(expected);
      else expect(found).toBeUndefined();
    });
  }

  it('takes the calendar date in Amsterdam from an instant, whatever the process zone', () => {
    // 23:30Z on 17 Oct 2025 is already Saturday 18 Oct in Amsterdam: the first day of the herfstvakantie.
    expect(calendar.holidayOn('vonk', new Date('2025-10-17T22:30:00Z'))).toMatchObject({ kind: 'school' });
    expect(calendar.holidayOn('vonk', new Date('2025-10-17T21:30:00Z'))).toBeUndefined();
  });

  it("a school's own dates replace the advice for that school year only", () => {
    calendar.setSchoolHolidays(
      'vonk',
      '2025-2026',
      [{ name: 'herfstvakantie', from: '2025-10-25', to: '2025-11-02' }],
      'ok-1',
      new Date('2025-09-01T10:00:00Z'),
    );
    expect(calendar.holidayOn('vonk', '2025-10-20')).toBeUndefined();
    expect(calendar.holidayOn('vonk', '2025-10-30')).toEqual({ kind: 'school', name: 'herfstvakantie', advice: false });
    expect(calendar.periodsFor('vonk', '2025-2026')?.origin).toBe('school');
    expect(calendar.holidayOn('vonk', '2026-12-22')).toMatchObject({ kind: 'school' });
    calendar.setSchoolHolidays('vonk', '2025-2026', [], 'ok-1', new Date('2025-09-02T10:00:00Z'));
    expect(calendar.holidayOn('vonk', '2025-10-20')).toMatchObject({ kind: 'school' });
  });

  it('knows when a school year has no table', () => {
    expect(calendar.hasTableFor('vonk', '2026-03-01')).toBe(true);
    expect(calendar.hasTableFor('vonk', '2027-09-01')).toBe(false);
    expect(calendar.holidayOn('vonk', '2027-10-20')).toBeUndefined();
  });

  it('school years turn on 1 August', () => {
    expect(schoolYearOf('2026-07-31')).toBe('2025-2026');
    expect(schoolYearOf('2026-08-01')).toBe('2026-2027');
  });
});

describe('knowledge/holidays validation', () => {
  function dirWith(content: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'holiday-yaml-'));
    writeFileSync(join(dir, 'broken.yaml'), content);
    return dir;
  }
  const header = 'schoolYear: 2025-2026\nappliesTo: regio-noord\nstatus: advies, controleren\nsource: test\ncheckedOn: 2026-11-23\n';

  it('names the file and the field of a reversed period', () => {
    const dir = dirWith(`${header}periods:\n  - { name: herfst, from: 2025-10-26, to: 2025-10-18 }\n`);
    expect(() => loadSchoolHolidays(dir)).toThrow(KnowledgeError);
    expect(() => loadSchoolHolidays(dir)).toThrow(/broken\.yaml: periods\[0\]\.to/);
  });

  it('refuses a period outside its school year', () => {
    const dir = dirWith(`${header}periods:\n  - { name: herfst, from: 2026-10-17, to: 2026-10-25 }\n`);
    expect(() => loadSchoolHolidays(dir)).toThrow(/periods\[0\].*buiten schooljaar/);
  });

  it('names an unknown school in appliesTo', () => {
    const dir = dirWith(header.replace('regio-noord', 'nergens-college') + 'periods: []\n');
    expect(() => loadSchoolHolidays(dir, new Set(['vonk']))).toThrow(/broken\.yaml: appliesTo: onbekende school "nergens-college"/);
  });

  it('every shipped table loads and carries a source and a checked date', () => {
    const tables = loadSchoolHolidays(KNOWLEDGE);
    expect(tables.length).toBeGreaterThanOrEqual(2);
    for (const table of tables) expect(table.source.length).toBeGreaterThan(10);
  });
});
