import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { icaoCheckDigit, parseVisaMrz } from '../../src/parse/mrz.js';

const ICAO_A = ['V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L8988901C4XXX4009078F96121096ZE184226B<<<<<<'] as const;
const ICAO_B = ['V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<', 'L8988901C4XXX4009078F9612109<<<<<<<<'] as const;
const FRENCH = ['VCFRASPECIMEN<<SPECIMEN<<<<<<<<<<<<<', 'F000000005UTO0311063M1401143<M300703'] as const;

function errorOf(action: () => unknown): InputError {
  try {
    action();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('icaoCheckDigit (ICAO 9303 part 3)', () => {
  it.each([
    ['L898902C3', 6], // passport specimen document number
    ['740812', 2], // passport specimen birth date
    ['120415', 9], // passport specimen expiry
    ['L8988901C', 4], // visa specimen document number
    ['400907', 8],
    ['961210', 9],
    ['<<<', 0],
  ])('%s → %i', (text, digit) => {
    expect(icaoCheckDigit(text)).toBe(digit);
  });
});

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

  it('trailing white space is not an error', () => {
    expect(parseVisaMrz(`${ICAO_B[0]}  `, `${ICAO_B[1]}\t`).format).toBe('MRV-B');
  });
});
