import { execFile, spawn } from 'node:child_process';
import { lstat, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/app/answers.js';
import { binPath, projectRoot, STACK_TRACE } from './run-cli.js';
import { runInProcess } from '../support/cli-in-process.js';

/** Issue 10: hostile input, faults and concurrency. Each case is one the fuzzing campaign found. */

const made: string[] = [];
async function scratch(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'schengen-hostile-'));
  made.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

const ON = ['--on', '2026-03-01'];
const env = { TZ: 'UTC', NO_COLOR: '1', LANG: 'C', PATH: process.env['PATH'] ?? '', XDG_DATA_HOME: '/nonexistent/schengen-tests' };

/** A shell pipeline from the project root; stderr of the schengen side in a file, read back. */
function shell(script: string): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  return new Promise((resolve) => {
    execFile('sh', ['-c', script], { cwd: projectRoot, env: { ...env, SCHENGEN: `${process.execPath} ${binPath}` } }, (error, stdout, stderr) => {
      resolve({ stdout, stderr, exitCode: error === null ? 0 : typeof error.code === 'number' ? error.code : -1 });
    });
  });
}

function expectOneLine(stderr: string): void {
  expect(stderr).not.toMatch(STACK_TRACE);
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.slice(0, -1)).not.toContain('\n');
}

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('data: nothing lost, nothing silently changed', () => {
  it('a stamp file with CR-only line endings reads as its lines', async () => {
    const dir = await scratch();
    const text = 'entry 2026-01-01 BE\nexit 2026-01-10\nentry 2026-02-01\nexit 2026-02-05\n';
    await writeFile(join(dir, 'lf.txt'), text);
    await writeFile(join(dir, 'cr.txt'), text.replace(/\n/g, '\r'));
    const lf = JSON.parse((await runInProcess(['status', join(dir, 'lf.txt'), '--json', ...ON])).stdout) as { daysUsed: number };
    const cr = await runInProcess(['status', join(dir, 'cr.txt'), '--json', ...ON]);
    expect(cr.exitCode).toBe(0);
    expect(lf.daysUsed).toBe(15);
    expect((JSON.parse(cr.stdout) as { daysUsed: number }).daysUsed).toBe(15);
  });

  it.each([
    ['an exit given twice', '{"stays":[{"entry":"2026-01-01","exit":"2026-01-10","exit":null}]}', 'stays[0].exit'],
    ['a second "stays"', '{"stays":[{"entry":"2026-01-01","exit":"2026-01-10"}],"stays":[]}', 'stays'],
  ])('duplicate JSON keys are refused: %s', async (_name, json, field) => {
    const dir = await scratch();
    await writeFile(join(dir, 'h.json'), json);
    const result = await runInProcess(['status', join(dir, 'h.json'), ...ON]);
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain(`field "${field}"`);
    expect(result.stderr).toContain('appears twice');
  });

  it('batch: each hostile record is one error record, the run goes on; ids are kept as written', async () => {
    const records = [
      '{"id":12345678901234567890,"stays":[]}',
      '{"id":1e400,"stays":[]}',
      '{"id":"a","stays":[],"closed":true}',
      '{"id":"b","stays":[],"saturdayWorking":"yes"}',
      '{"id":"c","stays":[],"days":1e15}',
      '{"id":"d","stays":[],"days":150000000}',
      '\ufeff{"id":"bom","stays":[]}',
      '{"id":"e","stays":[{"entry":"2026-01-01","entry":"2026-01-02"}]}',
      `{"id":"deep","x":${'['.repeat(6000)}${']'.repeat(6000)}}`,
      '{"id":"last","stays":[]}',
    ];
    const result = await runInProcess(['batch', '--query', 'annex3', '--arrival', '2026-03-02', '--enter', '2026-03-02', ...ON], { stdin: `${records.join('\n')}\n` });
    expect(result.exitCode).toBe(6);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(records.length);
    const start = (id: string) => `{"schemaVersion":${SCHEMA_VERSION},"id":${id},`;
    expect(lines[0]!.slice(0, start('12345678901234567890').length)).toBe(start('12345678901234567890'));
    expect(lines[1]!.slice(0, start('1e400').length)).toBe(start('1e400'));
    const out = jsonLines(result.stdout);
    const codeOf = (i: number) => (out[i]!['error'] as { code: string; field: string } | undefined)?.code;
    const fieldOf = (i: number) => (out[i]!['error'] as { field: string } | undefined)?.field;
    expect([codeOf(2), fieldOf(2)]).toEqual(['json.shape', 'closed']);
    expect([codeOf(3), fieldOf(3)]).toEqual(['json.shape', 'saturdayWorking']);
    expect(codeOf(6)).toBeUndefined(); // a BOM before a line is accepted
    expect([codeOf(7), fieldOf(7)]).toEqual(['json.duplicateKey', 'stays[0].entry']);
    expect(codeOf(8)).toBe('json.tooDeep');
    expect(out[9]!['id']).toBe('last');
    expect(codeOf(9)).toBeUndefined();
    // days out of range: one error record each under plan
    const plan = await runInProcess(['batch', '--query', 'plan', '--enter', '2026-03-02', ...ON], { stdin: `${records[4]}\n${records[5]}\n${records[9]}\n` });
    expect(jsonLines(plan.stdout).map((record) => (record['error'] as { code: string } | undefined)?.code ?? 'ok')).toEqual(['number.range', 'number.range', 'ok']);
  });

  it('the log keeps bytes it was told to keep, and its line endings', async () => {
    const dir = await scratch();
    const path = join(dir, 'stamps.txt');
    const latin1Comment = Buffer.from('entry 2026-01-01 BE # caf\xe9\r\nexit 2026-01-05\r\n', 'latin1');
    await writeFile(path, latin1Comment);
    expect((await runInProcess(['log', 'entry', '2026-02-01', '--file', path, ...ON])).exitCode).toBe(0);
    expect(Buffer.compare(await readFile(path), Buffer.concat([latin1Comment, Buffer.from('entry 2026-02-01\r\n')]))).toBe(0);
    expect((await runInProcess(['log', 'remove', '3', '--file', path, ...ON])).exitCode).toBe(0);
    expect(Buffer.compare(await readFile(path), latin1Comment)).toBe(0);
  });

  it('a log path that is a symbolic link updates its target', async () => {
    const dir = await scratch();
    await writeFile(join(dir, 'real.txt'), 'entry 2026-01-01\n');
    await symlink('real.txt', join(dir, 'link.txt'));
    expect((await runInProcess(['log', 'exit', '2026-01-03', '--file', join(dir, 'link.txt'), ...ON])).exitCode).toBe(0);
    expect((await lstat(join(dir, 'link.txt'))).isSymbolicLink()).toBe(true);
    expect(await readFile(join(dir, 'real.txt'), 'utf8')).toBe('entry 2026-01-01\nexit 2026-01-03\n');
    expect((await stat(join(dir, 'real.txt'))).mode & 0o777).toBe(0o600);
  });

  it('a newline in a logged value never becomes a second line of the file', async () => {
    const dir = await scratch();
    const path = join(dir, 'stamps.txt');
    expect((await runInProcess(['log', 'entry', '2026-01-01', 'BE', 'Brussels\nexit 2026-01-02', '--file', path, ...ON])).exitCode).toBe(0);
    expect(await readFile(path, 'utf8')).toBe('entry 2026-01-01 BE Brussels exit 2026-01-02\n');
  });

  it('SIGTERM during batch to a pipe never leaves a partial last line', async () => {
    const line = '{"id":"p","stays":[{"entry":"2026-01-01","exit":"2026-01-05"}]}\n';
    const chunk = line.repeat(2000);
    for (const signal of ['SIGTERM', 'SIGINT', 'SIGTERM'] as const) {
      const child = spawn(process.execPath, [binPath, 'batch', '--query', 'status', ...ON], { env, stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      child.stdout.setEncoding('utf8');
      const firstOutput = new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      child.stdout.on('data', (data: string) => (stdout += data));
      child.stdin.on('error', () => {});
      const feed = setInterval(() => child.stdin.write(chunk), 5);
      await firstOutput;
      child.kill(signal);
      const code = await new Promise<number | null>((resolve) => child.on('close', (exitCode) => resolve(exitCode)));
      clearInterval(feed);
      expect(code).toBe(signal === 'SIGTERM' ? 143 : 130);
      expect(stdout.endsWith('\n')).toBe(true);
      for (const record of jsonLines(stdout)) expect(record['id']).toBe('p');
    }
  });
});

describe('faults: a documented exit code, never a stack trace', () => {
  it.each([
    ['status --help | true', '$SCHENGEN status --help 2>err | true; cat err'],
    ['log list | head -1', 'for i in $(seq 1 3000); do echo "# comment $i"; done > s.txt; $SCHENGEN log list --file s.txt 2>err | head -1 >/dev/null; cat err'],
    ['calendar | true', '$SCHENGEN calendar --stay 2026-01-01..2026-01-05 --on 2026-03-01 2>err | true; cat err'],
    ['batch | head -1', 'for i in $(seq 1 30000); do echo \'{"id":1,"stays":[]}\'; done > in.ndjson; $SCHENGEN batch in.ndjson --query status --on 2026-03-01 2>err | head -1 >/dev/null; cat err; rm -f in.ndjson err'],
  ])('a closed stdout ends quietly: %s', async (_name, script) => {
    const dir = await scratch();
    const result = await shell(`cd ${dir} && ${script}`);
    expect(result.stdout).toBe('');
  });

  it('a full disk on stdout is one line with its code, exit 4', async () => {
    const result = await shell('$SCHENGEN status --stay 2026-01-01..2026-01-05 --on 2026-03-01 >/dev/full');
    expect(result.exitCode).toBe(4);
    expectOneLine(result.stderr);
    expect(result.stderr).toContain('ENOSPC');
  });

  it.each([
    ['JSON nested 5,000 deep', async (dir: string) => ['status', await file(dir, 'deep.json', `${'['.repeat(5000)}${']'.repeat(5000)}`)], 3],
    ['--days 10000000', async () => ['plan', '--stay', '2026-01-01..2026-01-05', '--enter', '2026-03-02', '--days', '10000000', ...ON], 2],
    ['--days 99999999999999999999', async () => ['next', '--stay', '2026-01-01..2026-01-05', '--days', '99999999999999999999', ...ON], 2],
    ['--max-line-length 1e9', async () => ['batch', '--query', 'status', '--max-line-length', '999999999999'], 2],
    ['batch on a directory', async (dir: string) => ['batch', dir, '--query', 'status'], 4],
    ['status on a directory', async (dir: string) => ['status', dir], 4],
    ['log in a place that cannot be a directory', async (dir: string) => ['log', 'entry', '2026-01-01', '--file', join(await file(dir, 'f', ''), 'sub', 'stamps.txt')], 4],
    ['a symbolic-link loop', async (dir: string) => {
      await symlink('b', join(dir, 'a'));
      await symlink('a', join(dir, 'b'));
      return ['status', join(dir, 'a')];
    }, 4],
    ['/dev/zero', async () => ['status', '/dev/zero'], 3],
    ['a BOM before a JSON file', async (dir: string) => ['status', await file(dir, 'bom.json', '\ufeff{"stays":[]}'), ...ON], 0],
    ['log remove 0x4', async (dir: string) => ['log', 'remove', '0x4', '--file', join(dir, 's.txt')], 2],
    ['log remove 1e0', async (dir: string) => ['log', 'remove', '1e0', '--file', join(dir, 's.txt')], 2],
    ['log remove +1', async (dir: string) => ['log', 'remove', '+1', '--file', join(dir, 's.txt')], 2],
    ['log remove 1abc', async (dir: string) => ['log', 'remove', '1abc', '--file', join(dir, 's.txt')], 2],
  ])('%s', async (_name, args, code) => {
    const dir = await scratch();
    const result = await runInProcess(await args(dir));
    expect(result.exitCode).toBe(code);
    if (code !== 0) expectOneLine(result.stderr);
    expect(result.stderr).not.toMatch(/internal error|\(unknown\)|ELOOP|line 0/);
  });

  it('empty CSV input without a header is refused (3)', async () => {
    const result = await runInProcess(['batch', '--query', 'status', '--format', 'csv'], { stdin: '' });
    expect(result.exitCode).toBe(3);
    expectOneLine(result.stderr);
  });

  it('endless standard input hits the size limit with a clear message', async () => {
    const result = await shell('head -c 40000000 /dev/zero | $SCHENGEN status -');
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain('larger than 16 MiB');
  });
});

async function file(dir: string, name: string, text: string): Promise<string> {
  await writeFile(join(dir, name), text);
  return join(dir, name);
}

describe('messages: one line, named field, the reader’s language', () => {
  it('commander’s "(Did you mean …?)" stays on the same line', async () => {
    const result = await runInProcess(['plan', '--stay', '2026-01-01..2026-01-05', '--enter', '2026-03-02', '--dasy', '3']);
    expect(result.exitCode).toBe(2);
    expectOneLine(result.stderr);
    expect(result.stderr).toBe('schengen: unknown option "--dasy" (did you mean --days?) (schengen plan --help)\n');
  });

  it('the visa-overlap error names its field', async () => {
    const dir = await scratch();
    const result = await runInProcess(['status', await file(dir, 'v.txt', 'visa C MULT 2026-01-01..2026-06-01 90\nvisa C 1 2026-03-01..2026-04-01 10\n'), ...ON]);
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toContain(':2: field "visa": ');
  });

  it('log refusals are worded in --lang and name the field', async () => {
    const dir = await scratch();
    const path = await file(dir, 's.txt', 'entry 2026-01-10\n');
    const result = await runInProcess(['log', 'exit', '2026-01-01', '--file', path, '--lang', 'nl', ...ON]);
    expect(result.exitCode).toBe(3);
    // The line is the number "log list" shows, as every log refusal cites it: here, the entry the exit would come before.
    expect(result.stderr).toBe(`schengen: ${path}: geweigerd, het bestand is niet gewijzigd: veld "DATUM": het vertrek ligt vóór de binnenkomst op regel 1 ("entry 2026-01-10"); verwacht: een vertrek op of na die dag\n`);
  });
});

describe('issue 20 at the command line', () => {
  it.each([
    ['a stay', ['status', '--stay', 'constructor..2026-01-05', '--on', '2026-02-01'], /--stay.*"constructor" is not a date we accept: unrecognised form/],
    ['--from', ['next', '--days', '5', '--from', '__proto__', '--on', '2026-02-01'], /"__proto__" is not a date we accept: unrecognised form/],
    ['--arrival', ['annex3', '--arrival', 'Constructor', '--on', '2026-02-01'], /"Constructor" is not a date we accept: unrecognised form/],
  ])('a prototype word as a date (%s) is exit 3 "not a date", not an internal error or a stay dropped', async (_name, args, message) => {
    const result = await runInProcess(args);
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expectOneLine(result.stderr);
  });

  it('batch: a prototype word in one record is one error record; the good record is answered (exit 6)', async () => {
    const result = await runInProcess(['batch', '--query', 'annex3', '--arrival', '2026-12-10', '--on', '2026-12-06'], { stdin: '{"id":1,"stays":[]}\r{"id":2,"stays":[],"arrival":"constructor"}\r' });
    expect(result.exitCode).toBe(6);
    expect(jsonLines(result.stdout).map((record) => [record['id'], record['command'] ?? (record['error'] as { code: string }).code])).toEqual([
      [1, 'annex3'],
      [2, 'date.unrecognised'],
    ]);
  });

  it('a settings file nested 5,000 deep is exit 2 naming the file, not "Maximum call stack size exceeded"', async () => {
    const dir = await scratch();
    const file = join(dir, 'deep.json');
    await writeFile(file, `{"closed":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`);
    const result = await runInProcess(['status', '--config', file, '--stay', '2026-01-01..2026-01-05', '--on', '2026-02-01']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(`schengen: ${file}: the JSON is nested more than 32 levels deep`);
    expectOneLine(result.stderr);
  });
});
