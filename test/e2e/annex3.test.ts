import { Ajv2020 } from 'ajv/dist/2020.js';
import { strictSchema } from '../support/strict-schema.js';
import { describe, expect, it } from 'vitest';
import { STACK_TRACE, tableRows } from './run-cli.js';
import { runInProcess } from '../support/cli-in-process.js';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const check = ajv.compile(strictSchema('annex3') as object);
function validate(stdout: string): Record<string, unknown> {
  const value = JSON.parse(stdout) as Record<string, unknown>;
  expect(check(value), JSON.stringify(check.errors)).toBe(true);
  return value;
}

describe('schengen annex3', () => {
  it('Christmas Eve arrival: deadline Wed 30.12.2026, holidays listed; visa duration binds (20.12 + 29 = 18.01.2027)', async () => {
    const result = await runInProcess(['annex3', '--arrival', '2026-12-24', '--entry', '2026-12-20', '--visa', 'C 1 2026-12-01..2027-01-31 30', '--on', '2026-12-24', '--json']);
    expect(result.exitCode).toBe(0);
    expect(validate(result.stdout)).toMatchObject({
      arrival: '2026-12-24',
      schengenEntry: '2026-12-20',
      declaration: {
        deadline: '2026-12-30',
        skippedDays: [
          { date: '2026-12-25', reason: 'holiday', name: 'christmas' },
          { date: '2026-12-26', reason: 'saturday', name: null },
          { date: '2026-12-27', reason: 'sunday', name: null },
        ],
      },
      entryAllowed: true,
      authorisedStayEnd: '2027-01-18',
      authorisation: { bindingLimit: 'visaDuration' },
    });
  });

  it('exit and re-entry on the entry day: the stay that begins with the entry decides (31.03, not 10.03)', async () => {
    // 01.01–10.03.2026 = 31 + 28 + 10 = 69 days; re-entry 10.03 (counted once): day 90 is 10.03 + 21 = 31.03.
    const stamps = 'entry 2026-01-01 FR\nexit 2026-03-10 FR\nentry 2026-03-10 BE\n';
    const result = await runInProcess(['annex3', '-', '--arrival', '2026-03-10', '--entry', '2026-03-10', '--on', '2026-03-11', '--json'], { stdin: stamps });
    expect(validate(result.stdout)).toMatchObject({ authorisedStayEnd: '2026-03-31', authorisation: { bindingLimit: 'rule90180' } });
  });

  it('visa UNTIL binds: entry 01.04, UNTIL 15.04 before 01.04 + 29', async () => {
    const result = await runInProcess(['annex3', '--arrival', '2026-04-01', '--visa', 'C 1 2026-03-01..2026-04-15 30', '--on', '2026-04-01', '--json']);
    expect(validate(result.stdout)).toMatchObject({ authorisedStayEnd: '2026-04-15', authorisation: { bindingLimit: 'visaUntil' } });
  });

  it('visa-exempt with prior stays: the 90/180 latest exit', async () => {
    // 60 days used (01.01–01.03.2026, 31 + 28 + 1); entry 01.04: 30 more days reach 30.04 while all 60 stay in the window.
    const result = await runInProcess(['annex3', '--stay', '2026-01-01..2026-03-01', '--arrival', '2026-04-01', '--on', '2026-04-01', '--json']);
    expect(validate(result.stdout)).toMatchObject({ authorisedStayEnd: '2026-04-30', authorisation: { bindingLimit: 'rule90180', visa: null } });
  });

  it('entry not allowed: the sticker has expired; --fail-on-overstay exits 5', async () => {
    const result = await runInProcess(['annex3', '--arrival', '2026-05-01', '--visa', 'C 1 2026-03-01..2026-04-15 30', '--on', '2026-05-01', '--json', '--fail-on-overstay']);
    expect(result.exitCode).toBe(5);
    expect(validate(result.stdout)).toMatchObject({ entryAllowed: false, authorisedStayEnd: null, authorisation: { refusal: 'noVisa' } });
  });

  it('an LTV visa not valid for Belgium allows no stay there', async () => {
    const result = await runInProcess(['annex3', '--arrival', '2026-03-10', '--visa', 'LTV 1 2026-03-01..2026-03-31 15 valid-for=FR', '--on', '2026-03-10', '--json']);
    expect(validate(result.stdout)).toMatchObject({ entryAllowed: false, authorisation: { refusal: 'visaTerritory' } });
  });

  it('--community vlg skips 11 July (rules.md §5.7: 08.07.2025 → 14.07.2025)', async () => {
    const plain = await runInProcess(['annex3', '--arrival', '2025-07-08', '--on', '2025-07-08', '--json']);
    expect(JSON.parse(plain.stdout)['declaration']['deadline']).toBe('2025-07-11');
    const flemish = await runInProcess(['annex3', '--arrival', '2025-07-08', '--community', 'vlg', '--on', '2025-07-08', '--json']);
    expect(JSON.parse(flemish.stdout)['declaration']).toMatchObject({ deadline: '2025-07-14', community: 'vlg' });
  });

  it('--closed adds municipal closing days', async () => {
    // Arrival Mon 16.03.2026; closed Tue 17 and Wed 18 → Thu 19, Fri 20, Mon 23
    const result = await runInProcess(['annex3', '--arrival', '2026-03-16', '--closed', '2026-03-17,2026-03-18', '--on', '2026-03-16', '--json']);
    expect(JSON.parse(result.stdout)['declaration']).toMatchObject({ deadline: '2026-03-23', closedDays: ['2026-03-17', '2026-03-18'] });
  });

  it('before 2023 Saturday is a working day only with --saturday-working, and a warning says so', async () => {
    const monFri = await runInProcess(['annex3', '--arrival', '2022-06-02', '--on', '2022-06-02', '--json']);
    expect(JSON.parse(monFri.stdout)['declaration']['deadline']).toBe('2022-06-08');
    expect(monFri.stderr).toContain('before 1 January 2023 the courts counted Saturday as a working day');
    const saturday = await runInProcess(['annex3', '--arrival', '2022-06-02', '--saturday-working', '--on', '2022-06-02', '--json']);
    expect(JSON.parse(saturday.stdout)['declaration']).toMatchObject({ deadline: '2022-06-07', saturdayIsWorkingDay: true });
    expect(saturday.stderr).toBe('');
  });

  it.each([
    [
      'nl',
      ['Aanmelden bij de gemeente uiterlijk op', 'wo 08/04/2026 (3 werkdagen na aankomst)'],
      ['Niet meegetelde dagen', 'za 04/04/2026 (zaterdag) zo 05/04/2026 (zondag) ma 06/04/2026 (Paasmaandag)'],
      ['Einde van het toegestane verblijf (bijlage 3)', 'di 30/06/2026'],
    ],
    [
      'fr',
      ['Se présenter à la commune au plus tard le', 'mer. 08/04/2026 (3 jours ouvrables après l’arrivée)'],
      ['Jours non comptés', 'sam. 04/04/2026 (samedi) dim. 05/04/2026 (dimanche) lun. 06/04/2026 (Lundi de Pâques)'],
      ['Fin du séjour autorisé (annexe 3)', 'mar. 30/06/2026'],
    ],
    [
      'de',
      ['Meldung bei der Gemeinde spätestens am', 'Mi. 08.04.2026 (3 Arbeitstage Mo–Fr nach der Ankunft)'],
      ['Nicht gezählte Tage', 'Sa. 04.04.2026 (Samstag) So. 05.04.2026 (Sonntag) Mo. 06.04.2026 (Ostermontag)'],
      ['Ende des erlaubten Aufenthalts (Anlage 3)', 'Di. 30.06.2026'],
    ],
    [
      'en',
      ['Report to the municipality by', 'Wed 8 Apr 2026 (3 working days after arrival)'],
      ['Days not counted', 'Sat 4 Apr 2026 (Saturday) Sun 5 Apr 2026 (Sunday) Mon 6 Apr 2026 (Easter Monday)'],
      ['End of the authorised stay (annex 3)', 'Tue 30 Jun 2026'],
    ],
  ])('the table in %s', async (lang, deadline, skipped, end) => {
    const result = await runInProcess(['annex3', '--arrival', '2026-04-02', '--on', '2026-04-02', '--lang', lang]);
    expect(result.exitCode).toBe(0);
    const rows = tableRows(result.stdout);
    expect(rows).toContainEqual(deadline);
    expect(rows).toContainEqual(skipped);
    expect(rows).toContainEqual(end);
  });

  it('LANG picks the language when --lang is absent', async () => {
    const result = await runInProcess(['annex3', '--arrival', '2026-04-02', '--on', '2026-04-02'], { env: { LANG: 'fr_BE.UTF-8' } });
    expect(result.stdout).toContain('Déclaration d’arrivée (annexe 3)');
  });

  it('--print lays out the form fields as plain text', async () => {
    const result = await runInProcess(['annex3', '--arrival', '2026-04-02', '--on', '2026-04-02', '--print', '--lang', 'nl'], { env: { FORCE_COLOR: '1' } });
    expect(result.exitCode).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('AANKOMSTVERKLARING (BIJLAGE 3): BEREKENDE DATA');
    expect(result.stdout).toMatch(/^Aanmelden bij de gemeente uiterlijk op \.+ wo 08\/04\/2026 \(3 werkdagen na aankomst\)$/m);
    expect(result.stdout).toMatch(/^Einde van het toegestane verblijf \(bijlage 3\) \.+ di 30\/06\/2026$/m);
    expect(result.stdout).toContain('Wet van 15 december 1980, art. 5; koninklijk besluit van 8 oktober 1981, art. 18 en 20');
    expect(result.stdout).not.toContain('\u001b[');
    expect(result.stdout).not.toContain('│');
  });

  it.each([
    ['nl', 'schengen: veld "--entry": --entry 2026-04-05 ligt na --arrival 2026-04-02'],
    ['fr', 'schengen: champ «\u00a0--entry\u00a0»\u00a0: --entry 2026-04-05 suit --arrival 2026-04-02'],
    ['de', 'schengen: Feld „--entry“: --entry 2026-04-05 liegt nach --arrival 2026-04-02'],
  ])('errors in %s', async (lang, message) => {
    const result = await runInProcess(['annex3', '--arrival', '2026-04-02', '--entry', '2026-04-05', '--lang', lang]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it('an unknown community is a usage error', async () => {
    const result = await runInProcess(['annex3', '--arrival', '2026-04-02', '--community', 'bxl']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--community "bxl" is not a community; expected vlg, fr or de');
  });
});

describe('schengen annex3 at the end of the accepted years (issue 12)', () => {
  it.each([
    // Sat 01.01.2101 is New Year's Day: with Saturdays counted it is still passed over.
    ['2100-12-29', '2101-01-03'],
    ['2100-12-30', '2101-01-04'],
    ['2100-12-31', '2101-01-05'],
  ])('--saturday-working, arrival %s: deadline %s, New Year 2101 passed over', async (arrival, deadline) => {
    const result = await runInProcess(['annex3', '--arrival', arrival, '--on', arrival, '--saturday-working', '--json']);
    expect(result.exitCode).toBe(0);
    expect(validate(result.stdout)).toMatchObject({
      declaration: { deadline, skippedDays: [{ date: '2101-01-01', reason: 'holiday', name: 'newYear' }, { date: '2101-01-02', reason: 'sunday', name: null }] },
    });
  });
});
