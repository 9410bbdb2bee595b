import type { z } from 'zod/v4';
import type { Person } from '../../../src/people/roles';
import type { Booking } from '../../../src/spreekuur/model';
import type { SpreekuurService } from '../../../src/spreekuur/service';
import { HOST_NOTICE_JOB, hostNoticeKey, type HostNoticeKind } from '../../../src/spreekuur/jobs';
import * as cards from '../../cards/spreekuur';
import { type AdaptiveCardJson, cardMessage, messageCard } from '../../cards/kit';
import type { BotApp, BotDeps } from '../../deps';
import { featureRoutes, type TextSelector, type VerbOptions } from '../route';
import { registerSpreekuurDelivery } from './delivery';
import { registerHolidayActions } from './holidays';
import { registerHostActions } from './host';
import { registerMentorActions } from './mentor';

/** What the mentor, host and holiday handlers share: the domain service and a few lookups for cards. */
export interface SpreekuurFeature {
  deps: BotDeps;
  service: SpreekuurService;
  schoolIds: Set<string>;
  nameOf: (personId: string) => string;
  schoolName: (schoolId: string) => string;
  schools: () => Array<{ id: string; name: string }>;
  notify: (personId: string, card: AdaptiveCardJson, summary: string) => Promise<void>;
  /** Tells the booking's host of it through a persisted, retried job. */
  tellHost: (bookingId: number, kind: HostNoticeKind) => void;
  /** Tells each mentor whose booking the JOS worker cancelled (with the next free slots), soon after this turn. */
  tellDropped: (dropped: Booking[]) => void;
  /** Registers a card button with its payload schema; the person is identified on the server for every click. */
  onExecute: <Schema extends z.ZodType>(
    verb: string,
    schema: Schema,
    handler: (person: Person, data: z.output<Schema>) => Promise<AdaptiveCardJson>,
    options?: VerbOptions,
  ) => void;
  /** Registers a text command that answers with one card; a selector function decides on more than the pattern. */
  onMessage: (name: string, pattern: TextSelector, build: (person: Person) => AdaptiveCardJson, summary: string) => void;
  invalid: () => AdaptiveCardJson;
}

/**
 * The inloopspreekuur in Teams: mentors book, JOS workers run it, the beheerder or ondersteuningscoördinator
 * sets a school's holidays. Also serves booking calendar links and sends the reminders.
 */
export function registerSpreekuur(app: BotApp, deps: BotDeps): void {
  const feature = createSpreekuurFeature(app, deps);
  registerHostActions(feature);
  registerHolidayActions(feature);
  registerMentorActions(feature); // last: its free-text pattern is the widest
  registerSpreekuurDelivery(feature);
}

function createSpreekuurFeature(app: BotApp, deps: BotDeps): SpreekuurFeature {
  const schoolIds = new Set(deps.knowledge.schools.map((school) => school.id));
  const service = deps.spreekuur;
  const invalid = () => messageCard('Dat lukte niet', 'Deze knop stuurde onvolledige gegevens. Begin opnieuw met "spreekuur".');
  // Bookings, topics and who booked are private: outside the personal chat the bot points there instead.
  const routes = featureRoutes(app, deps, { guard: { personalChatOnly: cards.personalChatOnlyCard }, invalid });
  const nameOf = (personId: string): string => deps.people.get(personId)?.name ?? 'onbekend';
  const notify = async (personId: string, card: AdaptiveCardJson, summary: string): Promise<void> => {
    await deps.proactive.sendToPerson(personId, cardMessage(card, summary));
  };
  return {
    deps,
    service,
    schoolIds,
    nameOf,
    schoolName: (schoolId) => deps.schools.get(schoolId)?.name ?? schoolId,
    schools: () => deps.schools.list().map((school) => ({ id: school.id, name: school.name })),
    notify,
    // Sent by the job runner, now and on failure again later; the mentor's answer does not wait for it.
    tellHost: (bookingId, kind) => deps.jobs.runSoon(HOST_NOTICE_JOB, hostNoticeKey(bookingId, kind), { bookingId, kind }),
    tellDropped: (dropped) => {
      if (dropped.length === 0) return;
      deps.logger.info({ event: 'spreekuur.bookings-dropped', count: dropped.length });
      // The messages are persisted jobs (scheduled by the domain); run them now instead of at the next interval.
      void deps.jobs.runDue();
    },
    onExecute: (verb, schema, handler, options) => routes.verb(verb, schema, ({ person }, data) => handler(person, data), options),
    onMessage: (name, pattern, build, summary) => routes.command(name, pattern, ({ person }) => build(person), { summary }),
    invalid,
  };
}
