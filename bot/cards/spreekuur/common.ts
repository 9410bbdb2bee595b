/** What the spreekuur cards share: verbs, the Dutch refusals, labels of dates and times, slot buttons. */
import { DateTime } from 'luxon';
import { amsterdamDay, wallClock } from '../../../src/calendar/time';
import { memoize } from '../../../src/memo';
import type { Slot } from '../../../src/spreekuur/model';
import type { BookRefusal, CancelRefusal, NoShowRefusal } from '../../../src/spreekuur/service';
export { countLabel } from '../kit';
import { actionSet, adaptiveCard, executeAction, messageCard, paragraph, type AdaptiveCardJson, type CardElement } from '../kit';

/** Dutch weekday names for cards and messages, ISO numbering. */
export const WEEKDAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;

export const weekdayName = (weekday: number): string => WEEKDAYS[weekday - 1]!;

export const SPREEKUUR_VERBS = {
  open: 'spreekuur.open',
  setSchool: 'spreekuur.setSchool',
  changeSchool: 'spreekuur.changeSchool',
  day: 'spreekuur.day',
  pick: 'spreekuur.pick',
  book: 'spreekuur.book',
  cancel: 'spreekuur.cancel',
  mine: 'spreekuur.mine',
  host: 'spreekuur.host',
  noShow: 'spreekuur.noShow',
  seriesForm: 'spreekuur.seriesForm',
  saveSeries: 'spreekuur.saveSeries',
  stopSeries: 'spreekuur.stopSeries',
  dateList: 'spreekuur.dateList',
  cancelDate: 'spreekuur.cancelDate',
  holidays: 'spreekuur.holidays',
  saveHolidays: 'spreekuur.saveHolidays',
} as const;

export const OTHER_SCHOOL = 'Dit spreekuur hoort bij een andere school dan je gekozen school. Kies eerst die school via "Andere school".';

/** Every Dutch sentence for an expected outcome of the domain, in one place. */
export const REFUSALS: Record<BookRefusal | CancelRefusal | NoShowRefusal, string> = {
  'other-school': OTHER_SCHOOL,
  'slot-taken': 'Dit tijdstip is net vergeven. Kies een van de andere plekken.',
  'slot-unknown': 'Dit tijdstip bestaat niet (meer); misschien is het spreekuur verzet of afgezegd.',
  'too-late': 'Dit tijdstip is te dichtbij of al voorbij om nog te boeken.',
  'limit-reached': 'Je hebt al het maximale aantal afspraken open staan. Zeg er een af of wacht tot na je volgende afspraak.',
  'topic-too-long': 'Het onderwerp is te lang; houd het bij één korte zin.',
  'topic-identifying':
    'Het onderwerp lijkt gegevens te bevatten waarmee een leerling herkenbaar is. ' +
    'Beschrijf het zonder naam, BSN, geboortedatum, telefoonnummer of e-mailadres.',
  'not-found': 'Die afspraak kan ik niet vinden.',
  'not-yours': 'Dat is niet jouw afspraak.',
  'already-cancelled': 'Die afspraak is al afgezegd of afgerond.',
  started: 'Die afspraak is al begonnen of voorbij; afzeggen kan niet meer.',
  'not-started': 'Die afspraak is nog niet begonnen; "niet gekomen" kun je pas vanaf de begintijd aangeven.',
};

export const wall = (instant: Date): DateTime => wallClock(instant).setLocale('nl');

// Formatting in a zone and a locale is slow, and slot lists show the same instants turn after turn.
const dayLabelAt = memoize((instant: number) => wall(new Date(instant)).toFormat('cccc d LLLL'));
const timeLabelAt = memoize((instant: number) => wall(new Date(instant)).toFormat('HH:mm'));

export const dayLabel = (instant: Date): string => dayLabelAt(instant.getTime());

export const timeLabel = (instant: Date): string => timeLabelAt(instant.getTime());

export const whenLabel = (start: Date, end: Date): string => `${dayLabel(start)}, ${timeLabel(start)}–${timeLabel(end)}`;

export const dateLabel: (day: string) => string = memoize((day: string) => amsterdamDay(day).setLocale('nl').toFormat('cccc d LLLL'));

export type NameOf = (personId: string) => string;

/** Label–value lines; plain text blocks so every client (and screen reader) shows both. */
export const details = (pairs: Array<[string, string | undefined]>): CardElement =>
  paragraph(
    pairs
      .filter((pair): pair is [string, string] => pair[1] !== undefined)
      .map(([label, value]) => `**${label}:** ${value}`)
      .join('\n\n'),
  );

/** Teams shows only a handful of buttons per action set (more fall into an overflow menu or away): rows of five. */
export const BUTTONS_PER_ROW = 5;

export const buttonRows = (actions: CardElement[]): CardElement[] =>
  Array.from({ length: Math.ceil(actions.length / BUTTONS_PER_ROW) }, (_, row) =>
    actionSet(actions.slice(row * BUTTONS_PER_ROW, (row + 1) * BUTTONS_PER_ROW)),
  );

export const slotData = (slot: Slot) => ({ seriesId: slot.seriesId, startsAt: slot.startsAt.toISOString() });

export function groupBy<T>(items: T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}

/** Per worker and place one line, then only the times as buttons: short enough to read whole, also on a phone. */
export function hostSlotButtons(slots: Slot[], nameOf: NameOf): CardElement[] {
  return groupBy(slots, (slot) => `${slot.hostId}\n${slot.place}`).flatMap((hostSlots) => [
    paragraph(`${nameOf(hostSlots[0]!.hostId)} · ${hostSlots[0]!.place}`, { subtle: true }),
    ...buttonRows(hostSlots.map((slot) => executeAction(timeLabel(slot.startsAt), SPREEKUUR_VERBS.pick, slotData(slot)))),
  ]);
}

/** A few slots of several days (alternatives): grouped by day, then by who holds them. */
export function slotButtons(slots: Slot[], nameOf: NameOf): CardElement[] {
  return groupBy(slots, (slot) => slot.day).flatMap((daySlots) => [
    paragraph(dayLabel(daySlots[0]!.startsAt), { bold: true }),
    ...hostSlotButtons(daySlots, nameOf),
  ]);
}

export function refusalCard(message: string, alternatives: Slot[], nameOf: NameOf): AdaptiveCardJson {
  return adaptiveCard(
    [
      paragraph(message, { color: 'Attention', bold: true }),
      ...(alternatives.length > 0 ? [paragraph('Nog vrij:'), ...slotButtons(alternatives, nameOf)] : []),
    ],
    [executeAction('Alle vrije plekken', SPREEKUUR_VERBS.open), executeAction('Mijn afspraken', SPREEKUUR_VERBS.mine)],
  );
}

export function personalChatOnlyCard(): AdaptiveCardJson {
  return messageCard(
    'Spreekuur in je persoonlijke chat',
    'Afspraken en onderwerpen zijn persoonlijk. Open je chat met JOS-assistent en typ daar "spreekuur".',
  );
}
