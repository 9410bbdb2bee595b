/** What the screen can find; the names are part of the `npm run screen` output contract. */
export const FINDING_KINDS = [
  'name', 'bsn', 'birthdate', 'phone', 'email', 'address', 'student-number', 'class-and-name',
  'class', 'reference-number', 'bank-account', 'licence-plate', 'handle', 'unique-description',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** One identifying part of a text: `text` is exactly `source.slice(start, end)`. */
export interface Finding {
  kind: FindingKind;
  text: string;
  start: number;
  end: number;
  /** A name the mentor may confirm is no name (a place, a method): never a first name with a surname, never another kind. */
  confirmable?: true;
}

export interface ScreenResult {
  identifying: boolean;
  findings: Finding[];
}

export function finding(source: string, kind: FindingKind, start: number, end: number): Finding {
  return { kind, text: source.slice(start, end), start, end };
}
