import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './db';

/** One file per running bot process (several may share a database): `<DATA_DIR>/run/<pid>.pid`. */
const runDir = (dataDir: string): string => join(dataDir, 'run');

/** Marks this process as a bot using the data directory; the returned function removes the mark again. */
export function markRunning(dataDir: string): () => void {
  mkdirSync(runDir(dataDir), { recursive: true });
  const file = join(runDir(dataDir), `${process.pid}.pid`);
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}

/** The ids of bot processes that still run on this data directory (marks of processes that died are ignored). */
export function runningBots(dataDir: string): number[] {
  if (!existsSync(runDir(dataDir))) return [];
  return readdirSync(runDir(dataDir))
    .map((name) => /^(\d+)\.pid$/.exec(name)?.[1])
    .filter((pid): pid is string => pid !== undefined)
    .map(Number)
    .filter((pid) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch (error) {
        // EPERM: the process exists but belongs to someone else.
        return (error as NodeJS.ErrnoException).code === 'EPERM';
      }
    });
}

/** SQLite's online backup: a consistent copy while the bot keeps reading and writing. */
export async function backupDatabase(db: Db, target: string): Promise<void> {
  await db.backup(target);
}

export type BackupCheck = { ok: true } | { ok: false; reason: 'not-sqlite' | 'not-ours' | 'damaged' };

/** Whether a file is a sound database of this bot (before it replaces the real one). */
export function checkBackup(file: string): BackupCheck {
  let db: Db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch {
    return { ok: false, reason: 'not-sqlite' };
  }
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return { ok: false, reason: 'damaged' };
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('schema_migrations', 'people', 'jobs')").all();
    return tables.length === 3 ? { ok: true } : { ok: false, reason: 'not-ours' };
  } catch {
    return { ok: false, reason: 'not-sqlite' };
  } finally {
    db.close();
  }
}

/**
 * Puts a backup in place of the database (only while no bot runs: the caller checks). The current file is kept
 * next to it as `<name>.before-restore-<time>`; the old write-ahead log goes, it belongs to the replaced file.
 */
export function restoreDatabase(databaseFile: string, source: string, now: Date): string | undefined {
  const staged = `${databaseFile}.restoring`;
  copyFileSync(source, staged);
  let kept: string | undefined;
  if (existsSync(databaseFile)) {
    kept = `${databaseFile}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    renameSync(databaseFile, kept);
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${databaseFile}${suffix}`, { force: true });
  renameSync(staged, databaseFile);
  return kept;
}
