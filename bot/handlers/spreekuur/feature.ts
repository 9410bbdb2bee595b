import type { TurnContext } from 'botbuilder';
import type { Person } from '../../../src/people/roles';
import { maskText } from '../../../src/privacy';
import type { Booking } from '../../../src/spreekuur/bookings';
import { loadSpreekuurRules } from '../../../src/spreekuur/rules';
import { SpreekuurService, type TopicScreen } from '../../../src/spreekuur/service';
import * as cards from '../../cards/spreekuur';
import { cardMessage, type AdaptiveCardJson } from '../../cards/kit';
import type { BotApp, BotDeps } from '../../deps';

export type ExecuteHandler = (person: Person, data: unknown) => Promise<AdaptiveCardJson>;

/** What the mentor, host and holiday handlers share: the domain service and a few lookups for cards. */
export interface SpreekuurFeature {
  deps: BotDeps;
  service: SpreekuurService;
  schoolIds: Set<string>;
  nameOf: (personId: string) => string;
  schoolName: (schoolId: string) => string;
  schools: () => Array<{ id: string; name: string }>;
  notify: (personId: string, card: AdaptiveCardJson, summary: string) => Promise<void>;
  /** Tells each mentor whose booking the JOS worker cancelled (with the next free slots), soon after this turn. */
  tellDropped: (dropped: Booking[]) => void;
  /** Registers a card button; the person is identified on the server for every click. */
  onExecute: (verb: string, handler: ExecuteHandler) => void;
  /** Registers a text command that answers with one card. */
  onMessage: (pattern: RegExp, build: (person: Person) => AdaptiveCardJson, summary: string) => void;
  invalid: () => AdaptiveCardJson;
}

const isPersonal = (context: TurnContext): boolean => (context.activity.conversation?.conversationType ?? 'personal') === 'personal';

export function createSpreekuurFeature(app: BotApp, deps: BotDeps): SpreekuurFeature {
  const schoolIds = new Set(deps.knowledge.schools.map((school) => school.id));
  const screenTopic: TopicScreen = (topic) => {
    const result = deps.screen(topic, { now: deps.clock.now() });
    if (!result.identifying) return { ok: true };
    return { ok: false, found: [...new Set(result.findings.map((found) => found.kind))], masked: maskText(topic, result.findings) };
  };
  const service = new SpreekuurService({
    db: deps.db,
    clock: deps.clock,
    holidays: deps.holidays,
    rules: loadSpreekuurRules(deps.config.knowledgeDir, schoolIds),
    screenTopic,
  });
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
    tellDropped: (dropped) => {
      if (dropped.length === 0) return;
      deps.logger.info({ event: 'spreekuur.bookings-dropped', count: dropped.length });
      // The messages are persisted jobs (scheduled by the domain); run them now instead of at the next interval.
      void deps.jobs.runDue();
    },
    // Bookings, topics and who booked are private: outside the personal chat the bot points there instead.
    onExecute: (verb, handler) => {
      app.adaptiveCards.actionExecute(verb, async (context, _state, data) =>
        isPersonal(context) ? handler(deps.identify(context), data) : cards.personalChatOnlyCard(),
      );
    },
    onMessage: (pattern, build, summary) => {
      app.message(pattern, async (context) => {
        const card = isPersonal(context) ? build(deps.identify(context)) : cards.personalChatOnlyCard();
        await context.sendActivity(cardMessage(card, summary));
      });
    },
    invalid: () => cards.messageCard('Dat lukte niet', 'Deze knop stuurde onvolledige gegevens. Begin opnieuw met "spreekuur".'),
  };
}
