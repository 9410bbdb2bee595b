import type { Finding, ScreenResult } from './kinds';
import type { NameLists } from './nameLists';
import { nameFindings, protectedPhraseSpans } from './names';
import { patternFindings } from './patterns';

export interface ScreenOptions {
  /** Words the mentor confirmed are not names (a town, a method); they are never read as a name. */
  allow?: readonly string[];
  /** Today, to tell a date of birth from a recent date. */
  now?: Date;
}

export type Screen = (text: string, options?: ScreenOptions) => ScreenResult;

/** Drops a finding that lies inside another one, except that a class-and-name finding and the name inside it both stay. */
function withoutOverlaps(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  return sorted.filter((candidate, index) =>
    !sorted.some((other, otherIndex) => {
      if (otherIndex === index || other.start > candidate.start || other.end < candidate.end) return false;
      const identical = other.start === candidate.start && other.end === candidate.end && other.kind === candidate.kind;
      if (identical) return otherIndex < index;
      return other.kind === candidate.kind || (other.kind !== 'class-and-name' && candidate.kind !== 'class-and-name');
    }),
  );
}

/** Builds a screen over fixed name lists (load them once; screening is then pure and fast). */
export function createScreen(lists: NameLists): Screen {
  return (text, { allow = [], now = new Date() } = {}) => {
    const shaped = patternFindings(text, now);
    const allowed = allow.map((word) => word.trim().toLocaleLowerCase('nl')).filter((word) => word.length > 0);
    const protectedSpans = [
      ...protectedPhraseSpans(text, [...allowed, ...lists.notNamePhrases]),
      ...shaped.map((found) => [found.start, found.end] as const),
    ];
    const findings = withoutOverlaps([...shaped, ...nameFindings(text, lists, protectedSpans)]);
    return { identifying: findings.length > 0, findings };
  };
}
