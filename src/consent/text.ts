/**
 * Turns a mentor's chat message into a plain, predictable string for the fact patterns: lower case, no accents,
 * chat shorthand written out, known multi-word roles joined into one token, and typos in the words the patterns
 * look for corrected. Only tokens of 7 letters or more are corrected, and only into a word of LEXICON.
 */

/** Written-out forms of shorthand, applied on whole tokens. */
const SHORTHAND: Record<string, string> = {
  ff: 'even',
  fff: 'even',
  k: 'ik',
  n: 'een',
  t: 'het',
  mn: 'mijn',
  zn: 'zijn',
  dr: 'haar',
  m: 'hem',
  ll: 'leerling',
  llg: 'leerling',
  lln: 'leerlingen',
  jr: 'jaar',
  vd: 'van de',
  ivm: 'in verband met',
  mbt: 'met betrekking tot',
  zoco: 'zorgcoordinator',
  zorgco: 'zorgcoordinator',
  oco: 'zorgcoordinator',
  zc: 'zorgcoordinator',
  ondersteuningscoordinator: 'zorgcoordinator',
  lpa: 'leerplichtambtenaar',
  gw: 'gedragswetenschapper',
  gwer: 'gedragswetenschapper',
  gdw: 'gedragswetenschapper',
  ortho: 'orthopedagoog',
  psych: 'psycholoog',
  ambu: 'ambulant',
  vt: 'veilig thuis',
  pa: 'vader',
  ma: 'moeder',
  papa: 'vader',
  mama: 'moeder',
  mam: 'moeder',
  pap: 'vader',
  suicide: 'zelfmoord',
  suicidaal: 'zelfmoord',
  zelfdoding: 'zelfmoord',
};

/** Multi-word names that the patterns treat as one token (after shorthand and typo correction). */
const PHRASES: [RegExp, string][] = [
  [/\bjeugd en gezins ?coach(es)?\b/g, 'jgc'],
  [/\bjeugd ?en ?gezinscoach(es)?\b/g, 'jgc'],
  [/\bj ?en ?g ?coach(es)?\b/g, 'jgc'],
  [/\bjgc( vo| coach)?\b/g, 'jgc'],
  [/\bgezinscoach(es)?\b/g, 'jgc'],
  [/\bpreventief ambulant(e)? (jeugd)?hulpverlener(s)?( vo)?\b/g, 'paj'],
  [/\bambulant(e)? (jeugd)?hulpverlener(s)?( vo)?\b/g, 'paj'],
  [/\bpaj( vo)?\b/g, 'paj'],
  [/\bgedragswetenschapper(s)?( jggz( vo)?)?( vo)?\b/g, 'gedragswetenschapper'],
  [/\bjos ?(medewerker|collega|coach|functionaris)s?\b/g, 'josmedewerker'],
  [/\bveilig thuis\b/g, 'veiligthuis'],
  [/\bmulti ?disciplinair(e)? overleg\b/g, 'mdo'],
  [/\bzorg en advies ?team\b/g, 'zat'],
  [/\braad voor (de )?kinderbescherming\b/g, 'rvdk'],
  [/\bonderwijskundig rapport\b/g, 'overstapdossier'],
  [/\bgecertificeerde instelling\b/g, 'jeugdbeschermer'],
];

/** Keywords worth correcting when a mentor mistypes them. */
const LEXICON = [
  'toestemming', 'gedragswetenschapper', 'jeugdverpleegkundige', 'leerplichtambtenaar', 'leerplicht', 'zorgcoordinator',
  'orthopedagoog', 'psycholoog', 'mishandeling', 'mishandeld', 'mishandelt', 'kindermishandeling', 'verwaarlozing',
  'verwaarloosd', 'huiselijk', 'geweld', 'zelfmoord', 'leerlingbespreking', 'klassenobservatie', 'observeren',
  'observatie', 'diagnostiek', 'onderzoek', 'onderzoeken', 'behandeling', 'behandelaar', 'behandelen', 'begeleiding',
  'begeleiden', 'gesprekken', 'gesprekjes', 'overstapdossier', 'onderwijskundig', 'overdracht', 'klassenlijst',
  'klassenlijsten', 'vragenlijst', 'signaleringslijst', 'jeugdarts', 'wijkteam', 'gebiedsteam', 'gezinscoach',
  'jeugdhulpverlener', 'hulpverlener', 'ambulant', 'preventief', 'verwijsindex', 'gezinsvoogd', 'jeugdbeschermer',
  'jeugdbescherming', 'leerlingvolgsysteem', 'magister', 'somtoday', 'terugkoppelen', 'terugkoppeling', 'aanmelden',
  'verzuim', 'ziekteverzuim', 'spijbelt', 'spijbelen', 'anoniem', 'herkenbaar', 'gescheiden', 'scheiding', 'weigert',
  'casusoverleg', 'thuiszittersoverleg', 'leerlingen', 'leerling', 'ouders', 'moeder', 'vader', 'informeren',
  'inschakelen', 'adviseren', 'meedenken', 'aanschuiven', 'veilig', 'misbruik', 'verkracht', 'aangerand',
  'handelingsgerichte', 'jeugdhulp', 'multidisciplinair', 'ondertoezichtstelling', 'ziekgemeld', 'overstap',
  'gezag', 'gezamenlijk', 'voogdij', 'afwezig', 'observeert', 'jeugdgezondheidszorg',
  'schoolarts', 'huisarts', 'politie', 'wijkagent', 'kinderbescherming', 'ondersteuningsteam', 'contactpersoon',
  'doorgeven', 'doorsturen', 'vertellen', 'bespreken', 'testen', 'klassikale', 'screening', 'inloggen', 'toegang',
  'absenties', 'cijfers', 'rapport', 'schoolgids', 'overleggen', 'eergerelateerd', 'uithuwelijking', 'loverboy',
] as const;
const LEXICON_SET = new Set<string>(LEXICON);

/** Ordinary words one typo away from a keyword. Words under 7 letters are never corrected ("gebeld" is not "geweld"). */
const NEVER_CORRECT = new Set(['moeders', 'ouderen', 'gezegd']);

/** Dutch number words for ages a pupil can have; smaller numbers stay words so "twee weken" is no age. */
const NUMBER_WORDS: Record<string, number> = {
  tien: 10, elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18,
  negentien: 19, twintig: 20,
};

/** Lower case without accents, apostrophes and quotes normalised, number words and "14jr" split into digits. */
export function basicNormalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/\bj\s*&\s*g\b/g, 'jgc')
    .replace(/\bgw\s?[-']\s?ers?\b/g, 'gedragswetenschapper')
    .replace(/\b(m|z|d)'n\b/g, (_m, letter: string) => ({ m: 'mijn', z: 'zijn', d: 'de' })[letter] ?? letter)
    .replace(/\bd'r\b/g, 'haar')
    .replace(/'t\b/g, 'het')
    .replace(/'m\b/g, ' hem')
    .replace(/\b(tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig)(jarige|jarig)?\b/g,
      (_m, word: string, suffix?: string) => `${NUMBER_WORDS[word]}${suffix ? ` ${suffix}` : ''}`)
    .replace(/\b(\d{1,2})\s?(jr|j|jaar|jarige|jarig)\b/g, (_m, n: string, unit: string) => `${n} ${unit === 'jr' || unit === 'j' ? 'jaar' : unit}`);
}

/** The string the fact patterns run on: single-spaced tokens of letters, digits and "+". */
export function normalizeForFacts(text: string): string {
  const tokens = basicNormalize(text)
    .split(/[^a-z0-9+]+/)
    .filter(Boolean)
    // Own keys only: the word "constructor" would otherwise find Object's constructor.
    .flatMap((token) => (Object.hasOwn(SHORTHAND, token) ? SHORTHAND[token]! : correct(token)).split(' '));
  let joined = ` ${tokens.join(' ')} `;
  for (const [pattern, replacement] of PHRASES) joined = joined.replace(pattern, replacement);
  return joined.trim().replace(/\s+/g, ' ');
}

/** The nearest keyword for a mistyped token, or the token itself. */
function correct(token: string): string {
  if (token.length < 7 || LEXICON_SET.has(token) || NEVER_CORRECT.has(token) || /\d/.test(token)) return token;
  const allowed = token.length >= 10 ? 2 : 1;
  let best = token;
  let bestDistance = allowed + 1;
  for (const word of LEXICON) {
    if (Math.abs(word.length - token.length) > allowed) continue;
    const distance = editDistance(token, word, allowed);
    if (distance < bestDistance) {
      best = word;
      bestDistance = distance;
    }
  }
  return best;
}

/** Damerau-Levenshtein (optimal string alignment) distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previousPrevious[j - 2]! + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}
