import { describe, expect, it } from 'vitest';
import { fr } from '../../src/messages/fr/index.js';
import { helpFr } from '../../src/messages/fr/help.js';
import { catalogueTexts } from '../support/catalogue-texts.js';

/**
 * French typography in every French file (src/messages/fr/: table with its apply, legal and
 * declaration parts, errors and their frame, verdicts, page, help): a non-breaking space (U+00A0)
 * before a colon, a narrow one (U+202F) before ; ! ?, non-breaking spaces inside « », the curly
 * apostrophe, and the singular for 0 and 1 ("0 jour", never "jour(s)").
 */
const FILES: readonly [string, unknown][] = [
  ['table', fr.table],
  ['errors', fr.errors],
  ['frame', fr.frame],
  ['verdicts', fr.verdicts],
  ['page', fr.page],
  ['help', helpFr],
];

/** `door`: the errors as the command line words them, or as a record, the API and the page do. */
function all(numbers: number | null = null, door?: 'record'): [string, string][] {
  return FILES.flatMap(([name, value]) => catalogueTexts(value, name, numbers, name === 'errors' ? door : undefined));
}

/** Code, not prose, inside a message: JSON examples, flags and their values, paths, times. */
function prose(text: string): string {
  return text
    .replace(/"[^"]*"/g, ' ')
    .replace(/«\u00a0[^»]*\u00a0»/g, ' ')
    .replace(/\?\w+=\S*/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/\{[^}]*$/, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\$\w+/g, ' ')
    .replace(/\b\d{1,2}:\d{2}\b/g, ' ');
}

describe('French typography: every French file', () => {
  const texts = [...all(), ...catalogueTexts(fr.errors, 'errors(record)', null, 'record')];

  it('finds the texts of every file', () => {
    for (const [name] of FILES) expect(texts.some(([path]) => path.startsWith(`${name}.`) || path.startsWith(`${name}`)), name).toBe(true);
    expect(texts.length).toBeGreaterThan(600);
  });

  it.each(texts)('%s', (_path, text) => {
    const words = prose(text);
    // no ordinary space before : ; ! ? and none missing
    expect(words).not.toMatch(/ [;:!?]/);
    expect(words).not.toMatch(/[\p{L}\d)»][;!?](\s|$)/u);
    expect(words).not.toMatch(/[\p{L}\d»][:](\s|$)/u);
    // the right space before each sign
    expect(words).not.toMatch(/\u00a0[;!?]/);
    expect(words).not.toMatch(/\u202f:/);
    // « with non-breaking spaces inside
    expect(text).not.toMatch(/«(?!\u00a0)|(?<!\u00a0)»/);
    // the French apostrophe
    expect(words).not.toMatch(/\p{L}'\p{L}/u);
    // no "(s)" for a plural
    expect(text).not.toMatch(/\p{L}\((s|e|es|x)\)/u);
    expect(text).not.toMatch(/\bLTV\b(?! \(VTL)(?!\))(?!")/);
  });

  it('0 and 1 take the singular, 2 the plural (issue 23: "0 entrée(s), 0 jours")', () => {
    const t = fr.table;
    expect([t.days(0), t.days(1), t.days(2)]).toEqual(['0 jour', '1 jour', '2 jours']);
    expect(t.visaUse(0, 0)).toBe('utilisé avant ce séjour\u00a0: 0\u00a0entrée, 0 jour');
    expect(t.visaUse(2, 10)).toBe('utilisé avant ce séjour\u00a0: 2\u00a0entrées, 10 jours');
    expect(t.annex3Form.lateValue(1, 'D', false)).toMatch(/^oui\u00a0: 1 jour ouvrable \(/);
    expect(fr.verdicts.sentences.annex3Late({ deadline: '2026-01-02', end: '2026-02-01', workingDaysLate: 1 }, { date: (iso) => iso, limit: (l) => l, zone: (z) => z })).toContain('1\u00a0jour ouvrable');
  });
});
