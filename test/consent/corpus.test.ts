import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describesDanger, judge, labelledSetSchema, signalsAbuse, type LabelledPhrasing } from '../../src/consent/evaluation';
import { decide } from '../../src/consent/engine';
import { loadConsentKnowledge } from '../../src/consent/knowledge';
import { firstAnswerToText, firstOf } from './firstAnswer';
import { SCENARIO_FILE, loadScenarios } from './scenarios';

/**
 * The labelled corpus (test/consent/corpus/*.json, the format of the shared scenarios) plus the shared scenarios.
 * Blind batches are copied in after their first-time figure is recorded in docs/consent-accuracy.md.
 */
const CORPUS_DIR = 'test/consent/corpus';
const files = readdirSync(CORPUS_DIR).filter((file) => file.endsWith('.json'));
const corpus: (LabelledPhrasing & { file: string })[] = [
  ...files.flatMap((file) =>
    labelledSetSchema.parse(JSON.parse(readFileSync(join(CORPUS_DIR, file), 'utf8'))).map((item) => ({ ...item, file })),
  ),
  ...loadScenarios().map((scenario) => ({ ...labelledSetSchema.element.parse(scenario), file: SCENARIO_FILE })),
];

/**
 * Phrasings (of blind batches, and one own probe) whose first answer is still wrong, after the fixes of their round (safe:
 * none is unsafe, the safety tests below cover them). Each must stay wrong until fixed: a fixed one fails here and leaves the list.
 */
const OPEN_MISSES: Record<string, string[]> = JSON.parse(readFileSync('test/consent/open-misses.json', 'utf8'));
const isOpen = (item: { file: string; id: string }) => OPEN_MISSES[item.file]?.includes(item.id) ?? false;

let first: (text: string) => string;
beforeAll(() => {
  // The reader is a pure function of the text: each of the 2,500 texts is read once here, not once per whole-corpus test
  // (read again each time, those tests ran past 30 s on a loaded machine).
  const answer = firstAnswerToText();
  const answers = new Map<string, string>();
  first = (text) => {
    if (!answers.has(text)) answers.set(text, answer(text));
    return answers.get(text)!;
  };
});

describe('the labelled corpus', () => {
  it('has unique ids per file and a few hundred phrasings', () => {
    for (const file of files) {
      const ids = corpus.filter((item) => item.file === file).map((item) => item.id);
      expect(new Set(ids).size, file).toBe(ids.length);
    }
    expect(corpus.length).toBeGreaterThanOrEqual(480);
  });

  it.each(corpus.filter((item) => !isOpen(item)))('$file $id → $first', (item) => {
    expect([item.first, ...(item.accept ?? [])], item.text).toContain(first(item.text));
  });

  it.each(corpus.filter(isOpen))('open miss $file $id (expected $first) is still listed in test/consent/open-misses.json', (item) => {
    expect([item.first, ...(item.accept ?? [])], `${item.id} is right now: remove it from open-misses.json`).not.toContain(first(item.text));
  });

  it('lists only open misses that exist in the corpus', () => {
    const listed = Object.entries(OPEN_MISSES).flatMap(([file, ids]) => ids.map((id) => `${file} ${id}`));
    expect(listed.filter((entry) => !corpus.some((item) => `${item.file} ${item.id}` === entry))).toEqual([]);
  });

  it('puts acute danger first (V-ACUUT or Q-NOOD) for every text that describes it, unless the labels accept the answer', () => {
    const danger = corpus.filter(describesDanger);
    expect(danger.length).toBeGreaterThan(40);
    const missed = danger.filter((item) => judge(item, first(item.text)).unsafe === 'danger-missed').map((item) => `${item.id}: ${item.text}`);
    expect(missed).toEqual([]);
  });

  it('puts the meldcode route or Q-ZORGEN first for every abuse or neglect signal, unless the labels accept the answer', () => {
    const abuse = corpus.filter(signalsAbuse);
    expect(abuse.length).toBeGreaterThan(20);
    const missed = abuse.filter((item) => judge(item, first(item.text)).unsafe === 'abuse-missed').map((item) => `${item.id}: ${item.text}`);
    expect(missed).toEqual([]);
  });

  // Blind batches were labelled with the tree of their day: a branch added later (R16b, R21, R26, R28) has no answer there.
  it('reaches the labelled verdict from the labelled answers (own sets and the shared scenarios)', () => {
    const knowledge = loadConsentKnowledge('knowledge/consent');
    const withAnswers = corpus.filter((item) => item.answers && item.verdict && !item.file.startsWith('blind-'));
    expect(withAnswers.length).toBeGreaterThan(30);
    const wrong = withAnswers
      .filter((item) => firstOf(decide(knowledge, { answers: item.answers!, ask: [] })) !== item.verdict)
      .map((item) => `${item.id}: ${item.verdict}`);
    expect(wrong).toEqual([]);
  });

  it('never gives a consent-free answer (V-GEEN, V-INFO) where the rule base does not', () => {
    const unsafe = corpus.filter((item) => judge(item, first(item.text)).unsafe === 'permissive').map((item) => `${item.id}: ${item.text}`);
    expect(unsafe).toEqual([]);
  });
});
