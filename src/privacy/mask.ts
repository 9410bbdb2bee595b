import type { Finding, FindingKind } from './kinds';

/** What each kind is called in Dutch, for messages that say what was found. */
export const FINDING_NOUNS: Record<FindingKind, string> = {
  name: 'naam',
  bsn: 'BSN',
  birthdate: 'geboortedatum',
  phone: 'telefoonnummer',
  email: 'e-mailadres',
  address: 'adres',
  'student-number': 'leerlingnummer',
  'class-and-name': 'klas en naam',
  class: 'klas',
  'reference-number': 'dossier- of kluisnummer',
  'bank-account': 'rekeningnummer',
  'licence-plate': 'kenteken',
  handle: 'gebruikersnaam',
  'unique-description': 'herkenbare omschrijving',
};

/** The placeholder shown where an identifying part was: "[naam]". */
export const maskLabel = (kind: FindingKind): string => `[${FINDING_NOUNS[kind]}]`;

/** The text with every finding replaced by its placeholder; overlapping findings become one placeholder (the widest wins). */
export function maskText(text: string, findings: readonly Finding[]): string {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  let masked = '';
  let cursor = 0;
  for (const found of sorted) {
    if (found.end <= cursor) continue;
    masked += text.slice(cursor, Math.max(cursor, found.start));
    if (found.start >= cursor) masked += maskLabel(found.kind);
    cursor = found.end;
  }
  return masked + text.slice(cursor);
}
