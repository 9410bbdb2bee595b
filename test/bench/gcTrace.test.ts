import { describe, expect, it } from 'vitest';
import { fullCollections, liveHeapSummary } from '../../bench/http/gcTrace';

const LOG = [
  '[123:0x5f00]     900 ms: Mark-Compact 120.1 (150.2) -> 95.0 (140.0) MB, pooled: 0 MB, 40.1 / 0.0 ms',
  '[123:0x5f00]    1500 ms: Scavenge 110.0 (140.0) -> 100.0 (140.0) MB, 2.0 / 0.0 ms',
  '[123:0x5f00]    2100 ms: Mark-Compact 130.0 (150.2) -> 101.0 (140.0) MB, pooled: 0 MB, 40.1 / 0.0 ms',
  '[123:0x5f00]    2900 ms: Mark-Compact (reduce) 128.0 (150.2) -> 99.5 (140.0) MB, pooled: 0 MB, 40.1 / 0.0 ms',
  '[123:0x5f00]    4200 ms: Mark-Compact 131.0 (150.2) -> 101.5 (140.0) MB, pooled: 0 MB, 40.1 / 0.0 ms',
].join('\n');

describe('bench:http live heap per round', () => {
  it('gives the live heap before the first round and the highest after a full collection in each round', () => {
    const collections = fullCollections(LOG, 10_000);
    expect(collections.map((collection) => collection.liveMb)).toEqual([95, 101, 99.5, 101.5]);
    const rounds = [
      { from: 12_000, to: 13_000 },
      { from: 13_000, to: 14_000 },
      { from: 14_000, to: 15_000 },
    ];
    expect(liveHeapSummary(collections, rounds)).toEqual({ beforeMb: 95, maxMbByRound: [101, null, 101.5], count: 3 });
  });
});
