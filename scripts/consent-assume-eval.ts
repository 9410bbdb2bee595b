/**
 * Measures the assumption layer (src/consent/assumeFromModel) against the rules alone:
 *   npx tsx scripts/consent-assume-eval.ts [--thresholds 0.6,0.8] [--heldout a.json,b.json] [--list 0.8] [--lobo]
 * Leave-one-batch-out over test/consent/corpus (the reply model trained without the held-out file; the rules saw every
 * file, so this is biased for the rules), and with --heldout the model trained on the whole corpus and read on those files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { assumeFromGuess } from '../src/consent/assumeFromModel';
import { decide } from '../src/consent/engine';
import { judge, labelledSetSchema, type LabelledPhrasing } from '../src/consent/evaluation';
import { extractFacts } from '../src/consent/extract';
import { loadConsentKnowledge } from '../src/consent/knowledge';
import { createReplyModel } from '../src/consent/replyModel';
import { firstOf } from '../test/consent/firstAnswer';
import { screen } from '../test/helpers/screen';

const { values } = parseArgs({
  options: { thresholds: { type: 'string', default: '0.5,0.6,0.7,0.8,0.9,0.95' }, heldout: { type: 'string', default: '' }, list: { type: 'string' }, lobo: { type: 'boolean', default: false } },
});
const thresholds = values.thresholds.split(',').map(Number);
const knowledge = loadConsentKnowledge('knowledge/consent');
const CORPUS_DIR = 'test/consent/corpus';
const read = (path: string) => labelledSetSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
const batches = readdirSync(CORPUS_DIR).filter((file) => file.endsWith('.json')).sort().map((file) => ({ file, items: read(join(CORPUS_DIR, file)) }));
const examplesOf = (items: LabelledPhrasing[]) => items.map((item) => ({ text: item.text, label: item.first }));

interface Tally { size: number; right: number; unsafe: number; gained: number; lost: number; changed: number; lines: string[] }
const tally = (): Tally => ({ size: 0, right: 0, unsafe: 0, gained: 0, lost: 0, changed: 0, lines: [] });

function measure(items: LabelledPhrasing[], model: ReturnType<typeof createReplyModel>, rules: Tally, layered: Map<number, Tally>, tag: string) {
  for (const item of items) {
    const facts = extractFacts(item.text, knowledge.cues, screen).facts;
    const before = judge(item, firstOf(decide(knowledge, facts)));
    rules.size++;
    if (!before.miss) rules.right++;
    if (before.unsafe) rules.unsafe++;
    const guess = model.guess(item.text);
    for (const threshold of thresholds) {
      const t = layered.get(threshold)!;
      const after = judge(item, firstOf(decide(knowledge, assumeFromGuess(knowledge, facts, guess, threshold))));
      t.size++;
      if (!after.miss) t.right++;
      if (after.unsafe) t.unsafe++;
      if (after.got !== before.got) {
        t.changed++;
        if (!after.miss && before.miss) t.gained++;
        if (after.miss && !before.miss) t.lost++;
        t.lines.push(`${tag} ${item.id}: verwacht ${[item.first, ...(item.accept ?? [])].join('/')}, regels ${before.got} → ${after.got} (${guess.label} ${guess.probability.toFixed(2)})${after.unsafe ? ' ONVEILIG' : ''}`);
      }
    }
  }
}

function report(title: string, rules: Tally, layered: Map<number, Tally>) {
  console.log(`${title}: regels ${rules.right}/${rules.size} (${((100 * rules.right) / rules.size).toFixed(1)}%), onveilig ${rules.unsafe}`);
  for (const [threshold, t] of layered)
    console.log(`  drempel ${threshold}: ${t.right}/${t.size} (${((100 * t.right) / t.size).toFixed(1)}%), onveilig ${t.unsafe}, anders ${t.changed} (goed erbij ${t.gained}, goed kwijt ${t.lost})`);
  if (values.list) for (const line of layered.get(Number(values.list))?.lines ?? []) console.log(`    - ${line}`);
}

const fresh = () => new Map(thresholds.map((threshold) => [threshold, tally()]));
if (values.lobo) {
  const rules = tally();
  const layered = fresh();
  let trainMs = 0;
  for (const { file, items } of batches) {
    const model = createReplyModel(examplesOf(batches.filter((batch) => batch.file !== file).flatMap((batch) => batch.items)));
    const started = performance.now();
    model.warmUp();
    trainMs += performance.now() - started;
    measure(items, model, rules, layered, file);
  }
  report(`leave-one-batch-out, ${batches.length} bestanden (regels zagen alles); trainen ${(trainMs / batches.length).toFixed(0)} ms per model`, rules, layered);
}
if (values.heldout) {
  const model = createReplyModel(examplesOf(batches.flatMap((batch) => batch.items)));
  const started = performance.now();
  model.warmUp();
  console.log(`model op de hele corpus: trainen ${(performance.now() - started).toFixed(0)} ms`);
  for (const path of values.heldout.split(',')) {
    const rules = tally();
    const layered = fresh();
    measure(read(path), model, rules, layered, path.replace(/.*\//, ''));
    report(path, rules, layered);
  }
}
