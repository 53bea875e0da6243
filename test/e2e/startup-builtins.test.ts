import { execFile, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { binPath, projectRoot } from './run-cli.js';

/**
 * Start-up (issue 12): the built-in modules of Node that a common run does not need stay unloaded
 * (each costs milliseconds of every start: see scripts/build-bundle.js and src/io/output.ts). The
 * built binary runs with stdout and stderr as pipes, as under `| jq`; a preloaded script records
 * the modules Node loaded.
 */
const recorder = fileURLToPath(new URL('../support/record-builtins.cjs', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'schengen-builtins-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let runs = 0;
/** `nodeArgs`: what follows `node --require recorder` (by default the built binary and `args`). */
function builtinsLoaded(args: readonly string[], nodeArgs: readonly string[] = [binPath, ...args]): Promise<string[]> {
  const log = join(work, `builtins-${(runs += 1)}.log`);
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--require', recorder, ...nodeArgs],
      { cwd: projectRoot, env: { PATH: process.env['PATH'] ?? '', TZ: 'UTC', NO_COLOR: '1', LANG: 'C', XDG_DATA_HOME: '/nonexistent/schengen-tests', SCHENGEN_BUILTINS_LOG: log } },
      (error) => (error === null ? resolve(readFileSync(log, 'utf8').split('\n')) : reject(error)),
    );
  });
}

/** Loaded by none of the runs below: the ES module loader, child processes, fs promises (with readline), sockets, terminals. */
const UNNEEDED = ['internal/modules/esm/translators', 'child_process', 'internal/fs/promises', 'internal/readline/interface', 'net', 'tty'];

describe('the built-in modules a run loads', () => {
  it('the recorder sees what a run loads (so that the lists below mean something)', async () => {
    const loaded = await builtinsLoaded([], ['-e', "require('node:child_process'); require('node:fs/promises')"]);
    expect(loaded).toEqual(expect.arrayContaining(['child_process', 'internal/fs/promises']));
  });

  it('status --json of a stamp file', async () => {
    const loaded = await builtinsLoaded(['status', 'examples/traveller.txt', '--on', '2026-11-22', '--json']);
    expect(loaded).toContain('vm');
    expect(UNNEEDED.filter((name) => loaded.includes(name))).toEqual([]);
  });

  it('annex3 --json', async () => {
    const loaded = await builtinsLoaded(['annex3', '--arrival', '2026-12-24', '--on', '2026-11-22', '--json']);
    expect(UNNEEDED.filter((name) => loaded.includes(name))).toEqual([]);
  });

  it('the status table on a pipe: no socket of stdout, no stream stack, just to learn it is no terminal (issue 21)', async () => {
    const loaded = await builtinsLoaded(['status', 'examples/traveller.txt', '--on', '2026-11-22']);
    expect(UNNEEDED.filter((name) => loaded.includes(name))).toEqual([]);
  });

  it('the calendar on a pipe: the same, and luxon found by its path, without the ES module resolver', async () => {
    const loaded = await builtinsLoaded(['calendar', '--stay', '2026-01-01..2026-01-10', '--on', '2026-01-20']);
    expect(UNNEEDED.filter((name) => loaded.includes(name))).toEqual([]);
    expect(loaded).not.toContain('internal/modules/esm/resolve');
  });

  it('the status table thrown away (> /dev/null, a character device as a terminal is): no stream stack either', async () => {
    const log = join(work, 'builtins-dev-null.log');
    const devNull = openSync('/dev/null', 'w');
    const child = spawn(process.execPath, ['--require', recorder, binPath, 'status', 'examples/traveller.txt', '--on', '2026-11-22'], {
      cwd: projectRoot,
      env: { PATH: process.env['PATH'] ?? '', TZ: 'UTC', NO_COLOR: '1', LANG: 'C', XDG_DATA_HOME: '/nonexistent/schengen-tests', SCHENGEN_BUILTINS_LOG: log },
      stdio: ['ignore', devNull, 'ignore'],
    });
    const exitCode = await new Promise((resolve) => child.on('close', resolve));
    closeSync(devNull);
    expect(exitCode).toBe(0);
    const loaded = readFileSync(log, 'utf8').split('\n');
    // process.stdout on /dev/null is a synchronous file stream: made, it loads these.
    expect([...UNNEEDED, 'stream', 'internal/fs/sync_write_stream'].filter((name) => loaded.includes(name))).toEqual([]);
  });
});
