import { describe, expect, it } from 'vitest';
import { rememberingReader } from '../../bot/handlers/consent/reader';
import { extractFacts } from '../../src/consent/extract';
import { loadConsentKnowledge } from '../../src/consent/knowledge';
import type { Screen } from '../../src/privacy';
import { screen } from '../helpers/screen';

/** The reader asks the privacy screen about an anonymous question: the number of asks shows when it really read. */
function countingScreen(): { screen: Screen; reads: () => number } {
  let reads = 0;
  return {
    screen: (text, options) => {
      reads += 1;
      return screen(text, options);
    },
    reads: () => reads,
  };
}

const { cues } = loadConsentKnowledge('knowledge/consent');
const ANONYMOUS_QUESTION = 'Mag ik de casus anoniem bespreken met de jgc?';

describe('the remembering consent reader', () => {
  it('reads a question asked before from memory, with the same facts as reading it anew', () => {
    const counting = countingScreen();
    const read = rememberingReader(cues, counting.screen);
    const first = read(ANONYMOUS_QUESTION);
    expect(counting.reads()).toBe(1);
    expect(read(ANONYMOUS_QUESTION)).toEqual(first);
    expect(counting.reads()).toBe(1);
    expect(first).toEqual(extractFacts(ANONYMOUS_QUESTION, cues, screen));
  });

  it('hands every caller its own copy', () => {
    const read = rememberingReader(cues, screen);
    const first = read(ANONYMOUS_QUESTION);
    first.facts.ask.push('Q-LEEFTIJD');
    first.facts.answers['Q-MET-WIE'] = 'MW1';
    expect(read(ANONYMOUS_QUESTION)).toEqual(extractFacts(ANONYMOUS_QUESTION, cues, screen));
  });

  it('reads a follow-up against the earlier facts, apart from the same text on its own', () => {
    const read = rememberingReader(cues, screen);
    const earlier = extractFacts('Mag ik de ouders bellen over de jgc?', cues, screen).facts;
    expect(read('hij gaat hem testen', earlier)).toEqual(extractFacts('hij gaat hem testen', cues, screen, earlier));
    expect(read('hij gaat hem testen')).toEqual(extractFacts('hij gaat hem testen', cues, screen));
  });

  it('does not keep a long text', () => {
    const counting = countingScreen();
    const read = rememberingReader(cues, counting.screen);
    const long = `${ANONYMOUS_QUESTION} ${'Het gaat om een lastige situatie in de klas. '.repeat(20)}`;
    read(long);
    read(long);
    expect(counting.reads()).toBe(2);
  });
});
