import type { Finding } from './kinds';
import type { NameLists } from './nameLists';
import { isStaffRole } from './staffRoles';

/** Words of a mailbox that belongs to a team, a function or a school, not to a person ("zorgteam@", "jos-castricum@"). */
const MAILBOX_WORDS = new Set([
  'info', 'informatie', 'contact', 'zorg', 'zorgteam', 'team', 'jos', 'secretariaat', 'administratie', 'receptie', 'leerlingzaken', 'verzuim',
  'aanmelden', 'aanmelding', 'ondersteuning', 'mentoren', 'noreply', 'no-reply', 'school', 'mail', 'post', 'loket', 'spreekuur', 'jgc', 'wijkteam',
]);
/** Words of a domain that belongs to a municipality or a care service: "alkmaar-sociaaldomein.nl", "wijkteams-gemeente-heiloo.nl". */
const ORGANISATION_DOMAIN_WORD = /^(?:sociaaldomein|sociaal|domein|gemeente|wijkteam|wijkteams|jeugdzorg|jeugd|ggd|welzijn|regio|samenwerkingsverband|swv|zorg)$/u;
/** School types in a team mailbox: "jos-vo@", "zorg-po@". */
const SCHOOL_TYPES = new Set(['po', 'vo', 'so', 'vso', 'mbo', 'pro', 'vmbo', 'havo', 'vwo', 'onderbouw', 'bovenbouw']);
/** "het algemene nummer van school", "bel de receptie op": a number the school gives out for everyone. */
const SCHOOL_NUMBER_BEFORE = /(?:\b(?:algemene?|centrale?|hoofd)\s*(?:tel(?:efoon)?)?nummer\b|\bschoolnummer\b|\btel(?:efoon)?(?:nummer)?\.?\s+(?:van\s+)?(?:de\s+)?school\b|\bnummer\s+van\s+(?:de\s+|het\s+)?(?:school|receptie|administratie|balie|secretariaat|vestiging)\b|\bafspraken\s+(?:maken\s+)?(?:via|op)\b|\b(?:receptie|administratie|balie|secretariaat|zoco|zorgco[öo]rdinator|conci[ëe]rge|leerlingzaken|verzuimloket)(?:\s+van\s+(?:de\s+)?school)?\s+(?:bellen\s+)?(?:op|via|is|:))[^.!?\n\d]{0,30}$/iu;
/** "(toestel 214)", "tst. 12", "ext. 3": an extension of a switchboard right after the number. */
const EXTENSION_AFTER = /^\s{0,2}[,(]?\s{0,2}(?:toestel|tst\.?|ext\.?|doorkies(?:nummer)?)\s{0,2}\d{1,5}\b/iu;
/** Mail that people have for themselves: a mailbox there is a person's, whatever its name. */
export const PERSONAL_MAIL_DOMAINS = /@(?:gmail|hotmail|outlook|live|icloud|me|ziggo|kpnmail|kpnplanet|planet|home|yahoo|msn|xs4all|telfort|hetnet|casema|online|upcmail|quicknet|protonmail|proton)\./iu;

/** Which part of a sentence one phone number or address belongs to: "8:30" and "J&G" do not split it, a colon before a space does. */
const CLAUSE_BREAK = /[.!?;\n]\s|:\s|\n/gu;
/** A person or a home in the clause: "de moeder is bereikbaar op …", "huisbezoek aan de …" stay someone's own. */
const PERSON_IN_CLAUSE = /\b(?:moeder|vader|ouder|oma|opa|leerling\p{L}*|kind|zoon|dochter|broer|zus|tante|oom|pleeg\p{L}*|gezin|hij|zij|ze|hem|haar|woont|wonen|woonde|thuis|mobiel|privé|prive|huisbezoek|bezoek|bezocht|langs\p{L}*|geweest|verhuisd|logeert|verblijft|adres\s+van|nummer\s+van\s+(?:de|het)\s+(?:moeder|vader|ouders|leerling))\b/iu;
/** Words for a service or office rather than a person: "het wijkteam", "Stichting …", "het ouderspreekuur", "algemeen nummer". */
const SERVICE_IN_CLAUSE = /\b(?:\p{L}*(?:team|spreekuur|loket|balie|kantoor|praktijk|secretariaat|receptie|administratie|vestiging)|stichting|school|algemene?\s+nummer|centrale?\s+nummer)\b/iu;

/** Where an organisation publishes its number: "op de site staat 0251-…", "het nummer op hun website", "volgens Google". */
const PUBLISHED_IN = /\b(?:(?:web)?site|homepage|internet|google|folder|flyer|nieuwsbrief|schoolgids|sociale\s+kaart)\b/iu;

/** The sentence in lower case with every listed organisation of several words blanked out ("Veilig Thuis", "Raad voor de Kinderbescherming"). */
export function withoutOrganisationNames(sentence: string, lists: NameLists): string {
  return lists.organisations.filter((name) => name.includes(' ')).reduce((rest, name) => rest.split(name).join(' '.repeat(name.length)), sentence.toLocaleLowerCase('nl'));
}

/** "dienstdoende van Groeimee, ", "Piketnummer Veilig Thuis: ", "bereikbaarheidsdienst wijkteam (06-…)": an organisation's duty role before the number. */
const ON_DUTY = String.raw`\b(?:dienstdoende|bereikbaarheidsdienst|piket|piketnummer|piketdienst|crisisdienst|crisislijn|spoedlijn|spoednummer|diensttelefoon|dienstmobiel|(?:avond|nacht|weekend)dienst)\b`;
const ON_DUTY_BEFORE = new RegExp(String.raw`${ON_DUTY}[^.!?\n\d]{0,60}$`, 'iu');
const ON_DUTY_NEAR = new RegExp(ON_DUTY, 'iu');

/**
 * "Bij spoed: dienstdoende van Groeimee, 06-…", "Crisisdienst GGZ (alleen voor collega's): 06-…": a mobile bound to an
 * organisation's on-call or duty role is the service's, not a person's; a parent, pupil or home before it in its clause
 * ("moeder heeft avonddienst, 06-…") keeps it theirs.
 */
function isOnDutyNumber(found: Finding, text: string, lists: NameLists): boolean {
  if (!ON_DUTY_NEAR.test(text.slice(Math.max(0, found.start - 200), found.start))) return false;
  const [clause, from] = clauseAround(text, found.start, found.end);
  const before = clause.slice(0, found.start - from);
  const duty = ON_DUTY_BEFORE.exec(before.slice(-120));
  // The heading before a colon ("Piketnummer Veilig Thuis voor professionals: 06-…") belongs to the number after it.
  const heading = duty ? '' : headingBefore(text, from);
  if (!duty && !ON_DUTY_BEFORE.test(`${heading} `)) return false;
  return !PERSON_IN_CLAUSE.test(withoutOrganisationNames(`${before} ${heading}`, lists));
}

/** The heading ending in a colon right before a clause, back to its sentence or line start (at most 80 characters). */
function headingBefore(text: string, clauseStart: number): string {
  const head = text.slice(Math.max(0, clauseStart - 82), clauseStart).trimEnd();
  if (!head.endsWith(':')) return '';
  const body = head.slice(0, -1);
  return body.slice(Math.max(...['.', '!', '?', '\n', ':'].map((mark) => body.lastIndexOf(mark))) + 1);
}

/** The clause holding text[start, end) and where it starts. */
function clauseAround(text: string, start: number, end: number): [string, number] {
  let from = 0;
  let to = text.length;
  for (const found of text.matchAll(CLAUSE_BREAK)) {
    if (found.index + found[0].length <= start) from = found.index + found[0].length;
    else if (found.index >= end) { to = found.index; break; }
  }
  return [text.slice(from, to), from];
}

const hasPhrase = (clause: string, phrase: string) => {
  const at = clause.indexOf(phrase);
  return at >= 0 && !/[\p{L}\d]/u.test(clause[at - 1] ?? '') && !/[\p{L}\d]/u.test(clause[at + phrase.length] ?? '');
};

/**
 * A landline or street address whose clause speaks of an organisation or service and of no person or home ("Het wijkteam
 * Castricum is bereikbaar op 0251-… en zit aan de Dorpsstraat 30", "via 072-… (algemeen nummer Stichting Groeimee)"), or a
 * landline read on a website or in a folder ("op de site staat 0251-…"): what is published is an organisation's.
 */
function isOrganisationContact(found: Finding, text: string, lists: NameLists): boolean {
  if (found.kind !== 'phone' && found.kind !== 'address') return false;
  const [clause, from] = clauseAround(text, found.start, found.end);
  if (PERSON_IN_CLAUSE.test(clause.replace(found.text, ' '))) return false;
  if (found.kind === 'phone' && PUBLISHED_IN.test(clause)) return true;
  // The organisation is the subject before the contact, or the contact's owner in brackets right after it; "vlak bij
  // school" after a postcode says where someone lives.
  const said = `${clause.slice(0, found.start - from)} ${/^\s*\([^)]{0,60}\)/u.exec(clause.slice(found.end - from))?.[0] ?? ''}`;
  if (SERVICE_IN_CLAUSE.test(said)) return true;
  const lower = said.toLocaleLowerCase('nl');
  return lists.organisations.some((name) => hasPhrase(lower, name));
}

/**
 * A team or school mailbox or the school's general phone number, named as such, is no pupil's or parent's contact:
 * every part of the mailbox is a function word, the programme or a place; the number is a landline with the school's before it; a free-mail address is always someone's own.
 */
export function isSchoolContact(found: Finding, text: string, lists: NameLists): boolean {
  if (found.kind === 'email') {
    if (PERSONAL_MAIL_DOMAINS.test(found.text)) return false;
    const parts = found.text.toLocaleLowerCase('nl').split('@')[0]!.split(/[-._]/u);
    // At a school's or organisation's own domain a role or school type names a function too ("procesbegeleider.jos@", "jos-vo@").
    const atOwnDomain = mailDomainLabels(found.text).some((label) => lists.schoolMailDomains.has(label));
    const isFunctionWord = (part: string) => MAILBOX_WORDS.has(part) || lists.places.has(part) || lists.notNameWords.has(part);
    // At an organisation's domain ("alkmaar-sociaaldomein") a function word glued to a place is one too: "wijkteamoudorp@".
    const atOrganisationDomain = mailDomainLabels(found.text).flatMap((label) => label.split('-')).every((word) => ORGANISATION_DOMAIN_WORD.test(word) || lists.places.has(word) || lists.notNameWords.has(word));
    const isFunctionCompound = (part: string) => atOrganisationDomain && [...part].some((_, at) => at >= 2 && at <= part.length - 3 && MAILBOX_WORDS.has(part.slice(0, at)) && (lists.places.has(part.slice(at)) || lists.notNameWords.has(part.slice(at))));
    return parts.every((part) => isFunctionWord(part) || isFunctionCompound(part) || (atOwnDomain && (isStaffRole(part) || SCHOOL_TYPES.has(part))));
  }
  if (found.kind === 'phone' && isOnDutyNumber(found, text, lists)) return true;
  // A mobile number is someone's own, even when it is called the general one.
  if (found.kind === 'phone' && /^(?:\+31|0031|0)\s*\(?0?\)?\s*6/u.test(found.text)) return false;
  // "072-5112340 (toestel 214)": a number with an extension is a switchboard, never a home.
  if (found.kind === 'phone' && EXTENSION_AFTER.test(text.slice(found.end, found.end + 30))) return true;
  return (found.kind === 'phone' && SCHOOL_NUMBER_BEFORE.test(text.slice(Math.max(0, found.start - 70), found.start))) || isOrganisationContact(found, text, lists);
}

/** "naar mijn werkmail", "werkadres", "Mail doorgestuurd van …", "Van: …": the writer's or a colleague's work mail follows. */
const WORK_MAIL_CUE = /\b(?:werk-?mail\p{L}*|werk-?adres|zakelijke\s+mail\p{L}*|doorgestuurd\s+van|van\s*:|from\s*:|cc\s*:|fw\s*:|fwd\s*:)/giu;
/** A pupil, parent or home between the cue and the address: then the mailbox is theirs ("de leerling mailt vanaf …"). */
/**
 * Words that tie a mailbox or number to a pupil or her family rather than to staff; each rule adds its own few (a
 * private address, a class, an aunt). Pronouns count: "hij is bereikbaar op …" is someone the text is about.
 */
/** The nouns alone: a pronoun right after a colleague bound to their role ("… (zoco), zij zet het door") is that colleague. */
export const PUPIL_OR_FAMILY_NOUNS = String.raw`moeder|vader|ouders?|oma|opa|leerling\p{L}*|kind|zoon|dochter|broer|zus|pleeg\p{L}*|gezin|thuis`;
export const PUPIL_OR_FAMILY_WORDS = String.raw`${PUPIL_OR_FAMILY_NOUNS}|hij|zij|ze|hem|haar`;
const NOT_STAFF_BETWEEN = new RegExp(String.raw`\b(?:${PUPIL_OR_FAMILY_WORDS}|privé|prive)\b`, 'iu');

/** "Ik ben Sandra de Groot, mentor bij PCC Oosterhout": the words in apposition after the writer's own name. */
const SELF_INTRODUCED_WITH_ROLE = /\b[Ii]k[ \t]{1,3}ben[ \t]{1,3}\p{Lu}[\p{L}'’-]{0,30}(?:[ \t]{1,3}(?:(?:van|de|der|den|ter|ten|te)[ \t]{1,3}){0,3}\p{Lu}[\p{L}'’-]{0,30}){0,2}[ \t]{0,3},[ \t]{0,3}((?:[\p{L}&'’-]{1,30}[ \t]{1,3}){0,3}[\p{L}&'’-]{1,30})/u;
/** "mijn mail is ", "mijn mailadres: ": the writer's own mailbox follows. */
const OWN_MAIL_BEFORE = /\bmijn\s+(?:e-?)?mail(?:adres)?\s*(?:is|:)?\s*$/iu;
const SENTENCE_BREAK = /(?:[!?\n]|(?<=[\p{L}\d]{4})\.)\s/gu;

/** The domain of a mail address, also written out ("k punt jansen at pcc-oosterhout punt nl"), without its last label. */
function mailDomainLabels(address: string): string[] {
  const domain = address.toLocaleLowerCase('nl').split(/@|\s(?:at|apenstaartje)\s/u)[1] ?? '';
  return domain.split(/\.|\s(?:punt|dot)\s/u).slice(0, -1);
}

/** "Mail mij gerust op …", "bereik me via …", "mijn adres is …": the writer asks to be mailed at the address that follows. */
const MAIL_ME_BEFORE = /(?:\b(?:mail|e-?mail|bereik|contact)\s+(?:mij|me)\s+(?:(?:gerust|maar|even|graag|liefst)\s+){0,2}(?:op|via|naar)|\b(?:mijn|m'n)\s+(?:werk)?(?:adres|mail|e-mail|mailadres|e-mailadres)(?:\s+is|\s*:))\s*$/iu;
/** Parts of a school's domain name: "dalton-alkmaar", "csg-willem-van-oranje", "stedelijklyceum". */
const SCHOOL_DOMAIN_WORD = /^(?:dalton|montessori|jenaplan|vrijeschool|csg|rsg|osg|pcc|scholengroep|scholen|atheneum|\p{L}*(?:college|lyceum|gymnasium|school|mavo|vmbo))$/u;
/** A pupil, parent or home anywhere in the text: then an address given is not only the writer's business. */
const PUPIL_IN_TEXT = new RegExp(String.raw`\b(?:${PUPIL_OR_FAMILY_WORDS}|klas|jongen|meisje)\b`, 'iu');

/**
 * "Mail mij gerust op s.dekker@dalton-alkmaar.nl, … Het gaat om een algemene vraag": the writer's own mailbox at a school's
 * domain, in a text that speaks of no pupil (pupils do not write to this bot).
 */
function isWritersOwnSchoolMail(found: Finding, text: string): boolean {
  if (!MAIL_ME_BEFORE.test(text.slice(Math.max(0, found.start - 40), found.start))) return false;
  if (!mailDomainLabels(found.text).flatMap((label) => label.split('-')).some((word) => SCHOOL_DOMAIN_WORD.test(word))) return false;
  return !PUPIL_IN_TEXT.test(`${text.slice(0, found.start)} ${text.slice(found.end)}`);
}

/**
 * A staff member's mail at a school's own domain ("s.bos@jacpthijsse.nl", "k punt jansen at pcc-oosterhout punt nl"), said
 * to be work mail, in a forward header, or with a staff role in its sentence (before it with no pupil or parent in between,
 * after it with none in the whole sentence).
 * A free-mail address is always someone's own; a pupil's school mailbox has no such staff context.
 */
export function isStaffMailAtSchool(found: Finding, text: string, lists: NameLists): boolean {
  if (found.kind !== 'email' || PERSONAL_MAIL_DOMAINS.test(found.text)) return false;
  if (isWritersOwnSchoolMail(found, text)) return true;
  if (!mailDomainLabels(found.text).some((label) => lists.schoolMailDomains.has(label))) return false;
  const window = text.slice(Math.max(0, found.start - 160), found.start);
  // The sentence so far; the full stop of a short abbreviation ("Jac. P. Thijsse") ends none.
  const breaks = [...window.matchAll(SENTENCE_BREAK)].at(-1);
  const before = breaks ? window.slice(breaks.index + breaks[0].length) : window;
  // "Ik ben Sandra de Groot, mentor bij … mijn mail is …": the writer introduced with a staff role gives their own mailbox.
  const introduced = OWN_MAIL_BEFORE.test(before) ? SELF_INTRODUCED_WITH_ROLE.exec(text.slice(Math.max(0, found.start - 400), found.start)) : null;
  if (introduced && introduced[1]!.split(/\s+/u).some((word) => isStaffRole(word.toLocaleLowerCase('nl'))) && !NOT_STAFF_BETWEEN.test(introduced[1]!)) return true;
  const cue = [...before.matchAll(WORK_MAIL_CUE)].at(-1);
  if (cue && !NOT_STAFF_BETWEEN.test(before.slice(cue.index + cue[0].length))) return true;
  // "Sandra Bos, ondersteuningscoördinator Jac. P. Thijsse (s.bos@…)": the last staff role before the address, nobody else after it.
  const words = [...before.matchAll(/\p{L}[\p{L}'’-]*/gu)];
  const role = words.findLastIndex((word) => isStaffRole(word[0].toLocaleLowerCase('nl')));
  if (role >= 0 && !NOT_STAFF_BETWEEN.test(before.slice(words[role]!.index))) return true;
  // "mail naar a.degroot@…, dat is onze ondersteuningscoördinator", "… naar j.vermeulen@…, ik ben mentor": the role later in
  // the same sentence counts when no pupil, parent or home is anywhere in that sentence.
  const rest = text.slice(found.end, found.end + 160);
  const restEnd = [...rest.matchAll(SENTENCE_BREAK)][0];
  const after = restEnd ? rest.slice(0, restEnd.index) : rest;
  const roleAfter = [...after.matchAll(/\p{L}[\p{L}'’-]*/gu)].some((word) => isStaffRole(word[0].toLocaleLowerCase('nl')));
  // "…, zij is de zorgcoördinator": the pronoun is the address's owner being the role.
  return roleAfter && !NOT_STAFF_BETWEEN.test(`${before} ${after.replace(/\b(?:hij|zij|ze)\s+is\b/giu, ' ')}`);
}
