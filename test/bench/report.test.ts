import { describe, expect, it } from 'vitest';
import type { Measurement } from '../../bench/http/load';
import { benchReport, gcLines, memoryLines, runFailures, tableLines, workloadRow, type Stretch } from '../../bench/http/report';
import { planRounds } from '../../bench/http/rounds';
import { RSS_GROWTH_TOLERANCE_MB, RSS_LIMIT_MB, summarizeRss } from '../../bench/http/rssCheck';

const NO_ERRORS = { connection: 0, timeouts: 0, non2xx: 0, badReply: 0 };
/** A stretch of `requests` in one second, every one taking `latency` ms. */
const stretch = (requests: number, latency: number, cpuMs = requests / 2): Stretch => {
  const measured: Measurement = { requests, seconds: 1, latencies: Array<number>(requests).fill(latency), errorDetail: NO_ERRORS };
  return { measured, cpuMs, from: 0, to: 1000 };
};
const limits = { limitMb: RSS_LIMIT_MB, growthToleranceMb: RSS_GROWTH_TOLERANCE_MB };
const consent = { workload: 'consent', connections: 10 } as const;

describe('bench:http report', () => {
  // Round 1: the bot 100 req/s beside a baseline of 100; round 2: 300 beside 500.
  const row = workloadRow(consent, 'consent question → verdict', {
    bot: [stretch(100, 2), stretch(300, 40)],
    baseline: [stretch(100, 1), stretch(500, 10)],
    rssStartMb: 215,
    rssEndMbByRound: [228, 230],
  });

  it('takes a workload\'s rounds together: the ratios stand on the whole measured sample, not an average of rounds', () => {
    expect(row).toMatchObject({ requests: 400, seconds: 2, requestsPerSecond: 200, baselineRequestsPerSecond: 300 });
    // 400 / 600 requests, where the rounds' own ratios (1.0 and 0.6) would average 0.8.
    expect(row.ratio).toBe(0.67);
    // The p99 of all 400 latencies (300 of them 40 ms) against that of all 600 of the baseline (500 of them 10 ms).
    expect(row.p99).toBe(40);
    expect(row.baselineP99).toBe(10);
    expect(row.p99Ratio).toBe(4);
    // Per stretch pair: 2 / 1 ms and 40 / 10 ms.
    expect(row.p99RatioPerPair).toEqual({ median: 3, min: 2, max: 4 });
    expect(row.cpuMsPerRequest).toBe(0.5);
  });

  it('shows per workload the RSS at its start and at its end in each round', () => {
    const baselines = new Map([[10, { ...row, requestsPerSecond: 300 }]]);
    const [header, , baselineLine, rowLine] = tableLines(baselines, [row], 2);
    expect(header).toContain('| RSS at start | RSS at end, round 1 → 2 |');
    expect(rowLine).toMatch(/^\| consent question → verdict \| 10 \| 200 \| .* \| 0\.67× \| 4\.00× \| 3\.00× \(2\.00×–4\.00×\) \| .* \| 215 MB \| 228 → 230 MB \|$/);
    // Every line has as many cells as the header.
    const cells = (line: string) => line.split('|').length;
    expect(cells(baselineLine!)).toBe(cells(header!));
    expect(cells(rowLine!)).toBe(cells(header!));
    expect(tableLines(baselines, [{ ...row, rssEndMbByRound: [228, 230, 229] }], 3)[0]).toContain('RSS at end, round 1 → 2 → 3 |');
  });

  it('sets the bot\'s garbage collection beside the baseline\'s per workload, and prints nothing without it', () => {
    const share = (fullPer1000: number) => ({ fullPer1000, fullPauseMsPer1000: 8, fullPauseMaxMs: 12, scavengePauseMsPer1000: 40, scavengePauseMaxMs: 5 });
    expect(gcLines([{ ...row, gc: { bot: share(0.85), baseline: share(0.3) } }])).toEqual([
      'Garbage collection in the measured stretches, bot | baseline (--trace-gc):',
      '  consent @10: full collections 0.85 | 0.3 per 1000 requests, their pauses 8 | 8 ms per 1000 requests (longest 12 | 12 ms); ' +
        'scavenges 40 | 40 ms per 1000 requests (longest 5 | 5 ms)',
    ]);
    expect(gcLines([row])).toEqual([]);
  });

  it('prints the run\'s max RSS and the median per round against the limits below the table', () => {
    const rss = { bot: summarizeRss(180, [], [[227, 228], [229, 233]]), baseline: summarizeRss(120, [], [[300], [333]]) };
    const [rssLine, heapLine] = memoryLines(rss, { beforeMb: 97.6, maxMbByRound: [101.2, null], count: 3 }, limits);
    expect(rssLine).toBe(
      `RSS bot: 180 MB at start, max 233 MB (limit: under ${RSS_LIMIT_MB}); median per round 228 → 233 MB (+5 MB, tolerance ${RSS_GROWTH_TOLERANCE_MB}), ` +
        'highest per round 228 → 233 MB; baseline max 333 MB.',
    );
    expect(heapLine).toBe('Bot live heap after full collections: 97.6 MB before the measurement, max per round 101.2 → – MB (3 collections).');
  });

  it('fails the run for the RSS beside the existing reasons, and writes the per-round RSS and the verdict to the JSON', () => {
    const rss = { bot: summarizeRss(180, [], [[228], [252]]), baseline: summarizeRss(120, [], [[300], [300]]) };
    const baselines = new Map([[10, { ...row, requestsPerSecond: 300 }]]);
    const failures = runFailures({ baselines, rows: [row], warmupErrors: [], bookings: { doubleBooked: 1 }, rss: rss.bot, minRatio: 0.9, limits });
    expect(failures).toEqual([
      'consent @10: 0.67× of the baseline, under --min-ratio 0.9',
      '1 slots booked twice',
      `bot RSS reached 252 MB, not under the ${RSS_LIMIT_MB} MB limit`,
      `bot RSS grew between the rounds: median 228 MB in round 1, 252 MB in round 2 (+24 MB, more than the ${RSS_GROWTH_TOLERANCE_MB} MB tolerance)`,
    ]);
    const plan = planRounds([consent], { rounds: 2, duration: 20 });
    const report = JSON.parse(
      JSON.stringify(
        benchReport({
          startedAt: Date.UTC(2026, 10, 30, 10),
          seconds: 140,
          machine: { cpus: 2, node: 'v20', loadAverageAtEnd: 1 },
          options: { rounds: 2 },
          plan,
          baselines,
          rows: [row],
          warmupErrors: [],
          rss,
          limits,
          liveHeap: { beforeMb: 97.6, maxMbByRound: [101.2, 101.3], count: 16 },
          bookings: { booked: 24, doubleBooked: 1 },
          failures,
        }),
      ),
    );
    expect(report).toMatchObject({
      startedAt: '2026-11-30T10:00:00.000Z',
      plan: { rounds: 2, runs: [consent] },
      baselines: { '10': { requestsPerSecond: 300 } },
      rows: [{ workload: 'consent', ratio: 0.67, rssStartMb: 215, rssEndMbByRound: [228, 230] }],
      rss: { bot: { maxMb: 252, medianMbByRound: [228, 252], growthMb: 24 }, baseline: { maxMb: 300 }, limits },
      liveHeap: { maxMbByRound: [101.2, 101.3] },
      failures,
      ok: false,
    });
  });
});
