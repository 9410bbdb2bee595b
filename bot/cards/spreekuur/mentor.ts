/** Cards for mentors and docenten: open slots, the topic step, the confirmation, their bookings. */
import type { Booking, Slot } from '../../../src/spreekuur/model';
import { actionSet, adaptiveCard, executeAction, heading, openUrlAction, paragraph, schoolChoice, smallPrint, textInput, type AdaptiveCardJson } from '../kit';
import { SPREEKUUR_VERBS, whenLabel, type NameOf, details, slotData, slotButtons } from './common';

const MAX_SLOTS_SHOWN = 40;

export function openSlotsCard(schoolName: string, slots: Slot[], nameOf: NameOf, horizonDays: number): AdaptiveCardJson {
  const shown = slots.slice(0, MAX_SLOTS_SHOWN);
  return adaptiveCard(
    [
      heading(`JOS-spreekuur ${schoolName}`),
      slots.length === 0
        ? paragraph(`Er zijn de komende ${horizonDays} dagen geen vrije plekken. Kijk later nog eens, of vraag het JOS-team van je school.`)
        : paragraph('Kies een tijd. Je krijgt daarna de vraag om een kort onderwerp (mag ook leeg).'),
      ...slotButtons(shown, nameOf),
      ...(slots.length > shown.length ? [smallPrint(`Er zijn nog ${slots.length - shown.length} plekken later.`)] : []),
    ],
    [executeAction('Mijn afspraken', SPREEKUUR_VERBS.mine), executeAction('Andere school', SPREEKUUR_VERBS.changeSchool)],
  );
}

export function chooseSchoolCard(schools: Array<{ id: string; name: string }>, selected?: string): AdaptiveCardJson {
  return adaptiveCard(
    [heading('Op welke school werk je?'), paragraph('Ik onthoud je keuze; je kunt hem later wijzigen.'), schoolChoice(schools, selected)],
    [executeAction('Toon het spreekuur', SPREEKUUR_VERBS.setSchool, {}, { style: 'positive' })],
  );
}

/** Asks for the optional topic; after a refusal it shows why and keeps the (masked) text to edit. */
export function topicCard(slot: Slot, hostName: string, retry: { problem?: string; topic?: string } = {}): AdaptiveCardJson {
  const { problem, topic } = retry;
  return adaptiveCard(
    [
      heading('Afspraak maken'),
      details([
        ['Wanneer', whenLabel(slot.startsAt, slot.endsAt)],
        ['Bij', hostName],
        ['Waar', slot.place],
      ]),
      ...(problem ? [paragraph(problem, { color: 'Attention' })] : []),
      textInput('topic', 'Onderwerp (optioneel)', {
        placeholder: 'Bijvoorbeeld: onrust in de klas na de pauze',
        maxLength: 200,
        ...(topic ? { value: topic } : {}),
      }),
      smallPrint('Noem geen namen van leerlingen en geen andere gegevens waarmee iemand herkenbaar is.'),
    ],
    [executeAction('Bevestig', SPREEKUUR_VERBS.book, slotData(slot), { style: 'positive' }), executeAction('Terug', SPREEKUUR_VERBS.open)],
  );
}

/** "een uur", "90 minuten", "een dag": the school's reminder lead time in words. */
export function leadTimeLabel(minutes: number): string {
  if (minutes === 60) return 'een uur';
  if (minutes === 24 * 60) return 'een dag';
  return minutes % 60 === 0 ? `${minutes / 60} uur` : `${minutes} minuten`;
}

export function confirmationCard(
  booking: Booking,
  hostName: string,
  icsUrl: string,
  options: { repeated: boolean; reminderMinutes: number },
): AdaptiveCardJson {
  const { repeated, reminderMinutes } = options;
  return adaptiveCard(
    [
      heading(repeated ? 'Deze afspraak had je al' : 'Je afspraak staat'),
      details([
        ['Wanneer', whenLabel(booking.startsAt, booking.endsAt)],
        ['Bij', hostName],
        ['Waar', booking.place],
        ['Onderwerp', booking.topic],
      ]),
      paragraph(`Je krijgt ${leadTimeLabel(reminderMinutes)} van tevoren een herinnering.`, { subtle: true }),
    ],
    [
      openUrlAction('Zet in mijn agenda', icsUrl),
      executeAction('Annuleer', SPREEKUUR_VERBS.cancel, { bookingId: booking.id }, { style: 'destructive' }),
    ],
  );
}

/** `problem`: why the last click (a cancel) did not work. */
export function myBookingsCard(bookings: Booking[], nameOf: NameOf, problem?: string): AdaptiveCardJson {
  return adaptiveCard(
    [
      heading('Mijn spreekuurafspraken'),
      ...(problem ? [paragraph(problem, { color: 'Attention' })] : []),
      ...(bookings.length === 0 ? [paragraph('Je hebt geen afspraken staan.')] : []),
      ...bookings.flatMap((booking) => [
        paragraph(`${whenLabel(booking.startsAt, booking.endsAt)} bij ${nameOf(booking.hostId)}, ${booking.place}`),
        actionSet([executeAction('Annuleer', SPREEKUUR_VERBS.cancel, { bookingId: booking.id }, { style: 'destructive' })]),
      ]),
    ],
    [executeAction('Spreekuur boeken', SPREEKUUR_VERBS.open)],
  );
}

export function cancelledCard(booking: Booking, hostName: string): AdaptiveCardJson {
  return adaptiveCard(
    [
      heading('Afspraak geannuleerd'),
      paragraph(`${whenLabel(booking.startsAt, booking.endsAt)} bij ${hostName} is afgezegd. ${hostName} weet het.`),
      smallPrint('Had je hem in je agenda gezet? Open dezelfde agendalink opnieuw; dan verdwijnt hij daar ook.'),
    ],
    [executeAction('Nieuwe afspraak', SPREEKUUR_VERBS.open), executeAction('Mijn afspraken', SPREEKUUR_VERBS.mine)],
  );
}
