/**
 * Professionals named in their work role, read per name by the shape of the sentence rather than by its wording: a name
 * bound to a staff role or organisation (beside it, in apposition, in a handover, under a heading, by its own mailbox) is a
 * colleague's unless a pupil, family, age or class is bound to that name; in a sentence about staff only looser bindings
 * count too, and its work mail and office numbers are the organisation's.
 */
import type { Finding } from './kinds';
import type { NameLists } from './nameLists';
import { sentenceRange as fullSentence } from './sentences';
import { PERSONAL_MAIL_DOMAINS, PUPIL_OR_FAMILY_NOUNS, withoutOrganisationNames } from './schoolContacts';
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
  String.raw`^(?:de|het|onze|ons|jullie|nieuwe|nieuw|tijdelijke|vaste|vervangende|interim|waarnemend|waarnemende|voortaan|tijdelijk|voorlopig|ook|voor|van|bij|namens|vanuit|is|wordt|blijft|was|vanaf|per|sinds|tot|en|met|ingang|tijdens|na|volgende|komende|week|maand|schooljaar|verlof|\p{L}*vakantie|maandag|dinsdag|woensdag|donderdag|vrijdag|dhr|mevr|mw|meneer|mevrouw|heer|dr|drs|mr|ir|\d{1,4}|${MONTHS})$`,
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
    // In a heading the organisation may stand before it too: "Wijkteam Alkmaar-Noord, aanspreekpunt onderwijs: X".
    if (CONTACT_POINT.test(word)) return (isHeading ? words : words.slice(i + 1)).some((next) => isOrganisationWord(next, lists));
    if (isStaffRoleWord(word)) return !isRoleAfterPreposition(words.slice(Math.max(0, i - 2), i).join(' '));
    if (!isGlue(words[i]!, lists)) return false;
  }
  return false;
}

/** A body or group of pupils: a contact point "voor de klas" or "in de leerlingenraad" is a pupil's task. */
const PUPIL_BODY = /(?<![\p{L}])(?:klas|klasje|klasgenoten|leerlingen?raad|mentorgroep|mentorklas|schoolparlement|jongerenraad|groep[ \t]+[1-8])(?![\p{L}])/iu;
/** "Vanuit de gemeente (afdeling Jeugd) is …", "namens Groeimee …": the clause before the name says whom it speaks for. */
const SPEAKS_FOR_IN_CLAUSE = /(?<![\p{L}])(?:vanuit|namens)[ \t]{1,3}(?:(?:de|het)[ \t]{1,3})?([\p{L}&'’-]{2,40})/giu;
/**
 * "Ahmed Benali is vanaf december de nieuwe J&G coach", "Petra Smit, per 1 januari onze contactpersoon", "Karim (gemeente,
 * team Jeugd) is het aanspreekpunt voor …": the name, where they work set off after it, glue, then a role or a contact word
 * as what the name is. A contact point is an organisation's only when one is bound to it (set off after the name, named
 * after the contact word, spoken for before the name): "is het vaste aanspreekpunt voor school" may be a parent, and a
 * contact point of a class or pupils' council is a pupil's.
 */
function roleAfter(after: string, lists: NameLists, before = ''): boolean {
  const workplace = /^[ \t]{0,2}(?:\(([^()\n]{1,80})\)|,[ \t]{0,3}([^,;:()\n!?]{2,60}?)[ \t]{0,2},)/u.exec(after);
  const worksThere = !!workplace && namesWorkplaceOnly(workplace[1] ?? workplace[2]!, lists);
  const rest = worksThere ? after.slice(workplace[0].length) : after;
  const words = [...rest.matchAll(WORD)].slice(0, 8);
  for (const { 0: raw, index } of words) {
    const word = raw.replace(/\.$/u, '');
    if (isStaffRoleWord(word)) return true;
    if (CONTACT_WORD.test(word.toLocaleLowerCase('nl'))) {
      const forWhat = rest.slice(index + raw.length).split(/[,;:()\n]|[.!?](?:\s|$)/u)[0]!;
      const clauseBefore = before.slice(Math.max(...[...',;:.!?\n'].map((mark) => before.lastIndexOf(mark))) + 1);
      const organisationBound = worksThere || [...forWhat.matchAll(WORD)].some((match) => isOrganisationWord(match[0], lists)) || [...clauseBefore.matchAll(SPEAKS_FOR_IN_CLAUSE)].some((match) => isOrganisationWord(match[1]!, lists));
      return organisationBound && !PUPIL_BODY.test(forWhat);
    }
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
/** What happens to a pupil, not to a colleague: staying home from school, truancy, bullying, suspension, a diagnosis. */
export const PUPIL_EVENT = String.raw`(?:thuiszit|thuiszat|verzuimt|verzuimde|spijbelt|spijbelde|schoolweigert|huilt|huilde|blowt|blowde|pest|wegloopt|wordt[ \t]+gepest|werd[ \t]+gepest|is[ \t]+geschorst|werd[ \t]+geschorst|heeft[ \t]+(?:een[ \t]+)?(?:dyslexie|dyscalculie|adhd|add|autisme|faalangst|diagnose))`;
/** "Coach Sanne zit in 2b", "Mentor Daan huilt": the name as the subject of what a pupil does. */
const PUPIL_ACTION_AFTER = new RegExp(String.raw`^[ \t]+(?:zit|zat)[ \t]+(?:bij[ \t]+(?:mij|me|ons)[ \t]+)?in[ \t]+(?:de[ \t]+)?(?:klas|\d)|^[ \t]+(?:${PUPIL_EVENT}|is[ \t]+\d{1,2}\b)(?![\p{L}])`, 'iu');
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
const ROLE_OPENING_CLAUSE = String.raw`(?:^|[.!?:;(\n,])[ \t]{0,3}(?:(?:de|het|onze|ons|jullie|nieuwe|vaste)[ \t]{1,3}){0,2}(\p{L}[\p{L}&'’-]{1,40})`;
const ROLE_COPULA_BEFORE = new RegExp(String.raw`${ROLE_OPENING_CLAUSE}(?:[ \t]{1,3}[^\s.!?:;,()]{1,30}){0,6}?[ \t]{1,3}(?:is|wordt|blijft|was)(?:[ \t]{1,3}(?:per|vanaf|sinds|tot|met|ingang|van|tijdelijk|voorlopig|nu|\d{1,4}|${MONTHS})){0,4}[ \t]{1,3}(?:(?:dhr|mevr|mw|meneer|mevrouw)\.?[ \t]{1,3})?$`, 'iu');
/**
 * "GGD Alkmaar, aanspreekpunt scholen: X", "Stichting Groeimee, contactpunt voor scholen: X": as with a copula, a role or
 * contact word opening the clause of a heading, up to six words of what it is for (not ending in a preposition: "coach
 * voor: Daan"), then the name as the whole item.
 */
const ROLE_HEADING_BEFORE = new RegExp(String.raw`${ROLE_OPENING_CLAUSE}((?:[ \t]{1,3}[^\s.!?:;,()]{1,30}){0,6}?)[ \t]{0,3}:[ \t]{0,3}(?:(?:dhr|mevr|mw|meneer|mevrouw)\.?[ \t]{1,3})?$`, 'iu');
const ENDS_IN_PREPOSITION = /(?<![\p{L}])(?:over|om|met|aan|naar|van|voor|bij|door|tegen|zonder)$/iu;
/** The words for whom to contact: the subject of a copula, a label before a name, the head of a list. */
const CONTACT_WORDS = 'contact|contactpersoon|contactpersonen|aanspreekpunt|contactpunt';
const CONTACT_WORD = new RegExp(`^(?:${CONTACT_WORDS})$`, 'u');
/** "(contact: Priya Ramdin)", "contactpersoon: Esther Vos": a name given as the contact of what comes before it. */
const CONTACT_LABEL_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${CONTACT_WORDS})[ \t]{0,3}:[ \t]{0,3}$`, 'iu');
function roleByCopulaOrLabel(before: string, after: string, lists: NameLists): boolean {
  // "Voorzitter van de leerlingenraad is Daan": a role among pupils is a pupil's.
  const copula = ROLE_COPULA_BEFORE.exec(before);
  const subject = copula?.[1]?.toLocaleLowerCase('nl');
  if (subject && (CONTACT_WORD.test(subject) || isStaffRole(subject)) && !namesPupilByNoun(copula![0])) return true;
  const heading = ROLE_HEADING_BEFORE.exec(before);
  const head = heading?.[1]?.toLocaleLowerCase('nl');
  if (heading && head && (CONTACT_WORD.test(head) || isStaffRole(head)) && ENDS_ITEM.test(after) && !namesPupilByNoun(heading[0]) && !ENDS_IN_PREPOSITION.test(heading[2]!.trim())) return true;
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

/** "afd. Jeugd", "team Noord", "namens de gemeenten", "beiden JOS Castricum": words that say which part of an organisation someone works in or speaks for. */
const PART_OF_ORGANISATION = /^(?:afd|afdeling|team|sector|unit|cluster|locatie|regio|de|het|van|en|&|namens|vanuit|beiden|allebei|allen)$/iu;
/** Only where someone works: an organisation, field, department, role or place, with at least one organisation, field or role word. */
function namesWorkplaceOnly(phrase: string, lists: NameLists): boolean {
  const words = [...phrase.matchAll(WORD)].map((match) => match[0]);
  const isWorkplace = (word: string) => isOrganisationWord(word, lists) || isStaffRoleWord(word) || CONTACT_POINT.test(word);
  return words.some(isWorkplace) && words.every((word) => isWorkplace(word) || PART_OF_ORGANISATION.test(word.replace(/\.$/u, '')) || /^\p{Lu}/u.test(word));
}
/**
 * "Annemiek (gemeente, afd. Jeugd)", "Jeroen (gebiedsteam Heiloo)", "Priya Ramdin, wijkteam Alkmaar-Noord, sluit aan": in
 * brackets or set off by commas right after the name, only where someone works. "Daan (bekend bij wijkteam)" and "Daan
 * (Vonk)" say something else.
 */
function workplaceSetOffAfter(after: string, lists: NameLists): boolean {
  const inside = /^[ \t]{0,2}\(([^()\n]{1,80})\)/u.exec(after)?.[1] ?? /^[ \t]{0,2},[ \t]{0,3}([^,;:()\n!?]{2,60}?)[ \t]{0,2}(?:[,;)]|[.!?](?:\s|$)|$)/u.exec(after)?.[1];
  return !!inside && namesWorkplaceOnly(inside, lists);
}
/**
 * "Wijkteam Castricum: Jeroen Smit; wijkteam Heiloo: …", "Vanuit de gemeente: Annemiek de Jong en Tom Verhoef": a heading
 * that is only an organisation (with its place) heads the colleagues listed after it.
 */
const ORGANISATION_HEADING_BEFORE = /(?:^|[.!?;\n|][ \t]{0,3})(?:(?:vanuit|namens)[ \t]{1,3})?(?:(?:de|het)[ \t]{1,3})?([^:.!?;\n|]{2,60}):((?:[ \t]{0,3}\p{Lu}[^:.!?;\n|,]{1,40}?(?:,|[ \t]en)){0,8})[ \t]{0,3}$/iu;
function organisationHeading(before: string, after: string, lists: NameLists): boolean {
  const heading = ORGANISATION_HEADING_BEFORE.exec(before)?.[1];
  const first = [...(heading ?? '').matchAll(WORD)][0]?.[0] ?? '';
  return !!heading && (ENDS_ITEM.test(after) || /^[ \t]en[ \t]\p{Lu}/u.test(after)) && isOrganisationWord(first, lists) && namesWorkplaceOnly(heading, lists);
}
/** "Namens het wijkteam schuift Priya Ramdin aan", "Vanuit Groeimee komt Lisa": the name speaks for the organisation before its verb. */
const SPOKEN_FOR_BEFORE = /(?<![\p{L}])(?:[Nn]amens|[Vv]anuit)[ \t]{1,3}(?:(?:de|het)[ \t]{1,3})?([\p{L}&'’-]{2,40})(?:[ \t]{1,3}\p{Lu}[\p{L}'’-]{1,30}){0,2}[ \t]{1,3}\p{Ll}{2,20}[ \t]{1,3}(?:(?:dhr|mevr|mw|meneer|mevrouw)\.?[ \t]{1,3})?$/u;
const spokenForByOrganisation = (before: string, lists: NameLists) => isOrganisationWord(SPOKEN_FOR_BEFORE.exec(before)?.[1] ?? '', lists);
/** The clause of the name: from the last comma, colon or semicolon before it to the next after it, over brackets or an apposition right after it. */
function ownClause(before: string, after: string): string {
  const rest = after.replace(/^[ \t]{0,2}(?:\([^()\n]{0,80}\)|,[^,;:()\n!?]{2,60}?,)/u, '');
  // "Wijkteam: Daan Visser, aanmelding loopt": what a comma adds right after the name is said of it, unless a new clause
  // opens there ("…, hij weet hoe de aanmelding loopt").
  const [own, next] = rest.split(/[;:]|[.!?](?:\s|$)/u)[0]!.split(',');
  const addedOfName = own!.trim() === '' && next !== undefined && !/^[ \t]*(?:hij|zij|ze|ik|we|wij|jij|je|u|die|dat|dit|er|het)(?![\p{L}])/iu.test(next) ? next : '';
  return `${before.slice(before.search(/[^,;:]*$/u))} ${own} ${addedOfName}`;
}
/** Help a pupil receives or is referred to ("aangemeld bij", "bekend bij", "traject"): then a service beside a name may be that pupil's. */
const HELP_RECEIVED = /(?<![\p{L}])(?:aangemeld|aanmelden|aanmelding|verwezen|doorverwezen|verwijzing|bekend|traject|behandeling|wachtlijst|intake|hulp|beschikking|indicatie|opgenomen|begeleiding|begeleid|therapie|wacht)(?![\p{L}])/iu;
/** "Daan (Groeimee) heeft nu een J&G coach": a role the name has or gets is help received. */
const HAS_A_ROLE = /(?<![\p{L}])(?:heeft|hebben|had|krijgt|kreeg|krijgen)[ \t]+(?:\p{L}+[ \t]+){0,3}?([\p{L}&'’-]+)$/iu;
const helpReceived = (clause: string) => HELP_RECEIVED.test(clause) || [...clause.matchAll(WORD)].some((match) => isStaffRoleWord(match[0]) && HAS_A_ROLE.test(clause.slice(0, match.index + match[0].length)));

/** Pupils, families and help in the plural, as a group: "thuiszitters", "individuele leerlingen", "ouders", "beschikkingen". */
const PLURAL_PUPILS_OR_HELP = /(?<![\p{L}])\p{L}*(?:leerlingen|ouders|thuiszitters|verzuimers|spijbelaars|schoolweigeraars|jongeren|kinderen|gezinnen|scholieren|aanmeldingen|verwijzingen|trajecten|behandelingen|wachtlijsten|intakes|beschikkingen|indicaties)(?![\p{L}])/giu;
/** Whose it is, a number or a class: "over zijn traject", "over twee leerlingen", "over 3b" speak of someone in particular. */
const PARTICULAR = /(?<![\p{L}])(?:zijn|haar|z'n|hun|diens|mijn|jouw|andere|nog|beide|allebei)(?![\p{L}])|\d/iu;
/**
 * A topic phrase ("over …" up to the end of its clause, "in het algemeen") holding pupils, families or help only in the
 * plural, of no one in particular and no number or class, left out: "over de aanpak van thuiszitters in het algemeen, niet
 * over individuele leerlingen", "vragen over beschikkingen en de wachtlijst" say nothing of whom the name is.
 */
function withoutGeneralTopics(clause: string): string {
  const withoutTopics = clause.replace(/(?<![\p{L}])over[ \t]+[^,;:()\n.!?]{1,160}/giu, (topic) => {
    const rest = topic.replace(PLURAL_PUPILS_OR_HELP, ' ');
    return PARTICULAR.test(topic) || namesPupilByNoun(rest) || PUPILS_BY_WHAT_THEY_DO.test(rest) || helpReceived(rest) ? topic : ' ';
  });
  return withoutTopics.replace(PUPIL_GROUP_IN_GENERAL, (group, lead: string, _noun: string, offset: number, whole: string) => {
    const words = [...whole.slice(Math.max(0, offset - 40), offset).matchAll(/[\p{L}\d'’]+|,/gu)].map((match) => match[0]).slice(-2);
    return words.some((word) => PARTICULAR.test(word) || GROUP_OF_THE_NAME.test(word)) ? group : lead;
  });
}
/**
 * Pupils as a group, in the plural and without a family word: "onder leerlingen", "hoe we thuiszitters eerder zien", "aan
 * jongeren". Not a heading ("Thuiszitters: Daan"), and not when the words before join them to a name or say they are some
 * ("Daan (wijkteam) en andere leerlingen", "zijn thuiszitters", "net als veel jongeren", "twee leerlingen").
 */
const PUPIL_GROUP_IN_GENERAL = /(^|[^\p{L}])(\p{L}*(?:leerlingen|thuiszitters|verzuimers|spijbelaars|schoolweigeraars|jongeren|scholieren))(?![\p{L}])(?![ \t]{0,2}:)/giu;
const GROUP_OF_THE_NAME = /^(?:,|en|met|zoals|als|of|zijn|waren|worden|werden|blijven|is|de|die|deze|welke|hoeveel|sommige|enkele|een|paar|veel|meer|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|twintig)$/iu;

/** "Thuiszitters: Daan (wijkteam), Sem (GGZ)": pupils listed by what they do, each with the service that helps them. */
const PUPILS_BY_WHAT_THEY_DO = /(?<![\p{L}])(?:thuiszitter|verzuimer|spijbelaar|schoolweigeraar|zorgleerling)(?:s|en)?(?![\p{L}])/iu;

/**
 * "lijst ligt bij Sabine Visser", "de notulen gaan via Sabine", "aanmeldformulieren zijn bij X": who holds the papers of a
 * meeting or a round of work (a list, the minutes, the agenda, forms) is a colleague.
 */
const MEETING_PAPERS = String.raw`(?:\p{L}{0,20}lijst|\p{L}{0,20}lijsten|notulen|\p{L}{0,20}verslag|\p{L}{0,20}verslagen|agenda|\p{L}{0,20}planning|\p{L}{0,20}formulier|\p{L}{0,20}formulieren|\p{L}{0,20}overzicht|stukken|uitnodiging|uitnodigingen|coördinatie|coordinatie)`;
const MEETING_PAPER_HELD_BEFORE_WORDS = new RegExp(String.raw`(?<![\p{L}])${MEETING_PAPERS}(?:[ \t]{1,3}[^\s.!?;:,()]{1,30}){0,3}?[ \t]{1,3}(?:ligt|liggen|lag|lagen|is|zijn|blijft|gaat|gaan|loopt|lopen|komt|komen)(?:[ \t]{1,3}(?:nog|nu|al|voorlopig|tijdelijk))?[ \t]{1,3}(?:bij|via)[ \t]{1,3}(?:(?:dhr|mevr|mw|collega)\.?[ \t]{1,3})?$`, 'iu');
/** "Sabine notuleert", "X zit het overleg voor", "X houdt de lijst bij", "X maakt de notulen": the name doing a meeting's task. */
const MEETING_TASK_AFTER = new RegExp(String.raw`^[ \t]{1,3}(?:notuleert|notuleerde|(?:zit|zat)[ \t]{1,3}(?:het|de)[ \t]{1,3}\p{L}{2,30}[ \t]{1,3}voor|(?:houdt|hield)[ \t]{1,3}(?:de|het)[ \t]{1,3}\p{L}{2,30}[ \t]{1,3}bij|(?:maakt|maakte|stuurt|verstuurt|neemt)[ \t]{1,3}(?:de|het)[ \t]{1,3}${MEETING_PAPERS})(?![\p{L}])`, 'iu');
/**
 * A meeting, report or programme of the work: "het mentorspreekuur", "het evaluatiegesprek", "de stuurgroep", "de pilot",
 * "het mentorenteam". A talk with or about one pupil ("mentorgesprek", "oudergesprek", "rapportgesprek") is none.
 */
const PUPIL_TALK = String.raw`(?:mentor|ouder|kind|leerling|rapport|ontwikkelings|driehoeks|exit|start|intake|advies|loopbaan|voortgangs)gesprek`;
const MEETING_OR_PROGRAMME = new RegExp(String.raw`(?<![\p{L}])(?!${PUPIL_TALK})\p{L}{0,30}(?:overleg|gesprek|spreekuur|vergadering|bijeenkomst|mdo|werkatelier|netwerkgroep|stuurgroep|werkgroep|pilot|project|programma|monitor|audit|inspectie|studiedag|jaarverslag|\p{L}team)(?![\p{L}])`, 'iu');
/** What someone delivers for it: figures, a presentation, a report, a training, or a meeting's papers. */
const WORK_OUTPUT = String.raw`(?:\p{L}{0,20}(?:cijfers|aantallen|presentatie|rapportage|evaluatie|data|terugkoppeling|resultaten|training|workshop|voorlichting|aanmeldingen)|${MEETING_PAPERS})`;
const DELIVERS_WORK_AFTER = new RegExp(String.raw`^[ \t]{1,3}(?:(?:zorgt|zorgde)[ \t]{1,3}voor|levert|leverde|verzorgt|verzorgde|bereidt|bereidde|presenteert|presenteerde|maakt|maakte|schrijft|schreef|regelt|regelde|verzamelt|verzamelde|neemt|nam|houdt|hield|geeft|gaf|zet|zette|stelt|stelde|deelt|deelde)[ \t]{1,3}(?:de|het|een)[ \t]{1,3}${WORK_OUTPUT}(?![\p{L}])`, 'iu');
/**
 * "Marieke zorgt voor de cijfers over het mentorspreekuur", "Ruben levert de aantallen van de pilot aan", "het
 * monitoringsgesprek doet Oberon, Marieke regelt de cijfers": the name delivering work for a meeting, report or programme
 * named in its clause after the work or earlier in the sentence ("Daan zorgt voor de cijfers van zijn rapport" names none).
 */
function deliversWorkForMeeting(before: string, after: string): boolean {
  const task = DELIVERS_WORK_AFTER.exec(after);
  if (!task) return false;
  const rest = after.slice(task[0].length).split(/[,;:()\n]|[.!?](?:\s|$)/u)[0]!;
  return MEETING_OR_PROGRAMME.test(rest) || MEETING_OR_PROGRAMME.test(before);
}
/** "Volgende keer notuleert Femke", "dan zit Joost het overleg voor": the same task with the verb before the name. */
const MEETING_TASK_VERB_BEFORE = /(?<![\p{L}])(?:notuleert|notuleerde|(?:zit|zat)(?=[ \t]{1,3}$))[ \t]{1,3}$/iu;
const CHAIRS_AFTER = /^[ \t]{1,3}(?:het|de)[ \t]{1,3}\p{L}{2,30}[ \t]{1,3}voor(?![\p{L}])/iu;
/** "ligt bij Daan thuis": at someone's home, not with a colleague. */
const MEETING_PAPER_HELD_BEFORE = { test: (before: string, after: string) => MEETING_PAPER_HELD_BEFORE_WORDS.test(before) && !/^[ \t]{1,3}thuis(?![\p{L}])/iu.test(after) };
/** Schoolwork: whose it is, a lesson, test or homework, a school subject, a talk about a pupil ("maakt het verslag voor biologie" is a pupil's). */
const SCHOOLWORK = new RegExp(String.raw`(?<![\p{L}])(?:zijn|haar|z'n|mijn|les|lessen|toets\p{L}*|proefwerk\p{L}*|huiswerk|werkstuk\p{L}*|profielwerkstuk|pws|practicum|school|${PUPIL_TALK})(?![\p{L}])`, 'iu');
const isSchoolwork = (clause: string, lists: NameLists) => SCHOOLWORK.test(clause) || [...clause.matchAll(WORD)].some((match) => lists.subjects.has(match[0].toLocaleLowerCase('nl')));
const holdsMeetingTask = (before: string, after: string, lists: NameLists) => {
  const verbBefore = MEETING_TASK_VERB_BEFORE.exec(before)?.[0];
  const doesTask = (MEETING_TASK_AFTER.test(after) || deliversWorkForMeeting(before, after)) && !isSchoolwork(after.split(/[,;:()\n]|[.!?](?:\s|$)/u)[0]!, lists);
  return MEETING_PAPER_HELD_BEFORE.test(before, after) || doesTask || (!!verbBefore && (/^notul/iu.test(verbBefore) || CHAIRS_AFTER.test(after)));
};

/** A copula, a contact label, a role-headed list of schools and names, a role set off after the name's short clause, a meeting's task. */
const boundToRoleAnyForm = (before: string, after: string, lists: NameLists) =>
  roleByCopulaOrLabel(before, after, lists) || inRoleHeadedList(before, after, lists) || roleInAppositionAfterPredicate(after) || holdsMeetingTask(before, after, lists);

/**
 * A name held by the staff role beside it. In a sentence about staff only any binding the rules below read counts; in a
 * sentence that also speaks of a pupil or family, only a tight one (the role opening the clause before the name, the role
 * after it, the name set off after the role, a handover, the name's own mailbox) and nothing of a pupil bound to the name.
 */
export function isNamedInRole(text: string, start: number, end: number, lists: NameLists): boolean {
  const range = sentenceRange(text, start, end);
  const [from, to] = range;
  const [before, after] = [text.slice(from, start), text.slice(end, to)];
  // "Annemiek (gemeente, afd. Jeugd)": where someone works, set off after the name or heading it, in a sentence that names no
  // pupil by noun or by what they do and no help someone receives.
  const sentence = text.slice(from, to);
  // "overleg met X (wijkteam) over thuiszitters in het algemeen": pupils and help as a topic in general are no one's.
  // "Petra Smit (Veilig Thuis)": a family word inside a listed organisation's name speaks of no family.
  const [topicFree, topicFreeClause] = [withoutGeneralTopics(withoutOrganisationNames(sentence, lists)), withoutGeneralTopics(ownClause(before, after))];
  const noPupilNorHelp = !namesPupilByNoun(topicFree) && !PUPILS_BY_WHAT_THEY_DO.test(topicFree) && !helpReceived(topicFreeClause);
  if (noPupilNorHelp && workplaceSetOffAfter(text.slice(end, end + 90), lists)) return true;
  if (!speaksOfPupil(sentence)) {
    if (noPupilNorHelp && (organisationHeading(before, after, lists) || spokenForByOrganisation(before, lists))) return true;
    return roleBefore(before, after, lists) || roleAfter(after, lists, before) || roleInApposition(before, after, lists, { ownMailbox: ownMailboxFollows(text.slice(start, end), after) }) || isAttendee(text, start) || inStaffHandover(text, range, before, after) || boundToRoleAnyForm(before, after, lists);
  }
  if (boundToPupil(before, after)) return false;
  if (boundToRoleAnyForm(before, after, lists)) return true;
  const ownMailbox = ownMailboxFollows(text.slice(start, end), after);
  // "Sanne's mentor": the role after a possessive name is whom it has, not what it is.
  const possessive = /['’]s$/u.test(text.slice(start, end));
  return (roleBefore(before, after, lists) && roleOpensClauseBefore(before)) || headedByRole(before, after, lists) || (!possessive && roleAfter(after, lists, before)) || roleInApposition(before, after, lists, { ownMailbox, tight: true }) || inStaffHandover(text, range, before, after);
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

/**
 * "Aanwezig: Petra Smit (wijkteam), Karin Visser", "Afwezig: …", "Contactlijst JOS Castricum: …": the people at a meeting or
 * on a contact list, in a line of an agenda, minutes or a list of colleagues ("Contactlijst casus: moeder …" speaks of a family).
 */
const ATTENDANCE_HEADING = /^[ \t]*(?:(?:aanwezig|afwezig|afgemeld|afmeldingen|met\s+kennisgeving\s+afwezig|genodigden|deelnemers|notulist|notulen|voorzitter|gasten?|cc|bcc)[ \t]*|(?:contactlijst|contactgegevens|contactpersonen|telefoonlijst|bellijst|bereikbaarheid|bereikbaarheidslijst|smoelenboek|wie[ -]is[ -]wie)(?:[ \t]{1,3}[^:\n]{1,50})?):/iu;
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
