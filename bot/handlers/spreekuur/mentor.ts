import { z } from 'zod/v4';
import { signalsSafetyConcern } from '../../../src/consent/safety';
import { mayBookAt } from '../../../src/people/access';
import type { Person } from '../../../src/people/roles';
import { FINDING_NOUNS, type FindingKind } from '../../../src/privacy';
import type { Booking } from '../../../src/spreekuur/model';
import { BOOKING_LINK_KIND } from '../../../src/spreekuur/calendar';
import * as cards from '../../cards/spreekuur';
import type { AdaptiveCardJson } from '../../cards/kit';
import { isConfirmed } from '../confirm';
import { messageExtraction } from '../consent/state';
import type { SpreekuurFeature } from './feature';

const VERBS = cards.SPREEKUUR_VERBS;
/** The spreekuur by any of the names people use for it (JOS calls it the inloopspreekuur). */
const SPREEKUUR_WORD = String.raw`(inloop|mentor)?spreekuur`;
const WISH_WORD = String.raw`\b(?:ik wil|graag|boek|boeken|afspraak|wanneer is|plek)\b`;
/**
 * Just the word (also as a question), or a sentence that asks for a place or a time at the spreekuur. Linear on any
 * input: no two unbounded parts can share the same characters (a 28 KB message of spaces took 1.4 s before), and
 * the text before the first wish word can hold no wish word, so the engine never retries at a later one.
 */
const BOOK_TEXT = new RegExp(
  String.raw`^(?:\s*${SPREEKUUR_WORD}(?: boeken)?[\s.!?]*$|(?:(?!${WISH_WORD}).)*${WISH_WORD}.*\b${SPREEKUUR_WORD}\b)`,
  'i',
);
/**
 * A wish to meet someone of the JOS team ("Kan ik een afspraak maken met de jgc?", "ik wil een afspraak maken"):
 * an appointment word with a wish or a planning verb, and nothing about sharing information (that is a consent question).
 */
const APPOINTMENT = /\b(afspraak|afspraakje|gesprek)\b/i;
const WISH_OR_PLANNING = /\b(ik wil|ik zou|kan ik|kun je|graag|maken|inplannen|plannen|boeken|aanvragen)\b/i;
const ABOUT_SHARING = /\b(delen|toestemming|gegevens|dossier|doorgeven|vertellen|noemen|informatie|privacy|avg)\b/i;
const isBookingWish = (text: string): boolean => APPOINTMENT.test(text) && WISH_OR_PLANNING.test(text) && !ABOUT_SHARING.test(text);

const MINE_TEXT = /^\s*mijn (afspraken|boekingen)\s*$/i;

const slotSchema = z.object({ seriesId: z.number().int().positive(), startsAt: z.iso.datetime() });
const bookSchema = slotSchema.extend({ topic: z.string().max(2000).optional() });
const bookingIdSchema = z.object({ bookingId: z.number().int().positive() });
const fromSchema = z.object({ from: z.iso.date() });
const daySchema = z.object({ day: z.iso.date() });
const schoolSchema = z.object({ schoolId: z.string().min(1) });

/** Mentors and docenten: open slots of their school, pick, topic, confirm; their bookings and cancelling. */
export function registerMentorActions(feature: SpreekuurFeature): void {
  const { deps, service, nameOf, onExecute, invalid } = feature;
  const icsUrl = (booking: Booking): string =>
    deps.calendarLinks.urlFor(deps.publicBaseUrl(), BOOKING_LINK_KIND, String(booking.id), deps.clock.now());

  /** The day picker (from `fromDay` when "Later" was clicked); first the school when none is chosen. */
  const openSlotsFor = (person: Person, fromDay?: string): AdaptiveCardJson => {
    if (!person.schoolId || !feature.schoolIds.has(person.schoolId)) return cards.chooseSchoolCard(feature.schools());
    const window = service.openSlotWindow(person.schoolId, fromDay);
    return cards.openSlotsCard(
      feature.schoolName(person.schoolId),
      { ...window, paged: fromDay !== undefined },
      service.bookingAllowance(person.id, person.schoolId),
      service.rules(person.schoolId).horizonDays,
    );
  };
  /** A mentor books (and sees the topic step of) only the spreekuur of the school they chose. */
  const atOwnSchool = (person: Person, seriesId: number): boolean => {
    const series = service.seriesById(seriesId);
    return series !== undefined && mayBookAt(person, series.schoolId);
  };
  const myBookings = (person: Person, problem?: string) => cards.myBookingsCard(service.myBookings(person.id), nameOf, problem);

  feature.onMessage('spreekuur.mine', MINE_TEXT, (person) => myBookings(person), 'Mijn spreekuurafspraken');
  feature.onMessage('spreekuur.open', BOOK_TEXT, openSlotsFor, 'JOS-spreekuur');
  // Registered before consent: a wish that also tells of danger or abuse goes on to consent's safety answer.
  feature.onMessage(
    'spreekuur.wish',
    (context, state) => {
      const text = context.activity.text ?? '';
      return isBookingWish(text) && !signalsSafetyConcern(messageExtraction(state.temp, text, deps.readConsent).facts);
    },
    openSlotsFor,
    'JOS-spreekuur',
  );

  onExecute(VERBS.open, z.unknown(), async (person, data) => openSlotsFor(person, fromSchema.safeParse(data).data?.from));
  onExecute(VERBS.day, z.unknown(), async (person, data) => {
    const parsed = daySchema.safeParse(data);
    if (!parsed.success) return invalid();
    if (!person.schoolId || !feature.schoolIds.has(person.schoolId)) return cards.chooseSchoolCard(feature.schools());
    const { day } = parsed.data;
    return cards.dayCard(feature.schoolName(person.schoolId), day, service.openSlotsOn(person.schoolId, day), nameOf);
  });
  onExecute(VERBS.changeSchool, z.unknown(), async (person) => cards.chooseSchoolCard(feature.schools(), person.schoolId));
  onExecute(VERBS.setSchool, z.unknown(), async (person, data) => {
    const parsed = schoolSchema.safeParse(data);
    if (!parsed.success || !feature.schoolIds.has(parsed.data.schoolId)) return cards.chooseSchoolCard(feature.schools());
    deps.people.setSchool(person.id, parsed.data.schoolId);
    return openSlotsFor(deps.people.get(person.id)!);
  });
  onExecute(VERBS.pick, z.unknown(), async (person, data) => {
    const parsed = slotSchema.safeParse(data);
    if (!parsed.success) return invalid();
    if (!atOwnSchool(person, parsed.data.seriesId)) return cards.refusalCard(cards.OTHER_SCHOOL, [], nameOf);
    const slot = service.findOpenSlot(parsed.data.seriesId, new Date(parsed.data.startsAt));
    if (!slot) return cards.refusalCard(cards.REFUSALS['slot-taken'], service.alternativesFor(parsed.data.seriesId), nameOf);
    return cards.topicCard(slot, nameOf(slot.hostId));
  });
  onExecute(VERBS.book, z.unknown(), async (person, data) => {
    const parsed = bookSchema.safeParse(data);
    if (!parsed.success) return invalid();
    const startsAt = new Date(parsed.data.startsAt);
    const result = service.book(person, { seriesId: parsed.data.seriesId, startsAt, topic: parsed.data.topic });
    deps.logger.info({ event: 'spreekuur.book', ok: result.ok, reason: result.ok ? undefined : result.reason });
    if (!result.ok) {
      const slot = result.reason.startsWith('topic-') ? service.findOpenSlot(parsed.data.seriesId, startsAt) : undefined;
      if (slot) {
        const found = (result.found ?? []).map((kind) => FINDING_NOUNS[kind as FindingKind] ?? kind).join(', ');
        const problem = cards.REFUSALS[result.reason] + (found ? ` Gevonden: ${found}.` : '');
        return cards.topicCard(slot, nameOf(slot.hostId), { problem, topic: result.maskedTopic });
      }
      return cards.refusalCard(cards.REFUSALS[result.reason], result.alternatives, nameOf);
    }
    const { booking, repeated } = result;
    if (!repeated) feature.tellHost(booking.id, 'booked');
    const reminderMinutes = service.rules(booking.schoolId).reminderMinutesBefore;
    return cards.confirmationCard(booking, nameOf(booking.hostId), icsUrl(booking), { repeated, reminderMinutes });
  });
  onExecute(VERBS.mine, z.unknown(), async (person) => myBookings(person));
  onExecute(VERBS.cancel, z.unknown(), async (person, data) => {
    const parsed = bookingIdSchema.safeParse(data);
    if (!parsed.success) return invalid();
    const toCancel = service.booking(parsed.data.bookingId);
    // Only a booking this person may cancel gets the question; anything else goes on to its refusal.
    if (!isConfirmed(data) && toCancel?.bookerId === person.id && toCancel.status === 'booked') {
      return cards.cancelBookingQuestion(toCancel, nameOf(toCancel.hostId));
    }
    const result = service.cancelByBooker(person, parsed.data.bookingId);
    if (!result.ok) return myBookings(person, cards.REFUSALS[result.reason]);
    const { booking } = result;
    feature.tellHost(booking.id, 'cancelled');
    return cards.cancelledCard(booking, nameOf(booking.hostId), icsUrl(booking));
  });
}
