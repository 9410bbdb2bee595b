/**
 * Writes the examples the safety net learns from, knowledge/consent/safety-examples.json, from the labelled corpus
 * (test/consent/corpus/*.json only: never a heldout batch). Run after a batch moves into the corpus:
 *   npm run consent:safety-examples
 * A test fails while the file and the corpus differ.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { labelledSetSchema, safetyLabels } from '../src/consent/evaluation';
import type { LabelledSafetyText } from '../src/consent/safetyModel';
import { isMain } from './isMain';

const CORPUS_DIR = 'test/consent/corpus';
export const EXAMPLES_FILE = 'knowledge/consent/safety-examples.json';

/** The corpus files in name order, so the file (and the training order) is the same on every machine. */
export function safetyExamples(dir = CORPUS_DIR): LabelledSafetyText[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .flatMap((file) => labelledSetSchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8'))))
    .map((item) => ({ text: item.text, ...safetyLabels(item) }));
}

export const examplesJson = (examples: LabelledSafetyText[]) => `${JSON.stringify(examples, null, 0).replaceAll('},{', '},\n{')}\n`;

if (isMain(import.meta.url)) {
  const examples = safetyExamples();
  writeFileSync(EXAMPLES_FILE, examplesJson(examples));
  console.log(`${EXAMPLES_FILE}: ${examples.length} voorbeelden (${examples.filter((e) => e.acute).length} acuut, ${examples.filter((e) => e.abuse).length} mishandeling)`);
}
