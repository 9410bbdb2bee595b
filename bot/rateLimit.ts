import type { Clock } from '../src/clock';

const WINDOW_MS = 60_000;
/** Past this many people in the table, forget those with nothing in the window (bounds memory under a flood of ids). */
const SWEEP_AT = 5_000;

export type RateVerdict = 'allowed' | 'first-refusal' | 'refused';

/**
 * Messages, clicks and invokes per person in the last minute. In memory: a restart forgets, which is fine for
 * a guard whose only job is to keep one sender from taking the bot (and its database) for everyone.
 */
export class RateLimiter {
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly perMinute: number,
    private readonly clock: Clock,
  ) {}

  /** Counts one activity; the first refusal in a window is told apart so the bot says so once, not on every message. */
  hit(personId: string): RateVerdict {
    const now = this.clock.now().getTime();
    if (this.recent.size > SWEEP_AT) this.sweep(now);
    const times = (this.recent.get(personId) ?? []).filter((time) => now - time < WINDOW_MS);
    times.push(now);
    // The verdict needs only the newest perMinute + 2 times: a flood keeps no longer list (and copies none per hit).
    if (times.length > this.perMinute + 2) times.shift();
    this.recent.set(personId, times);
    if (times.length <= this.perMinute) return 'allowed';
    return times.length === this.perMinute + 1 ? 'first-refusal' : 'refused';
  }

  private sweep(now: number): void {
    for (const [personId, times] of this.recent) {
      if (times.every((time) => now - time >= WINDOW_MS)) this.recent.delete(personId);
    }
  }
}
