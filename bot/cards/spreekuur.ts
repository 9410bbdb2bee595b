import { DateTime } from 'luxon';
import { amsterdamDay, wallClock } from '../../src/calendar/time';
import type { HolidaysInForce } from '../../src/calendar/holidays';
import type { Booking } from '../../src/spreekuur/model';
import type { SeriesProblem, SpreekuurSeries } from '../../src/spreekuur/model';
import type { BookRefusal, CancelRefusal, NoShowRefusal } from '../../src/spreekuur/service';
import type { Slot } from '../../src/spreekuur/model';
import {
  actionSet,
  adaptiveCard,
  choiceInput,
  executeAction,
  heading,
  openUrlAction,
  paragraph,
  schoolChoice,
  smallPrint,
  textInput,
  type AdaptiveCardJson,
  type CardElement,
} from './kit';

/** Dutch weekday names for cards and messages, ISO numbering. */
export const WEEKDAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;

export const weekdayName = (weekday: number): string => WEEKDAYS[weekday - 1]!;

export const SPREEKUUR_VERBS = {
  open: 'spreekuur.open',
  setSchool: 'spreekuur.setSchool',
  changeSchool: 'spreekuur.changeSchool',
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

export const SERIES_PROBLEMS: Record<SeriesProblem, string> = {
  'end-before-start': 'De eindtijd moet na de begintijd liggen.',
  'slots-do-not-fit': 'De tijd tussen begin en eind moet precies in plekken van de gekozen lengte passen.',
  'overlaps-other-series': 'Dit overlapt met een ander spreekuur van jou op dezelfde dag.',
  'until-before-from': 'De einddatum ligt voor de begindatum.',
};

const wall = (instant: Date): DateTime => wallClock(instant).setLocale('nl');
export const dayLabel = (instant: Date): string => wall(instant).toFormat('cccc d LLLL');
export const timeLabel = (instant: Date): string => wall(instant).toFormat('HH:mm');
export const whenLabel = (start: Date, end: Date): string => `${dayLabel(start)}, ${timeLabel(start)}–${timeLabel(end)}`;
const dateLabel = (day: string): string => amsterdamDay(day).setLocale('nl').toFormat('cccc d LLLL');

export type NameOf = (personId: string) => string;

/** Label–value lines; plain text blocks so every client (and screen reader) shows both. */
const details = (pairs: Array<[string, string | undefined]>): CardElement =>
  paragraph(
    pairs
      .filter((pair): pair is [string, string] => pair[1] !== undefined)
      .map(([label, value]) => `**${label}:** ${value}`)
      .join('\n\n'),
  );

/** Teams shows only a handful of buttons per action set (more fall into an overflow menu or away): rows of five. */
const BUTTONS_PER_ROW = 5;
const buttonRows = (actions: CardElement[]): CardElement[] =>
  Array.from({ length: Math.ceil(actions.length / BUTTONS_PER_ROW) }, (_, row) =>
    actionSet(actions.slice(row * BUTTONS_PER_ROW, (row + 1) * BUTTONS_PER_ROW)),
  );

const slotData = (slot: Slot) => ({ seriesId: slot.seriesId, startsAt: slot.startsAt.toISOString() });

function groupBy<T>(items: T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}

/**
 * The slot buttons grouped by day, then by who holds them and where (one line above the buttons):
 * buttons stay short enough to read whole, also on a phone.
 */
function slotButtons(slots: Slot[], nameOf: NameOf): CardElement[] {
  return groupBy(slots, (slot) => slot.day).flatMap((daySlots) => [
    paragraph(dayLabel(daySlots[0]!.startsAt), { bold: true }),
    ...groupBy(daySlots, (slot) => `${slot.hostId}\n${slot.place}`).flatMap((hostSlots) => [
      paragraph(`${nameOf(hostSlots[0]!.hostId)} · ${hostSlots[0]!.place}`, { subtle: true }),
      ...buttonRows(
        hostSlots.map((slot) => executeAction(`${timeLabel(slot.startsAt)} · ${nameOf(slot.hostId)}`, SPREEKUUR_VERBS.pick, slotData(slot))),
      ),
    ]),
  ]);
}

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

export function refusalCard(message: string, alternatives: Slot[], nameOf: NameOf): AdaptiveCardJson {
  return adaptiveCard(
    [
      paragraph(message, { color: 'Attention', bold: true }),
      ...(alternatives.length > 0 ? [paragraph('Nog vrij:'), ...slotButtons(alternatives, nameOf)] : []),
    ],
    [executeAction('Alle vrije plekken', SPREEKUUR_VERBS.open), executeAction('Mijn afspraken', SPREEKUUR_VERBS.mine)],
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

function hostBookingLines(
  bookings: Booking[],
  nameOf: NameOf,
  now: Date,
  allowNoShow: boolean,
  schoolOf?: (schoolId: string) => string,
): CardElement[] {
  return bookings.flatMap((booking) => [
    paragraph(
      `${dayLabel(booking.startsAt)} ${timeLabel(booking.startsAt)}${schoolOf ? ` · ${schoolOf(booking.schoolId)}` : ''}` +
        ` · ${nameOf(booking.bookerId)}` +
        `${booking.topic ? ` · ${booking.topic}` : ''}${booking.status === 'no-show' ? ' · niet gekomen' : ''}`,
    ),
    ...(allowNoShow && booking.status === 'booked' && booking.startsAt <= now
      ? [actionSet([executeAction('Niet gekomen', SPREEKUUR_VERBS.noShow, { bookingId: booking.id })])]
      : []),
  ]);
}

export function hostCard(
  view: { earlierThisWeek: Booking[]; today: Booking[]; laterThisWeek: Booking[] },
  series: SpreekuurSeries[],
  nameOf: NameOf,
  now: Date,
  options: { notices?: string[]; schoolOf?: (schoolId: string) => string } = {},
): AdaptiveCardJson {
  const { notices = [], schoolOf } = options;
  return adaptiveCard(
    [
      heading('Mijn spreekuur'),
      ...notices.map((notice) => paragraph(notice, { color: 'Warning' })),
      ...(view.earlierThisWeek.length
        ? [paragraph('Eerder deze week', { bold: true }), ...hostBookingLines(view.earlierThisWeek, nameOf, now, true, schoolOf)]
        : []),
      paragraph('Vandaag', { bold: true }),
      ...(view.today.length ? hostBookingLines(view.today, nameOf, now, true, schoolOf) : [paragraph('Geen afspraken.', { subtle: true })]),
      paragraph('Rest van deze week', { bold: true }),
      ...(view.laterThisWeek.length
        ? hostBookingLines(view.laterThisWeek, nameOf, now, false, schoolOf)
        : [paragraph('Geen afspraken.', { subtle: true })]),
      paragraph('Mijn reeksen', { bold: true }),
      ...(series.length === 0 ? [paragraph('Je hebt nog geen spreekuur ingesteld.', { subtle: true })] : []),
      ...series.flatMap((one) => [
        paragraph(schoolOf ? `${schoolOf(one.schoolId)}: ${seriesLine(one)}` : seriesLine(one)),
        actionSet([
          executeAction('Wijzig', SPREEKUUR_VERBS.seriesForm, { seriesId: one.id }),
          executeAction('Datum afzeggen', SPREEKUUR_VERBS.dateList, { seriesId: one.id }),
          executeAction('Stoppen', SPREEKUUR_VERBS.stopSeries, { seriesId: one.id }, { style: 'destructive' }),
        ]),
      ]),
    ],
    [executeAction('Nieuw spreekuur', SPREEKUUR_VERBS.seriesForm)],
  );
}

export const seriesLine = (series: SpreekuurSeries): string =>
  `Elke ${weekdayName(series.weekday)} ${series.startTime}–${series.endTime}, plekken van ${series.slotMinutes} min, ${series.place}` +
  (series.validUntil ? ` (t/m ${series.validUntil})` : '');

export interface SeriesFormValues {
  seriesId?: number;
  schoolId: string;
  weekday?: string;
  startTime?: string;
  endTime?: string;
  slotMinutes?: string;
  place?: string;
  validFrom?: string;
  validUntil?: string;
}

const TIMES = Array.from({ length: (18 - 7) * 4 + 1 }, (_, index) => {
  const minutes = 7 * 60 + index * 15;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}).map((time) => ({ title: time, value: time }));

export const seriesFormValues = (series: SpreekuurSeries): SeriesFormValues => ({
  seriesId: series.id,
  schoolId: series.schoolId,
  weekday: String(series.weekday),
  startTime: series.startTime,
  endTime: series.endTime,
  slotMinutes: String(series.slotMinutes),
  place: series.place,
  validFrom: series.validFrom,
  validUntil: series.validUntil ?? '',
});

/** `schools`: the host's schools when there are several (a shared coach); then the form asks which one. */
export function seriesFormCard(
  values: SeriesFormValues,
  problems: string[] = [],
  schools: Array<{ id: string; name: string }> = [],
): AdaptiveCardJson {
  const askSchool = schools.length > 1;
  return adaptiveCard(
    [
      heading(values.seriesId ? 'Spreekuur wijzigen' : 'Nieuw spreekuur'),
      ...problems.map((problem) => paragraph(problem, { color: 'Attention' })),
      ...(askSchool ? [schoolChoice(schools, values.schoolId)] : []),
      choiceInput('weekday', 'Dag', WEEKDAYS.slice(0, 5).map((day, index) => ({ title: day, value: String(index + 1) })), {
        value: values.weekday ?? '1',
        required: true,
      }),
      choiceInput('startTime', 'Van', TIMES, { value: values.startTime ?? '14:00', required: true }),
      choiceInput('endTime', 'Tot', TIMES, { value: values.endTime ?? '15:00', required: true }),
      choiceInput('slotMinutes', 'Lengte van een plek', ['10', '15', '20', '30', '45', '60'].map((m) => ({ title: `${m} minuten`, value: m })), {
        value: values.slotMinutes ?? '15',
        required: true,
      }),
      textInput('place', 'Waar (lokaal of online link)', { value: values.place ?? '', required: true, maxLength: 200 }),
      { type: 'Input.Date', id: 'validFrom', label: 'Vanaf', value: values.validFrom ?? '', isRequired: true, errorMessage: 'Kies een begindatum.' },
      { type: 'Input.Date', id: 'validUntil', label: 'Tot en met (optioneel)', value: values.validUntil ?? '' },
    ],
    [
      executeAction(
        'Opslaan',
        SPREEKUUR_VERBS.saveSeries,
        { ...(values.seriesId ? { seriesId: values.seriesId } : {}), ...(askSchool ? {} : { schoolId: values.schoolId }) },
        { style: 'positive' },
      ),
      executeAction('Terug', SPREEKUUR_VERBS.host),
    ],
  );
}

export function seriesSavedCard(series: SpreekuurSeries, cancelledCount: number): AdaptiveCardJson {
  return adaptiveCard(
    [
      heading('Spreekuur opgeslagen'),
      paragraph(seriesLine(series)),
      ...(cancelledCount > 0
        ? [paragraph(`${cancelledCount} afspraak/afspraken pasten niet meer en zijn afgezegd; de mentoren krijgen bericht.`)]
        : []),
    ],
    [executeAction('Mijn spreekuur', SPREEKUUR_VERBS.host)],
  );
}

export function dateListCard(series: SpreekuurSeries, days: string[]): AdaptiveCardJson {
  return adaptiveCard(
    [
      heading('Welke datum vervalt?'),
      paragraph(seriesLine(series)),
      paragraph('Afspraken op die datum worden afgezegd; de mentoren krijgen bericht met andere vrije plekken.', { subtle: true }),
      ...buttonRows(
        days.map((day) => executeAction(dateLabel(day), SPREEKUUR_VERBS.cancelDate, { seriesId: series.id, day }, { style: 'destructive' })),
      ),
    ],
    [executeAction('Terug', SPREEKUUR_VERBS.host)],
  );
}

export function dateCancelledCard(day: string, told: number): AdaptiveCardJson {
  return adaptiveCard(
    [heading('Datum afgezegd'), paragraph(`Het spreekuur van ${dateLabel(day)} vervalt. ${told} mentor(en) krijgen bericht.`)],
    [executeAction('Mijn spreekuur', SPREEKUUR_VERBS.host)],
  );
}

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
        ['Wie', bookerName],
        ['Onderwerp', booking.topic],
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

export function holidaySchoolCard(schools: Array<{ id: string; name: string }>, selected?: string): AdaptiveCardJson {
  return adaptiveCard(
    [heading('Schoolvakanties'), paragraph('Van welke school wil je de vakanties zien of instellen?'), schoolChoice(schools, selected)],
    [executeAction('Toon de vakanties', SPREEKUUR_VERBS.holidays, {}, { style: 'positive' })],
  );
}

/** Where the dates shown came from, so the school knows whether to check them. */
function holidayOriginText(current: HolidaysInForce | undefined): string {
  if (!current) return 'Voor dit schooljaar zijn nog geen vakanties ingesteld; het spreekuur loopt dan elke week door.';
  if (current.origin === 'school') return 'Dit zijn de data die de school zelf heeft ingevoerd.';
  const checked = current.checkedOn
    ? ` Gecontroleerd op ${DateTime.fromISO(current.checkedOn).setLocale('nl').toFormat('d LLLL yyyy')}.`
    : '';
  const kind =
    current.origin === 'advice'
      ? 'Dit is het advies voor regio Noord (advies, controleren). Pas het aan naar de data van je school.'
      : 'Dit zijn de data uit het gegevensbestand van de school.';
  return `${kind} Bron: ${current.source}${checked}`;
}

/** The school's holidays as editable lines; `notice` is a refused line or the confirmation of a save. */
export function holidaysCard(
  schoolName: string,
  schoolId: string,
  year: string,
  current: HolidaysInForce | undefined,
  notice?: { text: string; saved: boolean },
): AdaptiveCardJson {
  const lines = (current?.periods ?? []).map((period) => `${period.name} ${period.from} ${period.to}`).join('\n');
  return adaptiveCard(
    [
      heading(`Schoolvakanties ${schoolName} ${year}`),
      paragraph(holidayOriginText(current)),
      ...(notice ? [paragraph(notice.text, { color: notice.saved ? 'Good' : 'Attention' })] : []),
      textInput('periods', 'Eén vakantie per regel: naam van tot (jjjj-mm-dd)', { value: lines, multiline: true, maxLength: 2000 }),
      smallPrint('Een lege lijst zet de school terug op het advies voor regio Noord.'),
    ],
    [executeAction('Opslaan', SPREEKUUR_VERBS.saveHolidays, { schoolId, year }, { style: 'positive' })],
  );
}

export function personalChatOnlyCard(): AdaptiveCardJson {
  return messageCard(
    'Spreekuur in je persoonlijke chat',
    'Afspraken en onderwerpen zijn persoonlijk. Open je chat met JOS-assistent en typ daar "spreekuur".',
  );
}

export function messageCard(title: string, text: string): AdaptiveCardJson {
  return adaptiveCard([heading(title), paragraph(text)]);
}
