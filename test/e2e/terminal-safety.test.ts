import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STACK_TRACE } from './run-cli.js';
import { runInProcess } from '../support/cli-in-process.js';

/**
 * Issue 10: a value echoed back must never drive the terminal. Every place that quotes input gets
 * escape sequences (OSC 52 clipboard write, OSC 8 link, clear screen), C1 controls, BEL, CR, LF
 * and U+202E; stderr must come out as one line with none of them raw.
 */
const EVIL = '\u001b]52;c;SGVsbG8=\u0007\u001b]8;;http://evil\u001b\\x\u001b[2J\u009b31m\r\nschengen: all good\u202e\u0000';
const EVIL_NO_NUL = EVIL.replace('\u0000', '');
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});
async function file(name: string, text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'schengen-terminal-'));
  made.push(dir);
  await writeFile(join(dir, name), text);
  return join(dir, name);
}

const ON = ['--on', '2026-03-01'];
const MRZ_EVIL = 'VCFRA\u001b]52;c;SGVsbG8=\u0007\u009b\u202e'.padEnd(36, '<');

const cases: [string, () => Promise<string[]>, string?][] = [
  ['stamp keyword', async () => ['status', await file('s.txt', `${EVIL} 2026-01-01\n`), ...ON]],
  ['stamp date', async () => ['status', await file('s.txt', `entry 2026-01-01${EVIL}\n`), ...ON]],
  ['visa text in a file', async () => ['status', await file('s.txt', `visa C${EVIL} MULT 2026-01-01..2026-06-01 90\n`), ...ON]],
  ['--stay value', async () => ['status', '--stay', `2026-01-01..2026-02-01${EVIL_NO_NUL}`, ...ON]],
  ['--visa value', async () => ['status', '--visa', `C ${EVIL_NO_NUL}`, ...ON]],
  ['--on value', async () => ['status', '--stay', '2026-01-01..2026-01-02', '--on', EVIL_NO_NUL]],
  ['--tz value', async () => ['status', '--stay', '2026-01-01..2026-01-02', '--tz', EVIL_NO_NUL]],
  ['--lang value', async () => ['status', '--stay', '2026-01-01..2026-01-02', '--lang', EVIL_NO_NUL]],
  ['unknown option', async () => ['status', `--x${EVIL_NO_NUL}`]],
  ['unknown command', async () => [`st${EVIL_NO_NUL}`]],
  ['file name', async () => ['status', `missing${EVIL_NO_NUL}.txt`]],
  ['JSON field name', async () => ['status', await file('h.json', JSON.stringify({ [`st${EVIL}`]: [] })), ...ON]],
  ['JSON country code', async () => ['status', await file('h.json', JSON.stringify({ stays: [{ entry: '2026-01-01', exit: '2026-01-02', entryCountry: EVIL }] })), ...ON]],
  ['JSON syntax error', async () => ['status', await file('h.json', `{"stays": ${EVIL}}`), ...ON]],
  // 36 characters (MRV-B), as the specimen's second line, so that the character check is what quotes it.
  ['MRZ character', async () => ['visa', '--mrz', MRZ_EVIL, 'F000000005UTO0311063M1401143<M300703']],
  ['CSV header', async () => ['batch', '--query', 'status', '--format', 'csv', await file('p.csv', `id${EVIL},entry,exit\n`)]],
  ['log date', async () => ['log', 'entry', `2026-01-01${EVIL_NO_NUL}`, '--file', await file('l.txt', '')]],
  ['log remove number', async () => ['log', 'remove', `1${EVIL_NO_NUL}`, '--file', await file('l.txt', '')]],
  ['log confirmation', async () => ['log', 'entry', '2026-01-01', 'BE', `Bru${EVIL_NO_NUL}ssels`, '--file', await file('l.txt', ''), ...ON], 'stdout'],
  ['log list', async () => ['log', 'list', '--file', await file('l.txt', `entry 2026-01-01 BE # ${EVIL}\n`)], 'stdout'],
  ['log permit', async () => ['log', 'permit', `2025-09-01..2026-08-31${EVIL_NO_NUL}`, '--file', await file('l.txt', ''), ...ON]],
  ['log mrz', async () => ['log', 'mrz', MRZ_EVIL, 'F000000005UTO0311063M1401143<M300703', '--file', await file('l.txt', ''), ...ON]],
  ['--traveller name', async () => ['status', '--traveller', `anna${EVIL_NO_NUL}`, ...ON]],
  ['settings file key', async () => ['status', '--config', await file('config.json', JSON.stringify({ [`lang${EVIL}`]: 'nl' })), '--stay', '2026-01-01..2026-01-02', ...ON]],
];

describe('terminal safety: nothing echoed drives the terminal', () => {
  it.each(cases)('%s', async (_name, args, stream = 'stderr') => {
    const result = await runInProcess(await args());
    expect(result.exitCode).not.toBe(1);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    const text = stream === 'stdout' ? result.stdout : result.stderr;
    expect(text).not.toBe('');
    expect(text).not.toMatch(RAW_CONTROL);
    // An error: one line and its newline on stderr; an answer: nothing on stderr.
    expect(result.stderr.split('\n').length).toBe(stream === 'stderr' ? 2 : 1);
    // The forged "all good" line never starts a line of its own.
    expect(text).not.toMatch(/^schengen: all good/m);
  });

  it('batch CSV: a hostile cell comes back in JSON, exact, C0 controls JSON-escaped', async () => {
    const cell = EVIL.replace(/[\r\n]/g, '');
    const result = await runInProcess(['batch', '--query', 'status', '--format', 'csv', await file('p.csv', `id,entry\n"${cell}",2026-01-01\n`), ...ON]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect((JSON.parse(result.stdout) as { id: string }).id).toBe(cell);
  });

  it('JSON output stays exact: the value comes back byte for byte', async () => {
    const path = await file('l.txt', '');
    const result = await runInProcess(['log', 'entry', '2026-01-01', 'BE', `Bru${EVIL_NO_NUL.replace(/[\r\n]/g, '')}ssels`, '--file', path, '--json', ...ON]);
    expect(result.exitCode).toBe(0);
    expect((JSON.parse(result.stdout) as { line: string }).line).toBe(`entry 2026-01-01 BE Bru${EVIL_NO_NUL.replace(/[\r\n]/g, '')}ssels`);
  });
});
