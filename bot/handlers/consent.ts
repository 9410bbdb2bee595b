import type { TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { join } from 'node:path';
import { z } from 'zod/v4';
import { decide } from '../../src/consent/engine';
import { extractFacts } from '../../src/consent/extract';
import { signalsSafetyConcern } from '../../src/consent/safety';
import { knownFacts, mergeFacts, reopen, stepBack, withAnswer } from '../../src/consent/facts';
import { loadConsentKnowledge } from '../../src/consent/knowledge';
import { emptyFacts, factsSchema, type Facts } from '../../src/consent/model';
import { CONSENT_VERBS, consentCard, consentSummary } from '../cards/consent';
import { cardMessage, type AdaptiveCardJson } from '../cards/kit';
import type { BotApp, BotDeps } from '../deps';

const START_TEXT = /^\s*(toestemming(svraag)?|avg|privacy)\s*\??\s*$/i;
const START_INTRO = 'Typ je vraag gewoon in de chat, bijvoorbeeld: "Mag de jgc bij de leerlingbespreking?" Of begin hieronder.';

const answerSchema = z.object({ question: z.string().max(40), option: z.string().max(40), facts: factsSchema });
const changeSchema = z.object({ question: z.string().max(40), facts: factsSchema });
const backSchema = z.object({ facts: factsSchema });

/** What the conversation remembers between turns: only the facts, and whether a question is open. Never text or names. */
interface ConsentMemory {
  facts: Facts;
  open: boolean;
}
const memorySchema = z.object({ facts: factsSchema, open: z.boolean() });
const MEMORY_PATH = 'conversation.consent';

/**
 * Consent questions in chat: free text → facts → the next question or a verdict card. Buttons carry the facts, so
 * every card answers for itself; the conversation keeps the same facts so a typed follow-up ("hij is 14") continues.
 */
export function registerConsent(app: BotApp, deps: BotDeps): void {
  const knowledge = loadConsentKnowledge(join(deps.config.knowledgeDir, 'consent'));

  const respond = (state: TurnState, facts: Facts, via: string, intro?: string): { card: AdaptiveCardJson; summary: string } => {
    const outcome = decide(knowledge, facts);
    remember(state, { facts, open: outcome.kind === 'question' });
    deps.logger.info({
      event: 'consent.outcome',
      via,
      ...(outcome.kind === 'verdict' ? { verdict: outcome.code, leaf: outcome.leaf } : { asks: outcome.question }),
      facts: Object.keys(facts.answers).length,
    });
    return { card: consentCard(outcome, facts, intro), summary: consentSummary(outcome) };
  };

  app.message(START_TEXT, async (context, state) => {
    const { card, summary } = respond(state, emptyFacts(), 'start', START_INTRO);
    await context.sendActivity(cardMessage(card, summary));
  });

  app.message(
    async (context: TurnContext) => typeof context.activity.text === 'string' && isConsentQuestion(context.activity.text),
    async (context, state) => {
      const memory = recall(state);
      const found = extractFacts(context.activity.text ?? '', memory?.open ? memory.facts : undefined).facts;
      // A reply to an open question adds to what we knew; a message naming a party, danger or anonymity starts anew.
      const startsAnew = ['Q-MET-WIE', 'Q-NOOD', 'Q-ZORGEN', 'Q-HERKENBAAR'].some((question) => found.answers[question] !== undefined);
      const facts = memory?.open && !startsAnew ? mergeFacts(memory.facts, found) : found;
      const { card, summary } = respond(state, facts, memory?.open && !startsAnew ? 'follow-up' : 'text');
      await context.sendActivity(cardMessage(card, summary));
    },
  );

  const onExecute = <T>(verb: string, schema: z.ZodType<T>, next: (data: T) => Facts, intro?: string) => {
    app.adaptiveCards.actionExecute(verb, async (_context, state, data) => {
      const parsed = schema.safeParse(data);
      // An old or tampered card: start from what this conversation knows, or from the beginning.
      const facts = parsed.success ? next(parsed.data) : recall(state)?.facts ?? emptyFacts();
      return respond(state, knownFacts(knowledge, facts), verb, intro).card;
    });
  };

  onExecute(CONSENT_VERBS.start, z.unknown(), () => emptyFacts(), START_INTRO);
  onExecute(CONSENT_VERBS.restart, z.unknown(), () => emptyFacts(), START_INTRO);
  onExecute(CONSENT_VERBS.answer, answerSchema, ({ question, option, facts }) => withAnswer(facts, question, option));
  onExecute(CONSENT_VERBS.change, changeSchema, ({ question, facts }) => reopen(facts, question));
  onExecute(CONSENT_VERBS.back, backSchema, ({ facts }) => stepBack(knowledge, knownFacts(knowledge, facts)));
}

const QUESTION_FORM = /\?|^\s*(mag|mogen|kan|kun|kunnen|moet|moeten|hoef|hoeft|hoeven|is het|wie|wat|hoe|waar|wanneer)\b/i;

/**
 * A message this feature answers. Wanting to discuss a case anonymously without asking anything is a request for
 * an anonymous consultation, which the consultations feature (registered after this one) takes.
 */
function isConsentQuestion(text: string): boolean {
  const { facts, consentCue } = extractFacts(text);
  const anonymous = facts.answers['Q-HERKENBAAR'] === 'nee' || facts.ask.includes('Q-HERKENBAAR');
  return signalsSafetyConcern(facts) || (consentCue && (!anonymous || QUESTION_FORM.test(text)));
}

function recall(state: TurnState): ConsentMemory | undefined {
  const parsed = memorySchema.safeParse(state.getValue(MEMORY_PATH));
  return parsed.success ? parsed.data : undefined;
}

function remember(state: TurnState, memory: ConsentMemory): void {
  state.setValue(MEMORY_PATH, memory);
}
