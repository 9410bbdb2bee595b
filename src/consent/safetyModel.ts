import { basicNormalize } from './text';

/**
 * A statistical second opinion for safety: logistic regression over words, word pairs and character n-grams of
 * the normalised text, trained on labelled phrasings (a text is a concern when its labels put danger or abuse first).
 * Deterministic (fixed feature hashing, fixed example order, no randomness) and small, so it is trained when the
 * knowledge is loaded. It only ever adds a question; it never decides a verdict.
 */

export interface SafetyExample {
  /** Text normalised as the fact reader sees it. */
  text: string;
  concern: boolean;
}

export interface SafetyModel {
  weights: Float64Array;
  bias: number;
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  l2: number;
}

const DEFAULT_TRAINING: TrainingOptions = { epochs: 30, learningRate: 0.2, l2: 1e-5 };

/** 2^18 buckets: few collisions for a corpus of a few thousand texts, 2 MB of weights. */
const BUCKETS = 1 << 18;

/** FNV-1a, 32 bits: a fixed hash, so training and scoring give the same bucket on every run. */
function bucket(feature: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    hash ^= feature.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & (BUCKETS - 1);
}

/** The hashed features of a normalised text, each once: words, word pairs, and 3- to 5-letter pieces of each word. */
export function featuresOf(text: string): Uint32Array {
  const words = text.split(' ').filter(Boolean);
  const seen = new Set<number>();
  words.forEach((word, index) => {
    seen.add(bucket(`w ${word}`));
    if (index > 0) seen.add(bucket(`b ${words[index - 1]} ${word}`));
    const padded = ` ${word} `;
    for (let size = 3; size <= 5; size++)
      for (let start = 0; start + size <= padded.length; start++) seen.add(bucket(`c ${padded.slice(start, start + size)}`));
  });
  return Uint32Array.from(seen);
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function logit(model: SafetyModel, features: Uint32Array): number {
  let sum = 0;
  for (const feature of features) sum += model.weights[feature]!;
  // Each feature counts 1/sqrt(n): a long text does not score high by its length alone.
  return model.bias + sum / Math.sqrt(Math.max(features.length, 1));
}

/** Trains by stochastic gradient descent in the order given, with the positive class weighted to balance the two. */
export function trainSafetyModel(examples: SafetyExample[], options: Partial<TrainingOptions> = {}): SafetyModel {
  const { epochs, learningRate, l2 } = { ...DEFAULT_TRAINING, ...options };
  const model: SafetyModel = { weights: new Float64Array(BUCKETS), bias: 0 };
  const encoded = examples.map((example) => ({ features: featuresOf(example.text), target: example.concern ? 1 : 0 }));
  const positives = encoded.filter((example) => example.target === 1).length;
  const positiveWeight = positives === 0 ? 1 : (encoded.length - positives) / positives;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const rate = learningRate / (1 + epoch);
    for (const { features, target } of encoded) {
      const error = (sigmoid(logit(model, features)) - target) * (target === 1 ? positiveWeight : 1);
      const step = (rate * error) / Math.sqrt(Math.max(features.length, 1));
      for (const feature of features) model.weights[feature] = model.weights[feature]! * (1 - rate * l2) - step;
      model.bias -= rate * error * 0.1;
    }
  }
  return model;
}

/** The probability the model gives that the normalised text describes danger or abuse. */
export function concernScore(model: SafetyModel, text: string): number {
  return sigmoid(logit(model, featuresOf(text)));
}

/** The two heads of the net: acute danger (Q-NOOD) and abuse or neglect (Q-ZORGEN), each with its threshold. */
export interface SafetyNet {
  acute: SafetyModel;
  abuse: SafetyModel;
  thresholds: { acute: number; abuse: number };
}

export interface LabelledSafetyText {
  text: string;
  acute: boolean;
  abuse: boolean;
}

/** The text as the model reads it: lower case without accents, single-spaced words of letters and digits. */
export function modelText(text: string): string {
  return basicNormalize(text).split(/[^a-z0-9]+/).filter(Boolean).join(' ');
}

export function trainSafetyNet(texts: LabelledSafetyText[], thresholds: SafetyNet['thresholds']): SafetyNet {
  const read = texts.map((entry) => ({ ...entry, text: modelText(entry.text) }));
  return {
    acute: trainSafetyModel(read.map(({ text, acute }) => ({ text, concern: acute }))),
    abuse: trainSafetyModel(read.map(({ text, abuse }) => ({ text, concern: abuse }))),
    thresholds,
  };
}

/** The scores of both heads for a raw text. */
export function safetyScores(net: SafetyNet, text: string): { acute: number; abuse: number } {
  const read = modelText(text);
  return { acute: concernScore(net.acute, read), abuse: concernScore(net.abuse, read) };
}
