import type { Screen } from '../privacy';
import { extractFacts } from './extract';
import type { TextCues } from './model';

/** Between them these run nearly every pattern the reader has: a party to tell, and a danger with the parents asked. */
const TYPICAL_QUESTIONS = [
  'Mag de jeugd- en gezinscoach aanschuiven bij de leerlingbespreking?',
  'Mijn leerling (15) vertelde dat zijn vader hem slaat. Mag ik dit met de ouders bespreken?',
];

/**
 * Reads a few typical questions twice each; meant for right after start-up. V8 runs a regular expression through its
 * interpreter the first time and compiles it to machine code the second time. For the reader's 900-odd patterns that
 * is about 10 MB of code, which would otherwise come with the second and third distinct questions mentors ask: a step
 * in the process's memory in the middle of its work, and 50–100 ms in that mentor's turn.
 */
export function warmUpReader(cues: TextCues, screen: Screen): void {
  for (const text of TYPICAL_QUESTIONS) {
    extractFacts(text, cues, screen);
    extractFacts(text, cues, screen);
  }
}
