import { DateTime } from 'luxon';
import { schoolYearOf, type HolidayCalendar } from '../calendar/holidays';
import { amsterdamDate, amsterdamDay, daysAfter, wallClock } from '../calendar/time';
import type { Clock } from '../clock';
import type { JobQueue } from '../jobs/queue';
import { isJosTeamMember, mayBookAt } from '../people/access';
import type { Person } from '../people/roles';
import { rulesFor, type SpreekuurRules, type SpreekuurRulesFile } from './rules';
import { TOPIC_MAX_LENGTH, type Booking, type CancelReason, type SeriesInput, type SeriesProblem, type Slot, type SpreekuurSeries, type TopicScreen } from './model';
import type { SpreekuurRepository } from './repository';
import { DROPPED_JOB, REMINDER_JOB, reminderKey } from './jobs';
import { daysBetween, slotKey, slotsBetween, slotsOfSeriesOn } from './slots';


export interface HostView {
  earlierThisWeek: Booking[];
  today: Booking[];
  laterThisWeek: Booking[];
  afterThisWeek: Booking[];
}

/** "Later" in the day picker pages on up to about half a school year. */
const MAX_DAYS_AHEAD = 180;

/** Bookings exist only within the booking horizon, so "every later booking" needs no real bound. */
const HOST_VIEW_END = new Date('9999-12-31T00:00:00Z');

export type BookRefusal = 'other-school' | 'slot-unknown' | 'too-late' | 'slot-taken' | 'limit-reached' | 'topic-too-long' | 'topic-identifying';
const SLOT_REFUSALS: ReadonlySet<BookRefusal> = new Set(['slot-unknown', 'too-late', 'slot-taken']);
export type BookResult =
  | { ok: true; booking: Booking; repeated: boolean }
  | { ok: false; reason: BookRefusal; alternatives: Slot[]; found?: string[]; maskedTopic?: string };

export type CancelRefusal = 'not-found' | 'not-yours' | 'already-cancelled' | 'started';
export type CancelResult = { ok: true; booking: Booking } | { ok: false; reason: CancelRefusal };
export type NoShowRefusal = Exclude<CancelRefusal, 'started'> | 'not-started';
export type NoShowResult = { ok: true; booking: Booking } | { ok: false; reason: NoShowRefusal };

export type SeriesResult =
  | { ok: true; series: SpreekuurSeries; cancelled: Booking[] }
  | { ok: false; reason: 'invalid'; problems: SeriesProblem[] }
  | { ok: false; reason: 'not-found' | 'not-yours' | 'not-allowed' };

export type CancelDateResult =
  | { ok: true; cancelled: Booking[]; alternatives: Slot[] }
  | { ok: false; reason: 'not-found' | 'not-yours' | 'no-spreekuur-that-day' | 'in-the-past' };

export interface SpreekuurServiceDeps {
  repository: SpreekuurRepository;
  jobs: JobQueue;
  clock: Clock;
  holidays: HolidayCalendar;
  rules?: SpreekuurRulesFile;
  screenTopic: TopicScreen;
}

/** The inloopspreekuur: open slots, booking under the rules, cancellations, host actions and reminders. */
export class SpreekuurService {
  private readonly repository: SpreekuurRepository;
  private readonly series: SpreekuurRepository['series'];
  private readonly bookings: SpreekuurRepository['bookings'];
  private readonly jobs: JobQueue;
  private readonly scheduled = new Map<string, { key: string; slots: Slot[] }>();

  constructor(private readonly deps: SpreekuurServiceDeps) {
    this.repository = deps.repository;
    this.series = deps.repository.series;
    this.bookings = deps.repository.bookings;
    this.jobs = deps.jobs;
  }

  booking(id: number): Booking | undefined {
    return this.bookings.get(id);
  }

  seriesById(id: number): SpreekuurSeries | undefined {
    return this.series.get(id);
  }

  activeSeriesOfHost(hostId: string): SpreekuurSeries[] {
    return this.series.activeOfHost(hostId);
  }

  rules(schoolId: string): SpreekuurRules {
    return rulesFor(this.deps.rules, schoolId);
  }

  /** Free slots of a school from the minimum notice up to the horizon, in time order. */
  openSlots(schoolId: string): Slot[] {
    return this.openSlotWindow(schoolId).slots;
  }

  /**
   * One page of the day picker: the free slots of `horizonDays` days from `fromDay` (today when absent), and
   * the first day of the next page while that starts within `MAX_DAYS_AHEAD`.
   */
  openSlotWindow(schoolId: string, fromDay?: string): { slots: Slot[]; laterFrom?: string } {
    const today = amsterdamDate(this.deps.clock.now());
    const start = fromDay && fromDay > today ? fromDay : today;
    const horizonDays = this.rules(schoolId).horizonDays;
    const laterFrom = daysAfter(start, horizonDays + 1);
    const furthest = daysAfter(today, MAX_DAYS_AHEAD);
    return {
      slots: this.openSlotsBetween(schoolId, start, daysAfter(start, horizonDays)),
      ...(laterFrom <= furthest ? { laterFrom } : {}),
    };
  }

  /** The free slots of one date (the day the mentor picked). */
  openSlotsOn(schoolId: string, day: string): Slot[] {
    return this.openSlotsBetween(schoolId, day, day);
  }

  /** How many upcoming bookings the person has, and how many they may have: said on the slot card. */
  bookingAllowance(personId: string, schoolId: string): { count: number; max: number } {
    return {
      count: this.bookings.countUpcomingOf(personId, this.deps.clock.now()),
      max: this.rules(schoolId).maxFutureBookingsPerUser,
    };
  }

  private openSlotsBetween(schoolId: string, fromDay: string, lastDay: string): Slot[] {
    const now = this.deps.clock.now();
    const rules = this.rules(schoolId);
    const earliest = now.getTime() + rules.minimumNoticeMinutes * 60_000;
    const slots = this.scheduledBetween(schoolId, fromDay, lastDay, rules.horizonDays);
    if (slots.length === 0) return [];
    const taken = this.bookings.takenSlotKeys(schoolId, slots[0]!.startsAt, slots.at(-1)!.endsAt);
    return slots.filter((slot) => slot.startsAt.getTime() >= earliest && !taken.has(slotKey(slot.seriesId, slot.startsAt)));
  }

  /**
   * Every slot of the school's series from today through the horizon, closed days left out. Reading the series,
   * cancelled dates and holidays and placing each slot is most of a slot list's work, so the result is kept until
   * the day changes or anything is written to the database (by any process). Bookings are always read afresh.
   */
  private scheduledSlots(schoolId: string, today: string, horizonDays: number): Slot[] {
    const key = `${today} ${horizonDays} ${this.repository.version()}`;
    const kept = this.scheduled.get(schoolId);
    if (kept?.key === key) return kept.slots;
    const slots = this.seriesSlots(schoolId, today, daysAfter(today, horizonDays));
    this.scheduled.set(schoolId, { key, slots });
    return slots;
  }

  /**
   * The scheduled slots from `fromDay` through `lastDay`: taken from the kept first page (today through the horizon)
   * when the dates lie within it (the first page and a day picked from it), otherwise placed afresh ("Later").
   */
  private scheduledBetween(schoolId: string, fromDay: string, lastDay: string, horizonDays: number): Slot[] {
    const today = amsterdamDate(this.deps.clock.now());
    const horizonEnd = daysAfter(today, horizonDays);
    if (fromDay < today || lastDay > horizonEnd) return this.seriesSlots(schoolId, fromDay, lastDay);
    return this.scheduledSlots(schoolId, today, horizonDays).filter((slot) => slot.day >= fromDay && slot.day <= lastDay);
  }

  private seriesSlots(schoolId: string, fromDay: string, lastDay: string): Slot[] {
    const series = this.series.activeAtSchool(schoolId);
    return slotsBetween(series, fromDay, lastDay, this.closedDay(series));
  }

  /** The slot if it is still bookable now (exists, free, far enough ahead). */
  findOpenSlot(seriesId: number, startsAt: Date): Slot | undefined {
    const series = this.series.get(seriesId);
    const slot = series && this.slotOf(series, startsAt);
    if (!series || !slot) return undefined;
    const notice = this.rules(series.schoolId).minimumNoticeMinutes * 60_000;
    if (slot.startsAt.getTime() - this.deps.clock.now().getTime() < notice) return undefined;
    return this.bookings.liveForSlot(seriesId, startsAt) ? undefined : slot;
  }

  /** The next few free slots at the school of a series, offered when a chosen one is gone. */
  alternativesFor(seriesId: number): Slot[] {
    const series = this.series.get(seriesId);
    return series ? this.openSlots(series.schoolId).slice(0, 3) : [];
  }

  /**
   * Books a slot. The checks and the insert run in one BEGIN IMMEDIATE transaction, so two people (or two
   * processes) clicking at once serialise; the partial unique index catches anything that still slips through.
   */
  book(booker: Person, request: { seriesId: number; startsAt: Date; topic?: string }): BookResult {
    const topic = request.topic?.trim() || undefined;
    const series = this.series.get(request.seriesId);
    // Other free slots help only when this slot is the problem, not the mentor's limit or topic.
    const refuse = (reason: BookRefusal, screened?: { found: string[]; masked: string }): BookResult => ({
      ok: false,
      reason,
      alternatives: SLOT_REFUSALS.has(reason) ? this.alternativesFor(request.seriesId) : [],
      ...(screened ? { found: screened.found, maskedTopic: screened.masked } : {}),
    });
    if (!series || !mayBookAt(booker, series.schoolId)) return refuse('other-school');
    if (topic && topic.length > TOPIC_MAX_LENGTH) return refuse('topic-too-long');
    const slot = this.slotOf(series, request.startsAt);
    if (!slot) return refuse('slot-unknown');
    // A booked slot needs no topic screen: someone else's is refused whatever the topic, the booker's own is theirs
    // already. The screen is the costliest step of a booking: after a quiet spell V8 recompiles its regexes, about
    // 100 ms and megabytes of native memory. The transaction below checks again.
    const holder = this.bookings.liveForSlot(slot.seriesId, slot.startsAt);
    if (holder) return holder.bookerId === booker.id ? { ok: true, booking: holder, repeated: true } : refuse('slot-taken');
    if (topic) {
      const screened = this.deps.screenTopic(topic);
      if (!screened.ok) return refuse('topic-identifying', screened);
    }
    const now = this.deps.clock.now();
    const rules = this.rules(series.schoolId);
    let outcome: { booking: Booking; repeated: boolean } | BookRefusal;
    try {
      outcome = this.repository.transaction(() => {
        const existing = this.bookings.liveForSlot(slot.seriesId, slot.startsAt);
        // A second click or a redelivered activity of the same person finds its own booking.
        if (existing?.bookerId === booker.id) return { booking: existing, repeated: true };
        if (existing) return 'slot-taken';
        if (slot.startsAt.getTime() - now.getTime() < rules.minimumNoticeMinutes * 60_000) return 'too-late';
        if (this.bookings.countUpcomingOf(booker.id, now) >= rules.maxFutureBookingsPerUser) return 'limit-reached';
        const booking = this.bookings.insert({ ...slot, bookerId: booker.id, ...(topic ? { topic } : {}) }, now);
        // In the same transaction: a booking never exists without its reminders.
        this.scheduleReminders(booking, rules);
        return { booking, repeated: false };
      });
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') outcome = 'slot-taken';
      else throw error;
    }
    if (typeof outcome === 'string') return refuse(outcome);
    return { ok: true, ...outcome };
  }

  cancelByBooker(booker: Person, bookingId: number): CancelResult {
    const booking = this.bookings.get(bookingId);
    if (!booking) return { ok: false, reason: 'not-found' };
    if (booking.bookerId !== booker.id) return { ok: false, reason: 'not-yours' };
    if (booking.status !== 'booked') return { ok: false, reason: 'already-cancelled' };
    if (booking.startsAt <= this.deps.clock.now()) return { ok: false, reason: 'started' };
    return { ok: true, booking: this.cancelBooking(booking, 'booker') };
  }

  myBookings(bookerId: string): Booking[] {
    return this.bookings.upcomingOf(bookerId, this.deps.clock.now());
  }

  /**
   * This week's bookings (Monday to Sunday, Amsterdam) around today: the earlier days stay in view, so a
   * no-show forgotten yesterday can still be marked.
   */
  /**
   * The host's bookings from the start of this week (earlier days stay, to mark no-shows) through every
   * upcoming week: bookings can be made up to the horizon, so the host must see beyond this week (on a Sunday
   * the rest of the week is empty while Monday is full).
   */
  hostView(hostId: string): HostView {
    const now = wallClock(this.deps.clock.now());
    const [weekStart, today, tomorrow] = [now.startOf('week'), now.startOf('day'), now.startOf('day').plus({ days: 1 })];
    const weekEnd = weekStart.plus({ weeks: 1 });
    const between = (from: DateTime, to: DateTime): Booking[] =>
      from < to ? this.bookings.ofHostBetween(hostId, from.toJSDate(), to.toJSDate()) : [];
    return {
      earlierThisWeek: between(weekStart, today),
      today: between(today, tomorrow),
      laterThisWeek: between(tomorrow, weekEnd),
      afterThisWeek: this.bookings.ofHostBetween(hostId, weekEnd.toJSDate(), HOST_VIEW_END),
    };
  }

  /** Only once the appointment has begun: before that the mentor may still come (or cancel). */
  markNoShow(host: Person, bookingId: number): NoShowResult {
    const booking = this.bookings.get(bookingId);
    if (!booking) return { ok: false, reason: 'not-found' };
    if (booking.hostId !== host.id) return { ok: false, reason: 'not-yours' };
    if (booking.status !== 'booked') return { ok: false, reason: 'already-cancelled' };
    if (booking.startsAt > this.deps.clock.now()) return { ok: false, reason: 'not-started' };
    return {
      ok: true,
      booking: this.repository.transaction(() => {
        this.cancelReminders(booking.id);
        return this.bookings.markNoShow(booking.id, this.deps.clock.now());
      }),
    };
  }

  /**
   * Creates or changes a series of the host. Bookings that no longer fit a changed series are cancelled
   * and returned, so the mentors can be told.
   */
  saveSeries(host: Person, input: SeriesInput, seriesId?: number): SeriesResult {
    const hostId = host.id;
    const now = this.deps.clock.now();
    const current = seriesId === undefined ? undefined : this.series.get(seriesId);
    if (seriesId !== undefined && !current) return { ok: false, reason: 'not-found' };
    if (current && current.hostId !== hostId) return { ok: false, reason: 'not-yours' };
    // Only at a school where the host is on the JOS team.
    if (!isJosTeamMember(host, input.schoolId)) return { ok: false, reason: 'not-allowed' };
    const others = this.series.activeOfHost(hostId).filter((other) => other.id !== seriesId);
    const problems = seriesProblems(input, others);
    if (problems.length > 0) return { ok: false, reason: 'invalid', problems };
    if (!current) return { ok: true, series: this.series.insert(hostId, input, now), cancelled: [] };
    return this.repository.transaction(() => {
      const series = this.series.update(current.id, input, now);
      const stillFits = (booking: Booking): boolean =>
        this.slotOf(series, booking.startsAt)?.endsAt.getTime() === booking.endsAt.getTime();
      const cancelled = this.bookings
        .liveOfSeriesFrom(series.id, now)
        .filter((booking) => !stillFits(booking))
        .map((booking) => this.cancelBooking(booking, 'series-changed'));
      return { ok: true as const, series, cancelled };
    });
  }

  /** Ends a series for good: its future bookings are cancelled and returned, so the mentors can be told. */
  stopSeries(host: Person, seriesId: number): { ok: true; cancelled: Booking[] } | { ok: false; reason: 'not-found' | 'not-yours' } {
    const series = this.series.get(seriesId);
    if (!series || !series.active) return { ok: false, reason: 'not-found' };
    if (series.hostId !== host.id) return { ok: false, reason: 'not-yours' };
    const now = this.deps.clock.now();
    const cancelled = this.repository.transaction(() => {
      this.series.deactivate(series.id, now);
      return this.bookings.liveOfSeriesFrom(series.id, now).map((booking) => this.cancelBooking(booking, 'series-changed'));
    });
    return { ok: true, cancelled };
  }

  /** Cancels one date of a series: its bookings are cancelled and returned with the alternatives to offer. */
  cancelDate(host: Person, seriesId: number, day: string): CancelDateResult {
    const series = this.series.get(seriesId);
    if (!series) return { ok: false, reason: 'not-found' };
    if (series.hostId !== host.id) return { ok: false, reason: 'not-yours' };
    if (slotsOfSeriesOn(series, day).length === 0) return { ok: false, reason: 'no-spreekuur-that-day' };
    const now = this.deps.clock.now();
    if (day < amsterdamDate(now)) return { ok: false, reason: 'in-the-past' };
    const cancelled = this.repository.transaction(() => {
      this.series.cancelDate(series.id, day, host.id, now);
      return this.liveBookingsOn(series.id, day).map((booking) => this.cancelBooking(booking, 'date-cancelled'));
    });
    return { ok: true, cancelled, alternatives: this.openSlots(series.schoolId).slice(0, 3) };
  }

  /** The bookings still standing on one date of a series (asked before the host cancels that date). */
  liveBookingsOn(seriesId: number, day: string): Booking[] {
    return this.bookings.liveOfSeriesFrom(seriesId, this.deps.clock.now()).filter((booking) => amsterdamDate(booking.startsAt) === day);
  }

  /** The coming dates of a series the host may cancel (not yet cancelled, not a holiday). */
  upcomingDates(series: SpreekuurSeries, count: number): string[] {
    const today = amsterdamDate(this.deps.clock.now());
    const until = amsterdamDay(today).plus({ weeks: count + 8 }).toISODate()!;
    const closed = this.closedDay([series]);
    return daysBetween(today, until)
      .filter((day) => !closed(series, day) && slotsOfSeriesOn(series, day).length > 0)
      .slice(0, count);
  }

  /**
   * School years in the host's horizon for which the school has no holiday dates, not mentioned before;
   * each is recorded so the host hears it once.
   */
  takeHolidayNotices(hostId: string, schoolId: string): string[] {
    const today = amsterdamDate(this.deps.clock.now());
    const horizonEnd = amsterdamDay(today).plus({ days: this.rules(schoolId).horizonDays });
    const years = [...new Set([today, horizonEnd.toISODate()!].map(schoolYearOf))];
    const missing = years.filter((year) => !this.deps.holidays.hasTableFor(schoolId, `${year.slice(0, 4)}-09-01`));
    return missing.filter((year) => this.repository.recordHolidayNotice(hostId, schoolId, year, this.deps.clock.now()));
  }

  private slotOf(series: SpreekuurSeries, startsAt: Date): Slot | undefined {
    if (!series.active) return undefined;
    const day = amsterdamDate(startsAt);
    if (this.closedDay([series])(series, day)) return undefined;
    return slotsOfSeriesOn(series, day).find((slot) => slot.startsAt.getTime() === startsAt.getTime());
  }

  private closedDay(series: SpreekuurSeries[]): (one: SpreekuurSeries, day: string) => boolean {
    const cancelled = this.series.cancelledDates(series.map((one) => one.id));
    const holiday = new Map<string, boolean>();
    const isHoliday = (schoolId: string, day: string): boolean => {
      const key = `${schoolId} ${day}`;
      if (!holiday.has(key)) holiday.set(key, this.deps.holidays.holidayOn(schoolId, day) !== undefined);
      return holiday.get(key)!;
    };
    return (one, day) => cancelled.has(`${one.id} ${day}`) || isHoliday(one.schoolId, day);
  }

  /** One transaction: the booking, its reminders and the message to the mentor change together or not at all. */
  private cancelBooking(booking: Booking, reason: CancelReason): Booking {
    return this.repository.transaction(() => {
      this.cancelReminders(booking.id);
      const cancelled = this.bookings.cancel(booking.id, reason, this.deps.clock.now());
      if (reason !== 'booker') {
        this.jobs.schedule(DROPPED_JOB, { key: `${DROPPED_JOB.kind}:${booking.id}`, dueAt: this.deps.clock.now(), payload: { bookingId: booking.id } });
      }
      return cancelled;
    });
  }

  private scheduleReminders(booking: Booking, rules: SpreekuurRules): void {
    const dueAt = new Date(booking.startsAt.getTime() - rules.reminderMinutesBefore * 60_000);
    for (const recipient of ['booker', 'host'] as const) {
      this.jobs.schedule(REMINDER_JOB, { key: reminderKey(booking.id, recipient), dueAt, payload: { bookingId: booking.id, recipient } });
    }
  }

  private cancelReminders(bookingId: number): void {
    for (const recipient of ['booker', 'host'] as const) this.jobs.cancel(reminderKey(bookingId, recipient));
  }
}

const minutesOf = (value: string): number => Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));

/** The rules a series must meet apart from its field formats; all problems at once, so the form shows them together. */
function seriesProblems(input: SeriesInput, otherSeriesOfHost: SpreekuurSeries[]): SeriesProblem[] {
  const problems: SeriesProblem[] = [];
  const start = minutesOf(input.startTime);
  const end = minutesOf(input.endTime);
  if (end <= start) problems.push('end-before-start');
  else if ((end - start) % input.slotMinutes !== 0) problems.push('slots-do-not-fit');
  if (input.validUntil && input.validUntil < input.validFrom) problems.push('until-before-from');
  const overlaps = otherSeriesOfHost.some(
    (other) =>
      other.active &&
      other.weekday === input.weekday &&
      minutesOf(other.startTime) < end &&
      start < minutesOf(other.endTime) &&
      (other.validUntil ?? '9999-12-31') >= input.validFrom &&
      (input.validUntil ?? '9999-12-31') >= other.validFrom,
  );
  if (overlaps) problems.push('overlaps-other-series');
  return problems;
}
