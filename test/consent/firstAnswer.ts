import { decide, type Outcome } from '../../src/consent/engine';
import { extractFacts } from '../../src/consent/extract';
import { screen } from '../helpers/screen';
import { loadConsentKnowledge } from '../../src/consent/knowledge';

/** What the bot answers first: the verdict code, or the id of the question it asks. */
export const firstOf = (outcome: Outcome): string => (outcome.kind === 'verdict' ? outcome.code : outcome.question);

/** The first answer to a typed question, from text alone, with the shipped knowledge. */
export function firstAnswerToText(): (text: string) => string {
  const knowledge = loadConsentKnowledge('knowledge/consent');
  return (text) => firstOf(decide(knowledge, extractFacts(text, knowledge.cues, screen).facts));
}

/** The tree's answer to labelled facts alone (a verdict code, or the question still open), with the shipped knowledge. */
export function answerToFacts(): (answers: Record<string, string>) => string {
  const knowledge = loadConsentKnowledge('knowledge/consent');
  return (answers) => firstOf(decide(knowledge, { answers, ask: [] }));
}
