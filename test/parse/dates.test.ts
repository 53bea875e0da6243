import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../src/core/day.js';
import { InputError } from '../../src/errors.js';
import { parseDate } from '../../src/parse/dates.js';

describe('parseDate accepts the stamped and typed forms', () => {
  it.each([
    ['ISO', '2026-03-14', [2026, 3, 14]],
    ['stamped, two-digit year', '14.03.26', [2026, 3, 14]],
    ['stamped, four-digit year', '14.03.2026', [2026, 3, 14]],
    ['stamped, one-digit day and month', '4.3.26', [2026, 3, 4]],
    ['spelled month', '14 MAR 2026', [2026, 3, 14]],
    ['spelled month, lower case', '14 mar 2026', [2026, 3, 14]],
    ['spelled month, two-digit year', '01 JAN 99', [1999, 1, 1]],
    ['two-digit year 95 is 1995', '26.03.95', [1995, 3, 26]],
    ['two-digit year 94 is 2094', '01.01.94', [2094, 1, 1]],
    ['29 February of a leap year', '29.02.2024', [2024, 2, 29]],
    ['day first with slashes, as nl and fr tables print it', '17/07/2026', [2026, 7, 17]],
    ['day first with dashes, as on many stamps', '14-03-2026', [2026, 3, 14]],
    ['day first with slashes, two-digit year', '03/04/26', [2026, 4, 3]],
    ['ISO with one-digit parts', '2026-7-20', [2026, 7, 20]],
    ['year first with slashes', '2026/11/30', [2026, 11, 30]],
    ['English month, upper case', '14 MAY 2026', [2026, 5, 14]],
    ['German month, upper case', '14 MAI 2026', [2026, 5, 14]],
    ['French month', '14 mars 2026', [2026, 3, 14]],
    ['French month with accent', '1er février 2026', [2026, 2, 1]],
    ['French abbreviation', '3 déc. 2026', [2026, 12, 3]],
    ['Dutch month', '14 maart 2026', [2026, 3, 14]],
    ['Dutch abbreviation', '14 mrt 2026', [2026, 3, 14]],
    ['German month with dot and umlaut', '14. März 2026', [2026, 3, 14]],
    ['German month without umlaut', '14. Maerz 2026', [2026, 3, 14]],
    ['German abbreviation', '14 Okt. 2026', [2026, 10, 14]],
    ['English, month first', 'March 14, 2026', [2026, 3, 14]],
    ['dashed, month name', '14-Mar-26', [2026, 3, 14]],
    ['as the en table prints it', 'Thu 11 Dec 2014', [2014, 12, 11]],
    ['as the nl table prints it', 'do 11/12/2014', [2014, 12, 11]],
    ['as the fr table prints it', 'jeu. 11/12/2014', [2014, 12, 11]],
    ['as the de table prints it', 'Do. 11.12.2014', [2014, 12, 11]],
  ] as const)('%s: %s', (_name, text, [year, month, day]) => {
    expect(parseDate(text)).toBe(dayFromCivil(year, month, day));
  });
});

describe('parseDate refuses what it would have to guess', () => {
  it.each([
    ['US order with dashes: there is no month 14', '03-14-2026', 'there is no month 14'],
    ['US order with slashes', '07/17/2026', 'there is no month 17'],
    ['year first, month 14', '2026/14/03', 'there is no month 14'],
    ['31 February', '31.02.2026', 'no such day'],
    ['29 February of a common year', '2025-02-29', 'no such day'],
    ['month 13', '2026-13-01', 'there is no month 13'],
    ['unknown month name', '14 MRX 2026', 'unknown month "MRX"'],
    ['the start of two months', '14 ju 2026', 'unknown month "ju"'],
    ['no year', '14/03', 'the year is missing'],
    ['no year, month name', '14 mars', 'the year is missing'],
    ['three-digit year', '14 mars 202', 'unrecognised form'],
    ['free text', 'soon', 'unrecognised form'],
    ['a weekday that does not match', 'Fri 11 Dec 2014', 'that day is not a "Fri"'],
    // In a file (or a record), the message says no more than what the file needs (issue 23).
    ['relative without a reference day', 'yesterday', 'depends on the day it is read; expected a date such as 2026-03-14'],
    ['offset without a reference day', '+30d', 'depends on the day it is read; expected a date such as 2026-03-14'],
  ])('%s: %s', (_name, text, why) => {
    expect(() => parseDate(text, { file: 'f.txt', line: 3, field: 'date' })).toThrowError(why);
    try {
      parseDate(text, { file: 'f.txt', line: 3, field: 'date' });
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).location).toEqual({ file: 'f.txt', line: 3, field: 'date' });
      expect((error as InputError).message).toMatch(/expected (YYYY-MM-DD|a date such as 2026-03-14|the date without its weekday)/);
    }
  });

  it('refuses dates before 1995 and after 2100', () => {
    expect(() => parseDate('1994-12-31')).toThrowError('outside the years we accept');
    expect(() => parseDate('2101-01-01')).toThrowError('outside the years we accept');
  });
});

describe('parseDate counts relative dates from the reference day it is given', () => {
  const reference = dayFromCivil(2026, 11, 23);
  it.each([
    ['today', 0],
    ['TODAY', 0],
    ['tomorrow', 1],
    ['yesterday', -1],
    ['vandaag', 0],
    ['morgen', 1],
    ['demain', 1],
    ['gestern', -1],
    ['+30d', 30],
    ['-7d', -7],
    ['+0d', 0],
  ] as const)('%s', (text, offset) => {
    expect(parseDate(text, {}, reference)).toBe(reference + offset);
  });

  it('is never cached: the same text on another reference day is another day', () => {
    expect(parseDate('+1d', {}, reference)).toBe(reference + 1);
    expect(parseDate('+1d', {}, reference + 10)).toBe(reference + 11);
  });

  it('keeps to the accepted years', () => {
    expect(() => parseDate('+99999d', {}, reference)).toThrowError('outside the years we accept');
  });

  it('an absolute date ignores the reference day', () => {
    expect(parseDate('2026-03-14', {}, reference)).toBe(dayFromCivil(2026, 3, 14));
  });
});

describe('issue 20: a word of Object.prototype is not a date, with or without a reference day', () => {
  const reference = dayFromCivil(2026, 11, 23);
  // The relative words were looked up in a plain object, where "constructor" and "__proto__" are found.
  it.each(['constructor', '__proto__', 'Constructor', '__PROTO__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf'])('%s', (word) => {
    for (const withReference of [undefined, reference]) {
      let caught: unknown;
      try {
        parseDate(word, { field: 'on' }, withReference);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InputError);
      expect((caught as InputError).code).toBe('date.unrecognised');
      expect((caught as InputError).location).toEqual({ field: 'on' });
    }
  });
});
