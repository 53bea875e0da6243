import { describe, expect, it } from 'vitest';
import { errorOf } from '../support/error-of.js';
import { judgeItinerary } from '../../src/core/authorisation.js';
import { dayFromCivil } from '../../src/core/day.js';
import { parseStampFile, logWordsOf } from '../../src/parse/stamp-file.js';
import { parseStayFlag } from '../../src/parse/stay-flag.js';
import { parseJsonFile } from '../../src/parse/json-input.js';
import { assembleHistory, stayDetailsOf } from '../../src/parse/assemble-history.js';

const d = dayFromCivil;


describe('parseStampFile', () => {
  it('pairs entries and exits, skips comments and blank lines, keeps country and place', () => {
    const text = ['# my stamps', '', 'entry 2026-01-10 BE Brussels Airport', 'EXIT 20.02.26   # left by train', 'entry 14 MAR 2026'].join('\n');
    const { stays } = parseStampFile(text, 's.txt');
    expect(stays).toEqual([
      {
        entry: d(2026, 1, 10),
        exit: d(2026, 2, 20),
        entryCountry: 'BE',
        entryPlace: 'Brussels Airport',
        entryLocation: { file: 's.txt', line: 3, field: 'date' },
        exitLocation: { file: 's.txt', line: 4, field: 'date' },
      },
      { entry: d(2026, 3, 14), exit: null, entryLocation: { file: 's.txt', line: 5, field: 'date' } },
    ]);
  });

  it('accepts Windows line ends', () => {
    expect(parseStampFile('entry 2026-01-10\r\nexit 2026-01-12\r\n', 's.txt').stays).toHaveLength(1);
  });

  it.each([
    ['exit without entry', 'exit 2026-01-10', 1, 'keyword', 'exit without entry'],
    ['two entries in a row', 'entry 2026-01-10\nentry 2026-01-12', 2, 'keyword', 'two entries in a row: the entry on line 1'],
    ['unknown keyword', 'entry 2026-01-10\nvisit 2026-01-12', 2, 'keyword', 'unknown line type "visit"'],
    ['missing date', 'entry', 1, 'date', '"entry" needs a date'],
    ['impossible date', 'entry 31.02.2026', 1, 'date', 'no such day'],
  ])('%s is refused with file, line and field', (_name, text, line, field, message) => {
    const error = errorOf(() => parseStampFile(text, 'stamps.txt'));
    expect(error.location).toEqual({ file: 'stamps.txt', line, field });
    expect(error.message).toContain(message);
  });
});

describe('parseStayFlag', () => {
  it('reads FROM..TO and FROM..', () => {
    expect(parseStayFlag('2026-01-01..2026-01-31', 1)).toMatchObject({ entry: d(2026, 1, 1), exit: d(2026, 1, 31) });
    expect(parseStayFlag('01.02.26..', 2)).toMatchObject({ entry: d(2026, 2, 1), exit: null });
  });
  it('refuses other forms', () => {
    expect(() => parseStayFlag('2026-01-01', 1)).toThrowError('expected FROM..TO');
    expect(() => parseStayFlag('..2026-01-01', 1)).toThrowError('expected FROM..TO');
  });
});

describe('parseJsonFile', () => {
  it('reads stays with open exits', () => {
    const { stays } = parseJsonFile('{"stays":[{"entry":"2026-01-01","exit":"2026-01-05"},{"entry":"2026-02-01","exit":null}]}', 'h.json');
    expect(stays.map((s) => [s.entry, s.exit])).toEqual([
      [d(2026, 1, 1), d(2026, 1, 5)],
      [d(2026, 2, 1), null],
    ]);
  });
  it.each([
    ['syntax error with its line', '{\n"stays": [\n}', { file: 'h.json', line: 3 }, 'not valid JSON'],
    ['unknown top-level field', '{"stay": []}', { file: 'h.json', field: 'stay' }, 'expected one of the fields stays'],
    ['unknown stay field', '{"stays":[{"entry":"2026-01-01","exti":"2026-01-02"}]}', { file: 'h.json', field: 'stays[0].exti' }, 'expected one of the fields'],
    ['entry not a string', '{"stays":[{"entry":20260101}]}', { file: 'h.json', field: 'stays[0].entry' }, 'expected a date string'],
    ['bad date', '{"stays":[{"entry":"2026-02-30"}]}', { file: 'h.json', field: 'stays[0].entry' }, 'no such day'],
  ])('%s', (_name, text, location, message) => {
    const error = errorOf(() => parseJsonFile(text, 'h.json'));
    expect(error.location).toEqual(location);
    expect(error.message).toContain(message);
  });
});

describe('assembleHistory checks stays against each other and today', () => {
  const today = d(2026, 6, 1);
  it.each([
    ['exit before entry', 'entry 2026-01-10\nexit 2026-01-05', 2, 'the exit is before the entry'],
    ['overlapping stays', 'entry 2026-01-10\nexit 2026-01-20\nentry 2026-01-15\nexit 2026-01-25', 3, 'overlaps the stay at line 1'],
    ['far future', 'entry 2029-01-10\nexit 2029-01-20', 1, 'more than two years after'],
    ['open stay after today', 'entry 2026-07-10', 1, 'starts after the reference day'],
  ])('%s', (_name, text, line, message) => {
    const error = errorOf(() => assembleHistory(parseStampFile(text, 's.txt'), today));
    expect(error.location.line).toBe(line);
    expect(error.message).toContain(message);
  });

  it('allows an exit and a re-entry on the same day, counting the day once', () => {
    const history = assembleHistory(parseStampFile('entry 2026-01-01\nexit 2026-01-10\nentry 2026-01-10\nexit 2026-01-12', 's.txt'), today);
    // 01.01–12.01: 12 distinct days
    expect(judgeItinerary(history).counted.size).toBe(12);
  });

  it('an open stay lasts until today', () => {
    const { stays, openStayIndex } = assembleHistory(parseStampFile('entry 2026-05-20', 's.txt'), today);
    expect(stays).toEqual([{ entry: d(2026, 5, 20), exit: today, country: null }]);
    expect(openStayIndex).toBe(0);
  });
});

describe('stamp words in the clerk’s language (issue 23)', () => {
  it.each([
    ['Dutch', 'binnenkomst 2026-06-01 FR\nuitreis 10.06.2026\ninreis 2026-07-01\nUITREIS 2026-07-05'],
    ['French', 'entrée 2026-06-01 FR\nsortie 10.06.2026\nEntree 2026-07-01\nSORTIE 2026-07-05'],
    ['French, decomposed accent', 'entre\u0301e 2026-06-01 FR\nsortie 10.06.2026\nENTRÉE 2026-07-01\nsortie 2026-07-05'],
    ['German', 'Einreise 2026-06-01 FR\nAusreise 10.06.2026\neinreise 2026-07-01\nAUSREISE 2026-07-05'],
  ])('%s: read as entry and exit, any case, with or without accents', (_language, text) => {
    const { stays } = parseStampFile(text, 's.txt');
    expect(stays.map((stay) => [stay.entry, stay.exit])).toEqual([
      [d(2026, 6, 1), d(2026, 6, 10)],
      [d(2026, 7, 1), d(2026, 7, 5)],
    ]);
  });

  it('a visa line may begin with "visum"', () => {
    expect(parseStampFile('Visum C MULT 2026-01-01..2026-12-31 90', 's.txt').visas).toHaveLength(1);
  });

  it('an unknown word is still refused, named as typed', () => {
    expect(errorOf(() => parseStampFile('vertrek 2026-06-01', 's.txt'))).toMatchObject({ code: 'stamp.unknownKeyword', params: { keyword: 'vertrek' } });
  });

  it.each([
    ['', { entry: 'entry', exit: 'exit', trip: 'trip', booked: 'booked' }],
    ['Binnenkomst 2026-06-01\n', { entry: 'Binnenkomst', exit: 'Uitreis', trip: 'Reis', booked: 'Geboekt' }],
    ['inreis 2026-06-01\nuitreis 2026-06-02\n', { entry: 'inreis', exit: 'uitreis', trip: 'reis', booked: 'geboekt' }],
    ['ENTREE 2026-06-01\n', { entry: 'ENTREE', exit: 'SORTIE', trip: 'VOYAGE', booked: 'RÉSERVÉ' }],
    ['# a comment\nausreise 2026-06-01 # only an exit so far\n', { entry: 'einreise', exit: 'ausreise', trip: 'reise', booked: 'gebucht' }],
    ['entrée 2026-06-01\nsortie 2026-06-02\nentry 2026-07-01\n', { entry: 'entry', exit: 'sortie', trip: 'trip', booked: 'booked' }],
    ['reis 2026-06-01..2026-06-03\nvisum C MULT 2026-01-01..2026-12-31 90\n', { entry: 'binnenkomst', exit: 'uitreis', trip: 'reis', booked: 'geboekt' }],
    ['Gebucht 2027-01-01..2027-01-05\n', { entry: 'Einreise', exit: 'Ausreise', trip: 'Reise', booked: 'Gebucht' }],
  ])('the words log writes back into %j', (text, words) => {
    expect(logWordsOf(text)).toEqual(words);
  });
});

describe('one-line trips: trip and booked (issue 22)', () => {
  it('reads trip FROM..TO, trip FROM.. (under way) and booked FROM..TO, with state and place', () => {
    const text = ['trip 2026-01-10..2026-02-20 FR Paris CDG', 'entry 2026-12-01 BE', 'booked 2027-02-01..2027-02-14 ES'].join('\n');
    const { stays } = parseStampFile(text, 's.txt');
    expect(stays.map((stay) => [stay.entry, stay.exit, stay.entryCountry, stay.entryPlace, stay.recorded])).toEqual([
      [d(2026, 1, 10), d(2026, 2, 20), 'FR', 'Paris CDG', 'trip'],
      [d(2026, 12, 1), null, 'BE', undefined, undefined],
      [d(2027, 2, 1), d(2027, 2, 14), 'ES', undefined, 'booked'],
    ]);
    expect(parseStampFile('trip 2026-12-01..', 's.txt').stays[0]).toMatchObject({ entry: d(2026, 12, 1), exit: null, recorded: 'trip' });
  });

  it.each([
    ['Dutch', 'reis', 'geboekt'],
    ['French', 'voyage', 'réservé'],
    ['German', 'Reise', 'gebucht'],
  ])('reads the %s words for a trip and a booked trip (%s, %s) as trip and booked', (_language, trip, booked) => {
    const { stays } = parseStampFile(`${trip} 2026-01-10..2026-02-20 FR\n${booked} 2027-02-01..2027-02-14 ES`, 's.txt');
    expect(stays.map((stay) => [stay.entry, stay.exit, stay.recorded])).toEqual([
      [d(2026, 1, 10), d(2026, 2, 20), 'trip'],
      [d(2027, 2, 1), d(2027, 2, 14), 'booked'],
    ]);
  });

  it.each([
    ['no days', 'trip', 'stamp.tripForm', 'dates'],
    ['one date only', 'trip 2026-12-01', 'stamp.tripForm', 'dates'],
    ['a booked trip without its last day', 'booked 2027-02-01..', 'stamp.bookedOpen', 'dates'],
    ['a day that does not exist', 'booked 2027-02-30..2027-03-05', 'date.noSuchDay', 'from'],
  ])('refuses %s, naming the line and field', (_name, line, code, field) => {
    expect(errorOf(() => parseStampFile(`# x\n${line}`, 's.txt'))).toMatchObject({ code, location: { file: 's.txt', line: 2, field } });
  });

  it('a stay under way may be followed by trips booked after the reference day, not by one entered by then', () => {
    const today = d(2026, 12, 20);
    const history = assembleHistory(parseStampFile('entry 2026-12-01\nbooked 2027-02-01..2027-02-14', 's.txt'), today);
    // The stay under way ends on the reference day; the booked trip is the next stay.
    expect(history.stays).toEqual([
      { entry: d(2026, 12, 1), exit: today, country: null },
      { entry: d(2027, 2, 1), exit: d(2027, 2, 14), country: null },
    ]);
    expect(stayDetailsOf(history)[1]).toMatchObject({ recordedAsBooked: true });
    expect(errorOf(() => assembleHistory(parseStampFile('entry 2026-12-01\ntrip 2026-12-10..2026-12-12', 's.txt'), today))).toMatchObject({ code: 'stay.openNotLast', location: { line: 1 } });
  });
});
