/** Cards for setting a school's own holiday dates. */
import { DateTime } from 'luxon';
import type { HolidaysInForce } from '../../../src/calendar/holidays';
import { adaptiveCard, notice as noticeBlock, executeAction, heading, paragraph, schoolChoice, smallPrint, textInput, type AdaptiveCardJson } from '../kit';
import { SPREEKUUR_VERBS } from './common';

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
      ...(notice ? [noticeBlock(notice.text, notice.saved ? 'done' : 'problem')] : []),
      textInput('periods', 'Eén vakantie per regel: naam van tot (jjjj-mm-dd)', { value: lines, multiline: true, maxLength: 2000 }),
      smallPrint('Een lege lijst zet de school terug op het advies voor regio Noord.'),
    ],
    [executeAction('Opslaan', SPREEKUUR_VERBS.saveHolidays, { schoolId, year }, { style: 'positive' })],
  );
}
