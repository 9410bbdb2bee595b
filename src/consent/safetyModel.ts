import { join } from 'node:path';
import { z } from 'zod/v4';
import { loadYamlFile } from '../knowledge/yaml';
import { basicNormalize } from './text';

/**
 * A statistical second opinion for safety, under the rules of safety.yaml: logistic regression over words, word pairs
 * and 3- to 5-letter pieces of words, with one head for acute danger and one for abuse or neglect, trained on the
 * labelled examples in knowledge/consent (made from the corpus by `npm run consent:safety-examples`). Deterministic
 * (a fixed hash, the examples in file order, no randomness) and small enough to train when first used. Its two
 * finding heads only ever make the bot ask (Q-NOOD, Q-ZORGEN). Its two certainty heads, trained only on the danger
 * (abuse) texts on whether the corpus decides them (V-ACUUT, V-MELDCODE) or asks first, turn a danger or abuse already
 * found into the decision when confident: escalating a safety question to its safety verdict, never dropping it.
 */

export const SAFETY_MODEL_FILE = 'safety-model.yaml';

const probability = z.number().gt(0).lt(1);
export const safetyModelFileSchema = z
  .object({
    /** The labelled examples, a JSON file next to this one. */
    examples: z.string().regex(/^[\w.-]+\.json$/, 'een bestandsnaam (.json) in dezelfde map'),
    /** A head asks its question from this score on (0–1): lower asks more often. */
    thresholds: z.object({ acute: probability, abuse: probability }).strict(),
    /** A danger (abuse) already found is decided instead of asked from this certainty score on (0–1): lower decides more often. */
    certainty: z.object({ acute: probability, abuse: probability }).strict(),
  })
  .strict();

/**
 * `acute`/`abuse`: the labels accept the safety question or verdict of that kind first. `acuteCertain`/`abuseCertain`,
 * only on texts of that kind: the labels accept the verdict itself (V-ACUUT, V-MELDCODE), not only the question.
 */
export const safetyExamplesSchema = z
  .array(
    z
      .object({
        text: z.string().min(1),
        acute: z.boolean(),
        abuse: z.boolean(),
        acuteCertain: z.boolean().optional(),
        abuseCertain: z.boolean().optional(),
      })
      .strict(),
  )
  .min(1);
export type LabelledSafetyText = z.infer<typeof safetyExamplesSchema>[number];

export interface SafetyScores {
  acute: number;
  abuse: number;
}

export interface SafetyNet {
  thresholds: SafetyScores;
  certainty: SafetyScores;
  /** The scores of both finding heads for a text as typed (0–1). */
  scores: (text: string) => SafetyScores;
  /** How sure the certainty heads are that a danger (abuse) text is decided rather than asked (0–1). */
  certaintyScores: (text: string) => SafetyScores;
  /** Trains the heads now (about a second), so that the first question after start-up does not wait for it. */
  warmUp: () => void;
}

interface Head {
  weights: Float64Array;
  bias: number;
}

/** 2^18 buckets: few collisions for a corpus of a few thousand texts. */
const BUCKETS = 1 << 18;
const EPOCHS = 30;
const LEARNING_RATE = 0.2;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const mix = (hash: number, code: number) => Math.imul(hash ^ code, FNV_PRIME);
const slot = (hash: number) => (hash >>> 0) & (BUCKETS - 1);

/** The text as the model reads it: lower case without accents, words of letters and digits. */
const wordsOf = (text: string) => basicNormalize(text).split(/[^a-z0-9]+/).filter(Boolean);

/**
 * The hashed features of a text: each word, each pair of words, and the 3- to 5-letter pieces of each word padded
 * with a space (so a piece can mark the start or end of a word). FNV-1a over the characters, with a kind prefix.
 */
function featuresOf(text: string): Uint32Array {
  const features: number[] = [];
  let previous: number | undefined;
  for (const word of wordsOf(text)) {
    let whole = mix(FNV_OFFSET, 119);
    for (let i = 0; i < word.length; i++) whole = mix(whole, word.charCodeAt(i));
    features.push(slot(whole));
    if (previous !== undefined) features.push(slot(mix(mix(whole, 32), previous)));
    previous = whole;
    const padded = ` ${word} `;
    for (let start = 0; start + 3 <= padded.length; start++) {
      let piece = mix(FNV_OFFSET, 99);
      for (let size = 1; size <= 5 && start + size <= padded.length; size++) {
        piece = mix(piece, padded.charCodeAt(start + size - 1));
        if (size >= 3) features.push(slot(piece));
      }
    }
  }
  return Uint32Array.from(features);
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Each feature counts 1/sqrt(n), so a long text does not score high by its length alone; a short text counts as if
 * it had SHORT features, so a few common words ("mag ik dit delen?") stay near the prior instead of deciding.
 */
const SHORT = 100;
const scale = (features: Uint32Array) => 1 / Math.sqrt(Math.max(features.length, SHORT));

function logit(head: Head, features: Uint32Array): number {
  let sum = 0;
  for (const feature of features) sum += head.weights[feature]!;
  return head.bias + sum * scale(features);
}

/** Stochastic gradient descent in file order, with the rarer class weighted up so both count the same. */
function trainHead(examples: { features: Uint32Array; target: number }[]): Head {
  const head: Head = { weights: new Float64Array(BUCKETS), bias: 0 };
  const positives = examples.filter((example) => example.target === 1).length;
  const positiveWeight = positives === 0 ? 1 : (examples.length - positives) / positives;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = LEARNING_RATE / Math.sqrt(1 + epoch);
    for (const { features, target } of examples) {
      const error = (sigmoid(logit(head, features)) - target) * (target === 1 ? positiveWeight : 1);
      const step = rate * error * scale(features);
      for (const feature of features) head.weights[feature] = head.weights[feature]! - step;
      head.bias -= rate * error * 0.1;
    }
  }
  return head;
}

type Heads = Record<'acute' | 'abuse' | 'acuteCertain' | 'abuseCertain', Head>;

/**
 * A net over these examples; the heads are trained on the first text scored, so loading the knowledge stays fast.
 * Once trained it lets go of the examples: the heads are all it needs, and the process keeps running for months.
 */
export function createSafetyNet(examples: LabelledSafetyText[], thresholds: SafetyScores, certainty: SafetyScores): SafetyNet {
  let heads: Heads | undefined;
  let untrained: LabelledSafetyText[] | undefined = examples;
  const train = (): Heads => {
    const read = untrained!.map((example) => ({ ...example, features: featuresOf(example.text) }));
    untrained = undefined;
    const on = (label: 'acute' | 'abuse' | 'acuteCertain' | 'abuseCertain') =>
      trainHead(read.filter((example) => example[label] !== undefined).map((example) => ({ features: example.features, target: example[label] ? 1 : 0 })));
    return { acute: on('acute'), abuse: on('abuse'), acuteCertain: on('acuteCertain'), abuseCertain: on('abuseCertain') };
  };
  const score = (acute: keyof Heads, abuse: keyof Heads) => (text: string) => {
    heads ??= train();
    const features = featuresOf(text);
    return { acute: sigmoid(logit(heads[acute], features)), abuse: sigmoid(logit(heads[abuse], features)) };
  };
  return {
    thresholds,
    certainty,
    warmUp: () => {
      heads ??= train();
    },
    scores: score('acute', 'abuse'),
    certaintyScores: score('acuteCertain', 'abuseCertain'),
  };
}

/** Loads safety-model.yaml and its examples from `dir`; a wrong threshold or example names file and field. */
export function loadSafetyNet(dir: string): SafetyNet {
  const settings = loadYamlFile(join(dir, SAFETY_MODEL_FILE), safetyModelFileSchema);
  return createSafetyNet(loadYamlFile(join(dir, settings.examples), safetyExamplesSchema), settings.thresholds, settings.certainty);
}
