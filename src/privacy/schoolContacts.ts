import type { Finding } from './kinds';
import type { NameLists } from './nameLists';

/** Words of a mailbox that belongs to a team, a function or a school, not to a person ("zorgteam@", "jos-castricum@"). */
const MAILBOX_WORDS = new Set([
  'info', 'informatie', 'contact', 'zorg', 'zorgteam', 'team', 'jos', 'secretariaat', 'administratie', 'receptie', 'leerlingzaken', 'verzuim',
  'aanmelden', 'aanmelding', 'ondersteuning', 'mentoren', 'noreply', 'no-reply', 'school', 'mail', 'post', 'loket', 'spreekuur', 'jgc', 'wijkteam',
]);
/** "het algemene nummer van school", "bel de receptie op": a number the school gives out for everyone. */
const SCHOOL_NUMBER_BEFORE = /(?:\b(?:algemene?|centrale?|hoofd)\s*(?:tel(?:efoon)?)?nummer\b|\bschoolnummer\b|\btel(?:efoon)?(?:nummer)?\.?\s+(?:van\s+)?(?:de\s+)?school\b|\bnummer\s+van\s+(?:de\s+|het\s+)?(?:school|receptie|administratie|balie|secretariaat|vestiging)\b|\b(?:receptie|administratie|balie|secretariaat)(?:\s+van\s+(?:de\s+)?school)?\s+(?:op|via|is|:))[^.!?\n\d]{0,30}$/iu;
/** Mail that people have for themselves: a mailbox there is a person's, whatever its name. */
const PERSONAL_MAIL_DOMAINS = /@(?:gmail|hotmail|outlook|live|icloud|me|ziggo|kpnmail|kpnplanet|planet|home|yahoo|msn|xs4all|telfort|hetnet|casema|online|upcmail|quicknet|protonmail|proton)\./iu;

/**
 * A team or school mailbox or the school's general phone number, named as such, is no pupil's or parent's contact:
 * every part of the mailbox is a function word, the programme or a place; the number is a landline with the school's before it; a free-mail address is always someone's own.
 */
export function isSchoolContact(found: Finding, text: string, lists: NameLists): boolean {
  if (found.kind === 'email') {
    if (PERSONAL_MAIL_DOMAINS.test(found.text)) return false;
    const parts = found.text.toLocaleLowerCase('nl').split('@')[0]!.split(/[-._]/u);
    return parts.every((part) => MAILBOX_WORDS.has(part) || lists.places.has(part) || lists.notNameWords.has(part));
  }
  // A mobile number is someone's own, even when it is called the general one.
  return found.kind === 'phone' && !/^(?:\+31|0031|0)\s*\(?0?\)?\s*6/u.test(found.text) && SCHOOL_NUMBER_BEFORE.test(text.slice(Math.max(0, found.start - 70), found.start));
}
