/**
 * The bot's live heap over a run without forcing a collection: the bench starts it with `--trace-gc`, and V8 writes a
 * line per collection to stdout (`[pid:0x…]  12345 ms: Mark-Compact 120.1 (150.2) -> 80.3 (140.0) MB, …`). After a
 * full collection (Mark-Compact) the heap holds only what is still reachable, so a heap that keeps what it should
 * not shows as a higher figure in a later round of the run. RSS alone mixes that with garbage not yet collected.
 */
const FULL_COLLECTION = /^\[\d+:0x[0-9a-f]+\]\s+(\d+) ms: Mark-Compact(?: \(reduce\))? [\d.]+ \([\d.]+\) -> ([\d.]+) \(/gm;

export interface FullCollection {
  /** Wall-clock time (ms since the epoch). */
  at: number;
  /** Heap in use right after it, in MB. */
  liveMb: number;
}

/** The full collections in a log, timed from `startedAt` (when the process was spawned; V8 counts from its start). */
export function fullCollections(log: string, startedAt: number): FullCollection[] {
  return [...log.matchAll(FULL_COLLECTION)].map((match) => ({ at: startedAt + Number(match[1]), liveMb: Number(match[2]) }));
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
