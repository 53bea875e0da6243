import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STACK_TRACE } from './run-cli.js';
import { runInProcess } from '../support/cli-in-process.js';

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh XDG data home: the own file is DATA/schengen/stamps.txt, travellers DATA/schengen/travellers/. */
async function dataHome(): Promise<{ dir: string; env: Record<string, string> }> {
  const dir = await mkdtemp(join(tmpdir(), 'schengen-travellers-'));
  made.push(dir);
  return { dir: join(dir, 'schengen'), env: { XDG_DATA_HOME: dir } };
}
const ON = ['--on', '2026-11-22'];
const MRZ = ['VCFRASPECIMEN<<SPECIMEN<<<<<<<<<<<<<', 'F000000005UTO0311063M1401143<M300703'];

describe('log permit, log mrz', () => {
  it('log permit FROM UNTIL CC and FROM..UNTIL write the stamp-file line with ISO dates', async () => {
    const { dir, env } = await dataHome();
    expect((await runInProcess(['log', 'permit', '01.09.26', '31.08.27', 'BE', ...ON], { env })).exitCode).toBe(0);
    expect((await runInProcess(['log', 'entry', '2026-09-01', 'BE', ...ON], { env })).exitCode).toBe(0);
    const status = await runInProcess(['status', ...ON, '--json'], { env });
    // every day inside the permit: none counts
    expect(JSON.parse(status.stdout)).toMatchObject({ daysUsed: 0 });
    expect(await readFile(join(dir, 'stamps.txt'), 'utf8')).toBe('permit 2026-09-01..2027-08-31 BE\nentry 2026-09-01 BE\n');
    const again = await runInProcess(['log', 'permit', '2025-01-01..2025-06-30', ...ON], { env });
    expect(again.stdout).toContain('+ permit 2025-01-01..2025-06-30');
  });

  it('log permit with UNTIL before FROM is refused, the file untouched', async () => {
    const { env } = await dataHome();
    const result = await runInProcess(['log', 'permit', '2026-09-01', '2026-08-01', ...ON], { env });
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain('UNTIL 2026-08-01 is before FROM 2026-09-01');
  });

  it('log mrz keeps a verified MRZ; a wrong check digit is refused', async () => {
    const { dir, env } = await dataHome();
    expect((await runInProcess(['log', 'mrz', ...MRZ, ...ON], { env })).exitCode).toBe(0);
    expect(await readFile(join(dir, 'stamps.txt'), 'utf8')).toBe(`mrz ${MRZ[0]} ${MRZ[1]}\n`);
    const bad = await runInProcess(['log', 'mrz', MRZ[0]!, 'F000000006UTO0311063M1401143<M300703', ...ON], { env });
    expect(bad.exitCode).toBe(3);
    expect(bad.stderr).toContain('check digit of "document number" is 6, expected 5');
    expect(await readFile(join(dir, 'stamps.txt'), 'utf8')).toBe(`mrz ${MRZ[0]} ${MRZ[1]}\n`);
  });
});

describe('log errors use the numbers of "log list"', () => {
  it('log remove abc says what is wrong', async () => {
    const { env } = await dataHome();
    await runInProcess(['log', 'entry', '2026-10-01', ...ON], { env });
    const result = await runInProcess(['log', 'remove', 'abc'], { env });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('schengen: field "N": "abc" is not a number shown by "log list"; expected a whole number from 1 to 1\n');
  });

  it('log remove on an empty file says so', async () => {
    const { env } = await dataHome();
    const result = await runInProcess(['log', 'remove', '1'], { env });
    expect(result.stderr).toContain('the file has no lines yet');
  });

  it('a refused change cites the list number, not the file line (comments and blank lines above)', async () => {
    const { dir, env } = await dataHome();
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'stamps.txt'), '# my trips\n\nentry 2026-01-01\n# back home\nexit 2026-01-05\n');
    // A trip over the stay names its entry: number 1 of log list (file line 3).
    const overlap = await runInProcess(['log', 'trip', '2026-01-03..2026-01-09', ...ON, '--lang', 'nl'], { env });
    expect(overlap.exitCode).toBe(3);
    expect(overlap.stderr).toContain('regel 1 ("entry 2026-01-01")');
    // Removing the entry leaves the exit without one: the exit is named as log list numbered it before (2), not as after (1).
    const removal = await runInProcess(['log', 'remove', '1', ...ON, '--lang', 'nl'], { env });
    expect(removal.exitCode).toBe(3);
    expect(removal.stderr).toContain('regel 2 van "log list": veld "trefwoord": uitreis zonder binnenkomst');
    const list = await runInProcess(['log', 'list'], { env });
    expect(list.stdout).toContain('2  exit 2026-01-05');
  });
});

describe('--traveller: one file per person', () => {
  it('keeps separate files; log list --all and status --all show each', async () => {
    const { dir, env } = await dataHome();
    expect((await runInProcess(['log', 'entry', '2026-10-01', 'BE', ...ON], { env })).exitCode).toBe(0);
    expect((await runInProcess(['log', 'entry', '2026-11-01', 'BE', '--traveller', 'Anna', ...ON], { env })).stdout).toBe(`${join(dir, 'travellers', 'anna.txt')}: + entry 2026-11-01 BE\n`);
    expect((await runInProcess(['log', 'entry', '2026-11-11', 'FR', '--traveller', 'Jan Peeters', ...ON], { env })).exitCode).toBe(0);

    const own = await runInProcess(['status', ...ON, '--json'], { env });
    expect(JSON.parse(own.stdout)).toMatchObject({ daysUsed: 53 });
    const anna = await runInProcess(['status', '--traveller', 'anna', ...ON, '--json'], { env });
    expect(JSON.parse(anna.stdout)).toMatchObject({ daysUsed: 22 });

    const list = await runInProcess(['log', 'list', '--all'], { env });
    expect(list.stdout).toBe(
      [
        `(own file): ${join(dir, 'stamps.txt')}`,
        '1  entry 2026-10-01 BE',
        '',
        `anna: ${join(dir, 'travellers', 'anna.txt')}`,
        '1  entry 2026-11-01 BE',
        '',
        `jan peeters: ${join(dir, 'travellers', 'jan peeters.txt')}`,
        '1  entry 2026-11-11 FR',
        '',
      ].join('\n'),
    );
    const listJson = JSON.parse((await runInProcess(['log', 'list', '--all', '--json'], { env })).stdout) as { travellers: { traveller: string | null }[] };
    expect(listJson.travellers.map((t) => t.traveller)).toEqual([null, 'anna', 'jan peeters']);

    const all = await runInProcess(['status', '--all', ...ON, '--json'], { env });
    expect(all.exitCode).toBe(0);
    const value = JSON.parse(all.stdout) as { command: string; travellers: { traveller: string | null; status: { daysUsed: number } }[] };
    expect(value.command).toBe('statusAll');
    expect(value.travellers.map((t) => [t.traveller, t.status.daysUsed])).toEqual([
      [null, 53],
      ['anna', 22],
      ['jan peeters', 12],
    ]);
    const table = await runInProcess(['status', '--all', ...ON, '--lang', 'de'], { env });
    expect(table.stdout).toContain('(eigene Datei): ');
    expect(table.stdout).toContain('jan peeters: ');
    expect(table.stdout.match(/Schengen-Aufenthaltsstatus|Aufenthalt/g)?.length ?? 0).toBeGreaterThan(0);
  });

  it('issue 20: a name whose lower case adds a mark (İpek) is listed by log list --all and status --all', async () => {
    const { dir, env } = await dataHome();
    // "İ" lower-cased is "i" and U+0307 (combining dot above): the file is "i̇pek.txt".
    const file = join(dir, 'travellers', 'i\u0307pek.txt');
    expect((await runInProcess(['log', 'entry', '2026-11-01', 'TR', '--traveller', 'İpek', ...ON], { env })).stdout).toBe(`${file}: + entry 2026-11-01 TR\n`);
    const list = JSON.parse((await runInProcess(['log', 'list', '--all', '--json'], { env })).stdout) as { travellers: { traveller: string | null; file: string }[] };
    expect(list.travellers.map((t) => [t.traveller, t.file])).toEqual([
      [null, join(dir, 'stamps.txt')],
      ['i\u0307pek', file],
    ]);
    const all = JSON.parse((await runInProcess(['status', '--all', ...ON, '--json'], { env })).stdout) as { travellers: { traveller: string | null }[] };
    expect(all.travellers.map((t) => t.traveller)).toEqual(['i\u0307pek']);
  });

  it.each(['../etc/passwd', 'a/b', '.hidden', 'nul', '', 'x'.repeat(65)])('refuses the unsafe name %j (exit 2, no stack trace)', async (name) => {
    const { env } = await dataHome();
    const result = await runInProcess(['log', 'entry', '2026-10-01', '--traveller', name, ...ON], { env });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("cannot be a traveller's name");
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });

  it('status --all with a FILE is refused rather than read as someone', async () => {
    const { env } = await dataHome();
    const result = await runInProcess(['status', '--all', 'stamps.txt', ...ON, '--lang', 'nl'], { env });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--all leest het eigen bestand van elke reiziger, niet "stamps.txt"');
  });

  it('a traveller without a file is an error, not an empty history', async () => {
    const { env } = await dataHome();
    const result = await runInProcess(['status', '--traveller', 'nobody', ...ON], { env });
    expect(result.exitCode).toBe(4);
    expect(result.stderr).toContain('nobody.txt');
  });
});
