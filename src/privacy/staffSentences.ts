/**
 * Professionals named in their work role, read by the shape of the sentence rather than by its wording: a sentence that
 * names a staff role or an organisation and says nothing of a pupil or a family is about staff, so a name bound to that
 * role is a colleague's and the sentence's work mail and office numbers are the organisation's.
 */
import type { Finding } from './kinds';
import type { NameLists } from './nameLists';
import { sentenceRange as fullSentence } from './sentences';
import { PERSONAL_MAIL_DOMAINS, PUPIL_OR_FAMILY_NOUNS } from './schoolContacts';
import { isStaffRole } from './staffRoles';

/**
 * A pupil, a family, an age, a class or a home in the sentence: then a name or number in it may be theirs. The personal
 * pronouns of PUPIL_OR_FAMILY_WORDS count too: "zij belt haar" may be about a pupil.
 */
const ABOUT_A_PUPIL_WITHOUT_PRONOUNS = String.raw`${PUPIL_OR_FAMILY_NOUNS}|klas|klasje|student|studenten|scholier|mentorgroep|mentorklas|jongen|jongetje|meisje|meid|jongere|jongeren|kinderen|tiener|puber|cliënt|client|casus|jaar\s+oud|\d{1,2}\s*(?:jaar|jr)|[1-6]\s?[a-h]\d?|privé|prive|woont|adres`;
const ABOUT_A_PUPIL = new RegExp(String.raw`(?<![\p{L}])(?:${ABOUT_A_PUPIL_WITHOUT_PRONOUNS}|hij|zij|ze|hem|haar)(?![\p{L}])`, 'iu');
/** A pupil, family, age or class named by a noun or number; the pronouns of a sentence whose colleague is bound to a role are theirs. */
const ABOUT_A_PUPIL_BY_NOUN = new RegExp(String.raw`(?<![\p{L}])(?:${ABOUT_A_PUPIL_WITHOUT_PRONOUNS})(?![\p{L}])`, 'iu');
/** "haar mail is", "zijn nummer": a professional's own contacts, said with the pronoun that may stand for a pupil elsewhere. */
const OWN_CONTACT = /(?<![\p{L}])(?:haar|zijn|z'n)\s+(?:mail|e-mail|mailadres|nummer|telefoonnummer|werknummer|werktelefoon|werkmobiel|dienstnummer|diensttelefoon|dienstmobiel)(?![\p{L}])/giu;
export const speaksOfPupil = (sentence: string) => ABOUT_A_PUPIL.test(sentence.replace(OWN_CONTACT, ' '));
export const namesPupilByNoun = (sentence: string) => ABOUT_A_PUPIL_BY_NOUN.test(sentence);

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
/**
 * Words that may stand between a role and the name of its holder: what it is of ("voor", "bij", "namens", a team, a
 * service), a copula, a date of starting, a form of address. A verb of meeting ("zag", "spreekt") is none of these, so in
 * "Jeugdarts zag vandaag Noa" Noa is whom the doctor saw, not the doctor.
 */
const GLUE = new RegExp(
  String.raw`^(?:de|het|onze|ons|jullie|nieuwe|nieuw|tijdelijke|vaste|vervangende|interim|waarnemend|waarnemende|voor|van|bij|namens|vanuit|is|wordt|blijft|was|vanaf|per|sinds|tot|en|met|ingang|tijdens|na|volgende|komende|week|maand|schooljaar|verlof|\p{L}*vakantie|maandag|dinsdag|woensdag|donderdag|vrijdag|dhr|mevr|mw|meneer|mevrouw|heer|dr|drs|mr|ir|\d{1,4}|${MONTHS})$`,
  'iu',
);
/** The word right before the name must not make it whom the role serves: "de mentor van Daan", "coach voor Sanne". */
const SERVES = /^(?:van|voor|bij|met|namens|vanuit|en|de|het)$/iu;
const CONTACT_POINT = /^(?:aanspreekpunt|contactpunt)$/iu;
/**
 * The sentence around what is judged, at most 300 characters either side (no 28 KB run-on sentence is read once per name
 * in it); the full stops inside a mail address ("m.hoek@alkmaar.nl, 072 …") end no sentence here.
 */
function sentenceRange(text: string, start: number, end: number): [number, number] {
  const offset = Math.max(0, start - 300);
  const window = text.slice(offset, Math.min(text.length, end + 300)).replace(/[^\s@]{1,64}@[^\s@]{1,255}/gu, (address) => address.replace(/\.(?=\S)/gu, '_'));
  const [from, to] = fullSentence(window, start - offset, end - offset);
  return [from + offset, to + offset];
}

const AGENT_BEFORE_ROLE = /(?:^|[\s,])(?:door|met|aan|naar|over|om|op|tegen|zonder)(?:\s+(?:de|het|een|onze|jullie))?\s*$/iu;
/** "door de coach", "met de mentor": the text before a role word ends in a preposition (and its article). */
export const isRoleAfterPreposition = (before: string) => AGENT_BEFORE_ROLE.test(before);
const WORD = /[\p{L}\p{N}&][\p{L}\p{N}&'’.-]*/gu;

/** An organisation or service word: "samenwerkingsverband", "wijkteam", "jggz-vo", or a listed service ("ggd", "groeimee"). */
function isOrganisationWord(word: string, lists: NameLists): boolean {
  const lower = word.toLocaleLowerCase('nl').replace(/\.$/u, '');
  return lists.services.has(lower) || /(?:verband|verbanden|team|teams|dienst|gemeente|gemeenten|regio|zorg|ggz|jgz|instelling|stichting)$/u.test(lower) || lists.services.has(lower.split('-')[0] ?? '');
}

const isGlue = (word: string, lists: NameLists) => GLUE.test(word.replace(/\.$/u, '')) || /^\p{Lu}/u.test(word) || isOrganisationWord(word, lists);

/** After a list heading the name ends its item: "Aanspreekpunt Groeimee: Lisa de Ruiter, l.deruiter@…" (not "Zoco: Daan wil …"). */
const ENDS_ITEM = /^\s*(?:[,;(\n]|[.!?](?:\s|$)|$)/u;

/** "J&G coach voor Vonk is vanaf 1 december Ahmed Benali", "Consulent samenwerkingsverband, dhr. Peeters": the role, glue, the name. */
function roleBefore(before: string, after: string, lists: NameLists): boolean {
  // A quote opens what someone says or is called ("Zoco Bonhoeffer: 'Tutti' uit …"), a colon what is said about someone,
  // unless the name is the whole item after a heading that names the role.
  const cut = Math.max(...[...":'‘’\"“”"].map((mark) => before.lastIndexOf(mark)));
  const isHeading = cut >= 0 && before[cut] === ':' && before.slice(cut + 1).trim() === '' && ENDS_ITEM.test(after);
  const scope = cut < 0 || isHeading ? before.slice(0, isHeading ? cut : undefined) : before.slice(cut + 1);
  const words = [...scope.matchAll(WORD)].map((match) => match[0]).slice(-9);
  if (words.length === 0 || SERVES.test(words.at(-1)!.replace(/\.$/u, ''))) return false;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!.replace(/\.$/u, '');
    // "Door de coach is Daan doorverwezen": a role after a preposition is not what the name is.
    // "Aanspreekpunt Groeimee voor de Spinaker wordt …": a contact point is staff only when it is an organisation's.
    if (CONTACT_POINT.test(word)) return words.slice(i + 1).some((next) => isOrganisationWord(next, lists));
    if (isStaffRole(word.toLocaleLowerCase('nl'))) return !isRoleAfterPreposition(words.slice(Math.max(0, i - 2), i).join(' '));
    if (!isGlue(words[i]!, lists)) return false;
  }
  return false;
}

/** "Ahmed Benali is vanaf december de nieuwe J&G coach", "Petra Smit, per 1 januari onze contactpersoon": the name, glue, the role. */
function roleAfter(after: string): boolean {
  const words = [...after.matchAll(WORD)].map((match) => match[0]).slice(0, 8);
  for (const raw of words) {
    const word = raw.replace(/\.$/u, '');
    if (isStaffRole(word.toLocaleLowerCase('nl'))) return true;
    if (!GLUE.test(word) || /^(?:van|voor|bij|met|en)$/iu.test(word)) return false;
  }
  return false;
}

/** The name set off by commas or brackets, closed by a comma, bracket, phone number or the end of the sentence. */
const OPENS_APPOSITION = /(?:,|\()[ \t]{0,3}(?:(?:dhr|mevr|mw|meneer|mevrouw|de heer)\.?[ \t]{1,3})?$/iu;
const CLOSES_APPOSITION = /^[ \t]{0,3}(?:[,);:]|[.!?]?$|\+?\d)/u;
/**
 * "Bij spoed de ambulant hulpverlener van Focus bellen, Samira Benali, 06-…": the name set off by commas or brackets right
 * after a clause that names a staff role (among its last nine words, not after a preposition: "na het gesprek met de coach, Daan,"
 * is whom the coach saw) is the holder of that role.
 */
function roleInApposition(before: string, after: string): boolean {
  if (!OPENS_APPOSITION.test(before) || !CLOSES_APPOSITION.test(after)) return false;
  const clause = before.replace(OPENS_APPOSITION, '');
  const words = [...clause.slice(Math.max(0, clause.search(/[^,;:()]*$/u))).matchAll(WORD)].map((match) => match[0]).slice(-9);
  return words.some((word, i) => isStaffRole(word.toLocaleLowerCase('nl').replace(/\.$/u, '')) && !isRoleAfterPreposition(words.slice(Math.max(0, i - 2), i).join(' ')));
}

/** A name held by the staff role beside it, in a sentence about staff only (no pupil, family, age or class in it). */
export function isNamedInRole(text: string, start: number, end: number, lists: NameLists): boolean {
  const [from, to] = sentenceRange(text, start, end);
  if (speaksOfPupil(text.slice(from, to))) return false;
  return roleBefore(text.slice(from, start), text.slice(end, to), lists) || roleAfter(text.slice(end, to)) || roleInApposition(text.slice(from, start), text.slice(end, to)) || isAttendee(text, start);
}

/** "Aanwezig: Petra Smit (wijkteam), Karin Visser", "Afwezig: …": the people at a meeting, in a line of an agenda or minutes. */
const ATTENDANCE_HEADING = /^[ \t]*(?:aanwezig|afwezig|afgemeld|afmeldingen|met\s+kennisgeving\s+afwezig|genodigden|deelnemers|notulist|notulen|voorzitter|gasten?)[ \t]*:/iu;
function isAttendee(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', start);
  if (!ATTENDANCE_HEADING.test(text.slice(lineStart, Math.min(start, lineStart + 60)))) return false;
  return !speaksOfPupil(text.slice(Math.max(lineStart, start - 300), Math.min(lineEnd === -1 ? text.length : lineEnd, start + 300)));
}

const ROLE_IN_BRACKETS = /^[ \t]{0,2}\([ \t]{0,2}(?:(?:de|onze|jullie)[ \t]{1,3})?(\p{L}[\p{L}&'’-]{1,40})/u;
/** "(ondersteuningscoördinator)", "(onze J&G coach)": a staff role in brackets right after a contact. */
const roleInBracketsAfter = (text: string, end: number) => isStaffRole(ROLE_IN_BRACKETS.exec(text.slice(end, end + 60))?.[1]?.toLocaleLowerCase('nl') ?? '');

/** "nieuw centraal nummer", "bereikbaar via", "algemeen nummer": how an organisation or professional gives its work contacts. */
const OFFICE_CONTACT = /\b(?:centraal|centrale|algemeen|algemene|vast|vaste|kantoor|receptie|secretariaat|werk|dienst|zakelijk|zakelijke)\s*(?:nummer|telefoonnummer|telefoon|mobiel|mobieltje|mailadres|mail|e-mail)\b|\bbereikbaar\s+(?:via|op)\b|\b(?:zijn|haar)\s+(?:mail|e-mail|mailadres|nummer)\s+is\b/iu;

/**
 * A work mailbox (not at a personal mail provider) or an office number in a sentence about staff only: a sentence with a
 * professional named in their role, or an organisation that gives its number, and nothing of a pupil or family.
 */
export function isContactInStaffSentence(found: Finding, text: string, lists: NameLists, staff: ReadonlyArray<readonly [number, number]>): boolean {
  if (found.kind !== 'email' && found.kind !== 'phone' && found.kind !== 'reference-number') return false;
  if (found.kind === 'email' && PERSONAL_MAIL_DOMAINS.test(found.text)) return false;
  if (found.kind === 'reference-number' && !/nummer/iu.test(found.text)) return false;
  const [from, to] = sentenceRange(text, found.start, found.end);
  const sentence = text.slice(from, to);
  // "m.kramer@vonk.nl (ondersteuningscoördinator), zij zet het door": the pronoun is the colleague the role in brackets names.
  const boundToRole = roleInBracketsAfter(text, found.end);
  if (boundToRole ? namesPupilByNoun(sentence) : speaksOfPupil(sentence)) return false;
  if (boundToRole) return true;
  const staffInSentence = staff.some(([start, end]) => start >= from && end <= to);
  const words = [...sentence.matchAll(WORD)].map((match) => match[0]);
  const roleOrOrganisation = words.some((word) => isStaffRole(word.toLocaleLowerCase('nl').replace(/\.$/u, '')) || isOrganisationWord(word, lists));
  return staffInSentence || (roleOrOrganisation && (found.kind === 'email' || OFFICE_CONTACT.test(sentence)));
}

const PLATFORM = /(?<![\p{L}])(?:insta|instagram|tiktok|snap|snapchat|discord|twitter|youtube|twitch|account|gamertag)(?![\p{L}])/iu;
/**
 * "Je kunt de procesbegeleider ook via Teams bereiken: @Marieke Donker (Groeimee), ze reageert …": a Teams mention (a
 * capitalised name, no digits or underscores) in a sentence that names a staff role or organisation, no platform and no
 * pupil or family by noun, is the colleague the sentence introduces; its pronouns are hers.
 */
export function isMentionOfStaff(found: Finding, text: string, lists: NameLists): boolean {
  if (found.kind !== 'handle' || !/^@\p{Lu}\p{Ll}+$/u.test(found.text)) return false;
  const [from, to] = sentenceRange(text, found.start, found.end);
  const sentence = text.slice(from, to);
  if (namesPupilByNoun(sentence) || PLATFORM.test(sentence)) return false;
  return [...sentence.matchAll(WORD)].some(({ 0: word, index }) => from + index !== found.start + 1 && (isStaffRole(word.toLocaleLowerCase('nl').replace(/\.$/u, '')) || isOrganisationWord(word, lists)));
}
