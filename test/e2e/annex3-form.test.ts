import { Ajv2020 } from 'ajv/dist/2020.js';
import { strictSchema } from '../support/strict-schema.js';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/messages/catalogue.js';
import { STACK_TRACE, tableRows } from './run-cli.js';
import { runInProcess } from '../support/cli-in-process.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const check = ajv.compile(strictSchema('annex3') as object);
// Arrival Mon 02.11.2026: deadline Thu 05.11; on Mon 23.11, 11 working days late (11 November skipped).
const LATE = ['annex3', '--arrival', '2026-11-02', '--on', '2026-11-23'];

describe('annex3: a declaration already late on the reference day', () => {
  it('JSON: declaration.late and workingDaysLate, valid against the schema', async () => {
    const result = await runInProcess([...LATE, '--json']);
    const value = JSON.parse(result.stdout) as { declaration: Record<string, unknown> };
    expect(check(value), JSON.stringify(check.errors)).toBe(true);
    expect(value.declaration).toMatchObject({ deadline: '2026-11-05', late: true, workingDaysLate: 11 });
  });

  it('JSON: on the deadline day it is not late', async () => {
    const result = await runInProcess(['annex3', '--arrival', '2026-11-02', '--on', '2026-11-05', '--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ declaration: { late: false, workingDaysLate: 0 } });
  });

  it('holidays after the arrival year are known: arrival 20.12.2026, on 05.01.2027 (1 January skipped)', async () => {
    // deadline Wed 23.12.2026; 24, 28, 29, 30, 31 Dec, 4, 5 Jan = 7 (25 Dec and 1 Jan are holidays)
    const result = await runInProcess(['annex3', '--arrival', '2026-12-20', '--on', '2027-01-05', '--json']);
    expect(JSON.parse(result.stdout)).toMatchObject({ declaration: { deadline: '2026-12-23', workingDaysLate: 7 } });
  });

  it.each([
    ['en', 'Declaration late', 'yes: 11 working days'],
    ['nl', 'Aangifte te laat', 'ja: 11 werkdagen'],
    ['fr', 'Déclaration en retard', 'oui\u00a0: 11 jours ouvrables'],
    ['de', 'Erklärung verspätet', 'ja: 11 Arbeitstage'],
  ])('table in %s says it is late and by how much', async (lang, label, value) => {
    const result = await runInProcess([...LATE, '--lang', lang]);
    expect(result.exitCode).toBe(0);
    const row = tableRows(result.stdout).find(([l]) => l === label);
    expect(row?.[1]).toContain(value);
  });

  it('no "late" row when the deadline is still ahead', async () => {
    const result = await runInProcess(['annex3', '--arrival', '2026-11-02', '--on', '2026-11-03']);
    expect(result.stdout).not.toContain('Declaration late');
  });
});

describe('annex3 --print with the identity fields', () => {
  it('identity first, as on the form, then the computed dates; one block per person', async () => {
    const result = await runInProcess([...LATE, '--print', '--name', 'DOE John', '--name', 'DOE Jane', '--nationality', 'American', '--document', 'passport 123', '--document', 'passport 456', '--address', 'Rue Haute 1, 1000 Brussels']);
    expect(result.exitCode).toBe(0);
    const blocks = result.stdout.split('\n\n');
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatch(/^ARRIVAL DECLARATION \(ANNEX 3\)/);
    const lines = blocks[1]!.split('\n');
    expect(lines.slice(2, 7)).toEqual([
      expect.stringMatching(/^Surname and first names \.+ DOE Jane$/),
      // not given: a line to fill in by hand
      expect.stringMatching(/^Date and place of birth \.+$/),
      expect.stringMatching(/^Nationality \.+ American$/),
      expect.stringMatching(/^Travel document \(kind and number\) \.+ passport 456$/),
      expect.stringMatching(/^Address in the municipality \.+ Rue Haute 1, 1000 Brussels$/),
    ]);
    expect(lines[7]).toMatch(/^Arrival in Belgium \.+ Mon 2 Nov 2026$/);
    expect(blocks[0]).toMatch(/Declaration late \.+ yes: 11 working days/);
  });

  it('a field given neither once nor once per person is refused (exit 2)', async () => {
    const result = await runInProcess([...LATE, '--print', '--name', 'A', '--name', 'B', '--document', 'x', '--document', 'y', '--document', 'z']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--document is given 3 times for 2 persons');
  });
});

describe('annex3 --html', () => {
  it('one A4 sheet per person, in the clerk language, every value escaped', async () => {
    const evil = `<script>alert("x")</script>`;
    const result = await runInProcess([...LATE, '--html', '--lang', 'nl', '--name', evil, '--name', 'DOE Jane', '--address', `" onmouseover="x`]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    const html = result.stdout;
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(html).toContain('@page { size: A4;');
    expect(html.match(/<section class="a3-sheet a3-declaration">/g)).toHaveLength(2);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).not.toContain('" onmouseover');
    expect(html).toContain('<title>Aankomstverklaring</title>');
    expect(html).toContain('Bijlage 3 bij het koninklijk besluit van 8 oktober 1981');
    expect(html).toContain('Persoon 2 van 2');
    // the declaration is not the worksheet: no deadline, no lateness, no days not counted
    expect(html).not.toMatch(/Aangifte te laat|Niet meegetelde dagen|limiet|berekend door schengen/i);
    expect(html).not.toMatch(/Arrival|Declaration|Signature/);
  });

  it.each(LANGUAGES)('speaks %s', async (lang) => {
    const result = await runInProcess([...LATE, '--html', '--lang', lang]);
    expect(result.stdout).toContain(`<html lang="${lang}">`);
  });

  it.each(LANGUAGES.filter((lang) => lang !== 'en'))('speaks %s only: no English words of the form', async (lang) => {
    const result = await runInProcess([...LATE, '--html', '--lang', lang]);
    expect(result.stdout).not.toMatch(/Arrival in Belgium|Signature of|Surname/);
  });

  it('--html with --json is a usage error, without a stack trace', async () => {
    const result = await runInProcess([...LATE, '--html', '--json']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});
