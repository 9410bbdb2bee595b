import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decide, type Outcome, type Verdict } from '../../src/consent/engine';
import { extractFacts } from '../../src/consent/extract';
import { screen } from '../helpers/screen';
import { reopen, stepBack, withAnswer } from '../../src/consent/facts';
import { loadConsentKnowledge } from '../../src/consent/knowledge';
import { PERMISSIVE_VERDICTS, isLeaf, type ConsentKnowledge, type Facts } from '../../src/consent/model';
import { firstOf } from './firstAnswer';
import { STRICT_VERDICTS, loadScenarios, passCounter } from './scenarios';

const scenarios = loadScenarios();
let knowledge: ConsentKnowledge;
beforeAll(() => {
  knowledge = loadConsentKnowledge('knowledge/consent');
});

const facts = (answers: Record<string, string>, ask: string[] = []): Facts => ({ answers, ask });
function verdictOf(outcome: Outcome): Verdict {
  if (outcome.kind !== 'verdict') throw new Error(`expected a verdict, got question ${outcome.question}`);
  return outcome;
}

describe('shared scenarios through the engine', () => {
  const byAnswers = passCounter('via de engine (answers → verdict)', scenarios.length);
  const byText = passCounter('via de tekst (extractor + engine → first)', scenarios.length);
  afterAll(() => {
    byAnswers.report();
    byText.report();
  });

  it.each(scenarios)('$id: answers give $verdict with its rules', (scenario) => {
    const verdict = verdictOf(decide(knowledge, facts(scenario.answers)));
    expect(verdict.code).toBe(scenario.verdict);
    expect(verdict.rules).toEqual(expect.arrayContaining(scenario.rules));
    byAnswers.pass();
  });

  it.each(scenarios)('$id: the text alone gives $first first, on the scenario\'s rules', (scenario) => {
    const outcome = decide(knowledge, extractFacts(scenario.text, knowledge.cues, screen).facts);
    expect(firstOf(outcome)).toBe(scenario.first);
    if (outcome.kind === 'verdict' && scenario.first === scenario.verdict) expect(outcome.rules).toEqual(expect.arrayContaining(scenario.rules));
    byText.pass();
  });

  it('never says "no consent needed" (V-GEEN or V-INFO) where consent, the meldcode or the FG is expected', () => {
    const unsafe = scenarios.flatMap((scenario) => {
      if (!STRICT_VERDICTS.has(scenario.verdict)) return [];
      const routes = { answers: decide(knowledge, facts(scenario.answers)), text: decide(knowledge, extractFacts(scenario.text, knowledge.cues, screen).facts) };
      return Object.entries(routes)
        .filter(([, outcome]) => outcome.kind === 'verdict' && PERMISSIVE_VERDICTS.includes(outcome.code))
        .map(([route, outcome]) => `${scenario.id} via ${route}: ${firstOf(outcome)} instead of ${scenario.verdict}`);
    });
    expect(scenarios.some((scenario) => STRICT_VERDICTS.has(scenario.verdict))).toBe(true);
    expect(unsafe).toEqual([]);
  });
});

/** Every way through the tree: each question answered with each of its options. */
function allPaths(k: ConsentKnowledge): Facts[] {
  const results: Facts[] = [];
  const walk = (nodeId: string, answers: Record<string, string>) => {
    const node = k.nodes[nodeId]!;
    if (isLeaf(node)) return results.push(facts(answers));
    for (const [option, edge] of Object.entries(node.options)) walk(edge.next, { ...answers, [node.ask]: option });
  };
  walk(k.root, {});
  return results;
}

describe('the engine on every path through the tree', () => {
  it('ends every path in a verdict with the 112 / Veilig Thuis line, the FG line, a 2-3 sentence why, rules and sources', () => {
    const paths = allPaths(knowledge);
    expect(paths.length).toBeGreaterThan(60);
    for (const path of paths) {
      const verdict = verdictOf(decide(knowledge, path));
      expect(verdict.safetyLine).toMatch(/112/);
      expect(verdict.safetyLine).toMatch(/Veilig Thuis.*0800-2000/);
      expect(verdict.checkLine).toMatch(/FG of ondersteuningscoördinator/);
      expect(verdict.why.length).toBeGreaterThanOrEqual(2);
      expect(verdict.why.length).toBeLessThanOrEqual(3);
      expect(verdict.rules.length).toBeGreaterThan(0);
      expect(verdict.sources.length).toBeGreaterThan(0);
      expect(verdict.sources.every((source) => source.url.startsWith('http'))).toBe(true);
      expect(verdict.grounds.length).toBeGreaterThan(0);
      for (const ground of verdict.grounds) expect(verdict.grounds.filter((other) => other.includes(ground))).toEqual([ground]);
    }
  });

  it('sends every danger or abuse answer to the safety verdicts, whatever else is known', () => {
    for (const path of allPaths(knowledge)) {
      const nood = path.answers['Q-NOOD'];
      const zorgen = path.answers['Q-ZORGEN'];
      const code = verdictOf(decide(knowledge, path)).code;
      if (nood === 'ja' || nood === 'twijfel') expect(code).toBe('V-ACUUT');
      else if (zorgen === 'ja' || zorgen === 'twijfel') expect(code).toBe('V-MELDCODE');
      else if (path.answers['Q-MET-WIE'] === 'MW9') expect(code).toBe('V-MELDCODE');
      else expect(['V-ACUUT', 'V-MELDCODE']).not.toContain(code);
    }
    expect(verdictOf(decide(knowledge, facts({ 'Q-NOOD': 'twijfel', 'Q-MET-WIE': 'MW1' }))).code).toBe('V-ACUUT');
  });

  it('adds the R29 requirements to exactly the verdicts that ask for consent', () => {
    for (const path of allPaths(knowledge)) {
      const verdict = verdictOf(decide(knowledge, path));
      const asksConsent = ['V-OUDERS16', 'V-OUDERS12', 'V-BEIDEN', 'V-LEERLING16', 'V-LEERLING18'].includes(verdict.code);
      expect(verdict.consentRequirements?.rule ?? null).toBe(asksConsent ? 'R29' : null);
      if (asksConsent) expect(verdict.consentRequirements!.items.join(' ')).toMatch(/ingetrokken|intrekken/);
    }
  });
});

describe('assumptions, custody and age', () => {
  it('assumes no danger, no abuse and an identifiable pupil, and says so with a correction', () => {
    const verdict = verdictOf(decide(knowledge, facts({ 'Q-MET-WIE': 'MW2', 'Q-JOS': 'J1' })));
    expect(verdict.code).toBe('V-GEEN');
    expect(verdict.assumptions.map((assumption) => assumption.question)).toEqual(['Q-NOOD', 'Q-ZORGEN', 'Q-HERKENBAAR']);
    expect(verdict.assumptions[0]!.correction).toEqual({ label: 'Er is wél direct gevaar', option: 'ja' });
    const corrected = decide(knowledge, withAnswer(facts({ 'Q-MET-WIE': 'MW2', 'Q-JOS': 'J1' }), 'Q-NOOD', verdict.assumptions[0]!.correction.option!));
    expect(firstOf(corrected)).toBe('V-ACUUT');
  });

  it('tells that both parents with joint custody must consent for a pupil under 16, without asking Q-GEZAG', () => {
    const verdict = verdictOf(decide(knowledge, facts({ 'Q-MET-WIE': 'MW2', 'Q-JOS': 'J3', 'Q-LEEFTIJD': '12-15' })));
    expect(verdict.code).toBe('V-BEIDEN');
    const custody = verdict.assumptions.find((assumption) => assumption.question === 'Q-GEZAG');
    expect(custody?.text).toMatch(/beide ouders.*allebei/);
    expect(custody?.correction.option).toBeUndefined();
    const over16 = verdictOf(decide(knowledge, facts({ 'Q-MET-WIE': 'MW2', 'Q-JOS': 'J3', 'Q-LEEFTIJD': '16-17' })));
    expect(over16.assumptions.map((assumption) => assumption.question)).not.toContain('Q-GEZAG');
  });

  it('asks Q-GEZAG when the mentor wants to refine it, and a refusing parent goes to the FG', () => {
    const known = facts({ 'Q-MET-WIE': 'MW2', 'Q-JOS': 'J3', 'Q-LEEFTIJD': '12-15' });
    const asked = decide(knowledge, reopen(known, 'Q-GEZAG'));
    expect(firstOf(asked)).toBe('Q-GEZAG');
    expect(verdictOf(decide(knowledge, withAnswer(reopen(known, 'Q-GEZAG'), 'Q-GEZAG', 'oneens'))).code).toBe('V-FG');
    const single = verdictOf(decide(knowledge, withAnswer(known, 'Q-GEZAG', 'een')));
    expect(single.code).toBe('V-BEIDEN');
    expect(single.rules).toContain('R16b');
    expect(single.notes.join(' ')).toMatch(/ouder met gezag/);
  });

  it('asks the age instead of defaulting it, and "weet ik niet" says to look it up', () => {
    const asked = decide(knowledge, facts({ 'Q-MET-WIE': 'MW2', 'Q-JOS': 'J3' }));
    expect(firstOf(asked)).toBe('Q-LEEFTIJD');
    if (asked.kind !== 'question') throw new Error('expected a question');
    expect(asked.options.map((option) => option.id)).toEqual(['<12', '12-15', '16-17', '18+', 'onbekend']);
    expect(asked.understood.map((fact) => fact.text)).toEqual(['JOS-medewerker', 'één leerling observeren of helpen']);
    const unknown = verdictOf(decide(knowledge, facts({ 'Q-MET-WIE': 'MW2', 'Q-JOS': 'J3', 'Q-LEEFTIJD': 'onbekend' })));
    expect(unknown).toMatchObject({ code: 'V-FG', leaf: 'L-LEEFTIJD-ONBEKEND', headline: 'Zoek eerst de leeftijd van de leerling op' });
  });

  it('"Terug" forgets the last answered question on the path, and nothing when nothing was answered', () => {
    const known = facts({ 'Q-MET-WIE': 'MW2', 'Q-JOS': 'J3', 'Q-LEEFTIJD': '12-15' });
    const back = stepBack(knowledge, known);
    expect(back.answers).toEqual({ 'Q-MET-WIE': 'MW2', 'Q-JOS': 'J3' });
    expect(firstOf(decide(knowledge, back))).toBe('Q-LEEFTIJD');
    expect(firstOf(decide(knowledge, stepBack(knowledge, back)))).toBe('Q-JOS');
    expect(stepBack(knowledge, facts({}))).toEqual(facts({}));
  });

  it('with options left open for a question it would otherwise assume, asks it when they lead apart and shows the range when they do not', () => {
    const open = (answers: Record<string, string>): Facts => ({ answers, ask: [], ranges: { 'Q-HERKENBAAR': ['ja', 'nee'] } });
    // Advice from JOS needs no consent whether the pupil is recognisable or not.
    const advice = verdictOf(decide(knowledge, open({ 'Q-MET-WIE': 'MW2', 'Q-JOS': 'J1' })));
    expect(advice.code).toBe('V-GEEN');
    expect(advice.assumptions.find((assumption) => assumption.question === 'Q-HERKENBAAR')?.text).toMatch(/herkenbaar of anoniem/);
    // Help from the wijkteam needs consent only when the pupil is recognisable: asked, not assumed.
    expect(firstOf(decide(knowledge, open({ 'Q-MET-WIE': 'MW3', 'Q-WIJKTEAM': 'W2', 'Q-LEEFTIJD': '12-15' })))).toBe('Q-HERKENBAAR');
  });

  it('ignores an answer that is not an option of the question at that point and asks it', () => {
    expect(firstOf(decide(knowledge, facts({ 'Q-MET-WIE': 'MW99' })))).toBe('Q-MET-WIE');
  });
});

describe('a stated fact that blocks a consent-free verdict', () => {
  const safe = { 'Q-NOOD': 'nee', 'Q-ZORGEN': 'nee', 'Q-HERKENBAAR': 'ja' };

  it('asks the branch again instead of V-GEEN when the pupil wants it kept from the parents', () => {
    // Read as the parents being told about school matters, with a secret that only help to the pupil uses.
    const outcome = decide(knowledge, facts({ ...safe, 'Q-MET-WIE': 'MW8', 'Q-LEEFTIJD': '12-15', 'Q-OUDERS': 'P1', 'Q-GEZAG': 'geheim' }));
    expect(firstOf(outcome)).toBe('Q-OUDERS');
  });

  it('asks who receives it instead of V-INFO when a voogd has custody but the path never asks about custody', () => {
    expect(firstOf(decide(knowledge, facts({ ...safe, 'Q-MET-WIE': 'MW10', 'Q-GEZAG': 'voogd' })))).toBe('Q-MET-WIE');
  });

  it('keeps the verdict when the blocking fact is on the path or the verdict needs consent anyway', () => {
    expect(firstOf(decide(knowledge, facts({ ...safe, 'Q-MET-WIE': 'MW2', 'Q-JOS': 'J3', 'Q-LEEFTIJD': '12-15', 'Q-GEZAG': 'geheim' })))).toBe('V-FG');
    expect(firstOf(decide(knowledge, facts({ ...safe, 'Q-MET-WIE': 'MW5', 'Q-LEERPLICHT': 'L1', 'Q-GEZAG': 'oneens' })))).toBe('V-INFO');
  });
});

describe('a pupil of 12 to 15 who wants help kept from the parents', () => {
  const safe = { 'Q-NOOD': 'nee', 'Q-ZORGEN': 'nee', 'Q-HERKENBAAR': 'ja' };

  it('goes to the FG (R25) when the school would pass information on to start help, as when JOS helps', () => {
    for (const branch of [{ 'Q-MET-WIE': 'MW2', 'Q-JOS': 'J7' }, { 'Q-MET-WIE': 'MW3', 'Q-WIJKTEAM': 'W2' }] as Record<string, string>[]) {
      const outcome = decide(knowledge, facts({ ...safe, ...branch, 'Q-LEEFTIJD': '12-15', 'Q-GEZAG': 'geheim' }));
      expect(firstOf(outcome), JSON.stringify(branch)).toBe('V-FG');
      expect(outcome.kind === 'verdict' && outcome.rules).toContain('R25');
    }
  });

  it('keeps the parents\' consent under 12 and for a meeting the school organises', () => {
    expect(firstOf(decide(knowledge, facts({ ...safe, 'Q-MET-WIE': 'MW2', 'Q-JOS': 'J7', 'Q-LEEFTIJD': '<12', 'Q-GEZAG': 'geheim' })))).toBe('V-OUDERS16');
    expect(firstOf(decide(knowledge, facts({ ...safe, 'Q-MET-WIE': 'MW4', 'Q-MDO': 'nee', 'Q-LEEFTIJD': '12-15', 'Q-GEZAG': 'geheim' })))).toBe('V-OUDERS16');
  });
});

describe('help that should go on after an 18th birthday still to come (R28)', () => {
  const tree = loadConsentKnowledge('knowledge/consent');
  const help1617 = { 'Q-NOOD': 'nee', 'Q-ZORGEN': 'nee', 'Q-HERKENBAAR': 'ja', 'Q-MET-WIE': 'MW2', 'Q-JOS': 'J3', 'Q-LEEFTIJD': '16-17' };

  it('sends a 16- or 17-year-old whose JOS help should go on after 18 to the FG, by answers', () => {
    expect(firstOf(decide(tree, facts({ ...help1617, 'Q-NA18': 'ja' })))).toBe('V-FG');
  });

  it('leaves a 16- or 17-year-old who only asks about consent to the pupil, with the question assumed', () => {
    expect(firstOf(decide(tree, facts(help1617)))).toBe('V-LEERLING16');
    expect(firstOf(decide(tree, facts({ ...help1617, 'Q-NA18': 'nee' })))).toBe('V-LEERLING16');
  });
});
