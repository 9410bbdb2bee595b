import type { Finding, FindingKind } from './kinds';

/** Dutch placeholder per kind, shown where an identifying part was. */
export const MASK_LABELS: Record<FindingKind, string> = {
  name: '[naam]',
  bsn: '[BSN]',
  birthdate: '[geboortedatum]',
  phone: '[telefoonnummer]',
  email: '[e-mailadres]',
  address: '[adres]',
  'student-number': '[leerlingnummer]',
  'class-and-name': '[klas en naam]',
};

/** The text with every finding replaced by its placeholder; overlapping findings become one placeholder (the widest wins). */
export function maskText(text: string, findings: readonly Finding[]): string {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  let masked = '';
  let cursor = 0;
  for (const found of sorted) {
    if (found.end <= cursor) continue;
    masked += text.slice(cursor, Math.max(cursor, found.start));
    if (found.start >= cursor) masked += MASK_LABELS[found.kind];
    cursor = found.end;
  }
  return masked + text.slice(cursor);
}
