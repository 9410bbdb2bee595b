import { LruMap } from '../lru';
import type { Db } from './db';

/** Entries one cache keeps at most; past that the least recently used goes (the rate limiter also sweeps past 5000 people). */
const KEPT = 5000;

/** A table whose rows a cache keeps, and the column that holds the cache's key. */
export interface CachedTable {
  table: string;
  keyColumn: string;
}

const FORGET_FUNCTION = 'jos_row_cache_forget';

/** The caches of one database connection and what they know of writes by other connections. */
interface Caches {
  byName: Map<string, RowCache<unknown>>;
  /** `PRAGMA data_version` when last checked: it changes when another connection (process) commits a write. */
  othersVersion: number;
  /** Checked in this pass of the event loop already (reset by setImmediate). */
  checked: boolean;
}

const cachesByDb = new WeakMap<Db, Caches>();

const othersVersion = (db: Db): number => (db.prepare('PRAGMA data_version').get() as { data_version: number }).data_version;

function cachesOf(db: Db): Caches {
  let caches = cachesByDb.get(db);
  if (!caches) {
    const created: Caches = { byName: new Map(), othersVersion: othersVersion(db), checked: false };
    db.function(FORGET_FUNCTION, { varargs: false, deterministic: false }, (name: unknown, key: unknown) => {
      created.byName.get(String(name))?.forget(String(key));
      return null;
    });
    cachesByDb.set(db, created);
    caches = created;
  }
  return caches;
}

/**
 * Another connection's commit (a second bot process, a script) changes `data_version`: everything cached may be stale.
 * Checked at most once per pass of the event loop, so the reads of one turn (turn state, person, conversation
 * reference) cost one look at the database together; a write by another process is seen from the next pass on.
 */
function dropWhatOthersChanged(db: Db, caches: Caches): void {
  if (caches.checked) return;
  caches.checked = true;
  setImmediate(() => (caches.checked = false));
  const version = othersVersion(db);
  if (caches.othersVersion !== version) {
    caches.othersVersion = version;
    for (const cache of caches.byName.values()) cache.clear();
  }
}

/**
 * Rows read on every turn, kept in memory by key (at most KEPT, least recently used out) so a returning user's turn
 * reads them once. Never stale after a write, from wherever it comes:
 * - this connection's writes, through any code, run temporary triggers (they exist only on this connection) that
 *   drop the written key at once, also for rows deleted by a cascade;
 * - another connection's commits (a second bot process on the same file, a script) change `data_version`, checked
 *   before a cached value is handed out: the cache starts empty again.
 * Nothing is cached inside a transaction (it could still roll back). Values must not be changed by callers: keep
 * strings or frozen objects.
 */
export class RowCache<V> {
  private readonly entries = new LruMap<string, V>(KEPT);

  private constructor(
    private readonly db: Db,
    private readonly caches: Caches,
  ) {}

  /** The cache named `name` of this connection, created once with triggers on `tables`. */
  static of<V>(db: Db, name: string, tables: CachedTable[]): RowCache<V> {
    const caches = cachesOf(db);
    const known = caches.byName.get(name);
    if (known) return known as RowCache<V>;
    const cache = new RowCache<V>(db, caches);
    caches.byName.set(name, cache as RowCache<unknown>);
    for (const { table, keyColumn } of tables) {
      const forget = (row: 'NEW' | 'OLD') => `SELECT ${FORGET_FUNCTION}('${name}', ${row}.${keyColumn});`;
      const trigger = (event: string, body: string) =>
        `CREATE TEMP TRIGGER IF NOT EXISTS row_cache_${name}_${table}_${event.toLowerCase()} AFTER ${event} ON ${table} BEGIN ${body} END`;
      db.exec(trigger('INSERT', forget('NEW')));
      db.exec(trigger('UPDATE', forget('OLD') + forget('NEW')));
      db.exec(trigger('DELETE', forget('OLD')));
    }
    return cache;
  }

  /** The cached value of `key`, or what `read` finds in the database (then kept, also when it is `undefined`). */
  get(key: string, read: () => V): V {
    dropWhatOthersChanged(this.db, this.caches);
    if (this.entries.has(key)) return this.entries.get(key) as V;
    const value = read();
    this.keep(key, value);
    return value;
  }

  /** After this connection wrote `value` for `key` (its trigger dropped the old one): the next read needs no query. */
  wrote(key: string, value: V): void {
    this.keep(key, value);
  }

  forget(key: string): void {
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private keep(key: string, value: V): void {
    if (this.db.inTransaction) return;
    this.entries.set(key, value);
  }
}
