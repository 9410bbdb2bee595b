import { finding, type Finding } from './kinds';

/** Detectors for identifying details that have a recognisable shape (numbers, e-mail, dates, addresses). */

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** A run of digits with the separators people type inside numbers; validated afterwards by digit count. */
const NUMBER_RUN = /(?:\+|\b00)?\d[\d \-.()/]{6,18}\d/g;
const STUDENT_NUMBER =
  /\b(?:leerling(?:en)?nummer|leerlingnr|lln?r|ll\.?\s?nr|lln|stamnummer|stamnr|studentnummer|studentnr|leerling-id)\.?\s*[:#]?\s*\d{4,8}\b|\bleerling\s\d{5,8}\b/giu;
/** A postcode, with the house number when one follows ("1811 AB 12", "1811AB 12-a"), so the mask hides both. */
const POSTCODE = /\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b(?: ?\d{1,4}(?:-?[a-z](?![\p{L}])|-\d{1,3})?\b)?/gu;
const STREET_SUFFIXES =
  'straatweg|straat|laan|weg|plein|gracht|kade|singel|dijk|pad|hof|dreef|steeg|erf|ring|baan|markt|wal|park|plantsoen|veld|akker|zoom|oord|hout|plaats|weide|burgwal|dam';
const HOUSE_NUMBER = `\\s\\d{1,4}(?:\\s?-?[a-zA-Z](?![\\p{L}])|-\\d{1,3})?`;
const STREET_WITH_NUMBER = new RegExp(`(?<![\\p{L}])(?:\\p{Lu}[\\p{L}'-]*\\s)*\\p{Lu}[\\p{L}'-]*(?:${STREET_SUFFIXES})${HOUSE_NUMBER}`, 'gu');
/**
 * "woont op de kerkstraat 12": a street typed without its capital counts after a word about living there; without
 * that, "op de speelplaats 2 keer" would read as an address the mentor cannot wave through.
 */
const LOWER_CASE_STREET_WITH_NUMBER = new RegExp(
  `(?<=\\b(?:woont|wonen|woonde|verhuisd naar|adres(?: is)?:?)\\s(?:(?:op|aan|in)\\s)?(?:de\\s)?)\\p{Ll}[\\p{L}'-]{2,}(?:${STREET_SUFFIXES})${HOUSE_NUMBER}`,
  'gu',
);

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
/** Day-month-year ("12-03-2011", "12/3/11", "05.09.2010") or the ISO order year-month-day ("2011-03-12"). */
const NUMERIC_DATE = /\b(?:(?<day>\d{1,2})[-/.](?<month>\d{1,2})[-/.](?<year>\d{4}|\d{2})|(?<isoYear>\d{4})-(?<isoMonth>\d{1,2})-(?<isoDay>\d{1,2}))\b/g;
const WRITTEN_DATE = new RegExp(`\\b(\\d{1,2})\\s(?:${MONTHS})\\.?(?:\\s(\\d{4}))?\\b`, 'giu');
const BIRTH_CUE = /(geboren|geb\.|geboortedatum|geboortedag|jarig|verjaardag|verjaart|dob)\b[^.!?\n]{0,20}$/iu;

/** The Dutch eleven test for a BSN: 9d1 + 8d2 + ... + 2d8 - d9 is a multiple of 11. */
export function passesElfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

function phoneDigits(raw: string): boolean {
  const digits = raw.replace(/\D/g, '');
  // Any country: many families keep a Polish, Belgian or Moroccan number (E.164 allows up to 15 digits).
  if (/^(?:\+|00)/.test(raw.trim())) return /^\d{10,15}$/.test(digits.replace(/^00/, ''));
  return /^0\d{9}$/.test(digits);
}

function numberFindings(text: string): Finding[] {
  const found: Finding[] = [];
  for (const match of text.matchAll(NUMBER_RUN)) {
    const raw = match[0];
    const start = match.index;
    const digits = raw.replace(/\D/g, '');
    if (phoneDigits(raw)) found.push(finding(text, 'phone', start, start + raw.length));
    else if (digits.length === 9 && passesElfproef(digits) && !/[()/]/.test(raw))
      found.push(finding(text, 'bsn', start, start + raw.length));
  }
  // A bare nine-digit BSN is shorter than NUMBER_RUN's minimum span of separators, so look for it on its own too.
  for (const match of text.matchAll(/\b\d{9}\b/g)) {
    if (passesElfproef(match[0])) found.push(finding(text, 'bsn', match.index, match.index + 9));
  }
  return found;
}

function isBirthYear(year: number, today: Date): boolean {
  return year >= 1930 && year <= today.getUTCFullYear() - 8;
}

function fullYear(raw: string, today: Date): number {
  if (raw.length === 4) return Number(raw);
  const twoDigits = Number(raw);
  return 2000 + twoDigits > today.getUTCFullYear() ? 1900 + twoDigits : 2000 + twoDigits;
}

/** A date is read as a date of birth when a birth word precedes it, or when its year is that of someone of school age or older. */
function birthdateFindings(text: string, today: Date): Finding[] {
  const found: Finding[] = [];
  const hasCue = (start: number) => BIRTH_CUE.test(text.slice(Math.max(0, start - 40), start));
  for (const match of text.matchAll(NUMERIC_DATE)) {
    const parts = match.groups!;
    const [day, month, year] = [parts.day ?? parts.isoDay!, parts.month ?? parts.isoMonth!, parts.year ?? parts.isoYear!];
    if (Number(day) < 1 || Number(day) > 31 || Number(month) < 1 || Number(month) > 12) continue;
    if (hasCue(match.index) || isBirthYear(fullYear(year, today), today))
      found.push(finding(text, 'birthdate', match.index, match.index + match[0].length));
  }
  for (const match of text.matchAll(WRITTEN_DATE)) {
    const [raw, , year] = match;
    if (hasCue(match.index) || (year !== undefined && isBirthYear(Number(year), today)))
      found.push(finding(text, 'birthdate', match.index, match.index + raw.length));
  }
  return found;
}

function regexFindings(text: string, pattern: RegExp, kind: Finding['kind']): Finding[] {
  return [...text.matchAll(pattern)].map((match) => finding(text, kind, match.index, match.index + match[0].length));
}

/** All shape-based findings; overlaps are resolved by the caller. */
export function patternFindings(text: string, today: Date): Finding[] {
  return [
    ...regexFindings(text, EMAIL, 'email'),
    ...regexFindings(text, STUDENT_NUMBER, 'student-number'),
    ...birthdateFindings(text, today),
    ...numberFindings(text),
    ...regexFindings(text, POSTCODE, 'address'),
    ...regexFindings(text, STREET_WITH_NUMBER, 'address'),
    ...regexFindings(text, LOWER_CASE_STREET_WITH_NUMBER, 'address'),
  ];
}
