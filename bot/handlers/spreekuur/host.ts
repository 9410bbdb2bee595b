import { z } from 'zod/v4';
import { amsterdamDate } from '../../../src/calendar/time';
import { josTeamSchools } from '../../../src/people/access';
import type { Person } from '../../../src/people/roles';
import { seriesInputSchema } from '../../../src/spreekuur/model';
import * as cards from '../../cards/spreekuur';
import { type AdaptiveCardJson, messageCard } from '../../cards/kit';
import { isConfirmed } from '../confirm';
import type { SpreekuurFeature } from './feature';

const VERBS = cards.SPREEKUUR_VERBS;
const HOST_TEXT = /^\s*mijn spreekuur\s*$/i;

const bookingIdSchema = z.object({ bookingId: z.number().int().positive() });
const seriesIdSchema = z.object({ seriesId: z.number().int().positive().optional() });
const cancelDateSchema = z.object({ seriesId: z.number().int().positive(), day: z.iso.date() });

const FORM_FIELDS: Record<string, string> = {
  weekday: 'de dag',
  startTime: 'de begintijd',
  endTime: 'de eindtijd',
  slotMinutes: 'de lengte van een plek',
  place: 'de plaats',
  validFrom: 'de begindatum',
  validUntil: 'de einddatum',
};

/** JOS workers: their bookings today and this week, no-shows, their series, cancelling a date. */
export function registerHostActions(feature: SpreekuurFeature): void {
  const { deps, service, nameOf, onExecute, invalid } = feature;

  const hostViewFor = (person: Person, problem?: string): AdaptiveCardJson => {
    const schoolIds = josTeamSchools(person);
    if (schoolIds.length === 0) {
      return messageCard(
        'Mijn spreekuur',
        'Dit overzicht is voor medewerkers van het JOS-team. Typ "mijn afspraken" voor je eigen afspraken.',
      );
    }
    const notices = schoolIds.flatMap((schoolId) =>
      service
        .takeHolidayNotices(person.id, schoolId)
        .map(
          (year) =>
            `Voor schooljaar ${year} zijn de schoolvakanties van ${feature.schoolName(schoolId)} niet ingesteld. ` +
            'Het spreekuur loopt daarom ook in vakanties door; de ondersteuningscoördinator kan ze instellen met "vakanties".',
        ),
    );
    return cards.hostCard(service.hostView(person.id), service.activeSeriesOfHost(person.id), nameOf, deps.clock.now(), {
      notices: problem ? [problem, ...notices] : notices,
      ...(schoolIds.length > 1 ? { schoolOf: feature.schoolName } : {}),
    });
  };
  const schoolChoices = (schoolIds: string[]) => schoolIds.map((id) => ({ id, name: feature.schoolName(id) }));

  /** Every host action checks the role on the server; anyone else gets the explanation instead. */
  const asHost =
    (handler: (person: Person, schoolIds: string[], data: unknown) => Promise<AdaptiveCardJson>) =>
    async (person: Person, data: unknown): Promise<AdaptiveCardJson> => {
      const schoolIds = josTeamSchools(person);
      return schoolIds.length > 0 ? handler(person, schoolIds, data) : hostViewFor(person);
    };
  const ownSeries = (person: Person, data: unknown) => {
    const seriesId = seriesIdSchema.safeParse(data).data?.seriesId;
    const series = seriesId ? service.seriesById(seriesId) : undefined;
    return series?.hostId === person.id ? series : undefined;
  };

  feature.onMessage('spreekuur.host', HOST_TEXT, hostViewFor, 'Mijn spreekuur');

  onExecute(VERBS.host, z.unknown(), asHost(async (person) => hostViewFor(person)));
  onExecute(
    VERBS.noShow, z.unknown(),
    asHost(async (person, _schoolIds, data) => {
      const parsed = bookingIdSchema.safeParse(data);
      if (!parsed.success) return invalid();
      const result = service.markNoShow(person, parsed.data.bookingId);
      return hostViewFor(person, result.ok ? undefined : cards.REFUSALS[result.reason]);
    }),
  );
  onExecute(
    VERBS.seriesForm, z.unknown(),
    asHost(async (person, schoolIds, data) => {
      const existing = ownSeries(person, data);
      const schoolId = schoolIds[0]!;
      return cards.seriesFormCard(
        existing
          ? cards.seriesFormValues(existing)
          : { schoolId, validFrom: amsterdamDate(deps.clock.now()), slotMinutes: String(service.rules(schoolId).slotMinutes) },
        [],
        schoolChoices(schoolIds),
      );
    }),
  );
  onExecute(
    VERBS.saveSeries, z.unknown(),
    asHost(async (person, schoolIds, data) => {
      const raw = (data ?? {}) as Record<string, unknown>;
      const seriesId = seriesIdSchema.safeParse(raw).data?.seriesId;
      // Only at a school where the person is on the JOS team; a single school needs no choice on the form.
      const schoolId = raw.schoolId === undefined && schoolIds.length === 1 ? schoolIds[0]! : raw.schoolId;
      if (typeof schoolId !== 'string' || !schoolIds.includes(schoolId)) return invalid();
      const form = { ...raw, schoolId, seriesId } as cards.SeriesFormValues;
      const formCard = (problems: string[]) => cards.seriesFormCard(form, problems, schoolChoices(schoolIds));
      const parsed = seriesInputSchema.safeParse({ ...raw, schoolId });
      if (!parsed.success) {
        const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
        return formCard([`Controleer: ${fields.map((field) => FORM_FIELDS[field] ?? field).join(', ')}.`]);
      }
      const result = service.saveSeries(person, parsed.data, seriesId);
      if (!result.ok && result.reason === 'invalid') {
        return formCard(result.problems.map((problem) => cards.SERIES_PROBLEMS[problem]));
      }
      if (!result.ok) return hostViewFor(person);
      feature.tellDropped(result.cancelled);
      return cards.seriesSavedCard(result.series, result.cancelled.length);
    }),
  );
  onExecute(
    VERBS.stopSeries, z.unknown(),
    asHost(async (person, _schoolIds, data) => {
      const series = ownSeries(person, data);
      const result = series ? service.stopSeries(person, series.id) : undefined;
      if (result?.ok) feature.tellDropped(result.cancelled);
      return hostViewFor(person);
    }),
  );
  onExecute(
    VERBS.dateList, z.unknown(),
    asHost(async (person, _schoolIds, data) => {
      const series = ownSeries(person, data);
      return series ? cards.dateListCard(series, service.upcomingDates(series, 6)) : hostViewFor(person);
    }),
  );
  onExecute(
    VERBS.cancelDate, z.unknown(),
    asHost(async (person, _schoolIds, data) => {
      const parsed = cancelDateSchema.safeParse(data);
      if (!parsed.success) return invalid();
      const series = ownSeries(person, data);
      if (!isConfirmed(data) && series) return cards.cancelDateQuestion(series, parsed.data.day, service.liveBookingsOn(series.id, parsed.data.day).length);
      const result = service.cancelDate(person, parsed.data.seriesId, parsed.data.day);
      if (!result.ok) return hostViewFor(person);
      feature.tellDropped(result.cancelled);
      return cards.dateCancelledCard(parsed.data.day, result.cancelled.length);
    }),
  );
}
