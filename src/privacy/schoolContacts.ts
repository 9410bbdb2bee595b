import type { Finding } from './kinds';
import type { NameLists } from './nameLists';

/** Words of a mailbox that belongs to a team, a function or a school, not to a person ("zorgteam@", "jos-castricum@"). */
const MAILBOX_WORDS = new Set([
  'info', 'informatie', 'contact', 'zorg', 'zorgteam', 'team', 'jos', 'secretariaat', 'administratie', 'receptie', 'leerlingzaken', 'verzuim',
  'aanmelden', 'aanmelding', 'ondersteuning', 'mentoren', 'noreply', 'no-reply', 'school', 'mail', 'post', 'loket', 'spreekuur', 'jgc', 'wijkteam',
]);
/** "het algemene nummer van school", "de receptie": a number the school gives out for everyone. */
const SCHOOL_NUMBER_BEFORE = /(?:\b(?:algemene?|centrale?|hoofd)\s*(?:tel(?:efoon)?)?nummer\b|\bschoolnummer\b|\bnummer\s+van\s+(?:de\s+|het\s+)?(?:school|receptie|administratie|balie|secretariaat|vestiging)\b|\b(?:receptie|administratie|secretariaat)\b)[^.!?\n\d]{0,30}$/iu;

/**
 * A team or school mailbox or the school's general phone number, named as such, is no pupil's or parent's contact:
 * every part of the mailbox is a function word, the programme or a place; the number has the school's before it.
 */
export function isSchoolContact(found: Finding, text: string, lists: NameLists): boolean {
  if (found.kind === 'email') {
    const parts = found.text.toLocaleLowerCase('nl').split('@')[0]!.split(/[-._]/u);
    return parts.every((part) => MAILBOX_WORDS.has(part) || lists.places.has(part) || lists.notNameWords.has(part));
  }
  return found.kind === 'phone' && SCHOOL_NUMBER_BEFORE.test(text.slice(Math.max(0, found.start - 70), found.start));
}
