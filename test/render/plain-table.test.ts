import Table from 'cli-table3';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { PLAIN_TEXT, plainTable, type Row } from '../../src/render/table.js';

/** What renderRows drew before issue 21's plain path: cli-table3 itself (colour level 0 leaves the text as it is). */
function cliTable3(widths: [number, number], rows: readonly Row[]): string {
  const table = new Table({ style: { head: [], border: [] }, wordWrap: true, colWidths: widths });
  for (const row of rows) table.push([row.label, row.value]);
  return table.toString();
}

describe('the plain table is the table cli-table3 draws', () => {
  it('counts every character of its class one column, as string-width does', () => {
    const codes: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (PLAIN_TEXT.test(String.fromCharCode(code))) codes.push(code);
    // 0x20-0x7e (95) + 0xa0-0xff (96) + 0x2010-0x2027 (24) + 0x202f (1) = 216
    expect(codes.length).toBe(216);
    expect(codes.filter((code) => stringWidth(String.fromCharCode(code)) !== 1)).toEqual([]);
  });

  it('draws a small table as worked out by hand', () => {
    // widths 10 and 8: text room 8 and 6. "Days used" (9) does not fit 8: "Days" / "used";
    // "remaining!" (10) is one word over 6: cut to 5 characters and "…".
    const rows = [
      { label: 'Days used', value: '71' },
      { label: '', value: 'remaining!' },
    ];
    const expected = [
      '┌──────────┬────────┐',
      '│ Days     │ 71     │',
      '│ used     │        │',
      '├──────────┼────────┤',
      '│          │ remai… │',
      '└──────────┴────────┘',
    ].join('\n');
    expect(plainTable([10, 8], rows)).toBe(expected);
    expect(cliTable3([10, 8], rows)).toBe(expected);
  });

  it('leaves other text (colour codes, line breaks, wide characters) and narrow columns to cli-table3', () => {
    expect(plainTable([36, 41], [{ label: 'a', value: '\u001b[32mok\u001b[39m' }])).toBeNull();
    expect(plainTable([36, 41], [{ label: 'a\nb', value: 'ok' }])).toBeNull();
    expect(plainTable([36, 41], [{ label: '日本', value: 'ok' }])).toBeNull();
    expect(plainTable([3, 41], [{ label: 'a', value: 'ok' }])).toBeNull();
  });

  it('is the same on many tables: words, runs of spaces, no-break spaces, long words, empty cells, any width', () => {
    const pieces = ['a', 'Days', 'used', '90/180', 'Schengen', 'jours\u00a0:', 'n\u2019est', '\u00ab\u202fok\u202f\u00bb', '27 May 2026 \u2013 22 Nov 2026', 'overstayed-and-unauthorised-for-long', ' ', '  ', '\u00a0', '\u202f', '\u2026', '\u00e9t\u00e9'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((parts) => parts.join(''));
    const row = fc.record({ label: text, value: text });
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 60 }), fc.integer({ min: 4, max: 60 }), fc.array(row, { maxLength: 6 }), (label, value, rows) => {
        const plain = plainTable([label, value], rows);
        expect(plain).not.toBeNull();
        expect(plain).toBe(cliTable3([label, value], rows));
      }),
      { numRuns: 2000, seed: 21 },
    );
  });
});
