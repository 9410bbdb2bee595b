import { describe, expect, it } from 'vitest';
import type { Row } from '../../bench/http/report';
import { targetFailures } from '../../bench/http/targets';

/** A row of the bench's table with only what the targets read. */
const row = (workload: Row['workload'], connections: number, ratio: number, p99Ratio: number) => ({ workload, connections, ratio, p99Ratio }) as Row;
const meeting = [row('consent', 10, 0.95, 1.1), row('consent', 50, 0.85, 3), row('card', 10, 0.81, 2), row('mix', 10, 0.61, 2)];

describe('bench:http --targets (the lines of issue 15)', () => {
  it('passes a run that meets every line, whatever the p99 of workloads the issue sets none for', () => {
    expect(targetFailures(meeting)).toEqual([]);
  });

  it('names each line a run misses: throughput per workload and the consent p99 at 10 connections', () => {
    const missing = [row('consent', 10, 0.89, 1.21), row('consent', 50, 0.79, 1), row('card', 10, 0.79, 1), row('mix', 10, 0.59, 1)];
    expect(targetFailures(missing)).toEqual([
      "consent @10: 0.89× the baseline's requests/s, target at least 0.9×",
      "consent @10: p99 1.21× the baseline's, target at most 1.2×",
      "consent @50: 0.79× the baseline's requests/s, target at least 0.8×",
      "card @10: 0.79× the baseline's requests/s, target at least 0.8×",
      "mix @10: 0.59× the baseline's requests/s, target at least 0.6×",
    ]);
  });

  it('fails a run whose plan left a target out rather than passing it unseen', () => {
    expect(targetFailures(meeting.slice(0, 1))).toEqual([
      'consent @50: not measured, so its target (issue 15) is not shown',
      'card @10: not measured, so its target (issue 15) is not shown',
      'mix @10: not measured, so its target (issue 15) is not shown',
    ]);
  });
});
