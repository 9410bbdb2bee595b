import type { Clock } from '../clock';
import { wallClock } from '../calendar/time';
import type { JobQueue } from '../jobs/queue';
import { truncateWal } from '../store/checkpoint';
import { immediate, type Db } from '../store/db';
import { RETENTION_PURGE_JOB } from './jobs';
import type { RetentionSettings } from './settings';

/** Per setting: deletes the text older than `cutoff` (its owner's SQL) and says how many rows it touched. */
export type RetentionPurges = Record<keyof RetentionSettings, (cutoff: Date) => number>;

export interface RetentionResult {
  purged: Record<keyof RetentionSettings, number>;
  /** The deleted text also left the write-ahead log (see truncateWal). */
  walCleared: boolean;
}

/**
 * Every stored free text except consultation questions (those have their own purge with anonymous counts): each
 * feature hands in how to delete its old text, this runs them daily in one write transaction and then empties the
 * write-ahead log, checked, as the consultation purge does.
 */
export class RetentionService {
  constructor(
    private readonly deps: {
      db: Db;
      clock: Clock;
      jobs: JobQueue;
      settings: RetentionSettings;
      purges: RetentionPurges;
      walCheckpoint?: Parameters<typeof truncateWal>[1];
    },
  ) {}

  get settings(): RetentionSettings {
    return this.deps.settings;
  }

  purge(): RetentionResult {
    const now = this.deps.clock.now().getTime();
    const entries = Object.entries(this.deps.purges) as Array<[keyof RetentionSettings, (cutoff: Date) => number]>;
    const purged = immediate(this.deps.db, () =>
      Object.fromEntries(entries.map(([setting, purge]) => [setting, purge(new Date(now - this.deps.settings[setting] * 86_400_000))])),
    ) as RetentionResult['purged'];
    // Also when nothing was purged now: an earlier purge may have left its text in the log.
    return { purged, walCleared: truncateWal(this.deps.db, this.deps.walCheckpoint).complete };
  }

  /** The next daily purge at 03:30 Amsterdam time (one job per day, so a restart does not add a second). */
  scheduleNext(): void {
    const next = wallClock(this.deps.clock.now()).plus({ days: 1 }).set({ hour: 3, minute: 30, second: 0, millisecond: 0 });
    this.deps.jobs.schedule(RETENTION_PURGE_JOB, { key: `${RETENTION_PURGE_JOB.kind}:${next.toISODate()}`, dueAt: next.toJSDate(), payload: {} });
  }
}
