import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decide } from '../../src/consent/engine';
import { labelledSetSchema, safetyLabels } from '../../src/consent/evaluation';
import { extractFacts } from '../../src/consent/extract';
import { loadConsentKnowledge } from '../../src/consent/knowledge';
import type { ConsentKnowledge, TextCues } from '../../src/consent/model';
import { createSafetyNet, safetyExamplesSchema, type SafetyNet } from '../../src/consent/safetyModel';
import { EXAMPLES_FILE, examplesJson, safetyExamples } from '../../scripts/safety-examples';
import { memoryInUseMb } from '../helpers/memory';
import { screen } from '../helpers/screen';
import { firstOf } from './firstAnswer';

/** The statistical second opinion for safety (src/consent/safetyModel.ts, knowledge/consent/safety-model.yaml). */
let knowledge: ConsentKnowledge;
let rulesOnly: TextCues;
beforeAll(() => {
  knowledge = loadConsentKnowledge('knowledge/consent');
  const { safetyNet: _net, ...cues } = knowledge.cues;
  rulesOnly = cues;
});
const first = (text: string, cues: TextCues) => firstOf(decide(knowledge, extractFacts(text, cues, screen).facts));

describe('the safety net beside the rules', () => {
  it('asks Q-NOOD first for self-harm in words no cue has, where the rules alone gave a consent-free verdict', () => {
    const text =
      'Jesse liet in de pauze zijn polsen zien, allemaal rode strepen, vers. Hij zei dat het rustig wordt in zijn hoofd als hij het doet. Mag ik de zorgcoördinator inlichten?';
    expect(first(text, rulesOnly)).toBe('V-GEEN');
    expect(first(text, knowledge.cues)).toBe('Q-NOOD');
  });

  it.each([
    'Mag ik de cijfers van Daan met zijn vader delen? Vader heeft gezag.',
    'De ouders van Lisa vragen of de jgc met haar kan praten over faalangst voor toetsen. Ze is 13.',
    'Kan ik het verslag van de leerlingbespreking naar de wijkcoach mailen? Het gaat over een jongen van 12.',
    'mag ik dit delen?',
  ])('stays quiet on an ordinary question: %s', (text) => {
    const answer = first(text, knowledge.cues);
    expect(answer).toBe(first(text, rulesOnly));
    expect(['V-ACUUT', 'Q-NOOD', 'V-MELDCODE', 'Q-ZORGEN']).not.toContain(answer);
  });

  // One test per corpus file, so each stays well inside the timeout when CI runs every file at once on 2 cores (the
  // whole corpus twice took over 120 s there under load); the counts over all files are checked after the last.
  const corpusFiles = readdirSync('test/consent/corpus').filter((file) => file.endsWith('.json'));
  const safetyQuestions: string[] = ['Q-NOOD', 'Q-ZORGEN'];
  let added = 0;
  let decided = 0;
  it.each(corpusFiles)('only ever adds Q-NOOD or Q-ZORGEN to what the rules read, or answers such a question "ja": never a permissive verdict (%s)', (file) => {
    const texts = labelledSetSchema.parse(JSON.parse(readFileSync(join('test/consent/corpus', file), 'utf8'))).map((item) => item.text);
    for (const text of texts) {
      const rules = extractFacts(text, rulesOnly, screen).facts;
      const withNet = extractFacts(text, knowledge.cues, screen).facts;
      const changed = Object.keys(withNet.answers).filter((question) => withNet.answers[question] !== rules.answers[question]);
      expect(Object.keys(rules.answers).filter((question) => !(question in withNet.answers)), text).toEqual([]);
      for (const question of changed) {
        expect(safetyQuestions, text).toContain(question);
        expect(withNet.answers[question], text).toBe('ja');
      }
      expect([...withNet.ask, ...changed], text).toEqual(expect.arrayContaining(rules.ask));
      const extra = withNet.ask.filter((question) => !rules.ask.includes(question));
      expect(extra.every((question) => safetyQuestions.includes(question)), text).toBe(true);
      added += extra.length;
      decided += changed.length;
    }
  });

  it('over the whole corpus, does add safety questions and does answer some: the net is not idle', () => {
    expect(corpusFiles.length).toBeGreaterThan(90);
    expect(added).toBeGreaterThan(0);
    expect(decided).toBeGreaterThan(0);
  });

  it('decides V-ACUUT where the rules only ask Q-NOOD, for a plan with means and a time in words no cue has', () => {
    const text =
      'Mila (15) appte me net dat ze de strip pillen van haar moeder heeft liggen en dat ze het vannacht gaat doen. Mag ik haar vader bellen?';
    expect(first(text, rulesOnly)).toBe('Q-NOOD');
    expect(first(text, knowledge.cues)).toBe('V-ACUUT');
  });

  it('keeps asking Q-NOOD when the writer doubts the pupil meant it, however sure the net is', () => {
    const text =
      'Mila (15) appte me net dat ze de strip pillen van haar moeder heeft liggen en dat ze het vannacht gaat doen, maar ik weet niet of ze het meende. Mag ik haar vader bellen?';
    expect(knowledge.cues.safetyNet!.certaintyScores(text).acute).toBeGreaterThanOrEqual(knowledge.cues.safetyNet!.certainty.acute);
    expect(first(text, knowledge.cues)).toBe('Q-NOOD');
  });

  it('does not let the net raise a young carer of an ill parent to acute danger, only a text with another sign', () => {
    // A net that finds danger in every text: what it may raise depends on the rules' reading alone, not on its training.
    const alarmed: SafetyNet = {
      thresholds: { acute: 0.9, abuse: 0.9 },
      certainty: { acute: 0.99, abuse: 0.99 },
      scores: () => ({ acute: 1, abuse: 1 }),
      certaintyScores: () => ({ acute: 0, abuse: 0 }),
      warmUp: () => undefined,
    };
    const cues = { ...rulesOnly, safetyNet: alarmed };
    for (const text of [
      "Lieke (13) valt in de les in slaap; ze zegt dat ze 's nachts voor de kleintjes zorgt omdat papa ziek in bed ligt. Ik weet niet of het thuis misloopt. Mag ik de coach vragen?",
      'Noor (12) slaapt bijna in de les. Ze zegt dat ze \'s avonds laat nog kookt en de was doet, omdat haar moeder kanker heeft en op bed ligt. Mag ik de coach vragen met haar te praten?',
      'Mo (14) slaapt in de les. Hij kookt elke avond voor zijn zusjes want moeder ligt na haar operatie de hele dag op bed. Mag ik de PAJ inschakelen?',
    ])
      expect(first(text, cues), text).toBe('Q-ZORGEN');
    for (const text of [
      "Lieke (13) valt in de les in slaap; ze zorgt 's nachts voor de kleintjes. Ik weet niet of het thuis misloopt. Mag ik de coach vragen?",
      "Lieke (13) valt in de les in slaap; ze zegt dat ze 's nachts voor de kleintjes zorgt omdat papa ziek in bed ligt, en ze is doodsbang. Mag ik de coach vragen?",
    ])
      expect(first(text, cues), text).toBe('Q-NOOD');
  });

  it('lets the net raise nothing on a night after a birthday, party or sleepover, and keeps what the rules read there', () => {
    // A net that finds danger and abuse in every text, and is sure of it: only the rules' reading of the stay decides.
    const alarmed: SafetyNet = {
      thresholds: { acute: 0.9, abuse: 0.9 },
      certainty: { acute: 0.5, abuse: 0.5 },
      scores: () => ({ acute: 1, abuse: 1 }),
      certaintyScores: () => ({ acute: 1, abuse: 1 }),
      warmUp: () => undefined,
    };
    const cues = { ...rulesOnly, safetyNet: alarmed };
    for (const text of [
      'Lotte (15) gaat vanavond met haar vriendinnen naar een verjaardag bij een klasgenoot en blijft daar slapen. Mag ik haar moeder mailen dat ze haar gymspullen vergat?',
      'Sanne (14) blijft na het feestje van zaterdag slapen bij een vriendin. Mag ik haar vader appen over haar rooster?',
      'Daan (13) gaat vrijdag naar een logeerpartij van een klasgenoot en mag daar blijven slapen. Mag ik zijn moeder mailen dat hij zijn boek vergat?',
    ])
      expect(first(text, cues), text).toBe(first(text, rulesOnly));
    // Without the party the net still raises it; a much older man she sleeps at stays the danger the rules read.
    const stay = 'Sanne (14) blijft zaterdag slapen bij een vriendin. Mag ik haar vader appen over haar rooster?';
    expect(['Q-NOOD', 'V-ACUUT']).toContain(first(stay, cues));
    const groomed = 'Leerling (16) verblijft sinds zaterdag bij een kerel van in de dertig; hij neemt haar mee naar feestjes met zijn vrienden. Vanavond moet ze er weer heen. Mag ik dit delen zonder haar toestemming?';
    expect(first(groomed, cues)).toBe('V-ACUUT');
  });

  it('gives the same scores on every run (fixed hash, file order, no randomness)', () => {
    const examples = safetyExamplesSchema.parse(JSON.parse(readFileSync(EXAMPLES_FILE, 'utf8'))).slice(0, 300);
    const text = 'Hij heeft zich gisteren met een schaar gekrast en zegt dat niemand hem zou missen.';
    const net = () => createSafetyNet(examples, { acute: 0.5, abuse: 0.5 }, { acute: 0.5, abuse: 0.5 });
    const [a, b] = [net(), net()];
    expect(a.scores(text)).toEqual(b.scores(text));
    expect(a.certaintyScores(text)).toEqual(b.certaintyScores(text));
  });

  it('lets go of its examples once trained: a running bot keeps only the heads (issue 15)', async () => {
    const trainedNet = () => {
      const examples = safetyExamplesSchema.parse(JSON.parse(readFileSync(EXAMPLES_FILE, 'utf8'))).slice(0, 300);
      const net = createSafetyNet(examples, { acute: 0.5, abuse: 0.5 }, { acute: 0.5, abuse: 0.5 });
      net.warmUp();
      return { net, examples: new WeakRef(examples) };
    };
    const { net, examples } = trainedNet();
    // A WeakRef holds its target until the current job ends.
    await new Promise((resolve) => setImmediate(resolve));
    memoryInUseMb(); // full collections
    expect(examples.deref()).toBeUndefined();
    expect(net.scores('Hij heeft zich gisteren met een schaar gekrast.').acute).toBeGreaterThan(0);
  });
});

describe('the examples the net learns from', () => {
  it('are the labelled corpus as it is now (run npm run consent:safety-examples after changing the corpus)', () => {
    expect(readFileSync(EXAMPLES_FILE, 'utf8')).toBe(examplesJson(safetyExamples()));
  });

  it('label danger and abuse as the corpus test does', () => {
    const examples = safetyExamples();
    expect(examples.filter((example) => example.acute).length).toBeGreaterThan(200);
    expect(examples.filter((example) => example.abuse).length).toBeGreaterThan(200);
    expect(safetyLabels({ id: 'x', text: 'x', first: 'V-MELDCODE', accept: ['Q-NOOD'] })).toEqual({
      acute: true,
      abuse: true,
      acuteCertain: false,
      abuseCertain: true,
    });
    expect(safetyLabels({ id: 'x', text: 'x', first: 'Q-NOOD', accept: ['V-ACUUT'] })).toMatchObject({ acuteCertain: true });
    expect(safetyLabels({ id: 'x', text: 'x', first: 'V-GEEN' })).toEqual({ acute: false, abuse: false });
  });
});
