import { describe, expect, it } from 'vitest';
import { parseMemberCsv } from '../../src/meetings/memberCsv';
import { normaliseDate, parseDayMonth, parsePlan } from '../../src/meetings/plan';
import { meetingInput, meetingsWorld, pb, planned, PLAN_2022_2023 } from './fixture';

const GROUPS = ['netwerkgroep', 'leeromgeving'];

describe('importing a year plan', () => {
  it('reads the 2022–2023 plan, warns about the two meetings numbered 5, and finds none of its dates in a holiday', () => {
    const w = meetingsWorld();
    const preview = w.importer.preview(pb, PLAN_2022_2023);
    if (!preview.ok) throw new Error(preview.reason);
    expect(preview.inputs).toHaveLength(10);
    expect(preview.invalid).toEqual([]);
    expect(preview.inputs.filter((i) => i.reserve).map((i) => i.date)).toEqual(['2023-05-11']);
    // Regio Noord had its herfstvakantie on 15–23 October 2022, so 25 October is a school day.
    expect(preview.warnings.filter((x) => x.kind === 'school-holiday' || x.kind === 'public-holiday')).toEqual([]);
    expect(preview.warnings).toContainEqual({
      kind: 'duplicate-number',
      groupId: 'netwerkgroep',
      number: 5,
      titles: ['Netwerkgroep bijeenkomst 5 (2023-05-11)', 'Netwerkgroep bijeenkomst 5 (2023-07-11)'],
    });
    expect(preview.warnings.filter((x) => x.kind === 'overlap' || x.kind === 'too-many' || x.kind === 'missing-number')).toEqual([]);
    expect(w.repository.meetings.active(), 'nothing saved before confirmation').toEqual([]);
  });

  it('warns when a date of the plan falls in the herfstvakantie of regio Noord', () => {
    const w = meetingsWorld();
    const preview = w.importer.preview(pb, PLAN_2022_2023.replace('2022-10-25', '2022-10-18'));
    if (!preview.ok) throw new Error(preview.reason);
    expect(preview.warnings).toContainEqual({ kind: 'school-holiday', date: '2022-10-18', title: 'Netwerkgroep bijeenkomst 1', name: 'herfstvakantie' });
  });

  it('saves the plan as drafts once, and warns about overlap with a meeting already planned', () => {
    const w = meetingsWorld();
    planned(w, meetingInput({ groupId: 'leeromgeving', title: 'Extra werkatelier', date: '2023-03-09', startTime: '16:00', endTime: '18:00' }));
    const preview = w.importer.preview(pb, PLAN_2022_2023);
    if (!preview.ok) throw new Error(preview.reason);
    expect(preview.warnings).toContainEqual({ kind: 'overlap', date: '2023-03-09', title: 'Netwerkgroep bijeenkomst 3', otherTitle: 'Extra werkatelier' });
    const applied = w.importer.apply(pb, preview.importId);
    expect(applied.ok && applied.meetings.map((m) => m.status)).toEqual(Array(10).fill('draft'));
    expect(w.importer.apply(pb, preview.importId)).toEqual({ ok: false, reason: 'already-applied' });
    expect(w.importer.apply({ ...pb, id: 'someone-else' }, preview.importId)).toEqual({ ok: false, reason: 'not-found' });
    expect(w.repository.meetings.active()).toHaveLength(11);
  });

  it('refuses rows dated before today or more than 18 months ahead, naming line and date; the rest is imported', () => {
    const w = meetingsWorld('2026-11-29T10:00:00Z');
    const rows = ['2026-11-28', '2026-11-29', '2028-05-29', '2028-05-30', '9999-12-31'].map((date, i) => `netwerkgroep;${i + 1};Bijeenkomst ${i + 1};${date};15:00;17:00`);
    const preview = w.importer.preview(pb, ['groep;nummer;titel;datum;begin;eind', ...rows].join('\n'));
    if (!preview.ok) throw new Error(preview.reason);
    expect(preview.inputs.map((input) => input.date)).toEqual(['2026-11-29', '2028-05-29']);
    expect(preview.invalid).toEqual([
      { line: 2, date: '2026-11-28', errors: ['date-in-past'] },
      { line: 5, date: '2028-05-30', errors: ['date-too-far'] },
      { line: 6, date: '9999-12-31', errors: ['date-too-far'] },
    ]);
    const applied = w.importer.apply(pb, preview.importId);
    expect(applied.ok && applied.meetings.map((m) => m.date)).toEqual(['2026-11-29', '2028-05-29']);
  });

  it('refuses the 2022–2023 plan four years later: every row is past', () => {
    const w = meetingsWorld('2026-11-29T10:00:00Z');
    const preview = w.importer.preview(pb, PLAN_2022_2023);
    expect(preview).toMatchObject({ ok: false, reason: 'nothing-valid' });
    expect(!preview.ok && preview.invalid?.map((row) => row.errors)).toEqual(Array(10).fill(['date-in-past']));
    expect(w.db.prepare('SELECT count(*) AS n FROM meeting_import').get(), 'nothing saved').toEqual({ n: 0 });
  });

  it('reports each bad row and reads YAML and Dutch dates too', () => {
    const csv = 'groep,nummer,titel,datum,begin,eind\nnetwerkgroep,1,Start,31-02-2023,15:00,17:00\nwerkgroep,2,Twee,2023-03-01,15:00,17:00\nleeromgeving,x,Drie,2023-03-01,17:00,15:00';
    const parsed = parsePlan(csv, GROUPS);
    expect(parsed.ok && parsed.rows.map((r) => r.errors)).toEqual([['invalid-date'], ['unknown-group'], ['end-before-start', 'invalid-number']]);
    const yaml = 'bijeenkomsten:\n  - groep: leeromgeving\n    nummer: 1\n    titel: Werkatelier\n    datum: 15 november 2022\n    begin: "15.00"\n    eind: "17:00"\n    reserve: ja\n';
    const fromYaml = parsePlan(yaml, GROUPS);
    expect(fromYaml.ok && fromYaml.rows[0]!.input).toMatchObject({ date: '2022-11-15', startTime: '15:00', reserve: true, number: 1 });
    expect(parsePlan('   ', GROUPS)).toEqual({ ok: false, reason: 'empty' });
    expect(parsePlan('- [unclosed', GROUPS)).toEqual({ ok: false, reason: 'unreadable' });
    expect(normaliseDate('17/1/2023')).toBe('2023-01-17');
  });

  it('reads Dutch month names as people write them: short, full or the start of the full name', () => {
    const months = ['17 jan', '17 mrt', '17 maart', '17 mei', '17 okt', '17 oktober', '17 sept', '17 Dec'].map((text) => parseDayMonth(text)?.month);
    expect(months).toEqual([1, 3, 3, 5, 10, 10, 9, 12]);
    expect(parseDayMonth('17 xyz')).toBeUndefined();
    expect(normaliseDate('17 mei 2023')).toBe('2023-05-17');
    expect(normaliseDate('31 april 2023'), 'a day the month does not have').toBeUndefined();
  });

  it('warns about gaps, order, too many meetings, weekends and public holidays', () => {
    const w = meetingsWorld();
    const plan = [
      'groep;nummer;titel;datum;begin;eind',
      'leeromgeving;1;Een;2022-11-15;15:00;17:00',
      'leeromgeving;3;Drie;2022-12-26;15:00;17:00',
      'leeromgeving;2;Twee;2023-01-28;15:00;17:00',
      'leeromgeving;5;Vijf;2023-03-23;15:00;17:00',
      'leeromgeving;6;Zes;2023-06-13;15:00;17:00',
    ].join('\n');
    const preview = w.importer.preview(pb, plan);
    if (!preview.ok) throw new Error(preview.reason);
    const kinds = preview.warnings.map((x) => x.kind);
    expect(kinds).toEqual(expect.arrayContaining(['missing-number', 'number-order', 'too-many', 'weekend', 'public-holiday']));
    expect(preview.warnings).toContainEqual({ kind: 'missing-number', groupId: 'leeromgeving', number: 4 });
    expect(preview.warnings).toContainEqual({ kind: 'too-many', groupId: 'leeromgeving', count: 5, expected: 4 });
  });
});

describe('member lists', () => {
  const csvRows = (text: string) => {
    const parsed = parseMemberCsv(text);
    if (!parsed.ok) throw new Error(`unreadable at line ${parsed.line}`);
    return parsed.rows;
  };

  it('names the line of an unclosed quote instead of throwing (finding 7)', () => {
    expect(parseMemberCsv('naam;organisatie;e-mail;rol\nRik;GGD;rik@ggd.example.org;themagast\n"Fout;X;fout@x.example.org;themagast\nZ;Y;z@y.example.org;themagast')).toEqual({ ok: false, line: 3 });
  });

  it('validates every e-mail address in a CSV and refuses a second membership', () => {
    const rows = csvRows('naam;organisatie;e-mail;rol\nPia Nieuw;GGD Voorbeeld;pia@ggd.example.org;themagast\nQuinten;X;geen-adres;themagast\n;Y;leeg@x.example.org;lid');
    expect(rows.map((r) => r.error ?? r.member!.email)).toEqual(['pia@ggd.example.org', 'invalid-email', 'missing-name']);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4]);
    const exported = csvRows('Naam,Organisatie,E-mailadres,Rol\nRoos Rood,Gemeente Voorbeeld,roos@gemeente.example.org,lid');
    expect(exported.map((r) => r.member?.email), 'a list exported with "E-mailadres" as header').toEqual(['roos@gemeente.example.org']);
    const w = meetingsWorld();
    expect(w.service.addMember(pb, 'netwerkgroep', rows[0]!.member!)).toMatchObject({ ok: true });
    expect(w.service.addMember(pb, 'netwerkgroep', { ...rows[0]!.member!, email: 'PIA@ggd.example.org' })).toEqual({ ok: false, reason: 'already-member' });
    expect(w.service.addMember(pb, 'netwerkgroep', { ...rows[0]!.member!, email: 'pia@' })).toEqual({ ok: false, reason: 'invalid-email' });
  });
});
