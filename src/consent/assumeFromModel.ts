import { decide, type Outcome } from './engine';
import { PERMISSIVE_VERDICTS, type ConsentKnowledge, type Facts } from './model';
import type { ReplyGuess } from './replyModel';

/**
 * Safety questions are only ever answered by the text or the mentor, and the age is never defaulted: the model never
 * assumes an answer to them.
 */
const NEVER_ASSUMED = new Set(['Q-NOOD', 'Q-ZORGEN', 'Q-LEEFTIJD']);

const firstOf = (outcome: Outcome) => (outcome.kind === 'verdict' ? outcome.code : outcome.question);

/**
 * When the rules leave question Q open and the reply model is confident of a first reply that one answer to Q leads
 * to, that answer is assumed (marked weak, so the card says "Ik ging ervan uit: …" with a correction). Never for a
 * safety question, a question the reader asked on purpose, or a consent-free verdict; when several answers lead there, the card names them all.
 */
export function assumeFromGuess(knowledge: ConsentKnowledge, facts: Facts, guess: ReplyGuess, threshold: number): Facts {
  if (guess.probability < threshold || (PERMISSIVE_VERDICTS as readonly string[]).includes(guess.label)) return facts;
  const outcome = decide(knowledge, facts);
  if (outcome.kind !== 'question' || outcome.question === guess.label) return facts;
  const question = outcome.question;
  if (NEVER_ASSUMED.has(question) || facts.ask.includes(question)) return facts;
  const leading = outcome.options
    .map(({ id }) => id)
    .filter((option) => firstOf(decide(knowledge, { ...facts, answers: { ...facts.answers, [question]: option }, weak: [...(facts.weak ?? []), question] })) === guess.label);
  if (leading.length === 1) return { ...facts, answers: { ...facts.answers, [question]: leading[0]! }, weak: [...(facts.weak ?? []), question] };
  // Several answers lead to the guessed verdict: assumed as a range ("hulp of observatie"), shown on the card.
  if (leading.length > 1 && outcome.options.length > leading.length) return { ...facts, ranges: { ...facts.ranges, [question]: leading } };
  return facts;
}
