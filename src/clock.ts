/** The current instant, injected everywhere so tests can move time (DST weekends, reminders, retention). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface Duration {
  days?: number;
  hours?: number;
  minutes?: number;
  seconds?: number;
}

/** A clock that only moves when a test moves it. */
export class ManualClock implements Clock {
  private current: number;

  constructor(start: Date | string) {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(instant: Date | string): void {
    this.current = new Date(instant).getTime();
  }

  advance({ days = 0, hours = 0, minutes = 0, seconds = 0 }: Duration): void {
    this.current += (((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000;
  }
}
