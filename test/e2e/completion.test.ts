import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STACK_TRACE } from './run-cli.js';
import { runInProcess } from '../support/cli-in-process.js';

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

function bash(script: string): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve) => {
    execFile('bash', ['--norc', '--noprofile', '-c', script], { env: { PATH: process.env['PATH'] ?? '' } }, (error, stdout, stderr) =>
      resolve({ stdout, stderr, code: error === null ? 0 : typeof error.code === 'number' ? error.code : -1 }),
    );
  });
}

describe('schengen completion', () => {
  it.each(['bash', 'zsh', 'fish'])('%s: a script that names every command', async (shell) => {
    const result = await runInProcess(['completion', shell]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    for (const command of ['status', 'plan', 'next', 'annex3', 'calendar', 'ics', 'log', 'batch', 'visa', 'completion', 'permit', 'mrz', 'check', 'statement', 'trip', 'edit']) expect(result.stdout).toContain(command);
  });

  it('zsh and fish register themselves the way each shell expects', async () => {
    expect((await runInProcess(['completion', 'zsh'])).stdout).toMatch(/^#compdef schengen\n[\s\S]*compdef _schengen schengen/);
    expect((await runInProcess(['completion', 'fish'])).stdout).toContain("complete -c schengen -n 'true; and __fish_seen_subcommand_from annex3' -l html -d");
  });

  it('bash -n accepts the bash script', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'schengen-completion-'));
    made.push(dir);
    const file = join(dir, 'schengen.bash');
    await writeFile(file, (await runInProcess(['completion', 'bash'])).stdout);
    const checked = await bash(`bash -n '${file}'`);
    expect(checked.stderr).toBe('');
    expect(checked.code).toBe(0);
  });

  it.each([
    ['a command', ['schengen', 'sta'], ['status', 'statement']],
    ['a new command', ['schengen', 'ch'], ['check']],
    ['a subcommand of log', ['schengen', 'log', 'p'], ['permit']],
    ['options of annex3', ['schengen', 'annex3', '--ht'], ['--html']],
    ['options of log list', ['schengen', 'log', 'list', '--a'], ['--all']],
    ['the values of batch --query', ['schengen', 'batch', '--query', 'a'], ['annex3', 'apply']],
  ])('bash completes %s', async (_name, words, expected) => {
    const { stdout: script } = await runInProcess(['completion', 'bash']);
    const dir = await mkdtemp(join(tmpdir(), 'schengen-completion-'));
    made.push(dir);
    const file = join(dir, 'schengen.bash');
    await writeFile(file, script);
    const quoted = words.map((word) => `'${word}'`).join(' ');
    const result = await bash(`source '${file}'; COMP_WORDS=(${quoted}); COMP_CWORD=${words.length - 1}; _schengen_complete; printf '%s\\n' "\${COMPREPLY[@]}"`);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual(expected);
  });

  it('an unknown shell is a usage error', async () => {
    const result = await runInProcess(['completion', 'tcsh']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});
