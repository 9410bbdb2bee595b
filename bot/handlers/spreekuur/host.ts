import { z } from 'zod/v4';
import { amsterdamDate } from '../../../src/calendar/time';
import { josTeamSchools } from '../../../src/people/access';
import type { Person } from '../../../src/people/roles';
import { seriesInputSchema, type SpreekuurSeries } from '../../../src/spreekuur/model';
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
  /** The person's own series the payload names, or why not: a forged or old id is refused, never silently ignored. */
  const ownSeries = (person: Person, data: unknown): { ok: true; series: SpreekuurSeries } | { ok: false; reason: 'not-found' | 'not-yours' } => {
    const seriesId = seriesIdSchema.safeParse(data).data?.seriesId;
    const series = seriesId ? service.seriesById(seriesId) : undefined;
    if (!series) return { ok: false, reason: 'not-found' };
    return series.hostId === person.id ? { ok: true, series } : { ok: false, reason: 'not-yours' };
  };
  const refused = (person: Person, reason: keyof typeof cards.SERIES_REFUSALS) => hostViewFor(person, cards.SERIES_REFUSALS[reason]);

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
      const schoolId = schoolIds[0]!;
      if (seriesIdSchema.safeParse(data).data?.seriesId === undefined) {
        const fresh = { schoolId, validFrom: amsterdamDate(deps.clock.now()), slotMinutes: String(service.rules(schoolId).slotMinutes) };
        return cards.seriesFormCard(fresh, [], schoolChoices(schoolIds));
      }
      const existing = ownSeries(person, data);
      return existing.ok ? cards.seriesFormCard(cards.seriesFormValues(existing.series), [], schoolChoices(schoolIds)) : refused(person, existing.reason);
    }),
  );
  onExecute(
    VERBS.saveSeries, z.unknown(),
    asHost(async (person, schoolIds, data) => {
      const raw = (data ?? {}) as Record<string, unknown>;
      const seriesId = seriesIdSchema.safeParse(raw).data?.seriesId;
      if (seriesId !== undefined) {
        const existing = ownSeries(person, raw);
        if (!existing.ok) return refused(person, existing.reason);
      }
      // Only at a school where the person is on the JOS team; a single school needs no choice on the form.
      const schoolId = raw.schoolId === undefined && schoolIds.length === 1 ? schoolIds[0]! : raw.schoolId;
      if (typeof schoolId !== 'string') return invalid();
      if (!schoolIds.includes(schoolId)) return refused(person, 'not-allowed');
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
      if (!result.ok) return refused(person, result.reason);
      feature.tellDropped(result.cancelled);
      return cards.seriesSavedCard(result.series, result.cancelled.length);
    }),
  );
  onExecute(
    VERBS.stopSeries, z.unknown(),
    asHost(async (person, _schoolIds, data) => {
      const own = ownSeries(person, data);
      const result = own.ok ? service.stopSeries(person, own.series.id) : own;
      if (!result.ok) return refused(person, result.reason);
      feature.tellDropped(result.cancelled);
      return hostViewFor(person);
    }),
  );
  onExecute(
    VERBS.dateList, z.unknown(),
    asHost(async (person, _schoolIds, data) => {
      const own = ownSeries(person, data);
      return own.ok ? cards.dateListCard(own.series, service.upcomingDates(own.series, 6)) : refused(person, own.reason);
    }),
  );
  onExecute(
    VERBS.cancelDate, z.unknown(),
    asHost(async (person, _schoolIds, data) => {
      const parsed = cancelDateSchema.safeParse(data);
      if (!parsed.success) return invalid();
      const own = ownSeries(person, data);
      if (!own.ok) return refused(person, own.reason);
      const { day } = parsed.data;
      if (!isConfirmed(data)) return cards.cancelDateQuestion(own.series, day, service.liveBookingsOn(own.series.id, day).length);
      const result = service.cancelDate(person, own.series.id, day);
      if (!result.ok) return refused(person, result.reason);
      feature.tellDropped(result.cancelled);
      return cards.dateCancelledCard(day, result.cancelled.length);
    }),
  );
}
