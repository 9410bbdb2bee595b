/** Messages the bot sends on its own: reminders, a booking dropped by the host, a new booking or cancellation to the host. */
import type { Booking, Slot } from '../../../src/spreekuur/model';
import { adaptiveCard, plainText, executeAction, heading, paragraph, type AdaptiveCardJson } from '../kit';
import { SPREEKUUR_VERBS, whenLabel, type NameOf, details, slotButtons } from './common';

/** To a mentor whose booking was cancelled by the JOS worker. */
export function bookingDroppedCard(booking: Booking, hostName: string, alternatives: Slot[], nameOf: NameOf): AdaptiveCardJson {
  return adaptiveCard([
    heading('Je spreekuurafspraak vervalt'),
    paragraph(`${hostName} kan ${whenLabel(booking.startsAt, booking.endsAt)} niet. Je afspraak is daarom afgezegd.`),
    ...(alternatives.length > 0 ? [paragraph('Deze plekken zijn nog vrij:'), ...slotButtons(alternatives, nameOf)] : []),
  ], [executeAction('Alle vrije plekken', SPREEKUUR_VERBS.open)]);
}

/** To the host: a new booking or a cancellation. Topic only, never more. */
export function hostNoticeCard(kind: 'booked' | 'cancelled', booking: Booking, bookerName: string): AdaptiveCardJson {
  return adaptiveCard(
    [
      heading(kind === 'booked' ? 'Nieuwe spreekuurafspraak' : 'Spreekuurafspraak afgezegd'),
      details([
        ['Wanneer', whenLabel(booking.startsAt, booking.endsAt)],
        ['Wie', plainText(bookerName)],
        ['Onderwerp', booking.topic && plainText(booking.topic)],
      ]),
    ],
    [executeAction('Mijn spreekuur', SPREEKUUR_VERBS.host)],
  );
}

export function reminderCard(booking: Booking, otherName: string, role: 'booker' | 'host'): AdaptiveCardJson {
  return adaptiveCard([
    heading('Herinnering: JOS-spreekuur'),
    details([
      ['Wanneer', whenLabel(booking.startsAt, booking.endsAt)],
      [role === 'booker' ? 'Bij' : 'Met', otherName],
      ['Waar', booking.place],
    ]),
  ]);
}
