import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const binPath = fileURLToPath(new URL('../../bin/schengen.js', import.meta.url));
export const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/** Runs the built binary as a user would, with a fixed zone and no colour; never waits for input. */
export function runCli(args: readonly string[], options: { stdin?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [binPath, ...args],
      {
        cwd: projectRoot,
        // XDG_DATA_HOME points nowhere: no test may read or write the real user's own stamp file.
        env: { PATH: process.env['PATH'] ?? '', TZ: 'UTC', NO_COLOR: '1', LANG: 'C', XDG_DATA_HOME: '/nonexistent/schengen-tests', ...options.env },
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const exitCode = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        if (exitCode === -1) reject(error);
        else resolve({ stdout, stderr, exitCode });
      },
    );
    child.stdin?.end(options.stdin ?? '');
  });
}

/** A stack trace line ("    at foo (file.js:1:2)") must never reach a user. */
export const STACK_TRACE = /\n\s+at /;

/**
 * The rows of a two-column table as [label, value], with the lines of wrapped cells joined by a
 * space, so that tests check words, not the layout.
 */
export function tableRows(stdout: string): [string, string][] {
  const rows: [string, string][] = [];
  let label: string[] = [];
  let value: string[] = [];
  const flush = () => {
    if (label.length > 0 || value.length > 0) rows.push([label.join(' ').trim(), value.join(' ').trim()]);
    label = [];
    value = [];
  };
  for (const line of stdout.split('\n')) {
    if (/^[├└]/.test(line)) flush();
    const cells = line.split('│');
    if (cells.length !== 4) continue;
    if (cells[1]!.trim() !== '') label.push(cells[1]!.trim());
    if (cells[2]!.trim() !== '') value.push(cells[2]!.trim());
  }
  flush();
  return rows;
}

/** A table's output as its verdict (the first paragraph, its wrapped lines joined) and the rest. */
export function splitVerdict(stdout: string): { verdict: string; body: string } {
  const end = stdout.indexOf('\n\n');
  if (end < 0) throw new Error(`no verdict paragraph in:\n${stdout}`);
  return { verdict: stdout.slice(0, end).replace(/\n/g, ' '), body: stdout.slice(end + 2) };
}
