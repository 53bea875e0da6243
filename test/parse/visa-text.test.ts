import { describe, expect, it } from 'vitest';
import { errorOf } from '../support/error-of.js';
import { dayFromCivil } from '../../src/core/day.js';
import { parseJsonFile } from '../../src/parse/json-input.js';
import { parseStampFile } from '../../src/parse/stamp-file.js';
import { parsePermitText, parseVisaText } from '../../src/parse/visa-text.js';

const loc = { file: 'v.txt', line: 4 };


describe('parseVisaText', () => {
  it.each([
    ['C MULT 2026-01-10..2027-01-09 90', { type: 'C', entries: 'MULT', durationDays: 90, validFor: null }],
    ['C 2 2026-03-01..2026-04-15 30', { type: 'C', entries: 2, durationDays: 30, validFor: null }],
    ['c 01 01.03.26..15.03.26 10', { type: 'C', entries: 1, durationDays: 10, validFor: null }],
    ['LTV 1 2026-03-01..2026-03-31 15 valid-for=BE,NL', { type: 'LTV', entries: 1, durationDays: 15, validFor: ['BE', 'NL'] }],
    ['A 1 2026-03-01..2026-03-02 1', { type: 'A', entries: 1, durationDays: 1, validFor: null }],
    ['D MULT 2025-09-01..2026-08-31 365', { type: 'D', entries: 'MULT', durationDays: 365, validFor: null }],
    ['C 1 14 MAR 2026..20 MAR 2026 7', { type: 'C', entries: 1, durationDays: 7, validFor: null }],
  ])('%s', (text, expected) => {
    expect(parseVisaText(text, loc)).toMatchObject(expected);
  });

  it('reads the validity as days', () => {
    expect(parseVisaText('C 2 2026-03-01..2026-04-15 30', loc)).toMatchObject({ validFrom: dayFromCivil(2026, 3, 1), validUntil: dayFromCivil(2026, 4, 15) });
  });

  it.each([
    ['unknown type', 'B 1 2026-03-01..2026-03-31 10', 'type', 'unknown visa type "B"'],
    ['bad entries', 'C 3 2026-03-01..2026-03-31 10', 'entries', 'expected 1, 2 or MULT'],
    ['UNTIL before FROM', 'C 1 2026-03-31..2026-03-01 10', 'UNTIL', 'is before FROM'],
    ['zero duration', 'C 1 2026-03-01..2026-03-31 0', 'DAYS', 'expected a whole number of days from 1 to 90'],
    ['negative duration', 'C 1 2026-03-01..2026-03-31 -5', 'DAYS', 'expected a whole number of days from 1 to 90'],
    ['duration over 90', 'C 1 2026-03-01..2026-12-31 91', 'DAYS', 'from 1 to 90'],
    ['LTV without states', 'LTV 1 2026-03-01..2026-03-31 15', 'valid-for', 'needs the states'],
    ['valid-for on a C visa', 'C 1 2026-03-01..2026-03-31 15 valid-for=BE', 'valid-for', 'only for LTV'],
    ['unknown state', 'LTV 1 2026-03-01..2026-03-31 15 valid-for=BE,XX', 'valid-for', 'unknown country code "XX"'],
    ['not a sticker at all', 'C MULT', 'visa', 'expected TYPE ENTRIES FROM..UNTIL DAYS'],
    ['bad date', 'C 1 2026-02-30..2026-03-31 15', 'FROM', 'no such day'],
  ])('%s is refused naming the field', (_name, text, field, message) => {
    const error = errorOf(() => parseVisaText(text, loc));
    expect(error.location).toEqual({ ...loc, field });
    expect(error.message).toContain(message);
  });
});

describe('parsePermitText', () => {
  it('reads FROM..UNTIL with an optional country', () => {
    expect(parsePermitText('2025-09-01..2026-08-31 BE', loc)).toEqual({ range: { first: dayFromCivil(2025, 9, 1), last: dayFromCivil(2026, 8, 31) }, country: 'BE' });
    expect(parsePermitText('01.09.25..31.08.26', loc)).toEqual({ range: { first: dayFromCivil(2025, 9, 1), last: dayFromCivil(2026, 8, 31) } });
  });
  it('refuses a reversed period and an unknown country', () => {
    expect(errorOf(() => parsePermitText('2026-09-01..2025-08-31', loc)).message).toContain('is before FROM');
    expect(errorOf(() => parsePermitText('2025-09-01..2026-08-31 ZZ', loc)).message).toContain('unknown country code "ZZ"');
  });
});

describe('stamp files and JSON carry stickers, permits and countries', () => {
  it('a stamp file with every line type', () => {
    const text = [
      'visa C MULT 2026-01-10..2027-01-09 90',
      'permit 2025-01-01..2025-06-30 BE',
      'entry 2026-02-01 HR Bregana',
      'exit 2026-02-10 SI',
    ].join('\n');
    const input = parseStampFile(text, 's.txt');
    expect(input.visas).toHaveLength(1);
    expect(input.visas[0]!.location).toEqual({ file: 's.txt', line: 1 });
    expect(input.permits).toHaveLength(1);
    expect(input.stays[0]).toMatchObject({ entryCountry: 'HR', entryPlace: 'Bregana', exitCountry: 'SI' });
  });

  it('an unknown country code on a stamp is an error', () => {
    const error = errorOf(() => parseStampFile('entry 2026-02-01 XK Pristina', 's.txt'));
    expect(error.location).toEqual({ file: 's.txt', line: 1, field: 'country' });
    expect(error.message).toContain('unknown country code "XK"');
  });

  it('JSON visas and permits go through the same checks, with the JSON path as field', () => {
    const ok = parseJsonFile(
      JSON.stringify({
        stays: [],
        visas: [{ type: 'LTV', entries: 1, validFrom: '2026-03-01', validUntil: '2026-03-31', durationDays: 15, validFor: ['BE'] }],
        permits: [{ from: '2025-01-01', until: '2025-06-30', country: 'NL' }],
      }),
      'h.json',
    );
    expect(ok.visas[0]!.visa).toMatchObject({ type: 'LTV', validFor: ['BE'] });
    expect(ok.permits[0]).toMatchObject({ country: 'NL' });
    const bad = errorOf(() =>
      parseJsonFile(JSON.stringify({ visas: [{ type: 'C', entries: 1, validFrom: '2026-03-01', validUntil: '2026-03-31', durationDays: 120 }] }), 'h.json'),
    );
    expect(bad.location).toEqual({ file: 'h.json', field: 'visas[0].DAYS' });
  });
});
