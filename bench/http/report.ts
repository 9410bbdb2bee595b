/**
 * What `npm run bench:http` makes of its measurements: a row per workload over all its rounds, the table, the memory
 * lines below it, the reasons the run fails, and the JSON written to bench/results/latest.json.
 */
import type { GcShare, LiveHeapSummary } from './gcTrace';
import { summarize, type LoadResult, type Measurement } from './load';
import type { RoundPlan, Run } from './rounds';
import { rssFailures, type RssSummary } from './rssCheck';
import type { WorkloadName } from './workloads';

/** One stretch of load on one process, and the CPU time the process used in it. */
export interface Stretch {
  measured: Measurement;
  cpuMs: number;
  /** When it began and ended (ms since the epoch), to find the process's collections in it. */
  from: number;
  to: number;
}

/** The p99 ratio of each bot stretch to the baseline stretch right after it: its median, lowest and highest. */
export interface PairedRatios {
  median: number;
  min: number;
  max: number;
}

export interface Row extends LoadResult {
  workload: WorkloadName;
  label: string;
  connections: number;
  /** The baseline in the stretches taking turns with this workload, at the same connections. */
  baselineRequestsPerSecond: number;
  baselineP99: number;
  /** requests/s of the bot divided by the baseline's alongside it. */
  ratio: number;
  /** p99 of the bot divided by the baseline's. */
  p99Ratio: number;
  /**
   * The same per stretch pair: a pooled p99 is decided by the few slowest stretches of either side, so the pairs
   * show whether the bot's tail is longer in most stretches or in one or two.
   */
  p99RatioPerPair: PairedRatios;
  /** The bot's RSS when the workload began in round 1. */
  rssStartMb: number;
  /** The bot's RSS when the workload ended, per round. */
  rssEndMbByRound: number[];
  /** CPU time (user + system) the bot process used in its stretches, divided by its requests. */
  cpuMsPerRequest: number;
  baselineCpuMsPerRequest: number;
  /** Garbage collection in the measured stretches (from --trace-gc), added once the processes have stopped. */
  gc?: { bot: GcShare; baseline: GcShare };
}

const cpuPerRequest = (parts: readonly Stretch[]) =>
  Math.round((parts.reduce((sum, part) => sum + part.cpuMs, 0) / Math.max(1, parts.reduce((sum, part) => sum + part.measured.requests, 0))) * 1000) / 1000;

const p99RatioOf = (bot: LoadResult, baseline: LoadResult) => Math.round((bot.p99 / Math.max(baseline.p99, 1)) * 100) / 100;

function pairedP99Ratios(bot: readonly Stretch[], baseline: readonly Stretch[]): PairedRatios {
  const ratios = bot.map((part, index) => p99RatioOf(summarize([part.measured]), summarize([baseline[index]!.measured]))).sort((a, b) => a - b);
  const middle = ratios.length / 2;
  const median = ratios.length % 2 ? ratios[Math.floor(middle)]! : (ratios[middle - 1]! + ratios[middle]!) / 2;
  return { median: Math.round(median * 100) / 100, min: ratios[0]!, max: ratios.at(-1)! };
}

/** The bot's stretches against the baseline stretches taking turns with them: throughput, latency, CPU and ratios. */
export function compareStretches(bot: readonly Stretch[], baseline: readonly Stretch[]): Omit<Row, 'workload' | 'label' | 'connections' | 'rssStartMb' | 'rssEndMbByRound'> {
  const result = summarize(bot.map((part) => part.measured));
  const alongside = summarize(baseline.map((part) => part.measured));
  return {
    ...result,
    baselineRequestsPerSecond: alongside.requestsPerSecond,
    baselineP99: alongside.p99,
    ratio: Math.round((result.requestsPerSecond / alongside.requestsPerSecond) * 100) / 100,
    p99Ratio: p99RatioOf(result, alongside),
    p99RatioPerPair: pairedP99Ratios(bot, baseline),
    cpuMsPerRequest: cpuPerRequest(bot),
    baselineCpuMsPerRequest: cpuPerRequest(baseline),
  };
}

/** A workload's row: the stretches of every round taken together, so its ratios stand on the whole measured sample. */
export function workloadRow(
  run: Run,
  label: string,
  measured: { bot: readonly Stretch[]; baseline: readonly Stretch[]; rssStartMb: number; rssEndMbByRound: number[] },
): Row {
  return {
    workload: run.workload,
    label,
    connections: run.connections,
    ...compareStretches(measured.bot, measured.baseline),
    rssStartMb: measured.rssStartMb,
    rssEndMbByRound: measured.rssEndMbByRound,
  };
}

const ms = (value: number) => `${value} ms`;
export const times = (value: number) => `${value.toFixed(2)}×`;
const roundNumbers = (rounds: number) => Array.from({ length: rounds }, (_, index) => index + 1).join(' → ');

/** The Markdown table: the baseline per connection level over all its stretches, then a row per workload. */
export function tableLines(baselines: ReadonlyMap<number, LoadResult>, rows: readonly Row[], rounds: number): string[] {
  const lines = [
    '| workload | conn | req/s | p50 | p90 | p99 | errors | baseline alongside: req/s, p99 | req/s vs baseline | p99 vs baseline | ' +
      `p99 vs baseline per stretch pair: median (lowest–highest) | CPU per request (baseline) | RSS at start | RSS at end, round ${roundNumbers(rounds)} |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [connections, baseline] of baselines) {
    lines.push(
      `| baseline: teams-ai echo (all stretches) | ${connections} | ${baseline.requestsPerSecond} | ${ms(baseline.p50)} | ${ms(baseline.p90)} | ${ms(baseline.p99)} | ${baseline.errors} | | | | | | | |`,
    );
  }
  for (const row of rows) {
    lines.push(
      `| ${row.label} | ${row.connections} | ${row.requestsPerSecond} | ${ms(row.p50)} | ${ms(row.p90)} | ${ms(row.p99)} | ${row.errors} | ` +
        `${row.baselineRequestsPerSecond}, ${ms(row.baselineP99)} | ${times(row.ratio)} | ${times(row.p99Ratio)} | ` +
        `${times(row.p99RatioPerPair.median)} (${times(row.p99RatioPerPair.min)}–${times(row.p99RatioPerPair.max)}) | ` +
        `${row.cpuMsPerRequest} ms (${row.baselineCpuMsPerRequest} ms) | ${row.rssStartMb} MB | ${row.rssEndMbByRound.join(' → ')} MB |`,
    );
  }
  return lines;
}

/** Below the table: the bot's RSS per round against the limits, and its live heap after full collections. */
export function memoryLines(
  rss: { bot: RssSummary; baseline: RssSummary },
  liveHeap: LiveHeapSummary,
  limits: { limitMb: number; growthToleranceMb: number },
): string[] {
  const { bot } = rss;
  const perRound = (values: ReadonlyArray<number | null>) => values.map((value) => value ?? '–').join(' → ');
  return [
    `RSS bot: ${bot.startMb} MB at start, max ${bot.maxMb} MB (limit: under ${limits.limitMb}); ` +
      `median per round ${perRound(bot.medianMbByRound)} MB (${bot.growthMb >= 0 ? '+' : ''}${bot.growthMb} MB, tolerance ${limits.growthToleranceMb}), ` +
      `highest per round ${perRound(bot.maxMbByRound)} MB; baseline max ${rss.baseline.maxMb} MB.`,
    `Bot live heap after full collections: ${liveHeap.beforeMb ?? '–'} MB before the measurement, ` +
      `max per round ${perRound(liveHeap.maxMbByRound)} MB (${liveHeap.count} collections).`,
  ];
}

/**
 * Below the memory lines: each workload's garbage collection, the bot's against the baseline's in the stretches beside
 * it. Full collections stop the main thread for milliseconds, and their marking takes CPU beside it from the same cores.
 */
export function gcLines(rows: readonly Row[]): string[] {
  const lines = rows.flatMap(({ workload, connections, gc }) => {
    if (!gc) return [];
    const { bot, baseline } = gc;
    return [
      `  ${workload} @${connections}: full collections ${bot.fullPer1000} | ${baseline.fullPer1000} per 1000 requests, ` +
        `their pauses ${bot.fullPauseMsPer1000} | ${baseline.fullPauseMsPer1000} ms per 1000 requests (longest ${bot.fullPauseMaxMs} | ${baseline.fullPauseMaxMs} ms); ` +
        `scavenges ${bot.scavengePauseMsPer1000} | ${baseline.scavengePauseMsPer1000} ms per 1000 requests (longest ${bot.scavengePauseMaxMs} | ${baseline.scavengePauseMaxMs} ms)`,
    ];
  });
  return lines.length ? ['Garbage collection in the measured stretches, bot | baseline (--trace-gc):', ...lines] : [];
}

/** Why the run fails, one line each: a failed request, a double booking, a ratio under --min-ratio, the bot's RSS. */
export function runFailures(measured: {
  baselines: ReadonlyMap<number, LoadResult>;
  rows: readonly Row[];
  warmupErrors: ReadonlyArray<{ target: string; connections: number; errors: number }>;
  bookings: { doubleBooked: number };
  rss: RssSummary;
  minRatio: number;
  limits: { limitMb: number; growthToleranceMb: number };
}): string[] {
  const failures: string[] = [];
  for (const [connections, result] of measured.baselines) {
    if (result.errors > 0) failures.push(`baseline @${connections}: ${result.errors} failed requests ${JSON.stringify(result.errorDetail)}`);
  }
  for (const row of measured.rows) {
    if (row.errors > 0) failures.push(`${row.workload} @${row.connections}: ${row.errors} failed requests ${JSON.stringify(row.errorDetail)}`);
    if (row.ratio < measured.minRatio) failures.push(`${row.workload} @${row.connections}: ${times(row.ratio)} of the baseline, under --min-ratio ${measured.minRatio}`);
  }
  for (const warm of measured.warmupErrors) {
    if (warm.errors > 0) failures.push(`warm-up ${warm.target} @${warm.connections}: ${warm.errors} failed requests`);
  }
  if (measured.bookings.doubleBooked > 0) failures.push(`${measured.bookings.doubleBooked} slots booked twice`);
  return [...failures, ...rssFailures(measured.rss, measured.limits)];
}

/** bench/results/latest.json: the options, the table's rows and baselines, the memory figures and the verdict. */
export function benchReport(run: {
  startedAt: number;
  seconds: number;
  machine: { cpus: number; node: string; loadAverageAtEnd: number };
  options: object;
  plan: RoundPlan;
  baselines: ReadonlyMap<number, LoadResult>;
  rows: readonly Row[];
  warmupErrors: ReadonlyArray<{ target: string; connections: number; errors: number }>;
  rss: { bot: RssSummary; baseline: RssSummary };
  limits: { limitMb: number; growthToleranceMb: number };
  liveHeap: LiveHeapSummary;
  bookings: { booked: number; doubleBooked: number };
  failures: readonly string[];
}) {
  return {
    startedAt: new Date(run.startedAt).toISOString(),
    seconds: run.seconds,
    machine: run.machine,
    options: run.options,
    plan: run.plan,
    baselines: Object.fromEntries(run.baselines),
    rows: run.rows,
    warmupErrors: run.warmupErrors,
    rss: { ...run.rss, limits: run.limits },
    liveHeap: run.liveHeap,
    bookings: run.bookings,
    failures: run.failures,
    ok: run.failures.length === 0,
  };
}
