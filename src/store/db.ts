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
  return db;
}

/** `BEGIN IMMEDIATE`: takes the write lock before reading, so a check-then-insert cannot race another process. */
export function immediate<T>(db: Db, work: () => T): T {
  return db.transaction(work).immediate();
}

export function nowIso(date: Date): string {
  return date.toISOString();
}
