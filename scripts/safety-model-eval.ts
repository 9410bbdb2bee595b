/**
 * Does a statistical second opinion for safety catch what the rules miss, and at what cost?
 *   npx tsx scripts/safety-model-eval.ts [heldout.json …] [--folds 10] [--thresholds 0.5,0.7,0.9]
 * Trains only on test/consent/corpus/*.json. Over the corpus it scores each text with a model trained on the other
 * folds (never on the text itself); each heldout file is scored by a model trained on the whole corpus. Prints, per
 * threshold: danger/abuse texts put first by the rules, by the model, by either, and the needless safety questions
 * the model adds on harmless texts (the rules gave no safety answer, no safety answer is accepted, the model fires).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { decide } from '../src/consent/engine';
import { ABUSE_FIRST, DANGER_FIRST, judge, labelledSetSchema, safetyLabels, type LabelledPhrasing } from '../src/consent/evaluation';
import { extractFacts } from '../src/consent/extract';
import { loadConsentKnowledge } from '../src/consent/knowledge';
import type { TextCues } from '../src/consent/model';
import { createSafetyNet, type SafetyNet } from '../src/consent/safetyModel';
import { firstOf } from '../test/consent/firstAnswer';
import { screen } from '../test/helpers/screen';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { folds: { type: 'string', default: '10' }, thresholds: { type: 'string', default: '0.5,0.6,0.7,0.8,0.9' } },
});
const folds = Number(values.folds);
const thresholds = values.thresholds.split(',').map(Number);

const CORPUS_DIR = 'test/consent/corpus';
const SAFETY_ANSWERS: readonly string[] = [...DANGER_FIRST, ...ABUSE_FIRST];
const knowledge = loadConsentKnowledge('knowledge/consent');
/** The rules alone: the shipped net left out. */
const { safetyNet: _shipped, ...rulesOnly } = knowledge.cues;
const accepted = (item: LabelledPhrasing) => [item.first, ...(item.accept ?? [])];
const labelled = (item: LabelledPhrasing) => ({ text: item.text, ...safetyLabels(item) });
/** No safety answer is accepted: asking Q-NOOD or Q-ZORGEN here is a needless question. */
const harmless = (item: LabelledPhrasing) => !accepted(item).some((answer) => SAFETY_ANSWERS.includes(answer));
const firstAnswer = (cues: TextCues, text: string) => firstOf(decide(knowledge, extractFacts(text, cues, screen).facts));

interface Scored {
  item: LabelledPhrasing;
  rules: string;
  /** The first answer with the net at each threshold. */
  withNet: string[];
  scores: { acute: number; abuse: number };
}

function score(item: LabelledPhrasing, net: SafetyNet): Scored {
  return {
    item,
    rules: firstAnswer(rulesOnly, item.text),
    withNet: thresholds.map((threshold) => firstAnswer({ ...rulesOnly, safetyNet: { ...net, thresholds: { acute: threshold, abuse: threshold } } }, item.text)),
    scores: net.scores(item.text),
  };
}

const load = (file: string) => labelledSetSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
const corpus = readdirSync(CORPUS_DIR)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .flatMap((file) => load(join(CORPUS_DIR, file)).map((item) => ({ ...item, id: `${file}:${item.id}` })));
/** The net as trained; each report sets its own thresholds. */
const NO_THRESHOLDS = { acute: 1, abuse: 1 };
/** The certainty heads decide nothing here: this script measures what the net asks. */
const NEVER_CERTAIN = { acute: 2, abuse: 2 };

/** Fold of a text: a fixed hash of its id, so the split is the same on every run. */
const foldOf = (id: string) => [...id].reduce((hash, char) => (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0, 7) % folds;

let trainMs = 0;
const crossValidated: Scored[] = [];
for (let fold = 0; fold < folds; fold++) {
  const net = createSafetyNet(corpus.filter((item) => foldOf(item.id) !== fold).map(labelled), NO_THRESHOLDS, NEVER_CERTAIN);
  const started = performance.now();
  net.scores('');
  trainMs += (performance.now() - started) / folds;
  for (const item of corpus.filter((entry) => foldOf(entry.id) === fold)) crossValidated.push(score(item, net));
}
const full = createSafetyNet(corpus.map(labelled), NO_THRESHOLDS, NEVER_CERTAIN);

function report(name: string, scored: Scored[]) {
  const unsafe = (item: LabelledPhrasing, got: string) => judge(item, got).unsafe;
  const safetyKind = scored.filter(({ item }) => { const kind = judge(item, 'V-GEEN').unsafe; return kind === 'danger-missed' || kind === 'abuse-missed'; });
  const calm = scored.filter(({ item }) => harmless(item));
  const caught = (item: LabelledPhrasing, got: string) => { const kind = unsafe(item, got); return kind !== 'danger-missed' && kind !== 'abuse-missed'; };
  const right = (item: LabelledPhrasing, got: string) => !judge(item, got).miss;
  const rulesMissed = safetyKind.filter(({ item, rules }) => !caught(item, rules));
  console.log(`${name}: ${scored.length} teksten, ${safetyKind.length} gevaar/mishandeling, ${calm.length} onschuldig`);
  console.log(
    `  regels: veiligheid eerst ${safetyKind.length - rulesMissed.length}/${safetyKind.length}, eerste antwoord goed ` +
      `${scored.filter(({ item, rules }) => right(item, rules)).length}/${scored.length}, vals alarm ` +
      `${calm.filter(({ rules }) => SAFETY_ANSWERS.includes(rules)).length}/${calm.length}`,
  );
  thresholds.forEach((threshold, index) => {
    const modelAlone = safetyKind.filter(({ item, scores }) => (labelled(item).acute ? scores.acute : Math.max(scores.acute, scores.abuse)) >= threshold).length;
    const either = safetyKind.filter(({ item, withNet }) => caught(item, withNet[index]!)).length;
    const needless = calm.filter(({ rules, withNet }) => !SAFETY_ANSWERS.includes(rules) && SAFETY_ANSWERS.includes(withNet[index]!)).length;
    const lost = scored.filter(({ item, rules, withNet }) => right(item, rules) && !right(item, withNet[index]!)).length;
    console.log(
      `  drempel ${threshold}: model alleen ${modelAlone}/${safetyKind.length}, regels of model ${either}/${safetyKind.length}` +
        ` (regelmissers gevangen ${either - (safetyKind.length - rulesMissed.length)}/${rulesMissed.length}), onnodige veiligheidsvraag erbij ` +
        `${needless}/${calm.length} (${((100 * needless) / Math.max(calm.length, 1)).toFixed(1)} per 100), eerste antwoord goed ` +
        `${scored.filter(({ item, withNet }) => right(item, withNet[index]!)).length}/${scored.length} (${lost} goede antwoorden kwijt)`,
    );
  });
  for (const { item, rules, scores } of rulesMissed)
    console.log(`    regelmisser ${item.id} (${item.first}, regels ${rules}) acuut ${scores.acute.toFixed(3)} mishandeling ${scores.abuse.toFixed(3)}`);
}

console.log(`training: ${trainMs.toFixed(0)} ms per net (twee koppen, ${corpus.length - Math.round(corpus.length / folds)} teksten)`);
report(`corpus, ${folds}-voudig kruisgevalideerd`, crossValidated);
for (const file of positionals) report(basename(file), load(file).map((item) => score(item, full)));

full.scores(""); // trained before timing
const scoring = performance.now();
for (const item of corpus) full.scores(item.text);
console.log(`scoren: ${((performance.now() - scoring) / corpus.length).toFixed(4)} ms per tekst (${corpus.length} teksten)`);
