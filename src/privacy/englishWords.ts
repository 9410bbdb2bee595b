import { hasStemIn, hunspellLines } from './hunspell';
import { WordList } from './wordList';

/**
 * Lower-case English words from the Hunspell en_US list (package dictionary-en): mentors open sentences with loanwords
 * ("Thanks voor …", "Followup van …", "Vapes worden …") that the Dutch list does not know and that are no names.
 */
export function loadEnglishWords(): WordList {
  const words: string[] = [];
  for (const line of hunspellLines('dictionary-en')) {
    const entry = line.split('/')[0]!.trim();
    if (entry && entry[0] === entry[0]!.toLowerCase()) words.push(entry);
  }
  return new WordList(words);
}

const ENDINGS = ['', 's', 'es', 'ed', 'd', 'ing', "'s"];

/** Whether a lower-case word, or its stem without a plural, past or -ing ending, is an English word. */
export function isEnglishWord(lower: string, words: WordList): boolean {
  return hasStemIn(lower, words, ENDINGS);
}
