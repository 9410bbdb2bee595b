import { finding, type Finding } from './kinds';
import { isDutchWord } from './dutchWords';
import type { NameLists } from './nameLists';

/** Detection of first names, surnames and class codes next to a name, on word tokens. */

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  capitalised: boolean;
  /** First word of a sentence (or after a colon, bullet or line break), where a capital says nothing. */
  sentenceStart: boolean;
  /** Inside a place, method, school ... from not-names.yaml, a word the mentor confirmed, or another finding. */
  protected: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;
const SENTENCE_END = /[.!?:;\n•*-]\s*["'“‘(]*\s*$/u;
const TUSSENVOEGSELS = new Set(['van', 'de', 'der', 'den', 'het', "'t", 'ter', 'ten', 'te', 'in', 'op', 'von', 'da', 'di', 'du', 'le', 'la', 'el', 'al', 'ben', 'bin', 'ibn', 'abu', 'ait', 'vd']);
/** Words after which a capitalised word is a person: kinship, roles of a pupil, and "heet"/"genaamd". */
const PERSON_BEFORE = new Set([
  'broer', 'broertje', 'zus', 'zusje', 'zoon', 'dochter', 'neef', 'nicht', 'nichtje', 'moeder', 'vader', 'mama', 'papa', 'oma', 'opa',
  'tante', 'oom', 'stiefvader', 'stiefmoeder', 'pleegvader', 'pleegmoeder', 'tweelingbroer', 'tweelingzus', 'halfbroer', 'halfzus',
  'vriend', 'vriendin', 'vriendje', 'vriendinnetje', 'klasgenoot', 'klasgenote', 'leerling', 'mentorleerling', 'jongen', 'meisje',
  'kind', 'heet', 'genaamd', 'genoemd', 'naam',
]);
const HONORIFICS = new Set(['meneer', 'mevrouw', 'mevr', 'mw', 'dhr', 'heer', 'fam', 'familie', 'juf', 'meester', 'gezin']);
const ABBREVIATED_HONORIFICS = new Set(['mevr', 'mw', 'dhr', 'fam']);
const ORDINAL = /^[1-6](?:e|de|ste)$/iu;
const CLASS_CODE = /^(?:[1-6][a-z]{1,4}\d?|[a-z]{1,3}[1-6][a-z]?)$/iu;
const CLASS_WINDOW = 4;

function tokenize(text: string, protectedSpans: ReadonlyArray<readonly [number, number]>, places: ReadonlySet<string>): Token[] {
  return [...text.matchAll(WORD)].map((match) => {
    const start = match.index;
    const end = start + match[0].length;
    const before = text.slice(Math.max(0, start - 6), start);
    return {
      text: match[0],
      // "Kiki's broertje": the possessive is looked up as the name itself.
      lower: match[0].toLocaleLowerCase('nl').replace(/['’]s$/u, ''),
      start,
      end,
      capitalised: /^\p{Lu}/u.test(match[0]),
      sentenceStart: start === 0 || /^\s*(?:["'“‘(]+\s*)?$/u.test(text.slice(0, start)) || SENTENCE_END.test(before),
      protected: places.has(match[0].toLocaleLowerCase('nl')) || protectedSpans.some(([from, to]) => start < to && end > from),
    };
  });
}

/** Spans of not-name phrases and allowed words, matched on whole words regardless of case. */
export function protectedPhraseSpans(text: string, phrases: readonly string[]): Array<[number, number]> {
  const lowerText = text.toLocaleLowerCase('nl');
  const spans: Array<[number, number]> = [];
  for (const phrase of phrases) {
    let from = lowerText.indexOf(phrase);
    while (from !== -1) {
      const to = from + phrase.length;
      const wholeWord = !/[\p{L}\p{N}]/u.test(lowerText[from - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(lowerText[to] ?? ' ');
      if (wholeWord && !spans.some(([a, b]) => from < b && to > a)) spans.push([from, to]);
      from = lowerText.indexOf(phrase, from + 1);
    }
  }
  return spans;
}

/**
 * A capitalised name after words that speak of someone famous or made up: "zoals Virgil van Dijk", "filmpjes van Enzo Knol",
 * "een echte Einstein", "leest Harry Potter". Nobody at school is pinned down by them.
 */
const PUBLIC_REFERENCE =
  /(?<=\b(?:zoals|net als|fan van|idool|(?:filmpjes|video'?s|vlogs|streams|muziek|nummers|liedjes|boeken|gedichten|teksten|schilderijen|posters?|concerten?|series?|films?|games?|tweets|kanaal|stijl|methode|hoofdstuk \d+|paragraaf \d+) van|de methode|het boek|een (?:echte|soort|tweede|kleine|nieuwe)|leest|las|luistert naar|speelt als)\s)\p{Lu}[\p{L}'’-]*(?:\s(?:(?:van|de|der|den|van de|van der|von|da)\s)?\p{Lu}[\p{L}'’-]*)*/gu;

export function publicReferenceSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(PUBLIC_REFERENCE)].map((match) => [match.index, match.index + match[0].length]);
}

/** "Anne-Fleur", "Jan-Willem": a double name whose parts are all first names counts as one. */
function inFirstNames(lower: string, lists: NameLists): boolean {
  return lists.firstNames.has(lower) || (lower.includes('-') && lower.split('-').every((part) => lists.firstNames.has(part)));
}

/** "Daans moeder", "Sannes fiets": the Dutch possessive without an apostrophe, on a capitalised first name. */
function isPossessiveOfFirstName(token: Token, lists: NameLists): boolean {
  const stem = token.lower.slice(0, -1);
  return token.capitalised && token.lower.endsWith('s') && stem.length >= 3 && !lists.commonWords.has(stem) && inFirstNames(stem, lists);
}

/** "Mila-Rose", "Anne-Sophie": a capitalised double name whose first part is a known first name. */
function isDoubleNameAfterFirstName(token: Token, lists: NameLists): boolean {
  return /^\p{Lu}\p{L}+(?:-\p{Lu}\p{L}+)+$/u.test(token.text) && lists.firstNames.has(token.lower.split('-')[0]!);
}

function isKnownFirstName(token: Token, lists: NameLists): boolean {
  const known = inFirstNames(token.lower, lists) || isPossessiveOfFirstName(token, lists) || isDoubleNameAfterFirstName(token, lists);
  if (token.protected || !known) return false;
  if (token.capitalised) return !(token.sentenceStart && lists.commonWords.has(token.lower));
  return token.text.length >= 3 && !lists.commonWords.has(token.lower);
}

/** A capitalised word that could be a name because its capital is not explained by the start of a sentence. */
function looksLikeName(token: Token | undefined): token is Token {
  return !!token && token.capitalised && !token.protected && !/\d/u.test(token.text) && token.text.length > 1;
}

/** A single capital followed by a full stop: "S." in "Nina S.". */
function isInitial(token: Token | undefined, text: string): boolean {
  return !!token && /^\p{Lu}$/u.test(token.text) && text[token.end] === '.';
}

/** Extends a name over a following surname: tussenvoegsels plus a capitalised word, or an initial ("Nina S."). */
function surnameEnd(tokens: Token[], index: number, text: string, lists: NameLists): number {
  let i = index + 1;
  const adjacent = (left: Token, right: Token) => /^\.? ?$/u.test(text.slice(left.end, right.start));
  while (tokens[i] && TUSSENVOEGSELS.has(tokens[i]!.lower) && adjacent(tokens[i - 1]!, tokens[i]!)) i++;
  const next = tokens[i];
  // After "B." a capital may just start the next sentence; only a known surname or a tussenvoegsel settles it.
  const afterFullStop = next?.sentenceStart && isInitial(tokens[i - 1], text) && (i > index + 1 || lists.surnames.has(next.lower));
  if (!next || !adjacent(tokens[i - 1]!, next) || (next.sentenceStart && !afterFullStop)) return tokens[index]!.end;
  if (isInitial(next, text)) return next.end + 1;
  return looksLikeName(next) ? next.end : tokens[index]!.end;
}

/**
 * Extends a surname back over its tussenvoegsels to a first name before them ("Jan de Vries", also at the start of a
 * sentence, where "Jan" alone is a word), so that masking it leaves no half name behind.
 */
function nameStart(tokens: Token[], index: number, text: string, lists: NameLists): number {
  const adjacent = (left: Token, right: Token) => text.slice(left.end, right.start) === ' ';
  let j = index - 1;
  while (tokens[j] && !tokens[j]!.capitalised && TUSSENVOEGSELS.has(tokens[j]!.lower) && adjacent(tokens[j]!, tokens[j + 1]!)) j--;
  const before = tokens[j];
  const firstNameBefore = before && adjacent(before, tokens[j + 1]!) && before.capitalised && !before.protected && inFirstNames(before.lower, lists);
  return firstNameBefore && !inFirstNames(tokens[index]!.lower, lists) ? before.start : tokens[index]!.start;
}

/** Words after which a capital names a place, an event or an organisation rather than a person. */
const THING_BEFORE = new Set(['de', 'het', 'een', 'der', 'des', "'t", 'uit', 'in', 'naar', 'te', 'via', 'richting', 'rond', 'nabij', 'vanuit', 'tot']);

/**
 * A capital inside a sentence that nothing explains: no place, method or subject from the lists, no article or place
 * preposition before it, not part of a longer capitalised name of something. In a mentor's text that is most often a
 * person, and a doubt counts as identifying (a flagged word that is no name can be confirmed by the mentor).
 */
function unexplainedCapital(tokens: Token[], index: number, text: string, lists: NameLists): boolean {
  const token = tokens[index]!;
  if (token.sentenceStart || /^\p{Lu}{2,}/u.test(token.text) || PERSON_BEFORE.has(token.lower) || HONORIFICS.has(token.lower)) return false;
  // A run of capitalised words ("GGD Hollands Noorden", "Vrije School") is judged by what comes before the run.
  let first = index;
  // "Sport & Cultuur", "Call of Duty": an ampersand or an English joining word is part of one title.
  while (first > 0 && tokens[first - 1]!.capitalised && /^ (?:(?:&|of|the|and) )?$/u.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start))) {
    if (tokens[first - 1]!.protected) return false;
    first--;
  }
  if (tokens[first]!.sentenceStart && first < index) return false;
  // Two or more capitalised words that do not start with a known first name are the title of something
  // ("Paarse Vrijdag", "Gezonde School"); a person is written as a first name, with or without a surname.
  const next = tokens[index + 1];
  const inRun = first < index || (next?.capitalised === true && /^ $/u.test(text.slice(token.end, next.start)));
  if (inRun && !inFirstNames(tokens[first]!.lower, lists)) return false;
  // "met Leefstijl", "de Week tegen Pesten": a capitalised ordinary Dutch word is the name of a thing; names we know
  // as names were found before this rule.
  if (isDutchWord(token.lower, lists.dutchWords) && !lists.surnames.has(token.lower)) return false;
  return !THING_BEFORE.has(tokens[first - 1]?.lower ?? '');
}

/** Finite verbs that follow the subject of a sentence about a pupil: "Storm heeft …", "Aïcha mag …". */
const SUBJECT_VERBS = new Set([
  'is', 'was', 'heeft', 'had', 'zit', 'zat', 'wil', 'wilde', 'mag', 'moest', 'moet', 'kan', 'kon', 'zal', 'zou', 'komt', 'kwam', 'gaat', 'ging',
  'zegt', 'zei', 'doet', 'deed', 'wordt', 'werd', 'loopt', 'liep', 'eet', 'at', 'durft', 'blijft', 'bleef', 'krijgt', 'kreeg', 'ziet', 'zag',
  'staat', 'stond', 'ligt', 'lag', 'vindt', 'vond', 'weet', 'wist', 'spreekt', 'sprak', 'schrijft', 'schreef', 'vecht', 'vocht', 'slaapt',
  'sliep', 'woont', 'woonde', 'vertelt', 'vertelde', 'huilt', 'huilde', 'speelt', 'speelde', 'spijbelt', 'spijbelde', 'pest', 'pestte',
  'scheldt', 'schold', 'reageert', 'reageerde', 'weigert', 'weigerde', 'lijkt', 'leek', 'voelt', 'voelde', 'praat', 'praatte', 'belt',
  'belde', 'kijkt', 'keek', 'maakt', 'maakte', 'heeft', 'mist', 'miste', 'verzuimt', 'verzuimde', 'gebruikt', 'draagt', 'droeg',
]);
/** Nouns that open a saying without an article: "Hoop doet leven". */
const ABSTRACT_OPENERS = new Set(['hoop', 'liefde', 'geluk', 'tijd', 'zon', 'lente', 'regen']);
/** Pronouns and articles that follow the verb when a sentence opens with something else: "Gisteren heeft hij …". */
const PRONOUNS = new Set(['hij', 'zij', 'ze', 'ik', 'we', 'wij', 'jij', 'je', 'u', 'jullie', 'men']);
const SUBJECT_AFTER_VERB = new Set([...PRONOUNS, 'het', 'er', 'dat', 'dit', 'die', 'deze']);

/**
 * A capital at the start of a sentence says nothing, unless the word is the subject of a finite verb and is no Dutch word
 * ("Aïcha mag …") or is a first name that is also a word written without an article ("Roos zit …", "Storm heeft …").
 */
function isNameOpeningSentence(tokens: Token[], index: number, lists: NameLists): boolean {
  const [token, verb, after] = [tokens[index]!, tokens[index + 1], tokens[index + 2]];
  if (!token.sentenceStart || !looksLikeName(token) || /^\p{Lu}{2,}/u.test(token.text) || !verb) return false;
  // "Stanislav en zijn moeder …": a person and their family as the subject.
  const withFamily = verb.lower === 'en' && ['zijn', 'haar', 'hun'].includes(after?.lower ?? '');
  if (!withFamily && !SUBJECT_VERBS.has(verb.lower)) return false;
  if (OPENERS_BEFORE_CLASS.has(token.lower) || PERSON_BEFORE.has(token.lower) || HONORIFICS.has(token.lower) || ABSTRACT_OPENERS.has(token.lower)) return false;
  // "Gisteren heeft hij …": the subject comes after the verb, so the first word was not it.
  const inverted = !withFamily && after !== undefined && (lists.firstNames.has(token.lower) ? PRONOUNS : SUBJECT_AFTER_VERB).has(after.lower);
  if (inverted) return false;
  if (lists.firstNames.has(token.lower)) return true;
  // "Vapen is …", "Gamen is …": a verb used as a noun, not in the word list, is still no name.
  if (token.lower.endsWith('en')) return false;
  return !isDutchWord(token.lower, lists.dutchWords) && !lists.surnames.has(token.lower);
}

/** Words after which a first name in lower case is still a name: "hij heet daan", "zorgen om storm". */
const NAMING_CUES = new Set(['heet', 'heette', 'genaamd', 'genoemd', 'roepnaam', 'bijnaam']);
const NAMING_CUE_PAIRS = new Set(['zorgen om', 'zorgen over', 'noemen we', 'noem ik', 'noemen ze', 'noemen hem', 'noemen haar', 'noemt hem', 'noemt haar', 'noem hem', 'noem haar']);

function isLowerCaseNameAfterCue(tokens: Token[], index: number, lists: NameLists): boolean {
  const token = tokens[index]!;
  if (token.protected || token.capitalised || !inFirstNames(token.lower, lists)) return false;
  const previous = tokens[index - 1]?.lower ?? '';
  return NAMING_CUES.has(previous) || NAMING_CUE_PAIRS.has(`${tokens[index - 2]?.lower ?? ''} ${previous}`);
}

/** "Nova College", "Anna Ziekenhuis": a name before one of these words names a place, not a person. */
const INSTITUTION_AFTER =
  /\s(?:College|School|Scholengemeenschap|Lyceum|Gymnasium|Academie|Instituut|Ziekenhuis|Kliniek|Centrum|Huis|Stichting|Fonds|Club|Groep|Methode|Training|Hal|Park|Plein|Kerk|Moskee)$/u;
const ANIMALS = 'hond|hondje|schoolhond|kat|poes|konijn|paard|pony|cavia|hamster|vogel|vis|knuffel|pop';
const ANIMAL_BEFORE = new Set(ANIMALS.split('|'));
const ANIMAL_AFTER = new RegExp(`^,?\\s*(?:onze|de|het|haar|zijn|mijn|hun)\\s+(?:${ANIMALS})\\b`, 'iu');

/** "onze hond Max", "Jip, onze schoolhond": a pet's name is no person's. */
function isAnimal(tokens: Token[], index: number, text: string, end: number): boolean {
  return ANIMAL_BEFORE.has(tokens[index - 1]?.lower ?? '') || ANIMAL_AFTER.test(text.slice(end, end + 30));
}

function ageFollows(text: string, token: Token): boolean {
  return /^\s*(?:\(\s*\d{1,2}(?:\s*jaar)?\s*\)|,\s*\d{1,2}\s*(?:jaar|jr)\b)/u.test(text.slice(token.end, token.end + 14));
}

function nameFindingsFromTokens(text: string, tokens: Token[], lists: NameLists): Finding[] {
  const found: Finding[] = [];
  const add = (index: number) => {
    const [start, end] = [nameStart(tokens, index, text, lists), surnameEnd(tokens, index, text, lists)];
    if (isAnimal(tokens, index, text, end) || INSTITUTION_AFTER.test(text.slice(start, end))) return;
    // "Harry Styles-nummers", "Sanne-achtig": a name glued to a lower-case word is a thing named after someone.
    if (/-\p{Ll}[\p{L}]*$/u.test(text.slice(start, end))) return;
    found.push(finding(text, 'name', start, end));
  };
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    if (isKnownFirstName(token, lists) || isLowerCaseNameAfterCue(tokens, i, lists) || isNameOpeningSentence(tokens, i, lists)) return add(i);
    if (isInitial(token, text)) {
      // "J. de Vries": an initial only counts when a surname follows it.
      const end = surnameEnd(tokens, i, text, lists);
      if (end > token.end + 1) found.push(finding(text, 'name', token.start, end));
      return;
    }
    if (!looksLikeName(token)) return;
    const knownSurname = lists.surnames.has(token.lower) && !token.sentenceStart;
    const afterPersonWord = previous && (PERSON_BEFORE.has(previous.lower) || (previous.lower === 'van' && PERSON_BEFORE.has(tokens[i - 2]?.lower ?? '')));
    if (knownSurname || afterPersonWord || ageFollows(text, token) || unexplainedCapital(tokens, i, text, lists)) add(i);
  });
  return found.concat(honorificFindings(text, tokens));
}

/** "mevrouw El Amrani", "de familie Öztürk", "meneer de Wit": the family name after a form of address. */
function honorificFindings(text: string, tokens: Token[]): Finding[] {
  const found: Finding[] = [];
  tokens.forEach((token, i) => {
    if (!HONORIFICS.has(token.lower)) return;
    let j = i + 1;
    while (tokens[j] && TUSSENVOEGSELS.has(tokens[j]!.lower) && tokens[j + 1]) j++;
    const surname = tokens[j];
    // "mevr. Bouchtaoui", "fam. de Wit": the full stop of an abbreviated form of address does not end the sentence.
    const between = text.slice(token.end, surname?.start).replace(ABBREVIATED_HONORIFICS.has(token.lower) ? /^\./u : /^$/u, '');
    if (looksLikeName(surname) && surname.start - token.end <= 12 && !/[,.;:!?]/u.test(between))
      found.push(finding(text, 'name', tokens[i + 1]!.start, surname.end));
  });
  return found;
}

/** The class code inside a class-and-name finding's text ("2B" in "Sanne uit 2B"), with its offset in that text. */
export function classCodeIn(text: string): { index: number; code: string } | undefined {
  for (const match of text.matchAll(WORD)) {
    const code = match[0];
    if (CLASS_CODE.test(code) && !ORDINAL.test(code) && /\d/u.test(code) && /\p{L}/u.test(code)) return { index: match.index, code };
  }
  return undefined;
}

/** "Sanne Bakker", "Jan de Vries": a capitalised known first name followed by a capitalised surname. */
export function isFullName(phrase: string, lists: NameLists): boolean {
  const words = phrase.trim().split(/\s+/u);
  const [first, last] = [words[0] ?? '', words[words.length - 1] ?? ''];
  return words.length >= 2 && /^\p{Lu}/u.test(first) && inFirstNames(first.toLocaleLowerCase('nl'), lists) && /^\p{Lu}/u.test(last);
}

function isClassCode(token: Token): boolean {
  return CLASS_CODE.test(token.text) && !ORDINAL.test(token.text) && /\d/u.test(token.text) && /\p{L}/u.test(token.text);
}

/**
 * Words that can open a sentence right before a class code without being a name: pronouns, numbers, adverbs and
 * groups of people ("Iemand uit 2B", "Hij zit in 3A", "Meiden uit 1C", "Gisteren zat in 2B").
 */
const OPENERS_BEFORE_CLASS = new Set([
  'ik', 'jij', 'je', 'hij', 'zij', 'ze', 'wij', 'we', 'u', 'jullie', 'men', 'die', 'deze', 'dat', 'dit', 'wie', 'wat', 'iemand', 'niemand',
  'iedereen', 'alle', 'allen', 'allemaal', 'sommigen', 'velen', 'enkelen', 'beiden', 'eentje', 'twee', 'drie', 'vier', 'vijf', 'zes',
  'ook', 'alleen', 'vooral', 'zelfs', 'zowel', 'juist', 'nog', 'maar', 'en', 'of', 'dus', 'toen', 'nu', 'daar', 'hier', 'waarom', 'hoe',
  'gisteren', 'vandaag', 'morgen', 'vanochtend', 'vanmiddag', 'vanavond', 'daarna', 'eerst', 'vroeger', 'soms', 'vaak', 'altijd', 'nooit',
  'leerlingen', 'kinderen', 'jongens', 'meiden', 'meisjes', 'klasgenoten', 'ouders', 'vrienden', 'vriendinnen', 'docenten', 'mentoren',
]);
const CLASS_AFTER_OPENER = /^(?: (?:uit|zit in|zat in) |\s*\(\s*|,\s*)$/u;

/**
 * "Djaylano uit 1D", "Mo (2B)": a capital at the start of a sentence says nothing by itself, but right before "uit"
 * or "zit in" and a class code, or with the class code in brackets or after a comma, it is someone, unless it is a
 * pronoun, an adverb of time or a group word.
 */
function isNameOpeningBeforeClass(tokens: Token[], index: number, classIndex: number, text: string): boolean {
  const token = tokens[index]!;
  return (
    token.sentenceStart && looksLikeName(token) && !OPENERS_BEFORE_CLASS.has(token.lower) && !PERSON_BEFORE.has(token.lower) &&
    CLASS_AFTER_OPENER.test(text.slice(token.end, tokens[classIndex]!.start))
  );
}

/** A class code with a name-like word within a few words, such as "Milan uit 1C" or "2A: Elif". */
function classAndNameFindings(text: string, tokens: Token[], lists: NameLists, names: Finding[]): Finding[] {
  const found: Finding[] = [];
  tokens.forEach((token, i) => {
    if (!isClassCode(token)) return;
    for (let j = Math.max(0, i - CLASS_WINDOW); j <= Math.min(tokens.length - 1, i + CLASS_WINDOW); j++) {
      const other = tokens[j]!;
      const name = names.find((candidate) => other.start >= candidate.start && other.end <= candidate.end);
      const nameLike = isKnownFirstName(other, lists) || (looksLikeName(other) && !other.sentenceStart) || isNameOpeningBeforeClass(tokens, j, i, text);
      if (j === i || !(name || nameLike)) continue;
      // The finding covers the whole name ("Tim van den Heuvel uit 4V"), not only the word next to the class.
      const [from, to] = [Math.min(token.start, name?.start ?? other.start), Math.max(token.end, name?.end ?? other.end)];
      // "Mo (2B)": the closing bracket goes with the opening one inside the finding.
      const closing = text[to] === ')' && text.slice(from, to).includes('(') ? 1 : 0;
      found.push(finding(text, 'class-and-name', from, to + closing));
      return;
    }
  });
  return found;
}

/** Names and class-plus-name combinations; `protectedSpans` are never read as names. */
export function nameFindings(text: string, lists: NameLists, protectedSpans: ReadonlyArray<readonly [number, number]>): Finding[] {
  const tokens = tokenize(text, protectedSpans, lists.places);
  const names = nameFindingsFromTokens(text, tokens, lists);
  return names.concat(classAndNameFindings(text, tokens, lists, names));
}
