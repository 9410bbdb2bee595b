import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Lower-case English words from the Hunspell en_US list (package dictionary-en): mentors open sentences with loanwords
 * ("Thanks voor …", "Followup van …", "Vapes worden …") that the Dutch list does not know and that are no names.
 */
export function loadEnglishWords(): ReadonlySet<string> {
  const indexFile = createRequire(import.meta.url).resolve('dictionary-en');
  const lines = readFileSync(join(dirname(indexFile), 'index.dic'), 'utf8').split('\n');
  const words = new Set<string>();
  for (let i = 1; i < lines.length; i++) {
    const entry = lines[i]!.split('/')[0]!.trim();
    if (entry && entry[0] === entry[0]!.toLowerCase()) words.add(entry);
  }
  return words;
}

const ENDINGS = ['', 's', 'es', 'ed', 'd', 'ing', "'s"];

/** Whether a lower-case word, or its stem without a plural, past or -ing ending, is an English word. */
export function isEnglishWord(lower: string, words: ReadonlySet<string>): boolean {
  return ENDINGS.some((ending) => lower.endsWith(ending) && words.has(lower.slice(0, lower.length - ending.length)));
}
