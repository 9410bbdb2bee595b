import type { Screen } from './screen';

/** One labelled sentence: does it identify a pupil or family? */
export interface LabelledSample {
  id?: string;
  identifying: boolean;
  kinds?: readonly string[];
  text: string;
}

export interface ScreenScores {
  positives: number;
  negatives: number;
  recall: number;
  falsePositiveRate: number;
  /** Share of identifying sentences where every labelled kind was among the findings. */
  kindAgreement: number;
  misses: LabelledSample[];
  falseAlarms: Array<{ sample: LabelledSample; found: string[] }>;
}

/** Recall and false-positive rate of `screen` on labelled sentences, with the sentences it got wrong. */
export function measureScreen(screen: Screen, samples: readonly LabelledSample[], now: Date): ScreenScores {
  const results = samples.map((sample) => ({ sample, result: screen(sample.text, { now }) }));
  const positives = results.filter(({ sample }) => sample.identifying);
  const negatives = results.filter(({ sample }) => !sample.identifying);
  const misses = positives.filter(({ result }) => !result.identifying).map(({ sample }) => sample);
  const falseAlarms = negatives
    .filter(({ result }) => result.identifying)
    .map(({ sample, result }) => ({ sample, found: result.findings.map((found) => `${found.kind}: ${found.text}`) }));
  const rightKind = positives.filter(({ sample, result }) => (sample.kinds ?? []).every((kind) => result.findings.some((found) => found.kind === kind)));
  return {
    positives: positives.length,
    negatives: negatives.length,
    recall: positives.length ? (positives.length - misses.length) / positives.length : 1,
    falsePositiveRate: negatives.length ? falseAlarms.length / negatives.length : 0,
    kindAgreement: positives.length ? rightKind.length / positives.length : 1,
    misses,
    falseAlarms,
  };
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** The scores as lines of text: one summary line, then every miss and false alarm. */
export function formatScores(label: string, scores: ScreenScores): string[] {
  const missed = scores.positives - Math.round(scores.recall * scores.positives);
  return [
    `[${label}] ${scores.positives} identifying / ${scores.negatives} not: recall ${percent(scores.recall)} ` +
      `(${scores.positives - missed}/${scores.positives}), false positives ${percent(scores.falsePositiveRate)} ` +
      `(${scores.falseAlarms.length}/${scores.negatives}), right kind ${percent(scores.kindAgreement)}`,
    ...scores.misses.map((sample) => `  missed${sample.id ? ` ${sample.id}` : ''} [${(sample.kinds ?? []).join(',')}]: ${sample.text}`),
    ...scores.falseAlarms.map(({ sample, found }) => `  false alarm${sample.id ? ` ${sample.id}` : ''}: ${sample.text} → ${found.join('; ')}`),
  ];
}
