import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STACK_TRACE } from './run-cli.js';
import { runInProcess } from '../support/cli-in-process.js';

/** Issue 23, the clerk's desk: its repro cases on the command line, each a test that failed before. */
const work = mkdtempSync(join(tmpdir(), 'schengen-clerk-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The repro: a visa valid 01.10–10.11.2026, arrival 20.11.2026.
const REFUSED = ['annex3', '--arrival', '2026-11-20', '--visa', 'C 1 2026-10-01..2026-11-10 30', '--on', '2026-11-20'];

describe('a refused entry: exit 5 whatever the flags, and no form', () => {
  it('--html --name --lang nl: the refusal notice with the expired visa’s dates, no signature line', async () => {
    const result = await runInProcess([...REFUSED, '--html', '--name', 'DOE John', '--lang', 'nl']);
    expect(result.exitCode).toBe(5);
    const page = result.stdout.replace(/<style>[\s\S]*?<\/style>/, '');
    expect(page).toContain('<h1>Geen aankomstverklaring afgeven</h1>');
    expect(page).toContain('do 01/10/2026 – di 10/11/2026');
    expect(page).toContain('verlopen op di 10/11/2026');
    expect(page).toContain('Grensinspectie van de Dienst Vreemdelingenzaken');
    expect(page).not.toMatch(/a3-signatures|Handtekening/);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it.each([['--json'], ['--print'], ['--worksheet'], ['the table']])('%s: exit 5', async (flag) => {
    const result = await runInProcess([...REFUSED, ...(flag.startsWith('--') ? [flag] : [])]);
    expect(result.exitCode).toBe(5);
  });
});

describe('the declaration from the command line, with the settings file', () => {
  it('municipality and numbering from the settings file, a family numbered on', async () => {
    const config = join(work, 'config.json');
    writeFileSync(config, '{ "lang": "fr", "municipality": "Bruxelles", "numbering": "B3/{year}/{n}" }');
    const result = await runInProcess(
      ['annex3', '--arrival', '2026-12-24', '--entry', '2026-12-20', '--visa', 'C 1 2026-12-01..2027-01-31 30', '--on', '2026-12-28', '--html', '--name', 'DOE John', '--name', 'DOE Jane', '--reference', '0041', '--config', config],
    );
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('<html lang="fr">');
    expect(result.stdout).toContain('<strong>Bruxelles</strong>');
    expect(result.stdout).toContain('B3/2026/0041');
    expect(result.stdout).toContain('B3/2026/0042');
    // entry 20.12.2026 + 30 − 1 = 18.01.2027
    expect(result.stdout).toContain('jusqu’au <strong>18/01/2027</strong> inclus');
    expect(result.stdout).toContain('Délivrée à Bruxelles, le 28/12/2026.');
  });
});

describe('stamp words in the clerk’s language', () => {
  it('printf "binnenkomst 2026-06-01 FR" | LANG=nl_BE.UTF-8 schengen status -', async () => {
    const result = await runInProcess(['status', '-', '--on', '2026-06-10'], { stdin: 'binnenkomst 2026-06-01 FR\n', env: { LANG: 'nl_BE.UTF-8' } });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).not.toContain('onbekend regeltype');
    // 01.06–10.06.2026: 10 days
    expect(result.stdout).toContain('10 van 90');
  });

  it('log writes back in the file’s own words', async () => {
    const file = join(work, 'stamps.txt');
    writeFileSync(file, 'Entrée 2026-06-01 FR\n');
    const result = await runInProcess(['log', 'exit', '2026-06-05', 'FR', '--on', '2026-06-10'], { env: { SCHENGEN_FILE: file } });
    expect(result.exitCode).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('Entrée 2026-06-01 FR\nSortie 2026-06-05 FR\n');
  });
});

describe('annex3 --help in Dutch', () => {
  it('placeholders in Dutch, no trip annex 3 does not have', async () => {
    const help = (await runInProcess(['annex3', '--help', '--lang', 'nl'])).stdout;
    for (const term of ['--name <naam>', '--stay <VAN..TOT>', '--visa <VISUM>', '--birth-date <tekst>', '--municipality <naam>']) expect(help).toContain(term);
    expect(help).not.toMatch(/geplande reis|<name>|<text>|FROM|STICKER/);
  });
});
