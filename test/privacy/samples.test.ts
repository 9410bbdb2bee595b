import { describe, expect, it } from 'vitest';
import { formatScores, measureScreen, type LabelledSample } from '../../src/privacy';
import { screen as screenText } from '../helpers/screen';
import fixture from '../fixtures/identifying-samples.json';
import blindBatch1 from './corpus/blind-b1.json';
import blindBatch2 from './corpus/blind-b2.json';
import blindBatch3 from './corpus/blind-b3.json';
import blindBatch4 from './corpus/blind-b4.json';
import blindBatch5 from './corpus/blind-b5.json';
import blindBatch6 from './corpus/blind-b6.json';
import blindBatch7 from './corpus/blind-b7.json';
import blindBatch8 from './corpus/blind-b8.json';
import blindBatch9 from './corpus/blind-b9.json';
import blindBatch10 from './corpus/blind-b10.json';
import blindBatch11 from './corpus/blind-b11.json';
import blindBatch12 from './corpus/blind-b12.json';
import blindBatch13 from './corpus/blind-b13.json';
import blindBatch14 from './corpus/blind-b14.json';
import blindBatch15 from './corpus/blind-b15.json';
import blindBatch16 from './corpus/blind-b16.json';
import blindBatch17 from './corpus/blind-b17.json';
import blindBatch18 from './corpus/blind-b18.json';
import blindBatch19 from './corpus/blind-b19.json';
import blindBatch20 from './corpus/blind-b20.json';
import blindBatch21 from './corpus/blind-b21.json';
import blindBatch22 from './corpus/blind-b22.json';
import blindBatch23 from './corpus/blind-b23.json';
import blindBatch24 from './corpus/blind-b24.json';
import blindBatch25 from './corpus/blind-b25.json';
import blindBatch26 from './corpus/blind-b26.json';
import blindBatch27 from './corpus/blind-b27.json';
import blindBatch28 from './corpus/blind-b28.json';
import blindBatch29 from './corpus/blind-b29.json';
import blindBatch30 from './corpus/blind-b30.json';
import blindBatch31 from './corpus/blind-b31.json';
import blindBatch32 from './corpus/blind-b32.json';
import blindBatch33 from './corpus/blind-b33.json';
import blindBatch34 from './corpus/blind-b34.json';
import blindBatch35 from './corpus/blind-b35.json';
import blindBatch36 from './corpus/blind-b36.json';
import blindBatch37 from './corpus/blind-b37.json';
import blindBatch38 from './corpus/blind-b38.json';
import blindBatch39 from './corpus/blind-b39.json';
import blindBatch40 from './corpus/blind-b40.json';
import blindBatch41 from './corpus/blind-b41.json';
import blindBatch42 from './corpus/blind-b42.json';
import blindBatch43 from './corpus/blind-b43.json';
import blindBatch44 from './corpus/blind-b44.json';
import blindBatch45 from './corpus/blind-b45.json';
import blindBatch46 from './corpus/blind-b46.json';
import blindBatch47 from './corpus/blind-b47.json';
import blindBatch48 from './corpus/blind-b48.json';
import blindBatch49 from './corpus/blind-b49.json';
import blindBatch50 from './corpus/blind-b50.json';
import blindBatch51 from './corpus/blind-b51.json';
import blindBatch52 from './corpus/blind-b52.json';
import blindBatch53 from './corpus/blind-b53.json';
import blindBatch54 from './corpus/blind-b54.json';
import blindBatch55 from './corpus/blind-b55.json';
import blindBatch56 from './corpus/blind-b56.json';
import blindBatch57 from './corpus/blind-b57.json';
import ownProbe1 from './corpus/own-probe-1.json';
import ownProbe2 from './corpus/own-probe-2.json';
import ownProbe3 from './corpus/own-probe-3.json';
import ownProbe4 from './corpus/own-probe-4.json';
import ownProbe5 from './corpus/own-probe-5.json';
import ownProbe6 from './corpus/own-probe-6.json';
import ownProbe7 from './corpus/own-probe-7.json';
import ownProbe8 from './corpus/own-probe-8.json';
import ownProbe9 from './corpus/own-probe-9.json';
import ownProbe10 from './corpus/own-probe-10.json';
import ownProbe11 from './corpus/own-probe-11.json';
import ownProbe12 from './corpus/own-probe-12.json';
import ownProbe13 from './corpus/own-probe-13.json';
import ownProbe14 from './corpus/own-probe-14.json';
import ownProbe15 from './corpus/own-probe-15.json';
import ownProbe16 from './corpus/own-probe-16.json';
import ownProbe17 from './corpus/own-probe-17.json';
import ownProbe18 from './corpus/own-probe-18.json';
import ownProbe19 from './corpus/own-probe-19.json';
import ownProbe20 from './corpus/own-probe-20.json';
import ownProbe21 from './corpus/own-probe-21.json';
import ownProbe22 from './corpus/own-probe-22.json';
import ownProbe23 from './corpus/own-probe-23.json';
import ownProbe24 from './corpus/own-probe-24.json';
import ownProbe25 from './corpus/own-probe-25.json';
import ownProbe26 from './corpus/own-probe-26.json';
import ownProbe27 from './corpus/own-probe-27.json';
import ownProbe28 from './corpus/own-probe-28.json';

interface Sample extends LabelledSample {
  split: 'dev' | 'holdout' | 'stress' | 'holdout-3' | 'stress-2' | 'holdout-5' | 'blind-6' | 'holdout-7';
}

const samples = fixture.samples as Sample[];
const now = new Date('2026-11-23T12:00:00Z');

function report(label: string, rows: readonly LabelledSample[], at = now) {
  const scores = measureScreen(screenText, rows, at);
  process.stdout.write(`${formatScores(`privacy screen, ${label}`, scores).join('\n')}\n`);
  return scores;
}

describe('identifying-details screen on the labelled sample set', () => {
  it('has at least 150 sentences, about half identifying, with a held-out part', () => {
    expect(samples.length).toBeGreaterThanOrEqual(150);
    const identifying = samples.filter((sample) => sample.identifying).length;
    expect(Math.abs(identifying - samples.length / 2)).toBeLessThanOrEqual(samples.length * 0.05);
    expect(samples.filter((sample) => sample.split === 'holdout').length).toBeGreaterThanOrEqual(50);
  });

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

  // Blind batches are no longer blind once measured (docs/privacy-accuracy.md has their first-time figures); kept here
  // so a later change that breaks what they taught shows up. b56 and b57 met the target on first measurement (issue
  // 12's two consecutive blind batches) and were not fixed afterwards.
  for (const [label, batch] of [['blind-b1', blindBatch1], ['blind-b2', blindBatch2], ['blind-b3', blindBatch3], ['blind-b4', blindBatch4], ['blind-b5', blindBatch5], ['blind-b6', blindBatch6], ['blind-b7', blindBatch7], ['blind-b8', blindBatch8], ['blind-b9', blindBatch9], ['blind-b10', blindBatch10], ['blind-b11', blindBatch11], ['blind-b12', blindBatch12], ['blind-b13', blindBatch13], ['blind-b14', blindBatch14], ['blind-b15', blindBatch15], ['blind-b16', blindBatch16], ['blind-b17', blindBatch17], ['blind-b18', blindBatch18], ['blind-b19', blindBatch19], ['blind-b20', blindBatch20], ['blind-b21', blindBatch21], ['blind-b22', blindBatch22], ['blind-b23', blindBatch23], ['blind-b24', blindBatch24], ['blind-b25', blindBatch25], ['blind-b26', blindBatch26], ['blind-b27', blindBatch27], ['blind-b28', blindBatch28], ['blind-b29', blindBatch29], ['blind-b30', blindBatch30], ['blind-b31', blindBatch31], ['blind-b32', blindBatch32], ['blind-b33', blindBatch33], ['blind-b34', blindBatch34], ['blind-b35', blindBatch35], ['blind-b36', blindBatch36], ['blind-b37', blindBatch37], ['blind-b38', blindBatch38], ['blind-b39', blindBatch39], ['blind-b40', blindBatch40], ['blind-b41', blindBatch41], ['blind-b42', blindBatch42], ['blind-b43', blindBatch43], ['blind-b44', blindBatch44], ['blind-b45', blindBatch45], ['blind-b46', blindBatch46], ['blind-b47', blindBatch47], ['blind-b48', blindBatch48], ['blind-b49', blindBatch49], ['blind-b50', blindBatch50], ['blind-b51', blindBatch51], ['blind-b52', blindBatch52], ['blind-b53', blindBatch53], ['blind-b54', blindBatch54], ['blind-b55', blindBatch55], ['blind-b56', blindBatch56], ['blind-b57', blindBatch57], ['own-probe-1', ownProbe1], ['own-probe-2', ownProbe2], ['own-probe-3', ownProbe3], ['own-probe-4', ownProbe4], ['own-probe-5', ownProbe5], ['own-probe-6', ownProbe6], ['own-probe-7', ownProbe7], ['own-probe-8', ownProbe8], ['own-probe-9', ownProbe9], ['own-probe-10', ownProbe10], ['own-probe-11', ownProbe11], ['own-probe-12', ownProbe12], ['own-probe-13', ownProbe13], ['own-probe-14', ownProbe14], ['own-probe-15', ownProbe15], ['own-probe-16', ownProbe16], ['own-probe-17', ownProbe17], ['own-probe-18', ownProbe18], ['own-probe-19', ownProbe19], ['own-probe-20', ownProbe20], ['own-probe-21', ownProbe21], ['own-probe-22', ownProbe22], ['own-probe-23', ownProbe23], ['own-probe-24', ownProbe24], ['own-probe-25', ownProbe25], ['own-probe-26', ownProbe26], ['own-probe-27', ownProbe27], ['own-probe-28', ownProbe28]] as const) {
    it(`meets recall ≥ 97% and false positives ≤ 5% on ${label}`, () => {
      const scores = report(label, batch.samples, new Date('2026-11-29T12:00:00Z'));
      expect(scores.recall).toBeGreaterThanOrEqual(0.97);
      expect(scores.falsePositiveRate).toBeLessThanOrEqual(0.05);
    });
  }
});
