import { join, resolve } from 'node:path';
import { z } from 'zod/v4';
import { loadYamlFile } from '../knowledge/yaml';
import { loadDutchLexicon } from './dutchWords';
import { loadEnglishWords } from './englishWords';
import type { WordList } from './wordList';

/** Lower-cased lookup sets behind the name part of the screen. */
export interface NameLists {
  firstNames: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  /** Names that are also ordinary words ("roos", "storm"): trusted only when capitalised inside a sentence. */
  commonWords: ReadonlySet<string>;
  /** Places, schools, methods, subjects, days ... never read as a name. Lower-cased, longest first. */
  notNamePhrases: readonly string[];
  /** School subjects from not-names.yaml ("Duits", "LO"), lower-cased: a teacher is named with the subject they teach. */
  subjects: ReadonlySet<string>;
  /** Organisations, the programme's names and schools (lower-cased phrases): a number or address said of one is theirs. */
  organisations: readonly string[];
  /**
   * The mail domain shapes of every listed school and organisation ("pcc-oosterhout", "jacpthijsse", "groeimee"): the name
   * lower-cased, accents dropped, with its spaces and dots dropped or made hyphens. A staff member's work mail sits there.
   */
  schoolMailDomains: ReadonlySet<string>;
  /** The one-word names of organisations and the programme ("ggd", "groeimee"): "Sandra van de GGD" works there. */
  services: ReadonlySet<string>;
  /** The names of organisations and the programme of more than one word ("veilig thuis", "sociaal team"), no school's. */
  servicePhrases: readonly string[];
  /** Famous and fictional people from not-names.yaml ("harry potter"), lower-cased: quoted about "een klasgenoot", a mocking nickname, not one pupil. */
  famousNames: ReadonlySet<string>;
  /** The one-word entries of notNamePhrases, to read "Tiktokfilmpjes" as an app plus a Dutch word. */
  notNameWords: ReadonlySet<string>;
  /** One-word place names from the Dutch word list (lower-cased), never read as a name; our name lists win. */
  places: ReadonlySet<string>;
  /**
   * First names and surnames from OpenTaal (about 16,000, many Frisian and of families from elsewhere), beside our own
   * lists: a word in lower case that no dictionary knows and that is one of these is someone ("het gaat om tjitske").
   */
  personNames: WordList;
  /** Lower-case Dutch words, to tell a name at the start of a sentence from a word. */
  dutchWords: WordList;
  /** Lower-case English words: a loanword opening a sentence ("Thanks voor …") is no name either. */
  englishWords: WordList;
}

const wordList = z.array(z.string().trim().min(1, 'een lege naam'));
// Names are looked up one word at a time, so an entry like "Ana Maria" would never match.
const nameList = z.array(z.string().trim().regex(/^\S+$/u, 'één woord per naam (schrijf "Ana Maria" als Ana en Maria)'));
const groupedNames = z.record(z.string(), nameList);
const surnamesFile = z.object({ surnames: nameList });
const notNamesFile = z.object({ phrases: z.record(z.string(), wordList), 'common-words': nameList });

// In the working directory, like KNOWLEDGE_DIR's default: the bundled bot (dist/main.js) has no src/ to resolve against.
export const defaultNameListsDir = resolve('knowledge', 'privacy');

const lower = (values: Iterable<string>) => new Set([...values].map((value) => value.toLocaleLowerCase('nl')));

/** "Jac. P. Thijsse" → "jacpthijsse", "jac-p-thijsse"; "Esdégé" → "esdege": how a school writes its name in a mail domain. */
function mailDomainShapes(name: string): string[] {
  const plain = name.toLocaleLowerCase('nl').normalize('NFD').replace(/\p{M}/gu, '');
  return [plain.replace(/[^a-z0-9]/gu, ''), plain.replace(/[^a-z0-9]+/gu, '-').replace(/^-|-$/gu, '')].filter((shape) => shape.length >= 3);
}

/** Reads first-names.yaml, surnames.yaml and not-names.yaml from `dir`; throws KnowledgeError naming file and field. */
export function loadNameLists(dir: string = defaultNameListsDir): NameLists {
  const firstNames = loadYamlFile(join(dir, 'first-names.yaml'), groupedNames);
  const { surnames } = loadYamlFile(join(dir, 'surnames.yaml'), surnamesFile);
  const notNames = loadYamlFile(join(dir, 'not-names.yaml'), notNamesFile);
  // Places from the Dutch word list count as not-names too, unless our own lists know the word as a name.
  const { words, places: knownPlaces, personNames } = loadDutchLexicon();
  const names = lower([...Object.values(firstNames).flat(), ...surnames]);
  // Organisations and the programme, not schools: "Judith van Veilig Thuis" works there, "Daan (Vonk)" goes to school there.
  const serviceNames = [...(notNames.phrases.organisations ?? []), ...(notNames.phrases.programme ?? [])];
  return {
    firstNames: lower(Object.values(firstNames).flat()),
    surnames: lower(surnames),
    commonWords: lower(notNames['common-words']),
    // "jantje lacht jantje huilt": a saying typed without its comma is the same saying.
    notNamePhrases: [...lower(Object.values(notNames.phrases).flat().flatMap((phrase) => [phrase, phrase.replace(/,/gu, '')]))].sort((a, b) => b.length - a.length),
    subjects: lower(notNames.phrases.subjects ?? []),
    organisations: [...lower(['organisations', 'programme', 'schools'].flatMap((group) => notNames.phrases[group] ?? []))],
    // Organisations of the region write their name in their domain too ("s.mulder@groeimee.nl").
    schoolMailDomains: new Set(['schools', 'organisations', 'programme'].flatMap((group) => notNames.phrases[group] ?? []).flatMap(mailDomainShapes)),
    services: new Set([...lower(serviceNames)].filter((phrase) => !phrase.includes(' '))),
    servicePhrases: [...lower(serviceNames)].filter((phrase) => phrase.includes(' ')),
    famousNames: lower(notNames.phrases.famous ?? []),
    notNameWords: new Set([...lower(Object.values(notNames.phrases).flat())].filter((phrase) => !phrase.includes(' '))),
    places: new Set([...knownPlaces].filter((place) => !names.has(place))),
    personNames,
    dutchWords: words,
    englishWords: loadEnglishWords(),
  };
}
