import { describe, expect, it } from 'vitest';
import { RSS_GROWTH_TOLERANCE_MB, RSS_LIMIT_MB, rssFailures, summarizeRss } from '../../bench/http/rssCheck';

describe('bench:http RSS check', () => {
  it('gives per round the median and the highest sample, the run\'s max with the warm-up, and the growth of the median', () => {
    const rss = summarizeRss(180, [200, 241], [
      [226, 228, 233, 227, 225],
      [227, 229, 231, 240, 228],
    ]);
    expect(rss).toEqual({ startMb: 180, maxMb: 241, maxMbByRound: [233, 240], medianMbByRound: [227, 229], growthMb: 2 });
  });

  it('compares the last round with the first when there are more than two', () => {
    expect(summarizeRss(180, [], [[220], [230], [226]]).growthMb).toBe(6);
  });

  it('leaves samples /proc could not give out of the max', () => {
    expect(summarizeRss(180, [NaN], [[220, NaN], [221]]).maxMb).toBe(221);
  });

  it('passes a run under the limit whose median stays within the tolerance', () => {
    expect(rssFailures(summarizeRss(180, [], [[228, 229], [228, 234]]))).toEqual([]);
    expect(rssFailures(summarizeRss(180, [], [[RSS_LIMIT_MB - 1], [RSS_LIMIT_MB - 1]]))).toEqual([]);
  });

  it(`fails a run whose RSS reached ${RSS_LIMIT_MB} MB, saying so`, () => {
    expect(rssFailures(summarizeRss(180, [], [[230, RSS_LIMIT_MB], [230, 231]]))).toEqual([
      `bot RSS reached ${RSS_LIMIT_MB} MB, not under the ${RSS_LIMIT_MB} MB limit`,
    ]);
    // In the warm-up too.
    expect(rssFailures(summarizeRss(180, [263], [[230], [230]]))).toEqual([`bot RSS reached 263 MB, not under the ${RSS_LIMIT_MB} MB limit`]);
  });

  it(`fails a run whose median grew by more than ${RSS_GROWTH_TOLERANCE_MB} MB from the first round to the last`, () => {
    const first = 220;
    expect(rssFailures(summarizeRss(180, [], [[first], [first + RSS_GROWTH_TOLERANCE_MB]]))).toEqual([]);
    expect(rssFailures(summarizeRss(180, [], [[first], [first + RSS_GROWTH_TOLERANCE_MB + 1]]))).toEqual([
      `bot RSS grew between the rounds: median ${first} MB in round 1, ${first + RSS_GROWTH_TOLERANCE_MB + 1} MB in round 2 ` +
        `(+${RSS_GROWTH_TOLERANCE_MB + 1} MB, more than the ${RSS_GROWTH_TOLERANCE_MB} MB tolerance)`,
    ]);
    // Falling is no growth.
    expect(rssFailures(summarizeRss(180, [], [[240], [220]]))).toEqual([]);
  });

  it('fails a run with a round without samples, whose growth cannot be judged', () => {
    expect(rssFailures(summarizeRss(180, [], [[220], []]))).toEqual(['bot RSS: no samples in round 2, so growth cannot be judged']);
  });
});
