import { finding, type Finding } from './kinds';
import { isDutchCompound, isDutchWord } from './dutchWords';
import { isEnglishWord } from './englishWords';
import type { NameLists } from './nameLists';
import { isBoundToPupil, isNamedInRole, isRoleAfterPreposition, PUPIL_EVENT, speaksOfPupil } from './staffSentences';
import { sentenceAround } from './sentences';
import { isShortenedStaffRole, isStaffRole, isWorkField } from './staffRoles';

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
  /** Inside a word the mentor confirmed is no name: never read as a name, whatever stands around it. */
  confirmed: boolean;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’-]|(?<=\d)\.(?=\d))*/gu;
const SENTENCE_END = /[.!?:;\n•*-]\s*["'“‘(]*\s*$/u;
const TUSSENVOEGSELS = new Set(['van', 'de', 'der', 'den', 'het', "'t", 'ter', 'ten', 'te', 'in', 'op', 'von', 'da', 'di', 'du', 'le', 'la', 'el', 'al', 'ben', 'bin', 'ibn', 'abu', 'ait', 'vd']);
/** Words after which a capitalised word is a person: kinship, roles of a pupil, and "heet"/"genaamd". */
const PERSON_BEFORE = new Set([
  'broer', 'broertje', 'zus', 'zusje', 'zoon', 'dochter', 'neef', 'nicht', 'nichtje', 'moeder', 'vader', 'mama', 'papa', 'oma', 'opa',
  'tante', 'oom', 'stiefvader', 'stiefmoeder', 'pleegvader', 'pleegmoeder', 'tweelingbroer', 'tweelingzus', 'halfbroer', 'halfzus',
  'vriend', 'vriendin', 'vriendje', 'vriendinnetje', 'klasgenoot', 'klasgenote', 'leerling', 'mentorleerling', 'jongen', 'meisje',
  'kind', 'heet', 'genaamd', 'genoemd', 'naam', 'lln', 'll', 'leerlinge',
]);
const HONORIFICS = new Set(['meneer', 'mevrouw', 'mevr', 'mw', 'dhr', 'heer', 'fam', 'familie', 'juf', 'meester', 'gezin', 'dr', 'drs', 'mr']);
const ABBREVIATED_HONORIFICS = new Set(['mevr', 'mw', 'dhr', 'fam']);
const ORDINAL = /^[1-6](?:e|de|ste)$/iu;
const CLASS_CODE = /^(?:[1-6][a-z]{1,4}\d?|[a-z]{1,3}[1-6][a-z]?)$/iu;
/** "1.3", "m1.3", "3HV-2", "4VWO-1", "4.2K": a class numbered within its year; one digit after the dot ("lokaal 2.14" has two). */
const NUMBERED_CLASS_CODE = /^[a-z]{0,4}[1-6][a-z]{0,4}[.-]\d[a-z]{0,2}$/iu;
const CLASS_WINDOW = 4;

type Spans = ReadonlyArray<readonly [number, number]>;

/**
 * "Noord-Kennemerlandse scholen", "Alkmaarse jongeren", "de Castricumse aanpak": an adjective of a listed place or region.
 * Only "-se"/"-er" forms of a place: "Sannes" (a possessive) stays a name.
 */
function isPlaceAdjective(lower: string, lists: NameLists): boolean {
  const stem = /^(.{3,}?)(?:se|er|ers|erse)$/u.exec(lower)?.[1];
  if (!stem) return false;
  return [stem, stem.replace(/(\p{L})\1$/u, '$1'), `${stem}m`].some((candidate) => lists.places.has(candidate) || lists.notNameWords.has(candidate));
}

function tokenize(text: string, protectedSpans: Spans, confirmedSpans: Spans, lists: NameLists): Token[] {
  const places = lists.places;
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
      protected: places.has(match[0].toLocaleLowerCase('nl')) || isPlaceAdjective(match[0].toLocaleLowerCase('nl'), lists) || protectedSpans.some(([from, to]) => start < to && end > from),
      confirmed: confirmedSpans.some(([from, to]) => start < to && end > from),
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
const CAPITALISED_RUN = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]*(?:\s(?:(?:van|de|der|den|van de|van der|von|da)\s)?\p{Lu}[\p{L}'’-]*)*/gu;
/**
 * Words (read in lower case) right before such a name: a work or someone's output, a title after the kind of thing it
 * names ("de training Brein de Baas", "de methode Taalblokken"), a type ("een echte Einstein", "een ongelovige Thomas",
 * "zijn echt Jantje lacht") or drawing a character ("tekent de hele tijd Elsa van Frozen").
 */
const PUBLIC_REFERENCE_CUE = new RegExp(
  String.raw`\b(?:zoals|net als|fan van|idool|(?:filmpjes|video'?s|vlogs|streams|muziek|nummers|liedjes|boeken|gedichten|teksten|schilderijen|posters?|concerten?|series?|films?|games?|tweets|kanaal|stijl|methode|hoofdstuk [\d.]+|paragraaf [\d.]+) van` +
    // A law, theorem or discovery named after its maker: "de stelling van Pythagoras", "de piramide van Maslow".
    // A speaker or maker outside school: "de workshop van Rutger Bregman", "een podcast van …".
    String.raw`|(?:workshop|lezing|podcast|column|gastles|voorstelling|theatervoorstelling|documentaire|interview|talk|ted-talk) (?:van|met)` +
    String.raw`|(?:stelling|wet|wetten|theorema|formule|principe|theorie|piramide|effect|model|biografie|uitvinding|ontdekking|standbeeld|portret|citaat|quote|schilderij) van` +
    String.raw`|(?:de|het|een) (?:methode|boek|training|cursus|workshop|project|programma|app|game|film|serie|lespakket|lesmethode|voorstelling|campagne)` +
    // A character of a story: "het personage Kees", "de hoofdpersoon Bas".
    String.raw`|(?:personage|personages|hoofdpersoon|hoofdpersonage|hoofdrolspeler)` +
    String.raw`|een (?:echte|soort|tweede|kleine|nieuwe)|een (?!\p{L}*(?:je|leerlinge)\s)\p{Ll}{3,}e|zijn echt|is echt|zo'n|echte` +
    String.raw`|(?:leest|las|lezen|lazen|gelezen|voorlezen|voorgelezen)(?: (?!(?:naar|om|op|over|met|voor|bij|aan|samen|tegen|door|van|zij|hij)\b)\p{Ll}+){0,3}|luistert naar|speelt als|(?:kijkt|kijken|keek|keken|bingewatcht|streamt|volgt|volgen|volgde|volgden)(?: (?!(?:naar|om|op|of|dat|hoe|wie|wat|waar|wanneer|welke|met|bij|en)\b)\p{Ll}+){0,3}|(?:tekent|tekende|tekenen|schildert|zingt|verkleedt zich als|verkleed als)(?: \p{Ll}+){0,3}` +
    // An organisation a group belongs to ("leerlingen van Trinitas"), a topic ("de les over Srebrenica").
    String.raw`|(?:leerlingen|docenten|medewerkers|collega's|mentoren|het team|de directie|de school|scholen|vestiging|locatie|website|site|pagina|wachtlijst|aanbod) (?:van|bij)` +
    // An employer or a tool: "werken bij Dirk en bij de Hema", "wij gebruiken Presentis".
    String.raw`|(?:werkt|werken|werkte|werkten|bijbaan|bijbaantje|baantje|vakkenvuller|stage) (?:bij|in)|(?:gebruiken|gebruikt|gebruikte|gebruikten)` +
    // A brand: "een ketting van Pandora", "jassen van Moncler".
    String.raw`|(?:jas|jassen|ketting|kettingen|schoenen|sneakers|tas|tassen|horloge|kleding|kleren|trui|truien|shirt|shirtje|shirts|sjaal|pet|petten|telefoon|parfum|merk|merkkleding|spullen|producten) van` +
    // An ambition: "net zo rijk worden als Mark Rutte" (not "zo boos als Sanne", which compares with someone they know).
    String.raw`|(?:net\s+)?zo\s+\p{Ll}+\s+(?:worden|spelen|zingen|voetballen|dansen|rappen)\s+als` +
    // Where one is referred, treated or signed up: "ervaring met Kwintes", "aanmelden bij Lijn5", "in behandeling bij Parlan".
    String.raw`|(?:ervaring|aangemeld|aanmelden|aanmelding|ingeschreven|in behandeling|in zorg|wachtlijst|doorverwezen|doorverwijzen|verwezen|verwijzen|samenwerken|samenwerking) (?:met|bij|via|naar|van)` +
    String.raw`|(?:les|lessen|voorlichting|film|documentaire|project|spreekbeurt|werkstuk|nieuws|boek|presentatie|herdenking|excursie|gastles) (?:over|naar))\s$`,
  'u',
);

/** A language spoken: "spreken alleen Oeigoers", "sprak Tigrinya" (one word; "sprak Lars Mulder" is whom one spoke). */
const LANGUAGE_CUE = /(?:spreekt|spreken|sprak|spraken|verstaat|verstaan|tolk|vertaald in|vertalen naar)(?: (?:alleen|geen|goed|vloeiend|een beetje|ook|nog|vooral|thuis|maar|het))*\s$/u;

interface Run {
  start: number;
  end: number;
  text: string;
}

/** Capitalised runs; a run is cut where a cue stands inside it ("Leerlingen van Trinitas": the cue ends before "Trinitas"). */
function referenceRuns(text: string): { runs: Run[]; referenced: Set<Run> } {
  const runs: Run[] = [];
  const referenced = new Set<Run>();
  const cueBefore = (at: number) => PUBLIC_REFERENCE_CUE.test(text.slice(Math.max(0, at - 40), at).toLocaleLowerCase('nl'));
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const end = match.index + match[0].length;
    const starts = [...match[0].matchAll(/(?<![\p{L}'’-])\p{Lu}/gu)].map((word) => match.index + word.index);
    const isLanguage = (at: number) => !/\s/u.test(text.slice(at, end)) && LANGUAGE_CUE.test(text.slice(Math.max(0, at - 40), at).toLocaleLowerCase('nl'));
    const cut = starts.find((at) => cueBefore(at) || isLanguage(at));
    if (cut !== undefined && cut > match.index) runs.push({ start: match.index, end: cut, text: text.slice(match.index, cut).trimEnd() });
    const run = { start: cut ?? match.index, end, text: text.slice(cut ?? match.index, end) };
    runs.push(run);
    if (cut !== undefined) referenced.add(run);
  }
  return { runs, referenced };
}

/** A text about a story: a book, film or series read or watched, its characters. */
const STORY_WORDS = /(?<![\p{L}])(?:lezen|leest|lazen|gelezen|voorlezen|boek|boeken|leesboek|film|films|serie|series|personage|personages|hoofdpersoon|hoofdpersonage|verhaal|roman|hoofdstuk|aflevering|kijken|keken)(?![\p{L}])/iu;

export function publicReferenceSpans(text: string): Array<[number, number]> {
  const { runs, referenced } = referenceRuns(text);
  for (let i = 1; i < runs.length; i++) {
    const [previous, run] = [runs[i - 1]!, runs[i]!];
    // "Oeigoers of Pashto", "Taylor Swift en Olivia Rodrigo": what is joined to a reference is one of the same kind.
    if (referenced.has(previous) && /^(?: en | of |, | & )$/u.test(text.slice(previous.end, run.start))) referenced.add(run);
    // "Kees de jongen van Theo Thijssen": the maker of a referenced title, after its lower-case rest and "van"/"door".
    if (referenced.has(previous) && /^ (?:\p{Ll}+ ){0,4}(?:van|door) $/u.test(text.slice(previous.end, run.start))) referenced.add(run);
  }
  // "Jantje lacht, Jantje huilt": once a name is a type or a character, its other mentions in the text are too; in a text
  // about a book, film or series also its first or last name alone ("we lezen Harry Potter … de ouders van Harry").
  const words = new Set([...referenced].map((run) => run.text));
  if (STORY_WORDS.test(text)) [...referenced].map((run) => run.text.split(/\s+/u)).filter((parts) => parts.length > 1).forEach((parts) => [parts[0]!, parts.at(-1)!].forEach((part) => words.add(part)));
  const spans = runs.filter((run) => referenced.has(run) || words.has(run.text)).map((run): [number, number] => [run.start, run.end]);
  return spans.concat([...text.matchAll(FOREIGN_FIXED_NAME)].map((match): [number, number] => [match.index, match.index + match[0].length]));
}
/** "Dennis the Menace", "Winnie the Pooh", "Bob the Builder": an English name joined by "the" is a character or brand, not a pupil. */
const FOREIGN_FIXED_NAME = /(?<![\p{L}])\p{Lu}\p{Ll}{1,20} the \p{Lu}[\p{L}'’-]{1,30}/gu;

/** "(PrO, Focus)", "(vmbo-k)", "(havo 3)": a pupil's level in brackets right after a word. */
const LEVEL_IN_BRACKETS_AFTER = /^[ \t]{0,2}\([ \t]{0,2}(?:pro|vso|praktijkonderwijs|vmbo(?:[ -]?[bkgt]\w{0,4})?|mavo|havo|vwo|atheneum|gymnasium|isk|entree|brugklas|[1-6][ \t]?[a-h]\d?)(?![\p{L}])/iu;
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

function isKnownFirstName(token: Token, lists: NameLists, context?: { tokens: Token[]; index: number; text: string }): boolean {
  const known = inFirstNames(token.lower, lists) || isPossessiveOfFirstName(token, lists) || isDoubleNameAfterFirstName(token, lists);
  if (token.protected || !known) return false;
  // "Blink Wereld en Nova": a first name joined to a title of several words is a title as well; next to one word
  // ("Fatima en Nike") it stays a name, as a pupil is more often named beside a brand than a brand called Fatima.
  if (context && token.capitalised && coordinatedWithThing(context.tokens, context.index, context.index, context.text, lists, true)) return false;
  // "Mees (PrO, Focus)": a first name that is also a word, with a school level or class in brackets after it, is a pupil.
  if (token.capitalised && context && LEVEL_IN_BRACKETS_AFTER.test(context.text.slice(token.end, token.end + 20))) return true;
  if (token.capitalised) return !(token.sentenceStart && lists.commonWords.has(token.lower));
  return token.text.length >= 3 && !lists.commonWords.has(token.lower);
}

/**
 * "het gaat om tjitske", "gesprek met wiebe": a word in lower case that neither the Dutch nor the English word list knows,
 * not even as a compound, and that OpenTaal or our lists know as a personal name, is someone wherever it stands.
 */
function isUnlistedLowerCaseName(token: Token, previous: Token | undefined, lists: NameLists): boolean {
  // "een juul", "zijn jordans": after an article or possessive it is a thing (a vape, a shoe) named after someone.
  if (DETERMINERS.has(previous?.lower ?? '') || token.capitalised || token.protected || token.confirmed || token.text.length < 3 || !lists.personNames.has(token.lower)) return false;
  // "rotte tanden", "dikke vriend": an adjective doubles the last consonant of its stem; such a word needs a pupil slot.
  const inflectedAdjective = /^(.+?)([bdfgklmnprst])\2(?:e|en|er)$/u.exec(token.lower);
  if (inflectedAdjective && lists.dutchWords.has(inflectedAdjective[1]! + inflectedAdjective[2]!)) return false;
  return !isDutchCompound(token.lower, lists.dutchWords) && !isEnglishWord(token.lower, lists.englishWords) && !lists.commonWords.has(token.lower);
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
 * "Consulent samenwerkingsverband Marieke Smit": from the token before a name, back over up to two words of the service or
 * organisation a role works for to that role; the index of the role, or `j` unchanged when no role stands there.
 */
function backToRoleOverService(tokens: Token[], j: number, text: string, lists: NameLists): number {
  if (j <= 0 || isStaffRole(tokens[j]!.lower)) return j;
  let role = j;
  const ofService = (token: Token) => !token.capitalised && (token.protected || worksFor(token, lists));
  while (role > 0 && j - role < 2 && ofService(tokens[role]!)) role--;
  return role < j && isStaffRole(tokens[role]!.lower) && /^[ \t]+$/u.test(text.slice(tokens[role]!.end, tokens[role + 1]!.start)) ? role : j;
}

/**
 * Extends a surname back over its tussenvoegsels to a first name before them ("Jan de Vries", also at the start of a
 * sentence, where "Jan" alone is a word), so that masking it leaves no half name behind.
 */
function nameStart(tokens: Token[], index: number, text: string, lists: NameLists): number {
  const adjacent = (left: Token, right: Token) => text.slice(left.end, right.start) === ' ';
  let j = index - 1;
  while (tokens[j] && !tokens[j]!.capitalised && TUSSENVOEGSELS.has(tokens[j]!.lower) && adjacent(tokens[j]!, tokens[j + 1]!)) j--;
  j = backToRoleOverService(tokens, j, text, lists);
  const before = tokens[j];
  const firstNameBefore = before && adjacent(before, tokens[j + 1]!) && before.capitalised && !before.protected && inFirstNames(before.lower, lists);
  return firstNameBefore && !inFirstNames(tokens[index]!.lower, lists) ? before.start : tokens[index]!.start;
}

/** Prepositions, conjunctions and adverbs that open a sentence in front of its subject or object, never the first word of a title. */
const SENTENCE_OPENING_WORDS = new Set([
  'met', 'bij', 'voor', 'over', 'aan', 'volgens', 'tegen', 'zonder', 'sinds', 'door', 'om', 'ook', 'en', 'maar', 'want', 'dus', 'toen',
  'omdat', 'als', 'nu', 'alleen', 'zelfs', 'vooral', 'gisteren', 'vandaag', 'vanochtend', 'vanmiddag', 'morgen', 'waarom', 'hoe',
  'heeft', 'had', 'is', 'was', 'gaat', 'kan', 'mag', 'wil', 'moet', 'zou', 'zit', 'wordt', 'komt', 'doet', 'weet', 'krijgt', 'mist',
  // Labels of a note or a mail subject: "Casus Odin: …", "Betreft Kyano".
  'casus', 'betreft', 'onderwerp', 're', 'fw', 'naam', 'vraag', 'zorgen', 'zorg', 'update', 'gesprek', 'dossier',
]);

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
  if (/^(?!Mc|Mac|O')\p{Lu}\p{Ll}+\p{Lu}/u.test(token.text)) return false;
  // "leerlingen die Eid vieren": what is celebrated is a feast.
  if (/^(?:vieren|viert|vierde|vierden|gevierd)$/u.test(tokens[index + 1]?.lower ?? '')) return false;
  // A run of capitalised words ("GGD Hollands Noorden", "Vrije School") is judged by what comes before the run.
  let first = index;
  // "Sport & Cultuur", "Call of Duty": an ampersand or an English joining word is part of one title.
  while (first > 0 && tokens[first - 1]!.capitalised && /^ (?:(?:&|of|the|and) )?$/u.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start))) {
    if (tokens[first - 1]!.protected) return false;
    first--;
  }
  // "Met Brooklyn gaat het …", "Volgens Jaylinn …": a preposition or adverb opening the sentence is no part of a title.
  if (first === index - 1 && tokens[first]!.sentenceStart && SENTENCE_OPENING_WORDS.has(tokens[first]!.lower)) first = index;
  if (tokens[first]!.sentenceStart && first < index) return false;
  // Two or more capitalised words that do not start with a known first name are the title of something
  // ("Paarse Vrijdag", "Gezonde School"); a person is written as a first name, with or without a surname.
  const next = tokens[index + 1];
  // "Yusra B.": an initial after the word is a surname cut short, no second word of a title.
  const inRun = first < index || (next?.capitalised === true && /^ $/u.test(text.slice(token.end, next.start)) && !isInitial(next, text));
  if (inRun && !inFirstNames(tokens[first]!.lower, lists)) return false;
  // "met Leefstijl", "de Week tegen Pesten": a capitalised ordinary Dutch word is the name of a thing; names we know
  // as names were found before this rule.
  if (isDutchWord(token.lower, lists.dutchWords) && !lists.surnames.has(token.lower)) return false;
  if (coordinatedWithThing(tokens, first, index, text, lists)) return false;
  // "schulden bij Vodafone", "een abonnement van Ziggo": a capital nobody lists after a debt or contract is the company.
  if (/^(?:bij|aan|van|via)$/u.test(tokens[first - 1]?.lower ?? '') && COMPANY_DEALING.test(tokens[first - 2]?.lower ?? '')) return false;
  return !THING_BEFORE.has(tokens[first - 1]?.lower ?? '');
}
/** What one has with a company: a debt, an arrear, a subscription, a contract, an order. */
const COMPANY_DEALING = /(?:schulden|schuld|achterstand|achterstanden|abonnement|abonnementen|contract|contracten|rekening|rekeningen|lening|incasso|boete|boetes|bestelling|bestellingen|klant)$/u;

const PREPOSITIONS = new Set(['met', 'bij', 'via', 'naar', 'van']);

/** A capitalised title of two or more words that does not open with a first name ("Stone Island", "Brawl Stars"). */
function isTitleRun(tokens: Token[], from: number, text: string, lists: NameLists, step: 1 | -1): boolean {
  const [a, b] = [tokens[from], tokens[from + step]];
  if (!a?.capitalised || !b?.capitalised || text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)) !== ' ') return false;
  const opening = step === 1 ? a : b;
  return !inFirstNames(opening.lower, lists);
}

/**
 * "Dari of Pashto", "Spotify en Brawl Stars", "Stone Island en Moncler": a capital joined by "en", "of" or "&" to a known
 * language, app, brand or other title is one of the same kind. A person next to a person is still found ("Sanne en Kwabena").
 */
function coordinatedWithThing(tokens: Token[], first: number, last: number, text: string, lists: NameLists, titlesOnly = false): boolean {
  const joins = (left: Token | undefined, right: Token | undefined) =>
    !!left && !!right && /^ (?:en|of|&)(?: (?:met|bij|via|naar|van))? $/u.test(text.slice(left.end, right.start));
  const isThing = (index: number, step: 1 | -1) => {
    const other = tokens[index];
    // A capitalised ordinary word ("Jeugdwet en Wmo") names a thing, as in unexplainedCapital.
    const thingWord = !!other && !other.sentenceStart && isDutchWord(other.lower, lists.dutchWords) && !inFirstNames(other.lower, lists) && !lists.surnames.has(other.lower);
    return !!other?.capitalised && !other.confirmed && ((!titlesOnly && (other.protected || thingWord)) || isTitleRun(tokens, index, text, lists, step));
  };
  const before = tokens[first - 1];
  // "en"/"of" may be followed by a preposition: "met Kwintes of met Parlan".
  const skip = before && PREPOSITIONS.has(before.lower) && ['en', 'of'].includes(tokens[first - 2]?.lower ?? '') ? 1 : 0;
  const joiner = tokens[first - 1 - skip];
  const beforeJoined = joiner && ['en', 'of'].includes(joiner.lower) ? joins(tokens[first - 2 - skip], tokens[first]) && isThing(first - 2 - skip, -1) : false;
  const after = tokens[last + 1];
  const afterSkip = after && ['en', 'of'].includes(after.lower) && PREPOSITIONS.has(tokens[last + 2]?.lower ?? '') ? 1 : 0;
  const afterJoined = after && ['en', 'of'].includes(after.lower) ? joins(tokens[last], tokens[last + 2 + afterSkip]) && isThing(last + 2 + afterSkip, 1) : false;
  return beforeJoined || afterJoined;
}

/** Finite verbs that follow the subject of a sentence about a pupil: "Storm heeft …", "Aïcha mag …". */
const SUBJECT_VERBS = new Set([
  'is', 'was', 'heeft', 'had', 'zit', 'zat', 'wil', 'wilde', 'mag', 'moest', 'moet', 'kan', 'kon', 'zal', 'zou', 'komt', 'kwam', 'gaat', 'ging',
  'zegt', 'zei', 'doet', 'deed', 'wordt', 'werd', 'loopt', 'liep', 'eet', 'at', 'durft', 'blijft', 'bleef', 'krijgt', 'kreeg', 'ziet', 'zag',
  'staat', 'stond', 'ligt', 'lag', 'vindt', 'vond', 'weet', 'wist', 'spreekt', 'sprak', 'schrijft', 'schreef', 'vecht', 'vocht', 'slaapt',
  'sliep', 'woont', 'woonde', 'vertelt', 'vertelde', 'huilt', 'huilde', 'speelt', 'speelde', 'spijbelt', 'spijbelde', 'pest', 'pestte',
  'scheldt', 'schold', 'reageert', 'reageerde', 'weigert', 'weigerde', 'lijkt', 'leek', 'voelt', 'voelde', 'praat', 'praatte', 'belt',
  'belde', 'kijkt', 'keek', 'maakt', 'maakte', 'mist', 'miste', 'verzuimt', 'verzuimde', 'gebruikt', 'draagt', 'droeg',
  'lacht', 'lachte', 'slaat', 'sloeg', 'schopt', 'schopte', 'rent', 'rende', 'luistert', 'werkt', 'werkte', 'leert', 'stoort', 'kletst',
  'zwijgt', 'zweeg', 'snijdt', 'sneed', 'rookt', 'blowt', 'drinkt', 'dronk', 'appt', 'appte', 'stuurt', 'stuurde', 'heeft', 'hoort',
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
function isNameOpeningSentence(tokens: Token[], index: number, text: string, lists: NameLists): boolean {
  const [token, verb, after] = [tokens[index]!, tokens[index + 1], tokens[index + 2]];
  if (isUnknownWordOpeningSentence(tokens, index, text, lists)) return true;
  // Notes typed without capitals ("djaimy slaapt elke les"): a first name or a word no dictionary knows, before a verb.
  // Two letters only for a listed name that is no word ("bo zegt …", not "al is …").
  const longEnough = token.text.length >= 3 || (inFirstNames(token.lower, lists) && !isDutchWord(token.lower, lists.dutchWords));
  const lowerCaseName = !token.capitalised && !token.protected && !token.confirmed && longEnough && !/\d/u.test(token.text);
  if (!token.sentenceStart || !(looksLikeName(token) || lowerCaseName) || /^\p{Lu}{2,}/u.test(token.text) || !verb) return false;
  // "Stanislav en zijn moeder …": a person and their family as the subject.
  const withFamily = verb.lower === 'en' && ['zijn', 'haar', 'hun'].includes(after?.lower ?? '');
  // Any present-tense verb, not only the listed ones: a Dutch stem plus -t ("fietst", "rookt").
  const presentTense = !verb.capitalised && verb.lower.length >= 4 && verb.lower.endsWith('t') && lists.dutchWords.has(verb.lower.slice(0, -1));
  if (!withFamily && !SUBJECT_VERBS.has(verb.lower) && !presentTense) return false;
  if (OPENERS_BEFORE_CLASS.has(token.lower) || PERSON_BEFORE.has(token.lower) || HONORIFICS.has(token.lower) || ABSTRACT_OPENERS.has(token.lower)) return false;
  // "Kuipers vliegt je naar de keel", "Kuipers ziet je" ("je" the object): a listed surname, bare and capitalised, before a
  // verb of what a pupil does; a noun there would take an article or, in the plural, a plural verb ("vliegen"). Not before
  // "is" or "wordt" ("Koning is …"), nor with a subject after the verb ("Zondag rent hij …").
  const subjectFollows = after !== undefined && ['hij', 'zij', 'ze', 'ik', 'we', 'wij', 'jij', 'het', 'er', 'dat', 'dit', 'die', 'deze', 'men'].includes(after.lower);
  if (!subjectFollows && lists.surnames.has(token.lower) && token.capitalised && (ACTION_VERBS.has(verb.lower) || (presentTense && !SUBJECT_VERBS.has(verb.lower)))) return true;
  // "Gisteren heeft hij …": the subject comes after the verb, so the first word was not it.
  const inverted = !withFamily && after !== undefined && (lists.firstNames.has(token.lower) ? PRONOUNS : SUBJECT_AFTER_VERB).has(after.lower);
  if (inverted || isWordAsWeatherPredicate(tokens, index, text, lists)) return false;
  if (lists.firstNames.has(token.lower)) return true;
  // "Vapen is …", "Gamen is …": a verb used as a noun, not in the word list, is still no name.
  if (token.lower.endsWith('en')) return false;
  // "Ghosting gebeurt …", "Lovebombing speelt …": a gerund, Dutch or English, is a thing; "Xiaoling zegt …" is no gerund.
  if (isGerund(token.lower, lists)) return false;
  return !isDutchCompound(token.lower, lists.dutchWords) && !isEnglishWord(token.lower, lists.englishWords) && !isListedCompound(token.lower, lists) && !lists.surnames.has(token.lower);
}

/** Weather and what it does to people, in the sentence a word-name opens: "de halve klas kwam doorweekt binnen". */
const WEATHER = /\b(?:storm|stormde|stormt|stormachtig|regen|regende|regent|bui|buien|wind|waaide|waait|sneeuw|sneeuwde|hagel|hagelde|onweer|onweerde|bliksem|mist|nat|natte|doorweekt|drijfnat|kletsnat|koud|kou|hitte|glad|gladheid|zon|zonnig|code\s+(?:geel|oranje|rood))\b/iu;

/**
 * "Storm was het gisteren, de halve klas kwam doorweekt binnen": a first name that is also a word, before "is/was het", is
 * what "het" was, not who did something, when the rest of the sentence is about the weather. "Storm was het die begon"
 * (who it was), "Storm was het gisteren kwijt" (an idiom of a person) and "Storm zit weer alleen" (a subject) stay names.
 */
function isWordAsWeatherPredicate(tokens: Token[], index: number, text: string, lists: NameLists): boolean {
  const [token, verb, after, third] = [tokens[index]!, tokens[index + 1], tokens[index + 2], tokens[index + 3]];
  if (!verb || !['is', 'was', 'wordt', 'werd'].includes(verb.lower) || after?.lower !== 'het' || ['die', 'dat', 'wie'].includes(third?.lower ?? '')) return false;
  if (!isDutchWord(token.lower, lists.dutchWords)) return false;
  const sentence = /^[^.!?\n]*/u.exec(text.slice(after.end))![0];
  // "Storm was het er niet mee eens", "was het kwijt", "was het zat": idioms whose subject is a person.
  return WEATHER.test(sentence) && !/\b(?:eens|oneens|kwijt|zat|beu|spuugzat)\b/iu.test(/^[^,;:]*/u.exec(sentence)![0]);
}

/**
 * "Brooklyn, 14 jaar, …", "Nevaeh d'r moeder …": a capitalised word opening a sentence that no Dutch dictionary knows, not
 * even as a compound, and that no list explains, is a name, whatever follows. Not a heading ("Netwerkgroep: …"), not the
 * first word of a title, not a verb used as a noun ("Vapen") or a gerund ("Ghosting").
 */
function isUnknownWordOpeningSentence(tokens: Token[], index: number, text: string, lists: NameLists): boolean {
  const [token, next] = [tokens[index]!, tokens[index + 1]];
  if (!token.sentenceStart || !looksLikeName(token) || token.confirmed || token.text.length < 3 || /^\p{Lu}{2,}/u.test(token.text)) return false;
  // "Re: Nevaeh": a word alone after a label is what the label is about.
  const alone = !next && /:\s*$/u.test(text.slice(0, token.start));
  if ((!next && !alone) || next?.capitalised || (next && /[:\-–]/u.test(text.slice(token.end, next.start))) || token.lower.endsWith('en') || isGerund(token.lower, lists)) return false;
  if ([OPENERS_BEFORE_CLASS, PERSON_BEFORE, HONORIFICS, ABSTRACT_OPENERS, THING_BEFORE, SENTENCE_OPENING_WORDS].some((words) => words.has(token.lower))) return false;
  // Three letters or fewer at the start is more often an abbreviation ("Ivm", "Nav", "Evt") than a name; a name that short
  // is still found before a verb ("Mo heeft …") or from the lists.
  if (token.text.length < 4) return false;
  return !isDutchCompound(token.lower, lists.dutchWords) && !isEnglishWord(token.lower, lists.englishWords) && !isListedCompound(token.lower, lists);
}

/**
 * "ghosting", "lovebombing", "scrolling": a word in -ing whose stem ends in a Dutch or English word ("bomb", "scroll",
 * doubled consonant or dropped "e" undone). "Xiaoling", "Meiling" have no such stem, so they stay names.
 */
function isGerund(lower: string, lists: NameLists): boolean {
  if (!lower.endsWith('ing')) return false;
  const stem = lower.slice(0, -3);
  const stems = [stem, stem.replace(/(\p{Ll})\1$/u, '$1'), `${stem}e`];
  const isWord = (word: string) => isEnglishWord(word, lists.englishWords) || isDutchWord(word, lists.dutchWords);
  return stems.some((candidate) => {
    for (let from = 0; from <= candidate.length - 4; from++) if (isWord(candidate.slice(from))) return true;
    return false;
  });
}

/** "Tiktokfilmpjes", "Snapchatgroep": a listed app, brand or place glued to a Dutch word. */
function isListedCompound(lower: string, lists: NameLists): boolean {
  for (let split = 3; split <= lower.length - 3; split++) {
    if (lists.notNameWords.has(lower.slice(0, split)) && isDutchCompound(lower.slice(split), lists.dutchWords)) return true;
  }
  return false;
}

/** "in de klas noemen ze hem Stoffel": whatever follows "noemen … hem/haar" is what someone is called, even an ordinary word. */
function isCalled(tokens: Token[], index: number): boolean {
  // "ik noem haar even S.", "ze noemen hem de Prof": a filler word or an article may stand between.
  // "we noemen hem allemaal sjonnie": so may a word for who or how often.
  const pronounAt = ['even', 'maar', 'gewoon', 'hier', 'voortaan', 'dan', 'de', 'het', 'allemaal', 'altijd', 'ook', 'vaak', 'steeds', 'nog', 'soms', 'stiekem', 'wel'].includes(tokens[index - 1]?.lower ?? '') ? index - 2 : index - 1;
  if (!['hem', 'haar', 'zich', 'zichzelf'].includes(tokens[pronounAt]?.lower ?? '')) return false;
  return tokens.slice(Math.max(0, pronounAt - 3), pronounAt).some((token) => /^noem(?:t|en|de|den)?$/u.test(token.lower));
}

/** Words after which a first name in lower case is still a name: "hij heet daan", "zorgen om storm". */
const NAMING_CUES = new Set(['heet', 'heette', 'genaamd', 'genoemd', 'roepnaam', 'bijnaam']);
const NAMING_CUE_PAIRS = new Set(['zorgen om', 'zorgen over', 'noemen we', 'noem ik', 'noemen ze', 'noemen hem', 'noemen haar', 'noemt hem', 'noemt haar', 'noem hem', 'noem haar']);

function isLowerCaseNameAfterCue(tokens: Token[], index: number, text: string, lists: NameLists): boolean {
  const token = tokens[index]!;
  // A nickname is often no listed name ("zorgen om mo"); a word no dictionary knows is one here too, but a Dutch noun,
  // also a compound ("zorgen over faalangst"), is what one worries about.
  const unknownWord = token.text.length >= 2 && !/\d/u.test(token.text) && !isDutchCompound(token.lower, lists.dutchWords) && !PRONOUNS.has(token.lower);
  if (token.protected || token.capitalised) return false;
  // "we noemen hem allemaal sjonnie": after "noemen hem/haar" and a filler, a word no dictionary knows or one shaped as a pet
  // name ("-ie", "-je", "-y") is what he is called; "noemen hem altijd dom" and "noemt zichzelf steeds 'lelijk'" describe.
  const petName = /^\p{Ll}{2,}(?:ie|je|y)$/u.test(token.text) || (unknownWord && !isEnglishWord(token.lower, lists.englishWords) && /^\p{L}+$/u.test(token.text));
  if (petName && isCalled(tokens, index) && !['zich', 'zichzelf'].includes(tokens[index - 2]?.lower ?? '') && !hasStop(text, tokens[index - 1]!.end, token.start)) return true;
  if (!(inFirstNames(token.lower, lists) || unknownWord)) return false;
  const previous = tokens[index - 1]?.lower ?? '';
  if (NAMING_CUES.has(previous) || NAMING_CUE_PAIRS.has(`${tokens[index - 2]?.lower ?? ''} ${previous}`)) return true;
  // "Leerling: kyano, 13 jaar", "Naam: jip": the value of a field that holds a name.
  if (LABELS_OF_A_NAME.has(previous) && /^\s*:\s*$/u.test(text.slice(tokens[index - 1]!.end, token.start))) return true;
  // "haar broertje mees", "zijn zus jade": right after a relative with "zijn/haar", a first name counts even when it is a word.
  if (KIN_WORDS.has(previous) && ['zijn', 'haar', "z'n", "d'r", 'hun'].includes(tokens[index - 2]?.lower ?? '') && (lists.firstNames.has(token.lower) || unknownWord)) return true;
  // "ik heb met nevaeh gepraat", "gesprek gehad met djaimy": whom one talked with is a person; a word no list or
  // dictionary (Dutch or English) knows, of three letters or more.
  // "gesprek 3 van 5 met bo gehad": a count of sessions between the talk word and "met" does not part them.
  const isCount = (at: number) => /^\d+$/u.test(tokens[at]?.text ?? '') || (tokens[at]?.lower === 'van' && /^\d+$/u.test(tokens[at - 1]?.text ?? '') && /^\d+$/u.test(tokens[at + 1]?.text ?? ''));
  let from = index - 1;
  for (let skipped = 0; from > 0 && skipped < 3 && isCount(from - 1); skipped++) from--;
  const talkedWith = previous === 'met' && tokens.slice(Math.max(0, from - 3), index + 3).some((other) => TALK_WORDS.test(other.lower));
  return talkedWith && token.text.length >= 3 && !inFirstNames(token.lower, lists) ? !isDutchCompound(token.lower, lists.dutchWords) && !isEnglishWord(token.lower, lists.englishWords) : talkedWith;
}
/** Nouns for a pupil or a child, right before whose name a first name in lower case stands: "mijn mentorleerling roos". */
const PUPIL_NOUNS = new Set([
  'leerling', 'leerlinge', 'mentorleerling', 'klasgenoot', 'klasgenote', 'dochter', 'zoon', 'stiefdochter', 'stiefzoon', 'pleegdochter',
  'pleegzoon', 'pleegkind', 'broertje', 'zusje', 'broer', 'zus', 'brugklasser', 'tweedeklasser', 'derdeklasser', 'kleinzoon', 'kleindochter',
]);
/** "het gaat om bo", "het betreft roos": what a question is about, where a first name in lower case is the pupil. */
const ABOUT_CUE_PAIRS = new Set(['gaat om', 'gaat over', 'het betreft', 'ging om', 'ging over', 'vraag over', 'vragen over', 'hebben over', 'praten over', 'casus van', 'situatie van', 'verhaal van', 'geval van', 'dossier van',
  // "bijvoorbeeld die van wobbe": the one (case, situation) of someone.
  'die van', 'dat van']);
/** Verbs and small words that are also listed first names ("wil", "mag", "ben"): after a pupil noun they are the verb. */
const NOT_A_NAME_AFTER_PUPIL = new Set(['wil', 'mag', 'ben', 'can', 'said', 'do', 'co', 'als', 'kan', 'mist', 'is', 'was', 'lot']);

/**
 * A listed first name in lower case, also one that is a word ("roos", "bo"), in a slot where a
 * pupil's name stands: right after a pupil noun ("mijn mentorleerling roos wordt …", "haar dochter sterre") or as what a
 * question is about ("het gaat om bo"). A word no dictionary knows that OpenTaal knows as a name counts there too.
 */
function isLowerCaseNameInPupilSlot(tokens: Token[], index: number, text: string, lists: NameLists): boolean {
  const token = tokens[index]!;
  const previous = tokens[index - 1];
  if (token.capitalised || token.protected || token.confirmed || !previous || /\d/u.test(token.text) || NOT_A_NAME_AFTER_PUPIL.has(token.lower)) return false;
  if (!/^ $/u.test(text.slice(previous.end, token.start)) || [PRONOUNS, DETERMINERS, CLAUSE_OPENERS, ADVERBS_AFTER_SUBJECT, SUBJECT_VERBS].some((words) => words.has(token.lower))) return false;
  const listed = inFirstNames(token.lower, lists) || (lists.personNames.has(token.lower) && !isDutchWord(token.lower, lists.dutchWords));
  if (!listed) return false;
  if (PUPIL_NOUNS.has(previous.lower) || ABOUT_CUE_PAIRS.has(`${tokens[index - 2]?.lower ?? ''} ${previous.lower}`)) return true;
  // "spreekuur boeken over sophie-anne? ouders willen niet …": whom a text about a pupil is about, with or for; a listed
  // first name no dictionary knows (a hyphenated pair of first names never is a word).
  const unlikeWord = token.lower.includes('-') || !isDutchWord(token.lower, lists.dutchWords);
  // "sparren over mo? hij …": a short first name that is also a word (2–4 letters) closing its clause after the preposition.
  const shortClosingName = token.lower.length <= 4 && (PERSON_PREPOSITIONS.has(previous.lower) || previous.lower === 'bij') && /^[ \t]{0,2}(?:[?!,;:)]|\.(?:\s|$)|$)/u.test(text.slice(token.end, token.end + 3));
  return (PERSON_PREPOSITIONS.has(previous.lower) || shortClosingName) && inFirstNames(token.lower, lists) && (unlikeWord || shortClosingName) && !MONTH_NAMES.has(token.lower) && speaksOfPupil(textAround(text, token.start));
}
const PERSON_PREPOSITIONS = new Set(['over', 'met', 'van', 'voor']);
/** The text a word stands in, up to 200 characters either side: a pupil named in the next sentence of a short note counts. */
const textAround = (text: string, at: number) => text.slice(Math.max(0, at - 200), at + 200);

const POSSESSIVES = new Set(['zijn', 'haar', 'hun', "z'n", "d'r"]);
/**
 * A listed first name in lower case coordinated as people: "roos en haar vriendinnen", "daan en zijn broer", or two listed
 * first names joined ("met sterre en noor"). Not after a determiner ("de roos en haar doornen"), not a month or an abstract word.
 */
function isLowerCaseCoordinatedName(tokens: Token[], index: number, text: string, lists: NameLists): boolean {
  const token = tokens[index]!;
  if (token.capitalised || token.protected || token.confirmed || tokens[index + 1]?.lower !== 'en') return false;
  const before = tokens[index - 1]?.lower ?? '';
  const plainName = (word: Token | undefined) => !!word && !word.capitalised && lists.firstNames.has(word.lower) && !MONTH_NAMES.has(word.lower) &&
    !ABSTRACT_OPENERS.has(word.lower) && !NOT_A_NAME_AFTER_PUPIL.has(word.lower) && ![PRONOUNS, DETERMINERS, SUBJECT_VERBS].some((words) => words.has(word.lower));
  if (!plainName(token) || (DETERMINERS.has(before) && !CLAUSE_OPENERS.has(before)) || !/^ en $/u.test(text.slice(token.end, tokens[index + 2]?.start ?? token.end))) return false;
  const partner = tokens[index + 2];
  return POSSESSIVES.has(partner?.lower ?? '') ? !!tokens[index + 3] && PERSON_BEFORE.has(tokens[index + 3]!.lower.replace(/(?:nen|en|s)$/u, '')) || KIN_WORDS.has(tokens[index + 3]?.lower ?? '') || /^(?:vriend|vriendin|broer|zus|ouders|familie)/u.test(tokens[index + 3]?.lower ?? '') : plainName(partner);
}

/** "Kippie, zoals hij door iedereen genoemd wordt": a nickname before "zoals … genoemd/noemen". */
const CALLED_AS_AFTER = /^,?\s+zoals\s+(?:hij|ze|zij|men|iedereen|we|wij|de\s+klas)\s+(?:[\p{L}']+\s+){0,4}?(?:genoemd|noemen|noemt|noemde|noemden|heet|heette|heten)\b/iu;
/** "die ze Pino noemen", "die iedereen Kippie noemt": a nickname between the one who calls and "noemen". */
const CALLER_BEFORE = /\b(?:die|dat|wie|hem|haar)\s+(?:ze|zij|we|wij|iedereen|men|jullie|de\s+klas|klasgenoten|vrienden|hij)\s+(?:[\p{L}']+\s+){0,2}?$/iu;
const CALLING_AFTER = /^\s+(?:[\p{L}']+\s+)?(?:noemen|noemt|noemde|noemden)\b/iu;
/** Where or by whom a nickname is used, between the word for it and the nickname: "in de klas", "bij iedereen", "op school". */
export const NICKNAME_SETTING = String.raw`(?:\s+(?:in|bij|op|onder)\s+(?:(?:de|het|zijn|haar|z'n|d'r)\s+)?\p{L}+)?`;
/**
 * "zijn bijnaam is Kippie", "met de bijnaam Tank", "bijnaam: kip", "Bijnaam in de klas is Kleine Mo", "hij heet bij iedereen
 * Kippie": whatever follows the word for a nickname, or "heet" with where the nickname is used.
 */
const NICKNAME_WORD_BEFORE = new RegExp(
  String.raw`(?:\b(?:bijnaam|roepnaam|scheldnaam|koosnaam|bijnaampje)${NICKNAME_SETTING}\s*(?:is|was|:)?|\b(?:(?:hij|ze|zij)\s+heet|heet\s+(?:hij|ze|zij))\s+(?:in|bij|op|onder)\s+(?:(?:de|het)\s+)?\p{L}+)\s*(?:(?:de|het)\s+)?$`,
  'iu',
);
/** "hij wordt door iedereen Kippie genoemd": a name between "wordt" and "genoemd". */
const PASSIVE_BEFORE = /\b(?:wordt|werd|worden|werden)\s+(?:[\p{L}']+\s+){0,3}?$/iu;
const PASSIVE_AFTER = /^\s+genoemd\b/iu;

/**
 * A nickname introduced by how people call someone, without quotes: "Kippie, zoals hij door iedereen genoemd wordt",
 * "die ze Pino noemen", "zijn bijnaam is Tank", "wordt door iedereen Kippie genoemd". The word may be a word ("Tank"),
 * but not an ordinary lower-case word ("die ze lui noemen", "wordt vaak genoemd").
 */
function isNicknameByConstruction(tokens: Token[], index: number, text: string, lists: NameLists): boolean {
  const token = tokens[index]!;
  if (token.protected || token.confirmed || /\d/u.test(token.text) || [PRONOUNS, DETERMINERS, ADVERBS_AFTER_SUBJECT, CLAUSE_OPENERS, SUBJECT_VERBS].some((words) => words.has(token.lower))) return false;
  const [before, after] = [text.slice(Math.max(0, token.start - 60), token.start), text.slice(token.end, token.end + 90)];
  const nameLike = (token.capitalised && !token.sentenceStart) || inFirstNames(token.lower, lists) || !isDutchCompound(token.lower, lists.dutchWords);
  // "een bijnaam gekregen": after the word for a nickname an ordinary lower-case word is no name.
  if (NICKNAME_WORD_BEFORE.test(before) || CALLED_AS_AFTER.test(after)) return nameLike || token.capitalised;
  return nameLike && ((CALLER_BEFORE.test(before) && CALLING_AFTER.test(after)) || (PASSIVE_BEFORE.test(before) && PASSIVE_AFTER.test(after)));
}

/** Adverbs right after the subject of a clause: "dat sterre steeds …", "heeft roos al weken …". */
const ADVERBS_AFTER_SUBJECT = new Set([
  'steeds', 'al', 'niet', 'nooit', 'vaak', 'vaker', 'weer', 'ook', 'nog', 'echt', 'soms', 'altijd', 'telkens', 'regelmatig', 'geen', 'elke',
  'sinds', 'erg', 'heel', 'zo', 'nauwelijks', 'bijna', 'amper', 'opeens', 'ineens', 'vandaag', 'gisteren', 'tegenwoordig', 'laatst', 'zelf',
]);
/** Words before a noun, after which a name that is a word is the word: "de merel", "een roos". */
const DETERMINERS = new Set(['de', 'het', 'een', 'die', 'deze', 'dat', 'dit', 'onze', 'ons', 'mijn', 'jouw', 'zijn', 'haar', 'hun', 'elke', 'iedere', 'geen', 'welke', 'wat', "zo'n", 'veel', 'weinig']);
/** Conjunctions that open a clause whose subject follows: "dat sterre …", "omdat roos …". */
const CLAUSE_OPENERS = new Set(['dat', 'omdat', 'of', 'als', 'toen', 'nu', 'terwijl', 'sinds', 'doordat', 'zodat', 'wanneer', 'hoewel', 'want', 'maar']);
/** What follows goes on about a person: a pronoun or a parent. */
const PRONOUN_OF_A_PERSON = /^[^]{0,200}?\b(?:ze|zij|hij|haar|hem|moeder|vader|ouders)\b/iu;

/** What is said of whom a meeting discussed: "ter sprake", "aan bod", "besproken". */
const DISCUSSED_AFTER = /^[ \t]+(?:ter[ \t]+sprake|aan[ \t]+(?:bod|de[ \t]+orde)|op[ \t]+tafel|(?:(?:al|even|uitgebreid|kort|nog)[ \t]+)?(?:besproken|ingebracht|doorgesproken))(?![\p{L}])/iu;

/** "Daan (wijkteam) verzuimt veel", "Sem thuiszit", "bij Daan, hij verzuimt al weken": the name, with what stands in brackets after it, as the subject of what happens to a pupil. */
const PUPIL_EVENT_AFTER_NAME = new RegExp(String.raw`^(?:[ \t]{0,2}\([^()\n]{1,80}\))?(?:[ \t]{0,2},[ \t]{0,2}(?:hij|zij|ze))?[ \t]{1,3}(?:(?:nu|al|weer|ook|nog|steeds|vaak|veel|sinds|[0-9]{1,2}|weken|dagen|maanden)[ \t]{1,3}){0,4}${PUPIL_EVENT}(?![\p{L}])`, 'iu');
/** A body of pupils or a pupil's own role in the clause before a name: "voorzitter van de leerlingenraad is", "klassenvertegenwoordiger:". */
const PUPIL_BODY_BEFORE = /(?<![\p{L}])(?:leerlingen?raad|klassenvertegenwoordiger|klassenoudste|leerling-?mentor|schoolparlement|jongerenraad)(?![\p{L}])[^.!?;\n]{0,60}$/iu;
/** The rest of a clause that ends in what happens to a pupil: "(dat roos) nu al 3 weken thuiszit", "(omdat sem) elke maandag verzuimt". */
const PUPIL_EVENT_IN_CLAUSE = new RegExp(String.raw`^[^,.;:!?()\n]{0,60}?[ \t]${PUPIL_EVENT}(?![\p{L}])`, 'iu');

/** What a pupil does, without the auxiliaries and copulas that also take a thing as subject ("is hoop niet genoeg?"). */
const ACTION_VERBS = new Set([...SUBJECT_VERBS].filter((verb) => !['is', 'was', 'heeft', 'had', 'wil', 'wilde', 'mag', 'moest', 'moet', 'kan', 'kon', 'zal', 'zou', 'wordt', 'werd', 'lijkt', 'leek', 'ligt', 'lag', 'staat', 'stond', 'gaat', 'ging', 'komt', 'kwam'].includes(verb)));
const hasStop = (text: string, from: number, to: number) => /[,.;:!?()]/u.test(text.slice(from, to));

/**
 * "zit roos elke pauze alleen", "ik maak me zorgen, fleur zit al weken alleen": a name that is a word, right after a verb of
 * what a pupil does and before an adverb, or opening a clause before such a verb and an adverb, is the subject, also when no
 * pronoun follows. After an article ("de roos zit") it stays a word: the verb then is not right before it.
 */
function isSubjectBesideActionVerb(tokens: Token[], index: number, text: string): boolean {
  const [previous, token, next, afterNext] = [tokens[index - 1], tokens[index]!, tokens[index + 1], tokens[index + 2]];
  if (!next || hasStop(text, token.end, next.start)) return false;
  if (previous && ACTION_VERBS.has(previous.lower) && !hasStop(text, previous.end, token.start) && ADVERBS_AFTER_SUBJECT.has(next.lower)) return true;
  const opensClause = !previous || /^\s*[,;:]\s*$/u.test(text.slice(previous.end, token.start));
  return opensClause && ACTION_VERBS.has(next.lower) && !!afterNext && !hasStop(text, next.end, afterNext.start) && ADVERBS_AFTER_SUBJECT.has(afterNext.lower);
}

/**
 * "terwijl xiaoling nu al twee weken niet eet": a lower-case word no dictionary (Dutch or English) knows, opening a clause
 * before an adverb of a subject or a verb, is the clause's subject, so someone's name, listed or not.
 */
function isUnknownWordAsClauseSubject(tokens: Token[], index: number, text: string, lists: NameLists): boolean {
  const [previous, token, next] = [tokens[index - 1], tokens[index]!, tokens[index + 1]];
  if (!previous || !next || token.capitalised || token.protected || token.confirmed || !/^\p{Ll}{4,}$/u.test(token.text) || !CLAUSE_OPENERS.has(previous.lower)) return false;
  if (hasStop(text, previous.end, token.start) || hasStop(text, token.end, next.start) || !(ADVERBS_AFTER_SUBJECT.has(next.lower) || next.lower === 'nu' || SUBJECT_VERBS.has(next.lower))) return false;
  return !lists.commonWords.has(token.lower) && !isDutchCompound(token.lower, lists.dutchWords) && !isEnglishWord(token.lower, lists.englishWords);
}

/**
 * A first name that is also a word ("roos", "sterre", "fleur"), in lower case, where a person stands, in a text that goes
 * on about her or him: "vraag over roos, ze eet …", "merkt dat sterre steeds …", "heeft roos al weken …".
 */
function isLowerCaseWordNameAsPerson(tokens: Token[], index: number, text: string, lists: NameLists): boolean {
  const [token, next] = [tokens[index]!, tokens[index + 1]];
  // "roos (14) eet niet meer": a first name with an age is a person, also when it is a word.
  if (!token.protected && !token.confirmed && !token.capitalised && lists.firstNames.has(token.lower) && ageFollows(text, token)) return true;
  if (!token.protected && !token.confirmed && !token.capitalised && token.text.length >= 4 && lists.firstNames.has(token.lower) && isSubjectBesideActionVerb(tokens, index, text)) return true;
  // "kwam sky ter sprake: ze heeft …", "hebben we noor besproken, ze …": who was discussed in a meeting, taken up as ze/hij.
  const discussed = token.text.length >= 3 && !MONTH_NAMES.has(token.lower) && !DETERMINERS.has(tokens[index - 1]?.lower ?? '') && DISCUSSED_AFTER.test(text.slice(token.end, token.end + 40));
  if (!token.protected && !token.confirmed && !token.capitalised && (inFirstNames(token.lower, lists) || lists.personNames.has(token.lower)) && discussed && PRONOUN_OF_A_PERSON.test(text.slice(token.end))) return true;
  // "dat roos nu al 3 weken thuiszit": a first name that is a word, opening a clause whose verb is what happens to a pupil.
  if (!token.protected && !token.confirmed && !token.capitalised && token.text.length >= 3 && lists.firstNames.has(token.lower) && CLAUSE_OPENERS.has(tokens[index - 1]?.lower ?? '') && !hasStop(text, tokens[index - 1]!.end, token.start) && PUPIL_EVENT_IN_CLAUSE.test(text.slice(token.end, token.end + 80))) return true;
  // Four letters at least: "dat wil niet zeggen", "of ben je …" are verbs.
  if (token.protected || token.confirmed || token.capitalised || token.sentenceStart || token.text.length < 4 || !lists.firstNames.has(token.lower) || !PRONOUN_OF_A_PERSON.test(text.slice(token.end))) return false;
  const previous = tokens[index - 1]?.lower ?? '';
  // "kijken naar roos, ze eet …", "let op merel, hij …": after a preposition, a name the next clause goes on about with ze/hij.
  if (['over', 'om', 'met', 'voor', 'bij', 'aan', 'naar', 'op', 'tegen'].includes(previous) && /^\s*[,;:–-]\s*(?:ze|zij|hij)\b/iu.test(text.slice(token.end))) return true;
  // "Over iris maak ik me zorgen, ze slaapt …": the topic of a worry is someone when the same sentence goes on with ze/hij,
  // not a topic joined to another ("over storm en onweer").
  if (['over', 'om'].includes(previous) && next && !['en', 'of'].includes(next.lower) && /^[^.!?:]*\b(?:ze|zij|hij)\b/iu.test(text.slice(token.end))) return true;
  // "Hoe help ik merel? Ze zit …": a name ending a sentence whose next one opens with ze/hij, not after an article ("de merel").
  if (!DETERMINERS.has(previous) && /^\s*[.?!]\s+(?:ze|zij|hij)\b/iu.test(text.slice(token.end))) return true;
  if (!next || /[,.;:!?]/u.test(text.slice(token.end, next.start))) return false;
  const finiteVerb = (word: Token) => SUBJECT_VERBS.has(word.lower) || (word.lower.length >= 4 && word.lower.endsWith('t') && lists.dutchWords.has(word.lower.slice(0, -1)));
  // "Met floor gaat het slecht": after a preposition, a verb and the subject that inverts ("gaat het", "is er").
  if (['met', 'over', 'om', 'voor', 'bij'].includes(previous) && finiteVerb(next) && ['het', 'er', 'ze', 'hij', 'zij'].includes(tokens[index + 2]?.lower ?? '')) return true;
  const subjectSlot = CLAUSE_OPENERS.has(previous) || SUBJECT_VERBS.has(previous);
  // "kwam lieve huilend bij mij": a present participle (stem plus -end) says what the person was doing.
  const participle = next.lower.length >= 6 && next.lower.endsWith('end') && lists.dutchWords.has(`${next.lower.slice(0, -3)}en`);
  return subjectSlot && (ADVERBS_AFTER_SUBJECT.has(next.lower) || finiteVerb(next) || participle);
}
/** "heb jij sterre nog gesproken? ze zat …": a listed first name, also one that is a word, as whom someone talked to or saw … */
const MET_PERSON_AFTER = /^(?:[ \t]+(?:nog|al|ook|even|vandaag|gisteren|deze[ \t]+week|toevallig|wel)){0,2}[ \t]+(?:gesproken|gezien|gebeld|geappt|gemaild)(?![\p{L}])/iu;
/** … referred back to as a person in the next words. */
const PERSON_REFERRED_BACK = /^[^\n]{0,40}?(?<![\p{L}])(?:ze|zij|hij|haar|hem)(?![\p{L}])/iu;

function isLowerCaseNameAsPersonMet(tokens: Token[], index: number, text: string, lists: NameLists): boolean {
  const token = tokens[index]!;
  if (token.capitalised || token.protected || token.confirmed || !lists.firstNames.has(token.lower)) return false;
  const [auxiliary, subject] = [tokens[index - 2]?.lower ?? '', tokens[index - 1]?.lower ?? ''];
  if (!/^(?:heb|hebt|heeft|had|hadden|hebben)$/u.test(auxiliary) || !/^(?:jij|je|u|jullie|ik|we|wij|hij|zij|ze)$/u.test(subject)) return false;
  const met = MET_PERSON_AFTER.exec(text.slice(token.end, token.end + 40));
  return !!met && PERSON_REFERRED_BACK.test(text.slice(token.end + met[0].length, token.end + met[0].length + 60));
}
const LABELS_OF_A_NAME = new Set(['leerling', 'naam', 'roepnaam', 'voornaam', 'achternaam', 'betreft', 'casus', 're', 'over', 'mentorleerling', 'kind']);
const KIN_WORDS = new Set(['broer', 'broertje', 'zus', 'zusje', 'neef', 'neefje', 'nicht', 'nichtje', 'vriend', 'vriendje', 'vriendin', 'vriendinnetje', 'tweelingbroer', 'tweelingzus', 'halfbroer', 'halfzus', 'stiefbroer', 'stiefzus']);
const TALK_WORDS = /^(?:gepraat|gesproken|gebeld|geappt|gemaild|gesprek|gesprekje|afgesproken|praten|spreken|bellen|appen|praat|sprak|belde|appte)$/u;

/** "Nova College", "Anna Ziekenhuis": a name before one of these words names a place, not a person. */
const INSTITUTION_AFTER =
  /(?:\s(?:College|School|Scholengemeenschap|Lyceum|Gymnasium|Academie|Instituut|Ziekenhuis|Kliniek|Centrum|Huis|Stichting|Fonds|Club|Groep|Methode|Training|Hal|Park|Plein|Kerk|Moskee)|\p{Ll}(?:school|college|lyceum|gymnasium|academie|ziekenhuis|kliniek|centrum|huis|kerk|moskee|plein|park|hal))$/u;
const ANIMALS = 'hond|hondje|schoolhond|kat|poes|konijn|paard|pony|cavia|hamster|vogel|vis|knuffel|pop';
const ANIMAL_BEFORE = new Set(ANIMALS.split('|'));
const ANIMAL_AFTER = new RegExp(`^,?\\s*(?:onze|de|het|haar|zijn|mijn|hun)\\s+(?:${ANIMALS})\\b`, 'iu');

/** "onze hond Max", "Jip, onze schoolhond": a pet's name is no person's. */
function isAnimal(tokens: Token[], index: number, text: string, end: number): boolean {
  return ANIMAL_BEFORE.has(tokens[index - 1]?.lower ?? '') || ANIMAL_AFTER.test(text.slice(end, end + 30));
}

/**
 * "op het Oscar Romero", "leerlingen van de Jan Ligthart": a person is never "het", nor "de" with first name and surname;
 * a school or a building named after someone is.
 */
function isNamedInstitution(tokens: Token[], start: number, end: number, text: string, lists: NameLists): boolean {
  const first = tokens.findIndex((token) => token.start === start);
  const article = tokens[first - 1]?.lower;
  if (first < 1 || text.slice(tokens[first - 1]!.end, start) !== ' ') return false;
  const fullName = /\s/u.test(text.slice(start, end)) && inFirstNames(tokens[first]!.lower, lists);
  return article === 'het' || (article === 'de' && fullName);
}

function ageFollows(text: string, token: Token): boolean {
  return /^\s*(?:\(\s*(?:bijna|ongeveer|ca\.?|pas|net|sinds kort)?\s*\d{1,2}(?:\s*(?:jaar|jr))?\s*\)|,\s*(?:bijna|pas|net)?\s*\d{1,2}\s*(?:jaar|jr)\b)/u.test(text.slice(token.end, token.end + 24));
}

/** A closing formula that opens its own line or sentence (not "…, groetjes Lies'" quoted from a pupil's message). */
const SIGN_OFF_BEFORE = /(?<=^|[.!?][ \t\n]{1,3}|\n[ \t]{0,3})(?:met[ \t]+)?(?:(?:vriendelijke|hartelijke)[ \t]+)?(?:groet|groeten|groetjes|gr|grt|grtz|mvg|m\.v\.g|liefs|cheers)[,.!]?[ \t]{0,3}(?:\r?\n[ \t]{0,3})?$/iu;
const SIGN_OFF_AFTER_COMMA_BEFORE = /,[ \t]{0,3}(?:groet|groeten|groetjes|gr|grt|grtz|mvg|liefs)[,.!]?[ \t]{1,3}$/iu;
const TEACHER_OF_BEFORE = /\b(?:klas|klassen|les|lessen|mentorklas|mentorgroep|mentorleerlingen|lokaal|vak|groep|leerlingen)\s+van\s+(?:meneer|mevrouw|mevr\.?|mw\.?|dhr\.?|juf|meester|docent|mentor)\s+(?:(?:de|van|der|den|ter|ten|te|het)\s+)*$/iu;
const SELF_INTRODUCTION_BEFORE = /\b(?:ik\s+ben|ik\s+heet|mijn\s+naam\s+is|m'n\s+naam\s+is)\s+$/iu;
/** Up to four words in apposition or brackets after a name: "Joost (preventief ambulant jeugdhulpverlener)". */
const STAFF_AFTER = /^\s*[,(]\s*(?:(?:de|onze|ons|mijn|jullie|een|als)\s+)?([\p{L}&'-]+)(?:\s+([\p{L}&'-]+))?(?:\s+([\p{L}&'-]+))?(?:\s+([\p{L}&'-]+))?/u;
/** The apposition ends at a preposition or a clause: "Sanne, de dochter van onze docent" is no member of staff. */
function isRoleApposition(words: ReadonlyArray<string | undefined>): boolean {
  const apposition = words.map((word) => word?.toLocaleLowerCase('nl') ?? '');
  const stop = apposition.findIndex((word) => /^(?:van|met|uit|die|dat|bij|en|of|in|op|naar|voor|door|aan|over|tegen|via|tot|na|om|zonder|)$/u.test(word));
  return apposition.slice(0, stop === -1 ? undefined : stop).some(isStaffRole);
}
const ROLE_WORDS = String.raw`(?:(?:nieuwe|tijdelijke|vaste|vervangende|interim)\s+)?([\p{L}&'-]+)(?:\s+([\p{L}&'-]+))?(?:\s+([\p{L}&'-]+))?`;
/** "Jeroen Smit de nieuwe J&G coach", "Ilse is onze orthopedagoog": a role said of the name in its own clause. */
const ROLE_PREDICATE_AFTER = new RegExp(String.raw`^\s+(?:(?:is|wordt|was|blijft)\s+)?(?:de|onze|jullie)\s+${ROLE_WORDS}`, 'iu');
/** "Zie je Kees nog? Hij is de nieuwe leerplichtambtenaar": the role in the next sentence, said of him or her. */
const ROLE_IN_NEXT_SENTENCE = new RegExp(String.raw`^[^.!?\n]{0,60}[.!?,]\s+(?:hij|zij|ze|die)\s+(?:is|wordt)\s+(?:(?:hier|ook|nu|sinds\s+kort|bij\s+ons)\s+)?(?:(?:de|onze|jullie)\s+)?${ROLE_WORDS}`, 'iu');
/** "Marloes, kun jij …": a name addressed with a question or request to the reader. */
const ADDRESSED_AFTER = /^\s*,\s*(?:kun|kan|wil|zou|heb|ben|mag|weet|ga|doe)\s+(?:je|jij|u)\b/iu;
/** "onze nieuwe orthopedagoog heet Lotte Jansen", "de decaan is sinds oktober X": the role holder's name (not "volgens de conciërge is storm …"). */
const ROLE_NAMED_BEFORE = /(?<![\p{L}&'’-])(?<!\bvolgens[ \t]{1,3}(?:(?:de|het|onze|mijn)[ \t]{1,3})?)([\p{L}&'’-]{2,30})[ \t]{1,3}(?:heet|heette|is|wordt)[ \t]{1,3}(?:(?:sinds|vanaf|per)[ \t]{1,3}(?:[\p{L}\d.-]{1,12}[ \t]{1,3}){1,2})?$/iu;
/** "de ambulant hulpverlener van Jan Arentsz is vanaf 1 dec Joyce Peeters": the role, whom or where it serves, then its (new) holder. */
const ROLE_HOLDER_BEFORE = /(?<![\p{L}&'’-])([\p{L}&'’-]{2,30})[ \t]{1,3}van[ \t]{1,3}(?:[\p{L}.'’&-]{1,30}[ \t]{1,3}){1,4}(?:is|wordt)[ \t]{1,3}(?:(?:vanaf|per|sinds|tot)[ \t]{1,3}(?:[\p{L}\d.-]{1,12}[ \t]{1,3}){1,3})?$/iu;
/** A greeting opening a message or a line: whom it greets is the colleague who reads it. */
const GREETING_BEFORE = /(?<=^|[.!?\n][ \t\n]{0,3})(?:hoi|hoihoi|hai|hallo|hey|hee|hi|dag|beste|lieve|goedemorgen|goedemiddag|goedenavond|ha)[ \t]{1,3}$/iu;
/** "de dochter van meneer de haan", "de zoon van onze orthopedagoog heet …": a relative of the named person, a few words before it. */
const RELATIVE_OF_BEFORE = /\b(?:zoon|zoontje|dochter|dochtertje|kind|kinderen|neef|neefje|nicht|nichtje|broer|broertje|zus|zusje|stiefzoon|stiefdochter|pleegzoon|pleegdochter|pleegkind|kleinzoon|kleindochter)\s+van\s+(?:[\p{L}.'’&-]{1,30}\s{1,3}){0,4}$/iu;
/** Subjects as timetables abbreviate them, read only in brackets after a form of address ("meneer pieters (wisk)"). */
const SUBJECT_ABBREVIATIONS = new Set(['ne', 'ned', 'en', 'eng', 'du', 'fa', 'sp', 'wi', 'wis', 'wisk', 'bio', 'ak', 'gs', 'gesch', 'na', 'nat', 'sk', 'schk', 'nask', 'ec', 'econ', 'maw', 'mu', 'tek', 'bv', 'lv', 'inf', 'ckv', 'lo', 'gym', 'ma', 'fi']);
/** "met dokter Smit gesproken, de vader van de leerling": a parent in apposition, whatever role word stands before the name. */
const PARENT_APPOSITION_AFTER = /^[^.!?\n]{0,30}?,\s*(?:de|zijn|haar)\s+(?:vader|moeder|ouder|oma|opa|oom|tante|broer|zus|stiefvader|stiefmoeder|pleegvader|pleegmoeder)\b/iu;
/** "de wijkcoach van het gebiedsteam Castricum, ": a role, the team or service it works for (and its place), then a comma. */
const ROLE_OF_SERVICE_BEFORE = /(?<![\p{L}-])([\p{L}-]{3,40})\s+van\s+(?:de\s+|het\s+)?(?:\p{Ll}+\s+)??([\p{L}&-]{2,40})(?:\s+\p{Lu}[\p{L}-]{1,40})?\s*,\s*$/u;
/** "leerplicht (dhr koster)", "Groeimee (mevrouw de Wit)": the person in brackets after the organisation or role they speak for. */
const FOR_ORGANISATION_BEFORE = /(?<![\p{L}&'’-])((?:[\p{L}&'’-]{2,40}[ \t]){0,2}([\p{L}&'’-]{2,40}))[ \t]{0,2}\([ \t]{0,2}(?:(?:dhr|mevr|mw|meneer|mevrouw|de heer)\.?[ \t]{1,3})?(?:(?:van|de|der|den|ter|ten|te)[ \t]{1,3}){0,3}$/iu;
/** "Overdracht van teamleider Henk Zwart aan ": a handover of staff work from a role holder to the next colleague. */
const HANDOVER_BEFORE = /\b(?:overdracht|overgedragen|overdragen|draagt|droeg)\b[^.!?\n]{0,40}?\bvan[ \t]{1,3}(?:de[ \t]{1,3})?([\p{L}&'’-]{2,30})[ \t]{1,3}[^.!?\n]{1,40}?[ \t]aan[ \t]{1,3}$/iu;
/** A first name or full name on the other side of a "van X aan Y" handover, with what brackets set off after it. */
const HANDOVER_NAME = String.raw`(?:(?:dhr|mevr|mw|collega)\.?[ \t]{1,3})?\p{Lu}[\p{L}'’-]{1,30}(?:[ \t]{1,3}(?:(?:van|de|der|den|ter|ten|te)[ \t]{1,3}){0,3}\p{Lu}[\p{L}'’-]{1,30})?`;
const HANDOVER_OF_WORK = String.raw`\b(?:overdracht|overgedragen|overdragen|draagt|droeg)\b[^.!?\n]{0,40}?\bvan[ \t]{1,3}`;
/** "Overdracht van Karin aan ": the giver before the taker. */
const HANDOVER_GIVER_BEFORE = new RegExp(String.raw`${HANDOVER_OF_WORK}(${HANDOVER_NAME})(?:[ \t]{0,2}\([^()\n]{0,80}\))?[ \t]{1,3}aan[ \t]{1,3}(?:(?:dhr|mevr|mw|collega)\.?[ \t]{1,3})?$`, 'iu');
/** "Overdracht van " … " aan Tom": the taker after the giver. */
const HANDOVER_TAKER_AFTER = new RegExp(String.raw`^(?:[ \t]{0,2}\([^()\n]{0,80}\))?[ \t]{1,3}aan[ \t]{1,3}(?:(?:dhr|mevr|mw|collega)\.?[ \t]{1,3})?(\p{Lu}[\p{L}'’-]{1,30}(?:[ \t]{1,3}(?:(?:van|de|der|den|ter|ten|te)[ \t]{1,3}){0,3}\p{Lu}[\p{L}'’-]{1,30})?)`, 'u');
const HANDOVER_OPENS_BEFORE = new RegExp(String.raw`${HANDOVER_OF_WORK}(?:(?:dhr|mevr|mw|collega)\.?[ \t]{1,3})?$`, 'iu');

/** Work handed over: "6 lopende trajecten", "de caseload", "haar dossiers", "het spreekuur". */
const HANDED_OVER_WORK = /\b(?:trajecten|lopende|dossiers|casussen|caseload|taken|werkzaamheden|werkvoorraad|portefeuille|aanmeldingen|wachtlijst|groepen|klassen|lessen|spreekuur|spreekuren|overleggen)\b/iu;
/**
 * "Overdracht van Karin aan Tom (preventief ambulant PCC Oosterhout)", "… van Tom (wijkteam) aan Karin": the name on the
 * other side of a handover between two names, as [start, end).
 */
function handoverPartner(text: string, start: number, end: number): [number, number] | undefined {
  const before = text.slice(Math.max(0, start - 200), start);
  const giver = HANDOVER_GIVER_BEFORE.exec(before);
  if (giver) {
    const at = Math.max(0, start - 200) + giver.index + giver[0].indexOf(giver[1]!, giver[0].search(/\bvan[ \t]/iu));
    return [at, at + giver[1]!.length];
  }
  // The name after "van" may be the pupil handed over ("Overdracht van Daan aan Tom (wijkteam): intake"): only a caseload
  // or work handed over makes it a colleague's.
  if (!HANDOVER_OPENS_BEFORE.test(before) || !HANDED_OVER_WORK.test(sentenceAround(text, start, end))) return undefined;
  const taker = HANDOVER_TAKER_AFTER.exec(text.slice(end, end + 140));
  if (!taker) return undefined;
  const at = end + taker.index + taker[0].length - taker[1]!.length;
  return [at, at + taker[1]!.length];
}

/** "Beste mevrouw ", "Geachte heer ": a mail opened by a greeting and a form of address. */
const GREETING_WITH_TITLE_BEFORE = /(?:^|[.!?\n][ \t\n]{0,3})(?:beste|geachte|dag|goedemorgen|goedemiddag)[ \t]{1,3}(?:mevrouw|meneer|mevr\.?|mw\.?|dhr\.?|heer|de[ \t]{1,3}heer)[ \t]{1,3}(?:(?:van|de|der|den|ter|ten|te)[ \t]{1,3}){0,3}$/iu;
/** What a professional gives: "uw tip", "uw advies", "uw training", "de workshop die u gaf". */
const PROFESSIONAL_CONTRIBUTION = /\b(?:uw|de|jullie)[ \t]{1,3}(?:tips?|advie(?:s|zen)|suggesties?|uitleg|training|workshop|presentatie|voorlichting|lezing|gastles|scholing|cursus|webinar|expertise|handreiking)\b/iu;
/** "u als directeur van Focus", "u in uw rol als teamleider", "als voorzitter van de netwerkgroep": a role bound to the addressee. */
const ADDRESSEE_ROLE = /(?:\bu[ \t]{1,3}(?:in[ \t]{1,3}uw[ \t]{1,3}(?:rol|functie)[ \t]{1,3})?|\buw[ \t]{1,3}(?:rol|functie)[ \t]{1,3})als[ \t]{1,3}([\p{L}'’-]+)|\bals[ \t]{1,3}([\p{L}'’-]+)(?=[ \t]{1,3}van\b)/giu;
const namesAddresseeRole = (text: string) => [...text.matchAll(ADDRESSEE_ROLE)].some((match) => isStaffRole((match[1] ?? match[2]!).toLocaleLowerCase('nl')));
/** "het oudergesprek", "de ouderavond", "de thuissituatie", "naar 2 havo": a parent's talk or a child's schooling, also in a compound. */
const FAMILY_OR_SCHOOLING_COMPOUND = /(?<![\p{L}])(?:ouder|gezin|thuis|kind|zoon|dochter|leerling|klas|rapport|overstap|havo|vwo|vmbo|mavo)\p{L}*/iu;
/**
 * "Beste mevrouw Jansen, … Ik heb uw tip over de time-out kaart uitgeprobeerd", "Beste mevrouw Willemsen, … nodig ik u als
 * directeur van Focus uit": the addressee of a mail, by title and surname, thanked for what a professional gives or
 * addressed in a staff role, in a text that speaks of no pupil or family (no "uw zoon", no pronoun for
 * a child, no other listed first name). A parent addressed the same way stays found: the text ties a child to her.
 */
function isAddressedProfessional(text: string, start: number, end: number, lists: NameLists): boolean {
  if (!GREETING_WITH_TITLE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || !/^[ \t]*(?:,|\n)/u.test(text.slice(end))) return false;
  const rest = `${text.slice(0, start)} ${text.slice(end)}`;
  if (!(PROFESSIONAL_CONTRIBUTION.test(rest) || namesAddresseeRole(rest)) || speaksOfPupil(rest) || FAMILY_OR_SCHOOLING_COMPOUND.test(rest)) return false;
  return ![...rest.matchAll(/\p{Lu}[\p{Ll}'’-]+/gu)].some((word) => lists.firstNames.has(word[0].toLocaleLowerCase('nl')));
}

/** "Veilig Thuis in haar presentatie": the text opens with an organisation's name of more than one word. */
const startsWithServicePhrase = (text: string, lists: NameLists) => {
  const opening = text.slice(0, 60).toLocaleLowerCase('nl');
  return lists.servicePhrases.some((phrase) => opening.startsWith(phrase) && !/^[\p{L}\p{N}]/u.test(opening.slice(phrase.length)));
};

/** "Meneer Dekker van gym", "mevrouw Kok van de GGD", "Karin uit het wijkteam": a person introduced by the subject or organisation they work for. */
const OF_WORK_AFTER = /^\s+(?:van|uit)\s+(?:de\s+|het\s+)?(\p{L}[\p{L}&-]*)/u;

/**
 * A colleague taking over the writer's work: "Esther neemt het over", "Wendy neemt het van me over", "Karin valt in voor het
 * spreekuur", "Joost vervangt mij". Not "neemt het over van haar moeder" or "vervangt haar zieke moeder": that is a pupil at home.
 */
const STAFF_TASK_AFTER = new RegExp(
  String.raw`^\s+(?:` +
    String.raw`(?:neemt|nam)\s+(?:het|dat|dit|mijn\s+(?:spreekuur|overleg|les|lessen|dienst|groep|gesprek|taken|werk)|het\s+(?:spreekuur|overleg|gesprek|werk))(?:\s+van\s+(?:me|mij))?\s+over(?!\s+van\b)` +
    String.raw`|(?:valt|viel)\s+(?:voor\s+(?:me|mij)\s+)?in(?:\s+voor\s+(?:me|mij|het\s+(?:spreekuur|overleg|gesprek)|de\s+(?:les|dienst)))?(?![\p{L}])` +
    String.raw`|(?:vervangt|verving)\s+(?:me|mij)\b|doet\s+(?:het|mijn)\s+(?:spreekuur|overleg|dienst)\b)`,
  'iu',
);
/** A closing formula opening a sentence or clause, then the writer's name: "Met vriendelijke groet, Anouk Smit". */
export const SIGN_OFF_NAME =
  /(?<=^|[.!?,\n][ \t\n]{0,3})(?:met\s+)?(?:(?:vriendelijke|hartelijke)\s+)?(?:groet|groeten|groetjes|mvg|gr)[,.!]?\s{1,3}\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:van|de|der|den|ter|ten|te)\s+)*\p{Lu}[\p{L}'’-]*)*/giu;
/** "Groet, Marieke Smit, jeugd- en gezinscoach": a text closed with a name and a professional role. */
const signedByProfessional = (text: string) => [...text.matchAll(SIGN_OFF_NAME)].some((match) => roleFollows(text, match.index + match[0].length));

/** A word for the service, organisation, government or field a role works for: "jggz", "samenwerkingsverband", "gemeenten", "jeugd". */
const worksFor = (token: Token, lists: NameLists) =>
  lists.services.has(token.lower) || lists.notNameWords.has(token.lower) || isWorkField(token.lower) || /(?:verband|team|dienst|gemeenten?|regio|onderwijs|zorg)$/u.test(token.lower);

/** "(is het mogelijk) dat de coach ": a role as the subject of a subordinate clause … */
const ROLE_SUBJECT_OF_CLAUSE_BEFORE = /\b(?:dat|of|zodat|als|wanneer|voordat)[ \t]+(?:de|onze|een|jullie|die)[ \t]+([\p{L}&'’-]{2,30})[ \t]+$/iu;
/** … "Nadia een keer spreekt": and the name its object, a verb of meeting or helping closing the clause (not "mij een keer belt"). */
const MET_BY_ROLE_AFTER = /^(?:[ \t]+(?!(?:mij|me|ons|jou|je|u|hem|haar|zich)\b)\p{L}+){0,4}?[ \t]+(?:spreekt|ziet|belt|helpt|begeleidt|ophaalt|uitnodigt|meeneemt|opzoekt|bezoekt|coacht|test|onderzoekt|observeert)\b/iu;

function isStaffMember(tokens: Token[], start: number, end: number, text: string, lists: NameLists, viaHandover = false): boolean {
  // A name with its age or class right after it is a pupil's, whatever role or organisation stands before it.
  const right = text.slice(end, end + 30);
  if (AGE_OR_CLASS_RIGHT_AFTER.test(right) || PUPIL_EVENT_AFTER_NAME.test(text.slice(end, end + 120))) return false;
  // "Voorzitter van de leerlingenraad is Daan": a role in a body of pupils is a pupil's.
  if (PUPIL_BODY_BEFORE.test(text.slice(Math.max(0, start - 80), start))) return false;
  // "dat de coach Nadia een keer spreekt": whom the role holder meets is a pupil, not the role holder's name.
  const clauseRole = ROLE_SUBJECT_OF_CLAUSE_BEFORE.exec(text.slice(Math.max(0, start - 60), start))?.[1];
  if (clauseRole && isStaffRole(clauseRole.toLocaleLowerCase('nl')) && MET_BY_ROLE_AFTER.test(text.slice(end, end + 60))) return false;
  // A colleague taking over the writer's spreekuur or lessons, in a text signed by a professional.
  if (STAFF_TASK_AFTER.test(text.slice(end, end + 60)) && signedByProfessional(text)) return true;
  // "de dochter van meneer de haan (gym)": a relative of a member of staff is pinned down by that name.
  if (RELATIVE_OF_BEFORE.test(text.slice(Math.max(0, start - 60), start)) || PARENT_APPOSITION_AFTER.test(text.slice(end, end + 80))) return false;
  // "J&G coach voor Vonk is vanaf 1 december Ahmed Benali": a role and its holder in a sentence about staff only.
  if (isNamedInRole(text, start, end, lists)) return true;
  // "De wijkcoach van het gebiedsteam Castricum, Esra Yilmaz, zegt …": a professional of a team or service, named in apposition.
  const served = ROLE_OF_SERVICE_BEFORE.exec(text.slice(Math.max(0, start - 100), start));
  if (served && isStaffRole(served[1]!.toLocaleLowerCase('nl')) && (lists.services.has(served[2]!.toLocaleLowerCase('nl')) || /(?:team|dienst)$/iu.test(served[2]!)) && /^\s*,/u.test(text.slice(end))) return true;
  // "leerplicht (dhr koster)": someone in brackets after an organisation or role speaks for it.
  const spokenFor = FOR_ORGANISATION_BEFORE.exec(text.slice(Math.max(0, start - 120), start));
  if (spokenFor) {
    const [phrase, last] = [spokenFor[1]!.toLocaleLowerCase('nl'), spokenFor[2]!.toLocaleLowerCase('nl')];
    if (lists.services.has(last) || isStaffRole(last) || /.(?:team|dienst)$/u.test(last) || lists.organisations.some((name) => phrase === name || phrase.endsWith(` ${name}`))) return true;
  }
  // "Overdracht van teamleider Henk Zwart aan Petra de Wit": who takes over a role holder's work is a colleague.
  const handedOverBy = HANDOVER_BEFORE.exec(text.slice(Math.max(0, start - 120), start))?.[1]?.toLocaleLowerCase('nl');
  if (handedOverBy && isStaffRole(handedOverBy)) return true;
  // "Overdracht van Karin aan Tom (preventief ambulant …)": in a handover between two names, when one is a colleague the other is too.
  const partner = viaHandover ? undefined : handoverPartner(text, start, end);
  if (partner && !isBoundToPupil(text, start, end) && isStaffMember(tokens, partner[0], partner[1], text, lists, true)) return true;
  // "Beste mevrouw Jansen, … uw tip over de time-out kaart": a professional thanked for advice or a training, in a text of no pupil or family.
  if (isAddressedProfessional(text, start, end, lists)) return true;
  // "hoi Marloes, kun jij …": the colleague the writer greets.
  if (GREETING_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && /^\s*(?:[,!:]|\r?\n)/u.test(text.slice(end))) return true;
  // "Marloes, kun jij …" opening a message or line: the colleague addressed.
  if (/(?:^|\n)[ \t]{0,3}$/u.test(text.slice(Math.max(0, start - 4), start)) && ADDRESSED_AFTER.test(text.slice(end, end + 20))) return true;
  // "Jeroen Smit de nieuwe J&G coach", "Kees … Hij is de nieuwe leerplichtambtenaar": a role said of the name, also in the next sentence.
  const predicate = ROLE_PREDICATE_AFTER.exec(text.slice(end, end + 80)) ?? ROLE_IN_NEXT_SENTENCE.exec(text.slice(end, end + 160));
  if (predicate && isRoleApposition(predicate.slice(1))) return true;
  const windowStart = Math.max(0, start - 40);
  const namedRole = ROLE_NAMED_BEFORE.exec(text.slice(windowStart, start));
  // "Door de coach is Daan doorverwezen": after a preposition the role is who acted, not what the name is.
  if (namedRole && isStaffRole(namedRole[1]!.toLocaleLowerCase('nl')) && !isRoleAfterPreposition(text.slice(Math.max(0, windowStart + namedRole.index - 20), windowStart + namedRole.index))) return true;
  const heldRole = ROLE_HOLDER_BEFORE.exec(text.slice(Math.max(0, start - 100), start))?.[1];
  if (heldRole && isStaffRole(heldRole.toLocaleLowerCase('nl'))) return true;
  // "Met vriendelijke groet, Marieke": the writer's own name under a closing formula.
  if (SIGN_OFF_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && !/^['’"”]/u.test(text.slice(end))) return true;
  // "…, gr Kim" closing a message run on in one sentence: the writer's own name ends the text (not a pupil's message in quotes).
  if (SIGN_OFF_AFTER_COMMA_BEFORE.test(text.slice(Math.max(0, start - 20), start)) && /^[\s.!]*$/u.test(text.slice(end)) && !/['‘’"“”]/u.test(text.slice(Math.max(0, start - 200)))) return true;
  // "de klas van meneer De Wit", "de lessen van juf Anne": the teacher whose class or lessons they are.
  if (TEACHER_OF_BEFORE.test(text.slice(Math.max(0, start - 50), start))) return true;
  // "Ik ben Anouk, …", "Mijn naam is Anouk van Groeimee": the writer introducing themself (not "Ik ben Sanne's mentor").
  if (SELF_INTRODUCTION_BEFORE.test(text.slice(Math.max(0, start - 20), start)) && /^(?:\s*[,.!;:(]|\s+(?:en|van|bij|uit|op)\b|\s*$)/u.test(text.slice(end))) return true;
  const first = tokens.findIndex((token) => token.start === start);
  let j = first - 1;
  // "Collega Van Dijk": the tussenvoegsels of the surname stand between the role and the name.
  while (j > 0 && TUSSENVOEGSELS.has(tokens[j]!.lower)) j--;
  if (HONORIFICS.has(tokens[j]?.lower ?? '') && /^\.?,?\s*$/u.test(text.slice(tokens[j]!.end, tokens[j + 1]?.start ?? start))) j--;
  // "de gedragswetenschapper jggz, Femke nogwat, komt …": a name between commas right after a role and the service it is of.
  if (first > 0 && /^[ \t]*,[ \t]*$/u.test(text.slice(tokens[first - 1]!.end, start)) && /^(?:[ \t]+\p{Ll}[\p{L}-]*){0,3}[ \t]*(?:,|[.!?](?:\s|$)|$)/u.test(text.slice(end, end + 40))) {
    let role = first - 1;
    const ofService = (token: Token) => token.protected || worksFor(token, lists);
    while (role > 0 && first - role <= 3 && !isStaffRole(tokens[role]!.lower) && ofService(tokens[role]!)) role--;
    if (isStaffRole(tokens[role]!.lower)) return true;
  }
  // "Docent Duits (juf Sanne)", "docent LO, meneer Visser", "mijn collega van Engels, mevrouw Smit": a role and the subject taught.
  if (j > 0 && lists.subjects.has(tokens[j]!.lower)) {
    const role = tokens[j - 1]?.lower === 'van' ? j - 2 : j - 1;
    if (isStaffRole(tokens[role]?.lower ?? '')) j = role;
  }
  j = backToRoleOverService(tokens, j, text, lists);
  const before = tokens[j];
  const between = before ? text.slice(before.end, start) : '';
  // "Mentor Sanne huilt na elke les": the name bound to what a pupil does or is stays a pupil's.
  if (before && isStaffRole(before.lower) && /^[\s,(]*(?:\p{L}+\.?[\s,(]+){0,3}$/u.test(between) && !/\bvan\s*$/u.test(between)) return !isBoundToPupil(text, start, end);
  // "Meneer Visser (LO)", "Mevrouw de Boer (biologie)", "Juf Marieke (groep 8)": a form of address and what is taught in brackets.
  const taught = /^\s*\(\s*(groep\s+[1-8]|[\p{L}&-]+)\s*\)/u.exec(text.slice(end, end + 40))?.[1]?.toLocaleLowerCase('nl');
  let address = first - 1;
  while (address > 0 && TUSSENVOEGSELS.has(tokens[address]!.lower)) address--;
  if (taught && (lists.subjects.has(taught) || SUBJECT_ABBREVIATIONS.has(taught) || taught.startsWith('groep')) && HONORIFICS.has(tokens[address]?.lower ?? '')) return true;
  // "jeugd- en gezinscoach": a role written as two joined words counts by its last part.
  if (roleFollows(text, end)) return true;
  // With a form of address only: "Meneer Dekker van gym" works there, "Sanne van de buren" is not addressed so.
  const work = OF_WORK_AFTER.exec(text.slice(end, end + 40));
  const workToken = work && tokens.find((token) => token.start === end + work.index + work[0].length - work[1]!.length);
  // "Juf Anne van groep 8": a primary-school group is where a teacher works too.
  const group = workToken?.lower === 'groep' && /^\s+[1-8][a-e]?\b/u.test(text.slice(workToken.end, workToken.end + 4));
  // "Petra van het wijkteam", "Sandra van de GGD", "De Vries van de administratie": someone of an organisation, service or
  // school department is there at work, also without a form of address.
  if (workToken && (lists.services.has(workToken.lower) || /.team$/u.test(workToken.lower) || isWorkField(workToken.lower) || startsWithServicePhrase(text.slice(workToken.start), lists))) return true;
  // "Bram van techniek (docent)": the subject or section they work for, then their role in brackets.
  if (workToken && !workToken.capitalised && roleFollows(text, workToken.end)) return true;
  return !!workToken && (workToken.protected || lists.subjects.has(workToken.lower) || isStaffRole(workToken.lower) || group) && HONORIFICS.has(tokens[address]?.lower ?? '');
}

/** "@Fatima (gedragswetenschapper)": a role in apposition or brackets right after a name or handle. */
export function roleFollows(text: string, end: number): boolean {
  // "Sanne (gedragswet.)", "Kees (orthoped.)": a role cut short with a full stop, read by its beginning.
  const shortened = /^\s*[,(]\s*(\p{L}{4,})\.\s*[),]/u.exec(text.slice(end, end + 40))?.[1]?.toLocaleLowerCase('nl');
  if (shortened && isShortenedStaffRole(shortened)) return true;
  const after = STAFF_AFTER.exec(text.slice(end, end + 70).replace(/(\p{L})-\s+(?:en|of)\s+(?=\p{L})/gu, '$1-'));
  return !!after && isRoleApposition(after.slice(1));
}

const wordsOf = (name: string) => name.toLocaleLowerCase('nl').split(/[\s.]+/u).filter((word) => word.length > 0);

/** "ouders", "vriendinnen": a person word in the plural is a person word too. */
const isPersonWord = (lower: string) => PERSON_BEFORE.has(lower) || PERSON_BEFORE.has(lower.replace(/(?:nen|en|s)$/u, '')) || lower === 'ouders';

/**
 * A surname opened by a capitalised tussenvoegsel mid-sentence, of a relative or at home: "Ouders van Van der Kaaij",
 * "de moeder van De Jong", "bij Van Dijk thuis" ("een boek van De Bruin" stays a reference).
 */
function surnameWithCapitalisedTussenvoegsel(tokens: Token[], index: number, text: string): Token | undefined {
  let first = index;
  // Back to the capitalised tussenvoegsel that opens the surname, not over the lower-case "van" before it.
  while (first > 0 && TUSSENVOEGSELS.has(tokens[first - 1]!.lower) && !(first < index && tokens[first]!.capitalised)) first--;
  const opener = tokens[first];
  if (first === index || !opener?.capitalised || opener.sentenceStart || !looksLikeName(tokens[index])) return undefined;
  const [before, beforeThat] = [tokens[first - 1]?.lower ?? '', tokens[first - 2]?.lower ?? ''];
  const atHome = before === 'bij' && /^\s+thuis\b/iu.test(text.slice(tokens[index]!.end, tokens[index]!.end + 8));
  return isPersonWord(before) || (before === 'van' && isPersonWord(beforeThat)) || atHome ? opener : undefined;
}

const STAFF_ITEM_HEAD = /(?:^|[,;:])[ \t]{0,3}([^,;:\n–-]{1,50})[ \t][-–][ \t]$/u;
function nameFindingsFromTokens(text: string, tokens: Token[], lists: NameLists, staffSpans: Array<[number, number]>): Finding[] {
  const found: Finding[] = [];
  // Words of names found in their role: "Marloes (J&G coach) … Marloes neemt dit mee" is the same colleague again.
  const staffWords = new Set<string>();
  /** A name held in a staff role: its words and span are kept as a colleague's, not found. */
  const isStaff = (start: number, end: number) => {
    if (!isStaffMember(tokens, start, end, text, lists)) return false;
    wordsOf(text.slice(start, end)).forEach((word) => staffWords.add(word));
    // "Clusius - Pieter de Groot" in a list of colleagues: the words before the dash name the colleague's school.
    wordsOf(STAFF_ITEM_HEAD.exec(text.slice(Math.max(0, start - 60), start))?.[1] ?? '').forEach((word) => staffWords.add(word));
    staffSpans.push([start, end]);
    return true;
  };
  const add = (index: number, from?: number) => {
    const [start, end] = [Math.min(from ?? Infinity, nameStart(tokens, index, text, lists)), surnameEnd(tokens, index, text, lists)];
    if (isStaff(start, end)) return;
    if (isAnimal(tokens, index, text, end) || INSTITUTION_AFTER.test(text.slice(start, end)) || isNamedInstitution(tokens, start, end, text, lists)) return;
    // "Harry Styles-nummers", "Sanne-achtig": a name glued to a lower-case word is a thing named after someone.
    // "sophie-anne" is two first names joined, no thing.
    if (/-\p{Ll}[\p{L}]*$/u.test(text.slice(start, end)) && !inFirstNames(text.slice(start, end).toLocaleLowerCase('nl'), lists)) return;
    found.push(finding(text, 'name', start, end));
  };
  // Read once per text: only a text that speaks of calling someone can hold a nickname by construction.
  const speaksOfCalling = /noem|bijnaam|roepnaam|scheldnaam|koosnaam|\bheet(?:te)?\s+(?:bij|in|op|onder)\s/iu.test(text);
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    if (isKnownFirstName(token, lists, { tokens, index: i, text }) || isUnlistedLowerCaseName(token, previous, lists) || isLowerCaseNameInPupilSlot(tokens, i, text, lists) || isLowerCaseNameAsPersonMet(tokens, i, text, lists) || isLowerCaseCoordinatedName(tokens, i, text, lists) || (i > 1 && tokens[i - 1]?.lower === 'en' && isLowerCaseCoordinatedName(tokens, i - 2, text, lists) && !POSSESSIVES.has(token.lower)) || (speaksOfCalling && isNicknameByConstruction(tokens, i, text, lists)) || isLowerCaseNameAfterCue(tokens, i, text, lists) || isLowerCaseWordNameAsPerson(tokens, i, text, lists) || isUnknownWordAsClauseSubject(tokens, i, text, lists) || isNameOpeningSentence(tokens, i, text, lists) || isMonthNameAsSubject(tokens, i, text) || isWordBeforeClass(tokens, i, undefined, text, lists) || isWordBeforePupilDescription(tokens, i, text)) return add(i);
    if (isInitial(token, text)) {
      // "J. de Vries": an initial only counts when a surname follows it, or when it stands for a pupil ("leerling S. (2B)").
      const end = surnameEnd(tokens, i, text, lists);
      const forPupil = PERSON_BEFORE.has(previous?.lower ?? '') || isCalled(tokens, i) || ['casus', 'betreft'].includes(previous?.lower ?? '') ||
        NAMING_CUE_PAIRS.has(`${tokens[i - 2]?.lower ?? ''} ${previous?.lower ?? ''}`) || /^\.\s*noem/iu.test(text.slice(token.end, token.end + 8)) ||
        /^\.\s*(?:\(|uit\s|,\s*)\s*(?:klas\s)?[a-z]{0,4}[1-6]/iu.test(text.slice(token.end, token.end + 14));
      // "Leerplicht Alkmaar, mevr. H. Demir, …": an initial and surname in a staff role are a colleague's, as a full name is.
      if ((end > token.end + 1 && !isStaff(token.start, end)) || forPupil) found.push(finding(text, 'name', token.start, Math.max(end, token.end + 1)));
      return;
    }
    if (!looksLikeName(token)) return;
    const knownSurname = lists.surnames.has(token.lower) && !token.sentenceStart;
    // "… van de leerling? Ik wil …": a person word in the sentence before says nothing about this one.
    // "Zorgen over een leerling: Weinig eten, Veel afwezig": a list item opened by an ordinary word, not by a name.
    const wordOpeningListItem = /:\s*$/u.test(text.slice(previous?.end ?? 0, token.start)) && lists.dutchWords.has(token.lower) && !inFirstNames(token.lower, lists) && !lists.personNames.has(token.lower) && /^\s{1,3}\p{Ll}/u.test(text.slice(token.end, token.end + 4));
    const afterPersonWord = previous && !wordOpeningListItem && !/[.!?]/u.test(text.slice(previous.end, token.start)) && (PERSON_BEFORE.has(previous.lower) || (previous.lower === 'van' && PERSON_BEFORE.has(tokens[i - 2]?.lower ?? '')) || isCalled(tokens, i));
    // The finding covers the whole surname ("Van der Kaai"), so a mask leaves nothing of it.
    const surnameAfterRelative = surnameWithCapitalisedTussenvoegsel(tokens, i, text);
    if (surnameAfterRelative) return add(i, surnameAfterRelative.start);
    const ageOfSomeone = ageFollows(text, token) && !PERSON_BEFORE.has(token.lower) && !/(?:leerlinge?|klasser)$/u.test(token.lower);
    // "zorgen om Fenneke": in the slot of whom one worries about or a case is about, a capital that is no dictionary word as
    // written is a person, even when it reads as an inflected word ("fennek" + "e").
    const cue = `${tokens[i - 2]?.lower ?? ''} ${previous?.lower ?? ''}`;
    const personInAboutSlot = !token.sentenceStart && (NAMING_CUE_PAIRS.has(cue) || ABOUT_CUE_PAIRS.has(cue)) && !lists.dutchWords.has(token.lower) && !/^\p{Lu}\p{Ll}+\p{Lu}/u.test(token.text) && !hasStop(text, previous!.end, token.start);
    if (knownSurname || afterPersonWord || ageOfSomeone || personInAboutSlot || unexplainedCapital(tokens, i, text, lists)) add(i);
  });
  const all = found.concat(honorificFindings(text, tokens, lists), lowerCaseSurnameFindings(text, tokens, lists));
  return staffWords.size === 0 ? all : all.filter((name) => !wordsOf(name.text).every((word) => staffWords.has(word)));
}

/** A surname typed in lower case after its tussenvoegsels ("de haan", "van dijk"): listed, or a personal name no dictionary knows. */
function isLowerCaseSurname(token: Token, lists: NameLists): boolean {
  if (token.capitalised || token.protected || token.confirmed || /\d/u.test(token.text) || token.text.length < 3) return false;
  return lists.surnames.has(token.lower) || lists.personNames.has(token.lower);
}

/**
 * A surname in lower case without tussenvoegsel after a form of address ("meneer pieters", "mevrouw bakker"): our list,
 * also when it is a word, or OpenTaal's when no dictionary knows it.
 */
function isListedLowerCaseSurname(token: Token, lists: NameLists): boolean {
  if (!isLowerCaseSurname(token, lists)) return false;
  return lists.surnames.has(token.lower) || (!isDutchWord(token.lower, lists.dutchWords) && !isEnglishWord(token.lower, lists.englishWords));
}

/** Months that are also first names ("april", "mei", "juni", "juli"). */
const MONTH_NAMES = new Set(['april', 'mei', 'juni', 'juli']);
/** What a pupil does or is told about, in the sentence a month opens: "april is … nog maar 2x op school geweest". */
const PUPIL_DOINGS = /\b(?:school|les|lessen|huiswerk|mentor|mentorgroep|mentorklas|klas|ingeleverd|spijbelt|spijbelde|verzuimt|afwezig|weggelopen|vertelde|vertelt|zegt|zei|ze|zij|hij|haar|zijn|zn|z'n|d'r|moeder|vader|ouders)\b/iu;

/**
 * A month that is a first name opening a sentence as the subject of what a pupil does: "april is sinds de meivakantie nog
 * maar 2x op school geweest". Not the month itself ("april is een drukke maand", "mei is altijd druk").
 */
function isMonthNameAsSubject(tokens: Token[], index: number, text: string): boolean {
  const [token, verb] = [tokens[index]!, tokens[index + 1]];
  if (!token.sentenceStart || token.confirmed || !MONTH_NAMES.has(token.lower) || !verb || !SUBJECT_VERBS.has(verb.lower)) return false;
  const sentence = /^[^.!?\n]*/u.exec(text.slice(verb.start))![0];
  return PUPIL_DOINGS.test(sentence) && !/\b(?:maand|maanden|druk|drukke|rustig|rustige|vol|dagen|week|weken|periode|schooljaar|feestdagen)\b/iu.test(sentence);
}

/** Adjectives that single out a pupil by a surname in class talk: "de kleine bakker", "de jonge visser". */
const SURNAME_ADJECTIVES = new Set(['kleine', 'grote', 'jonge', 'oude', 'lange', 'dikke', 'jongste', 'oudste', 'kleinste', 'langste']);
/** "… uit mijn mentorgroep", "… uit 2b": someone from a class or group, not from a country. */
const FROM_A_CLASS_AFTER = /^\s+uit\s+(?:(?:mijn|onze|mn|m'n|de|het|zijn|haar)\s+)?(?:\p{L}*klas|\p{L}*groep|[a-z]{0,3}[1-6])/iu;
/** Nouns of talking with someone: "gesprek met de jong", "afspraak met van dijk". */
const TALK_NOUNS = new Set(['gesprek', 'gesprekje', 'afspraak', 'overleg', 'contact', 'ruzie', 'gedoe', 'probleem', 'problemen']);

/** A child or sibling of a family: "jongste van visser", "zoon van de vries". */
const CHILD_WORDS = new Set(['jongste', 'oudste', 'middelste', 'zoon', 'zoontje', 'dochter', 'dochtertje', 'kind', 'kinderen', 'broer', 'broertje', 'zus', 'zusje', 'tweeling', 'neef', 'neefje', 'nicht', 'nichtje', 'kleinzoon', 'kleindochter']);
/** A young person pointed at: "de jongen van …", "dat meisje van …". */
const YOUNG_PERSON_WORDS = new Set(['jongen', 'jongetje', 'jochie', 'knul', 'meisje', 'meid', 'leerling', 'leerlinge']);
/** "visser, ja die familie weer", "de jong (die familie)": the surname taken up as a family. */
const FAMILY_AFTER = /^\s{0,3}(?:[,(]\s{0,3})?(?:(?:ja|jaja|nou|hè|he),?\s{1,3})?(?:die|de|dat|hun|zijn|haar)\s{1,3}(?:hele\s{1,3})?(?:familie|gezin)\b/iu;

/**
 * A listed surname typed in lower case where a person stands: after tussenvoegsels and a talk ("gesprek met de jong",
 * "gebeld met van dijk"), or after an adjective and before a verb ("de kleine bakker is weer weggelopen"). The word alone
 * is often a word ("bakker", "jong"); the slot makes it a person.
 */
function lowerCaseSurnameFindings(text: string, tokens: Token[], lists: NameLists): Finding[] {
  const found: Finding[] = [];
  tokens.forEach((token, i) => {
    if (!isLowerCaseSurname(token, lists)) return;
    // Our list, or for a pupil pointed at by family ("de jongen van verhoef") also OpenTaal's surname that is no word.
    const listed = lists.surnames.has(token.lower);
    if (!listed && !isListedLowerCaseSurname(token, lists)) return;
    let first = i;
    while (first > 0 && !tokens[first - 1]!.capitalised && TUSSENVOEGSELS.has(tokens[first - 1]!.lower) && text.slice(tokens[first - 1]!.end, tokens[first]!.start) === ' ') first--;
    const [before, beforeThat] = [tokens[first - 1]?.lower ?? '', tokens[first - 2]?.lower ?? ''];
    const next = tokens[i + 1];
    const afterTalk = first < i && before === 'met' && (TALK_NOUNS.has(beforeThat) || TALK_WORDS.test(beforeThat) || tokens.slice(i + 1, i + 4).some((word) => TALK_WORDS.test(word.lower)));
    const subjectOf = !!next && (SUBJECT_VERBS.has(next.lower) || ADVERBS_AFTER_SUBJECT.has(next.lower));
    // "de kleine bakker is …", "de lange de boer uit mijn mentorgroep": an adjective that singles someone out, after "de" or
    // opening the sentence, and a verb, an adverb or a class after the name.
    const adjective = tokens[first - 1];
    const singledOut = !!adjective && SURNAME_ADJECTIVES.has(adjective.lower) && (tokens[first - 2]?.lower === 'de' || adjective.sentenceStart) && (subjectOf || FROM_A_CLASS_AFTER.test(text.slice(token.end, token.end + 30)));
    // "van dijk is weer te laat", "de vries zit …": a surname with tussenvoegsels as the subject opening a sentence; not
    // "de boer is …" (the farmer), where "de" is an article before a word.
    const articleBeforeWord = i - first === 1 && ['de', 'het'].includes(tokens[first]!.lower) && isDutchWord(token.lower, lists.dutchWords);
    const openingSubject = first < i && tokens[first]!.sentenceStart && subjectOf && !articleBeforeWord;
    // "jongste van visser", "het broertje van de vries": a child of a family named by its surname; not "de zoon van de bakker".
    const articleBeforeNoun = (from: number) => i > from && ['de', 'het'].includes(tokens[from]!.lower) && isDutchWord(token.lower, lists.dutchWords);
    // "de jongen van verhoef", "dat meisje van smit": a pupil named by the family, after a pointing article.
    const pupilOfFamily = YOUNG_PERSON_WORDS.has(before) && DETERMINERS.has(beforeThat);
    const childOfFamily = tokens[first]!.lower === 'van' && (CHILD_WORDS.has(before) || pupilOfFamily) && !articleBeforeNoun(first + 1);
    // "visser, ja die familie weer": a surname taken up as a family right after it; not "bij de bakker, die familie …".
    const familyAfter = FAMILY_AFTER.test(text.slice(token.end, token.end + 30)) && !DETERMINERS.has(before) && !articleBeforeNoun(first);
    if (!listed && !(childOfFamily && pupilOfFamily)) return;
    if (!afterTalk && !singledOut && !openingSubject && !childOfFamily && !familyAfter) return;
    // In "jongste van visser" the "van" is the preposition, not part of the surname.
    const start = tokens[childOfFamily && first < i ? first + 1 : first]!.start;
    if (!isStaffMember(tokens, start, token.end, text, lists)) found.push(finding(text, 'name', start, token.end));
  });
  return found;
}

/** "mevrouw El Amrani", "de familie Öztürk", "meneer de Wit": the family name after a form of address. */
function honorificFindings(text: string, tokens: Token[], lists: NameLists): Finding[] {
  const found: Finding[] = [];
  tokens.forEach((token, i) => {
    if (!HONORIFICS.has(token.lower)) return;
    let j = i + 1;
    while (tokens[j] && TUSSENVOEGSELS.has(tokens[j]!.lower) && tokens[j + 1]) j++;
    const surname = tokens[j];
    // "mevr. Bouchtaoui", "fam. de Wit": the full stop of an abbreviated form of address does not end the sentence.
    const between = text.slice(token.end, surname?.start).replace(ABBREVIATED_HONORIFICS.has(token.lower) ? /^\./u : /^$/u, '');
    const lowerCaseSurname = !!surname && j > i + 1 && isLowerCaseSurname(surname, lists);
    if ((looksLikeName(surname) || lowerCaseSurname || (!!surname && isListedLowerCaseSurname(surname, lists))) && surname.start - token.end <= 12 && !/[,.;:!?]/u.test(between) && !isStaffMember(tokens, tokens[i + 1]!.start, surname.end, text, lists))
      found.push(finding(text, 'name', tokens[i + 1]!.start, surname.end));
  });
  return found;
}

/** The class code inside a class-and-name finding's text ("2B" in "Sanne uit 2B"), with its offset in that text. */
export function classCodeIn(text: string): { index: number; code: string } | undefined {
  for (const match of text.matchAll(WORD)) {
    const code = match[0];
    if ((CLASS_CODE.test(code) && !ORDINAL.test(code) && /\d/u.test(code) && /\p{L}/u.test(code)) || NUMBERED_CLASS_CODE.test(code)) return { index: match.index, code };
  }
  return undefined;
}

/** "Sanne Bakker", "Jan de Vries": a capitalised known first name followed by a capitalised surname. */
export function isFullName(phrase: string, lists: NameLists): boolean {
  const words = phrase.trim().split(/\s+/u);
  const [first, last] = [words[0] ?? '', words[words.length - 1] ?? ''];
  return words.length >= 2 && /^\p{Lu}/u.test(first) && inFirstNames(first.toLocaleLowerCase('nl'), lists) && /^\p{Lu}/u.test(last);
}

/** Words before a number that make it a section, room or page rather than a class. */
const NOT_CLASS_BEFORE = new Set(['hoofdstuk', 'paragraaf', 'par', 'lokaal', 'pagina', 'blz', 'bladzijde', 'opdracht', 'stap', 'artikel', 'versie', 'les', 'week', 'module', 'thema', 'lesbrief', 'bijlage', 'figuur', 'tabel', 'vraag', 'route', 'bus', 'lijn']);

function isClassCode(token: Token, previous?: Token): boolean {
  if (previous && NOT_CLASS_BEFORE.has(previous.lower)) return false;
  return (CLASS_CODE.test(token.text) && !ORDINAL.test(token.text) && /\d/u.test(token.text) && /\p{L}/u.test(token.text)) || NUMBERED_CLASS_CODE.test(token.text);
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
const CLASS_AFTER_OPENER = /^(?: (?:uit|zit in|zat in) (?:klas |groep )?|\s*\(\s*(?:klas\s)?|,\s*)$/u;
/** "april uit de 2e", "Bergen uit de derde", "roos uit 4 vmbo-t": a year of school, or a year with a level, instead of a class code. */
/** "beer uit mijn klas is …", "sterre uit onze mentorgroep": a word joined to the writer's own class. */
const OWN_CLASS_AFTER = /^ (?:uit|van) (?:mijn|onze|m'n) (?:\p{L}+ )?(?:mentorklas|mentorgroep|klas|groep|lesgroep|stamgroep|basisgroep)(?![\p{L}\p{N}])/iu;
/** Every level or stream a year goes with ("3 TL", "2 vmbo-k", "4 PrO"), in any case; shared with the class patterns. */
export const LEVEL = String.raw`(?:vmbo-?(?:tl|gt|gl|kb|bb|t|k|b|g)(?![\p{L}])|mavo|havo|vwo|vmbo|gymnasium|gym|atheneum|tto|kader|basis|bb|kb|gl|tl|gt|mh|hv|lwoo|pro|praktijkonderwijs|isk)`;
/**
 * "(Mehmet, 14)", "Daan (14 jr)", "Sem, 3 havo,", "Noor (2b)": an age or class set off right after a name is that pupil's,
 * whatever role or organisation stands before it ("Casus werkatelier (Mehmet, 14)"); such a name is never a colleague's.
 */
const AGE_OR_CLASS_RIGHT_AFTER = new RegExp(String.raw`^[ \t]{0,2}[,(][ \t]{0,2}(?:(?:[4-9]|1\d|2[01])(?:[ \t]{0,2}(?:jaar|jr|j)\.?)?|[1-6][ \t]?(?:${LEVEL}|[a-df-h]\d?)|[a-z]{1,3}[1-6][a-h]?\d?)[ \t]{0,2}(?:[),;]|:(?!\d)|$)`, 'iu');
const YEAR_AFTER_NAME = new RegExp(String.raw`^ (?:uit|zit in|zat in) (?:de (?:[1-6](?:e|de|ste)|eerste|tweede|derde|vierde|vijfde|zesde)|[1-6] ?${LEVEL})(?![\p{L}\p{N}])`, 'iu');

/** "(meisje uit mijn mentorgroep)", "(jongen, 14)", ", een jongen uit 2b,": a description of one pupil in brackets or apposition. */
const PUPIL_DESCRIPTION_AFTER = /^(?:[ \t]{0,2}\([ \t]{0,2}(?:(?:een|mijn|m'n|mn|onze|die|dat)[ \t]{1,3})?(?:\p{Ll}{0,10}leerlinge?|meisje|jongen|meid|knul|kind|klasgeno(?:ot|te)|\p{Ll}{0,8}klasser)(?![\p{L}])|[ \t]{0,2},[ \t]{1,3}(?:een|mijn|m'n|mn|onze)[ \t]{1,3}(?:\p{Ll}{0,10}leerlinge?|meisje|jongen|meid|knul|klasgeno(?:ot|te)|\p{Ll}{0,8}klasser)[ \t]{1,3}(?:uit|van|in|bij|met|die|dat)\b[^,.!?\n()]{1,50}[,)–-])/u;
/** Words that may stand before such a description without being a name: a label, a topic or a time ("Casus (meisje, 14)"). */
const NOT_NAMES_BEFORE_DESCRIPTION = new Set(['casus', 'vraag', 'vraagje', 'situatie', 'melding', 'zorg', 'zorgen', 'gesprek', 'overleg', 'onderwerp', 'topic', 'update', 'vandaag', 'gisteren', 'vanochtend', 'vanmiddag', 'nu', 'ook', 'dus', 'maar', 'verder', 'daarnaast', 'kortom', 'hoi', 'hallo', 'hey', 'beste', 'oké', 'ok', 'ja', 'nee', 'klas', 'groep', 'mentorgroep']);

/**
 * "sky (meisje uit mijn mentorgroep) zegt …", "storm, een jongen uit 2b, wil …": a single word right before a description
 * of one pupil is that pupil's name, whatever its case and even when it is a word; not after an article or possessive
 * ("de nieuwe (jongen uit 2b)"), not a pupil word itself ("mijn mentorleerling (meisje, 14)"), a label or a time.
 */
function isWordBeforePupilDescription(tokens: Token[], index: number, text: string): boolean {
  const [token, previous] = [tokens[index]!, tokens[index - 1]];
  if (token.confirmed || /\d/u.test(token.text) || token.text.length < 2 || !PUPIL_DESCRIPTION_AFTER.test(text.slice(token.end, token.end + 90))) return false;
  if (previous && !hasStop(text, previous.end, token.start) && (DETERMINERS.has(previous.lower) || PERSON_BEFORE.has(previous.lower))) return false;
  if ([NOT_NAMES_BEFORE_DESCRIPTION, PERSON_BEFORE, HONORIFICS, PRONOUNS, DETERMINERS, CHILD_WORDS, YOUNG_PERSON_WORDS, KIN_WORDS].some((words) => words.has(token.lower))) return false;
  return !/(?:leerlinge?|leerlingen|klasser|genoot|genote|ouders?|moeder|vader|kinderen|jongens|meisjes)$/u.test(token.lower) && !isStaffRole(token.lower);
}

/**
 * A bare singular word in lower case opening a clause before "uit mijn klas" has no article, so it is a name ("beer uit
 * mijn klas is …"); "de beer uit mijn klas", "leerlingen uit mijn klas" are not. Capitals: NAMED_FROM_OWN_CLASS.
 */
function isBareWordBeforeOwnClass(tokens: Token[], index: number): boolean {
  const [token, previous] = [tokens[index]!, tokens[index - 1]];
  const bare = !previous || token.sentenceStart || CLAUSE_OPENERS.has(previous.lower) || SUBJECT_VERBS.has(previous.lower);
  return !token.capitalised && !token.protected && bare && !/(?:en|s)$/u.test(token.lower) && !/(?:leerling|klasser|genoot|genote)$/u.test(token.lower);
}

/**
 * "Djaylano uit 1D", "Mo (2B)", "Bergen uit klas 1.3", "roos uit 2b", "april uit de 2e": a word right before "uit" or
 * "zit in" and a class (or a year), or with the class in brackets or after a comma, is someone, even when it is also a
 * place or a word: a town does not come out of a class. Not when it is a pronoun, an adverb of time or a group word.
 * A lower-case word counts when it is a first name or no Dutch word; a year alone needs more than a capital.
 */
function isWordBeforeClass(tokens: Token[], index: number, classIndex: number | undefined, text: string, lists: NameLists): boolean {
  const token = tokens[index]!;
  const joined = classIndex === undefined ? YEAR_AFTER_NAME.test(text.slice(token.end, token.end + 24)) : CLASS_AFTER_OPENER.test(text.slice(token.end, tokens[classIndex]!.start));
  const ownClass = classIndex === undefined && OWN_CLASS_AFTER.test(text.slice(token.end, token.end + 40));
  if (!(joined || ownClass) || token.confirmed || /\d/u.test(token.text) || token.text.length < 2) return false;
  if ([OPENERS_BEFORE_CLASS, PERSON_BEFORE, HONORIFICS, ABSTRACT_OPENERS, THING_BEFORE, TUSSENVOEGSELS, DETERMINERS].some((words) => words.has(token.lower))) return false;
  if (!joined) return isBareWordBeforeOwnClass(tokens, index);
  if (inFirstNames(token.lower, lists)) return true;
  const unknownWord = token.text.length >= 3 && !isDutchWord(token.lower, lists.dutchWords);
  // A place, a month or another listed word does not come out of a class either: "april uit de 2e", "Bergen uit klas 1.3".
  if (!token.capitalised) return unknownWord || token.protected;
  return classIndex !== undefined || unknownWord || token.protected;
}

/** A class code with a name-like word within a few words, such as "Milan uit 1C" or "2A: Elif". */
function classAndNameFindings(text: string, tokens: Token[], lists: NameLists, names: Finding[]): Finding[] {
  const found: Finding[] = [];
  tokens.forEach((token, i) => {
    if (!isClassCode(token, tokens[i - 1])) return;
    for (let j = Math.max(0, i - CLASS_WINDOW); j <= Math.min(tokens.length - 1, i + CLASS_WINDOW); j++) {
      const other = tokens[j]!;
      const name = names.find((candidate) => other.start >= candidate.start && other.end <= candidate.end);
      const nameLike = isKnownFirstName(other, lists) || (looksLikeName(other) && !other.sentenceStart) || isWordBeforeClass(tokens, j, i, text, lists);
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

/** Names and class-plus-name combinations; `protectedSpans` are not read as names, `confirmedSpans` (the mentor's) never. */
/** The names found, and where staff were named in their role (their phone or mail there is a work contact). */
export function nameFindings(text: string, lists: NameLists, protectedSpans: Spans, confirmedSpans: Spans): { names: Finding[]; staff: Array<[number, number]> } {
  const tokens = tokenize(text, protectedSpans, confirmedSpans, lists);
  const staff: Array<[number, number]> = [];
  const names = nameFindingsFromTokens(text, tokens, lists, staff);
  return { names: names.concat(classAndNameFindings(text, tokens, lists, names)), staff };
}
