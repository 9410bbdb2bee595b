import { join } from 'node:path';
import { z } from 'zod/v4';
import { KnowledgeError, loadYamlFile } from '../knowledge/yaml';

/**
 * The question and option ids the code itself relies on (the text extractor produces them, tests and users
 * refer to them). The knowledge files may add questions and options, but must keep these.
 */
export const STABLE_QUESTIONS = {
  'Q-NOOD': ['ja', 'twijfel', 'nee'],
  'Q-ZORGEN': ['ja', 'twijfel', 'nee'],
  'Q-HERKENBAAR': ['ja', 'twijfel', 'nee'],
  'Q-MET-WIE': ['MW1', 'MW2', 'MW3', 'MW4', 'MW5', 'MW6', 'MW7', 'MW8', 'MW9', 'MW10', 'MW11', 'MW12'],
  'Q-JOS': ['J1', 'J2', 'J3', 'J4', 'J5', 'J6', 'J7'],
  'Q-WIJKTEAM': ['W1', 'W2', 'W3', 'W4'],
  'Q-MDO': ['ja', 'nee'],
  'Q-LEERPLICHT': ['L1', 'L2'],
  'Q-GGD': ['G1', 'G2', 'G3', 'G4', 'G5'],
  'Q-OVERSTAP': ['S1', 'S2', 'S3'],
  'Q-OUDERS': ['P1', 'P2', 'P3', 'P4'],
  'Q-LEEFTIJD': ['<12', '12-15', '16-17', '18+', 'onbekend'],
  'Q-GEZAG': ['beide', 'een', 'voogd', 'onbekend', 'oneens', 'geheim'],
  'Q-BELANG': ['nee', 'twijfel'],
  'Q-WILSBEKWAAM': ['nee', 'twijfel'],
  'Q-NA18': ['nee', 'ja'],
  'Q-MELDBEVOEGD': ['ja', 'nee'],
} as const;

export type StableQuestion = keyof typeof STABLE_QUESTIONS;
export type OptionOf<Q extends StableQuestion> = (typeof STABLE_QUESTIONS)[Q][number];
export type StableAnswers = { [Q in StableQuestion]?: OptionOf<Q> };

/** The parties the vocabulary may name; the parents (MW8) are read from how a sentence is built, not from one word. */
const WORD_PARTIES = ['MW1', 'MW2', 'MW3', 'MW4', 'MW5', 'MW6', 'MW7', 'MW9', 'MW10', 'MW11', 'MW12'] as const;
export type WordParty = (typeof WORD_PARTIES)[number];

const term = z.string().regex(/^[a-z0-9+]+(?: [a-z0-9+]+)*\*?$/, 'kleine letters en cijfers, woorden met één spatie ertussen');

export const vocabularyFileSchema = z
  .object({
    words: z.record(term, z.string().regex(/^[a-z0-9+]+(?: [a-z0-9+]+)*$/, 'kleine letters en cijfers')),
    parties: z.object(Object.fromEntries(WORD_PARTIES.map((party) => [party, z.array(term).min(1)])) as Record<WordParty, z.ZodArray<typeof term>>).strict(),
    correct: z.array(z.string().regex(/^[a-z]+$/, 'één woord in kleine letters')),
    never: z.array(z.string()).default([]),
  })
  .strict();

export interface Vocabulary {
  /** Single-token rewrites ("zoco" → "zorgcoordinator"). */
  tokens: Map<string, string>;
  /** Multi-token rewrites, longest first ("jeugd en gezinscoach" → "jgc"). */
  phrases: [string, string][];
  /** Per party, in the file's order, a pattern of its words. */
  parties: Map<WordParty, RegExp>;
  correct: string[];
  never: Set<string>;
}

export const VOCABULARY_FILE = 'vocabulary.yaml';

/**
 * Loads the words of knowledge/consent/vocabulary.yaml. Refuses a term that points to two facts: the same term
 * under two parties, or a rewritten word that a party also lists (the rewrite would hide it).
 */
export function loadVocabulary(dir: string): Vocabulary {
  const file = join(dir, VOCABULARY_FILE);
  const data = loadYamlFile(file, vocabularyFileSchema);
  const toSource = (words: string[]) => `^(?:${words.map((word) => word.replace(/\*$/, '\\w*').replace(/\+/g, '\\+')).join('|')})$`;
  const whole = new Map(WORD_PARTIES.map((party) => [party, new RegExp(toSource(data.parties[party]))]));
  for (const party of WORD_PARTIES) {
    for (const [index, word] of data.parties[party].entries()) {
      const field = `parties.${party}[${index}]`;
      const bare = word.replace(/\*$/, '');
      const other = WORD_PARTIES.find((candidate) => candidate !== party && whole.get(candidate)!.test(bare));
      if (other) throw new KnowledgeError(file, field, `"${word}" staat ook bij ${other}: een woord wijst naar één partij`);
      if (data.words[bare] !== undefined) throw new KnowledgeError(file, field, `"${word}" wordt onder words al gelezen als "${data.words[bare]}"`);
    }
  }
  const entries = Object.entries(data.words);
  return {
    tokens: new Map(entries.filter(([from]) => !from.includes(' '))),
    phrases: entries.filter(([from]) => from.includes(' ')).sort(([a], [b]) => b.split(' ').length - a.split(' ').length),
    parties: new Map(WORD_PARTIES.map((party) => [party, new RegExp(toSource(data.parties[party]).replace(/^\^/, '\\b').replace(/\$$/, '\\b'))])),
    correct: data.correct,
    never: new Set(data.never),
  };
}
