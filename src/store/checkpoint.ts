import type { Db } from './db';

export interface WalCheckpoint {
  /** The write-ahead log was copied into the database file and truncated to zero bytes. */
  complete: boolean;
  attempts: number;
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function checkpointOnce(db: Db): boolean {
  try {
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as Array<{ busy: number; log: number; checkpointed: number }>;
    return !!result && result.busy === 0 && result.log === 0;
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) return false;
    throw error;
  }
}

/**
 * `PRAGMA wal_checkpoint(TRUNCATE)` until it completes. While another connection holds a read transaction the
 * checkpoint reports busy and leaves the log (with the deleted text in it) as it is; so try again, a bounded number of
 * times, and tell the caller when it never completed. The busy timeout is off meanwhile, so this blocks for at most
 * about attempts × pauseMs.
 */
export function truncateWal(db: Db, { attempts = 10, pauseMs = 500 }: { attempts?: number; pauseMs?: number } = {}): WalCheckpoint {
  const busyTimeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    for (let attempt = 1; attempt <= attempts; attempt++) {
      if (checkpointOnce(db)) return { complete: true, attempts: attempt };
      if (attempt < attempts) pause(pauseMs);
    }
    return { complete: false, attempts };
  } finally {
    db.pragma(`busy_timeout = ${busyTimeout}`);
  }
}
