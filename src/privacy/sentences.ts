/** Sentence bounds for the screen: a full stop after an abbreviation, an initial or inside a decimal ends none. */

/** Words whose full stop does not end a sentence ("geb. 2010", "mevr. Smit", "bijv."), and a single letter (an initial: "Yusra B."). */
const ABBREVIATION_BEFORE = /(?:^|[^\p{L}\p{N}])(?:\p{L}|geb|dhr|mevr|mw|afd|mr|dr|drs|ir|ing|lln|ll|nr|no|bijv|evt|ca|resp|tel|mob|ref|vs|jr|sr|pag|blz|ivm|mbt|tav|zgn|ong|incl|excl|enz|etc)$/iu;

/** Whether the mark at index ends a sentence: "!", "?", a line break, or a full stop that closes no abbreviation, and no decimal ("4.2K"). */
function endsSentence(text: string, index: number): boolean {
  const mark = text[index];
  if (mark !== '.') return mark === '!' || mark === '?' || mark === '\n';
  // "Jac. P. Thijsse": a full stop before an initial shortens a first name of the same person or school.
  if (/^[ \t]\p{Lu}\.[ \t]\p{Lu}/u.test(text.slice(index + 1, index + 6))) return false;
  return !/\d/u.test(text[index + 1] ?? '') && !ABBREVIATION_BEFORE.test(text.slice(Math.max(0, index - 6), index));
}

const SENTENCE_MARKS = ['.', '!', '?', '\n'];

/** Where the sentence holding text[start, end) begins and ends. */
export function sentenceRange(text: string, start: number, end: number): [number, number] {
  // Native searches from mark to mark, so a long text without a sentence end costs no loop over its characters.
  let from = start;
  while (from > 0) {
    const mark = Math.max(...SENTENCE_MARKS.map((sign) => text.lastIndexOf(sign, from - 1)));
    if (mark < 0 || endsSentence(text, mark)) { from = mark + 1; break; }
    from = mark;
  }
  let to = end;
  for (;;) {
    const marks = SENTENCE_MARKS.map((sign) => text.indexOf(sign, to)).filter((index) => index !== -1);
    if (marks.length === 0) { to = text.length; break; }
    to = Math.min(...marks);
    if (endsSentence(text, to)) break;
    to += 1;
  }
  return [from, to];
}

export function sentenceAround(text: string, start: number, end: number): string {
  return text.slice(...sentenceRange(text, start, end));
}

