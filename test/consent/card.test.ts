import { beforeAll, describe, expect, it } from 'vitest';
import { consentCard } from '../../bot/cards/consent';
import { decide, type Verdict } from '../../src/consent/engine';
import { extractFacts } from '../../src/consent/extract';
import { loadConsentKnowledge } from '../../src/consent/knowledge';
import type { ConsentKnowledge, Facts } from '../../src/consent/model';
import { cardText } from '../helpers/cards';
import { screen } from '../helpers/screen';

let knowledge: ConsentKnowledge;
beforeAll(() => {
  knowledge = loadConsentKnowledge('knowledge/consent');
});

function verdictFor(answers: Record<string, string>): { verdict: Verdict; facts: Facts } {
  const facts = { answers, ask: [] };
  const outcome = decide(knowledge, facts);
  if (outcome.kind !== 'verdict') throw new Error(`expected a verdict, got ${outcome.question}`);
  return { verdict: outcome, facts };
}

/** The text of the card body, without what is folded away behind "Meer bronnen". */
function visibleText(card: ReturnType<typeof consentCard>): string {
  const body = JSON.parse(JSON.stringify(card.body, (key, value) => (key === 'card' ? undefined : value))) as unknown[];
  return cardText({ type: 'AdaptiveCard', body });
}

describe('the verdict card', () => {
  it('shows at most three sources, the most authoritative first, and the rest behind "Meer bronnen"', () => {
    const { verdict, facts } = verdictFor({ 'Q-MET-WIE': 'MW2', 'Q-JOS': 'J3', 'Q-LEEFTIJD': '12-15' });
    expect(verdict.sources.length).toBeGreaterThan(3);
    const card = consentCard(verdict, facts);
    const shown = visibleText(card).match(/- \[[^\]]+\]/g) ?? [];
    expect(shown).toHaveLength(3);
    const authorities = verdict.sources.map((source) => source.authority);
    expect(authorities).toEqual([...authorities].sort((a, b) => a - b));
    const more = JSON.stringify(card).match(/"Action.ShowCard","title":"Meer bronnen \((\d+)\)"/);
    expect(Number(more?.[1])).toBe(verdict.sources.length - 3);
    for (const source of verdict.sources.slice(3)) expect(cardText(card)).toContain(source.title);
  });

  it('puts what to do and the legal ground before the reasoning', () => {
    const { verdict, facts } = verdictFor({ 'Q-MET-WIE': 'MW2', 'Q-JOS': 'J3', 'Q-LEEFTIJD': '12-15' });
    const text = visibleText(consentCard(verdict, facts));
    expect(text.indexOf('Wat nu')).toBeLessThan(text.indexOf('Waarom.'));
    expect(text.indexOf('Grondslag.')).toBeLessThan(text.indexOf('Waarom.'));
  });

  it('shows the 112 / Veilig Thuis line right under the answer when there is danger', () => {
    const { verdict, facts } = verdictFor({ 'Q-NOOD': 'ja' });
    const text = visibleText(consentCard(verdict, facts)).split('\n');
    expect(text[0]).toBe(verdict.headline);
    expect(text[1]).toMatch(/112.*0800-2000/);
  });

  it('shows no legal ground that nobody has checked', () => {
    for (const text of ['de ouders van Finn (13) willen niet dat hij met de jgc praat, maar hij wil het zelf wel', 'Een vader zonder gezag wil het rapport van zijn dochter (12)']) {
      const facts = extractFacts(text, knowledge.cues, screen).facts;
      const outcome = decide(knowledge, facts);
      const card = JSON.stringify(consentCard(outcome, facts));
      expect(card, text).not.toMatch(/niet nagelezen|niet bevestigd|1:377c/);
    }
  });

  it('answers a GGD class list asked with the BSN as V-GEEN and says in view that the BSN and PGN stay off (R14b)', () => {
    for (const text of ['GGD wil klassenlijsten met BSN voor de jeugdverpleegkundige, sturen?', 'De GGD vraagt een excel met naam, geboortedatum, klas en burgerservicenummer van klas 2. Mag dat?']) {
      const facts = extractFacts(text, knowledge.cues, screen).facts;
      const outcome = decide(knowledge, facts);
      expect(outcome.kind === 'verdict' && outcome.code, text).toBe('V-GEEN');
      expect(visibleText(consentCard(outcome, facts)), text).toMatch(/nooit het BSN of het persoonsgebonden nummer/);
    }
  });
});
