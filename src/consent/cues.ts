/**
 * Cue patterns that people maintain in knowledge/consent (safety.yaml, vocabulary.yaml), written in a small
 * language instead of regular expressions, and matched against `normalizeForFacts` output (lower case, no accents,
 * shorthand written out):
 *   words separated by spaces         "niet naar huis"
 *   a|b|c                             one of these words: "slaat|sloeg|schopt"
 *   in_tranen                         words joined by _ are one alternative: "huilend|in_tranen"
 *   word*                             any word starting so: "zelfbeschadig*"
 *   ~word                             any compound ending so, at least two letters before: "~mes" (stanleymes, broodmes)
 *   [word]  [a|b]                     an optional word
 *   ..                                up to five other words in between: "pillen .. ingenomen"
 *   a <> b                            both, in either order, up to five words apart: "sneetjes|krassen <> pols|arm"
 *   $set                              one of the words of a named set ($ouder: ouder, vader, moeder, ...)
 */

export type CueSets = Record<string, string[]>;

const WORD = /^~?[a-z0-9+]+(?:[ _][a-z0-9+]+)*\*?$/;

/** Compiles one cue into a regular expression source, or returns the reason it is not a valid cue. */
export function compileCue(cue: string, sets: CueSets): { ok: true; source: string } | { ok: false; reason: string } {
  // "a <> b": both parts, in either order, up to five words apart ("sneetjes <> pols": also "pols met sneetjes").
  const parts = cue.split(' <> ');
  if (parts.length === 2) {
    const left = compileSequence(parts[0]!, sets);
    const right = compileSequence(parts[1]!, sets);
    if (!left.ok) return left;
    if (!right.ok) return right;
    const bare = (source: string) => source.slice(2, -2);
    return { ok: true, source: `\\b(?:${bare(left.source)}${GAP}${bare(right.source)}|${bare(right.source)}${GAP}${bare(left.source)})\\b` };
  }
  if (parts.length > 2) return { ok: false, reason: 'hooguit één "<>" per cue' };
  return compileSequence(cue, sets);
}

const GAP = '(?: \\S+){0,5} ';

function compileSequence(cue: string, sets: CueSets): { ok: true; source: string } | { ok: false; reason: string } {
  const tokens = cue.trim().split(/\s+/);
  if (tokens.length === 0 || tokens[0] === '') return { ok: false, reason: 'lege cue' };
  if (tokens[0] === '..' || tokens.at(-1) === '..') return { ok: false, reason: '".." hoort tussen twee woorden' };
  let source = '';
  let gap = false;
  for (const [index, token] of tokens.entries()) {
    if (token === '..') {
      gap = true;
      continue;
    }
    const optional = token.startsWith('[') && token.endsWith(']');
    if (optional && index === 0) return { ok: false, reason: 'een cue begint niet met een woord tussen [ ]' };
    const words: string[] = [];
    const alternatives = (optional ? token.slice(1, -1) : token).split('|');
    // "thuis bang|bang thuis" reads as thuis (bang of bang) thuis: a repeated alternative means underscores are missing.
    const repeated = alternatives.find((alternative, at) => alternatives.indexOf(alternative) !== at);
    if (repeated !== undefined) return { ok: false, reason: `"${repeated}" staat twee keer in ${token}: schrijf een keuze van meer woorden met _ (thuis_bang|bang_thuis)` };
    for (const alternative of alternatives) {
      if (alternative.startsWith('$')) {
        const set = sets[alternative.slice(1)];
        if (!set) return { ok: false, reason: `onbekende set ${alternative}` };
        const wrong = set.find((word) => !WORD.test(word));
        if (wrong !== undefined) return { ok: false, reason: `"${wrong}" in set ${alternative} is geen woord` };
        words.push(...set.map((word) => word.replace(/_/g, ' ')));
      } else if (WORD.test(alternative)) words.push(alternative.replace(/_/g, ' '));
      else return { ok: false, reason: `"${alternative}" is geen woord (kleine letters en cijfers, zonder accenten of leestekens)` };
    }
    const word = `(?:${words.map(wordSource).join('|')})`;
    const separator = index === 0 ? '' : gap ? GAP : ' ';
    source += optional ? `(?:${separator}${word})?` : `${separator}${word}`;
    gap = false;
  }
  return { ok: true, source: `\\b${source}\\b` };
}

/** One word of a cue as a regular expression: a prefix ("zelfbeschadig*"), the end of a compound ("~mes") or the word itself. */
function wordSource(word: string): string {
  const head = word.startsWith('~') ? '\\w{2,}' : '';
  const bare = word.replace(/^~|\*$/g, '').replace(/\+/g, '\\+');
  return `${head}${bare}${word.length > 1 && word.endsWith('*') ? '\\w*' : ''}`;
}

const everywhere = new WeakMap<RegExp, RegExp>();
/** The cue as a global expression, made once per cue rather than once per message. */
function globalOf(pattern: RegExp): RegExp {
  let global = everywhere.get(pattern);
  if (!global) everywhere.set(pattern, (global = new RegExp(pattern.source, 'g')));
  return global;
}

/** The positions where any of the compiled cues matches. */
export function cueMatches(t: string, patterns: readonly RegExp[]): number[] {
  // Most cues are absent from a message: one search (it leaves lastIndex as it was) before collecting positions.
  return patterns.flatMap((pattern) => {
    const global = globalOf(pattern);
    return t.search(global) < 0 ? [] : [...t.matchAll(global)].map((match) => match.index);
  });
}

/** Words just before a signal that deny it ("geen sprake van mishandeling"). */
const DENIAL = /\b(geen|niet|zonder|nooit)\b/;
/** Words that start a new clause, so a denial before them does not reach the signal after them. */
const NEW_CLAUSE = /^(ik|hij|ze|zij|we|wij|maar|want|dat|omdat|toen|die|hem|haar|vader|moeder|ouders|stiefvader|stiefmoeder)$/;
/** A verb that ends the noun phrase "geen" denies: "vader, die geen gezag heeft, haalt hem vanmiddag op" denies no time. */
const FINITE_VERB = /^(heeft|hebben|had|hadden|is|was|zijn|waren|mag|mogen|mocht|kan|kon|kunnen|wil|wilde|willen|moet|moest|moeten)$/;
/**
 * "het maakt (toch) niet uit" is a whole saying that denies nothing after it ("maakt niet uit hoor, straks hoeft
 * niemand zich nog druk om mij te maken"): its "niet" is blanked (same length) before denials are read.
 */
const SAYING = /\b(?:maakt|maakte|maken)(?: \S+){0,2} niet uit\b/g;
/**
 * "bijna niet", "haast niet" say how little the verb before happens ("moeder reageert bijna niet"): a degree, never a
 * denial of the next signal, which the lost full stop may put right after it ("bijna niet, kleine broertjes alleen").
 */
const DEGREE = /\b(?:bijna|haast) niet\b/g;
const withoutSayings = (t: string) =>
  t.replace(SAYING, (saying) => saying.replace(/niet uit$/, 'xxxx uit')).replace(DEGREE, (degree) => degree.replace(/niet$/, 'xxxx'));
/** Words that turn a denial into doubt ("geen idee of hij mishandeld wordt"): doubt is a signal. */
const DOUBT = /\b(idee|weet|twijfel|misschien|vermoed\w*|denk|lijkt)\b|\bof (hij|ze|zij|er|het|die|dat|haar|hem)\b/;

/**
 * 'yes' when some match is stated, 'denied' when every match is plainly denied ("geen sprake van mishandeling"),
 * 'none' without a match. A denial mixed with doubt counts as a signal.
 */
export function signalAt(text: string, found: number[]): 'yes' | 'denied' | 'none' {
  if (found.length === 0) return 'none';
  const t = withoutSayings(text);
  // A signal that starts a clause itself ("wil niet naar huis. Vader heeft hem geslagen") is not what the "niet" denies.
  const startsClause = (index: number) => NEW_CLAUSE.test(/^\S+/.exec(t.slice(index))?.[0] ?? '');
  return found.every((index) => !startsClause(index) && denied(wordsBefore(t, index, 5))) ? 'denied' : 'yes';
}

/**
 * The words before a match deny it, without doubt ("geen sprake van", but not "geen idee of"), and not as a wish
 * ("ze willen niet dat hij met de gw'er praat" is about exactly that talk).
 */
export function denied(before: string): boolean {
  const words = before.split(' ');
  const last = words.findLastIndex((word) => DENIAL.test(word));
  if (last < 0 || DOUBT.test(before) || /\bniet dat\b/.test(before)) return false;
  // A new clause between the denial and the signal ends the denial: "ik kan niet meer, ik maak er een eind aan".
  // "zonder dat hij met Sem praat": the clause after "zonder dat" is the one denied.
  const from = words[last + 1] === 'dat' ? last + 3 : last + 1;
  if (words[last] === 'geen' && words.slice(last + 2).some((word) => FINITE_VERB.test(word))) return false;
  // "morgen ben ik er niet meer, heb het touw al liggen": a verb right after "niet meer" starts a clause of its own.
  const afterNotAnyMore = words[last] === 'niet' && words[last + 1] === 'meer' ? (words[last + 2] ?? '') : '';
  if (FINITE_VERB.test(afterNotAnyMore) || afterNotAnyMore === 'heb') return false;
  return !words.slice(from).some((word) => NEW_CLAUSE.test(word));
}

/**
 * The text with every denial word that starts a signal itself blanked out (same length, so positions hold): in a list
 * such as "zonder eten, dezelfde kleren, geen jas" the "zonder" and "geen" are what is wrong, not a denial of what follows.
 */
export function blankSignalDenials(t: string, signalStarts: readonly number[]): string {
  let blanked = t;
  for (const index of signalStarts) {
    const word = /^\S+/.exec(t.slice(index))?.[0] ?? '';
    if (DENIAL.test(word)) blanked = blanked.slice(0, index) + 'x'.repeat(word.length) + blanked.slice(index + word.length);
  }
  return blanked;
}

export function wordsBefore(t: string, index: number, count: number): string {
  return t.slice(0, index).trim().split(' ').slice(-count).join(' ');
}
