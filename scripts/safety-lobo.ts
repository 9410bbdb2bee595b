/**
 * Leave-one-batch-out for the safety net: how do the net and its certainty heads do on a batch they never saw?
 *   npx tsx scripts/safety-lobo.ts [--certainty off,0.8,0.8:0.9] [--files blind-] [--list 0.8:0.9]
 * For each file of test/consent/corpus/ a net is trained on the examples of all other files (as
 * `npm run consent:safety-examples` makes them) and the held-out file is read with the rules plus that net, at each
 * certainty threshold ("0.8" for both heads, "0.8:0.9" for acute and abuse, "off": the certainty heads decide
 * nothing, the net only asks). Summed over the files: first
 * answer right, unsafe, and the safety misses (a danger decided where the labels ask first, or asked where they decide,
 * and a safety answer on a text where none is accepted). The rules of safety.yaml saw every corpus text while they were
 * written, so the figure is held out for the net only. `--files` keeps the files whose name starts so; `--list` prints
 * the safety misses at that threshold.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { decide } from '../src/consent/engine';
import { ABUSE_FIRST, DANGER_FIRST, judge, labelledSetSchema, safetyLabels, type LabelledPhrasing } from '../src/consent/evaluation';
import { extractFacts } from '../src/consent/extract';
import { loadConsentKnowledge } from '../src/consent/knowledge';
import { createSafetyNet, type SafetyNet } from '../src/consent/safetyModel';
import { firstOf } from '../test/consent/firstAnswer';
import { screen } from '../test/helpers/screen';

const { values } = parseArgs({
  options: {
    certainty: { type: 'string', default: 'off,0.7,0.8,0.9' },
    files: { type: 'string', default: '' },
    list: { type: 'string' },
  },
});
const OFF = 'off';
const settings = values.certainty.split(',');

const CORPUS_DIR = 'test/consent/corpus';
const SAFETY_ANSWERS: readonly string[] = [...DANGER_FIRST, ...ABUSE_FIRST];
const knowledge = loadConsentKnowledge('knowledge/consent');
const { safetyNet: shipped, ...rulesOnly } = knowledge.cues;
if (!shipped) throw new Error('knowledge/consent heeft geen veiligheidsnet');
const accepted = (item: LabelledPhrasing) => [item.first, ...(item.accept ?? [])];

const files = readdirSync(CORPUS_DIR).filter((file) => file.endsWith('.json')).sort();
const batches = files.map((file) => ({ file, items: labelledSetSchema.parse(JSON.parse(readFileSync(join(CORPUS_DIR, file), 'utf8'))) }));

interface Tally {
  size: number;
  right: number;
  unsafe: number;
  /** V-ACUUT (V-MELDCODE) is accepted, the safety question of that kind is not, and the bot asked it. */
  askedNotDecided: number;
  /** The safety question is due, its verdict is not accepted, and the bot decided. */
  decidedNotAsked: number;
  /** No safety answer is accepted and the bot gave one. */
  needless: number;
  misses: string[];
}
const tally = (): Tally => ({ size: 0, right: 0, unsafe: 0, askedNotDecided: 0, decidedNotAsked: 0, needless: 0, misses: [] });
const totals = new Map(settings.map((setting) => [setting, tally()]));

function count(into: Tally, file: string, item: LabelledPhrasing, got: string) {
  const judged = judge(item, got);
  const ok = accepted(item);
  into.size++;
  if (!judged.miss) into.right++;
  if (judged.unsafe) into.unsafe++;
  const pairs = [
    ['V-ACUUT', 'Q-NOOD'],
    ['V-MELDCODE', 'Q-ZORGEN'],
  ] as const;
  for (const [verdict, question] of pairs) {
    if (got === question && ok.includes(verdict) && !ok.includes(question)) into.askedNotDecided++;
    if (got === verdict && ok.includes(question) && !ok.includes(verdict)) into.decidedNotAsked++;
  }
  if (SAFETY_ANSWERS.includes(got) && !ok.some((answer) => SAFETY_ANSWERS.includes(answer))) into.needless++;
  if (judged.miss && (SAFETY_ANSWERS.includes(got) || ok.some((answer) => SAFETY_ANSWERS.includes(answer))))
    into.misses.push(`${file} ${item.id}: verwacht ${ok.join(' of ')}, kreeg ${got}${judged.unsafe ? ' ONVEILIG' : ''}  ${item.text.slice(0, 160)}`);
}

/** "0.8" for both heads, "0.8:0.7" for acute and abuse apart, "off" for none (a score never reaches 2). */
function withCertainty(net: SafetyNet, setting: string): SafetyNet {
  if (setting === OFF) return { ...net, certainty: { acute: 2, abuse: 2 } };
  const [acute, abuse = acute] = setting.split(':').map(Number);
  return { ...net, certainty: { acute: acute!, abuse: abuse! } };
}

let trainMs = 0;
const heldOut = batches.filter(({ file }) => file.startsWith(values.files));
for (const { file, items } of heldOut) {
  const examples = batches.filter((batch) => batch.file !== file).flatMap((batch) => batch.items.map((item) => ({ text: item.text, ...safetyLabels(item) })));
  const net = createSafetyNet(examples, shipped.thresholds, shipped.certainty);
  const started = performance.now();
  net.warmUp();
  trainMs += performance.now() - started;
  for (const setting of settings) {
    const cues = { ...rulesOnly, safetyNet: withCertainty(net, setting) };
    for (const item of items) count(totals.get(setting)!, file, item, firstOf(decide(knowledge, extractFacts(item.text, cues, screen).facts)));
  }
}

console.log(`leave-one-batch-out over ${heldOut.length} bestanden van ${CORPUS_DIR}; trainen ${(trainMs / heldOut.length).toFixed(0)} ms per net (vier koppen)`);
for (const [setting, t] of totals) {
  console.log(
    `zekerheid ${setting}: eerste antwoord goed ${t.right}/${t.size} (${((100 * t.right) / t.size).toFixed(1)}%), onveilig ${t.unsafe}, ` +
      `gevraagd waar beslist hoort ${t.askedNotDecided}, beslist waar vragen hoort ${t.decidedNotAsked}, ` +
      `onnodig veiligheidsantwoord ${t.needless}, veiligheidsmissers ${t.misses.length}`,
  );
}
if (values.list) for (const miss of totals.get(values.list)?.misses ?? []) console.log(`  - ${miss}`);
