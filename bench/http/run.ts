/**
 * `npm run bench:http`: the real bot (local mode, fresh database) against the smallest teams-ai echo bot on the same
 * stack, under the same load, in one run. Prints a table per workload, writes bench/results/latest.json and exits
 * non-zero when a request failed, a slot was booked twice, or a workload's throughput ratio is under --min-ratio.
 * Below the table: the bot's RSS and its live heap after full collections (--trace-gc), each in the first and second
 * half of the measurement.
 *
 * Bot and baseline take turns in 4 s stretches (the baseline 1 s), so both meet the same machine load.
 * Flags: --warmup S (5, once per process) --duration S (20) --runs consent@10,card@10,slots@10,mix@10,consent@50 --users N (1000)
 *        (workloads: consent, card, slots, book, mix)
 *        --min-ratio R (0: not checked) --profile (CPU profile of the bot into bench/results/profiles)
 *        --memory-trace (the bot's memory per second, per V8 space and outside the heap, into bench/results/memory.jsonl).
 */
import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fullCollections, liveHeapSummary, type LiveHeapSummary } from './gcTrace';
import { drive, summarize, type LoadResult, type Measurement } from './load';
import { REPO_ROOT, startServerProcess, type ServerProcess } from './processes';
import { printProfileTop, savedMapFile } from './profileTop';
import { buildBot, DIST_ENTRY } from '../../scripts/build';
import { build } from 'esbuild';
import {
  botWorkloads,
  discoverSlots,
  echoWorkload,
  SLOTS_TEXT,
  WORKLOAD_NAMES,
  type Workload,
  type WorkloadName,
} from './workloads';

const RESULTS_DIR = join(REPO_ROOT, 'bench/results');
const PROFILE_DIR = join(RESULTS_DIR, 'profiles');
/** The bot's mentors belong to a school with demo JOS workers, so the slot list has slots (bot/handlers/spreekuur). */
const BENCH_SCHOOL = 'stedelijk-dalton';
/** Replies are delivered in the HTTP response (expectReplies); nothing is ever posted to this address. */
const SERVICE_URL = 'http://127.0.0.1:9';

interface Run {
  workload: WorkloadName;
  connections: number;
}

interface Row extends LoadResult {
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
  rssStartMb: number;
  rssEndMb: number;
  /** CPU time (user + system) the bot process used in its stretches, divided by its requests. */
  cpuMsPerRequest: number;
  baselineCpuMsPerRequest: number;
}

function parseOptions() {
  const { values } = parseArgs({
    options: {
      warmup: { type: 'string', default: '5' },
      duration: { type: 'string', default: '20' },
      runs: { type: 'string', default: 'consent@10,card@10,slots@10,mix@10,consent@50' },
      users: { type: 'string', default: '1000' },
      'min-ratio': { type: 'string', default: '0' },
      profile: { type: 'boolean', default: false },
      'memory-trace': { type: 'boolean', default: false },
    },
  });
  const runs: Run[] = values.runs.split(',').map((entry) => {
    const [workload, connections] = entry.trim().split('@');
    if (!(WORKLOAD_NAMES as readonly string[]).includes(workload!) || !Number(connections)) {
      throw new Error(`--runs: "${entry}" is geen workload@verbindingen (workloads: ${WORKLOAD_NAMES.join(', ')})`);
    }
    return { workload: workload as WorkloadName, connections: Number(connections) };
  });
  return {
    warmup: Number(values.warmup),
    duration: Number(values.duration),
    runs,
    users: Number(values.users),
    minRatio: Number(values['min-ratio']),
    profile: values.profile,
    memoryTrace: values['memory-trace'],
  };
}

/** A fixed-seed generator, so the mix draws the same sequence every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** RSS of one process sampled twice a second while it is under load. */
class RssSampler {
  readonly samples: number[] = [];
  private timer: NodeJS.Timeout | undefined;
  constructor(private readonly server: ServerProcess) {}
  start(): void {
    this.timer ??= setInterval(() => this.samples.push(this.server.rssMb()), 500);
  }
  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
  /**
   * The highest sample, and per half the highest and the median. RSS rises and falls by a few MB with each full
   * collection of the V8 heap, so the highest sample of a half moves with when the collections fell; the median
   * shows a level that has moved.
   */
  summary() {
    const half = Math.floor(this.samples.length / 2);
    const max = (values: number[]) => (values.length ? Math.max(...values) : NaN);
    const median = (values: number[]) => (values.length ? values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]! : NaN);
    const [first, second] = [this.samples.slice(0, half), this.samples.slice(half)];
    return {
      maxMb: max(this.samples),
      firstHalfMaxMb: max(first),
      secondHalfMaxMb: max(second),
      firstHalfMedianMb: median(first),
      secondHalfMedianMb: median(second),
    };
  }
}

const ms = (value: number) => `${value} ms`;
/** The 1-minute load average: other work on the 2 shared cores shows here. */
const loadAverage = () => loadavg()[0]!.toFixed(1);
const times = (value: number) => `${value.toFixed(2)}×`;

function printTable(baselines: Map<number, LoadResult>, rows: Row[]): void {
  console.log(
    '\n| workload | conn | req/s | p50 | p90 | p99 | errors | baseline alongside: req/s, p99 | req/s vs baseline | p99 vs baseline | CPU per request (baseline) | RSS start → end |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const [connections, baseline] of baselines) {
    console.log(
      `| baseline: teams-ai echo (all stretches) | ${connections} | ${baseline.requestsPerSecond} | ${ms(baseline.p50)} | ${ms(baseline.p90)} | ${ms(baseline.p99)} | ${baseline.errors} | | | | | |`,
    );
  }
  for (const row of rows) {
    console.log(
      `| ${row.label} | ${row.connections} | ${row.requestsPerSecond} | ${ms(row.p50)} | ${ms(row.p90)} | ${ms(row.p99)} | ${row.errors} | ` +
        `${row.baselineRequestsPerSecond}, ${ms(row.baselineP99)} | ${times(row.ratio)} | ${times(row.p99Ratio)} | ` +
        `${row.cpuMsPerRequest} ms (${row.baselineCpuMsPerRequest} ms) | ${row.rssStartMb} → ${row.rssEndMb} MB |`,
    );
  }
}

/** Bookings that share a slot (the partial unique index should make this impossible), and how many were made. */
function checkBookings(databaseFile: string): { booked: number; doubleBooked: number } {
  const db = new Database(databaseFile, { readonly: true });
  try {
    const booked = (db.prepare("SELECT COUNT(*) AS n FROM spreekuur_bookings WHERE status <> 'cancelled'").get() as { n: number }).n;
    const doubleBooked = (
      db
        .prepare(
          `SELECT COUNT(*) AS n FROM (SELECT series_id, starts_at FROM spreekuur_bookings WHERE status <> 'cancelled'
           GROUP BY series_id, starts_at HAVING COUNT(*) > 1)`,
        )
        .get() as { n: number }
    ).n;
    return { booked, doubleBooked };
  } finally {
    db.close();
  }
}

/** The main thread's profile of the last run (node names them CPU.<date>.<time>.<pid>.<thread>.<n>). */
function newestProfile(): string | undefined {
  const files = readdirSync(PROFILE_DIR).filter((name) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(name));
  return files.map((name) => join(PROFILE_DIR, name)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
}

const ENV_ASSIGNMENT = /^([A-Z_][A-Z0-9_]*)=(.*)$/;

/**
 * The environment and node flags of `npm run start:bot` (`[NAME=value ...] node <flags> dist/main.js`), so the bench runs
 * the bot as deployments do.
 */
function productionCommand(): { env: Record<string, string>; nodeFlags: string[] } {
  const scripts = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const words = (scripts['start:bot'] ?? '').trim().split(/\s+/);
  const env: Record<string, string> = {};
  while (ENV_ASSIGNMENT.test(words[0] ?? '')) {
    const [name, value] = ENV_ASSIGNMENT.exec(words.shift()!)!.slice(1) as [string, string];
    env[name] = value;
  }
  const [command, ...rest] = words;
  if (command !== 'node' || rest.at(-1) !== 'dist/main.js') {
    throw new Error(`package.json start:bot is not "[NAME=value ...] node <flags> dist/main.js": ${scripts['start:bot']}`);
  }
  return { env, nodeFlags: rest.slice(0, -1) };
}

/**
 * A file of bench/http bundled like the bot (packages stay in node_modules), so it runs under plain node: the
 * baseline, and the memory trace preloaded into the bot.
 */
async function bundle(name: 'baseline' | 'memoryTrace'): Promise<string> {
  const outfile = join(RESULTS_DIR, `build/${name}.js`);
  await build({
    entryPoints: [join(REPO_ROOT, `bench/http/${name}.ts`)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}

async function main(): Promise<number> {
  const options = parseOptions();
  const workDir = mkdtempSync(join(tmpdir(), 'jos-bench-'));
  mkdirSync(RESULTS_DIR, { recursive: true });
  if (options.profile) mkdirSync(PROFILE_DIR, { recursive: true });
  const failures: string[] = [];
  const started = Date.now();

  // As production runs it (`npm run start:bot`): the bundle under plain node. The baseline is bundled the same way.
  const baselineEntry = await bundle('baseline');
  const memoryTrace = options.memoryTrace ? { preload: await bundle('memoryTrace'), file: join(RESULTS_DIR, 'memory.jsonl') } : undefined;
  if (memoryTrace) rmSync(memoryTrace.file, { force: true });
  await buildBot();
  const production = productionCommand();
  const [bot, baseline] = await Promise.all([
    startServerProcess({
      name: 'bot',
      entry: DIST_ENTRY,
      logDir: workDir,
      // --trace-gc: the live heap after each full collection, read back from the log (gcTrace.ts).
      nodeFlags: [
        ...production.nodeFlags,
        '--trace-gc',
        ...(options.profile ? ['--cpu-prof', '--cpu-prof-dir', PROFILE_DIR] : []),
        ...(memoryTrace ? ['--import', memoryTrace.preload] : []),
      ],
      env: {
        ...production.env,
        ...(memoryTrace ? { MEMORY_TRACE_FILE: memoryTrace.file } : {}),
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: join(workDir, 'data'),
        LOG_LEVEL: 'info',
        LOCAL_ROLES: 'mentor',
        LOCAL_SCHOOL: BENCH_SCHOOL,
        // Each of the 1000 users sends far more a minute than a person would (the limit is 30): measure turns, not refusals.
        RATE_LIMIT_PER_MINUTE: '10000',
        // Never the Teams credentials of a developer's .env: the bench bot runs in local mode.
        MicrosoftAppId: '',
        MicrosoftAppPassword: '',
        MicrosoftAppTenantId: '',
        ALLOWED_TENANT_IDS: '',
      },
    }),
    startServerProcess({ name: 'baseline', entry: baselineEntry, logDir: workDir, env: { PORT: '0', HOST: '127.0.0.1' } }),
  ]);
  const botRss = new RssSampler(bot);
  const baselineRss = new RssSampler(baseline);
  const rssAtStart = { bot: bot.rssMb(), baseline: baseline.rssMb() };
  const baselines = new Map<number, LoadResult>();
  const rows: Row[] = [];
  const warmupErrors: Array<{ target: string; connections: number; errors: number }> = [];
  let bookings = { booked: 0, doubleBooked: 0 };
  /** From the first bot stretch to the end of the last: the span RSS and the live heap are split in halves over. */
  const measuredSpan = { from: NaN, to: NaN };

  try {
    const echo = echoWorkload(SERVICE_URL);
    // The booking attempts pick from the slots one user outside the pool finds.
    const slots = await discoverSlots(bot.messagesUrl, SERVICE_URL, options.users + 1);
    if (slots.length === 0) throw new Error(`de bot gaf geen open plekken op "${SLOTS_TEXT}" en de dagen daarvan; zie ${bot.logFile}`);
    const workloads = botWorkloads(SERVICE_URL, slots, seededRandom(15));

    // Other work on the machine comes and goes within seconds: bot and baseline take turns in short stretches
    // (4 s of the workload, then 1 s of the baseline), so both meet the same load.
    const rounds = Math.max(1, Math.round(options.duration / 4));
    const botStretch = options.duration / rounds;
    const baselineStretch = botStretch / 4;
    const levels = [...new Set(options.runs.map((run) => run.connections))].sort((a, b) => a - b);
    const plan = levels.map((connections) => options.runs.filter((run) => run.connections === connections));
    console.log(
      `bench:http — ${options.warmup} s warm-up, ${options.duration} s per workload in ${rounds} stretches, each followed by ` +
        `${Math.round(baselineStretch * 100) / 100} s of baseline, ` +
        `${options.users} users, ${slots.length} open slots, ` +
        `${availableParallelism()} CPUs, load average ${loadAverage()}, Node ${process.version}, bot: ${Object.entries(production.env).map(([name, value]) => `${name}=${value} `).join('')}node ${bot.nodeFlags.join(' ')} dist/main.js`,
    );

    // Once per process, before its first measurement: later levels find it warm, and the run stays under 3 minutes.
    const warmed = new Set<ServerProcess>();
    const warmUp = async (target: ServerProcess, workload: Workload, connections: number) => {
      if (options.warmup <= 0 || warmed.has(target)) return;
      warmed.add(target);
      const result = summarize([await drive(target.messagesUrl, workload, { connections, seconds: options.warmup, users: options.users })]);
      warmupErrors.push({ target: target.name, connections, errors: result.errors });
    };
    const stretch = async (target: ServerProcess, rss: RssSampler, workload: Workload, connections: number, seconds: number) => {
      if (target === bot && Number.isNaN(measuredSpan.from)) measuredSpan.from = Date.now();
      rss.start();
      const cpuBefore = target.cpuMs();
      const measured = await drive(target.messagesUrl, workload, { connections, seconds, users: options.users });
      const cpuMs = target.cpuMs() - cpuBefore;
      rss.stop();
      if (target === bot) measuredSpan.to = Date.now();
      return { measured, cpuMs };
    };
    const cpuPerRequest = (parts: Array<{ measured: Measurement; cpuMs: number }>) =>
      Math.round((parts.reduce((sum, part) => sum + part.cpuMs, 0) / Math.max(1, parts.reduce((sum, part) => sum + part.measured.requests, 0))) * 1000) / 1000;

    for (const [index, runs] of plan.entries()) {
      const connections = levels[index]!;
      await warmUp(baseline, echo, connections);
      // The mix goes through every path the workloads take (text, card click, slot list, booking).
      await warmUp(bot, workloads.mix, connections);
      const allBaseline: Measurement[] = [];
      for (const run of runs) {
        const workload = workloads[run.workload];
        const rssStartMb = bot.rssMb();
        const botParts: Array<{ measured: Measurement; cpuMs: number }> = [];
        const baselineParts: Array<{ measured: Measurement; cpuMs: number }> = [];
        for (let round = 0; round < rounds; round += 1) {
          botParts.push(await stretch(bot, botRss, workload, connections, botStretch));
          baselineParts.push(await stretch(baseline, baselineRss, echo, connections, baselineStretch));
        }
        const rssEndMb = bot.rssMb();
        allBaseline.push(...baselineParts.map((part) => part.measured));
        const result = summarize(botParts.map((part) => part.measured));
        const alongside = summarize(baselineParts.map((part) => part.measured));
        const row: Row = {
          workload: run.workload,
          label: workload.label,
          connections,
          ...result,
          baselineRequestsPerSecond: alongside.requestsPerSecond,
          baselineP99: alongside.p99,
          ratio: Math.round((result.requestsPerSecond / alongside.requestsPerSecond) * 100) / 100,
          p99Ratio: Math.round((result.p99 / Math.max(alongside.p99, 1)) * 100) / 100,
          rssStartMb,
          rssEndMb,
          cpuMsPerRequest: cpuPerRequest(botParts),
          baselineCpuMsPerRequest: cpuPerRequest(baselineParts),
        };
        rows.push(row);
        console.log(
          `  ${run.workload} @${connections}: ${row.requestsPerSecond} req/s, p99 ${row.p99} ms; ` +
            `baseline alongside ${alongside.requestsPerSecond} req/s, p99 ${alongside.p99} ms (${times(row.ratio)}); ` +
            `CPU ${row.cpuMsPerRequest} ms/request (baseline ${row.baselineCpuMsPerRequest})`,
        );
      }
      baselines.set(connections, summarize(allBaseline));
    }
  } finally {
    await Promise.all([bot.stop(), baseline.stop()]);
  }
  bookings = checkBookings(join(workDir, 'data', 'jos.sqlite'));
  const liveHeap: LiveHeapSummary = liveHeapSummary(fullCollections(readFileSync(bot.logFile, 'utf8'), bot.startedAt), measuredSpan.from, measuredSpan.to);

  for (const [connections, result] of baselines) {
    if (result.errors > 0) failures.push(`baseline @${connections}: ${result.errors} failed requests ${JSON.stringify(result.errorDetail)}`);
  }
  for (const row of rows) {
    if (row.errors > 0) failures.push(`${row.workload} @${row.connections}: ${row.errors} failed requests ${JSON.stringify(row.errorDetail)}`);
    if (row.ratio < options.minRatio) failures.push(`${row.workload} @${row.connections}: ${times(row.ratio)} of the baseline, under --min-ratio ${options.minRatio}`);
  }
  for (const warm of warmupErrors) {
    if (warm.errors > 0) failures.push(`warm-up ${warm.target} @${warm.connections}: ${warm.errors} failed requests`);
  }
  if (bookings.doubleBooked > 0) failures.push(`${bookings.doubleBooked} slots booked twice`);

  const rss = { bot: { startMb: rssAtStart.bot, ...botRss.summary() }, baseline: { startMb: rssAtStart.baseline, ...baselineRss.summary() } };
  printTable(baselines, rows);
  console.log(
    `\nRSS bot: ${rss.bot.startMb} MB at start, max ${rss.bot.maxMb} MB (first half ${rss.bot.firstHalfMaxMb}, second half ${rss.bot.secondHalfMaxMb}; ` +
      `median ${rss.bot.firstHalfMedianMb} and ${rss.bot.secondHalfMedianMb}); ` +
      `baseline max ${rss.baseline.maxMb} MB.\nBot live heap after full collections: ${liveHeap.beforeMb ?? '–'} MB before the measurement, ` +
      `max ${liveHeap.firstHalfMaxMb ?? '–'} MB in the first half, ${liveHeap.secondHalfMaxMb ?? '–'} MB in the second (${liveHeap.count} collections).\n` +
      `Bookings made: ${bookings.booked}, slots booked twice: ${bookings.doubleBooked}. ` +
      `${Math.round((Date.now() - started) / 1000)} s in all; load average ${loadAverage()} at the end.`,
  );
  const report = {
    startedAt: new Date(started).toISOString(),
    seconds: Math.round((Date.now() - started) / 1000),
    machine: { cpus: availableParallelism(), node: process.version, loadAverageAtEnd: Number(loadAverage()) },
    options,
    baselines: Object.fromEntries(baselines),
    rows,
    warmupErrors,
    rss,
    liveHeap,
    bookings,
    failures,
    ok: failures.length === 0,
  };
  writeFileSync(join(RESULTS_DIR, 'latest.json'), JSON.stringify(report, null, 2) + '\n');
  if (memoryTrace) console.log(`\nThe bot's memory per second: ${memoryTrace.file}`);
  if (options.profile) {
    const profile = newestProfile();
    if (profile) {
      // The next build replaces dist/main.js.map: the profile keeps the map it was taken with.
      copyFileSync(`${DIST_ENTRY}.map`, savedMapFile(profile, DIST_ENTRY));
      printProfileTop(profile);
    }
  }
  rmSync(workDir, { recursive: true, force: true });
  if (failures.length > 0) {
    console.error(`\nbench:http failed:\n- ${failures.join('\n- ')}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('bench:http:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
