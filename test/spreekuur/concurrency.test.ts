import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock';
import { PeopleRepository } from '../../src/people/repository';
import { startTestBot, type TestBot } from '../helpers/bot';
import { cardText } from '../helpers/cards';
import { mondaySeries, person, spreekuurFixture } from './fixture';

const SLOT = { seriesId: 1, startsAt: '2026-03-23T13:00:00.000Z' }; // Monday 23 March, 14:00 Amsterdam

describe('one slot, many people at once', () => {
  let bot: TestBot | undefined;
  afterEach(async () => bot?.stop());

  it('50 simultaneous booking requests over HTTP: exactly one booking, 49 clear refusals, no 5xx', async () => {
    bot = await startTestBot({ clock: new ManualClock('2026-03-20T09:00:00Z') });
    const coach = bot.user('coach-1', { name: 'Sanne Coach', roles: [{ role: 'jos-functionaris', function: 'jgc', schoolId: 'jan-arentsz' }] });
    const saved = await coach.execute('spreekuur.saveSeries', {
      schoolId: 'jan-arentsz', weekday: '1', startTime: '14:00', endTime: '15:00', slotMinutes: '15', place: 'Lokaal 0.14', validFrom: '2026-03-01',
    });
    const seriesId = bot.db.prepare("SELECT id FROM spreekuur_series WHERE host_id = 'coach-1'").get() as { id: number };
    expect(cardText(saved.card)).toContain('Spreekuur opgeslagen');
    const mentors = Array.from({ length: 50 }, (_, index) => bot!.user(`mentor-${index}`, { schoolId: 'jan-arentsz' }));

    const results = await Promise.all(
      mentors.map((mentor) => mentor.execute('spreekuur.book', { ...SLOT, seriesId: seriesId.id, topic: '' })),
    );

    expect(results.map((result) => result.status).filter((status) => status >= 500)).toEqual([]);
    const texts = results.map((result) => cardText(result.card));
    expect(texts.filter((text) => text.includes('Je afspraak staat'))).toHaveLength(1);
    expect(texts.filter((text) => text.includes('Dit tijdstip is net vergeven'))).toHaveLength(49);
    const rows = bot.db.prepare("SELECT COUNT(*) AS n FROM spreekuur_bookings WHERE status = 'booked'").get();
    expect(rows).toEqual({ n: 1 });
  }, 120_000);

  it('the same from several processes on one database file', async () => {
    const { file, db, service } = spreekuurFixture('2026-03-20T09:00:00Z');
    service.saveSeries(person('coach'), mondaySeries());
    const people = new PeopleRepository(db);
    const processes = 8;
    for (let index = 0; index < processes; index += 1) {
      people.upsert({ id: `racer-${index}`, name: `Racer ${index}`, school: 'jan-arentsz', roles: [{ role: 'mentor' }] }, 'demo', new Date());
    }
    db.close();
    // Far enough ahead that every process has loaded tsx and opened the database before the start signal.
    const goAt = Date.now() + 6_000;
    const outcomes = await Promise.all(
      Array.from({ length: processes }, (_, index) =>
        new Promise<string>((resolve, reject) => {
          const child = spawn(process.execPath, [
            '--import', 'tsx', 'test/spreekuur/book-worker.ts',
            file, `racer-${index}`, String(SLOT.seriesId), SLOT.startsAt, '2026-03-20T09:00:00Z', String(goAt),
          ]);
          let out = '';
          child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
          child.on('error', reject);
          child.on('close', () => resolve(out));
        }),
      ),
    );
    const parsed = outcomes.map((out) => JSON.parse(out) as { ok?: boolean; reason?: string; error?: string });
    expect(parsed.filter((outcome) => outcome.error)).toEqual([]);
    expect(parsed.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(parsed.filter((outcome) => outcome.reason === 'slot-taken')).toHaveLength(processes - 1);
  }, 60_000);
});
