import { describe, expect, it } from 'vitest';
import { mondaySeries, person, spreekuurFixture } from './fixture';

describe('the slot list stays current', () => {
  // The list is computed once and reused while nothing changes; any change, from any process, must show at once.
  it('shows a date the JOS worker cancelled through another process, and a new series, on the next request', () => {
    const first = spreekuurFixture('2026-11-23T09:00:00Z');
    const series = first.service.saveSeries(person('coach'), mondaySeries());
    if (!series.ok) throw new Error('series not saved');
    const days = () => [...new Set(first.service.openSlots('jan-arentsz').map((slot) => slot.day))];
    expect(days()).toEqual(['2026-11-23', '2026-11-30', '2026-12-07']);

    const other = spreekuurFixture('2026-11-23T09:00:00Z', { file: first.file });
    expect(other.service.cancelDate(person('coach'), series.series.id, '2026-11-30').ok).toBe(true);
    expect(days()).toEqual(['2026-11-23', '2026-12-07']);

    expect(first.service.saveSeries(person('coach'), mondaySeries({ weekday: 3 })).ok).toBe(true);
    expect(days()).toEqual(['2026-11-23', '2026-11-25', '2026-12-02', '2026-12-07']);

    first.clock.set(new Date('2026-11-24T09:00:00Z'));
    expect(days()).toEqual(['2026-11-25', '2026-12-02', '2026-12-07']);
  });
});
