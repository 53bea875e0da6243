import { describe, expect, it } from 'vitest';
import { fixture, tableRows } from './run-cli.js';
import { runInProcess } from '../support/cli-in-process.js';

describe('every command speaks the clerk’s language', () => {
  it.each([
    ['nl', ['Gebruikte dagen', '99 van 90'], ['Boven de 90/180-limiet in deze periode', '9 dagen'], ['Uiterste datum van vertrek', 'geen: niet toegestaan sinds zo 01/06/2014 (de 90/180-dagenregel); onmiddellijk vertrekken']],
    ['fr', ['Jours utilisés', '99 sur 90'], ['Au-delà de 90/180 sur cette période', '9 jours'], ['Date de sortie au plus tard', 'aucune\u00a0: séjour non autorisé depuis le dim. 01/06/2014 (la règle des 90/180 jours)\u202f; quitter immédiatement']],
    ['de', ['Genutzte Tage', '99 von 90'], ['Über 90/180 in diesem Zeitraum', '9 Tage'], ['Späteste Ausreise', 'keine: seit So. 01.06.2014 nicht erlaubt (die 90/180-Tage-Regel); sofort ausreisen']],
  ])('status in %s', async (lang, used, overstay, latestExit) => {
    const result = await runInProcess(['status', fixture('sem-example-5.txt'), '--on', '2014-06-09', '--lang', lang]);
    expect(result.exitCode).toBe(0);
    const rows = tableRows(result.stdout);
    expect(rows).toContainEqual(used);
    expect(rows).toContainEqual(overstay);
    expect(rows).toContainEqual(latestExit);
  });

  it.each([
    ['nl', ['Binnenkomst niet toegestaan', 'op de dag van binnenkomst is geen enkel visum geldig']],
    ['fr', ['Entrée non autorisée', 'aucun visa n’est valable le jour de l’entrée']],
    ['de', ['Einreise nicht erlaubt', 'am Tag der Einreise ist kein Visum gültig']],
  ])('plan refusals in %s', async (lang, row) => {
    const result = await runInProcess(['plan', '--visa', 'C 1 2026-03-01..2026-04-15 30', '--enter', '2026-04-20', '--on', '2026-03-25', '--lang', lang]);
    expect(tableRows(result.stdout)).toContainEqual(row);
  });

  it.each([
    ['nl', 'Vroegste binnenkomst', 'do 11/12/2014'],
    ['fr', 'Entrée au plus tôt', 'jeu. 11/12/2014'],
    ['de', 'Früheste Einreise', 'Do. 11.12.2014'],
  ])('next in %s', async (lang, label, value) => {
    const args = ['next', '--stay', '2014-04-19..2014-04-21', '--stay', '2014-06-18..2014-09-11', '--days', '90', '--from', '2014-09-12', '--on', '2014-09-11', '--lang', lang];
    expect(tableRows((await runInProcess(args)).stdout)).toContainEqual([label, value]);
  });

  it.each([
    ['nl', 'schengen: stamps.txt:3: veld "trefwoord": uitreis zonder binnenkomst; verwacht: een "binnenkomst"-regel vóór deze uitreis\n'],
    ['fr', 'schengen: stamps.txt:3\u00a0: champ «\u00a0mot-clé\u00a0»\u00a0: sortie sans entrée\u202f; attendu\u00a0: une ligne «\u00a0entrée\u00a0» avant cette sortie\n'],
    ['de', 'schengen: stamps.txt:3: Feld „Schlüsselwort“: Ausreise ohne Einreise; erwartet: eine „Einreise“-Zeile vor dieser Ausreise\n'],
  ])('input errors in %s', async (lang, message) => {
    const result = await runInProcess(['status', '-', '--on', '2026-03-01', '--lang', lang], { stdin: 'entry 2026-01-10\nexit 2026-01-20\nexit 2026-01-25\n' });
    expect(result.exitCode).toBe(3);
    expect(result.stderr.replace('(stdin)', 'stamps.txt')).toBe(message);
  });

  it('JSON stays language-neutral whatever the language', async () => {
    const english = await runInProcess(['status', fixture('sem-example-5.txt'), '--on', '2014-06-09', '--json']);
    const dutch = await runInProcess(['status', fixture('sem-example-5.txt'), '--on', '2014-06-09', '--json', '--lang', 'nl']);
    expect(dutch.stdout).toBe(english.stdout);
  });

  it('an unknown --lang is a usage error', async () => {
    const result = await runInProcess(['status', '--stay', '2026-01-01..2026-01-02', '--lang', 'es']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--lang "es" is not a language of this tool; expected nl, fr, de or en');
  });
});
