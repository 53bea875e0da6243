import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strictSchema } from '../support/strict-schema.js';
import { STACK_TRACE } from './run-cli.js';
import { runInProcess } from '../support/cli-in-process.js';

/**
 * Issue 22, one smoke test per new command, as a traveller's first five minutes: trips recorded in
 * any order (one booked), the list, check with its timeline, status beside an EES answer, a statement.
 * The figures are checked in process (test/app/); here: the binary, its exit codes and its output.
 */
let dir: string;
let env: Record<string, string>;
const on = ['--on', '2026-12-20'];
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'schengen-itinerary-'));
  env = { SCHENGEN_FILE: join(dir, 'stamps.txt') };
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the itinerary from the command line', () => {
  it('log trip in any order keeps the file in date order; a refusal names the line and changes nothing', async () => {
    for (const args of [
      ['log', 'trip', '2027-02-01..2027-03-20', 'ES', 'Madrid'],
      ['log', 'trip', '2026-01-10..2026-02-20', 'FR'],
      ['log', 'entry', '2026-12-01', 'BE'],
    ]) {
      const result = await runInProcess([...args, ...on], { env });
      expect(result, args.join(' ')).toMatchObject({ exitCode: 0, stderr: '' });
    }
    const before = await readFile(env['SCHENGEN_FILE']!, 'utf8');
    expect(before).toBe('trip 2026-01-10..2026-02-20 FR\nentry 2026-12-01 BE\nbooked 2027-02-01..2027-03-20 ES Madrid\n');
    const refused = await runInProcess(['log', 'trip', '2027-03-15..2027-03-25', ...on, '--lang', 'nl'], { env });
    expect(refused.exitCode).toBe(3);
    expect(refused.stderr).toContain('regel 3 ("booked 2027-02-01..2027-03-20 ES Madrid")');
    expect(refused.stderr).not.toMatch(STACK_TRACE);
    expect(await readFile(env['SCHENGEN_FILE']!, 'utf8')).toBe(before);
    // A trip that ends before it starts is refused as a --stay that does (exit 3, the same words), the file unchanged.
    const reversed = await runInProcess(['log', 'trip', '2027-05-10..2027-05-01', ...on], { env });
    const stay = await runInProcess(['status', '--stay', '2027-05-10..2027-05-01', ...on], { env });
    expect([reversed.exitCode, stay.exitCode]).toEqual([3, 3]);
    expect(reversed.stderr).toContain('the exit is before the entry; expected an exit on or after the entry day');
    expect(stay.stderr).toContain('the exit is before the entry; expected an exit on or after the entry day');
    expect(await readFile(env['SCHENGEN_FILE']!, 'utf8')).toBe(before);
    const list = await runInProcess(['log', 'list', ...on], { env });
    expect(list.stdout).toContain('2  entry 2026-12-01 BE   [under way]');
    expect(list.stdout).toContain('3  booked 2027-02-01..2027-03-20 ES Madrid   [booked]');
  });

  it('check: the verdict first, each trip, the room between them, the timeline; --json matches its schema', async () => {
    const table = await runInProcess(['check', '--timeline', ...on], { env });
    expect(table.exitCode).toBe(0);
    expect(table.stdout.split('\n')[0]).toBe('OK: every trip in the Schengen area complies with every limit (3 trips, 1 booked');
    expect(table.stdout).toContain('could run 22 days longer, to Mon 11 Jan');
    expect(table.stdout).toContain(' 1◆69');
    expect(table.stdout.split('\n').every((line) => line.length <= 80)).toBe(true);
    const json = await runInProcess(['check', '--json', '--explain', ...on], { env });
    const validate = ajv.compile(strictSchema('check'));
    expect(validate(JSON.parse(json.stdout)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('status --ees-days-left: the difference and what to do next; a booked trip that breaks fails --fail-on-overstay', async () => {
    const ees = await runInProcess(['status', '--ees-days-left', '60', ...on, '--lang', 'de'], { env });
    expect(ees.exitCode).toBe(0);
    expect(ees.stdout).toContain('das EES lässt 10 Tage weniger');
    expect(ees.stdout).toContain('EES-Verordnung (EU) 2017/2226, Art. 52');
    const breaking = await runInProcess(['check', '--stay', '2026-10-01..2026-11-29', '--stay', '2027-01-10..2027-02-20', '--fail-on-overstay', ...on]);
    expect(breaking.exitCode).toBe(5);
    expect(breaking.stdout).toMatch(/^Not OK: the booked trip Sun 10 Jan 2027 – Sat 20 Feb 2027 breaks/);
  });

  it('statement --html: a printable page in the reader’s language; --json matches its schema', async () => {
    const html = await runInProcess(['statement', '--html', '--lang', 'nl', ...on], { env });
    expect(html.exitCode).toBe(0);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(html.stdout).toContain('Overzicht van verblijven in het Schengengebied');
    const json = await runInProcess(['statement', '--json', ...on], { env });
    const validate = ajv.compile(strictSchema('statement'));
    expect(validate(JSON.parse(json.stdout)), JSON.stringify(validate.errors)).toBe(true);
  });
});
