/**
 * Turns a mentor's chat message into a plain, predictable string for the fact patterns: lower case, no accents,
 * chat shorthand written out, known multi-word roles joined into one token, and typos in the words the patterns
 * look for corrected. The words come from knowledge/consent/vocabulary.yaml. Only tokens of 7 letters or more are
 * corrected, and only into a word of its `correct` list.
 */

import type { Vocabulary } from './vocabulary';

/** Dutch number words for ages a pupil can have; smaller numbers stay words so "twee weken" is no age. */
const NUMBER_WORDS: Record<string, number> = {
  tien: 10, elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18,
  negentien: 19, twintig: 20,
};

/** The text without accents ("coördinator" → "coordinator"), its case kept. */
export const withoutAccents = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** Lower case without accents, apostrophes and quotes normalised, number words and "14jr" split into digits. */
export function basicNormalize(text: string): string {
  return withoutAccents(text)
    // "ZAT" in capitals is the zorg- en adviesteam, never the verb ("ze zat te huilen")
    .replace(/\bZAT\b/g, 'zat-overleg')
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/\bj\s*&\s*g\b/g, 'jgc')
    .replace(/\bgw\s?[-']\s?ers?\b/g, 'gedragswetenschapper')
    .replace(/\b(m|z|d)'n\b/g, (_m, letter: string) => ({ m: 'mijn', z: 'zijn', d: 'de' })[letter] ?? letter)
    .replace(/\bd'r\b/g, 'haar')
    .replace(/'t\b/g, 'het')
    .replace(/'m\b/g, ' hem')
    .replace(/\b(tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig)(jarige|jarig)?\b/g,
      (_m, word: string, suffix?: string) => `${NUMBER_WORDS[word]}${suffix ? ` ${suffix}` : ''}`)
    .replace(/\b(\d{1,2})\s?(jr|j|jaar|jarige|jarig)\b/g, (_m, n: string, unit: string) => `${n} ${unit === 'jr' || unit === 'j' ? 'jaar' : unit}`);
}

/** The string the fact patterns run on: single-spaced tokens of letters, digits and "+". */
export function normalizeForFacts(text: string, vocabulary: Vocabulary): string {
  return readText(text, vocabulary).normalized;
}

/**
 * The normalised text and the keywords it contains only because a mistyped token was corrected into them with little
 * certainty (a short word, or two letters off): weak cues. A long word one letter off ("leerplichtambtenar") is sure.
 */
export function readText(text: string, vocabulary: Vocabulary): { normalized: string; corrected: Set<string> } {
  const corrected = new Set<string>();
  const fix = (token: string) => {
    const word = correct(token, vocabulary);
    if (word !== token && (token.length < 10 || editDistance(token, word, 2) > 1)) corrected.add(word);
    return word;
  };
  // Phrases before and after the single words: "jeugd en gezinscoach" is one role, and "vt" becomes "veilig thuis".
  const phrases = (joined: string) => vocabulary.phrases.reduce((out, [phrase, to]) => out.replaceAll(` ${phrase} `, ` ${to} `), joined);
  const tokens = phrases(` ${basicNormalize(text).split(/[^a-z0-9+]+/).filter(Boolean).join(' ')} `)
    .split(' ')
    .filter(Boolean)
    .flatMap((token) => (vocabulary.tokens.get(token) ?? fix(token)).split(' '));
  return { normalized: phrases(` ${tokens.join(' ')} `).trim().replace(/\s+/g, ' '), corrected };
}

/** The nearest keyword for a mistyped token, or the token itself. */
function correct(token: string, { correct: keywords, never }: Vocabulary): string {
  if (token.length < 7 || never.has(token) || /\d/.test(token) || keywords.includes(token)) return token;
  const allowed = token.length >= 10 ? 2 : 1;
  let best = token;
  let bestDistance = allowed + 1;
  for (const word of keywords) {
    if (Math.abs(word.length - token.length) > allowed) continue;
    const distance = editDistance(token, word, allowed);
    if (distance < bestDistance) {
      best = word;
      bestDistance = distance;
    }
  }
  return best;
}

/** Damerau-Levenshtein (optimal string alignment) distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previousPrevious[j - 2]! + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}
