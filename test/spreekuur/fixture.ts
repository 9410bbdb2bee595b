import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HolidayCalendar, loadSchoolHolidays } from '../../src/calendar/holidays';
import { ManualClock } from '../../src/clock';
import { PeopleRepository } from '../../src/people/repository';
import type { Person } from '../../src/people/roles';
import { openDatabase, type Db } from '../../src/store/db';
import type { SeriesInput } from '../../src/spreekuur/model';
import { JobQueue } from '../../src/jobs/queue';
import type { TopicScreen } from '../../src/spreekuur/model';
import { SpreekuurRepository } from '../../src/spreekuur/repository';
import { SpreekuurService } from '../../src/spreekuur/service';
import type { SpreekuurRulesFile } from '../../src/spreekuur/rules';

export const KNOWLEDGE_DIR = join(import.meta.dirname, '../../knowledge');

/** Accepts every topic; the real screen is exercised by the conversation tests. */
const acceptAll: TopicScreen = () => ({ ok: true });

/** The acting people of the fixture, as the service receives them (spreekuurFixture stores these records). */
const PEOPLE: Record<string, Person> = {
  coach: { id: 'coach', name: 'Coach Demo', roles: [{ role: 'jos-functionaris', function: 'jgc', schoolId: 'jan-arentsz' }] },
  ...Object.fromEntries(
    ['mentor-a', 'mentor-b', 'mentor-c'].map((id) => [
      id,
      { id, name: `Mentor ${id.slice(-1).toUpperCase()}`, schoolId: 'jan-arentsz', roles: [{ role: 'mentor' as const }] },
    ]),
  ),
};

export function person(id: string): Person {
  const found = PEOPLE[id];
  if (!found) throw new Error(`no fixture person ${id}`);
  return found;
}

export interface SpreekuurFixture {
  db: Db;
  clock: ManualClock;
  service: SpreekuurService;
  people: PeopleRepository;
  file: string;
}

/** A real SQLite file with one school, a JOS coach and three mentors. */
export function spreekuurFixture(
  start: string,
  options: { rules?: SpreekuurRulesFile; screenTopic?: TopicScreen; file?: string } = {},
): SpreekuurFixture {
  const file = options.file ?? join(mkdtempSync(join(tmpdir(), 'spreekuur-')), 'bot.sqlite');
  const db = openDatabase(file);
  const clock = new ManualClock(start);
  db.prepare(
    `INSERT OR IGNORE INTO schools (id, name, town, region, school_type, has_preventief_ambulant)
     VALUES ('jan-arentsz', 'Jan Arentsz', 'Alkmaar', 'noord-kennemerland', 'vmbo', 1)`,
  ).run();
  for (const role of ['mentor', 'jos-functionaris']) {
    db.prepare("INSERT OR IGNORE INTO roles (id, label, description) VALUES (?, ?, '')").run(role, role);
  }
  const people = new PeopleRepository(db);
  const now = clock.now();
  for (const { id, name, schoolId, roles } of Object.values(PEOPLE)) {
    const grants = roles.map((grant) => ({ role: grant.role, ...(grant.function ? { function: grant.function } : {}), ...(grant.schoolId ? { school: grant.schoolId } : {}) }));
    people.upsert({ id, name, ...(schoolId ? { school: schoolId } : {}), roles: grants }, 'demo', now);
  }
  const holidays = new HolidayCalendar(db, loadSchoolHolidays(join(KNOWLEDGE_DIR, 'holidays')));
  const service = new SpreekuurService({
    repository: new SpreekuurRepository(db),
    jobs: new JobQueue(db, clock),
    clock,
    holidays,
    ...(options.rules ? { rules: options.rules } : {}),
    screenTopic: options.screenTopic ?? acceptAll,
  });
  return { db, clock, service, people, file };
}

/** Mondays 14:00–15:00 at Jan Arentsz, four 15-minute slots. */
export function mondaySeries(overrides: Partial<SeriesInput> = {}): SeriesInput {
  return {
    schoolId: 'jan-arentsz',
    weekday: 1,
    startTime: '14:00',
    endTime: '15:00',
    slotMinutes: 15,
    place: 'Lokaal 0.14',
    validFrom: '2025-08-01',
    ...overrides,
  };
}
