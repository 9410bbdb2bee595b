import { featuresOf } from './safetyModel';

/**
 * A statistical guess at the first reply the labelled corpus gives a text (a verdict code or a question id):
 * multinomial logistic regression over the hashed features of the safety model (words, word pairs, 3- to 5-letter
 * pieces), folded into fewer buckets to keep the weights small. Deterministic (file order, no randomness).
 */
export interface ReplyGuess {
  label: string;
  probability: number;
}
export interface ReplyModel {
  guess: (text: string) => ReplyGuess;
  /** Trains now, so that the first question after start-up does not wait for it. */
  warmUp: () => void;
}

const BUCKETS = 1 << 16;
const EPOCHS = 8;
/** Words and word pairs only: with the pieces of words it trained 3–6 times slower and gained nothing on the blind batches. */
const PIECES = false;
const LEARNING_RATE = 0.5;

const fold = (features: Uint32Array) => features.map((feature) => feature & (BUCKETS - 1));
const scale = (features: Uint32Array) => 1 / Math.sqrt(Math.max(features.length, 50));

interface Trained {
  labels: string[];
  /** weights[feature * labels + label] */
  weights: Float32Array;
  bias: Float64Array;
}

function scoresOf(model: Trained, features: Uint32Array): Float64Array {
  const size = model.labels.length;
  const logits = Float64Array.from(model.bias);
  const weight = scale(features);
  for (const feature of features) {
    const base = feature * size;
    for (let label = 0; label < size; label++) logits[label]! += model.weights[base + label]! * weight;
  }
  const top = Math.max(...logits);
  let sum = 0;
  for (let label = 0; label < size; label++) sum += logits[label] = Math.exp(logits[label]! - top);
  for (let label = 0; label < size; label++) logits[label]! /= sum;
  return logits;
}

function train(examples: { text: string; label: string }[]): Trained {
  const labels = [...new Set(examples.map((example) => example.label))].sort();
  const model: Trained = { labels, weights: new Float32Array(BUCKETS * labels.length), bias: new Float64Array(labels.length) };
  const read = examples.map((example) => ({ features: fold(featuresOf(example.text, PIECES)), target: labels.indexOf(example.label) }));
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const rate = LEARNING_RATE / Math.sqrt(1 + epoch);
    for (const { features, target } of read) {
      const probabilities = scoresOf(model, features);
      const weight = scale(features);
      for (let label = 0; label < labels.length; label++) {
        const error = probabilities[label]! - (label === target ? 1 : 0);
        if (Math.abs(error) < 1e-4) continue;
        const step = rate * error * weight;
        for (const feature of features) model.weights[feature * labels.length + label]! -= step;
        model.bias[label]! -= rate * error * 0.1;
      }
    }
  }
  return model;
}

/** A model over these labelled texts; trained on the first guess (or warmUp), so loading stays fast. */
export function createReplyModel(examples: { text: string; label: string }[]): ReplyModel {
  let model: Trained | undefined;
  return {
    warmUp: () => {
      model ??= train(examples);
    },
    guess: (text) => {
      model ??= train(examples);
      const probabilities = scoresOf(model, fold(featuresOf(text, PIECES)));
      let best = 0;
      for (let label = 1; label < probabilities.length; label++) if (probabilities[label]! > probabilities[best]!) best = label;
      return { label: model.labels[best]!, probability: probabilities[best]! };
    },
  };
}
