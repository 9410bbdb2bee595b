import type { Finding } from './kinds';
import { roleFollows, SIGN_OFF_NAME } from './names';
import { isStaffRole } from './staffRoles';
import { isBoundToPupil, mailboxMatchesName } from './staffSentences';
import { PERSONAL_MAIL_DOMAINS, PUPIL_OR_FAMILY_WORDS } from './schoolContacts';

/** "Bereikbaarheid J&G coach Midden-Kennemerland:", "Contactgegevens orthopedagoog:": a heading over a professional's work contacts. */
const REACHABILITY_HEADING = /(?<=^|\n)[ \t]*(?:bereikbaarheid|bereikbaar|contactgegevens|contact)\b([^:\n]{1,60}):/giu;
/** A parent, a pupil or a home in the block: then the number or mailbox is theirs, not the writer's ("Moeder is bereikbaar op …"). */
const SOMEONE_ELSE = new RegExp(String.raw`\b(?:${PUPIL_OR_FAMILY_WORDS}|tante|oom|privé|prive)\b`, 'iu');
/** The block runs to the end of its sentence or line: "06-21907364" and "m.degroot@groeimee.nl" do not end it. */
const BLOCK_END = /[.!?](?:\s|$)|\n\s*\n/gu;

function blockFrom(text: string, start: number): [number, number] | undefined {
  BLOCK_END.lastIndex = start;
  const end = BLOCK_END.exec(text)?.index ?? text.length;
  return SOMEONE_ELSE.test(text.slice(start, end)) ? undefined : [start, end];
}

/**
 * Spans holding a professional's own signature or work contact details: a closing formula with a name and a professional
 * role ("Met vriendelijke groet, Anouk Smit, jeugdhulpverlener, Stichting Groeimee, 06-…"), or a reachability heading naming
 * a role ("Bereikbaarheid J&G coach: Marloes de Groot, 06-…"). A block that speaks of a parent, pupil or home is no such span.
 */
export function workContactSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const match of text.matchAll(SIGN_OFF_NAME)) {
    const block = roleFollows(text, match.index + match[0].length) ? blockFrom(text, match.index) : undefined;
    if (block) spans.push(block);
  }
  for (const match of text.matchAll(REACHABILITY_HEADING)) {
    const words = match[1]!.toLocaleLowerCase('nl').split(/[\s,/]+/u);
    const block = words.some(isStaffRole) ? blockFrom(text, match.index) : undefined;
    if (block) spans.push(block);
  }
  return spans;
}

/** A work mobile or work mailbox inside such a span (a free-mail address stays someone's own). */
export function isWorkContact(found: Finding, spans: ReadonlyArray<readonly [number, number]>): boolean {
  if (found.kind !== 'phone' && found.kind !== 'email') return false;
  if (found.kind === 'email' && PERSONAL_MAIL_DOMAINS.test(found.text)) return false;
  return spans.some(([from, to]) => found.start >= from && found.end <= to);
}

/** "(06-…)", ", 06-…", ", bereikbaar via …", ", mail: …" right after a staff member's name: their work number or mailbox. */
const CONTACT_AFTER_STAFF = /^[ \t]*(?:\(|,[ \t]*(?:(?:(?:bereikbaar|te\s+bereiken)[ \t]+(?:via|op|op\s+nummer)|tel(?:efoon)?\.?:?|mobiel:?|mail:?|e-mail:?)[ \t]*)?)$/iu;

/** "… Ahmed Ouali (is) het vaste aanspreekpunt voor school, bereikbaar op …": the staff member is the contact, the number theirs. */
const CONTACT_POINT_AFTER_STAFF =
  /^[ \t]+(?:(?:is|wordt|blijft)[ \t]+)?(?:het|de|ons|jullie)[ \t]+(?:(?:vaste|nieuwe|eerste|centrale|vast)[ \t]+)?(?:aanspreekpunt|contactpersoon|contactpunt)(?:[ \t]+(?:voor|van|bij)[ \t]+(?:(?:de|het|onze|jullie)[ \t]+)?[\p{L}-]+){0,2}[ \t]*,[ \t]*(?:bereikbaar|te\s+bereiken)[ \t]+(?:via|op|op\s+nummer)[ \t]*$/iu;

/** A phone number or work mailbox bound to a professional named in their role ("Marieke Smit (06-…)"); free mail stays their own. */
export function isStaffContact(found: Finding, text: string, staff: ReadonlyArray<readonly [number, number]>): boolean {
  if (found.kind !== 'phone' && found.kind !== 'email') return false;
  if (found.kind === 'email' && PERSONAL_MAIL_DOMAINS.test(found.text)) return false;
  // "Ilse de Graaf … mail i.degraaf@ggdhn.nl": a mailbox named after a colleague named in their role is theirs.
  // "Ik ben Sanne Vos, leerling van 4 havo, mijn mail is s.vos@…": not when a pupil is bound to that name.
  if (found.kind === 'email' && staff.some(([start, end]) => mailboxMatchesName(found.text, text.slice(start, end)) && !isBoundToPupil(text, start, end))) return true;
  return staff.some(([, end]) => {
    const between = end <= found.start ? text.slice(end, found.start) : '';
    return (between.length > 0 && between.length <= 40 && CONTACT_AFTER_STAFF.test(between)) || (between.length <= 100 && CONTACT_POINT_AFTER_STAFF.test(between));
  });
}
