import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { binPath, projectRoot } from './run-cli.js';

/**
 * The output goes straight to descriptor 1 (src/io/output.ts, writeStdout: start-up, issue 12), and
 * to process.stdout after a failed write. Through a pipe the output arrives whole however slowly it
 * is read, and a reader that has gone away still ends the run quietly with the run's own exit code.
 */
const env = { PATH: process.env['PATH'] ?? '', TZ: 'UTC', NO_COLOR: '1', LANG: 'C', XDG_DATA_HOME: '/nonexistent/schengen-tests' };

function bash(script: string): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  return new Promise((resolve) => {
    execFile('bash', ['--norc', '--noprofile', '-c', script], { cwd: projectRoot, env: { ...env, SCHENGEN: `${process.execPath} ${binPath}` }, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ stdout, stderr, exitCode: error === null ? 0 : typeof error.code === 'number' ? error.code : -1 });
    });
  });
}

const CALENDAR = '$SCHENGEN calendar examples/traveller.txt --on 2026-11-22 --from 1995-01-01 --to 2100-12-31';

describe('stdout written directly', () => {
  it('an output larger than a pipe holds arrives whole through a slow reader', async () => {
    const piped = await bash(`${CALENDAR} | (sleep 0.3; cat)`);
    expect(piped.exitCode).toBe(0);
    expect(Buffer.byteLength(piped.stdout)).toBeGreaterThan(128 * 1024);
    const filed = await bash(`f="$(mktemp)"; ${CALENDAR} > "$f"; cat "$f"; rm -f "$f"`);
    expect(piped.stdout).toBe(filed.stdout);
  });

  it('a reader that closed its end before the output: no message, the run\'s own exit code', async () => {
    const quiet = await bash('$SCHENGEN status examples/traveller.txt --on 2026-11-22 --json | (exec 0<&-; sleep 0.3); echo "code ${PIPESTATUS[0]}"');
    expect(quiet.stdout).toBe('code 0\n');
    expect(quiet.stderr).toBe('');
    const overstay = await bash('$SCHENGEN status --stay 2026-01-01..2026-05-01 --on 2026-05-02 --json --fail-on-overstay | (exec 0<&-; sleep 0.3); echo "code ${PIPESTATUS[0]}"');
    expect(overstay.stdout).toBe('code 5\n');
    expect(overstay.stderr).toBe('');
  });

  it('the same output through a pipe and into a file', async () => {
    const piped = await bash('$SCHENGEN status examples/traveller.txt --on 2026-11-22 --json | cat');
    const filed = await bash('f="$(mktemp)"; $SCHENGEN status examples/traveller.txt --on 2026-11-22 --json > "$f"; cat "$f"; rm -f "$f"');
    expect(piped.stdout).toBe(filed.stdout);
    expect(JSON.parse(piped.stdout)).toMatchObject({ command: 'status', on: '2026-11-22' });
  });
});
