/**
 * Professionals named in their work role, read per name by the shape of the sentence rather than by its wording: a name
 * bound to a staff role or organisation (beside it, in apposition, in a handover, under a heading, by its own mailbox) is a
 * colleague's unless a pupil, family, age or class is bound to that name; in a sentence about staff only looser bindings
 * count too, and its work mail and office numbers are the organisation's.
 */
import type { Finding } from './kinds';
import type { NameLists } from './nameLists';
import { sentenceRange as fullSentence } from './sentences';
import { PERSONAL_MAIL_DOMAINS, PUPIL_OR_FAMILY_NOUNS } from './schoolContacts';
import { isStaffRole, isStaffRoleWord, isWorkField } from './staffRoles';

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

/** An organisation, service or field word: "samenwerkingsverband", "wijkteam", "jggz-vo", "jeugd", or a listed service ("ggd", "groeimee"). */
function isOrganisationWord(word: string, lists: NameLists): boolean {
  const lower = word.toLocaleLowerCase('nl').replace(/\.$/u, '');
  return lists.services.has(lower) || isWorkField(lower) || /(?:verband|verbanden|team|teams|dienst|gemeente|gemeenten|regio|zorg|ggz|jgz|instelling|stichting)$/u.test(lower) || lists.services.has(lower.split('-')[0] ?? '');
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
    if (isStaffRoleWord(word)) return !isRoleAfterPreposition(words.slice(Math.max(0, i - 2), i).join(' '));
    if (!isGlue(words[i]!, lists)) return false;
  }
  return false;
}

/** "Ahmed Benali is vanaf december de nieuwe J&G coach", "Petra Smit, per 1 januari onze contactpersoon": the name, glue, the role. */
function roleAfter(after: string): boolean {
  const words = [...after.matchAll(WORD)].map((match) => match[0]).slice(0, 8);
  for (const raw of words) {
    const word = raw.replace(/\.$/u, '');
    if (isStaffRoleWord(word)) return true;
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
 * is whom the coach saw) is the holder of that role; after a clause ending in an organisation ("Leerplicht Alkmaar, mevr.
 * H. Demir,") the name speaks for it.
 */
function roleInApposition(before: string, after: string, lists: NameLists, { ownMailbox = false, tight = false } = {}): boolean {
  if (!OPENS_APPOSITION.test(before) || !CLOSES_APPOSITION.test(after)) return false;
  const clause = before.replace(OPENS_APPOSITION, '');
  const words = [...clause.slice(Math.max(0, clause.search(/[^,;:()]*$/u))).matchAll(WORD)].map((match) => match[0]).slice(-9);
  // "naar de projectleider samenwerkingsverband, Gert-Jan Visser: gj.visser@…": with the name's own mailbox after it, the
  // name restates the role after a preposition too.
  const holds = (word: string, i: number) => isStaffRoleWord(word) && (ownMailbox || !isRoleAfterPreposition(words.slice(Math.max(0, i - 2), i).join(' ')));
  // "Leerplicht Alkmaar, mevr. H. Demir, 072-…", "Het wijkteam Bergen, mevrouw X,": a sentence opened by an organisation
  // alone (with its place) heads the name that speaks for it; "aangemeld bij het wijkteam, Daan," is whom it serves, and in a
  // list ("Aanwezig: moeder, Veilig Thuis, Daan, …") the name is an item of its own.
  const phrase = ` ${words.join(' ').toLocaleLowerCase('nl')} `;
  const namesOrganisation = words.some((word) => isOrganisationWord(word, lists)) || lists.organisations.some((name) => phrase.includes(` ${name} `));
  const organisationClause = namesOrganisation && !/[,;:()]/u.test(clause) && words.every((word) => /^(?:de|het|onze|ons|jullie)$/iu.test(word) || isOrganisationWord(word, lists) || /^\p{Lu}/u.test(word));
  if (organisationClause || (!tight && words.some(holds))) return true;
  // Beside a pupil the role must end the clause, only its organisation or school after it ("met de tante, mevr. X," is no role's).
  for (let i = words.length - 1; i >= 0; i--) {
    if (holds(words[i]!, i)) return true;
    if (!isOrganisationWord(words[i]!, lists) && !/^\p{Lu}/u.test(words[i]!)) return false;
  }
  return false;
}

/** A pupil, family, age or class by noun, or a class code ("2b", not the ordinal "2e"), in the few words bound to a name. */
const PUPIL_NEAR_NAME = new RegExp(String.raw`(?<![\p{L}])(?:${PUPIL_OR_FAMILY_NOUNS}|tante|oom|neef|nicht|voogd|stief\p{L}*|familie|klas|mentorgroep|mentorklas|jongen|meisje|jongere|tiener|puber|cliënt|client|jaar\s+oud|\d{1,2}\s*(?:jaar|jr)|[1-6]\s?[a-df-h]\d?)(?![\p{L}])`, 'iu');
/** "Coach Sanne zit in 2b", "Mentor Daan huilt": the name as the subject of what a pupil does. */
const PUPIL_ACTION_AFTER = /^[ \t]+(?:zit|zat)[ \t]+(?:bij[ \t]+(?:mij|me|ons)[ \t]+)?in[ \t]+(?:de[ \t]+)?(?:klas|\d)|^[ \t]+(?:huilt|huilde|verzuimt|verzuimde|spijbelt|spijbelde|wordt[ \t]+gepest|pest|blowt|is[ \t]+\d{1,2}\b|heeft[ \t]+(?:een[ \t]+)?(?:dyslexie|adhd|add|autisme|faalangst))/iu;
/**
 * The words bound to a name: those in brackets right after it, or up to the next comma, bracket or clause end (at most 40
 * characters), and the two words before it. A pupil noun, age or class there, or a pupil's action, makes the name a pupil's.
 */
function boundToPupil(before: string, after: string): boolean {
  const bracketed = /^[ \t]{0,2}\(([^()]{0,80})\)/u.exec(after)?.[1];
  // An apposition (", leerling uit 3b") or what is said of the name right after it ("uit 2b", "van 14", "14 jaar"), not the
  // object of its verb ("belt moeder" is whom a colleague calls).
  const apposition = /^[ \t]{0,2},/u.test(after) || /^[ \t]+(?:uit|in|van|klas|\d)/iu.test(after);
  const clause = after.slice(0, 60).replace(/^[ \t]{0,2},/u, '').split(/[,;:()\n]|[.!?](?:\s|$)/u)[0]!;
  const following = bracketed ?? (apposition ? [...clause.matchAll(WORD)].slice(0, 3).map((match) => match[0]).join(' ') : '');
  const preceding = [...before.slice(-40).split(/[,;:()\n]/u).at(-1)!.matchAll(WORD)].slice(-2).map((match) => match[0]).join(' ');
  return PUPIL_NEAR_NAME.test(following) || PUPIL_NEAR_NAME.test(preceding) || PUPIL_ACTION_AFTER.test(after);
}

/** A name with a pupil, family, age or class bound to it ("moeder X", "X (leerling, 14)", "X uit 2b", "Coach X huilt"): never a colleague. */
export function isBoundToPupil(text: string, start: number, end: number): boolean {
  const [from, to] = sentenceRange(text, start, end);
  return boundToPupil(text.slice(from, start), text.slice(end, to));
}

/** "Aanspreekpunt Groeimee voor ouders: Esther Vos, …", "Orthopedagoog (ook voor ouders): Femke Jansen": a heading opened by a role. */
const HEADING_BEFORE = /(?:^|[.!?\n][ \t]{0,3})[ \t]*([\p{L}&'’-]{2,40})([^:.!?\n]{0,60}):[ \t]{0,3}$/u;
function headedByRole(before: string, after: string, lists: NameLists): boolean {
  const heading = HEADING_BEFORE.exec(before);
  if (!heading || !ENDS_ITEM.test(after) || namesPupilByNoun(heading[2]!.split(/ (?:voor|van|bij) /u)[0]!)) return false;
  const first = heading[1]!.toLocaleLowerCase('nl');
  return isStaffRole(first) || (CONTACT_POINT.test(first) && [...heading[2]!.matchAll(WORD)].some((match) => isOrganisationWord(match[0], lists)));
}

/** "contactpersoon voor de scholen is Esther Vos", "aanspreekpunt voor ouders wordt dhr. Peeters": a role or contact word as the subject of a copula. */
const ROLE_COPULA_BEFORE = new RegExp(String.raw`(?:^|[.!?:;(\n,])[ \t]{0,3}(?:(?:de|het|onze|ons|jullie|nieuwe|vaste)[ \t]{1,3}){0,2}(\p{L}[\p{L}&'’-]{1,40})(?:[ \t]{1,3}[^\s.!?:;,()]{1,30}){0,6}?[ \t]{1,3}(?:is|wordt|blijft|was)(?:[ \t]{1,3}(?:per|vanaf|sinds|tot|met|ingang|van|tijdelijk|voorlopig|nu|\d{1,4}|${MONTHS})){0,4}[ \t]{1,3}(?:(?:dhr|mevr|mw|meneer|mevrouw)\.?[ \t]{1,3})?$`, 'iu');
/** The words for whom to contact: the subject of a copula, a label before a name, the head of a list. */
const CONTACT_WORDS = 'contact|contactpersoon|contactpersonen|aanspreekpunt|contactpunt';
const CONTACT_WORD = new RegExp(`^(?:${CONTACT_WORDS})$`, 'u');
/** "(contact: Priya Ramdin)", "contactpersoon: Esther Vos": a name given as the contact of what comes before it. */
const CONTACT_LABEL_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${CONTACT_WORDS})[ \t]{0,3}:[ \t]{0,3}$`, 'iu');
function roleByCopulaOrLabel(before: string, after: string, lists: NameLists): boolean {
  const subject = ROLE_COPULA_BEFORE.exec(before)?.[1]?.toLocaleLowerCase('nl');
  if (subject && (CONTACT_WORD.test(subject) || isStaffRole(subject))) return true;
  const label = CONTACT_LABEL_BEFORE.exec(before);
  if (!label || !ENDS_LABELLED_ITEM.test(after)) return false;
  // The contact of an organisation or role named in the words before the label ("gebiedsteam Alkmaar (contact: …)").
  const context = [...before.slice(Math.max(0, label.index - 80), label.index).matchAll(WORD)].map((match) => match[0]).slice(-5);
  return /^contactperso/iu.test(label[0]) || context.some((word) => isOrganisationWord(word, lists) || isStaffRoleWord(word));
}
const ENDS_LABELLED_ITEM = /^\s*(?:[,;()\n]|[.!?](?:\s|$)|$)/u;

/**
 * "Zoco's pilotscholen: De Spinaker - Gerda Vink, Focus - Tom Bakker": a list of school - name pairs under a heading opened
 * by a role or organisation; each name is the colleague of that school.
 */
const ROLE_HEADED_LIST = /(?:^|[.!?\n][ \t]{0,3})[ \t]*([\p{L}&'’-]{2,40})([^:.!?\n]{0,60}):((?:[ \t]{0,3}[^:.!?\n,;]{1,60}[ \t][-–][ \t][^:.!?\n,;]{1,60}[,;]){0,12})[ \t]{0,3}[^:.!?\n,;–-]{1,60}[ \t][-–][ \t]$/u;
function inRoleHeadedList(before: string, after: string, lists: NameLists): boolean {
  const heading = ROLE_HEADED_LIST.exec(before);
  if (!heading || !ENDS_ITEM.test(after) || namesPupilByNoun(heading[2]!)) return false;
  // "Zoco's", "Coaches", "Wijkteams": a role or organisation in the plural heads the list too.
  const first = heading[1]!.toLocaleLowerCase('nl').replace(/['’]s$/u, '');
  return [first, first.replace(/(?:s|es|en)$/u, '')].some((word) => isStaffRole(word) || CONTACT_WORD.test(word) || isOrganisationWord(word, lists));
}

/** "met Marieke besproken, onze zoco, en …": the role set off after the name and the short predicate that closes its clause. */
const ROLE_APPOSITION_AFTER_PREDICATE = /^[ \t]{1,3}(?:\p{Ll}{2,20}[ \t]{1,3}){0,1}\p{Ll}{2,20}[ \t]{0,2},[ \t]{0,3}(?:onze|ons|de|jullie|mijn)[ \t]{1,3}(?:\p{Ll}{2,20}[ \t]{1,3})?(\p{L}[\p{L}&'’-]{1,40})[ \t]{0,2}(?:[,;)]|[.!?](?:\s|$)|$)/u;
const roleInAppositionAfterPredicate = (after: string) => isStaffRole(ROLE_APPOSITION_AFTER_PREDICATE.exec(after)?.[1]?.toLocaleLowerCase('nl') ?? '');

/** The role opens its clause ("Zoco Petra Hoekstra (…) neemt …", "…: onze coach Anouk …"), so the name after it is its holder, not its object. */
const OPENS_CLAUSE = /(?:^|[.!?:;(\n]|,)[ \t]{0,3}(?:(?:de|het|onze|ons|jullie|nieuwe|vaste)[ \t]{1,3}){0,2}$/iu;
function roleOpensClauseBefore(before: string): boolean {
  const roles = [...before.matchAll(WORD)].filter((match) => CONTACT_POINT.test(match[0]) || isStaffRoleWord(match[0]));
  return roles.length > 0 && OPENS_CLAUSE.test(before.slice(0, roles.at(-1)!.index));
}

/** A copula, a contact label, a role-headed list of schools and names, a role set off after the name's short clause. */
const boundToRoleAnyForm = (before: string, after: string, lists: NameLists) =>
  roleByCopulaOrLabel(before, after, lists) || inRoleHeadedList(before, after, lists) || roleInAppositionAfterPredicate(after);

/**
 * A name held by the staff role beside it. In a sentence about staff only any binding the rules below read counts; in a
 * sentence that also speaks of a pupil or family, only a tight one (the role opening the clause before the name, the role
 * after it, the name set off after the role, a handover, the name's own mailbox) and nothing of a pupil bound to the name.
 */
export function isNamedInRole(text: string, start: number, end: number, lists: NameLists): boolean {
  const range = sentenceRange(text, start, end);
  const [from, to] = range;
  const [before, after] = [text.slice(from, start), text.slice(end, to)];
  if (!speaksOfPupil(text.slice(from, to))) {
    return roleBefore(before, after, lists) || roleAfter(after) || roleInApposition(before, after, lists, { ownMailbox: ownMailboxFollows(text.slice(start, end), after) }) || isAttendee(text, start) || inStaffHandover(text, range, before, after) || boundToRoleAnyForm(before, after, lists);
  }
  if (boundToPupil(before, after)) return false;
  if (boundToRoleAnyForm(before, after, lists)) return true;
  const ownMailbox = ownMailboxFollows(text.slice(start, end), after);
  // "Sanne's mentor": the role after a possessive name is whom it has, not what it is.
  const possessive = /['’]s$/u.test(text.slice(start, end));
  return (roleBefore(before, after, lists) && roleOpensClauseBefore(before)) || headedByRole(before, after, lists) || (!possessive && roleAfter(after)) || roleInApposition(before, after, lists, { ownMailbox, tight: true }) || inStaffHandover(text, range, before, after);
}

/** "i.degraaf", "gj.visser", "s.kuipers", "lieke.schouten": a mailbox named after the person (initials or first name, surname). */
export function mailboxMatchesName(address: string, name: string): boolean {
  const local = address.split('@')[0]!.toLocaleLowerCase('nl').replace(/[^\p{L}]/gu, '');
  const words = name.toLocaleLowerCase('nl').split(/\s+/u).filter(Boolean);
  if (words.length < 2 || local.length < 3) return false;
  const [first, ...rest] = words as [string, ...string[]];
  const surname = rest.join('').replace(/[^\p{L}]/gu, '');
  const lastOnly = rest.at(-1)!.replace(/[^\p{L}]/gu, '');
  const initials = first.split('-').map((part) => part[0] ?? '').join('');
  const firstCompact = first.replace(/[^\p{L}]/gu, '');
  return [surname, lastOnly].some((family) => family.length >= 3 && local.endsWith(family) && [firstCompact, initials, initials[0] ?? '', ''].includes(local.slice(0, local.length - family.length)));
}
const MAILBOX_AFTER_NAME = /^[ \t]{0,3}(?:[(:,][ \t]{0,3}(?:(?:mail|e-mail|mailadres)[ \t]{0,2}:?[ \t]{0,3})?)([^\s@()]{1,64}@[\w.-]{1,255}\.\p{L}{2,})/iu;
/** "Gert-Jan Visser: gj.visser@swvnk.nl", "Sander Kuipers (s.kuipers@groeimee.nl)": the name's own work mailbox right after it. */
function ownMailboxFollows(name: string, after: string): boolean {
  const address = MAILBOX_AFTER_NAME.exec(after)?.[1];
  return !!address && !PERSONAL_MAIL_DOMAINS.test(address) && mailboxMatchesName(address, name);
}

/** "neemt het over van", "vervangt", "de opvolger van", "in plaats van", "tijdens het verlof van": the name on the other side of a handover. */
const HANDED_OVER_FROM_BEFORE = /(?:\b(?:neemt|nam|nemen)\b[^.!?\n]{0,60}?\bover[ \t]+van|\b(?:vervangt|verving|vervangen|vervanger[ \t]+van|opvolger[ \t]+van|opvolgster[ \t]+van|in[ \t]+plaats[ \t]+van|i\.p\.v\.|(?:tijdens|gedurende)[ \t]+het[ \t]+\p{L}{0,16}verlof[ \t]+van)|\bvolgt\b[^.!?\n]{0,30}?\bop)[ \t]+(?:(?:dhr|mevr|mw|collega)\.?[ \t]+)?$/iu;
/** The taker on the near side: "Lieke Schouten neemt het over van …", "Ahmed vervangt …". */
const TAKES_OVER_AFTER_NAME = /^[ \t]+(?:(?:neemt|nam)\b[^.!?\n]{0,60}?\bover[ \t]+van|vervangt|verving|volgt[ \t]+\p{Lu}|is[ \t]+(?:de[ \t]+)?(?:opvolger|opvolgster|vervanger)[ \t]+van)[ \t]+(?:(?:dhr|mevr|mw|collega)\.?[ \t]+)?\p{Lu}/u;
/**
 * A name on either side of a handover of work in a sentence that names a staff role as its subject, heading or what is
 * handed over ("Overdracht J&G coach Bonhoeffer: vanaf 1 december neemt Lieke Schouten het over van Tamara Bos", "Zoco Petra
 * Hoekstra neemt de voorzittersrol over van Wim", "… als aanspreekpunt"), and nothing of a pupil bound to it: who takes over
 * or hands over work is a colleague ("neemt het over van haar moeder" names none).
 */
function inStaffHandover(text: string, [from, to]: readonly [number, number], before: string, after: string): boolean {
  if (boundToPupil(before, after)) return false;
  const handedOverFrom = HANDED_OVER_FROM_BEFORE.exec(before);
  const takerAfterVerb = /\b(?:neemt|nam)[ \t]+$/iu.test(before) && /^[ \t]+[^.!?\n]{0,40}?\bover[ \t]+van[ \t]+(?:(?:dhr|mevr|mw|collega)\.?[ \t]+)?\p{Lu}/u.test(after);
  // "neemt Bas Huisman het over als jeugdhulpverlener", "de lopende trajecten draagt Lotte Smit warm over": the subject of the
  // handover after its verb, what is handed over a task (or said before the verb), not a person.
  const takerOrGiver = (/\b(?:neemt|nam)[ \t]+$/iu.test(before) && /^[ \t]+(?:het|dit|dat|de[ \t]+\p{Ll}+|haar[ \t]+\p{Ll}+|zijn[ \t]+\p{Ll}+)[ \t]+(?:\p{Ll}+[ \t]+)?over(?:[ \t]+als\b|[ \t]*[,;.!?]|$)/u.test(after)) ||
    (/(?:traject|trajecten|dossier|dossiers|caseload|taken|casussen|werk|groepen|lessen|uren)\b[^.!?\n;]{0,60}\b(?:draagt|droeg)[ \t]+$/iu.test(before) && /^[ \t]+(?:\p{Ll}+[ \t]+)?over\b/u.test(after));
  if (takerOrGiver) return roleInSentenceOf(text, from, to);
  if (!handedOverFrom && !takerAfterVerb && !TAKES_OVER_AFTER_NAME.test(after)) return false;
  const opening = handedOverFrom ? before.slice(0, handedOverFrom.index) : before;
  // A role that is the sentence's subject or what is handed over ("als aanspreekpunt", "neemt J&G coach Kees Mulder …"), not whom it serves.
  return roleInSentenceOf(text, from, to) && !namesPupilByNoun(opening);
}
function roleInSentenceOf(text: string, from: number, to: number): boolean {
  const sentence = text.slice(from, to);
  return [...sentence.matchAll(WORD)].some((match) => (CONTACT_POINT.test(match[0]) || isStaffRoleWord(match[0])) && !isRoleAfterPreposition(sentence.slice(Math.max(0, match.index - 20), match.index)));
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

/** The sentence in lower case with every listed organisation of several words blanked out ("Veilig Thuis", "Raad voor de Kinderbescherming"). */
function withoutOrganisationNames(sentence: string, lists: NameLists): string {
  return lists.organisations.filter((name) => name.includes(' ')).reduce((rest, name) => rest.split(name).join(' '.repeat(name.length)), sentence.toLocaleLowerCase('nl'));
}

/**
 * A work mailbox (not at a personal mail provider) or an office number in a sentence about staff only: a sentence with a
 * professional named in their role, or an organisation that gives its number, and nothing of a pupil or family.
 */
export function isContactInStaffSentence(found: Finding, text: string, lists: NameLists, staff: ReadonlyArray<readonly [number, number]>): boolean {
  if (found.kind !== 'email' && found.kind !== 'phone' && found.kind !== 'reference-number') return false;
  if (found.kind === 'email' && PERSONAL_MAIL_DOMAINS.test(found.text)) return false;
  if (found.kind === 'reference-number' && !/nummer/iu.test(found.text)) return false;
  const [from, to] = sentenceRange(text, found.start, found.end);
  // "Veilig Thuis, dhr. R. Koster, 088-…": a family word inside a listed organisation's name speaks of no family.
  const sentence = withoutOrganisationNames(text.slice(from, to), lists);
  // "m.kramer@vonk.nl (ondersteuningscoördinator), zij zet het door": the pronoun is the colleague the role in brackets names.
  const boundToRole = roleInBracketsAfter(text, found.end);
  if (boundToRole ? namesPupilByNoun(sentence) : speaksOfPupil(sentence)) return false;
  if (boundToRole) return true;
  const staffInSentence = staff.some(([start, end]) => start >= from && end <= to);
  const words = [...sentence.matchAll(WORD)].map((match) => match[0]);
  const roleOrOrganisation = words.some((word) => isStaffRoleWord(word) || isOrganisationWord(word, lists));
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
  return [...sentence.matchAll(WORD)].some(({ 0: word, index }) => from + index !== found.start + 1 && (isStaffRoleWord(word) || isOrganisationWord(word, lists)));
}
