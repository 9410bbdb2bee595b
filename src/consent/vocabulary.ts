/**
 * The question and option ids the code itself relies on (the text extractor produces them, tests and users
 * refer to them). The knowledge files may add questions and options, but must keep these.
 */
export const STABLE_QUESTIONS = {
  'Q-NOOD': ['ja', 'twijfel', 'nee'],
  'Q-ZORGEN': ['ja', 'twijfel', 'nee'],
  'Q-HERKENBAAR': ['ja', 'twijfel', 'nee'],
  'Q-MET-WIE': ['MW1', 'MW2', 'MW3', 'MW4', 'MW5', 'MW6', 'MW7', 'MW8', 'MW9', 'MW10', 'MW11', 'MW12'],
  'Q-JOS': ['J1', 'J2', 'J3', 'J4', 'J5', 'J6', 'J7'],
  'Q-WIJKTEAM': ['W1', 'W2', 'W3', 'W4'],
  'Q-MDO': ['ja', 'nee'],
  'Q-LEERPLICHT': ['L1', 'L2'],
  'Q-GGD': ['G1', 'G2', 'G3', 'G4'],
  'Q-OVERSTAP': ['S1', 'S2'],
  'Q-OUDERS': ['P1', 'P2', 'P3', 'P4'],
  'Q-LEEFTIJD': ['<12', '12-15', '16-17', '18+', 'onbekend'],
  'Q-GEZAG': ['beide', 'een', 'voogd', 'onbekend', 'oneens', 'geheim'],
  'Q-BELANG': ['nee', 'twijfel'],
  'Q-WILSBEKWAAM': ['nee', 'twijfel'],
  'Q-NA18': ['nee', 'ja'],
  'Q-MELDBEVOEGD': ['ja', 'nee'],
} as const;

export type StableQuestion = keyof typeof STABLE_QUESTIONS;
export type OptionOf<Q extends StableQuestion> = (typeof STABLE_QUESTIONS)[Q][number];
export type StableAnswers = { [Q in StableQuestion]?: OptionOf<Q> };
