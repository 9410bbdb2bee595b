/**
 * One competing process for the multi-process booking test: opens the shared database file, waits for the
 * common start instant, books, and prints the outcome as JSON. Run with `node --import tsx`.
 */
import { join } from 'node:path';
import { HolidayCalendar, loadSchoolHolidays } from '../../src/calendar/holidays';
import { ManualClock } from '../../src/clock';
import { openDatabase } from '../../src/store/db';
import { JobQueue } from '../../src/jobs/queue';
import { PeopleRepository } from '../../src/people/repository';
import { SpreekuurRepository } from '../../src/spreekuur/repository';
import { SpreekuurService } from '../../src/spreekuur/service';

const [file, bookerId, seriesId, startsAt, now, goAt] = process.argv.slice(2) as [string, string, string, string, string, string];
const db = openDatabase(file);
const clock = new ManualClock(now);
const holidays = new HolidayCalendar(db, loadSchoolHolidays(join(import.meta.dirname, '../../knowledge/holidays')));
const service = new SpreekuurService({
  repository: new SpreekuurRepository(db),
  jobs: new JobQueue(db, clock),
  clock,
  holidays,
  screenTopic: () => ({ ok: true }),
});
while (Date.now() < Number(goAt)) {
  // Busy-wait: every process fires within the same millisecond or two.
}
try {
  const result = service.book(new PeopleRepository(db).get(bookerId)!, { seriesId: Number(seriesId), startsAt: new Date(startsAt) });
  process.stdout.write(JSON.stringify(result.ok ? { ok: true } : { ok: false, reason: result.reason }));
} catch (error) {
  process.stdout.write(JSON.stringify({ error: (error as { code?: string }).code ?? (error as Error).message }));
} finally {
  db.close();
}
