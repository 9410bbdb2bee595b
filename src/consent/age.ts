import { basicNormalize, withoutAccents } from './text';
import type { OptionOf } from './vocabulary';

export type AgeBand = Exclude<OptionOf<'Q-LEEFTIJD'>, 'onbekend'>;

// Pupils in secondary school; a smaller number is a grade or a count, not an age.
const MIN_AGE = 10;
const MAX_AGE = 25;

/** Lookahead: the number is not followed by a word that makes it a duration, count or grade. */
const NOT_A_COUNT =
  '(?!\\s*(?:weken|week|dagen|dag|keer|x\\b|maanden|maand|uur|minuten|min\\b|lessen|leerlingen|kinderen|jongeren|personen|e\\b|ste\\b|de\\b|%|procent|cijfers|punten|havo|vwo|vmbo|mavo|atheneum|gymnasium|jaar geleden|jaar lang|(?:jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\\b|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december))';
const agePattern = (source: string) => new RegExp(source.replace('<N>', `(\\d{1,2})\\b${NOT_A_COUNT}`), 'g');

const RECENTLY = 'gisteren|vandaag|eergisteren|onlangs|net|pas|inmiddels|nu|sinds kort|vorige week|vorige maand|deze week|deze maand|afgelopen week';

/** Words before "N jaar" that make it a duration ("al 2 jaar", "over 3 jaar"). */
const DURATION_BEFORE = /\b(al|over|na|sinds|binnen|afgelopen|laatste|per|elke|ieder|ruim|in|voor|paar|tot|zo'n|ongeveer|bijna)\s*$/;

/**
 * The age band the text gives for the pupil, or undefined when it gives none or gives ages in different bands.
 * Only what the text says counts: "brugklas" or "3 havo" is no age. "Wordt over twee weken 12" is 11 today,
 * because the age on the day of sharing or of the start of the help decides.
 */
/** "functioneert als een kind van 10", "ontwikkelingsleeftijd van 8", "ontwikkelingsniveau rond de 10 jaar": a level of functioning, not the pupil's age. */
const MENTAL_AGE = /\b(als|niveau van|op het niveau van) (een )?(kind|jongen|meisje|kleuter|leerling) van \d{1,2}( jaar)?\b|\b(als|niveau van) (een )?\d{1,2}\s?-?\s?jarige\b|\b(ontwikkelings|verstandelijke |sociaal emotionele |emotionele )(leeftijd|niveau) (\w+ ){0,2}\d{1,2}(\s?-?\s?jarige| jaar)?\b/g;

/**
 * "Lotte 16 wil hulp", "over Noor 17, ze …", "Kevin, 16, 4 KB": a first name right before the age, read from the text as written (a name has
 * its capital). A capital word that is a room, chapter, line, level, month or small word is no name ("Lokaal 14 is bezet").
 */
const NAME_THEN_AGE = /\b([A-Z][a-z]+),? (\d{1,2})(?=\s*(?:[,.;:!?)]|$)|\s+(?:wil|wilt|heeft|had|is|was|zit|zat|zegt|zei|vertelt|vertelde|vraagt|vroeg|komt|kwam|gaat|ging|loopt|liep|krijgt|kreeg|doet|deed|woont|en|maar)\b)/g;
const NOT_A_NAME = /^(klas|groep|lokaal|hoofdstuk|artikel|paragraaf|bladzijde|pagina|les|lesuur|uur|week|dag|blok|periode|bus|lijn|route|kamer|nummer|versie|module|niveau|vraag|opdracht|toets|stap|fase|leerjaar|jaar|havo|vwo|vmbo|mavo|atheneum|gymnasium|kader|basis|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|op|om|tot|na|voor|van|in|vanaf|sinds|rond|tussen|over|ook|al|nog|dan|er|het|de|een|en|of|ongeveer|bijna|ruim|zo|nu)$/i;

export function extractAgeBand(text: string): AgeBand | undefined {
  const s = basicNormalize(text).replace(MENTAL_AGE, ' ');
  const ages: number[] = [];
  const add = (value: number) => {
    if (value >= MIN_AGE && value <= MAX_AGE) ages.push(value);
  };
  const each = (pattern: RegExp, handle: (match: RegExpExecArray) => void) => {
    for (const match of s.matchAll(pattern)) handle(match as RegExpExecArray);
  };

  for (const match of withoutAccents(text).matchAll(NAME_THEN_AGE)) if (!NOT_A_NAME.test(match[1]!)) add(Number(match[2]));
  // A bare number is the answer to "hoe oud is de leerling?".
  each(/^\s*(\d{1,2})\s*(jaar)?\s*[.!]?\s*$/g, (m) => add(Number(m[1])));
  each(/\((\d{1,2})\s*[),;]/g, (m) => add(Number(m[1])));
  // "Angelique (pro, 18)", "Kim (vmbo-t, 16)": the school type or class first, the age last in the brackets.
  each(/\((?=[^()]*[a-z])[^()\d,]{0,20}\d?[^()\d,]{0,12},\s*(\d{1,2})\s*\)/g, (m) => add(Number(m[1])));
  each(/\b(\d{1,2})\s?-?\s?jarig(e|en)?\b/g, (m) => add(Number(m[1])));
  // "13- en 14-jarigen"
  each(/\b(\d{1,2})\s?-?\s(en|of|tot)\s(\d{1,2})\s?-?\s?jarig(e|en)?\b/g, (m) => {
    add(Number(m[1]));
    add(Number(m[3]));
  });
  each(/\b(\d{1,2}) jaar\b/g, (m) => {
    const before = s.slice(0, m.index);
    if (!DURATION_BEFORE.test(before) && !/^\s*(geleden|lang|later|terug)/.test(s.slice(m.index + m[0].length))) add(Number(m[1]));
  });
  // "Ll 17, LVB", "Ll 6vwo, 18, studiekeuze": a number set off by commas right after a word for the pupil.
  each(/\b(ll|lln|llg|leerling|leerlinge|jongen|meisje|brugklasser|dochter|zoon)\b[^.;:!?()]{0,12}?,\s*(\d{1,2})\s*(?=[,.;)]|$)/g, (m) => add(Number(m[2])));
  // "sinds maart 18", "sinds vorige maand 18": turned that age a while ago.
  each(/\bsinds (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|kort|gisteren|vorige (week|maand)|de zomer|de vakantie) (\d{1,2})\b(?! (?:weken|dagen|keer|jaar|uur))/g, (m) => add(Number(m[3])));
  // "is 14", "meisje van 13", "lln 14 wil …": a word for being or for the pupil right before the age.
  each(agePattern('\\b(is|ben|was|werd|van|(?:ll|lln|llg|leerl)\\.?|leerling|leerlinge|jongen|meisje|zoon|dochter|kind|net|pas|nog maar|al|is nog|is pas|is al|is net) <N>'), (m) =>
    add(Number(m[2])),
  );
  // "Brugklasser, nog 11 (jarig in mei)": "nog" and an age set off on its own.
  each(agePattern('\\bnog <N>(?=\\s*(?:[,.;()]|$|jaar\\b|jarig))'), (m) => add(Number(m[1])));
  // "de leerlingen zijn allemaal 13 of 14": a group's ages.
  each(agePattern('\\b(leerlingen|ze|zij|kinderen) zijn (allemaal |alle |tussen )?<N>'), (m) => add(Number(m[3])));
  each(agePattern('\\bzijn (allemaal |alle |tussen )?\\d{1,2} (of|en|tot) <N>'), (m) => add(Number(m[3])));
  // "in 1B (allemaal 12 of 13)", "allemaal 12-13": the same ages without the verb.
  each(agePattern('\\b(allemaal|alle|tussen) (\\d{1,2}) ?(of|en|tot|a|-|/) ?<N>'), (m) => {
    add(Number(m[2]));
    add(Number(m[4]));
  });
  // "15/16 jaar", "13-14 jaar": a range of ages, both counted (a range across bands is no one band).
  each(/\b(\d{1,2}) ?[/-] ?(\d{1,2}) jaar\b/g, (m) => {
    add(Number(m[1]));
    add(Number(m[2]));
  });
  // "werd gisteren 16", "is sinds kort 13": a word of time between the verb and the age.
  each(agePattern(`\\b(is|werd|ben) (${RECENTLY}) <N>`), (m) => add(Number(m[3])));
  // "nu ze 18 is geworden", "hij 16 is".
  each(/\b(ze|zij|hij|die) (\d{1,2}) (is|wordt|werd)\b(?! (?:weken|dagen|keer))/g, (m) => add(Number(m[2])));
  each(/\b(\d{1,2}) (is |ben )?geworden\b/g, (m) => add(Number(m[1])));
  each(/\b(nu|dat|omdat|als|sinds|wanneer) (\w+ )?(\d{1,2}) (is|werd)\b/g, (m) => add(Number(m[3])));
  // Several pupils: "ze zijn 13 en 14".
  each(/\b(ze|zij|die) zijn (\d{1,2})(?: (?:en|of|tot) (\d{1,2}))?\b(?! (?:weken|dagen|keer|leerlingen|jaar geleden))/g, (m) => {
    add(Number(m[2]));
    if (m[3]) add(Number(m[3]));
  });
  // About to turn N: the age now is N - 1.
  each(agePattern('\\b(wordt|bijna)\\b[^.,;!?()]{0,30}?\\b<N>'), (m) => add(Number(m[2]) - 1));
  each(/\b(\d{1,2}) (wordt|worden)\b/g, (m) => add(Number(m[1]) - 1));
  if (/\b18\s?\+|\b18 ?plus(ser)?\b|\bmeerderjarig(e)?\b/.test(s)) add(18);
  each(/\b(jonger dan|onder de) (\d{1,2})\b/g, (m) => {
    if (Number(m[2]) <= 12) add(11);
  });
  each(/\b(ouder dan|boven de) (\d{1,2})\b/g, (m) => {
    if (Number(m[2]) >= 17) add(18);
  });

  const bands = new Set(ages.map(toBand));
  return bands.size === 1 ? [...bands][0] : undefined;
}

export function toBand(age: number): AgeBand {
  if (age < 12) return '<12';
  if (age < 16) return '12-15';
  if (age < 18) return '16-17';
  return '18+';
}
