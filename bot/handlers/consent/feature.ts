import { z } from 'zod/v4';
import { decide } from '../../../src/consent/engine';
import { knownFacts, mergeFacts, reopen, stepBack, withAnswer } from '../../../src/consent/facts';
import { emptyFacts, factsSchema, type Facts } from '../../../src/consent/model';
import { signalsSafetyConcern } from '../../../src/consent/safety';
import { memoizeBy } from '../../../src/memo';
import { CONSENT_VERBS, consentCard, consentSummary } from '../../cards/consent';
import { freezeCard, type AdaptiveCardJson } from '../../cards/kit';
import type { BotApp, BotDeps } from '../../deps';
import { featureRoutes, type AppTurnState, type Turn } from '../route';
import { consentMemorySchema, messageExtraction, type ConsentMemory } from './state';

const START_TEXT = /^\s*(toestemming(svraag)?|avg|privacy)\s*\??\s*$/i;
const START_INTRO = 'Typ je vraag gewoon in de chat, bijvoorbeeld: "Mag de jgc bij de leerlingbespreking?" Of begin hieronder.';
const QUESTION_FORM = /\?|^\s*(mag|mogen|kan|kun|kunnen|moet|moeten|hoef|hoeft|hoeven|is het|wie|wat|hoe|waar|wanneer)\b/i;

/** Distinct sets of facts whose answer card is kept. */
const ANSWERS_REMEMBERED = 500;

const answerSchema = z.object({ question: z.string().max(40), option: z.string().max(40), facts: factsSchema });
const changeSchema = z.object({ question: z.string().max(40), facts: factsSchema });
const backSchema = z.object({ facts: factsSchema });

/** Distinct stored consent memories whose check is remembered (a conversation's facts; codes only, no text). */
const MEMORIES_CHECKED = 500;

/**
 * The stored memory as JSON if it still has the expected shape: checked once per distinct content, since the same few
 * sets of facts recur turn after turn and a zod check of them cost more than the rest of the answer.
 */
const checkedMemory = memoizeBy(
  (json: string) => json,
  (json: string) => {
    const parsed = consentMemorySchema.safeParse(JSON.parse(json));
    return parsed.success ? JSON.stringify(parsed.data) : undefined;
  },
  MEMORIES_CHECKED,
);

/** The conversation's consent memory, if what was stored still has the expected shape; the caller's own copy. */
function recall(state: AppTurnState): ConsentMemory | undefined {
  const stored = state.conversation.consent;
  const json = stored === undefined ? undefined : checkedMemory(JSON.stringify(stored));
  return json === undefined ? undefined : (JSON.parse(json) as ConsentMemory);
}

/**
 * Consent questions in chat: free text → facts → the next question or a verdict card. Buttons carry the facts, so
 * every card answers for itself; the conversation keeps the same facts so a typed follow-up ("hij is 14") continues.
 */
export function registerConsent(app: BotApp, deps: BotDeps): void {
  const knowledge = deps.consent;
  // Consent answers general questions; an old or tampered card starts from what this conversation knows.
  const routes = featureRoutes(app, deps, { invalid: () => consentCard(decide(knowledge, emptyFacts()), emptyFacts(), START_INTRO) });

  // The same facts always get the same outcome and card (the knowledge is loaded once): each is built once, frozen so
  // no turn can change what the next one sends, and kept for the most recently used facts (codes only, no text).
  const answerFor = memoizeBy(
    (facts: Facts, intro?: string) => `${intro ?? ''}\u0000${JSON.stringify(facts)}`,
    (facts: Facts, intro?: string) => {
      const own = structuredClone(facts);
      const outcome = decide(knowledge, own);
      return { outcome, card: freezeCard(consentCard(outcome, own, intro)), summary: consentSummary(outcome) };
    },
    ANSWERS_REMEMBERED,
  );

  const respond = (state: AppTurnState, facts: Facts, via: string, intro?: string): { card: AdaptiveCardJson; summary: string } => {
    const { outcome, card, summary } = answerFor(facts, intro);
    state.conversation.consent = { facts, open: outcome.kind === 'question' };
    deps.logger.info({
      event: 'consent.outcome',
      via,
      ...(outcome.kind === 'verdict' ? { verdict: outcome.code, leaf: outcome.leaf } : { asks: outcome.question }),
      facts: Object.keys(facts.answers).length,
    });
    return { card, summary };
  };

  /**
   * A message this feature answers. Wanting to discuss a case anonymously without asking anything is a request for
   * an anonymous consultation, which the consultations feature (registered before this one) takes.
   */
  const isConsentQuestion = (text: string, state: AppTurnState): boolean => {
    const { facts, consentCue } = messageExtraction(state.temp, text, deps.readConsent);
    const anonymous = facts.answers['Q-HERKENBAAR'] === 'nee' || facts.ask.includes('Q-HERKENBAAR');
    return signalsSafetyConcern(facts) || (consentCue && (!anonymous || QUESTION_FORM.test(text)));
  };

  routes.command('consent.start', START_TEXT, ({ state }) => respond(state, emptyFacts(), 'start', START_INTRO), { summary: 'Toestemming' });

  routes.command(
    'consent.question',
    (context, state) => typeof context.activity.text === 'string' && isConsentQuestion(context.activity.text, state),
    ({ context, state }) => {
      const text = context.activity.text ?? '';
      const memory = recall(state);
      // A reply to an open question reads the text against the facts so far; anything else is the message on its own.
      const found = memory?.open ? deps.readConsent(text, memory.facts).facts : messageExtraction(state.temp, text, deps.readConsent).facts;
      // A reply to an open question adds to what we knew; a message naming a party, danger or anonymity starts anew.
      const startsAnew = ['Q-MET-WIE', 'Q-NOOD', 'Q-ZORGEN', 'Q-HERKENBAAR'].some((question) => found.answers[question] !== undefined);
      const facts = memory?.open && !startsAnew ? mergeFacts(memory.facts, found) : found;
      return respond(state, facts, memory?.open && !startsAnew ? 'follow-up' : 'text');
    },
    { summary: 'Toestemming' },
  );

  /** A button: the facts it carries, changed by `next`; a payload that does not parse starts from what this conversation knows. */
  const onExecute = <T>(verb: string, schema: z.ZodType<T>, next: (data: T) => Facts, intro?: string) => {
    const answer = ({ state }: Turn, facts: Facts) => respond(state, knownFacts(knowledge, facts), verb, intro).card;
    routes.verb(verb, schema, (turn, data) => answer(turn, next(data)), {
      invalid: (turn) => answer(turn, recall(turn.state)?.facts ?? emptyFacts()),
    });
  };

  onExecute(CONSENT_VERBS.start, z.unknown(), () => emptyFacts(), START_INTRO);
  onExecute(CONSENT_VERBS.restart, z.unknown(), () => emptyFacts(), START_INTRO);
  onExecute(CONSENT_VERBS.answer, answerSchema, ({ question, option, facts }) => withAnswer(facts, question, option));
  onExecute(CONSENT_VERBS.change, changeSchema, ({ question, facts }) => reopen(facts, question));
  onExecute(CONSENT_VERBS.back, backSchema, ({ facts }) => stepBack(knowledge, knownFacts(knowledge, facts)));
}
