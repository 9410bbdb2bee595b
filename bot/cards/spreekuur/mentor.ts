/** Cards for mentors and docenten: open slots, the topic step, the confirmation, their bookings. */
import type { Booking, Slot } from '../../../src/spreekuur/model';
import { actionSet, adaptiveCard, emphasis, executeAction, heading, openUrlAction, paragraph, schoolChoice, smallPrint, textInput, type AdaptiveCardJson, type CardElement, plainText } from '../kit';
import { confirmCard } from '../confirm';
import { SPREEKUUR_VERBS, countLabel, whenLabel, type NameOf, details, slotData, hostSlotButtons, groupBy, dayLabel, dateLabel, buttonRows } from './common';

export interface SlotWindow {
  slots: Slot[];
  /** The first day of the next page of the day picker, when there is one. */
  laterFrom?: string;
  /** This page does not start today: offer the way back to the first page. */
  paged: boolean;
}

/** Said before the days, so the mentor knows the limit before picking a slot. */
function allowanceLine({ count, max }: { count: number; max: number }): CardElement[] {
  if (count >= max) {
    return [
      emphasis(
        `Let op: je hebt al ${countLabel(count, 'afspraak', 'afspraken')}, het maximum. ` +
          'Zeg er eerst een af via "Mijn afspraken" of wacht tot na je volgende afspraak.',
      ),
    ];
  }
  return count > 0 ? [paragraph(`Je hebt ${countLabel(count, 'afspraak', 'afspraken')} staan; je mag er ${max} tegelijk hebben.`)] : [];
}

/** The day picker: the dates with free places in this page of days, then "Later" for the next page. */
export function openSlotsCard(
  schoolName: string,
  window: SlotWindow,
  allowance: { count: number; max: number },
  horizonDays: number,
): AdaptiveCardJson {
  const days = groupBy(window.slots, (slot) => slot.day);
  return adaptiveCard(
    [
      heading(`JOS-spreekuur ${schoolName}`),
      ...allowanceLine(allowance),
      days.length === 0
        ? paragraph(`Er zijn de komende ${horizonDays} dagen geen vrije plekken. Kijk later nog eens, of vraag het JOS-team van je school.`)
        : paragraph('Kies een dag; daarna zie je de tijden van die dag.'),
      ...buttonRows(
        days.map((daySlots) =>
          executeAction(
            `${dayLabel(daySlots[0]!.startsAt)} (${countLabel(daySlots.length, 'plek', 'plekken')})`,
            SPREEKUUR_VERBS.day,
            { day: daySlots[0]!.day },
          ),
        ),
      ),
    ],
    [
      ...(window.paged ? [executeAction('Eerder', SPREEKUUR_VERBS.open)] : []),
      ...(window.laterFrom ? [executeAction('Later', SPREEKUUR_VERBS.open, { from: window.laterFrom })] : []),
      executeAction('Mijn afspraken', SPREEKUUR_VERBS.mine),
      executeAction('Andere school', SPREEKUUR_VERBS.changeSchool),
    ],
  );
}

/** The times of one day, the worker's name and place once above their buttons. */
export function dayCard(schoolName: string, day: string, slots: Slot[], nameOf: NameOf): AdaptiveCardJson {
  return adaptiveCard(
    [
      heading(`JOS-spreekuur ${schoolName}`),
      paragraph(dateLabel(day), { bold: true }),
      slots.length === 0
        ? paragraph('Op deze dag is geen plek meer vrij. Kies een andere dag.')
        : paragraph('Kies een tijd. Je krijgt daarna de vraag om een kort onderwerp (mag ook leeg).'),
      ...hostSlotButtons(slots, nameOf),
    ],
    [executeAction('Andere dag', SPREEKUUR_VERBS.open), executeAction('Mijn afspraken', SPREEKUUR_VERBS.mine)],
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
        ['Onderwerp', booking.topic && plainText(booking.topic)],
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
        paragraph(
          `${whenLabel(booking.startsAt, booking.endsAt)} bij ${nameOf(booking.hostId)}, ${booking.place}` +
            (booking.topic ? `\n\nOnderwerp: ${plainText(booking.topic)}` : ''),
        ),
        actionSet([executeAction('Annuleer', SPREEKUUR_VERBS.cancel, { bookingId: booking.id }, { style: 'destructive' })]),
      ]),
    ],
    [executeAction('Spreekuur boeken', SPREEKUUR_VERBS.open)],
  );
}

export const cancelBookingQuestion = (booking: Booking, hostName: string): AdaptiveCardJson =>
  confirmCard(
    'Afspraak annuleren?',
    `${whenLabel(booking.startsAt, booking.endsAt)} bij ${hostName}. ${hostName} krijgt bericht dat je niet komt.`,
    { title: 'Ja, annuleer', verb: SPREEKUUR_VERBS.cancel, data: { bookingId: booking.id } },
    { title: 'Nee, houden', verb: SPREEKUUR_VERBS.mine },
  );

/** `icsUrl`: the same calendar link as on the confirmation; it now serves the cancellation. */
export function cancelledCard(booking: Booking, hostName: string, icsUrl: string): AdaptiveCardJson {
  return adaptiveCard(
    [
      heading('Afspraak geannuleerd'),
      paragraph(`${whenLabel(booking.startsAt, booking.endsAt)} bij ${hostName} is afgezegd. ${hostName} weet het.`),
      smallPrint('Had je hem in je agenda gezet? Open de agendalink hieronder; dan verdwijnt hij daar ook.'),
    ],
    [
      openUrlAction('Haal uit mijn agenda', icsUrl),
      executeAction('Nieuwe afspraak', SPREEKUUR_VERBS.open),
      executeAction('Mijn afspraken', SPREEKUUR_VERBS.mine),
    ],
  );
}
