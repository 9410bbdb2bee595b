import { extractFacts, type Extraction } from '../../../src/consent/extract';
import type { Facts, TextCues } from '../../../src/consent/model';
import type { Screen } from '../../../src/privacy';
import { memoizeBy } from '../../../src/memo';

/** The consent facts of a message: on its own, or read as a follow-up to the facts of an open question. */
export type ConsentReader = (text: string, earlier?: Facts) => Extraction;

/** Questions are a sentence or two; a longer text is read every time rather than kept. */
const LONGEST_REMEMBERED = 500;
/** Distinct recent questions kept in memory at most (least recently asked go first). */
const REMEMBERED = 1000;

/**
 * The consent reader (src/consent/extract, with the cues of the consent knowledge) with a memory of its last answers: many mentors ask the same question
 * word for word, and reading one costs about half a millisecond. The key is the exact text, the earlier facts and
 * the year (the privacy screen inside the reader judges birth years against it). Texts stay in this process's
 * memory only, at most REMEMBERED of them, and are never logged or stored; every caller gets its own copy of the
 * answer, so changing one never changes another.
 */
export function rememberingReader(cues: TextCues, screen: Screen): ConsentReader {
  const read = memoizeBy(
    (text: string, earlier?: Facts) =>
      text.length > LONGEST_REMEMBERED ? undefined : `${new Date().getUTCFullYear()}\u0000${earlier ? JSON.stringify(earlier) : ''}\u0000${text}`,
    // Kept as JSON: parsing it back is the cheapest fresh copy of a small plain object.
    (text: string, earlier?: Facts) => JSON.stringify(extractFacts(text, cues, screen, earlier)),
    REMEMBERED,
  );
  return (text, earlier) => JSON.parse(read(text, earlier)) as Extraction;
}
