import type { NextQuestion, Outcome, Verdict } from '../../src/consent/engine';
import type { Facts } from '../../src/consent/model';
import {
  CAPABILITY_VERBS,
  actionSet,
  adaptiveCard,
  bulletList,
  emphasis,
  executeAction,
  heading,
  paragraph,
  smallPrint,
  type AdaptiveCardJson,
  type CardElement,
} from './kit';

export const CONSENT_VERBS = {
  start: CAPABILITY_VERBS.consent,
  answer: 'consent.answer',
  change: 'consent.change',
  back: 'consent.back',
  restart: 'consent.restart',
} as const;

const SAFETY_CODES = new Set(['V-ACUUT', 'V-MELDCODE']);

/** The card for what the engine decided: a verdict, or the next question. Every button carries the facts, nothing else. */
export function consentCard(outcome: Outcome, facts: Facts, intro?: string): AdaptiveCardJson {
  return outcome.kind === 'verdict' ? verdictCard(outcome, facts) : questionCard(outcome, facts, intro);
}

export function consentSummary(outcome: Outcome): string {
  return outcome.kind === 'verdict' ? `Toestemming: ${outcome.headline}` : `Toestemming, nog een vraag: ${outcome.text}`;
}

/** Sources shown on the card itself; the rest wait behind "Meer bronnen". */
const SOURCES_SHOWN = 3;

/**
 * A verdict a mentor reads to the end: the answer, the 112 / Veilig Thuis line where it is the answer, what to do and
 * the legal ground first; the reasoning, consent requirements and assumptions after; at most three sources, most
 * authoritative first, the rest behind "Meer bronnen".
 */
function verdictCard(verdict: Verdict, facts: Facts): AdaptiveCardJson {
  const safety = SAFETY_CODES.has(verdict.code);
  // The safety line at the top already says to call 112: a step saying it again only makes the card longer.
  const steps = safety ? verdict.steps.filter((step) => !/\b112\b/.test(step)) : verdict.steps;
  const body: CardElement[] = [
    { ...heading(verdict.headline), ...(safety ? { color: 'Attention' } : {}) },
    ...(safety ? [paragraph(verdict.safetyLine, { bold: true, color: 'Attention' })] : []),
    ...understoodLine(verdict.understood.map((fact) => fact.text)),
    // A note in an emphasis container with a sign: yellow text on white does not reach 4.5:1.
    ...verdict.notes.map((note) => emphasis(`⚠ ${note}`)),
    ...(steps.length > 0 ? [paragraph('**Wat nu**'), bulletList(steps)] : []),
    paragraph(`**Grondslag.** ${verdict.grounds.join('; ')}.`),
    paragraph(`**Waarom.** ${verdict.why.join(' ')}`),
  ];
  if (verdict.consentRequirements) {
    body.push(paragraph('**Zo vraag je toestemming**'), bulletList(verdict.consentRequirements.items));
  }
  if (verdict.assumptions.length > 0) {
    body.push(
      paragraph(`**Ik ben ervan uitgegaan dat:** ${verdict.assumptions.map((assumption) => assumption.text).join('; ')}. Klopt dat niet? Kies hieronder.`, { subtle: true }),
      actionSet(
        verdict.assumptions.map((assumption) =>
          assumption.correction.option
            ? executeAction(assumption.correction.label, CONSENT_VERBS.answer, { question: assumption.question, option: assumption.correction.option, facts })
            : executeAction(assumption.correction.label, CONSENT_VERBS.change, { question: assumption.question, facts }),
        ),
      ),
    );
  }
  const links = (sources: Verdict['sources']) => paragraph(sources.map((source) => `- [${source.title}](${source.url})`).join('\n'));
  const more = verdict.sources.slice(SOURCES_SHOWN);
  body.push(
    paragraph('**Bronnen**'),
    links(verdict.sources.slice(0, SOURCES_SHOWN)),
    ...(more.length > 0
      ? [actionSet([{ type: 'Action.ShowCard', title: `Meer bronnen (${more.length})`, card: { type: 'AdaptiveCard', body: [links(more)] } }])]
      : []),
    paragraph(verdict.checkLine, { bold: true }),
    ...(safety ? [] : [paragraph(verdict.safetyLine, { bold: true, color: 'Attention' })]),
    smallPrint(`Oordeel ${verdict.code} · regels ${verdict.rules.join(', ')} · ${verdict.leaf}`),
  );
  // Discussing a case anonymously is what the anonymous consultation is for: offer it right here.
  const consult = facts.answers['Q-HERKENBAAR'] === 'nee' ? [executeAction('Anonieme consultatie starten', CAPABILITY_VERBS.consultation)] : [];
  return adaptiveCard(body, [...consult, ...navigation(facts, verdict.path.some((step) => !step.assumed))]);
}

function questionCard(question: NextQuestion, facts: Facts, intro?: string): AdaptiveCardJson {
  const body: CardElement[] = [
    ...(intro ? [paragraph(intro)] : []),
    ...understoodLine(question.understood.map((fact) => fact.text)),
  ];
  if (question.understood.length > 0) {
    body.push(
      actionSet(
        question.understood.map((fact) => executeAction(`Wijzig: ${fact.topic}`, CONSENT_VERBS.change, { question: fact.question, facts })),
      ),
    );
  }
  body.push(
    heading(question.text),
    // One tappable row per option: long labels wrap, and there can be more options than a row of buttons holds.
    ...question.options.map((option) => ({
      type: 'Container',
      style: 'emphasis',
      spacing: 'Small',
      selectAction: { type: 'Action.Execute', title: option.label, verb: CONSENT_VERBS.answer, data: { question: question.question, option: option.id, facts } },
      items: [paragraph(`▸ ${option.label}`)],
    })),
    smallPrint('Direct gevaar? Bel 112. Zorgen over thuis? Veilig Thuis: 0800-2000.'),
  );
  // Terug reopens the last question the mentor (or the text) answered on the way here; without one it would change nothing.
  return adaptiveCard(body, navigation(facts, question.path.some((step) => !step.assumed)));
}

function understoodLine(texts: string[]): CardElement[] {
  return [paragraph(texts.length > 0 ? `Ik begreep: ${texts.join(' · ')}` : 'Ik heb nog niets uit je vraag kunnen opmaken.', { subtle: true })];
}

function navigation(facts: Facts, canGoBack: boolean): CardElement[] {
  return [...(canGoBack ? [executeAction('Terug', CONSENT_VERBS.back, { facts })] : []), executeAction('Opnieuw', CONSENT_VERBS.restart)];
}
