import type { TurnContext } from 'botbuilder';
import { join } from 'node:path';
import { z } from 'zod/v4';
import { HolidayCalendar, loadSchoolHolidays, schoolYearOf, amsterdamDate } from '../../src/calendar/holidays';
import { calendarLinks } from '../../src/calendar/links';
import type { Person } from '../../src/people/roles';
import { FINDING_NOUNS, maskText, screenText, type FindingKind } from '../../src/privacy';
import type { Booking } from '../../src/spreekuur/bookings';
import { BOOKING_LINK_KIND, bookingCalendar } from '../../src/spreekuur/calendar';
import { seedDemoSpreekuur } from '../../src/spreekuur/demo';
import { loadSpreekuurRules } from '../../src/spreekuur/rules';
import { seriesInputSchema } from '../../src/spreekuur/series';
import { REMINDER_JOB, SpreekuurService, type ReminderPayload, type TopicScreen } from '../../src/spreekuur/service';
import { parseHolidayLines } from '../../src/spreekuur/holidayLines';
import * as cards from '../cards/spreekuur';
import { cardMessage, type AdaptiveCardJson } from '../cards/kit';
import type { BotApp, BotDeps } from '../deps';

const { SPREEKUUR_VERBS: VERBS } = cards;

const BOOK_TEXT = /^\s*(spreekuur( boeken)?|.*\b(ik wil|graag|boek|afspraak).*\bspreekuur\b.*)\s*$/i;
const MINE_TEXT = /^\s*mijn (afspraken|boekingen)\s*$/i;
const HOST_TEXT = /^\s*mijn spreekuur\s*$/i;
const HOLIDAYS_TEXT = /^\s*(spreekuur )?vakanties\s*$/i;

const slotSchema = z.object({ seriesId: z.coerce.number().int().positive(), startsAt: z.iso.datetime() });
const bookSchema = slotSchema.extend({ topic: z.string().max(2000).optional() });
const bookingIdSchema = z.object({ bookingId: z.coerce.number().int().positive() });
const seriesIdSchema = z.object({ seriesId: z.coerce.number().int().positive().optional() });
const cancelDateSchema = z.object({ seriesId: z.coerce.number().int().positive(), day: z.iso.date() });
const schoolSchema = z.object({ schoolId: z.string().min(1) });
const holidaysSchema = z.object({ schoolId: z.string().min(1), year: z.string().regex(/^\d{4}-\d{4}$/), periods: z.string().max(2000).default('') });


/** The inloopspreekuur in Teams: mentors book, JOS workers run it, beheerder and ondersteuningscoördinator set holidays. */
export function registerSpreekuur(app: BotApp, deps: BotDeps): void {
  const schoolIds = new Set(deps.knowledge.schools.map((school) => school.id));
  const holidays = new HolidayCalendar(deps.db, loadSchoolHolidays(join(deps.config.knowledgeDir, 'holidays'), schoolIds));
  const screenTopic: TopicScreen = (topic) => {
    const result = screenText(topic, { now: deps.clock.now() });
    if (!result.identifying) return { ok: true };
    return { ok: false, found: [...new Set(result.findings.map((found) => found.kind))], masked: maskText(topic, result.findings) };
  };
  const service = new SpreekuurService({
    db: deps.db,
    clock: deps.clock,
    holidays,
    rules: loadSpreekuurRules(deps.config.knowledgeDir, schoolIds),
    screenTopic,
  });
  if (deps.config.mode === 'local') seedDemoSpreekuur(deps.db, service, deps.people, deps.clock.now());

  const nameOf = (personId: string): string => deps.people.get(personId)?.name ?? 'onbekend';
  const schoolName = (schoolId: string): string => deps.schools.get(schoolId)?.name ?? schoolId;
  const schoolsList = () => deps.schools.list().map((school) => ({ id: school.id, name: school.name }));
  const icsUrl = (booking: Booking): string =>
    calendarLinks(deps.db).urlFor(deps.publicBaseUrl(), BOOKING_LINK_KIND, String(booking.id), deps.clock.now());
  const hostSchool = (person: Person): string | undefined =>
    person.roles.find((grant) => grant.role === 'jos-functionaris' && grant.schoolId)?.schoolId;

  calendarLinks(deps.db).register(BOOKING_LINK_KIND, (refId, now) => {
    const booking = service.bookings.get(Number(refId));
    const host = booking && deps.people.get(booking.hostId);
    const booker = booking && deps.people.get(booking.bookerId);
    return booking && host && booker ? bookingCalendar(booking, { host, booker }, now) : undefined;
  });

  const notify = async (personId: string, card: AdaptiveCardJson, summary: string): Promise<void> => {
    await deps.proactive.sendToPerson(personId, cardMessage(card, summary));
  };

  const tellDropped = async (dropped: Booking[]): Promise<void> => {
    for (const booking of dropped) {
      const alternatives = service.openSlots(booking.schoolId).slice(0, 3);
      await notify(booking.bookerId, cards.bookingDroppedCard(booking, nameOf(booking.hostId), alternatives, nameOf), 'Je spreekuurafspraak vervalt');
    }
    if (dropped.length > 0) deps.logger.info({ event: 'spreekuur.bookings-dropped', count: dropped.length });
  };

  const openSlotsFor = (person: Person): AdaptiveCardJson => {
    if (!person.schoolId || !schoolIds.has(person.schoolId)) return cards.chooseSchoolCard(schoolsList());
    const slots = service.openSlots(person.schoolId);
    return cards.openSlotsCard(schoolName(person.schoolId), slots, nameOf, service.rules(person.schoolId).horizonDays);
  };

  const hostViewFor = (person: Person): AdaptiveCardJson => {
    const schoolId = hostSchool(person);
    if (!schoolId) {
      return cards.messageCard(
        'Mijn spreekuur',
        'Dit overzicht is voor medewerkers van het JOS-team. Typ "mijn afspraken" voor je eigen afspraken.',
      );
    }
    const notices = service
      .takeHolidayNotices(person.id, schoolId)
      .map(
        (year) =>
          `Voor schooljaar ${year} zijn de schoolvakanties van ${schoolName(schoolId)} niet ingesteld. ` +
          'Het spreekuur loopt daarom ook in vakanties door; de ondersteuningscoördinator kan ze instellen met "vakanties".',
      );
    return cards.hostCard(service.hostView(person.id), service.series.activeOfHost(person.id), nameOf, deps.clock.now(), notices);
  };

  const holidaySchool = (person: Person): string | undefined =>
    person.roles.find((grant) => grant.role === 'ondersteuningscoordinator' && grant.schoolId)?.schoolId ??
    (person.roles.some((grant) => grant.role === 'beheerder') ? person.schoolId ?? [...schoolIds][0] : undefined);

  const holidaysCardFor = (person: Person, schoolId?: string, problem?: string): AdaptiveCardJson => {
    const target = schoolId ?? holidaySchool(person);
    if (!target || !mayEditHolidays(person, target)) {
      return cards.messageCard('Schoolvakanties', 'Alleen de beheerder of de ondersteuningscoördinator van een school kan de vakanties instellen.');
    }
    const year = schoolYearOf(amsterdamDate(deps.clock.now()));
    return cards.holidaysCard(schoolName(target), target, year, holidays.periodsFor(target, year), problem);
  };

  const mayEditHolidays = (person: Person, schoolId: string): boolean =>
    person.roles.some((grant) => grant.role === 'beheerder') ||
    person.roles.some((grant) => grant.role === 'ondersteuningscoordinator' && grant.schoolId === schoolId);

  // Commands and free text.
  app.message(HOST_TEXT, async (context) => {
    await context.sendActivity(cardMessage(hostViewFor(deps.identify(context)), 'Mijn spreekuur'));
  });
  app.message(MINE_TEXT, async (context) => {
    const person = deps.identify(context);
    await context.sendActivity(cardMessage(cards.myBookingsCard(service.myBookings(person.id), nameOf), 'Mijn spreekuurafspraken'));
  });
  app.message(HOLIDAYS_TEXT, async (context) => {
    await context.sendActivity(cardMessage(holidaysCardFor(deps.identify(context)), 'Schoolvakanties'));
  });
  app.message(BOOK_TEXT, async (context) => {
    await context.sendActivity(cardMessage(openSlotsFor(deps.identify(context)), 'JOS-spreekuur'));
  });

  const onExecute = (verb: string, handler: (context: TurnContext, person: Person, data: unknown) => Promise<AdaptiveCardJson>) => {
    app.adaptiveCards.actionExecute(verb, async (context, _state, data) => handler(context, deps.identify(context), data));
  };
  const invalid = () => cards.messageCard('Dat lukte niet', 'Deze knop stuurde onvolledige gegevens. Begin opnieuw met "spreekuur".');

  // Mentor flow.
  onExecute(VERBS.open, async (_context, person) => openSlotsFor(person));
  onExecute(VERBS.changeSchool, async (_context, person) => cards.chooseSchoolCard(schoolsList(), person.schoolId));
  onExecute(VERBS.setSchool, async (_context, person, data) => {
    const parsed = schoolSchema.safeParse(data);
    if (!parsed.success || !schoolIds.has(parsed.data.schoolId)) return cards.chooseSchoolCard(schoolsList());
    deps.people.setSchool(person.id, parsed.data.schoolId);
    return openSlotsFor(deps.people.get(person.id)!);
  });
  onExecute(VERBS.pick, async (_context, _person, data) => {
    const parsed = slotSchema.safeParse(data);
    if (!parsed.success) return invalid();
    const slot = service.findOpenSlot(parsed.data.seriesId, new Date(parsed.data.startsAt));
    if (!slot) return cards.refusalCard(cards.REFUSALS['slot-taken'], service.alternativesFor(parsed.data.seriesId), nameOf);
    return cards.topicCard(slot, nameOf(slot.hostId));
  });
  onExecute(VERBS.book, async (_context, person, data) => {
    const parsed = bookSchema.safeParse(data);
    if (!parsed.success) return invalid();
    const startsAt = new Date(parsed.data.startsAt);
    const result = service.book({ bookerId: person.id, seriesId: parsed.data.seriesId, startsAt, topic: parsed.data.topic });
    deps.logger.info({ event: 'spreekuur.book', ok: result.ok, reason: result.ok ? undefined : result.reason });
    if (!result.ok) {
      if (result.reason === 'topic-identifying' || result.reason === 'topic-too-long') {
        const slot = service.findOpenSlot(parsed.data.seriesId, startsAt);
        const found = (result.found ?? []).map((kind) => FINDING_NOUNS[kind as FindingKind] ?? kind).join(', ');
        const message = cards.REFUSALS[result.reason] + (found ? ` Gevonden: ${found}.` : '');
        if (slot) return cards.topicCard(slot, nameOf(slot.hostId), { problem: message, topic: result.maskedTopic });
      }
      return cards.refusalCard(cards.REFUSALS[result.reason], result.alternatives, nameOf);
    }
    const { booking, repeated } = result;
    if (!repeated) await notify(booking.hostId, cards.hostNoticeCard('booked', booking, person.name), 'Nieuwe spreekuurafspraak');
    return cards.confirmationCard(booking, nameOf(booking.hostId), icsUrl(booking), repeated);
  });
  onExecute(VERBS.mine, async (_context, person) => cards.myBookingsCard(service.myBookings(person.id), nameOf));
  onExecute(VERBS.cancel, async (_context, person, data) => {
    const parsed = bookingIdSchema.safeParse(data);
    if (!parsed.success) return invalid();
    const result = service.cancelByBooker(person.id, parsed.data.bookingId);
    if (!result.ok) return cards.myBookingsCard(service.myBookings(person.id), nameOf, cards.REFUSALS[result.reason]);
    await notify(result.booking.hostId, cards.hostNoticeCard('cancelled', result.booking, person.name), 'Spreekuurafspraak afgezegd');
    return cards.cancelledCard(result.booking, nameOf(result.booking.hostId));
  });

  // JOS worker flow; every action checks the role on the server.
  const asHost = (handler: (person: Person, schoolId: string, data: unknown) => Promise<AdaptiveCardJson>) =>
    async (_context: TurnContext, person: Person, data: unknown): Promise<AdaptiveCardJson> => {
      const schoolId = hostSchool(person);
      return schoolId ? handler(person, schoolId, data) : hostViewFor(person);
    };
  onExecute(VERBS.host, asHost(async (person) => hostViewFor(person)));
  onExecute(VERBS.noShow, asHost(async (person, _schoolId, data) => {
    const parsed = bookingIdSchema.safeParse(data);
    if (parsed.success) service.markNoShow(person.id, parsed.data.bookingId);
    return hostViewFor(person);
  }));
  onExecute(VERBS.seriesForm, asHost(async (person, schoolId, data) => {
    const parsed = seriesIdSchema.safeParse(data);
    const existing = parsed.success && parsed.data.seriesId ? service.series.get(parsed.data.seriesId) : undefined;
    if (existing && existing.hostId !== person.id) return hostViewFor(person);
    return cards.seriesFormCard(
      existing
        ? cards.seriesFormValues(existing)
        : { schoolId, validFrom: amsterdamDate(deps.clock.now()), slotMinutes: String(service.rules(schoolId).slotMinutes) },
    );
  }));
  onExecute(VERBS.saveSeries, asHost(async (person, schoolId, data) => {
    const raw = (data ?? {}) as Record<string, unknown>;
    const seriesId = seriesIdSchema.safeParse(raw).data?.seriesId;
    const form = { ...raw, schoolId, seriesId } as cards.SeriesFormValues;
    const parsed = seriesInputSchema.safeParse({ ...raw, schoolId });
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
      return cards.seriesFormCard(form, [`Controleer: ${fields.map((field) => FORM_FIELDS[field] ?? field).join(', ')}.`]);
    }
    const result = service.saveSeries(person.id, parsed.data, seriesId);
    if (!result.ok) {
      if (result.reason === 'invalid') return cards.seriesFormCard(form, result.problems.map((problem) => cards.SERIES_PROBLEMS[problem]));
      return hostViewFor(person);
    }
    await tellDropped(result.cancelled);
    return cards.seriesSavedCard(result.series, result.cancelled.length);
  }));
  onExecute(VERBS.stopSeries, asHost(async (person, _schoolId, data) => {
    const parsed = seriesIdSchema.safeParse(data);
    const result = parsed.success && parsed.data.seriesId ? service.stopSeries(person.id, parsed.data.seriesId) : undefined;
    if (result?.ok) await tellDropped(result.cancelled);
    return hostViewFor(person);
  }));
  onExecute(VERBS.dateList, asHost(async (person, _schoolId, data) => {
    const parsed = seriesIdSchema.safeParse(data);
    const series = parsed.success && parsed.data.seriesId ? service.series.get(parsed.data.seriesId) : undefined;
    if (!series || series.hostId !== person.id) return hostViewFor(person);
    return cards.dateListCard(series, service.upcomingDates(series, 6));
  }));
  onExecute(VERBS.cancelDate, asHost(async (person, _schoolId, data) => {
    const parsed = cancelDateSchema.safeParse(data);
    if (!parsed.success) return invalid();
    const result = service.cancelDate(person.id, parsed.data.seriesId, parsed.data.day);
    if (!result.ok) return hostViewFor(person);
    await tellDropped(result.cancelled);
    return cards.dateCancelledCard(parsed.data.day, result.cancelled.length);
  }));

  // School holidays by the beheerder or the school's ondersteuningscoördinator.
  onExecute(VERBS.holidays, async (_context, person, data) => holidaysCardFor(person, schoolSchema.safeParse(data).data?.schoolId));
  onExecute(VERBS.saveHolidays, async (_context, person, data) => {
    const parsed = holidaysSchema.safeParse(data);
    if (!parsed.success || !schoolIds.has(parsed.data.schoolId)) return invalid();
    const { schoolId, year, periods } = parsed.data;
    if (!mayEditHolidays(person, schoolId)) return holidaysCardFor(person, schoolId);
    const lines = parseHolidayLines(periods, year);
    if (!lines.ok) {
      const problem = `Regel ${lines.line} klopt niet: schrijf "naam jjjj-mm-dd jjjj-mm-dd" binnen schooljaar ${year}.`;
      return holidaysCardFor(person, schoolId, problem);
    }
    holidays.setSchoolHolidays(schoolId, year, lines.periods, person.id, deps.clock.now());
    deps.logger.info({ event: 'spreekuur.holidays-set', schoolId, year, periods: lines.periods.length });
    return holidaysCardFor(person, schoolId, lines.periods.length ? 'Opgeslagen.' : 'Opgeslagen: de school volgt weer het advies voor regio Noord.');
  });

  // Reminders: one job per recipient, so a failure for one never resends to the other.
  deps.jobs.register(REMINDER_JOB, async (payload) => {
    const { bookingId, recipient } = payload as ReminderPayload;
    const booking = service.bookings.get(bookingId);
    if (!booking || booking.status !== 'booked') return;
    const to = recipient === 'booker' ? booking.bookerId : booking.hostId;
    const other = recipient === 'booker' ? booking.hostId : booking.bookerId;
    await notify(to, cards.reminderCard(booking, nameOf(other), recipient), 'Herinnering: JOS-spreekuur');
  });
}

const FORM_FIELDS: Record<string, string> = {
  weekday: 'de dag',
  startTime: 'de begintijd',
  endTime: 'de eindtijd',
  slotMinutes: 'de lengte van een plek',
  place: 'de plaats',
  validFrom: 'de begindatum',
  validUntil: 'de einddatum',
};
