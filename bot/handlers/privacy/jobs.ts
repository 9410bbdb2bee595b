import { RETENTION_PURGE_JOB } from '../../../src/retention/jobs';
import type { BotDeps } from '../../deps';

/** The daily purge of free text past its retention; also at start, so a bot that was down catches up at once. */
export function registerRetentionJobs(deps: BotDeps): void {
  const purge = () => {
    const { purged, walCleared } = deps.retention.purge();
    deps.retention.scheduleNext();
    deps.logger.info({ event: 'retention.purge', ...purged, walCleared });
    // The deleted text is still in the write-ahead log: a reader held it too long. The next purge tries again.
    if (!walCleared) deps.logger.error({ event: 'retention.purge.wal-not-cleared' });
  };
  deps.jobs.register(RETENTION_PURGE_JOB, async () => purge());
  purge();
}
