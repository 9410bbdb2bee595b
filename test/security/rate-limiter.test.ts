import { describe, expect, it } from 'vitest';
import { RateLimiter, type RateVerdict } from '../../bot/rateLimit';
import { ManualClock } from '../../src/clock';

describe('RateLimiter under a flood from one person', () => {
  it('refuses past the limit, tells once, and keeps counting the last minute', () => {
    const clock = new ManualClock('2026-09-01T08:00:00Z');
    const limiter = new RateLimiter(3, clock);
    const hits = (count: number) => Array.from({ length: count }, () => limiter.hit('mentor-flood'));
    expect(hits(6)).toEqual<RateVerdict[]>(['allowed', 'allowed', 'allowed', 'first-refusal', 'refused', 'refused']);
    clock.advance({ seconds: 30 });
    expect(hits(3)).toEqual<RateVerdict[]>(['refused', 'refused', 'refused']);
    // The first six left the window; the three refused at 30 s still count.
    clock.advance({ seconds: 31 });
    expect(hits(2)).toEqual<RateVerdict[]>(['first-refusal', 'refused']);
    clock.advance({ seconds: 60 });
    expect(hits(1)).toEqual<RateVerdict[]>(['allowed']);
  });

  it('costs the same per activity however long the flood: 20,000 in one minute are counted in well under a second', () => {
    const clock = new ManualClock('2026-09-01T08:00:00Z');
    const limiter = new RateLimiter(30, clock);
    const started = process.hrtime.bigint();
    const verdicts = new Map<RateVerdict, number>();
    for (let i = 0; i < 20_000; i++) {
      const verdict = limiter.hit('mentor-flood');
      verdicts.set(verdict, (verdicts.get(verdict) ?? 0) + 1);
    }
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    expect(Object.fromEntries(verdicts)).toEqual({ allowed: 30, 'first-refusal': 1, refused: 19_969 });
    // Keeping every time of the flood made each hit copy the list: 4 s for this loop.
    expect(elapsedMs).toBeLessThan(1000);
  });
});
