import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from '../../src/spreekuur/rules';
import { REMINDER_JOB } from '../../src/spreekuur/jobs';
import { mondaySeries, person, spreekuurFixture } from './fixture';

const local = (slot: { startsAt: Date }) =>
  slot.startsAt.toLocaleString('sv-SE', { timeZone: 'Europe/Amsterdam' }).slice(0, 16);

describe('spreekuur slots over time', () => {
  it('keeps 14:00 at 14:00 across the last Sunday of March and skips Tweede Paasdag', () => {
    const { service } = spreekuurFixture('2026-03-20T09:00:00Z');
    expect(service.saveSeries(person('coach'), mondaySeries()).ok).toBe(true);
    const mondays = service.openSlots('jan-arentsz').filter((slot) => local(slot).endsWith('14:00'));
    expect(mondays.map(local)).toEqual(['2026-03-23 14:00', '2026-03-30 14:00']);
    // CET before 29 March, CEST after: the UTC instant moves, the wall clock does not.
    expect(mondays.map((slot) => slot.startsAt.toISOString())).toEqual(['2026-03-23T13:00:00.000Z', '2026-03-30T12:00:00.000Z']);
  });

  it('keeps 14:00 at 14:00 across the last Sunday of October', () => {
    const { service } = spreekuurFixture('2026-10-22T09:00:00Z');
    service.saveSeries(person('coach'), mondaySeries());
    const first = service.openSlots('jan-arentsz')[0]!;
    expect(local(first)).toBe('2026-10-26 14:00');
    expect(first.startsAt.toISOString()).toBe('2026-10-26T13:00:00.000Z');
  });

  it('offers no slots in a holiday week', () => {
    const rules = { defaults: { ...DEFAULT_RULES, horizonDays: 21 }, schools: {} };
    const { service } = spreekuurFixture('2026-02-16T07:00:00Z', { rules });
    service.saveSeries(person('coach'), mondaySeries({ weekday: 3 }));
    const days = [...new Set(service.openSlots('jan-arentsz').map((slot) => slot.day))];
    // Voorjaarsvakantie regio Noord: 21 February – 1 March 2026.
    expect(days).toEqual(['2026-02-18', '2026-03-04']);
  });

  it('respects the minimum notice of 60 minutes', () => {
    const { service } = spreekuurFixture('2026-03-23T12:05:00Z'); // 13:05 in Amsterdam
    service.saveSeries(person('coach'), mondaySeries());
    const today = service.openSlots('jan-arentsz').filter((slot) => slot.day === '2026-03-23').map(local);
    expect(today).toEqual(['2026-03-23 14:15', '2026-03-23 14:30', '2026-03-23 14:45']);
    const tooSoon = service.book(person('mentor-a'), { seriesId: 1, startsAt: new Date('2026-03-23T13:00:00Z') });
    expect(tooSoon).toMatchObject({ ok: false, reason: 'too-late' });
    const inTime = service.book(person('mentor-a'), { seriesId: 1, startsAt: new Date('2026-03-23T13:15:00Z') });
    expect(inTime.ok).toBe(true);
  });

  it('allows at most two upcoming bookings per person', () => {
    const { service } = spreekuurFixture('2026-03-20T09:00:00Z');
    service.saveSeries(person('coach'), mondaySeries());
    const [first, second, third] = service.openSlots('jan-arentsz');
    expect(service.book(person('mentor-a'), { ...first! }).ok).toBe(true);
    expect(service.book(person('mentor-a'), { ...second! }).ok).toBe(true);
    const refused = service.book(person('mentor-a'), { ...third! });
    expect(refused).toMatchObject({ ok: false, reason: 'limit-reached', alternatives: [] }); // more slots would not help
    expect(DEFAULT_RULES.maxFutureBookingsPerUser).toBe(2);
  });

  it('reads stricter rules per school', () => {
    const rules = { defaults: DEFAULT_RULES, schools: { 'jan-arentsz': { maxFutureBookingsPerUser: 1, minimumNoticeMinutes: 24 * 60 } } };
    const { service } = spreekuurFixture('2026-03-22T14:00:00Z', { rules });
    service.saveSeries(person('coach'), mondaySeries());
    expect(service.openSlots('jan-arentsz')[0]!.day).toBe('2026-03-30');
  });
});

describe('booking and cancelling', () => {
  it('one booking per slot: the second person gets slot-taken with alternatives; the same person again gets the same booking', () => {
    const { service } = spreekuurFixture('2026-03-20T09:00:00Z');
    service.saveSeries(person('coach'), mondaySeries());
    const slot = service.openSlots('jan-arentsz')[0]!;
    const first = service.book(person('mentor-a'), { ...slot, topic: 'Onrust in de klas' });
    const again = service.book(person('mentor-a'), { ...slot });
    const other = service.book(person('mentor-b'), { ...slot });
    expect(first.ok && again.ok && again.repeated && again.booking.id === first.booking.id).toBe(true);
    expect(other).toMatchObject({ ok: false, reason: 'slot-taken' });
    expect(!other.ok && other.alternatives[0]!.startsAt > slot.startsAt).toBe(true);
    expect(service.openSlots('jan-arentsz')).not.toContainEqual(slot);
  });

  it('a booked slot is answered without screening the topic: slot-taken with alternatives for another mentor, the booking again for its booker', () => {
    // A topic the screen would refuse: for a slot that is gone, the mentor needs other slots, not a remark on the topic.
    let screened = 0;
    const screenTopic = () => {
      screened += 1;
      return { ok: false as const, found: ['name'], masked: '[naam]' };
    };
    const { service } = spreekuurFixture('2026-03-20T09:00:00Z', { screenTopic });
    service.saveSeries(person('coach'), mondaySeries());
    const slot = service.openSlots('jan-arentsz')[0]!;
    const first = service.book(person('mentor-a'), { ...slot });
    const other = service.book(person('mentor-b'), { ...slot, topic: 'Over Sanne de Vries' });
    const again = service.book(person('mentor-a'), { ...slot, topic: 'Over Sanne de Vries' });
    expect(other).toMatchObject({ ok: false, reason: 'slot-taken' });
    expect(!other.ok && other.alternatives[0]!.startsAt > slot.startsAt).toBe(true);
    expect(first.ok && again.ok && again.repeated && again.booking.id === first.booking.id).toBe(true);
    expect(screened).toBe(0);
    // A free slot still gets its topic screened.
    expect(service.book(person('mentor-b'), { ...service.openSlots('jan-arentsz')[0]!, topic: 'Over Sanne de Vries' })).toMatchObject({
      ok: false,
      reason: 'topic-identifying',
    });
    expect(screened).toBe(1);
  });

  it('refuses a made-up slot', () => {
    const { service } = spreekuurFixture('2026-03-20T09:00:00Z');
    service.saveSeries(person('coach'), mondaySeries());
    const result = service.book(person('mentor-a'), { seriesId: 1, startsAt: new Date('2026-03-23T13:07:00Z') });
    expect(result).toMatchObject({ ok: false, reason: 'slot-unknown' });
  });

  it('cancelling frees the slot, raises the sequence and drops the reminders', () => {
    const { service, db } = spreekuurFixture('2026-03-20T09:00:00Z');
    service.saveSeries(person('coach'), mondaySeries());
    const slot = service.openSlots('jan-arentsz')[0]!;
    const booked = service.book(person('mentor-a'), { ...slot });
    if (!booked.ok) throw new Error('booking failed');
    expect(service.cancelByBooker(person('mentor-b'), booked.booking.id)).toMatchObject({ ok: false, reason: 'not-yours' });
    const cancelled = service.cancelByBooker(person('mentor-a'), booked.booking.id);
    expect(cancelled.ok && cancelled.booking.icalSequence).toBe(1);
    expect(service.openSlots('jan-arentsz')[0]).toEqual(slot);
    const jobs = db.prepare('SELECT status FROM jobs WHERE kind = ?').all(REMINDER_JOB.kind) as { status: string }[];
    expect(jobs.map((job) => job.status)).toEqual(['cancelled', 'cancelled']);
    expect(service.book(person('mentor-b'), { ...slot }).ok).toBe(true);
  });

  it('the host sees today and later this week, and marks a no-show', () => {
    const { service, clock } = spreekuurFixture('2026-03-20T09:00:00Z');
    service.saveSeries(person('coach'), mondaySeries());
    service.saveSeries(person('coach'), mondaySeries({ weekday: 3 }));
    const slots = service.openSlots('jan-arentsz');
    const monday = service.book(person('mentor-a'), { ...slots.find((slot) => slot.day === '2026-03-23')! });
    service.book(person('mentor-b'), { ...slots.find((slot) => slot.day === '2026-03-25')! });
    clock.set('2026-03-23T06:00:00Z');
    const view = service.hostView('coach');
    expect(view.today.map((booking) => booking.bookerId)).toEqual(['mentor-a']);
    expect(view.laterThisWeek.map((booking) => booking.bookerId)).toEqual(['mentor-b']);
    clock.set('2026-03-23T13:30:00Z');
    const noShow = service.markNoShow(person('coach'), monday.ok ? monday.booking.id : 0);
    expect(noShow.ok && noShow.booking.status).toBe('no-show');
    expect(service.markNoShow(person('mentor-a'), 1)).toMatchObject({ ok: false });
    clock.set('2026-03-25T06:00:00Z'); // Wednesday: Monday's booking is still in this week's view
    expect(service.hostView('coach').earlierThisWeek.map((booking) => booking.bookerId)).toEqual(['mentor-a']);
    expect(service.hostView('coach').today.map((booking) => booking.bookerId)).toEqual(['mentor-b']);
  });
});

describe('series by the JOS worker', () => {
  it('validates end after start, slots that fit and no overlap with own series', () => {
    const { service } = spreekuurFixture('2026-03-20T09:00:00Z');
    expect(service.saveSeries(person('coach'), mondaySeries({ endTime: '13:00' }))).toMatchObject({ problems: ['end-before-start'] });
    expect(service.saveSeries(person('coach'), mondaySeries({ endTime: '15:10' }))).toMatchObject({ problems: ['slots-do-not-fit'] });
    expect(service.saveSeries(person('coach'), mondaySeries()).ok).toBe(true);
    expect(service.saveSeries(person('coach'), mondaySeries({ startTime: '14:30', endTime: '15:30' }))).toMatchObject({
      problems: ['overlaps-other-series'],
    });
    expect(service.saveSeries(person('coach'), mondaySeries({ startTime: '15:00', endTime: '16:00' })).ok).toBe(true);
  });

  it('changing the time cancels bookings that no longer fit', () => {
    const { service } = spreekuurFixture('2026-03-20T09:00:00Z');
    service.saveSeries(person('coach'), mondaySeries());
    const [early, , , late] = service.openSlots('jan-arentsz');
    service.book(person('mentor-a'), { ...early! });
    service.book(person('mentor-b'), { ...late! });
    const changed = service.saveSeries(person('coach'), mondaySeries({ startTime: '14:30', endTime: '15:30' }), 1);
    expect(changed.ok && changed.cancelled.map((booking) => booking.bookerId)).toEqual(['mentor-a']);
    expect(service.saveSeries(person('mentor-a'), mondaySeries(), 1)).toMatchObject({ ok: false, reason: 'not-yours' });
  });

  it('stopping a series cancels its future bookings and removes its slots', () => {
    const { service } = spreekuurFixture('2026-03-20T09:00:00Z');
    service.saveSeries(person('coach'), mondaySeries());
    service.book(person('mentor-a'), { ...service.openSlots('jan-arentsz')[0]! });
    expect(service.stopSeries(person('mentor-a'), 1)).toMatchObject({ ok: false, reason: 'not-yours' });
    const stopped = service.stopSeries(person('coach'), 1);
    expect(stopped.ok && stopped.cancelled.map((booking) => booking.bookerId)).toEqual(['mentor-a']);
    expect(service.openSlots('jan-arentsz')).toEqual([]);
    expect(service.stopSeries(person('coach'), 1)).toMatchObject({ ok: false, reason: 'not-found' });
  });

  it('cancelling a date cancels its bookings and offers alternatives', () => {
    const { service } = spreekuurFixture('2026-03-20T09:00:00Z');
    service.saveSeries(person('coach'), mondaySeries());
    const slot = service.openSlots('jan-arentsz')[0]!;
    service.book(person('mentor-a'), { ...slot });
    const result = service.cancelDate(person('coach'), 1, '2026-03-23');
    expect(result.ok && result.cancelled.map((booking) => [booking.bookerId, booking.status])).toEqual([['mentor-a', 'cancelled']]);
    expect(result.ok && result.alternatives.every((alternative) => alternative.day === '2026-03-30')).toBe(true);
    expect(service.openSlots('jan-arentsz').some((open) => open.day === '2026-03-23')).toBe(false);
    expect(service.cancelDate(person('coach'), 1, '2026-03-24')).toMatchObject({ ok: false, reason: 'no-spreekuur-that-day' });
  });

  it('tells the host once that a school year has no holiday dates, and the series still runs', () => {
    const { service } = spreekuurFixture('2027-08-20T09:00:00Z');
    service.saveSeries(person('coach'), mondaySeries());
    expect(service.openSlots('jan-arentsz').length).toBeGreaterThan(0);
    expect(service.takeHolidayNotices('coach', 'jan-arentsz')).toEqual(['2027-2028']);
    expect(service.takeHolidayNotices('coach', 'jan-arentsz')).toEqual([]);
  });
});

describe('who may act (src/people/access.ts, checked by the service itself)', () => {
  it('a series only at a school where the host is on the JOS team; a booking only at the mentor’s own school', () => {
    const { service } = spreekuurFixture('2026-03-20T09:00:00Z');
    expect(service.saveSeries(person('coach'), mondaySeries({ schoolId: 'elders' }))).toEqual({ ok: false, reason: 'not-allowed' });
    expect(service.saveSeries(person('mentor-a'), mondaySeries())).toEqual({ ok: false, reason: 'not-allowed' });
    service.saveSeries(person('coach'), mondaySeries());
    const slot = service.openSlots('jan-arentsz')[0]!;
    const elsewhere = { ...person('mentor-a'), schoolId: 'elders' };
    expect(service.book(elsewhere, { ...slot })).toMatchObject({ ok: false, reason: 'other-school', alternatives: [] });
    expect(service.book(person('mentor-a'), { ...slot }).ok).toBe(true);
  });
});
