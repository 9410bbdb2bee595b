import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { applyMigrations } from './migrations';

export type Db = Database.Database;

/** Opens (or creates) the one database of the bot, ready for several processes writing at once. */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // Writers from other processes wait instead of failing with SQLITE_BUSY.
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  applyMigrations(db);
  reusePreparedStatements(db);
  return db;
}

/** Distinct SQL texts the code prepares is a few hundred at most; past this the cache stops growing. */
const MAX_CACHED_STATEMENTS = 1000;

/**
 * Repositories call `db.prepare(sql)` where they use it; compiling the SQL on every call cost a tenth of a turn's
 * CPU. The same SQL text now gets the same compiled statement back. Safe because statements run to completion
 * synchronously (nothing here uses `iterate()`) and no caller changes a statement's mode (`pluck`, `raw`, `expand`).
 */
function reusePreparedStatements(db: Db): void {
  const compile = db.prepare.bind(db);
  const statements = new Map<string, Database.Statement>();
  db.prepare = ((source: string) => {
    let statement = statements.get(source);
    if (!statement) {
      statement = compile(source);
      if (statements.size < MAX_CACHED_STATEMENTS) statements.set(source, statement);
    }
    return statement;
  }) as Db['prepare'];
}

/** `BEGIN IMMEDIATE`: takes the write lock before reading, so a check-then-insert cannot race another process. */
export function immediate<T>(db: Db, work: () => T): T {
  return db.transaction(work).immediate();
}

/**
 * Changes whenever anything was written to the database, by this connection (total_changes) or by another
 * process (data_version): what was read before may be reused while it stays the same.
 */
export function databaseVersion(db: Db): string {
  const row = db.prepare('SELECT total_changes() AS own, (SELECT data_version FROM pragma_data_version) AS others').get() as {
    own: number;
    others: number;
  };
  return `${row.own}/${row.others}`;
}

export function nowIso(date: Date): string {
  return date.toISOString();
}
