import { describe, expect, it } from 'vitest';
import { dayFromCivil, type Day } from '../../src/core/day.js';
import { parseDate } from '../../src/parse/dates.js';
import { addEntry, addExit, addTrip, editStay, removeLine } from '../../src/store/stamp-edit.js';

/** The log's changes worked out on its text (store/stamp-edit.ts): where lines go, what an edit replaces, what is refused. */
const today = dayFromCivil(2026, 12, 20);
const d = (text: string): Day => parseDate(text);
const trip = (range: string) => {
  const [from, to] = range.split('..');
  return { entry: d(from!), exit: to === '' ? null : d(to!) };
};
const nowhere = {};
const addTrips = (ranges: readonly string[], start = '') => ranges.reduce((text, range) => addTrip(text, 'log.txt', trip(range), today, nowhere, 'FROM..TO').text, start);

/** The refusal an action throws (or the test fails). */
function refusal(action: () => unknown): { code: string; params: unknown } {
  try {
    action();
  } catch (error) {
    return error as { code: string; params: unknown };
  }
  throw new Error('expected a refusal');
}

describe('log trip: any order in, date order out', () => {
  const ranges = ['2026-05-02..2026-05-20', '2027-02-01..2027-02-14', '2026-01-10..2026-02-20', '2026-12-01..'];
  const expected = 'trip 2026-01-10..2026-02-20\ntrip 2026-05-02..2026-05-20\ntrip 2026-12-01..\nbooked 2027-02-01..2027-02-14\n';

  it.each([
    ['as booked', [0, 1, 2, 3]],
    ['newest first', [1, 3, 0, 2]],
    ['oldest last', [3, 1, 0, 2]],
  ])('%s: the same file', (_name, order) => {
    expect(addTrips(order.map((i) => ranges[i]!))).toBe(expected);
  });

  it('a trip ending after the reference day is written "booked"; one ending on it or before, "trip"', () => {
    expect(addTrips(['2026-12-10..2026-12-20'])).toBe('trip 2026-12-10..2026-12-20\n');
    expect(addTrips(['2026-12-10..2026-12-21'])).toBe('booked 2026-12-10..2026-12-21\n');
  });

  it("a trip is written in the file's own words: reis and geboekt in a Dutch file, Reise and gebucht in a German one", () => {
    // today is 2026-12-20: a trip ending on the 21st is booked.
    expect(addTrips(['2026-03-01..2026-03-05', '2026-12-10..2026-12-21'], 'binnenkomst 2026-01-05 BE\nuitreis 2026-01-09 BE\n')).toBe(
      'binnenkomst 2026-01-05 BE\nuitreis 2026-01-09 BE\nreis 2026-03-01..2026-03-05\ngeboekt 2026-12-10..2026-12-21\n',
    );
    expect(addTrips(['2026-03-01..2026-03-05', '2026-12-10..2026-12-21'], 'Einreise 2026-01-05 DE\nAusreise 2026-01-09 DE\n')).toBe('Einreise 2026-01-05 DE\nAusreise 2026-01-09 DE\nReise 2026-03-01..2026-03-05\nGebucht 2026-12-10..2026-12-21\n');
    // The file is handled as its bytes (one character a byte): réservé is written in UTF-8.
    expect(addTrips(['2026-12-10..2026-12-21'], 'voyage 2026-03-01..2026-03-05\n')).toBe(Buffer.from('voyage 2026-03-01..2026-03-05\nréservé 2026-12-10..2026-12-21\n', 'utf8').toString('latin1'));
  });

  it('keeps every other byte: comments stay above their stay, CRLF stays CRLF', () => {
    const text = '# Anna\r\nvisa C MULT 2026-01-01..2027-12-31 90\r\n# summer\r\ntrip 2026-07-01..2026-07-10 FR\r\n';
    expect(addTrips(['2026-03-01..2026-03-05'], text)).toBe('# Anna\r\nvisa C MULT 2026-01-01..2027-12-31 90\r\ntrip 2026-03-01..2026-03-05\r\n# summer\r\ntrip 2026-07-01..2026-07-10 FR\r\n');
  });

  it('an exit and a re-entry may share a day', () => {
    expect(addTrips(['2026-03-05..2026-03-08', '2026-03-01..2026-03-05'])).toBe('trip 2026-03-01..2026-03-05\ntrip 2026-03-05..2026-03-08\n');
  });

  it.each([
    ['a trip that shares days with another names its line', ['2026-05-02..2026-05-20'], '2026-05-10..2026-05-25', 'log.overlaps', { number: 1, text: 'trip 2026-05-02..2026-05-20' }],
    ['a trip under way cannot start after the reference day', [], '2026-12-21..', 'log.openAhead', { date: '2026-12-21' }],
    ['a trip under way before a trip that has begun', ['2026-12-10..2026-12-15'], '2026-12-01..', 'log.openBefore', { number: 1, text: 'trip 2026-12-10..2026-12-15' }],
    ['a trip while already inside', ['2026-12-01..'], '2026-12-15..2026-12-18', 'log.alreadyInside', { number: 1, text: 'trip 2026-12-01..' }],
  ])('%s', (_name, before, range, code, params) => {
    const text = addTrips(before);
    expect(refusal(() => addTrip(text, 'log.txt', trip(range), today, nowhere, 'FROM..TO'))).toMatchObject({ code, params });
  });
});

describe('log entry and log exit: in place where unambiguous', () => {
  it('an entry before booked trips goes before them; its exit right after it', () => {
    const booked = addTrips(['2027-02-01..2027-02-14']);
    const entered = addEntry(booked, 'log.txt', d('2026-12-01'), today, { country: 'BE', place: 'Brussels Airport' }, 'DATE').text;
    expect(entered).toBe('entry 2026-12-01 BE Brussels Airport\nbooked 2027-02-01..2027-02-14\n');
    expect(addExit(entered, 'log.txt', d('2026-12-18'), today, { country: 'FR' }, 'DATE').text).toBe('entry 2026-12-01 BE Brussels Airport\nexit 2026-12-18 FR\nbooked 2027-02-01..2027-02-14\n');
  });

  it('an entry after the reference day is a booked trip: refused, with the command that records it', () => {
    expect(refusal(() => addEntry('', 'log.txt', d('2027-02-01'), today, { country: 'FR' }, 'DATE'))).toMatchObject({ code: 'log.entryAhead', params: { date: '2027-02-01' } });
  });

  it('a forgotten entry before trips already made: refused, naming the trip it would run across', () => {
    const text = addTrips(['2026-06-01..2026-06-10']);
    expect(refusal(() => addEntry(text, 'log.txt', d('2026-03-01'), today, nowhere, 'DATE'))).toMatchObject({ code: 'log.openBefore', params: { number: 1 } });
  });

  it('an exit with no stay under way, or before its entry, names what is wrong', () => {
    expect(refusal(() => addExit(addTrips(['2026-06-01..2026-06-10']), 'log.txt', d('2026-12-01'), today, nowhere, 'DATE'))).toMatchObject({ code: 'log.noStayUnderWay' });
    expect(refusal(() => addExit('entry 2026-12-01\n', 'log.txt', d('2026-11-30'), today, nowhere, 'DATE'))).toMatchObject({ code: 'log.exitBeforeEntry', params: { number: 1 } });
    const beforeBooked = 'entry 2026-12-01\nbooked 2027-02-01..2027-02-14\n';
    expect(refusal(() => addExit(beforeBooked, 'log.txt', d('2027-02-05'), today, nowhere, 'DATE'))).toMatchObject({ code: 'log.overlaps', params: { number: 2 } });
  });

  it('the exit of a "trip FROM.." line completes it in place', () => {
    expect(addExit('trip 2026-12-01.. BE\n', 'log.txt', d('2026-12-18'), today, nowhere, 'DATE').text).toBe('trip 2026-12-01..2026-12-18 BE\n');
    expect(addExit('trip 2026-12-01.. BE\n', 'log.txt', d('2026-12-18'), today, { country: 'FR' }, 'DATE').text).toBe('entry 2026-12-01 BE\nexit 2026-12-18 FR\n');
  });
});

describe('log edit N FROM..TO and log remove N', () => {
  const text = '# my trips\ntrip 2026-01-10..2026-02-20 FR\nentry 2026-05-02 BE Zaventem\nexit 2026-05-20 NL\nbooked 2027-02-01..2027-02-14 ES\n';

  it('a trip line gets its new days and moves to its place; booked or trip by its last day', () => {
    const change = editStay(text, 'log.txt', 4, trip('2026-03-01..2026-03-05'), today, 'FROM..TO');
    expect(change.text).toBe('# my trips\ntrip 2026-01-10..2026-02-20 FR\ntrip 2026-03-01..2026-03-05 ES\nentry 2026-05-02 BE Zaventem\nexit 2026-05-20 NL\n');
    expect(change.removed).toEqual(['booked 2027-02-01..2027-02-14 ES']);
  });

  it('an entry and exit pair, named by either line, keeps its stamps, states and places', () => {
    for (const number of [2, 3]) {
      expect(editStay(text, 'log.txt', number, trip('2026-05-03..2026-05-21'), today, 'FROM..TO').text).toBe(
        '# my trips\ntrip 2026-01-10..2026-02-20 FR\nentry 2026-05-03 BE Zaventem\nexit 2026-05-21 NL\nbooked 2027-02-01..2027-02-14 ES\n',
      );
    }
  });

  it('refused: a line that is not a stay, new days over another trip (naming it)', () => {
    const withVisa = `${text}visa C MULT 2026-01-01..2027-12-31 90\n`;
    expect(refusal(() => editStay(withVisa, 'log.txt', 5, trip('2026-03-01..2026-03-05'), today, 'FROM..TO'))).toMatchObject({ code: 'log.notAStay', params: { number: 5 } });
    expect(refusal(() => editStay(text, 'log.txt', 1, trip('2026-05-10..2026-05-12'), today, 'FROM..TO'))).toMatchObject({ code: 'log.overlaps', params: { number: 2 } });
  });

  it('numbers every remaining line as log list numbered it before, for a refusal after the change', () => {
    // Removing the entry (line 2) leaves the exit unpaired: it was line 3.
    const change = removeLine(text, 2);
    expect(change.oldNumbers).toEqual([1, 3, 4]);
  });
});
