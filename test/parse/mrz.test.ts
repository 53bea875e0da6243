import { describe, expect, it } from 'vitest';
import { errorOf } from '../support/error-of.js';
import { icaoCheckDigit, parseVisaMrz } from '../../src/parse/mrz.js';

const ICAO_A = ['V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L8988901C4XXX4009078F96121096ZE184226B<<<<<<'] as const;
const ICAO_B = ['V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'L8988901C4XXX4009078F9612109<<<<<<<<'] as const;
const FRENCH = ['VCFRASPECIMEN<<SPECIMEN<<<<<<<<<<<<<', 'F000000005UTO0311063M1401143<M300703'] as const;


describe('icaoCheckDigit (ICAO 9303 part 3)', () => {
  it.each([
    ['L898902C3', 6], // passport specimen document number
    ['740812', 2], // passport specimen birth date
    ['120415', 9], // passport specimen expiry
    ['L8988901C', 4], // visa specimen document number
    ['400907', 8],
    ['961210', 9],
    ['<<<', 0],
    ['F00000000', 5], // French Schengen specimen
    ['031106', 3],
    ['140114', 3],
  ])('%s → %i', (text, digit) => {
    expect(icaoCheckDigit(text)).toBe(digit);
  });

  it('refuses characters outside the MRZ alphabet rather than return a meaningless digit', () => {
    expect(() => icaoCheckDigit('l898902c3')).toThrow(RangeError);
  });
});

/** Replaces the optional data of an ICAO specimen line 2: no composite digit covers it. */
function withOptional(line2: string, optional: string): string {
  return line2.slice(0, 28) + optional;
}

describe('parseVisaMrz', () => {
  it('reads the ICAO MRV-A specimen (rules.md §2.4)', () => {
    expect(parseVisaMrz(...ICAO_A)).toEqual({
      format: 'MRV-A',
      documentCode: 'V<',
      visaType: null,
      issuingState: 'UTO',
      surname: 'ERIKSSON',
      givenNames: ['ANNA', 'MARIA'],
      documentNumber: 'L8988901C',
      nationality: 'XXX',
      birthDate: { yymmdd: '400907' },
      sex: 'F',
      // 96 → 1996: the one year of 1995..2094 ending in 96
      validUntil: { year: 1996, month: 12, day: 10 },
      optionalData: '6ZE184226B<<<<<<',
      optionalHint: null,
    });
  });

  it('reads the ICAO MRV-B specimen', () => {
    expect(parseVisaMrz(...ICAO_B)).toMatchObject({ format: 'MRV-B', documentNumber: 'L8988901C', optionalData: '<<<<<<<<' });
  });

  it('reads the French Schengen specimen, with the unverified optional-data hint', () => {
    expect(parseVisaMrz(...FRENCH)).toMatchObject({
      format: 'MRV-B',
      documentCode: 'VC',
      visaType: 'C',
      issuingState: 'FRA',
      surname: 'SPECIMEN',
      givenNames: ['SPECIMEN'],
      documentNumber: 'F00000000',
      nationality: 'UTO',
      birthDate: { yymmdd: '031106' },
      sex: 'M',
      validUntil: { year: 2014, month: 1, day: 14 },
      optionalData: '<M300703',
      optionalHint: { entries: 'MULT', durationDays: 30, validFromMonthDay: '0703' },
    });
  });

  it.each([
    ['document number', 0, 9],
    ['birth date', 13, 19],
    ['valid until', 21, 27],
  ])('a wrong check digit of the %s is an error naming the field', (field, start, checkAt) => {
    const line2 = ICAO_A[1];
    const wrong = String((Number(line2[checkAt]) + 1) % 10);
    const bad = line2.slice(0, checkAt) + wrong + line2.slice(checkAt + 1);
    const error = errorOf(() => parseVisaMrz(ICAO_A[0], bad, { file: 's.txt', line: 7 }));
    expect(error.location).toEqual({ file: 's.txt', line: 7, field: `MRZ ${field}` });
    expect(error.message).toBe(`check digit of "${field}" is ${wrong}, expected ${line2[checkAt]} for "${line2.slice(start, checkAt)}"`);
  });

  it.each([
    ['a short line', ICAO_A[0], ICAO_A[1].slice(0, 43), 'line 2 has 43 characters; expected 44 (MRV-A) or 36 (MRV-B)'],
    ['lines of different formats', ICAO_A[0], ICAO_B[1], 'line 1 has 44 characters but line 2 has 36'],
    ['lower case', ICAO_A[0].toLowerCase(), ICAO_A[1], 'expected only A–Z, 0–9 and <'],
    ['not a visa', `P${ICAO_A[0].slice(1)}`, ICAO_A[1], 'is not a visa'],
    ['an impossible expiry', ICAO_B[0], 'L8988901C4XXX4009078F9613324<<<<<<<<', 'is not a date'],
  ])('%s is refused', (_name, line1, line2, message) => {
    expect(errorOf(() => parseVisaMrz(line1, line2)).message).toContain(message);
  });

  it('names the field and the expected digit in a check-digit error', () => {
    const error = errorOf(() => parseVisaMrz(ICAO_A[0], `L8988901C3${ICAO_A[1].slice(10)}`));
    expect(error.code).toBe('mrz.checkDigit');
    expect(error.location.field).toBe('MRZ document number');
    expect(error.message).toBe('check digit of "document number" is 3, expected 4 for "L8988901C"');
  });

  it('a filler where a check digit belongs is a wrong check digit', () => {
    const error = errorOf(() => parseVisaMrz(ICAO_B[0], `L8988901C<${ICAO_B[1].slice(10)}`));
    expect(error.message).toBe('check digit of "document number" is <, expected 4 for "L8988901C"');
  });

  it.each([
    ['line 1', ICAO_A[0].slice(0, 43), ICAO_A[1], 'line 1 has 43 characters; expected 44 (MRV-A) or 36 (MRV-B)'],
    ['line 2', ICAO_A[0], ICAO_A[1].slice(0, 43), 'line 2 has 43 characters; expected 44 (MRV-A) or 36 (MRV-B)'],
    ['line 1', '', ICAO_B[1], 'line 1 has 0 characters; expected 44 (MRV-A) or 36 (MRV-B)'],
    ['line 2', ICAO_A[0], `${ICAO_A[1]}<`, 'line 2 has 45 characters; expected 44 (MRV-A) or 36 (MRV-B)'],
    ['line 2', ICAO_A[0], ICAO_B[1], 'line 1 has 44 characters but line 2 has 36; expected both 44 or both 36'],
  ])('a length error names %s: %#', (field, line1, line2, message) => {
    const error = errorOf(() => parseVisaMrz(line1, line2));
    expect(error.location.field).toBe(`MRZ ${field}`);
    expect(error.message).toBe(message);
  });

  it('refuses lower case instead of upper-casing it, and says where', () => {
    const error = errorOf(() => parseVisaMrz(ICAO_B[0], ICAO_B[1].toLowerCase()));
    expect(error.code).toBe('mrz.character');
    expect(error.message).toBe('line 2 has "l" at position 1; expected only A–Z, 0–9 and <');
  });

  it.each([
    [`V<UTOERIKSSON<<ANNA MARIA<<<<<<<<<<<`, 'line 1 has " " at position 20'],
    [`V<UTOERIKSSON<<ANNA-MARIA<<<<<<<<<<<`, 'line 1 has "-" at position 20'],
    [`V<UTOERIKSSON<<ANNA<MARIÄ<<<<<<<<<<<`, 'line 1 has "Ä" at position 25'],
  ])('refuses a character outside A–Z 0–9 <: %s', (line1, message) => {
    expect(errorOf(() => parseVisaMrz(line1, ICAO_B[1])).message).toContain(message);
  });

  it.each(['P<', 'I<', 'AC'])('refuses document code %s: not a visa', (code) => {
    const error = errorOf(() => parseVisaMrz(code + ICAO_B[0].slice(2), ICAO_B[1]));
    expect(error.code).toBe('mrz.documentCode');
    expect(error.location.field).toBe('MRZ document code');
    expect(error.message).toBe(`document code "${code}" is not a visa; expected V followed by the type`);
  });

  it('tells MRV-A from MRV-B by the line length alone', () => {
    expect(parseVisaMrz(...ICAO_A).format).toBe('MRV-A');
    expect(parseVisaMrz(...ICAO_B).format).toBe('MRV-B');
    expect(parseVisaMrz(...FRENCH).format).toBe('MRV-B');
  });

  it('keeps the visa type and strips fillers from a short state code (Germany is D<<)', () => {
    const mrz = parseVisaMrz('VBD<<MUSTER<VON<HOF<<ERIKA<<<<<<<<<<', 'C01X00T478D<<6408125F9708011<2020711');
    expect(mrz).toMatchObject({
      documentCode: 'VB',
      visaType: 'B',
      issuingState: 'D',
      surname: 'MUSTER VON HOF',
      givenNames: ['ERIKA'],
      documentNumber: 'C01X00T47',
      nationality: 'D',
      birthDate: { yymmdd: '640812' },
      validUntil: { year: 1997, month: 8, day: 1 },
      // the German B specimen's optional data (rules.md §2.4)
      optionalHint: { entries: '2', durationDays: 2, validFromMonthDay: '0711' },
    });
  });

  it('strips the fillers of a short document number, and reads < as sex X', () => {
    const mrz = parseVisaMrz(ICAO_B[0], 'AB1234<<<1XXX4009078<9612109<<<<<<<<');
    expect(mrz.documentNumber).toBe('AB1234');
    expect(mrz.sex).toBe('X');
  });

  it('refuses a sex other than M, F or <', () => {
    const error = errorOf(() => parseVisaMrz(ICAO_B[0], `${ICAO_B[1].slice(0, 20)}Z${ICAO_B[1].slice(21)}`));
    expect(error.code).toBe('mrz.sex');
    expect(error.location.field).toBe('MRZ sex');
  });

  it('never guesses the century of a birth date', () => {
    expect(parseVisaMrz(...FRENCH).birthDate).toEqual({ yymmdd: '031106' });
  });

  it('reads a birth date whose day or month is unknown (fillers, ICAO 9303 part 3) as printed', () => {
    // "4009<<": born in September of a year ending in 40, day unknown; its check digit is 1.
    const line2 = `L8988901C4XXX4009<<1F9612109<<<<<<<<`;
    expect(parseVisaMrz(ICAO_B[0], line2).birthDate).toEqual({ yymmdd: '4009<<' });
  });

  it('refuses a birth date of letters even when its check digit fits', () => {
    // "ABCDEF" has check digit 3 (10·7 + 11·3 + 12·1 + 13·7 + 14·3 + 15·1 = 263).
    const error = errorOf(() => parseVisaMrz(ICAO_B[0], `L8988901C4XXXABCDEF3F9612109<<<<<<<<`));
    expect(error.code).toBe('mrz.date');
    expect(error.location.field).toBe('MRZ birth date');
  });

  it.each([
    ['951231', { year: 1995, month: 12, day: 31 }],
    ['940101', { year: 2094, month: 1, day: 1 }],
    ['000229', { year: 2000, month: 2, day: 29 }],
    ['240229', { year: 2024, month: 2, day: 29 }],
  ])('reads valid-until %s in 1995..2094', (yymmdd, expected) => {
    const line2 = `L8988901C4XXX4009078F${yymmdd}${icaoCheckDigit(yymmdd)}<<<<<<<<`;
    expect(parseVisaMrz(ICAO_B[0], line2).validUntil).toEqual(expected);
  });

  it.each(['310299', '250229', '991301', '990000', '990431'])('refuses valid-until %s: no such day', (yymmdd) => {
    const line2 = `L8988901C4XXX4009078F${yymmdd}${icaoCheckDigit(yymmdd)}<<<<<<<<`;
    const error = errorOf(() => parseVisaMrz(ICAO_B[0], line2));
    expect(error.code).toBe('mrz.date');
    expect(error.location.field).toBe('MRZ valid until');
    expect(error.message).toBe(`"${yymmdd}" is not a date; expected YYMMDD`);
  });

  it('refuses a valid-until with fillers in it even when its check digit fits', () => {
    const line2 = `L8988901C4XXX4009078F9612<<${icaoCheckDigit('9612<<')}<<<<<<<<`;
    expect(errorOf(() => parseVisaMrz(ICAO_B[0], line2)).code).toBe('mrz.date');
  });

  it('prefixes the caller\'s field to the MRZ field', () => {
    const error = errorOf(() => parseVisaMrz(ICAO_B[0], `L8988901C5${ICAO_B[1].slice(10)}`, { field: '--mrz' }));
    expect(error.location.field).toBe('--mrz document number');
  });

  it.each([
    ['<M300703', { entries: 'MULT', durationDays: 30, validFromMonthDay: '0703' }],
    ['<1900101', { entries: '1', durationDays: 90, validFromMonthDay: '0101' }],
    ['<2050229', { entries: '2', durationDays: 5, validFromMonthDay: '0229' }],
    ['<<<<<<<<', null],
    ['M300703<', null], // no leading filler
    ['<3300703', null], // 3 entries is not in the pattern
    ['<M000703', null], // zero days is no duration
    ['<M301303', null], // month 13
    ['<M300431', null], // 31 April
    ['<M30073<', null],
  ])('gives the optional-data hint of %s only when the pattern fits exactly', (optional, hint) => {
    expect(parseVisaMrz(ICAO_B[0], withOptional(ICAO_B[1], optional)).optionalHint).toEqual(hint);
  });

  it.each([
    ['<M300703<<<<<<<<', { entries: 'MULT', durationDays: 30, validFromMonthDay: '0703' }],
    ['<M300703<<<<<<<X', null], // more data after the pattern: some other layout
  ])('on MRV-A the hint needs fillers after the pattern: %s', (optional, hint) => {
    expect(parseVisaMrz(ICAO_A[0], withOptional(ICAO_A[1], optional)).optionalHint).toEqual(hint);
  });

  it('trailing white space is not an error', () => {
    expect(parseVisaMrz(`${ICAO_B[0]}  `, `${ICAO_B[1]}\t`).format).toBe('MRV-B');
  });
});
