import { finding, type Finding, type ScreenResult } from './kinds';
import type { NameLists } from './nameLists';
import { classCodeIn, isFullName, nameFindings, protectedPhraseSpans, publicReferenceSpans, roleFollows } from './names';
import { patternFindings } from './patterns';
import { isSchoolContact, isStaffMailAtSchool } from './schoolContacts';
import { isContactInStaffSentence, isMentionOfStaff } from './staffSentences';
import { isStaffContact, isWorkContact, workContactSpans } from './workContacts';

export interface ScreenOptions {
  /**
   * Words the mentor confirmed are not names (a town, a method); they are never read as a name. That clears only the name:
   * a class, number, date or address stays, a class next to the word stays as a class, and a first name with a surname
   * ("Sanne Bakker") cannot be confirmed.
   */
  allow?: readonly string[];
  /** Today, to tell a date of birth from a recent date. */
  now?: Date;
}

/** After a handle opening a message: a request to take over a piece of staff work ("kun jij … het inloopspreekuur overnemen"). */
const TAKES_OVER_AFTER = /^[,:]?\s+(?:(?:kun|kan|wil|zou|neem|neemt|doe|doet)\s+)(?:(?:jij|je|u)\s+)?[^.!?\n]{0,60}?\p{L}*(?:spreekuur|overleg|dienst|lessen|les|gesprek|intake|werkatelier)\s+(?:over(?:nemen)?|waarnemen|doen|vervangen)\b/iu;
/** "Volg ons op Instagram via @…", "ons account @…", "onze TikTok @…": the programme's or organisation's own account. */
const OWN_ACCOUNT_BEFORE = /(?:\b(?:volg|volgt|volgen|like|liken)\s+(?:ons|jos)\b[^.!?\n]{0,60}|\bons(?:\s+eigen)?\s+(?:account|kanaal|insta(?:gram)?(?:account)?)\b[^.!?\n]{0,20}|\bonze\s+(?:insta(?:gram)?|tiktok|facebook|linkedin|pagina|socials)\b[^.!?\n]{0,20})$/iu;

export type Screen = (text: string, options?: ScreenOptions) => ScreenResult;

/** Drops a finding that lies inside another one, except that a class-and-name finding and the name inside it both stay (a confirmed name clears only the name). */
function withoutOverlaps(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  return sorted.filter((candidate, index) =>
    !sorted.some((other, otherIndex) => {
      if (otherIndex === index || other.start > candidate.start || other.end < candidate.end) return false;
      // Two findings over the same words (a shape and a name): one stays, or each would drop the other.
      const sameSpan = other.start === candidate.start && other.end === candidate.end;
      if (sameSpan && (other.kind === candidate.kind || (other.kind !== 'class-and-name' && candidate.kind !== 'class-and-name'))) return otherIndex < index;
      const eitherCombines = other.kind === 'class-and-name' || candidate.kind === 'class-and-name';
      return other.kind === candidate.kind || !eitherCombines || (other.kind === 'class-and-name' && candidate.kind === 'class');
    }),
  );
}

/** "Warmenhuizen zit in 2B" with Warmenhuizen confirmed: the class code stays a finding of its own. */
function classesOfClearedCombinations(text: string, unconfirmed: readonly Finding[], confirmed: readonly Finding[]): Finding[] {
  return unconfirmed.flatMap((combination) => {
    if (combination.kind !== 'class-and-name') return [];
    const inside = classCodeIn(combination.text);
    if (!inside) return [];
    const start = combination.start + inside.index;
    const end = start + inside.code.length;
    return confirmed.some((found) => found.start <= start && found.end >= end) ? [] : [finding(text, 'class', start, end)];
  });
}

/** "noemen een klasgenoot 'X'", "noemt iemand 'X'": what someone unnamed is called. */
const INDEFINITE_CALLED = /^(?:noemen|noemt|noemde|noemden)\s+(?:een|iemand|elkaar)\b/iu;
const quotedIn = (phrase: string) => /['‘"“]([^'’"”]+)['’"”]/u.exec(phrase)?.[1] ?? '';

/** Builds a screen over fixed name lists (load them once; screening is then pure and fast). */
export function createScreen(lists: NameLists): Screen {
  const screenWith = (text: string, allowed: readonly string[], now: Date): Finding[] => {
    // "@Fatima (gedragswetenschapper)": a colleague mentioned by handle with their role in brackets ("@lisa.xo_2011, de mentor vraagt …" stays).
    const staffHandle = (found: Finding) => found.kind === 'handle' && found.text.startsWith('@') && /^\s*\(/u.test(text.slice(found.end)) && roleFollows(text, found.end);
    // "@Priya kun jij donderdag het spreekuur overnemen?": the colleague asked to take over staff work; "Volg ons op Instagram via @jos_…": our own account.
    const colleagueOrOwnHandle = (found: Finding) =>
      found.kind === 'handle' && found.text.startsWith('@') &&
      ((/(?:^|\n)[ \t]{0,3}$/u.test(text.slice(0, found.start)) && TAKES_OVER_AFTER.test(text.slice(found.end, found.end + 120))) || OWN_ACCOUNT_BEFORE.test(text.slice(Math.max(0, found.start - 80), found.start)));
    const workContacts = workContactSpans(text);
    // Initials are found by shape; inside "Annie M.G. Schmidt" or a confirmed word they are no name (other shapes always count).
    // A professional's own signature or reachability block: its words are no pupil's name.
    const notNames = [...protectedPhraseSpans(text, [...allowed, ...lists.notNamePhrases]), ...publicReferenceSpans(text), ...workContacts];
    const shapes = patternFindings(text, now).filter((found) => found.kind !== 'name' || !notNames.some(([from, to]) => found.start < to && found.end > from));
    // An organisation's street or a colleague's handle is no finding, but its words are no name either ("zit aan de Kanaalkade 5").
    const protectedSpans = [...notNames, ...shapes.map((found) => [found.start, found.end] as const)];
    // "woont in de beemster", "in de rijp": one word read as a street that is a listed town, region or other not-name is a place.
    const placeReadAsStreet = (found: Finding) =>
      found.kind === 'address' && /^\p{L}+$/u.test(found.text) && (lists.places.has(found.text.toLocaleLowerCase('nl')) || lists.notNameWords.has(found.text.toLocaleLowerCase('nl')) || notNames.some(([from, to]) => from <= found.start && to >= found.end));
    // "Sommige leerlingen noemen een klasgenoot 'Harry Potter'": a famous name given to someone unnamed is a general question.
    const famousNameForAnyone = (found: Finding) =>
      found.kind === 'unique-description' && INDEFINITE_CALLED.test(found.text) && lists.famousNames.has(quotedIn(found.text).toLocaleLowerCase('nl'));
    const { names, staff } = nameFindings(text, lists, protectedSpans, protectedPhraseSpans(text, allowed));
    // "@Marieke Donker": the surname right after a colleague's Teams mention is part of that mention.
    const staffMentions = shapes.filter((found) => isMentionOfStaff(found, text, lists));
    const surnameOfMention = (found: Finding) => found.kind === 'name' && staffMentions.some((mention) => found.start === mention.end + 1 && text[mention.end] === ' ');
    const shaped = shapes.filter((found) => !famousNameForAnyone(found) && !isSchoolContact(found, text, lists) && !isStaffMailAtSchool(found, text, lists) && !isWorkContact(found, workContacts) && !isStaffContact(found, text, staff) && !isContactInStaffSentence(found, text, lists, staff) && !staffHandle(found) && !staffMentions.includes(found) && !colleagueOrOwnHandle(found) && !placeReadAsStreet(found));
    return withoutOverlaps([...shaped, ...names.filter((found) => !surnameOfMention(found))]);
  };
  return (text, { allow = [], now = new Date() } = {}) => {
    const allowed = allow
      .filter((word) => !isFullName(word, lists))
      .map((word) => word.trim().toLocaleLowerCase('nl'))
      .filter((word) => word.length > 0);
    const findings = screenWith(text, allowed, now);
    if (allowed.length > 0) findings.push(...classesOfClearedCombinations(text, screenWith(text, [], now), findings));
    const marked = withoutOverlaps(findings).map((found) => (found.kind === 'name' && !isFullName(found.text, lists) ? { ...found, confirmable: true as const } : found));
    return { identifying: marked.length > 0, findings: marked };
  };
}
