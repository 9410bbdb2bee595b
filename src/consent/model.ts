import { z } from 'zod/v4';
import type { SafetyCues } from './safety';
import type { SafetyNet } from './safetyModel';
import type { Vocabulary } from './vocabulary';

/** The fixed verdict codes: users, the FG and tests refer to them, so they never change. */
export const VERDICT_CODES = [
  'V-GEEN',
  'V-INFO',
  'V-OUDERS16',
  'V-OUDERS12',
  'V-BEIDEN',
  'V-LEERLING16',
  'V-LEERLING18',
  'V-MELDCODE',
  'V-ACUUT',
  'V-NIET',
  'V-FG',
] as const;
export type VerdictCode = (typeof VERDICT_CODES)[number];

/** Verdicts that are unsafe to give when a stricter one applies: they tell the mentor no consent is needed. */
export const PERMISSIVE_VERDICTS: readonly VerdictCode[] = ['V-GEEN', 'V-INFO'];

const id = z.string().regex(/^[A-Za-z0-9<>+-]+$/, 'gebruik letters, cijfers en streepjes');
const sentence = z.string().trim().min(1, 'mag niet leeg zijn');

/** authority: 1 law or ruling, 2 national guidance, 3 regulator or sector body, 4 other; the card shows the most authoritative first. */
export const sourcesFileSchema = z.record(
  id,
  z.object({ title: sentence, url: z.url(), authority: z.number().int().min(1).max(4).default(4) }).strict(),
);

export const rulesFileSchema = z.record(
  id,
  z
    .object({
      title: sentence,
      why: sentence,
      ground: sentence,
      /** What of the legal ground nobody has checked in the text of the law yet: never on a card (`ground` holds only what is checked), listed for the FG. */
      unverified: z.array(sentence).default([]),
      sources: z.array(id),
      steps: z.array(sentence).default([]),
      general: z.boolean().default(false),
      origin: sentence,
    })
    .strict(),
);

/**
 * `blocksPermissive`: a fact that leads only to consent or the FG (a secret kept from the parents, a voogd, a refusal). Read
 * from the text but off the path to a consent-free verdict, it means the branch was misread: the bot asks instead.
 */
const questionOptionSchema = z.object({ label: sentence, short: sentence, blocksPermissive: z.boolean().default(false) }).strict();

export const questionsFileSchema = z.record(
  id,
  z
    .object({
      text: sentence,
      topic: sentence,
      options: z.record(id, questionOptionSchema),
      assume: z
        .object({ option: id, text: sentence, correction: sentence, correctTo: id.optional() })
        .strict()
        .optional(),
    })
    .strict(),
);

const edgeSchema = z
  .object({ next: id, rules: z.array(id).default([]), note: sentence.optional() })
  .strict();

const questionNodeSchema = z.object({ ask: id, options: z.record(id, edgeSchema) }).strict();
const leafSchema = z
  .object({
    verdict: z.string(),
    rules: z.array(id),
    headline: sentence.optional(),
    steps: z.array(sentence).default([]),
  })
  .strict();

export const treeFileSchema = z
  .object({
    root: id,
    nodes: z.record(
      id,
      z.union([questionNodeSchema, leafSchema], {
        error: 'een knoop heeft óf `ask` met `options` (een vraag) óf `verdict` met `rules` (een blad)',
      }),
    ),
  })
  .strict();

export const verdictsFileSchema = z
  .object({
    safetyLine: sentence,
    checkLine: sentence,
    consentRequirements: z.object({ rule: id, items: z.array(sentence).min(1) }).strict(),
    verdicts: z.record(
      z.string(),
      z.object({ headline: sentence, why: sentence, steps: z.array(sentence), consent: z.boolean() }).strict(),
    ),
  })
  .strict();

export type Source = z.infer<typeof sourcesFileSchema>[string];
export type Rule = z.infer<typeof rulesFileSchema>[string];
export type Question = z.infer<typeof questionsFileSchema>[string];
export type Edge = z.infer<typeof edgeSchema>;
export type QuestionNode = z.infer<typeof questionNodeSchema>;
export type Leaf = Omit<z.infer<typeof leafSchema>, 'verdict'> & { verdict: VerdictCode };
export type TreeNode = QuestionNode | Leaf;
export type VerdictText = z.infer<typeof verdictsFileSchema>['verdicts'][string];

/** The words and signals the text reader uses (vocabulary.yaml, safety.yaml), loaded with the rest of the knowledge. */
export interface TextCues {
  vocabulary: Vocabulary;
  safety: SafetyCues;
  /** The statistical second opinion for safety (safety-model.yaml): asks where the rules found nothing; absent, only the rules read safety. */
  safetyNet?: SafetyNet;
}

export interface ConsentKnowledge {
  root: string;
  nodes: Record<string, TreeNode>;
  questions: Record<string, Question>;
  rules: Record<string, Rule>;
  sources: Record<string, Source>;
  verdicts: Record<VerdictCode, VerdictText>;
  safetyLine: string;
  checkLine: string;
  consentRequirements: { rule: string; items: string[] };
  cues: TextCues;
}

export function isLeaf(node: TreeNode): node is Leaf {
  return 'verdict' in node;
}

/**
 * What the bot knows about one question: answers (question id → option id) and the questions the mentor
 * wants asked even though the bot would otherwise assume an answer (`ask`). Never a name or the question text.
 */
export const factsSchema = z
  .object({
    answers: z.record(z.string().max(40), z.string().max(40)).default({}),
    ask: z.array(z.string().max(40)).max(20).default([]),
    /** Options the text narrows a question to ("brugklasser": jonger dan 12 of 12 t/m 15); asked only if the verdict differs. */
    ranges: z.record(z.string().max(40), z.array(z.string().max(40)).min(2).max(10)).optional(),
    /**
     * Answers read from a weak cue (a mistyped word, a verb that only hints): never decisive for a consent-free verdict
     * (then the bot asks), and shown on any other verdict as an assumption the mentor can correct.
     */
    weak: z.array(z.string().max(40)).max(20).optional(),
  })
  .strict();
export type Facts = z.infer<typeof factsSchema>;

export const emptyFacts = (): Facts => ({ answers: {}, ask: [] });
