import { z } from 'zod/v4';
import { schoolYearOf } from '../../../src/calendar/holidays';
import { amsterdamDate } from '../../../src/calendar/time';
import { coordinatedSchool, isBeheerder, mayEditHolidays } from '../../../src/people/access';
import type { Person } from '../../../src/people/roles';
import { parseHolidayLines } from '../../../src/spreekuur/holidayLines';
import * as cards from '../../cards/spreekuur';
import { type AdaptiveCardJson, messageCard } from '../../cards/kit';
import type { SpreekuurFeature } from './feature';

const VERBS = cards.SPREEKUUR_VERBS;
const HOLIDAYS_TEXT = /^\s*(spreekuur )?vakanties\s*$/i;

const schoolSchema = z.object({ schoolId: z.string().min(1) });
const holidaysSchema = z.object({
  schoolId: z.string().min(1),
  year: z.string().regex(/^\d{4}-\d{4}$/),
  periods: z.string().max(2000).default(''),
});

/** A school's own holiday dates, set by the beheerder or the school's ondersteuningscoördinator. */
export function registerHolidayActions(feature: SpreekuurFeature): void {
  const { deps, onExecute, invalid } = feature;
  const { holidays } = deps;

  const holidaysCardFor = (person: Person, schoolId?: string, notice?: { text: string; saved: boolean }): AdaptiveCardJson => {
    const target = schoolId ?? coordinatedSchool(person);
    if (!target && isBeheerder(person)) return cards.holidaySchoolCard(feature.schools(), person.schoolId);
    if (!target || !mayEditHolidays(person, target)) {
      return messageCard(
        'Schoolvakanties',
        'Alleen de beheerder of de ondersteuningscoördinator van een school kan de vakanties instellen.',
      );
    }
    const year = schoolYearOf(amsterdamDate(deps.clock.now()));
    return cards.holidaysCard(feature.schoolName(target), target, year, holidays.periodsFor(target, year), notice);
  };

  feature.onMessage('spreekuur.holidays', HOLIDAYS_TEXT, (person) => holidaysCardFor(person), 'Schoolvakanties');

  onExecute(VERBS.holidays, z.unknown(), async (person, data) => {
    const schoolId = schoolSchema.safeParse(data).data?.schoolId;
    return holidaysCardFor(person, schoolId && feature.schoolIds.has(schoolId) ? schoolId : undefined);
  });
  onExecute(VERBS.saveHolidays, z.unknown(), async (person, data) => {
    const parsed = holidaysSchema.safeParse(data);
    if (!parsed.success || !feature.schoolIds.has(parsed.data.schoolId)) return invalid();
    const { schoolId, year, periods } = parsed.data;
    if (!mayEditHolidays(person, schoolId)) return holidaysCardFor(person, schoolId);
    const lines = parseHolidayLines(periods, year);
    if (!lines.ok) {
      const problem = `Regel ${lines.line} klopt niet: schrijf "naam jjjj-mm-dd jjjj-mm-dd" binnen schooljaar ${year}.`;
      return holidaysCardFor(person, schoolId, { text: problem, saved: false });
    }
    holidays.setSchoolHolidays(schoolId, year, lines.periods, person.id, deps.clock.now());
    deps.logger.info({ event: 'spreekuur.holidays-set', schoolId, year, periods: lines.periods.length });
    const saved = lines.periods.length ? 'Opgeslagen.' : 'Opgeslagen: de school volgt weer het advies voor regio Noord.';
    return holidaysCardFor(person, schoolId, { text: saved, saved: true });
  });
}
