/** Cards for the JOS worker who hosts: the week's bookings, the series form, cancelling a date. */
import type { Booking, SeriesProblem, SpreekuurSeries } from '../../../src/spreekuur/model';
import type { HostView } from '../../../src/spreekuur/service';
import { actionSet, adaptiveCard, emphasis, choiceInput, executeAction, heading, paragraph, schoolChoice, textInput, type AdaptiveCardJson, type CardElement, plainText } from '../kit';
import { confirmCard } from '../confirm';
import { WEEKDAYS, weekdayName, SPREEKUUR_VERBS, countLabel, dayLabel, timeLabel, dateLabel, type NameOf, buttonRows } from './common';

/** Why a button about a series (change, stop, cancel a date) did nothing: one Dutch sentence per reason. */
export const SERIES_REFUSALS: Record<'not-found' | 'not-yours' | 'not-allowed' | 'no-spreekuur-that-day' | 'in-the-past', string> = {
  'not-found': 'Dat spreekuur kan ik niet (meer) vinden.',
  'not-yours': 'Dat is niet jouw spreekuur.',
  'not-allowed': 'Een spreekuur stel je in op een school waar je in het JOS-team zit.',
  'no-spreekuur-that-day': 'Op die dag is er geen spreekuur.',
  'in-the-past': 'Die datum is al voorbij.',
};

export const SERIES_PROBLEMS: Record<SeriesProblem, string> = {
  'end-before-start': 'De eindtijd moet na de begintijd liggen.',
  'slots-do-not-fit': 'De tijd tussen begin en eind moet precies in plekken van de gekozen lengte passen.',
  'overlaps-other-series': 'Dit overlapt met een ander spreekuur van jou op dezelfde dag.',
  'until-before-from': 'De einddatum ligt voor de begindatum.',
};

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
        ` · ${plainText(nameOf(booking.bookerId))}` +
        `${booking.topic ? ` · ${plainText(booking.topic)}` : ''}${booking.status === 'no-show' ? ' · niet gekomen' : ''}`,
    ),
    ...(allowNoShow && booking.status === 'booked' && booking.startsAt <= now
      ? [actionSet([executeAction('Niet gekomen', SPREEKUUR_VERBS.noShow, { bookingId: booking.id })])]
      : []),
  ]);
}

export function hostCard(
  view: HostView,
  series: SpreekuurSeries[],
  nameOf: NameOf,
  now: Date,
  options: { notices?: string[]; schoolOf?: (schoolId: string) => string } = {},
): AdaptiveCardJson {
  const { notices = [], schoolOf } = options;
  return adaptiveCard(
    [
      heading('Mijn spreekuur'),
      ...notices.map((notice) => emphasis(`⚠ ${notice}`)),
      ...(view.earlierThisWeek.length
        ? [paragraph('Eerder deze week', { bold: true }), ...hostBookingLines(view.earlierThisWeek, nameOf, now, true, schoolOf)]
        : []),
      paragraph('Vandaag', { bold: true }),
      ...(view.today.length ? hostBookingLines(view.today, nameOf, now, true, schoolOf) : [paragraph('Geen afspraken.', { subtle: true })]),
      paragraph('Rest van deze week', { bold: true }),
      ...(view.laterThisWeek.length
        ? hostBookingLines(view.laterThisWeek, nameOf, now, false, schoolOf)
        : [paragraph('Geen afspraken.', { subtle: true })]),
      paragraph('Volgende weken', { bold: true }),
      ...(view.afterThisWeek.length
        ? hostBookingLines(view.afterThisWeek, nameOf, now, false, schoolOf)
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
        ? [paragraph(`${countLabel(cancelledCount, 'afspraak paste', 'afspraken pasten')} niet meer en ${cancelledCount === 1 ? 'is' : 'zijn'} afgezegd; ${cancelledCount === 1 ? 'de mentor krijgt' : 'de mentoren krijgen'} bericht.`)]
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

export const cancelDateQuestion = (series: SpreekuurSeries, day: string, booked: number): AdaptiveCardJson =>
  confirmCard(
    `Spreekuur van ${dateLabel(day)} afzeggen?`,
    booked === 0
      ? 'Er staan op die dag nog geen afspraken.'
      : `${countLabel(booked, 'afspraak wordt', 'afspraken worden')} afgezegd; ${booked === 1 ? 'de mentor krijgt' : 'de mentoren krijgen'} bericht met andere vrije plekken.`,
    { title: 'Ja, zeg af', verb: SPREEKUUR_VERBS.cancelDate, data: { seriesId: series.id, day } },
    { title: 'Nee, terug', verb: SPREEKUUR_VERBS.dateList, data: { seriesId: series.id } },
  );

export function dateCancelledCard(day: string, told: number): AdaptiveCardJson {
  return adaptiveCard(
    [heading('Datum afgezegd'), paragraph(`Het spreekuur van ${dateLabel(day)} vervalt. ${told === 0 ? 'Er stonden geen afspraken.' : `${countLabel(told, 'mentor krijgt', 'mentoren krijgen')} bericht.`}`)],
    [executeAction('Mijn spreekuur', SPREEKUUR_VERBS.host)],
  );
}
