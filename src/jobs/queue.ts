import type { Clock } from '../clock';
import { immediate, type Db } from '../store/db';
import type { JobDefinition } from './define';

export interface Job {
  id: number;
  kind: string;
  key: string;
  dueAt: Date;
  payload: unknown;
  attempts: number;
}

interface JobRow {
  id: number;
  kind: string;
  job_key: string;
  due_at: string;
  payload_json: string;
  attempts: number;
}

/** A job claimed this long ago and never finished belongs to a process that died: run it again. */
const STALE_RUNNING_MS = 10 * 60 * 1000;

/**
 * Persisted due-jobs (reminders, escalations, purges). A restart neither loses them (they are rows) nor runs
 * them twice (a job is claimed in a write transaction, then completed).
 */
export class JobQueue {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Schedules a job; the same key again updates a pending job instead of adding a second one. */
  schedule<Payload>(definition: JobDefinition<Payload>, job: { key: string; dueAt: Date; payload: Payload }): void {
    this.db
      .prepare(
        `INSERT INTO jobs (kind, job_key, due_at, payload_json, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(job_key) DO UPDATE SET due_at = excluded.due_at, payload_json = excluded.payload_json,
           kind = excluded.kind, status = 'pending', attempts = 0, last_error = NULL, updated_at = excluded.updated_at
         WHERE jobs.status IN ('pending', 'cancelled', 'failed')`,
      )
      .run(definition.kind, job.key, job.dueAt.toISOString(), JSON.stringify(job.payload), this.clock.now().toISOString());
  }

  cancel(key: string): void {
    this.db
      .prepare("UPDATE jobs SET status = 'cancelled', updated_at = ? WHERE job_key = ? AND status = 'pending'")
      .run(this.clock.now().toISOString(), key);
  }

  cancelByPrefix(prefix: string): void {
    this.db
      .prepare("UPDATE jobs SET status = 'cancelled', updated_at = ? WHERE job_key LIKE ? ESCAPE '\\' AND status = 'pending'")
      .run(this.clock.now().toISOString(), `${prefix.replace(/[\\%_]/g, '\\$&')}%`);
  }

  /** Marks due jobs as running and returns them; another process calling at once gets other jobs or none. */
  claimDue(limit = 50): Job[] {
    const now = this.clock.now();
    const staleBefore = new Date(now.getTime() - STALE_RUNNING_MS).toISOString();
    return immediate(this.db, () => {
      const rows = this.db
        .prepare(
          `SELECT id, kind, job_key, due_at, payload_json, attempts FROM jobs
           WHERE (status = 'pending' AND due_at <= ?) OR (status = 'running' AND updated_at <= ?)
           ORDER BY due_at LIMIT ?`,
        )
        .all(now.toISOString(), staleBefore, limit) as JobRow[];
      const claim = this.db.prepare("UPDATE jobs SET status = 'running', attempts = attempts + 1, updated_at = ? WHERE id = ?");
      for (const row of rows) claim.run(now.toISOString(), row.id);
      return rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        key: row.job_key,
        dueAt: new Date(row.due_at),
        payload: JSON.parse(row.payload_json) as unknown,
        attempts: row.attempts + 1,
      }));
    });
  }

  complete(id: number): void {
    this.db.prepare("UPDATE jobs SET status = 'done', updated_at = ? WHERE id = ?").run(this.clock.now().toISOString(), id);
  }

  /** Records a failure; with `retryAt` the job runs again then, without it the job stays failed. */
  fail(id: number, error: string, retryAt?: Date): void {
    this.db
      .prepare('UPDATE jobs SET status = ?, last_error = ?, due_at = COALESCE(?, due_at), updated_at = ? WHERE id = ?')
      .run(retryAt ? 'pending' : 'failed', error.slice(0, 500), retryAt?.toISOString() ?? null, this.clock.now().toISOString(), id);
  }

  status(key: string): string | undefined {
    return (this.db.prepare('SELECT status FROM jobs WHERE job_key = ?').get(key) as { status: string } | undefined)?.status;
  }
}
