import type { Clock } from '../src/clock';
import type { JobDefinition } from '../src/jobs/define';
import type { Job, JobQueue } from '../src/jobs/queue';
import { errorFacts, type Logger } from '../src/logger';

/** Tries of one job before it stays failed (about half an hour of back-off in all). */
export const MAX_ATTEMPTS = 5;

export type JobHandler<Payload> = (payload: Payload, job: Job) => Promise<void>;

/** Runs persisted jobs when due: once at start (what fell due while the bot was down), then on an interval. */
export class JobRunner {
  private readonly handlers = new Map<string, JobHandler<unknown>>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  /** Set when a run is asked for while one is going: jobs scheduled meanwhile run right after it, not an interval later. */
  private runAgain = false;
  /** The last run's failure (the queue itself, not one job), until a run succeeds; /healthz reports it. */
  private lastRunFailure: { at: Date; code: string } | undefined;

  constructor(
    readonly queue: JobQueue,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** Handles every job of one definition; its stored payload is parsed first (a bad one fails like a failing handler). */
  register<Payload>(definition: JobDefinition<Payload>, handler: JobHandler<Payload>): void {
    if (this.handlers.has(definition.kind)) throw new Error(`job kind ${definition.kind} registered twice`);
    this.handlers.set(definition.kind, (payload, job) => handler(definition.schema.parse(payload), job));
  }

  /**
   * Runs every due job once; concurrent calls share one run. Returns how many jobs were handled. Never rejects:
   * a queue that cannot be read or written (another process holds the lock, the disk is full) is logged with its
   * code and tried again on the next interval, the jobs stay where they are.
   */
  runDue(): Promise<number> {
    if (this.running) this.runAgain = true;
    this.running ??= this.runUntilSettled()
      .then((handled) => {
        this.lastRunFailure = undefined;
        return handled;
      })
      .catch((error: unknown) => {
        const facts = errorFacts(error);
        this.lastRunFailure = { at: this.clock.now(), code: facts.code ?? facts.err };
        this.logger.error({ event: 'jobs.run-failed', ...facts }, 'job run failed; retrying next interval');
        return 0;
      })
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  /**
   * Schedules a job due now and starts a run without waiting for it: whoever asked (a user's turn, another job)
   * never depends on the job, which is retried with back-off when it fails.
   */
  runSoon<Payload>(definition: JobDefinition<Payload>, key: string, payload: Payload): void {
    this.queue.schedule(definition, { key, dueAt: this.clock.now(), payload });
    void this.runDue();
  }

  /** Undefined while job runs succeed; otherwise when and with which code the last one failed. */
  get failure(): { at: Date; code: string } | undefined {
    return this.lastRunFailure;
  }

  start(intervalSeconds: number): void {
    void this.runDue();
    this.timer = setInterval(() => void this.runDue(), intervalSeconds * 1000);
    this.timer.unref();
  }

  /** Resolves when the run going now, if any, has finished; starts none. */
  async idle(): Promise<void> {
    await this.running;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.idle();
  }

  private async runUntilSettled(): Promise<number> {
    let handled = 0;
    do {
      this.runAgain = false;
      handled += await this.runBatch();
    } while (this.runAgain);
    return handled;
  }

  private async runBatch(): Promise<number> {
    let handled = 0;
    for (const job of this.queue.claimDue()) {
      const handler = this.handlers.get(job.kind);
      if (!handler) {
        this.queue.fail(job.id, `no handler for ${job.kind}`);
        continue;
      }
      try {
        await handler(job.payload, job);
        this.queue.complete(job.id);
        handled += 1;
      } catch (error) {
        // Back off 1, 4, 9, 16 minutes, at most 5 tries; the error message never holds message text.
        const retryAt = job.attempts < MAX_ATTEMPTS ? new Date(this.clock.now().getTime() + job.attempts ** 2 * 60_000) : undefined;
        this.queue.fail(job.id, (error as Error).message, retryAt);
        const facts = { kind: job.kind, jobId: job.id, attempts: job.attempts, ...errorFacts(error) };
        // Given up: the job stays in the queue as failed, for someone to look at.
        if (retryAt) this.logger.warn({ event: 'job.failed', ...facts });
        else this.logger.error({ event: 'job.gave-up', ...facts }, 'job failed for the last time');
      }
    }
    return handled;
  }
}
