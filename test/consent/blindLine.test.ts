import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, labelledSetSchema } from '../../src/consent/evaluation';
import { answerToFacts, firstAnswerToText } from './firstAnswer';

/**
 * Issue 10's line: three consecutive blind batches, written after the last change to the reader and measured before any
 * fix, each with the first reply right on at least 90% and no unsafe answer. These three were measured at 5eba9a7 and
 * the reader has not been tuned on them since; this test keeps the line from slipping back unnoticed and ties the
 * figures in docs/consent-accuracy.md to what the reader does.
 */
const LINE_BATCHES = ['b91', 'b92', 'b93'];
const MIN_RIGHT = 0.9;

const firstAnswer = firstAnswerToText();
const verdictOf = answerToFacts();
const tableRowOf = (batch: string) =>
  readFileSync('docs/consent-accuracy.md', 'utf8')
    .split('\n')
    .find((line) => line.startsWith(`| 2026-11-30 | ${batch} (`));

describe('the blind line of issue 10 (b91–b93, measured at 5eba9a7)', () => {
  for (const batch of LINE_BATCHES) {
    it(`${batch}: first reply right on at least 90%, nothing unsafe, as the table records`, () => {
      const items = labelledSetSchema.parse(
        JSON.parse(readFileSync(`test/consent/heldout/blind-${batch}.json`, 'utf8')),
      );
      const report = evaluate(items, firstAnswer, verdictOf);

      expect(report.size).toBeGreaterThanOrEqual(40);
      expect(report.unsafe, report.misses.filter((miss) => miss.unsafe).map((miss) => miss.item.id).join(', ')).toBe(0);
      expect(report.right / report.size).toBeGreaterThanOrEqual(MIN_RIGHT);
      expect(report.byFacts.right).toBe(report.byFacts.size);

      const row = tableRowOf(batch);
      expect(row, `docs/consent-accuracy.md has no table row for ${batch}`).toBeDefined();
      const [, right, size] = /\*\*(\d+)\/(\d+) \(\d+%\)\*\*/.exec(row!) ?? [];
      expect(Number(size)).toBe(report.size);
      // The recorded first-time figure meets the line too, and the reader has not fallen below it since.
      expect(Number(right) / Number(size)).toBeGreaterThanOrEqual(MIN_RIGHT);
      expect(report.right).toBeGreaterThanOrEqual(Number(right));
    });
  }
});
