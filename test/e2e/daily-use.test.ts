import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELP_KEYS } from '../../src/messages/en/help.js';
import { binPath, projectRoot, runCli, STACK_TRACE, tableRows, type CliResult } from './run-cli.js';
import { runInProcess } from '../support/cli-in-process.js';
import { strictSchema } from '../support/strict-schema.js';

/** Issue 13: the clerk's and the traveller's daily use: their language, their dates, their terminal. */

const COMMANDS = ['', 'status', 'plan', 'next', 'annex3', 'calendar', 'ics', 'log', 'log entry', 'log exit', 'log visa', 'log list', 'log remove', 'log trip', 'log edit', 'batch', 'serve', 'mcp', 'visa', 'rules', 'apply', 'check', 'statement', 'completion'];
/** Words that may stay as they are in every language: names, codes, placeholders of the syntax. */
const SAME_IN_EVERY_LANGUAGE = new Set(['Arguments:', 'Options:', 'Options :', 'code', 'zone', 'options', 'date', 'dates', 'Format']);

/**
 * Each command's help, asked once per language of the command line in this process (issue 24: 96
 * runs of the binary before; the binary's help is compared with it below and in e2e/smoke.test.ts).
 */
const helps = new Map<string, Promise<CliResult>>();
function helpOf(command: string, lang?: string): Promise<CliResult> {
  const args = [...(command === '' ? [] : command.split(' ')), '--help', ...(lang === undefined ? [] : ['--lang', lang])];
  const key = args.join(' ');
  if (!helps.has(key)) helps.set(key, runInProcess(args));
  return helps.get(key)!;
}

describe('help in the reader’s language', () => {
  it.each(['nl', 'fr', 'de'])('every help in %s shows no English description', async (lang) => {
    const shown = await Promise.all(COMMANDS.map((command) => Promise.all([helpOf(command), helpOf(command, lang)])));
    COMMANDS.forEach((command, index) => {
      const [english, translated] = shown[index]!;
      expect(translated.exitCode).toBe(0);
      const shownInEnglish = HELP_KEYS.filter((key) => key.length > 12 && english.stdout.replace(/\s+/g, ' ').includes(key));
      const leftInEnglish = shownInEnglish.filter((key) => translated.stdout.replace(/\s+/g, ' ').includes(key) && !SAME_IN_EVERY_LANGUAGE.has(key));
      expect(leftInEnglish, `schengen ${command} --help --lang ${lang}`).toEqual([]);
      expect(translated.stdout).not.toMatch(/^(Usage|Options|Commands|Examples):/m);
      expect(translated.stdout).not.toContain('display help for command');
    });
  });

  it('every English description shown by --help has a translation key (nothing new left untranslated)', async () => {
    const keys = new Set<string>(HELP_KEYS);
    const shown = await Promise.all(COMMANDS.map((command) => helpOf(command)));
    COMMANDS.forEach((command, index) => {
      const help = shown[index]!.stdout;
      const descriptions = help
        .split(/\n(?=\S|  \S)/)
        .map((item) => /^ {2}\S.*?\s{2,}([\s\S]+)$/.exec(item)?.[1])
        .filter((text): text is string => text !== undefined)
        .map((text) => text.replace(/\s+/g, ' ').replace(/ \((choices|default): ["\d].*\)$/, '').trim());
      for (const description of descriptions) expect(keys.has(description), `"${description}" in schengen ${command} --help`).toBe(true);
    });
  });

  it.each([
    ['annex3', 'fr'],
    ['log entry', 'nl'],
    ['', 'de'],
  ])('the binary prints the help the command line in this process shows: schengen %s --help --lang %s', async (command, lang) => {
    const result = await runCli([...(command === '' ? [] : command.split(' ')), '--help', '--lang', lang]);
    expect(result).toEqual(await helpOf(command, lang));
  });

  it('LANG=nl_BE.UTF-8 is enough, and --lang may come before the command', async () => {
    expect((await runCli(['status', '--help'], { env: { LANG: 'nl_BE.UTF-8' } })).stdout).toContain('Gebruik: schengen status [opties] [bestand]');
    expect((await runCli(['--lang', 'de', 'status', '--help'])).stdout).toContain('Aufruf: schengen status [Optionen] [Datei]');
  });
});

describe('--lang where and as people type it', () => {
  const args = ['status', '--stay', '2026-01-10..2026-02-20', '--on', '2026-03-01'];
  it.each([
    ['before the command', ['--lang', 'nl', ...args]],
    ['upper case', [...args, '--lang', 'NL']],
    ['with a region', [...args, '--lang', 'nl-BE']],
    ['as a locale', [...args, '--lang=nl_BE']],
  ])('%s', async (_name, argv) => {
    const result = await runInProcess(argv);
    expect(result.exitCode).toBe(0);
    expect(tableRows(result.stdout)).toContainEqual(['Gebruikte dagen', '42 van 90']);
  });
});

describe("commander's usage errors in the reader's language", () => {
  it.each([
    ['nl', 'schengen: de optie --arrival <date> is verplicht (schengen annex3 --help)\n'],
    ['fr', 'schengen: l’option --arrival <date> est obligatoire (schengen annex3 --help)\n'],
    ['de', 'schengen: die Option --arrival <date> ist erforderlich (schengen annex3 --help)\n'],
  ])('%s, pointing to the subcommand’s help', async (lang, message) => {
    const result = await runInProcess(['annex3', '--stay', '2026-01-10..2026-01-20', '--lang', lang]);
    expect(result).toMatchObject({ exitCode: 2, stdout: '', stderr: message });
  });

  it('LANG=nl_BE.UTF-8 words a log error in Dutch and points to "schengen log entry --help"', async () => {
    const result = await runInProcess(['log', 'entry'], { env: { LANG: 'nl_BE.UTF-8' } });
    expect(result).toMatchObject({ exitCode: 2, stderr: 'schengen: het argument DATE ontbreekt (schengen log entry --help)\n' });
  });
});

describe('help without a command', () => {
  it.each([[[]], [['log']], [['--lang', 'nl']]])('schengen %j prints its help on stdout and exits 0', async (args) => {
    const result = await runInProcess(args);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^(Usage|Gebruik): schengen/);
    expect(result.stdout).not.toContain('outputHelp');
  });
});

describe('wording read by a second pair of eyes', () => {
  it('German: "einer Reise von 30 Tagen", the limit is a Höchstdauer', async () => {
    const result = await runInProcess(['next', '--stay', '2026-01-10..2026-04-09', '--days', '30', '--on', '2026-04-09', '--lang', 'de']);
    expect(result.stdout).toContain('Frühester Beginn einer Reise von 30 Tagen');
    expect(result.stdout).not.toMatch(/Grenze|Werktag/);
  });

  it('German reminders: "In 7 Tagen"', async () => {
    const result = await runInProcess(['ics', '--stay', '2026-11-01..', '--on', '2026-11-22', '--lang', 'de']);
    expect(result.stdout).toMatch(/In 7 Tagen: /);
    expect(result.stdout).not.toMatch(/In \d+ Tage:/);
  });

  it('Dutch: the limit is a "maximum", not a "grens"', async () => {
    const result = await runInProcess(['status', '--stay', '2026-01-01..2026-04-30', '--on', '2026-04-30', '--lang', 'nl']);
    expect(result.stdout).toContain('Boven de 90/180-limiet');
    expect(result.stdout).not.toMatch(/\bgrens\b/);
  });

  it('French: "la plus tôt", non-breaking spaces before ; and :, "VTL"', async () => {
    const result = await runInProcess(['annex3', '--arrival', '2026-03-13', '--visa', 'C 1 2026-03-01..2026-04-15 30', '--lang', 'fr']);
    expect(result.stdout.replace(/[│\s]+/g, ' ')).toContain('la plus tôt des dates suivantes');
    expect(result.stdout).not.toMatch(/ [;:](?=\s)/);
    const refused = await runInProcess(['status', '--visa', 'LTV 1 2026-03-01..2026-03-31 15', '--stay', '2026-03-02..2026-03-03', '--on', '2026-03-05', '--lang', 'fr']);
    expect(refused.stderr).toContain('visa VTL');
  });

  it('the MRZ table shows the dates the reader’s way', async () => {
    const result = await runInProcess(['visa', '--mrz', 'VCFRASPECIMEN<<SPECIMEN<<<<<<<<<<<<<', 'F000000005UTO0311063M1401143<M300703', '--lang', 'nl']);
    const rows = tableRows(result.stdout);
    expect(rows).toContainEqual(['Geboortedatum', '06/11/03 (dag/maand/jaar; de MRZ vermeldt de eeuw niet)']);
    expect(rows).toContainEqual(['Geldig tot', 'di 14/01/2014']);
    expect(result.stdout).not.toContain('YYMMDD');
  });
});

describe('dates people type', () => {
  it.each([
    ['as the nl/fr tables print it', '17/07/2026'],
    ['dashed, as on stamps', '17-07-2026'],
    ['ISO with one-digit parts', '2026-7-17'],
    ['year first with slashes', '2026/07/17'],
    ['a German month, upper case', '17 JULI 2026'],
    ['a French month', '17 juillet 2026'],
    ['a German month with a dot', '17. Juli 2026'],
    ['a relative date', '+4d'],
  ])('--arrival %s', async (_name, text) => {
    const result = await runInProcess(['annex3', '--arrival', text, '--on', '2026-07-13', '--json']);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ arrival: '2026-07-17' });
  });

  it('the true reason when refusing', async () => {
    const result = await runInProcess(['annex3', '--arrival', '07/17/2026', '--on', '2026-07-13']);
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain('"07/17/2026" is not a date we accept: there is no month 17');
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it('relative dates count from --on; a stamp file may not hold one', async () => {
    const plan = await runInProcess(['plan', '--stay', 'yesterday..today', '--enter', 'tomorrow', '--days', '3', '--on', '2026-03-10', '--json']);
    expect(plan.exitCode).toBe(0);
    expect(JSON.parse(plan.stdout)).toMatchObject({ on: '2026-03-10', trip: { entry: '2026-03-11', exit: '2026-03-13' } });
    const file = await runInProcess(['status', '-', '--on', '2026-03-10'], { stdin: 'entry today\n' });
    expect(file.exitCode).toBe(3);
    expect(file.stderr).toContain('"today" depends on the day it is read');
  });
});

describe('log entry today', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'schengen-daily-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the reference day as an ISO date', async () => {
    const file = join(dir, 'stamps.txt');
    expect((await runInProcess(['log', 'entry', 'today', 'BE', '--on', '2026-11-23', '--file', file])).exitCode).toBe(0);
    expect((await runInProcess(['log', 'exit', '+3d', '--on', '2026-11-23', '--file', file])).exitCode).toBe(0);
    expect(await readFile(file, 'utf8')).toBe('entry 2026-11-23 BE\nexit 2026-11-26\n');
  });

  it('a config file sets the language, the Community and the closing days; flags win', async () => {
    const config = join(dir, 'schengen', 'config.json');
    await import('node:fs/promises').then((fs) => fs.mkdir(join(dir, 'schengen'), { recursive: true }));
    await writeFile(config, '{\n  // gemeente\n  "lang": "nl", "community": "vlg", "closed": ["2026-07-09"]\n}\n');
    const env = { XDG_CONFIG_HOME: dir };
    const fromConfig = await runInProcess(['annex3', '--arrival', '2026-07-08', '--json'], { env });
    expect(JSON.parse(fromConfig.stdout)).toMatchObject({ declaration: { community: 'vlg', closedDays: ['2026-07-09'], deadline: '2026-07-14' } });
    const table = await runInProcess(['annex3', '--arrival', '2026-07-08'], { env });
    expect(table.stdout).toContain('Aankomstverklaring');
    const flagsWin = await runInProcess(['annex3', '--arrival', '2026-07-08', '--closed', '2026-07-13', '--lang', 'fr', '--json'], { env });
    expect(JSON.parse(flagsWin.stdout)).toMatchObject({ declaration: { closedDays: ['2026-07-13'] } });
    const explicit = await runInProcess(['--config', config, 'annex3', '--arrival', '2026-07-08']);
    expect(explicit.stdout).toContain('Aankomstverklaring');
  });

  it('a bad config file is a usage error naming the file', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{"language": "nl"}');
    const result = await runInProcess(['--config', bad, 'status', '--stay', '2026-01-01..2026-01-02']);
    expect(result).toMatchObject({ exitCode: 2, stderr: `schengen: ${bad}: field "language": unknown setting "language"; expected one of lang, community, closed, tz, municipality, numbering\n` });
  });
});

describe('the terminal', () => {
  const status = ['status', '--stay', '2026-01-01..2026-01-05', '--on', '2026-03-01'];
  const ESC = '\u001b[';
  // The terminal's own behaviour (colour by NO_COLOR, TERM, FORCE_COLOR and the flags) stays end to end.
  it('no colour on a pipe, with NO_COLOR or TERM=dumb; --color and FORCE_COLOR force it; --no-color wins', async () => {
    expect((await runCli(status, { env: { NO_COLOR: '' } })).stdout).not.toContain(ESC);
    expect((await runCli(status, { env: { NO_COLOR: '', TERM: 'dumb' } })).stdout).not.toContain(ESC);
    expect((await runCli([...status, '--color'])).stdout).toContain(ESC);
    expect((await runCli(['--color', ...status])).stdout).toContain(ESC);
    expect((await runCli(status, { env: { NO_COLOR: '', FORCE_COLOR: '1' } })).stdout).toContain(ESC);
    expect((await runCli([...status, '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain(ESC);
  });

  it('calendar draws a long range whole, never cut', async () => {
    const result = await runInProcess(['calendar', '--stay', '2020-02-01..2020-03-01', '--on', '2026-11-23', '--from', '2020-01-01', '--to', '2026-12-31']);
    expect(result.exitCode).toBe(0);
    const months = result.stdout.split('\n').filter((line) => /^[A-Z][a-z]{2} \d{4}/.test(line));
    expect(months).toHaveLength(7 * 12);
    expect(months.at(-1)).toMatch(/^Dec 2026/);
  });

  it.each(['en', 'nl', 'fr', 'de'])('calendar in %s fits 80 columns, legend included', async (lang) => {
    const result = await runInProcess(['calendar', '--stay', '2026-01-10..2026-03-20', '--stay', '2026-05-01..', '--on', '2026-06-15', '--lang', lang]);
    for (const line of result.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
  });

  it('calendar --json is the day-by-day series, valid against its schema', async () => {
    const schema = strictSchema('calendar') as object;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const result = await runInProcess(['calendar', '--stay', '2026-03-05..2026-03-07', '--on', '2026-03-10', '--from', '2026-03-01', '--to', '2026-03-31', '--json']);
    expect(result.exitCode).toBe(0);
    const dto = JSON.parse(result.stdout) as { days: { date: string; present: boolean; daysUsed: number }[] };
    expect(validate(dto), JSON.stringify(validate.errors)).toBe(true);
    expect(dto.days).toHaveLength(31);
    expect(dto.days[5]).toEqual({ date: '2026-03-06', present: true, counted: true, daysUsed: 2, overstay: false });
  });

  it('ics has no --json', async () => {
    const result = await runInProcess(['ics', '--stay', '2026-01-01..2026-01-02', '--json']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('unknown option "--json"');
  });

  it.each([
    ['empty stdin', ['-'], '(stdin)'],
    ['an empty file', ['test/fixtures/empty.txt'], 'test/fixtures/empty.txt'],
  ])('%s warns', async (_name, args, name) => {
    const result = await runInProcess(['status', ...args, '--on', '2026-03-01', '--json'], { stdin: '' });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe(`schengen: warning: ${name} holds no stamp, visa or permit: the answer is for a traveller with no stays\n`);
    expect(JSON.parse(result.stdout)).toMatchObject({ warnings: [{ code: 'emptyInput' }] });
  });
});

/** Runs the binary on a pseudo-terminal of `columns` columns (util-linux `script`), as a user at a terminal would. */
function runOnTerminal(args: readonly string[], env: Record<string, string>, columns: number): Promise<string> {
  const command = `stty cols ${columns}; ${[process.execPath, binPath, ...args].map((arg) => `'${arg}'`).join(' ')}`;
  return new Promise((resolve, reject) => {
    const child = execFile('script', ['-qec', command, '/dev/null'], { cwd: projectRoot, env: { PATH: process.env['PATH'] ?? '', LANG: 'C', TZ: 'UTC', XDG_DATA_HOME: '/nonexistent/schengen-tests', ...env } }, (error, stdout) => {
      if (error !== null) reject(error);
      else resolve(stdout.replace(/\r\n/g, '\n'));
    });
    child.stdin?.end();
  });
}

const hasScript = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!hasScript)('on a terminal', () => {
  const status = ['status', '--stay', '2026-01-01..2026-01-05', '--on', '2026-03-01'];
  it('the table fits a 60-column terminal', async () => {
    const out = await runOnTerminal(status, { TERM: 'xterm-256color' }, 60);
    const lines = out.replace(/\u001b\[[0-9;]*m/g, '').trimEnd().split('\n');
    expect(Math.max(...lines.map((line) => line.length))).toBe(60);
  });

  it('colour on a terminal, none with TERM=dumb', async () => {
    expect(await runOnTerminal(status, { TERM: 'xterm-256color' }, 100)).toContain('\u001b[');
    expect(await runOnTerminal(status, { TERM: 'dumb' }, 100)).not.toContain('\u001b[');
  });
});
