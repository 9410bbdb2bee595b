/**
 * The bot's live heap over a run without forcing a collection: the bench starts it with `--trace-gc`, and V8 writes a
 * line per collection to stdout (`[pid:0x…]  12345 ms: Mark-Compact 120.1 (150.2) -> 80.3 (140.0) MB, …`). After a
 * full collection (Mark-Compact) the heap holds only what is still reachable, so a heap that keeps what it should
 * not shows as a higher figure in a later round of the run. RSS alone mixes that with garbage not yet collected.
 */
/**
 * A collection line: its time, its kind, the heap in use right after it and, where V8 writes it, the main thread's
 * pause (`… MB, 1.53 / 0.00 ms`, or `… MB, pooled: 0 MB, 1.53 / …`). One reading for the live heap and the pauses.
 */
const COLLECTION =
  /^\[\d+:0x[0-9a-f]+\]\s+(\d+) ms: (Scavenge|Mark-Compact)(?: \(reduce\))? [\d.]+ \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB(?:, (?:pooled: [\d.]+ MB, )?([\d.]+) \/)?/gm;

export interface Collection {
  /** Wall-clock time (ms since the epoch). */
  at: number;
  /** A full collection (Mark-Compact) rather than a scavenge of the young generation. */
  full: boolean;
  /** Heap in use right after it, in MB. */
  liveMb: number;
  /** How long the main thread stood still for it, in ms (a full collection's marking runs mostly beside it); absent when the line does not say. */
  pauseMs?: number;
}

/** Every collection in a log, timed from `startedAt` (when the process was spawned; V8 counts from its start). */
function parseCollections(log: string, startedAt: number): Collection[] {
  return [...log.matchAll(COLLECTION)].map((match) => ({
    at: startedAt + Number(match[1]),
    full: match[2] === 'Mark-Compact',
    liveMb: Number(match[3]),
    ...(match[4] === undefined ? {} : { pauseMs: Number(match[4]) }),
  }));
}

export type FullCollection = Pick<Collection, 'at' | 'liveMb'>;

/** The full collections in a log: after one the heap holds only what is still reachable. */
export function fullCollections(log: string, startedAt: number): FullCollection[] {
  return parseCollections(log, startedAt)
    .filter((collection) => collection.full)
    .map(({ at, liveMb }) => ({ at, liveMb }));
}

export interface LiveHeapSummary {
  /** After the last full collection before the first round began (start-up and warm-up), if there was one. */
  beforeMb: number | null;
  /** Highest live heap in each round; null for a round without a full collection. */
  maxMbByRound: Array<number | null>;
  /** Full collections during the rounds. */
  count: number;
}

/** Highest live heap in each round's span: equal or lower in later rounds means nothing piles up. */
export function liveHeapSummary(collections: readonly FullCollection[], rounds: ReadonlyArray<{ from: number; to: number }>): LiveHeapSummary {
  const inRound = rounds.map(({ from, to }) => collections.filter((collection) => collection.at >= from && collection.at <= to));
  const max = (values: number[]) => (values.length ? Math.max(...values) : null);
  return {
    beforeMb: collections.filter((collection) => collection.at < (rounds[0]?.from ?? Infinity)).at(-1)?.liveMb ?? null,
    maxMbByRound: inRound.map((during) => max(during.map((collection) => collection.liveMb))),
    count: inRound.reduce((sum, during) => sum + during.length, 0),
  };
}

/** Every collection whose line gives its pause, full or not. */
export function collections(log: string, startedAt: number): Array<Collection & { pauseMs: number }> {
  return parseCollections(log, startedAt).filter((collection): collection is Collection & { pauseMs: number } => collection.pauseMs !== undefined);
}

/** A process's collections in the stretches it was measured in, per 1000 of their requests, and the longest pause. */
export interface GcShare {
  fullPer1000: number;
  fullPauseMsPer1000: number;
  fullPauseMaxMs: number;
  scavengePauseMsPer1000: number;
  scavengePauseMaxMs: number;
}

export function gcShare(all: ReadonlyArray<Collection & { pauseMs: number }>, stretches: ReadonlyArray<{ from: number; to: number }>, requests: number): GcShare {
  const during = all.filter((collection) => stretches.some(({ from, to }) => collection.at >= from && collection.at <= to));
  const per1000 = (value: number) => Math.round((value / Math.max(1, requests)) * 1000 * 100) / 100;
  const of = (full: boolean) => during.filter((collection) => collection.full === full).map((collection) => collection.pauseMs);
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const longest = (values: number[]) => Math.round(Math.max(0, ...values) * 10) / 10;
  return {
    fullPer1000: per1000(of(true).length),
    fullPauseMsPer1000: per1000(sum(of(true))),
    fullPauseMaxMs: longest(of(true)),
    scavengePauseMsPer1000: per1000(sum(of(false))),
    scavengePauseMaxMs: longest(of(false)),
  };
}
