import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock';
import { consultationCounts } from '../../src/consultations/report';
import { ConsultationRepository } from '../../src/consultations/repository';
import { ConsultationService } from '../../src/consultations/service';
import { JobQueue } from '../../src/jobs/queue';
import { PeopleRepository } from '../../src/people/repository';
import { createScreen, loadNameLists } from '../../src/privacy';
import { openDatabase, type Db } from '../../src/store/db';
import { fileContains, readerHolding } from '../helpers/sqlite';

const SCHOOL = 'jan-arentsz';
const screen = createScreen(loadNameLists());

function seed(db: Db, clock: ManualClock): PeopleRepository {
  db.prepare(
    `INSERT OR IGNORE INTO schools (id, name, town, region, school_type, has_preventief_ambulant)
     VALUES (?, 'Jan Arentsz', 'Alkmaar', 'noord-kennemerland', 'vmbo', 1)`,
  ).run(SCHOOL);
  for (const role of ['mentor', 'jos-functionaris', 'ondersteuningscoordinator']) {
    db.prepare("INSERT OR IGNORE INTO roles (id, label, description) VALUES (?, ?, '')").run(role, role);
  }
  const people = new PeopleRepository(db);
  people.upsert({ id: 'mentor', name: 'Mentor', school: SCHOOL, roles: [] }, 'config', clock.now());
  people.upsert({ id: 'jgc', name: 'Coach', roles: [{ role: 'jos-functionaris', function: 'jgc', school: SCHOOL }] }, 'config', clock.now());
  people.upsert({ id: 'gw', name: 'Gedrag', roles: [{ role: 'jos-functionaris', function: 'gedragswetenschapper', school: SCHOOL }] }, 'config', clock.now());
  return people;
}

/** A service on its own connection to the database file, as a second bot process would have. */
function serviceOn(file: string, clock: ManualClock, retentionDays = 30, walCheckpoint?: { attempts: number; pauseMs: number }) {
  const db = openDatabase(file);
  const people = seed(db, clock);
  const service = new ConsultationService({
    repository: new ConsultationRepository(db, { walCheckpoint }),
    clock,
    people,
    jobs: new JobQueue(db, clock),
    settings: { retentionDays, openRetentionDays: 90, escalateAfterSchoolDays: 2 },
    screen: (text, allow) => screen(text, { allow, now: clock.now() }),
    dayOff: () => false,
    knownSchool: (id) => id === SCHOOL,
  });
  return { db, people, service };
}


const request = { schoolId: SCHOOL, theme: 'verzuim' as const, question: 'Een leerling verzuimt veel op maandag. Wat kan ik doen?', reach: 'bellen' as const, urgency: 'kan-wachten' as const, allow: [] };

describe('ConsultationService', () => {
  it('lets exactly one of two processes claim a request', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'consultations-')), 'bot.sqlite');
    const clock = new ManualClock('2026-11-23T09:00:00Z');
    const first = serviceOn(file, clock);
    const second = serviceOn(file, clock);
    const submitted = first.service.submit(first.people.get('mentor')!, request);
    if (!submitted.ok) throw new Error('not stored');
    const a = first.service.claim(submitted.consultation.id, first.people.get('jgc')!);
    const b = second.service.claim(submitted.consultation.id, second.people.get('gw')!);
    expect([a.ok, b.ok]).toEqual([true, false]);
    expect(b).toMatchObject({ ok: false, reason: 'already-claimed', consultation: { claimedBy: 'jgc' } });
  });

  it('keeps open and recently ended requests, and purges after the configured retention', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'consultations-')), 'bot.sqlite');
    const clock = new ManualClock('2026-11-23T09:00:00Z');
    const { service, people, db } = serviceOn(file, clock, 7);
    const mentor = people.get('mentor')!;
    const open = service.submit(mentor, request);
    const withdrawn = service.submit(mentor, { ...request, theme: 'pesten' });
    if (!open.ok || !withdrawn.ok) throw new Error('not stored');
    expect(service.withdraw(withdrawn.consultation.id, mentor).ok).toBe(true);

    clock.advance({ days: 6, hours: 23 });
    expect(service.purgeEnded()).toEqual({ purged: 0, walCleared: true });
    clock.advance({ hours: 2 });
    expect(service.purgeEnded()).toEqual({ purged: 1, walCleared: true });
    expect(db.prepare('SELECT id FROM consultations').all()).toEqual([{ id: open.consultation.id }]);
    expect(consultationCounts(db)).toEqual([
      { schoolId: SCHOOL, theme: 'pesten', month: '2026-11', requests: 1, claimed: 0, withdrawn: 1, escalated: 0 },
      { schoolId: SCHOOL, theme: 'verzuim', month: '2026-11', requests: 1, claimed: 0, withdrawn: 0, escalated: 0 },
    ]);
  });

  it('purges the question from the database file and its write-ahead log while another process is reading (issue 12, finding 1)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'consultations-')), 'jos.sqlite');
    const clock = new ManualClock('2026-11-23T09:00:00Z');
    const { service, people, db } = serviceOn(file, clock, 7, { attempts: 40, pauseMs: 100 });
    // Scaled down: the reader below holds on longer than the connection's busy timeout, as a long report query would.
    db.pragma('busy_timeout = 100');
    const mentor = people.get('mentor')!;
    const question = 'Een leerling zit steeds bij de kapotte kopieermachine te huilen. Wat kan ik doen?';
    const stored = service.submit(mentor, { ...request, question });
    if (!stored.ok) throw new Error('not stored');
    service.withdraw(stored.consultation.id, mentor);
    expect(fileContains(`${file}-wal`, 'kopieermachine')).toBe(true);
    clock.advance({ days: 8 });

    const reader = await readerHolding(file, 800);
    expect(service.purgeEnded()).toEqual({ purged: 1, walCleared: true });
    await reader.done;
    expect(fileContains(file, 'kopieermachine')).toBe(false);
    expect(fileContains(`${file}-wal`, 'kopieermachine')).toBe(false);
  });

  it('tells when the write-ahead log could not be emptied because a reader held on too long', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'consultations-')), 'jos.sqlite');
    const clock = new ManualClock('2026-11-23T09:00:00Z');
    const { service, people } = serviceOn(file, clock, 7, { attempts: 2, pauseMs: 50 });
    const mentor = people.get('mentor')!;
    const stored = service.submit(mentor, request);
    if (!stored.ok) throw new Error('not stored');
    service.withdraw(stored.consultation.id, mentor);
    clock.advance({ days: 8 });

    const reader = await readerHolding(file, 1500);
    expect(service.purgeEnded()).toEqual({ purged: 1, walCleared: false });
    await reader.done;
    // The next purge finds nothing new to delete but still empties the log.
    expect(service.purgeEnded()).toEqual({ purged: 0, walCleared: true });
  });

  it('purges a request that was never claimed or never closed after openRetentionDays (issue 12, finding 2)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'consultations-')), 'jos.sqlite');
    const clock = new ManualClock('2026-11-23T09:00:00Z');
    const { service, people, db } = serviceOn(file, clock, 7);
    const mentor = people.get('mentor')!;
    const unclaimed = service.submit(mentor, request);
    const unclosed = service.submit(mentor, { ...request, theme: 'pesten' });
    if (!unclaimed.ok || !unclosed.ok) throw new Error('not stored');
    service.claim(unclosed.consultation.id, people.get('jgc')!);

    clock.advance({ days: 89, hours: 23 });
    expect(service.purgeEnded()).toEqual({ purged: 0, walCleared: true });
    clock.advance({ hours: 2 });
    expect(service.purgeEnded()).toEqual({ purged: 2, walCleared: true });
    expect(db.prepare('SELECT COUNT(*) AS n FROM consultations').get()).toEqual({ n: 0 });
    expect(consultationCounts(db).map((line) => line.requests)).toEqual([1, 1]);
  });

  it('refuses identifying text before storing, closing by someone else, and withdrawing by someone else', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'consultations-')), 'bot.sqlite');
    const clock = new ManualClock('2026-11-23T09:00:00Z');
    const { service, people, db } = serviceOn(file, clock);
    const mentor = people.get('mentor')!;
    expect(service.submit(mentor, { ...request, question: 'Bel de moeder op 0612345678' })).toMatchObject({ ok: false, reason: 'identifying' });
    expect(db.prepare('SELECT COUNT(*) AS n FROM consultations').get()).toEqual({ n: 0 });

    const stored = service.submit(mentor, request);
    if (!stored.ok) throw new Error('not stored');
    expect(service.withdraw(stored.consultation.id, people.get('jgc')!)).toEqual({ ok: false, reason: 'not-found' });
    service.claim(stored.consultation.id, people.get('jgc')!);
    expect(service.close(stored.consultation.id, people.get('gw')!)).toEqual({ ok: false, reason: 'not-claimer' });
    expect(service.close(stored.consultation.id, mentor).ok).toBe(true);
  });
});
