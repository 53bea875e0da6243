import { at, InputError, type InputLocation } from '../errors.js';
import { EARLIEST_YEAR, civilDayOrNull } from './dates.js';
import type { ErrorCode, ErrorParams } from '../messages/error-catalogue.js';

/** ICAO Doc 9303 check digit: 0–9 → 0–9, A–Z → 10–35, '<' → 0; weights 7, 3, 1; sum mod 10. */
export function icaoCheckDigit(text: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    // Callers validate the alphabet first; anything else here is a bug, not bad input, and a
    // silently wrong digit would be worse than a crash.
    if (!/^[A-Z0-9<]$/.test(char)) throw new RangeError(`icaoCheckDigit: "${char}" is not an MRZ character`);
    const value = char === '<' ? 0 : /[0-9]/.test(char) ? Number(char) : char.charCodeAt(0) - 55;
    sum += value * weights[i % 3]!;
  }
  return sum % 10;
}

export interface VisaMrz {
  readonly format: 'MRV-A' | 'MRV-B';
  readonly documentCode: string;
  /** Second character of the document code (e.g. "C" in "VC"); null when it is the filler. */
  readonly visaType: string | null;
  readonly issuingState: string;
  readonly surname: string;
  readonly givenNames: string[];
  readonly documentNumber: string;
  readonly nationality: string;
  /** As printed: the century of a birth date is unknowable from YYMMDD, so it is not guessed. */
  readonly birthDate: { readonly yymmdd: string };
  readonly sex: 'M' | 'F' | 'X';
  readonly validUntil: { readonly year: number; readonly month: number; readonly day: number };
  readonly optionalData: string;
  /** Unverified pattern of Schengen stickers (rules.md §2.4): a hint only. */
  readonly optionalHint: { readonly entries: '1' | '2' | 'MULT'; readonly durationDays: number; readonly validFromMonthDay: string } | null;
}

const LENGTHS = { 44: 'MRV-A', 36: 'MRV-B' } as const;

function mrzError<C extends ErrorCode>(location: InputLocation, field: string, code: C, params: ErrorParams<C>): InputError<C> {
  const fullField = location.field === undefined ? `MRZ ${field}` : `${location.field} ${field}`;
  return new InputError(code, params, at(location, fullField));
}

function checked(line: string, start: number, end: number, field: string, location: InputLocation): string {
  const value = line.slice(start, end);
  const printed = line[end]!;
  const expected = icaoCheckDigit(value);
  if (printed !== String(expected)) {
    throw mrzError(location, field, 'mrz.checkDigit', { field, printed, expected, value });
  }
  return value;
}

/**
 * A visa's expiry is written YYMMDD. Unlike a birth date it can be placed: a visa is valid for a
 * few years at most, and this tool accepts no date before 1995 (dates.ts), so YY is read as the
 * one year in 1995..2094 ending in it, as typed two-digit years are. Only a sticker still in use
 * in 2095 could be misread.
 */
function parseValidUntil(yymmdd: string, location: InputLocation): { year: number; month: number; day: number } {
  const yy = Number(yymmdd.slice(0, 2));
  const year = yy >= EARLIEST_YEAR % 100 ? 1900 + yy : 2000 + yy;
  const month = Number(yymmdd.slice(2, 4));
  const day = Number(yymmdd.slice(4, 6));
  if (!/^\d{6}$/.test(yymmdd) || civilDayOrNull(year, month, day) === null) {
    throw mrzError(location, 'valid until', 'mrz.date', { text: yymmdd });
  }
  return { year, month, day };
}

/**
 * The Schengen layout of the optional data is inferred from two specimens (rules.md §2.4), so it is
 * offered only when the whole field fits it: filler, entries, duration, MMDD, then fillers only.
 * Anything else (a zero duration, 31.04, trailing data) may be another issuer's layout: null.
 */
function parseOptionalHint(optional: string): VisaMrz['optionalHint'] {
  const match = /^<([12M])(\d{2})((\d{2})(\d{2}))<*$/.exec(optional);
  if (match === null) return null;
  const durationDays = Number(match[2]);
  // 2000 is a leap year, so 29.02 is a possible start.
  if (durationDays === 0 || civilDayOrNull(2000, Number(match[4]), Number(match[5])) === null) return null;
  return { entries: match[1] === 'M' ? 'MULT' : (match[1] as '1' | '2'), durationDays, validFromMonthDay: match[3]! };
}

/** Parses and verifies the two MRZ lines of a visa sticker (ICAO 9303-7, MRV-A or MRV-B). */
export function parseVisaMrz(line1Text: string, line2Text: string, location: InputLocation = {}): VisaMrz {
  const line1 = line1Text.trimEnd();
  const line2 = line2Text.trimEnd();
  for (const [number, line] of [
    [1, line1],
    [2, line2],
  ] as const) {
    if (!(line.length in LENGTHS)) throw mrzError(location, `line ${number}`, 'mrz.length', { line: number, length: line.length });
    const bad = /[^A-Z0-9<]/.exec(line);
    if (bad !== null) {
      throw mrzError(location, `line ${number}`, 'mrz.character', { line: number, character: bad[0], position: bad.index + 1 });
    }
  }
  if (line1.length !== line2.length) {
    throw mrzError(location, 'line 2', 'mrz.lengthMismatch', { length1: line1.length, length2: line2.length });
  }
  if (line1[0] !== 'V') throw mrzError(location, 'document code', 'mrz.documentCode', { code: line1.slice(0, 2) });
  const format = LENGTHS[line1.length as 44 | 36];
  const [surname = '', given = ''] = line1.slice(5).split('<<');
  const documentNumber = checked(line2, 0, 9, 'document number', location).replace(/<+$/, '');
  const birth = checked(line2, 13, 19, 'birth date', location);
  // ICAO 9303 part 3: an unknown year, month or day of birth is printed as fillers (<<); nothing else.
  if (!/^(\d{2}|<<){3}$/.test(birth)) throw mrzError(location, 'birth date', 'mrz.date', { text: birth });
  const until = checked(line2, 21, 27, 'valid until', location);
  const sexChar = line2[20]!;
  if (sexChar !== 'M' && sexChar !== 'F' && sexChar !== '<') {
    throw mrzError(location, 'sex', 'mrz.sex', { text: sexChar });
  }
  const optionalData = line2.slice(28);
  return {
    format,
    documentCode: line1.slice(0, 2),
    visaType: line1[1] === '<' ? null : line1[1]!,
    issuingState: line1.slice(2, 5).replace(/<+$/, ''),
    surname: surname.replace(/</g, ' ').trim(),
    givenNames: given.split('<').filter((name) => name !== ''),
    documentNumber,
    nationality: line2.slice(10, 13).replace(/<+$/, ''),
    birthDate: { yymmdd: birth },
    sex: sexChar === '<' ? 'X' : sexChar,
    validUntil: parseValidUntil(until, location),
    optionalData,
    optionalHint: parseOptionalHint(optionalData),
  };
}
