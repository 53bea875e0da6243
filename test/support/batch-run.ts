import { PassThrough, Writable } from 'node:stream';
import type { BatchOptions } from '../../src/batch/run.js';
import { parseJobs } from '../../src/batch/pool.js';
import { runBatch } from '../../src/batch/run.js';
import { resolveToday } from '../../src/cli/clock.js';
import { buildProgram } from '../../src/cli/main.js';
import { reportError } from '../../src/cli/report-error.js';

export interface BatchRunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

/**
 * `schengen batch ARGS < stdin` in this process (issue 24): the arguments parsed by the program the
 * binary runs (src/cli/main.ts), then src/batch/run.ts given the input and an output as streams,
 * and an error reported as the binary reports it (reportError: one line, an exit code). One thread
 * only: the worker threads are the built binary's (--jobs N > 1 stays end to end).
 */
export async function batchRun(args: readonly string[], stdin = ''): Promise<BatchRunResult> {
  const argv = ['node', 'schengen', 'batch', ...args];
  const env = { LANG: 'C', TZ: 'UTC', XDG_CONFIG_HOME: '/nonexistent/schengen-tests' };
  let stderr = '';
  const write = (line: string) => {
    stderr += `${line}\n`;
  };
  let parsed: { file: string | undefined; options: BatchOptions } | undefined;
  const program = buildProgram();
  program.commands.find((command) => command.name() === 'batch')!.action((file: string | undefined, options: BatchOptions) => {
    parsed = { file, options };
  });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    const exitCode = await reportError(error, argv, env, write);
    return { stdout: '', stderr, exitCode };
  }
  const { file, options } = parsed!;
  if ((parsedJobs(options.jobs) ?? 1) > 1) throw new Error('batchRun: one thread only (--jobs N > 1 is the binary’s)');
  const input = new PassThrough();
  input.end(stdin);
  const chunks: Buffer[] = [];
  const output = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  const stdout = () => Buffer.concat(chunks).toString('utf8');
  try {
    const exitCode = await runBatch(file, { ...options, jobs: options.jobs ?? '1' }, await resolveToday(options), { stdin: input, stdout: output });
    return { stdout: stdout(), stderr, exitCode };
  } catch (error) {
    const exitCode = await reportError(error, argv, env, write);
    return { stdout: stdout(), stderr, exitCode };
  }
}

/** --jobs as run.ts reads it; undefined when absent or refused (run.ts then reports it). */
function parsedJobs(text: string | undefined): number | undefined {
  try {
    return parseJobs(text);
  } catch {
    return undefined;
  }
}
