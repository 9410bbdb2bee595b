import { describe, expect, it } from 'vitest';
import { screen as screenText } from '../helpers/screen';
import fixture from '../fixtures/identifying-samples.json';

interface Sample {
  split: 'dev' | 'holdout' | 'stress' | 'holdout-3' | 'stress-2' | 'holdout-5' | 'blind-6' | 'holdout-7';
  identifying: boolean;
  kinds?: string[];
  text: string;
}

const samples = fixture.samples as Sample[];
const now = new Date('2026-11-23T12:00:00Z');

function measure(rows: Sample[]) {
  const results = rows.map((sample) => ({ sample, result: screenText(sample.text, { now }) }));
  const positives = results.filter(({ sample }) => sample.identifying);
  const negatives = results.filter(({ sample }) => !sample.identifying);
  const misses = positives.filter(({ result }) => !result.identifying).map(({ sample }) => sample.text);
  const falseAlarms = negatives.filter(({ result }) => result.identifying).map(({ sample, result }) => `${sample.text} → ${result.findings.map((f) => f.kind).join(',')}`);
  const rightKind = positives.filter(({ sample, result }) => sample.kinds?.every((kind) => result.findings.some((found) => found.kind === kind))).length;
  return {
    positives: positives.length,
    negatives: negatives.length,
    recall: (positives.length - misses.length) / positives.length,
    falsePositiveRate: falseAlarms.length / negatives.length,
    kindAgreement: rightKind / positives.length,
    misses,
    falseAlarms,
  };
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

describe('identifying-details screen on the labelled sample set', () => {
  it('has at least 150 sentences, about half identifying, with a held-out part', () => {
    expect(samples.length).toBeGreaterThanOrEqual(150);
    const identifying = samples.filter((sample) => sample.identifying).length;
    expect(Math.abs(identifying - samples.length / 2)).toBeLessThanOrEqual(samples.length * 0.05);
    expect(samples.filter((sample) => sample.split === 'holdout').length).toBeGreaterThanOrEqual(50);
  });

  const report = (split: string, rows: Sample[]) => {
    const scores = measure(rows);
    process.stdout.write(
      `[privacy screen, ${split}] ${scores.positives} identifying / ${scores.negatives} not: ` +
        `recall ${percent(scores.recall)}, false-positive rate ${percent(scores.falsePositiveRate)}, ` +
        `right kind ${percent(scores.kindAgreement)}\n`,
    );
    for (const miss of scores.misses) process.stdout.write(`  missed: ${miss}\n`);
    for (const alarm of scores.falseAlarms) process.stdout.write(`  false alarm: ${alarm}\n`);
    return scores;
  };

  // The bars hold for the whole set and for the first half-and-half held-out part; the smaller later sets are
  // printed so a change that hurts one of them shows up in the output.
  for (const split of ['dev', 'holdout', 'all'] as const) {
    it(`meets recall ≥ 95% and false positives ≤ 10% on the ${split} sentences`, () => {
      const scores = report(split, split === 'all' ? samples : samples.filter((sample) => sample.split === split));
      expect(scores.recall).toBeGreaterThanOrEqual(0.95);
      expect(scores.falsePositiveRate).toBeLessThanOrEqual(0.1);
    });
  }

  it('prints the scores of the later, smaller sets', () => {
    for (const split of ['stress', 'holdout-3', 'stress-2', 'holdout-5', 'blind-6', 'holdout-7'] as const) {
      const rows = samples.filter((sample) => sample.split === split);
      expect(rows.length).toBeGreaterThanOrEqual(40);
      report(split, rows);
    }
  });
});
