import { decide } from './engine';
import type { ConsentKnowledge, Facts } from './model';

/** The mentor picked an option (on a question card or a correction button). */
export function withAnswer(facts: Facts, question: string, option: string): Facts {
  return withoutWeak({ ...facts, answers: { ...facts.answers, [question]: option }, ask: facts.ask.filter((id) => id !== question) }, [question]);
}

/** The facts with these questions no longer marked weak (the mentor answered or reopened them). */
function withoutWeak(facts: Facts, questions: string[]): Facts {
  const { weak, ...rest } = facts;
  const left = (weak ?? []).filter((id) => !questions.includes(id));
  return left.length > 0 ? { ...rest, weak: left } : rest;
}

/** The mentor wants to change or refine one fact: forget the answer and ask the question instead of assuming it. */
export function reopen(facts: Facts, question: string): Facts {
  const { [question]: _dropped, ...answers } = facts.answers;
  return withoutWeak({ ...facts, answers, ask: facts.ask.includes(question) ? facts.ask : [...facts.ask, question] }, [question]);
}

/**
 * "Terug": forget the answer to the last question on the current path that the mentor (or the text) answered,
 * so the bot asks it again. Assumed answers are not steps the mentor took.
 */
export function stepBack(knowledge: ConsentKnowledge, facts: Facts): Facts {
  const answered = decide(knowledge, facts).path.filter((step) => !step.assumed);
  const last = answered.at(-1);
  return last ? reopen(facts, last.question) : facts;
}

/** Facts from a follow-up message are added to what the bot knew; the newest answer to a question wins. */
export function mergeFacts(known: Facts, added: Facts): Facts {
  const ranges = { ...known.ranges, ...added.ranges };
  const weak = [...new Set([...(known.weak ?? []).filter((id) => added.answers[id] === undefined), ...(added.weak ?? [])])];
  return {
    ...(Object.keys(ranges).length > 0 ? { ranges } : {}),
    ...(weak.length > 0 ? { weak } : {}),
    answers: { ...known.answers, ...added.answers },
    ask: [...new Set([...known.ask.filter((id) => added.answers[id] === undefined), ...added.ask])],
  };
}

export type AnswerCheck = { ok: true } | { ok: false; reason: 'unknown-question' | 'unknown-option'; options?: string[] };

/** Whether an answer names a question and one of its options in the knowledge (card data and --answer are input). */
export function checkAnswer(knowledge: ConsentKnowledge, question: string, option: string): AnswerCheck {
  // Own keys only: "constructor", "__proto__" or "toString" from a card would otherwise find Object's members.
  if (!Object.hasOwn(knowledge.questions, question)) return { ok: false, reason: 'unknown-question' };
  const known = knowledge.questions[question]!;
  if (!Object.hasOwn(known.options, option)) return { ok: false, reason: 'unknown-option', options: Object.keys(known.options) };
  return { ok: true };
}

/** Drops answers and asked questions the knowledge does not know (facts from an old card after a knowledge change). */
export function knownFacts(knowledge: ConsentKnowledge, facts: Facts): Facts {
  const weak = (facts.weak ?? []).filter((question) => Object.hasOwn(knowledge.questions, question));
  return {
    answers: Object.fromEntries(Object.entries(facts.answers).filter(([question, option]) => checkAnswer(knowledge, question, option).ok)),
    ask: facts.ask.filter((question) => Object.hasOwn(knowledge.questions, question)),
    ...(weak.length > 0 ? { weak } : {}),
  };
}
