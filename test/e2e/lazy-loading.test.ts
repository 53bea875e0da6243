import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { binPath, projectRoot } from './run-cli.js';

/**
 * Start-up (issue 12): the libraries a run does not need are not loaded. The built binary runs with a
 * module hook that records every ES module resolved; the test reads which packages were among them.
 */
const recorder = fileURLToPath(new URL('../support/record-imports.mjs', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'schengen-imports-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let runs = 0;
function packagesLoaded(args: readonly string[]): Promise<{ packages: string[]; exitCode: number }> {
  const log = join(work, `imports-${(runs += 1)}.log`);
  writeFileSync(log, '');
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', recorder, binPath, ...args],
      { cwd: projectRoot, env: { PATH: process.env['PATH'] ?? '', TZ: 'UTC', NO_COLOR: '1', LANG: 'C', XDG_DATA_HOME: '/nonexistent/schengen-tests', SCHENGEN_IMPORT_LOG: log } },
      (error) => {
        const exitCode = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        if (exitCode === -1) return reject(error);
        const packages = new Set<string>();
        for (const url of readFileSync(log, 'utf8').split('\n')) {
          const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
          if (match !== null) packages.add(match[1]!);
          // A library bundled apart (dist/bundle/vendor-luxon.cjs): by its file's name.
          const vendor = /\/dist\/bundle\/vendor-(\w+)\.cjs$/.exec(url);
          if (vendor !== null) packages.add(vendor[1]!);
        }
        resolve({ packages: [...packages].sort(), exitCode });
      },
    );
  });
}

describe('what a run loads', () => {
  it('the recorder sees the libraries a run loads (so an empty list below means something): --tz loads luxon', async () => {
    const { packages, exitCode } = await packagesLoaded(['status', '--stay', '2026-01-01..2026-01-10', '--tz', 'Europe/Brussels', '--json']);
    expect(exitCode).toBe(0);
    expect(packages).toContain('luxon');
  });

  it('the calendar: no luxon (its month labels are written without it, issue 21)', async () => {
    const { packages, exitCode } = await packagesLoaded(['calendar', '--stay', '2026-01-01..2026-01-10', '--on', '2026-01-20', '--lang', 'fr']);
    expect(exitCode).toBe(0);
    expect(packages).not.toContain('luxon');
  });

  it('status --json with a warning (a stay under way): no luxon, no jsonc-parser, no chalk, no cli-table3', async () => {
    const { packages, exitCode } = await packagesLoaded(['status', '--stay', '2026-01-01..', '--on', '2026-01-20', '--json']);
    expect(exitCode).toBe(0);
    expect(packages).toEqual([]);
  });

  it('status of a valid JSON file: jsonc-parser is not loaded', async () => {
    const file = join(work, 'history.json');
    writeFileSync(file, JSON.stringify({ stays: [{ entry: '2026-01-01', exit: null }] }));
    const { packages, exitCode } = await packagesLoaded(['status', file, '--on', '2026-01-20', '--json']);
    expect(exitCode).toBe(0);
    expect(packages).toEqual([]);
  });

  it('the status table with a warning: no luxon (dates are formatted without it)', async () => {
    const { packages, exitCode } = await packagesLoaded(['status', '--stay', '2026-01-01..', '--on', '2026-01-20', '--lang', 'fr']);
    expect(exitCode).toBe(0);
    expect(packages).not.toContain('luxon');
    expect(packages).not.toContain('jsonc-parser');
  });

  it('annex3 --json: no library at all (the holidays are our own)', async () => {
    const { packages, exitCode } = await packagesLoaded(['annex3', '--arrival', '2026-12-24', '--on', '2026-12-24', '--json']);
    expect(exitCode).toBe(0);
    expect(packages).toEqual([]);
  });
});
