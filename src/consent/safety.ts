import { join } from 'node:path';
import { z } from 'zod/v4';
import { KnowledgeError, loadYamlFile } from '../knowledge/yaml';
import { blankSignalDenials, compileCue, cueMatches, signalAt, wordsBefore, type CueSets } from './cues';
import type { Facts } from './model';

/**
 * The safety reader: acute danger and abuse or neglect, read from cues in knowledge/consent/safety.yaml before and
 * apart from everything else. Recall first: a cue that is not certain makes the bot ask (Q-NOOD, Q-ZORGEN) instead
 * of assuming "nee".
 */
/**
 * The schema of safety.yaml, built when the file is loaded and dropped after: zod keeps dozens of objects per field
 * (about 8,600 for this file) that every full collection of a long-running bot would mark again (issue 15).
 */
function safetyFileSchema() {
  /** Named lists of cues that must all be in the text, each by one of its cues. */
  const allOfSchema = z.record(z.string(), z.array(z.string()).min(1)).default({});

  const sectionSchema = z
    .object({
      certain: z.array(z.string()).default([]),
      /** Certain signals that yield to the pupil's own plausible cause (`explained`): a black eye "van voetbal" is asked, not the meldcode. */
      explainable: z.array(z.string()).default([]),
      possible: z.array(z.string()).default([]),
      /** Signals that ask only when the other section is not certain: a carer who drinks, next to certain neglect, is the meldcode route. */
      possibleAlone: z.array(z.string()).default([]),
      /** Worrying words that are no signal by themselves, but make an assumed "nee" too weak for a consent-free verdict. */
      unsure: z.array(z.string()).default([]),
      /**
       * The recall-first net: single words and stems whose mere presence asks the question (possible) whenever the named
       * signals of this section found nothing, so no verdict skips it.
       */
      net: z.array(z.string()).default([]),
      /** Net words that ask only when the other section found nothing: an older "vriend" next to grooming is the meldcode route. */
      netAlone: z.array(z.string()).default([]),
      /** Net words that do not ask when the pupil gives a cause herself (`explained`): a black eye "van voetbal" is asked as abuse, not as danger now. */
      netExplained: z.array(z.string()).default([]),
      /**
       * Signs that are an overloaded family, not abuse, when the writer rules abuse out and names an ill carer
       * (`illCarer`): a pupil who cares for his sisters and is tired because his mother is ill.
       */
      clearable: z.array(z.string()).default([]),
      /** Signs that are an ordinary worry, not abuse, when the writer rules abuse out (`ruledOut`): quarrels or trouble at home. */
      worries: z.array(z.string()).default([]),
      /**
       * Signs of an old hurt that a pupil carries (hiding her body, startling): when they are all the text has, abuse is
       * asked (Q-ZORGEN) and the statistical net does not raise them to danger now.
       */
      wary: z.array(z.string()).default([]),
      /** Broad fields that ask only when no other cue of either section was found: the net under the named signals. */
      fallback: z.array(z.object({ groups: z.array(z.string()).min(1) }).strict()).default([]),
      together: z
        .array(
          z
            .object({
              groups: z.array(z.string()).min(2),
              min: z.number().int().min(2).optional(),
              possible: z.boolean().optional(),
              /** Asks only when the other section is not certain: a young child left alone, next to certain neglect, is the meldcode route. */
              alone: z.boolean().optional(),
              /** Asks instead of deciding when the family is struggling (`struggling`): a child without lunch whose mother works two jobs. */
              yieldsToStruggle: z.boolean().optional(),
            })
            .strict(),
        )
        .default([]),
    })
    .strict();

  return z
    .object({
      sets: z.record(z.string(), z.array(z.string().min(1))).default({}),
      /**
       * A time word next to a verb of telling ("vandaag vertelde hij", "zei me vanochtend") says when it was told, not when
       * the harm happens: the words of `times` inside a match of these cues do not count as "now" or "soon".
       */
      told: z.object({ times: z.array(z.string()).min(1), cues: z.array(z.string()).min(1) }).strict().optional(),
      /**
       * Ordinary contexts of worrying words: a side effect of prescribed medication ("medicatie voor zijn adhd, daarom
       * wat suf"), a quarrel with friends, a fight at school last week. The words of `words` inside a match of `cues` do not
       * count, unless one of `unless` is anywhere in the text (a parent who erupts is no pupil's outburst at school), and
       * when `when` is given, only if each of its lists has a cue anywhere in the text.
       */
      ordinary: z
        .array(
          z
            .object({
              words: z.array(z.string()).min(1),
              cues: z.array(z.string()).min(1),
              unless: z.array(z.string()).default([]),
              /** Only in a text about this topic (every list anywhere in it): a Verwijsindex request, an eating disorder. */
              when: allOfSchema,
            })
            .strict(),
        )
        .default([]),
      /** The writer doubts the pupil meant it ("kan ook een songtekst zijn"): acute danger is asked (Q-NOOD), not decided. */
      doubt: z.array(z.string()).default([]),
      /** The writer says the pupil meant it ("de jongens lachten erom, maar hij meende het echt"): no doubt counts. */
      meant: z.array(z.string()).default([]),
      /** The pupil gives another cause herself: signs that together would be certain abuse or neglect are asked (Q-ZORGEN). */
      explained: z.array(z.string()).default([]),
      /** The injury does not fit that cause (round burn marks, belt marks, the writer does not believe it): no cause of her own counts. */
      implausible: z.array(z.string()).default([]),
      /** The writer finds that cause plausible ("kan ook echt zo zijn"): abuse is asked (Q-ZORGEN), never decided. */
      believed: z.array(z.string()).default([]),
      /** Only heard from someone else, not seen and doubted by the writer (every list in the text): abuse is asked (Q-ZORGEN), never decided. */
      hearsay: allOfSchema,
      /** The writer rules abuse or violence out ("geen geweld of iets in die richting"), unless the text doubts it or names fear. */
      ruledOut: z.object({ cues: z.array(z.string()).min(1), unless: z.array(z.string()).default([]) }).strict().optional(),
      /** A carer who is ill (every list in the text), next to abuse ruled out: care tasks and tiredness (`clearable`) are no signal. */
      illCarer: allOfSchema,
      /** The writer says nothing concrete happened ("verder niks concreets"): signs of abuse alone are asked, never raised to danger now by the net. */
      nothingConcrete: z.array(z.string()).default([]),
      /** A stay arranged because the parents are away (holiday, hospital, a wedding): the statistical net raises no question on it. */
      arrangedStay: z.array(z.string()).default([]),
      /** A theft or damage to property that is done (a scooter stolen, a bike shed vandalised): the statistical net raises no danger now on it. */
      pastOffence: z.array(z.string()).default([]),
      /**
       * A danger that is past, known and handled (every list in the text: a contactverbod or help, and calm now): what is
       * only possible danger now is no question, and abuse is asked (Q-ZORGEN), never decided.
       */
      handled: allOfSchema,
      /**
       * A family that struggles rather than fails: the writer puts what the child lacks down to too little money or time
       * (`hardship`), or asks to start help for the child or family (`helpAsked`) rather than to pass the signs on (`sharing`).
       */
      struggling: z
        .object({ hardship: z.array(z.string()).min(1), helpAsked: z.array(z.string()).min(1), sharing: z.array(z.string()).min(1) })
        .strict()
        .optional(),
      groups: z.record(z.string(), z.array(z.string().min(1)).min(1)),
      acute: sectionSchema,
      abuse: sectionSchema,
    })
    .strict();
}

/**
 * certain: act now; possible: ask first; denied: the text says it is not so; unsure: only worrying words, so "nee" may
 * be assumed for a verdict that needs consent but not for a consent-free one; none: nothing said.
 */
export type SafetyLevel = 'certain' | 'possible' | 'denied' | 'unsure' | 'none';
export interface SafetyReading {
  acute: SafetyLevel;
  abuse: SafetyLevel;
  /** The writer doubts the pupil meant it (`doubt`): acute danger is asked, never decided. */
  doubted: boolean;
  /** The pupil gives another cause herself (`explained`): abuse is asked, never decided from combined signs. */
  explained: boolean;
  /** The writer only heard it from someone else, saw nothing and doubts it (`hearsay`): abuse is asked, never decided. */
  hearsay: boolean;
  /**
   * The signs are an ordinary worry, and no word of danger, that the statistical net does not raise to acute danger:
   * every sign a care task or tiredness next to a carer who is ill (Q-ZORGEN at most); or only possible signs of abuse
   * where the writer says nothing concrete happened, or signs a pupil carries from an old hurt (long sleeves at gym,
   * startling: `wary`).
   */
  ordinaryWorry: boolean;
  /** The writer puts what the child lacks down to a family short of money or time, or asks for help (`struggling`): neglect is asked, never decided from what she lacks. */
  struggling: boolean;
  /** The pupil stays with family or a friend because the parents are away (a holiday, a hospital stay, a wedding): arranged, no sign the net may raise. */
  arranged: boolean;
  /** A theft or damage to property that is done (`pastOffence`): no danger now for the net to guess at. */
  offence: boolean;
  /** The danger is past, known and handled (`handled`): no guess of acute danger by the net, abuse asked. */
  handled: boolean;
  /** The writer rules abuse out ("geen aanwijzingen dat het thuis onveilig is") and doubts nothing: no guess of abuse by the net. */
  ruledOut: boolean;
}

type Section = z.infer<ReturnType<typeof safetyFileSchema>>['acute'];
/** The fields of a section that list group names (checked against `groups` at load; `together` and `fallback` hold combinations). */
const GROUP_LISTS = ['certain', 'explainable', 'possible', 'possibleAlone', 'net', 'netAlone', 'netExplained', 'unsure', 'clearable', 'worries', 'wary'] as const satisfies readonly (keyof Section)[];
export interface SafetyCues {
  groups: Map<string, RegExp[]>;
  /** Words that do not count inside a match of the cues (unless one of `unless` is in the text): the time of a telling, the side effect of medication. */
  blanked: { words: RegExp; cues: RegExp[]; unless: RegExp[]; when: RegExp[][] }[];
  doubt: RegExp[];
  meant: RegExp[];
  explained: RegExp[];
  implausible: RegExp[];
  believed: RegExp[];
  hearsay: RegExp[][];
  ruledOut: { cues: RegExp[]; unless: RegExp[] };
  illCarer: RegExp[][];
  nothingConcrete: RegExp[];
  arrangedStay: RegExp[];
  pastOffence: RegExp[];
  handled: RegExp[][];
  struggling: { hardship: RegExp[]; helpAsked: RegExp[]; sharing: RegExp[] };
  acute: Section;
  abuse: Section;
}

export const SAFETY_FILE = 'safety.yaml';

/** Loads and compiles the safety cues; a cue that is not valid or a group that does not exist names file and field. */
export function loadSafetyCues(dir: string): SafetyCues {
  const file = join(dir, SAFETY_FILE);
  const data = loadYamlFile(file, safetyFileSchema());
  const sets: CueSets = data.sets;
  const groups = new Map<string, RegExp[]>();
  for (const [name, cues] of Object.entries(data.groups)) {
    groups.set(
      name,
      cues.map((cue, index) => {
        const compiled = compileCue(cue, sets);
        if (!compiled.ok) throw new KnowledgeError(file, `groups.${name}[${index}]`, compiled.reason);
        return new RegExp(compiled.source);
      }),
    );
  }
  const compileAll = (cues: string[], field: string) =>
    cues.map((cue, index) => {
      const compiled = compileCue(cue, sets);
      if (!compiled.ok) throw new KnowledgeError(file, `${field}[${index}]`, compiled.reason);
      return new RegExp(compiled.source);
    });
  /** Named lists of cues ("hearsay", "illCarer", an ordinary context's "when"), each compiled with its name in the field. */
  const compileEach = (lists: Record<string, string[]>, field: string) => Object.entries(lists).map(([name, cues]) => compileAll(cues, `${field}.${name}`));
  const blankedInside = (words: string[], cues: string[], field: string, wordsField: string, unless: string[] = [], when: Record<string, string[]> = {}) => ({
    words: new RegExp(compileAll([words.join('|')], `${field}.${wordsField}`)[0]!.source, 'g'),
    cues: compileAll(cues, `${field}.cues`),
    unless: compileAll(unless, `${field}.unless`),
    when: compileEach(when, `${field}.when`),
  });
  const blanked = [
    ...(data.told ? [blankedInside(data.told.times, data.told.cues, 'told', 'times')] : []),
    ...data.ordinary.map(({ words, cues, unless, when }, index) => blankedInside(words, cues, `ordinary[${index}]`, 'words', unless, when)),
  ];
  for (const section of ['acute', 'abuse'] as const) {
    const { together } = data[section];
    const named = [
      ...GROUP_LISTS.flatMap((list) => data[section][list].map((group, index) => [group, `${section}.${list}[${index}]`])),
      ...together.flatMap((combination, index) => combination.groups.map((group) => [group, `${section}.together[${index}]`])),
      ...data[section].fallback.flatMap((combination, index) => combination.groups.map((group) => [group, `${section}.fallback[${index}]`])),
    ];
    for (const [group, field] of named) if (!groups.has(group!)) throw new KnowledgeError(file, field!, `onbekende groep ${group}`);
  }
  return {
    groups,
    blanked,
    doubt: compileAll(data.doubt, 'doubt'),
    meant: compileAll(data.meant, 'meant'),
    explained: compileAll(data.explained, 'explained'),
    implausible: compileAll(data.implausible, 'implausible'),
    believed: compileAll(data.believed, 'believed'),
    hearsay: compileEach(data.hearsay, 'hearsay'),
    ruledOut: { cues: compileAll(data.ruledOut?.cues ?? [], 'ruledOut.cues'), unless: compileAll(data.ruledOut?.unless ?? [], 'ruledOut.unless') },
    illCarer: compileEach(data.illCarer, 'illCarer'),
    nothingConcrete: compileAll(data.nothingConcrete, 'nothingConcrete'),
    arrangedStay: compileAll(data.arrangedStay, 'arrangedStay'),
    pastOffence: compileAll(data.pastOffence, 'pastOffence'),
    handled: compileEach(data.handled, 'handled'),
    struggling: {
      hardship: compileAll(data.struggling?.hardship ?? [], 'struggling.hardship'),
      helpAsked: compileAll(data.struggling?.helpAsked ?? [], 'struggling.helpAsked'),
      sharing: compileAll(data.struggling?.sharing ?? [], 'struggling.sharing'),
    },
    acute: data.acute,
    abuse: data.abuse,
  };
}

/** Whether every list has a cue in the text (and there is a list). */
const allIn = (text: string, lists: readonly RegExp[][]) => lists.length > 0 && lists.every((patterns) => patterns.some((pattern) => pattern.test(text)));

/** The text with the words that do not count blanked (same length, so positions hold). */
function blankInside(blanked: SafetyCues['blanked'], t: string): string {
  let result = t;
  for (const { words, cues, unless, when } of blanked) {
    if (unless.some((pattern) => pattern.test(t))) continue;
    if (when.length > 0 && !allIn(t, when)) continue;
    for (const pattern of cues)
      for (const index of cueMatches(t, [pattern])) {
        const end = index + (pattern.exec(t.slice(index))?.[0].length ?? 0);
        const span = result.slice(index, end).replace(words, (word) => 'x'.repeat(word.length));
        result = result.slice(0, index) + span + result.slice(end);
      }
  }
  return result;
}

/** Reads a text normalised by `normalizeForFacts`. */
export function readSafety(cues: SafetyCues, original: string): SafetyReading {
  const t = blankInside(cues.blanked, original);
  const starts = new Map([...cues.groups].map(([group, patterns]) => [group, cueMatches(t, patterns)]));
  const read = blankSignalDenials(t, [...starts.values()].flat());
  const signals = new Map<string, 'yes' | 'denied' | 'none'>();
  const signal = (group: string) => {
    if (!signals.has(group)) signals.set(group, signalAt(read, starts.get(group) ?? []));
    return signals.get(group)!;
  };
  const inText = (patterns: readonly RegExp[]) => patterns.some((pattern) => pattern.test(t));
  const inOriginal = (patterns: readonly RegExp[]) => patterns.some((pattern) => pattern.test(original));
  // The mentor doubts what the pupil meant ("ik weet niet of ze het meende"): two cues together make it worth asking, not certain.
  const doubted = inText(cues.doubt) && !inText(cues.meant);
  // A cause that does not fit the injury (round burns "from the cooker") explains nothing: injuries with an implausible explanation are a signal.
  const explained = inText(cues.explained) && !inText(cues.implausible);
  // The writer finds that cause plausible herself ("dat kan best kloppen"): every sign of abuse is asked, none decided.
  const believed = explained && inText(cues.believed);
  // Heard from someone else, not seen and doubted by the writer: every sign of abuse is worth asking, none is certain.
  const hearsay = allIn(t, cues.hearsay);
  // Too little money or time, or help asked rather than signs passed on: what a child lacks is asked, not decided.
  const { hardship, helpAsked, sharing } = cues.struggling;
  const struggling = inText(hardship) || (inText(helpAsked) && !inText(sharing));
  // A danger past, known and handled (a contactverbod, help in the family, calm now): abuse is asked, not decided.
  const handled = allIn(t, cues.handled);
  // Every sign yields to a doubt (acute) or to hearsay, a handled danger or a cause the writer believes (abuse); signs that are certain only together also to the pupil's own explanation.
  const hedged = (section: Section) => (section === cues.acute ? doubted : hearsay || handled || believed);
  const weakened = (section: Section) => hedged(section) || (section === cues.abuse && explained);
  const yes = (groups: readonly string[]) => groups.filter((group) => signal(group) === 'yes');
  const metIn = (section: Section) => section.together.filter(({ groups, min }) => yes(groups).length >= (min ?? groups.length));
  const level = (section: Section, other: SafetyLevel = 'none'): SafetyLevel => {
    const named = yes(section.certain);
    if (named.length > 0) {
      const explainedAway = explained && named.every((group) => section.explainable.includes(group));
      return hedged(section) || explainedAway ? 'possible' : 'certain';
    }
    const met = metIn(section).filter((combination) => !(combination.alone && other === 'certain'));
    const decides = (combination: Section['together'][number]) => !combination.possible && !(combination.yieldsToStruggle && struggling);
    if (met.some(decides) && !weakened(section)) return 'certain';
    const possible = other === 'certain' ? section.possible : [...section.possible, ...section.possibleAlone];
    if (met.length > 0 || possible.some((group) => signal(group) === 'yes')) return 'possible';
    if (section.certain.some((group) => signal(group) === 'denied')) return 'denied';
    return 'none';
  };
  // A net word asks the question this section's named signals left open, even after a "niet" ("het hoeft allemaal niet
  // meer"): recall first. Acute danger next to certain abuse goes the meldcode route.
  // A net word right after "geen" is plainly denied ("geen dreigementen of zo"); "niet" still counts ("het hoeft niet meer").
  const found = (group: string) => (starts.get(group) ?? []).some((index) => wordsBefore(t, index, 1) !== 'geen');
  const caught = (section: Section, level: SafetyLevel, other: SafetyLevel): SafetyLevel => {
    if ((level !== 'none' && level !== 'unsure') || other === 'certain') return level;
    const alone = other === 'none' || other === 'unsure' || other === 'denied';
    // A wound the pupil explains herself is the other section's question, when that section found it (possible here).
    const explainedThere = explained && other === 'possible';
    const asks = (group: string) => found(group) && !(explainedThere && section.netExplained.includes(group));
    return section.net.some(asks) || (alone && section.netAlone.some(asks)) ? 'possible' : level;
  };
  // The signs this section found: named, possible, in a combination that is met, or a net word.
  const signs = (section: Section) => [
    ...yes([...section.certain, ...section.explainable, ...section.possible, ...section.possibleAlone, ...section.unsure]),
    ...metIn(section).flatMap(({ groups }) => yes(groups)),
    ...[...section.net, ...section.netAlone].filter(found),
  ];
  // Ordinary worries, not abuse: the writer rules abuse out ("geen geweld of iets in die richting") and every sign is a
  // worry of that kind (trouble at home); next to a carer who is ill, care tasks and tiredness are too. A carer who is
  // away or drinks is no such sign. Read before blanking: "van mishandeling is geen sprake" is blanked as no signal, and is what rules it out.
  const ill = allIn(original, cues.illCarer);
  const signsOnly = (section: Section, kind: (group: string) => boolean) => {
    const present = signs(section);
    return present.length > 0 && present.every(kind);
  };
  const onlyOrdinary = (section: Section, worriesCount: boolean) =>
    signsOnly(section, (group) => (worriesCount && section.worries.includes(group)) || (ill && section.clearable.includes(group)));
  const rulesOut = inOriginal(cues.ruledOut.cues);
  const rulingDoubted = inOriginal(cues.ruledOut.unless);
  const ruledOut = rulesOut && !rulingDoubted;
  const cleared = (section: Section) => rulesOut && onlyOrdinary(section, !rulingDoubted);
  // Without abuse ruled out, care tasks and tiredness next to a carer who is ill are asked (Q-ZORGEN), not decided:
  // a young carer may be helping out or the home may be going wrong.
  const abuseLevel = level(cues.abuse);
  const careOnly = onlyOrdinary(cues.abuse, false);
  const abuse = cleared(cues.abuse) ? 'denied' : careOnly && abuseLevel === 'certain' ? 'possible' : abuseLevel;
  // What is only possible danger now, next to a danger that is handled, is that danger: no question of its own.
  const acuteLevel = level(cues.acute, abuse);
  const named = { acute: handled && acuteLevel === 'possible' ? 'none' : acuteLevel, abuse };
  const reading = { acute: caught(cues.acute, named.acute, named.abuse), abuse: caught(cues.abuse, named.abuse, named.acute) };
  const overloaded = careOnly && reading.acute === 'none';
  const abuseOnly = reading.acute === 'none' && reading.abuse === 'possible';
  const vague = abuseOnly && inText(cues.nothingConcrete);
  const wary = abuseOnly && signsOnly(cues.abuse, (group) => cues.abuse.wary.includes(group));
  const arranged = inText(cues.arrangedStay);
  // What the reader and the net weigh next to the levels, the same whichever of the two decides them.
  const context = { doubted, explained, hearsay, arranged, offence: inText(cues.pastOffence), struggling, handled, ruledOut };
  if (reading.acute !== 'none' || reading.abuse !== 'none') return { ...reading, ...context, ordinaryWorry: overloaded || vague || wary };
  const net = (section: Section): SafetyLevel => {
    if (section.fallback.some(({ groups }) => groups.every((group) => signal(group) === 'yes'))) return 'possible';
    return section.unsure.some((group) => signal(group) === 'yes') ? 'unsure' : 'none';
  };
  return { acute: net(cues.acute), abuse: net(cues.abuse), ...context, ordinaryWorry: overloaded };
}

/** Facts that point to acute danger or abuse, stated or enough to ask about. */
export function signalsSafetyConcern({ answers, ask }: Facts): boolean {
  return answers['Q-NOOD'] === 'ja' || answers['Q-ZORGEN'] === 'ja' || ask.includes('Q-NOOD') || ask.includes('Q-ZORGEN');
}
