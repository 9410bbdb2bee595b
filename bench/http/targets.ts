/**
 * The lines issue 15 sets for `npm run bench:http` on the development machine, checked with `--targets`: a run that
 * misses one fails with a line naming it, like any other failure of the run.
 */
import type { WorkloadName } from './workloads';
import type { Row } from './report';

interface Target {
  workload: WorkloadName;
  connections: number;
  /** requests/s of the bot at least this share of the baseline's alongside it. */
  minRatio: number;
  /** p99 of the bot at most this multiple of the baseline's (pooled over the run's stretches); absent: not set. */
  maxP99Ratio?: number;
}

export const ISSUE_TARGETS: readonly Target[] = [
  { workload: 'consent', connections: 10, minRatio: 0.9, maxP99Ratio: 1.2 },
  { workload: 'consent', connections: 50, minRatio: 0.8 },
  { workload: 'card', connections: 10, minRatio: 0.8 },
  { workload: 'mix', connections: 10, minRatio: 0.6 },
];

/** One line per target the run missed or did not measure. */
export function targetFailures(rows: readonly Row[], targets: readonly Target[] = ISSUE_TARGETS): string[] {
  return targets.flatMap((target) => {
    const name = `${target.workload} @${target.connections}`;
    const row = rows.find((candidate) => candidate.workload === target.workload && candidate.connections === target.connections);
    if (!row) return [`${name}: not measured, so its target (issue 15) is not shown`];
    const failures: string[] = [];
    if (row.ratio < target.minRatio) failures.push(`${name}: ${row.ratio}× the baseline's requests/s, target at least ${target.minRatio}×`);
    if (target.maxP99Ratio !== undefined && row.p99Ratio > target.maxP99Ratio) {
      failures.push(`${name}: p99 ${row.p99Ratio}× the baseline's, target at most ${target.maxP99Ratio}×`);
    }
    return failures;
  });
}
