import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Db } from '../../src/store/db';
import { PeopleRepository } from '../../src/people/repository';
import { RowCache } from '../../src/store/rowCache';
import { Proactive } from '../../bot/proactive';
import { SqliteStorage } from '../../bot/storage';
import { createLogger } from '../../src/logger';
import { ManualClock } from '../../src/clock';
import { startTestBot, type TestBot } from '../helpers/bot';
import { cardText } from '../helpers/cards';

/** The next pass of the event loop: where the cache looks again whether another connection wrote. */
const nextPass = () => new Promise<void>((resolve) => setImmediate(resolve));

function freshDatabase(): { db: Db; file: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'jos-rowcache-')), 'jos.sqlite');
  const db = openDatabase(file);
  db.prepare("INSERT INTO roles (id, label, description) VALUES ('mentor', 'Mentor', 'Mentor')").run();
  db.prepare("INSERT INTO people (id, name, source, created_at) VALUES ('p1', 'Eerste Naam', 'chat', '2026-01-01T00:00:00Z')").run();
  return { db, file };
}

/** How often `sql` is prepared (repositories prepare where they use it, so a cache hit prepares nothing). */
function countPrepares(db: Db, sql: RegExp): () => number {
  const spy = vi.spyOn(db, 'prepare');
  return () => spy.mock.calls.filter(([text]) => sql.test(String(text))).length;
}

describe('rows kept in memory between turns (src/store/rowCache.ts)', () => {
  let db: Db;
  let file: string;
  afterEach(() => {
    vi.restoreAllMocks();
    db.close();
  });

  it('reads a person once and answers the next asks from memory', async () => {
    ({ db, file } = freshDatabase());
    const people = new PeopleRepository(db);
    const reads = countPrepares(db, /FROM people WHERE id/);
    expect(people.get('p1')?.name).toBe('Eerste Naam');
    expect(people.get('p1')?.name).toBe('Eerste Naam');
    await nextPass();
    expect(people.get('p1')?.name).toBe('Eerste Naam');
    expect(reads()).toBe(1);
  });

  it('never hands out what this connection changed since, through a repository or any other statement', () => {
    ({ db, file } = freshDatabase());
    const people = new PeopleRepository(db);
    expect(people.get('p1')?.roles).toEqual([]);
    people.replaceRoles('p1', [{ role: 'mentor' }]);
    expect(people.get('p1')?.roles).toEqual([{ role: 'mentor' }]);
    db.prepare("UPDATE people SET name = 'Nieuwe Naam' WHERE id = 'p1'").run();
    expect(people.get('p1')?.name).toBe('Nieuwe Naam');
    const proactive = new Proactive({} as never, db, '', new ManualClock('2026-01-01T00:00:00Z'), createLogger('silent'));
    db.prepare("INSERT INTO conversation_refs (person_id, reference_json, updated_at) VALUES ('p1', '{}', '2026-01-01T00:00:00Z')").run();
    expect(proactive.canReach('p1')).toBe(true);
    // The erasure deletes the person; roles and conversation reference go by cascade.
    db.prepare("DELETE FROM people WHERE id = 'p1'").run();
    expect(people.get('p1')).toBeUndefined();
    expect(proactive.canReach('p1')).toBe(false);
    // A person asked for before they exist is not kept as missing once they are created.
    people.ensure('p1', 'Terug', 'Collega', new Date('2026-01-02T00:00:00Z'));
    expect(people.get('p1')?.name).toBe('Terug');
  });

  it('sees a commit by another process (connection) from the next pass of the event loop on', async () => {
    ({ db, file } = freshDatabase());
    const people = new PeopleRepository(db);
    expect(people.get('p1')?.name).toBe('Eerste Naam');
    const other = new Database(file);
    other.prepare("UPDATE people SET name = 'Van Elders' WHERE id = 'p1'").run();
    other.close();
    await nextPass();
    expect(people.get('p1')?.name).toBe('Van Elders');
  });

  it('keeps nothing a transaction read before it rolled back', () => {
    ({ db, file } = freshDatabase());
    const people = new PeopleRepository(db);
    expect(() =>
      db.transaction(() => {
        db.prepare("UPDATE people SET name = 'Nooit Bewaard' WHERE id = 'p1'").run();
        expect(people.get('p1')?.name).toBe('Nooit Bewaard');
        throw new Error('rolled back');
      })(),
    ).toThrow('rolled back');
    expect(people.get('p1')?.name).toBe('Eerste Naam');
  });

  it('keeps turn state written through the storage without reading it back, and each read gets its own object', async () => {
    ({ db, file } = freshDatabase());
    const storage = new SqliteStorage(db, new ManualClock('2026-01-01T00:00:00Z'));
    const reads = countPrepares(db, /SELECT value_json FROM bot_state/);
    await storage.write({ 'msteams/bot/conversations/c1': { consent: { open: true }, eTag: '*' } });
    const first = await storage.read(['msteams/bot/conversations/c1']);
    expect(first).toEqual({ 'msteams/bot/conversations/c1': { consent: { open: true } } });
    (first['msteams/bot/conversations/c1'] as { consent: { open: boolean } }).consent.open = false;
    expect(await storage.read(['msteams/bot/conversations/c1'])).toEqual({ 'msteams/bot/conversations/c1': { consent: { open: true } } });
    expect(reads()).toBe(0);
    storage.forgetIdleBefore(new Date('2026-01-02T00:00:00Z'));
    expect(await storage.read(['msteams/bot/conversations/c1'])).toEqual({});
  });

  it('is bounded: at most 5000 keys, least recently used out', () => {
    ({ db, file } = freshDatabase());
    const cache = RowCache.of<number>(db, 'test_bound', [{ table: 'people', keyColumn: 'id' }]);
    for (let index = 0; index < 6000; index += 1) cache.get(`key-${index}`, () => index);
    expect(cache.size).toBe(5000);
    const reread = vi.fn(() => -1);
    expect(cache.get('key-5999', reread)).toBe(5999);
    expect(cache.get('key-0', reread)).toBe(-1);
    expect(reread).toHaveBeenCalledTimes(1);
  });
});

describe('a conversation through the cached turn state', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot();
  });
  afterAll(() => bot.stop());

  it('continues a typed follow-up on the next turn and after a restart', async () => {
    const mentor = bot.user('cache-mentor', { roles: [{ role: 'mentor' }] });
    expect(cardText((await mentor.say('mag de gedragswetenschapper een leerling testen?'))[0])).toContain('Hoe oud is de leerling');
    // The conversation now remembers an open question: a typed answer continues it.
    expect(cardText((await mentor.say('hij is 14'))[0])).toContain('Toestemming nodig van de leerling én de ouders met gezag');
    expect(cardText((await mentor.say('mag de gedragswetenschapper een leerling testen?'))[0])).toContain('Hoe oud is de leerling');
    await bot.restart();
    expect(cardText((await mentor.say('hij is 14'))[0])).toContain('Toestemming nodig van de leerling én de ouders met gezag');
  });
});
