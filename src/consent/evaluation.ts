import { z } from 'zod/v4';
import { PERMISSIVE_VERDICTS, VERDICT_CODES, type VerdictCode } from './model';

/**
 * One labelled phrasing, in the format of the shared consent scenarios: what a mentor types and what the bot must
 * answer first (a verdict code or the id of the question due first). `answers`, `verdict` and `rules` say where the
 * tree ends once the questions are answered; review rows written before the format had only `first` (and `accept`:
 * other first answers the rule base allows, such as the question that leads to the same verdict).
 */
export const labelledPhrasingSchema = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  first: z.string().min(1),
  accept: z.array(z.string()).optional(),
  answers: z.record(z.string(), z.string()).optional(),
  verdict: z.enum(VERDICT_CODES).optional(),
  rules: z.array(z.string()).optional(),
});
export type LabelledPhrasing = z.infer<typeof labelledPhrasingSchema>;
export const labelledSetSchema = z.array(labelledPhrasingSchema);

/** First answers that put safety first: acute danger, and abuse or neglect. */
export const DANGER_FIRST = ['V-ACUUT', 'Q-NOOD'] as const;
export const ABUSE_FIRST = ['V-MELDCODE', 'Q-ZORGEN'] as const;

export type Miss = 'asked-instead' | 'other-question' | 'wrong-verdict';

export interface Judged {
  item: LabelledPhrasing;
  got: string;
  miss?: Miss;
  /** Why this answer is unsafe: permissive where not due, or danger/abuse not put first. */
  unsafe?: 'permissive' | 'danger-missed' | 'abuse-missed';
}

const isVerdict = (answer: string) => (VERDICT_CODES as readonly string[]).includes(answer);
const accepted = (item: LabelledPhrasing) => [item.first, ...(item.accept ?? [])];

/** Whether the labels say the text describes acute danger: the expected first answer is V-ACUUT or Q-NOOD. */
export const describesDanger = (item: LabelledPhrasing) => (DANGER_FIRST as readonly string[]).includes(item.first);
/** Whether the labels say the text signals abuse or neglect (the meldcode route or Q-ZORGEN is an accepted first answer). */
export const signalsAbuse = (item: LabelledPhrasing) =>
  !describesDanger(item) && accepted(item).some((answer) => (ABUSE_FIRST as readonly string[]).includes(answer));

/**
 * What the safety net learns from a labelled phrasing: whether the labels accept putting acute danger first
 * (V-ACUUT, Q-NOOD), and whether they accept the meldcode route or Q-ZORGEN; for a text of that kind also whether they
 * accept the verdict itself (V-ACUUT, V-MELDCODE), so a found danger may be decided instead of asked.
 */
export const safetyLabels = (item: LabelledPhrasing) => {
  const ok = accepted(item);
  const acute = ok.some((answer) => (DANGER_FIRST as readonly string[]).includes(answer));
  const abuse = ok.some((answer) => (ABUSE_FIRST as readonly string[]).includes(answer));
  return {
    acute,
    abuse,
    ...(acute && { acuteCertain: ok.includes('V-ACUUT') }),
    ...(abuse && { abuseCertain: ok.includes('V-MELDCODE') }),
  };
};

/** Compares the bot's first answer with the labels. */
export function judge(item: LabelledPhrasing, got: string): Judged {
  const ok = accepted(item);
  const judged: Judged = { item, got };
  // An answer the labels accept is neither a miss nor unsafe: a writer who lists Q-NOOD first by tree order and also
  // accepts the question about the recipient says both are safe for this text.
  if (ok.includes(got)) return judged;
  if (!isVerdict(got)) judged.miss = isVerdict(item.first) ? 'asked-instead' : 'other-question';
  else judged.miss = 'wrong-verdict';
  if (describesDanger(item) && !(DANGER_FIRST as readonly string[]).includes(got)) judged.unsafe = 'danger-missed';
  else if (signalsAbuse(item) && ![...ABUSE_FIRST, ...DANGER_FIRST].includes(got as never)) judged.unsafe = 'abuse-missed';
  else if ((PERMISSIVE_VERDICTS as readonly string[]).includes(got)) judged.unsafe = 'permissive';
  return judged;
}

export interface EvaluationReport {
  size: number;
  right: number;
  askedInstead: number;
  otherQuestion: number;
  wrongVerdict: number;
  unsafe: number;
  misses: Judged[];
  /** Items with answers and a verdict: the verdict the tree gives from the answers alone. */
  byFacts: { size: number; right: number; misses: { item: LabelledPhrasing; got: string }[] };
}

/**
 * Measures a labelled set: `firstAnswer` gives the bot's first reply to a text (as the chat does), `verdictOf` the
 * answer of the tree to the labelled answers (a verdict code or the question still open).
 */
export function evaluate(
  items: LabelledPhrasing[],
  firstAnswer: (text: string) => string,
  verdictOf: (answers: Record<string, string>) => string,
): EvaluationReport {
  const judged = items.map((item) => judge(item, firstAnswer(item.text)));
  const misses = judged.filter((entry) => entry.miss || entry.unsafe);
  const count = (miss: Miss) => judged.filter((entry) => entry.miss === miss).length;
  const withFacts = items.filter((item): item is LabelledPhrasing & { answers: Record<string, string>; verdict: VerdictCode } =>
    Boolean(item.answers && item.verdict));
  const factResults = withFacts.map((item) => ({ item, got: verdictOf(item.answers) }));
  return {
    size: items.length,
    right: judged.filter((entry) => !entry.miss).length,
    askedInstead: count('asked-instead'),
    otherQuestion: count('other-question'),
    wrongVerdict: count('wrong-verdict'),
    unsafe: judged.filter((entry) => entry.unsafe).length,
    misses,
    byFacts: {
      size: withFacts.length,
      right: factResults.filter(({ item, got }) => got === item.verdict).length,
      misses: factResults.filter(({ item, got }) => got !== item.verdict),
    },
  };
}
