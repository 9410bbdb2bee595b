import { describe, expect, it } from 'vitest';
import { collections, fullCollections, gcShare, liveHeapSummary } from '../../bench/http/gcTrace';

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

  it('counts each collection in the measured stretches, full or not, with its pause, per 1000 requests', () => {
    const all = collections(LOG + '\n[123:0x5f00]    5000 ms: Scavenge 7.0 (7.6) -> 6.8 (8.6) MB, 0.80 / 0.01 ms  (average mu = 1.000) allocation failure;', 10_000);
    expect(all.map(({ full, pauseMs }) => [full, pauseMs])).toEqual([[true, 40.1], [false, 2], [true, 40.1], [true, 40.1], [true, 40.1], [false, 0.8]]);
    // Stretches from 11.5 s to 12.5 s and from 14 s to 15.5 s: the scavenge at 11.5 s, full collections at 12.1 and 14.2 s, the scavenge at 15 s.
    expect(gcShare(all, [{ from: 11_500, to: 12_500 }, { from: 14_000, to: 15_500 }], 4000)).toEqual({
      fullPer1000: 0.5,
      fullPauseMsPer1000: 20.05,
      fullPauseMaxMs: 40.1,
      scavengePauseMsPer1000: 0.7,
      scavengePauseMaxMs: 2,
    });
  });
});
