/**
 * Issue 15's memory target, judged on the bot's RSS samples of a bench run: under 250 MB throughout, and no growth
 * between the rounds, which run the same work in the same order (rounds.ts).
 */

/** RSS must stay under this (MB). */
export const RSS_LIMIT_MB = 250;
/**
 * The median of the last round may exceed the first round's by this much (MB) before it counts as growth. Chosen
 * from measurement noise on the shared 2-core machine: round medians moved by at most 4 MB from round to round
 * (231, 231, 229, 227 MB with --rounds 4, where RSS once fell 7 MB within a second as memory was handed back; 230 and
 * 230 in a default run; the halves of a run before rounds 228 and 229), so 8 MB is twice the largest movement seen,
 * about 3.5% of the bot's RSS under load. A leak that passes keeps under about 100 bytes a request (a default round
 * is about 85,000 requests at 1,700 requests/s); a longer --duration lengthens every round and so finds a slower one.
 */
export const RSS_GROWTH_TOLERANCE_MB = 8;

export interface RssSummary {
  /** Before the first request. */
  startMb: number;
  /** Highest sample of the whole run, warm-up included. */
  maxMb: number;
  maxMbByRound: number[];
  /**
   * RSS rises and falls by a few MB with each full collection, so a round's highest sample moves with when the
   * collections fell; its median shows a level that has moved.
   */
  medianMbByRound: number[];
  /** Median of the last round minus that of the first. */
  growthMb: number;
}

const median = (values: readonly number[]): number =>
  values.length ? values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]! : NaN;
const max = (values: readonly number[]): number => (values.length ? Math.max(...values) : NaN);

/** RSS samples (MB) of each round, and of the warm-up before them, summarized. */
export function summarizeRss(startMb: number, warmupSamples: readonly number[], samplesByRound: readonly (readonly number[])[]): RssSummary {
  const medianMbByRound = samplesByRound.map(median);
  return {
    startMb,
    maxMb: max([startMb, ...warmupSamples, ...samplesByRound.flat()].filter(Number.isFinite)),
    maxMbByRound: samplesByRound.map(max),
    medianMbByRound,
    growthMb: Math.round((medianMbByRound.at(-1)! - medianMbByRound[0]!) * 10) / 10,
  };
}

/** Why the bot's RSS fails issue 15's target, one line each; none when it meets it. */
export function rssFailures(rss: RssSummary, limits = { limitMb: RSS_LIMIT_MB, growthToleranceMb: RSS_GROWTH_TOLERANCE_MB }): string[] {
  const failures: string[] = [];
  const rounds = rss.medianMbByRound.length;
  if (rss.medianMbByRound.some((value) => !Number.isFinite(value))) {
    failures.push(`bot RSS: no samples in round ${rss.medianMbByRound.findIndex((value) => !Number.isFinite(value)) + 1}, so growth cannot be judged`);
  }
  if (!(rss.maxMb < limits.limitMb)) failures.push(`bot RSS reached ${rss.maxMb} MB, not under the ${limits.limitMb} MB limit`);
  if (rss.growthMb > limits.growthToleranceMb) {
    failures.push(
      `bot RSS grew between the rounds: median ${rss.medianMbByRound[0]} MB in round 1, ${rss.medianMbByRound.at(-1)} MB in round ${rounds} ` +
        `(+${rss.growthMb} MB, more than the ${limits.growthToleranceMb} MB tolerance)`,
    );
  }
  return failures;
}
