/**
 * `npm run bench:http`: the real bot (local mode, fresh database) against the smallest teams-ai echo bot on the same
 * stack, under the same load, in one run. Prints a table per workload, writes bench/results/latest.json and exits
 * non-zero when a request failed, a slot was booked twice, a workload's throughput ratio is under --min-ratio, the
 * bot's RSS reached 250 MB, or its RSS grew from the first round to the last (rssCheck.ts).
 *
 * The whole plan runs in rounds (rounds.ts): every round the same workloads in the same order against the same bot,
 * each for duration / rounds seconds, so the first half of the run is the same work as the second. The table takes
 * each workload's rounds together; below it, the bot's RSS and its live heap after full collections (--trace-gc)
 * per round. Within a round, bot and baseline take turns in stretches (4 s or more of the workload, then a quarter
 * of that of the baseline), so both meet the same machine load.
 * Flags: --warmup S (5, once per process) --duration S (20 per workload, over all rounds) --rounds N (2, at least 2)
 *        --runs consent@10,card@10,slots@10,mix@10,consent@50 --users N (1000)
 *        (workloads: consent, card, slots, book, mix)
 *        --min-ratio R (0: not checked) --targets (fail on any line issue 15 sets: targets.ts) --profile (CPU profile of the bot into bench/results/profiles)
 *        --memory-trace (the bot's memory per second, per V8 space and outside the heap, into bench/results/memory.jsonl).
 */
import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { collections, fullCollections, gcShare, liveHeapSummary } from './gcTrace';
import { drive, summarize, type LoadResult } from './load';
import { REPO_ROOT, startServerProcess, type ServerProcess } from './processes';
import { printProfileTop, savedMapFile } from './profileTop';
import { benchReport, compareStretches, gcLines, memoryLines, runFailures, tableLines, times, workloadRow, type Row, type Stretch } from './report';
import { parseRuns, planRounds } from './rounds';
import { RSS_GROWTH_TOLERANCE_MB, RSS_LIMIT_MB, summarizeRss } from './rssCheck';
import { buildBot, DIST_ENTRY } from '../../scripts/build';
import { targetFailures } from './targets';
import { build } from 'esbuild';
import {
  botWorkloads,
  discoverSlots,
  echoWorkload,
  SLOTS_TEXT,
  type Workload,
} from './workloads';

const RESULTS_DIR = join(REPO_ROOT, 'bench/results');
const PROFILE_DIR = join(RESULTS_DIR, 'profiles');
/** The bot's mentors belong to a school with demo JOS workers, so the slot list has slots (bot/handlers/spreekuur). */
const BENCH_SCHOOL = 'stedelijk-dalton';
/** Replies are delivered in the HTTP response (expectReplies); nothing is ever posted to this address. */
const SERVICE_URL = 'http://127.0.0.1:9';

function parseOptions() {
  const { values } = parseArgs({
    options: {
      warmup: { type: 'string', default: '5' },
      duration: { type: 'string', default: '20' },
      rounds: { type: 'string', default: '2' },
      runs: { type: 'string', default: 'consent@10,card@10,slots@10,mix@10,consent@50' },
      users: { type: 'string', default: '1000' },
      'min-ratio': { type: 'string', default: '0' },
      targets: { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      'memory-trace': { type: 'boolean', default: false },
    },
  });
  return {
    warmup: Number(values.warmup),
    duration: Number(values.duration),
    rounds: Number(values.rounds),
    runs: parseRuns(values.runs),
    users: Number(values.users),
    minRatio: Number(values['min-ratio']),
    targets: values.targets,
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

/** RSS of one process sampled twice a second while it is under load, and once more as each stretch ends. */
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
    this.samples.push(this.server.rssMb());
  }
}

/** The 1-minute load average: other work on the 2 shared cores shows here. */
const loadAverage = () => loadavg()[0]!.toFixed(1);
const twoDecimals = (value: number) => Math.round(value * 100) / 100;

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
  const plan = planRounds(options.runs, options);
  const workDir = mkdtempSync(join(tmpdir(), 'jos-bench-'));
  mkdirSync(RESULTS_DIR, { recursive: true });
  if (options.profile) mkdirSync(PROFILE_DIR, { recursive: true });
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
    // --trace-gc on both, so their collections can be set side by side (it only writes a line per collection).
    startServerProcess({ name: 'baseline', entry: baselineEntry, logDir: workDir, nodeFlags: ['--trace-gc'], env: { PORT: '0', HOST: '127.0.0.1' } }),
  ]);
  const rssAtStart = { bot: bot.rssMb(), baseline: baseline.rssMb() };
  const warmupRss = { bot: new RssSampler(bot), baseline: new RssSampler(baseline) };
  /** Per round: the bot's and the baseline's RSS samples, and when the round began and ended. */
  const rounds: Array<{ bot: RssSampler; baseline: RssSampler; from: number; to: number }> = [];
  const baselines = new Map<number, LoadResult>();
  const rows: Row[] = [];
  let measured: Array<{ bot: Stretch[]; baseline: Stretch[]; rssStartMb: number; rssEndMbByRound: number[] }> = [];
  const warmupErrors: Array<{ target: string; connections: number; errors: number }> = [];
  let bookings = { booked: 0, doubleBooked: 0 };

  try {
    const echo = echoWorkload(SERVICE_URL);
    // The booking attempts pick from the slots one user outside the pool finds.
    const slots = await discoverSlots(bot.messagesUrl, SERVICE_URL, options.users + 1);
    if (slots.length === 0) throw new Error(`de bot gaf geen open plekken op "${SLOTS_TEXT}" en de dagen daarvan; zie ${bot.logFile}`);
    const workloads = botWorkloads(SERVICE_URL, slots, seededRandom(15));
    console.log(
      `bench:http — ${options.warmup} s warm-up, ${plan.rounds} rounds of every workload, each ${plan.stretchesPerRound} × ` +
        `${twoDecimals(plan.botStretchSeconds)} s of the workload followed by ${twoDecimals(plan.baselineStretchSeconds)} s of baseline ` +
        `(${options.duration} s per workload in all), ${options.users} users, ${slots.length} open slots, ` +
        `${availableParallelism()} CPUs, load average ${loadAverage()}, Node ${process.version}, bot: ${Object.entries(production.env).map(([name, value]) => `${name}=${value} `).join('')}node ${bot.nodeFlags.join(' ')} dist/main.js`,
    );

    // Once per process, before the first round, at its first connection level.
    const warmUp = async (target: ServerProcess, rss: RssSampler, workload: Workload, connections: number) => {
      if (options.warmup <= 0) return;
      rss.start();
      const result = summarize([await drive(target.messagesUrl, workload, { connections, seconds: options.warmup, users: options.users })]);
      rss.stop();
      warmupErrors.push({ target: target.name, connections, errors: result.errors });
    };
    const stretch = async (target: ServerProcess, rss: RssSampler, workload: Workload, connections: number, seconds: number): Promise<Stretch> => {
      rss.start();
      const cpuBefore = target.cpuMs();
      const from = Date.now();
      const measured = await drive(target.messagesUrl, workload, { connections, seconds, users: options.users });
      const to = Date.now();
      const cpuMs = target.cpuMs() - cpuBefore;
      rss.stop();
      return { measured, cpuMs, from, to };
    };

    await warmUp(baseline, warmupRss.baseline, echo, plan.runs[0]!.connections);
    // The mix goes through every path the workloads take (text, card click, slot list, booking).
    await warmUp(bot, warmupRss.bot, workloads.mix, plan.runs[0]!.connections);
    measured = plan.runs.map(() => ({ bot: [] as Stretch[], baseline: [] as Stretch[], rssStartMb: NaN, rssEndMbByRound: [] as number[] }));
    for (let round = 1; round <= plan.rounds; round += 1) {
      const current = { bot: new RssSampler(bot), baseline: new RssSampler(baseline), from: Date.now(), to: NaN };
      rounds.push(current);
      for (const [index, run] of plan.runs.entries()) {
        const workload = workloads[run.workload];
        const sofar = measured[index]!;
        if (round === 1) sofar.rssStartMb = bot.rssMb();
        const botParts: Stretch[] = [];
        const baselineParts: Stretch[] = [];
        for (let part = 0; part < plan.stretchesPerRound; part += 1) {
          botParts.push(await stretch(bot, current.bot, workload, run.connections, plan.botStretchSeconds));
          baselineParts.push(await stretch(baseline, current.baseline, echo, run.connections, plan.baselineStretchSeconds));
        }
        sofar.bot.push(...botParts);
        sofar.baseline.push(...baselineParts);
        sofar.rssEndMbByRound.push(bot.rssMb());
        const inRound = compareStretches(botParts, baselineParts);
        console.log(
          `  round ${round}/${plan.rounds} ${run.workload} @${run.connections}: ${inRound.requestsPerSecond} req/s, p99 ${inRound.p99} ms; ` +
            `baseline alongside ${inRound.baselineRequestsPerSecond} req/s, p99 ${inRound.baselineP99} ms (${times(inRound.ratio)}); ` +
            `CPU ${inRound.cpuMsPerRequest} ms/request (baseline ${inRound.baselineCpuMsPerRequest}); bot RSS at the end ${sofar.rssEndMbByRound.at(-1)} MB`,
        );
      }
      current.to = Date.now();
    }
    rows.push(...plan.runs.map((run, index) => workloadRow(run, workloads[run.workload].label, measured[index]!)));
    for (const connections of new Set(plan.runs.map((run) => run.connections))) {
      const alongside = plan.runs.flatMap((run, index) => (run.connections === connections ? measured[index]!.baseline : []));
      baselines.set(connections, summarize(alongside.map((part) => part.measured)));
    }
  } finally {
    await Promise.all([bot.stop(), baseline.stop()]);
  }
  bookings = checkBookings(join(workDir, 'data', 'jos.sqlite'));
  const botLog = readFileSync(bot.logFile, 'utf8');
  const liveHeap = liveHeapSummary(fullCollections(botLog, bot.startedAt), rounds);
  const gcOf = { bot: collections(botLog, bot.startedAt), baseline: collections(readFileSync(baseline.logFile, 'utf8'), baseline.startedAt) };
  for (const [index, row] of rows.entries()) {
    const { bot: botParts, baseline: baselineParts } = measured[index]!;
    const requests = (parts: Stretch[]) => parts.reduce((sum, part) => sum + part.measured.requests, 0);
    row.gc = { bot: gcShare(gcOf.bot, botParts, requests(botParts)), baseline: gcShare(gcOf.baseline, baselineParts, requests(baselineParts)) };
  }
  const rss = {
    bot: summarizeRss(rssAtStart.bot, warmupRss.bot.samples, rounds.map((round) => round.bot.samples)),
    baseline: summarizeRss(rssAtStart.baseline, warmupRss.baseline.samples, rounds.map((round) => round.baseline.samples)),
  };
  const limits = { limitMb: RSS_LIMIT_MB, growthToleranceMb: RSS_GROWTH_TOLERANCE_MB };
  const failures = [
    ...runFailures({ baselines, rows, warmupErrors, bookings, rss: rss.bot, minRatio: options.minRatio, limits }),
    ...(options.targets ? targetFailures(rows) : []),
  ];

  console.log(['', ...tableLines(baselines, rows, plan.rounds), '', ...memoryLines(rss, liveHeap, limits), ...gcLines(rows)].join('\n'));
  console.log(
    `Bookings made: ${bookings.booked}, slots booked twice: ${bookings.doubleBooked}. ` +
      `${Math.round((Date.now() - started) / 1000)} s in all; load average ${loadAverage()} at the end.`,
  );
  const report = benchReport({
    startedAt: started,
    seconds: Math.round((Date.now() - started) / 1000),
    machine: { cpus: availableParallelism(), node: process.version, loadAverageAtEnd: Number(loadAverage()) },
    options,
    plan,
    baselines,
    rows,
    warmupErrors,
    rss,
    limits,
    liveHeap,
    bookings,
    failures,
  });
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
