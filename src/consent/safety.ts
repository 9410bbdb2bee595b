import { extractFacts } from './extract';
import type { Facts } from './model';
import type { Screen } from '../privacy';

/** Facts that point to acute danger or abuse, stated or enough to ask about. */
export function signalsSafetyConcern({ answers, ask }: Facts): boolean {
  return answers['Q-NOOD'] === 'ja' || answers['Q-ZORGEN'] === 'ja' || ask.includes('Q-NOOD') || ask.includes('Q-ZORGEN');
}

/**
 * Whether a text carries a sign of acute danger or of abuse. Such a text gets the safety answer
 * (112, Veilig Thuis, the meldcode) first, whatever else the mentor asked for.
 */
export function hasSafetySignal(text: string, screen: Screen): boolean {
  return signalsSafetyConcern(extractFacts(text, screen).facts);
}
