import { PassThrough } from 'node:stream';
import { parseJobs } from '../../src/batch/pool.js';
import { prepareGlobalOptions, wireGlobalOptions } from '../../src/cli/global-options.js';
import { buildProgram } from '../../src/cli/main.js';
import { reportError } from '../../src/cli/report-error.js';
import { redirectOutput, writeErrorLine } from '../../src/io/output.js';
import type { CliResult } from '../e2e/run-cli.js';

/**
 * `schengen ARGS` in this process (issue 24), as src/cli/start.ts runs it in the binary: the global
 * options and the settings file (prepareGlobalOptions), the program of src/cli/main.ts built anew
 * and wired (wireGlobalOptions), commander's parse and the command's action, and the one catch
 * (reportError: one line on stderr, an exit code). Its output is taken as on a pipe (no terminal),
 * its environment is the one run-cli.ts gives the binary (and `env`), and standard input is `stdin`.
 *
 * What only the binary shows (the bundle, the code cache, stdout written to descriptor 1, the
 * terminal, signals, worker threads, `serve` and `mcp` but for their help) stays with run-cli.ts; each command
 * keeps at least one binary run (test/e2e/smoke.test.ts compares the two on every command).
 *
 * The process's environment, standard input and exit code are shared: runs are taken one at a time.
 */
export async function runInProcess(args: readonly string[], options: { stdin?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  const { stdout, stderr, exitCode } = await runInProcessWithOutput(args, options);
  return { stdout, stderr, exitCode };
}

/** runInProcess, with both streams also in the order they were written (the README's `2>&1`). */
export async function runInProcessWithOutput(args: readonly string[], options: { stdin?: string; env?: Record<string, string> } = {}): Promise<InProcessResult> {
  const previous = queue;
  let release!: () => void;
  queue = new Promise<void>((resolve) => (release = resolve));
  await previous;
  try {
    return await runNow(args, options);
  } finally {
    release();
  }
}

let queue: Promise<void> = Promise.resolve();

export interface InProcessResult extends CliResult {
  /** stdout and stderr in the order they were written, as `2>&1` would show them. */
  readonly output: string;
}

/** Servers that run until stopped: their help only. */
const NOT_IN_PROCESS = new Set(['serve', 'mcp']);

async function runNow(given: readonly string[], options: { stdin?: string; env?: Record<string, string> }): Promise<InProcessResult> {
  const command = given.find((arg) => !arg.startsWith('-'));
  const help = given.includes('--help') || given.includes('-h');
  if (command !== undefined && NOT_IN_PROCESS.has(command) && !help) throw new Error(`runInProcess: "schengen ${command}" runs as its own process (run-cli.ts)`);
  // batch on this thread only: its worker threads are the built bundle's (--jobs N > 1 stays with run-cli.ts).
  const jobs = given.indexOf('--jobs');
  if (command === 'batch' && jobs >= 0 && (threadsAsked(given[jobs + 1]) ?? 1) > 1) throw new Error('runInProcess: batch --jobs N > 1 runs as its own process (run-cli.ts)');
  const args = command === 'batch' && jobs < 0 && !help ? [...given, '--jobs', '1'] : given;
  const argv = [process.execPath, 'schengen', ...args];
  const env: NodeJS.ProcessEnv = { PATH: process.env['PATH'] ?? '', TZ: 'UTC', NO_COLOR: '1', LANG: 'C', XDG_DATA_HOME: '/nonexistent/schengen-tests', ...options.env };
  const savedEnv = { ...process.env };
  const savedStdin = Object.getOwnPropertyDescriptor(process, 'stdin');
  const savedExitCode = process.exitCode;
  let stdout = '';
  let stderr = '';
  let output = '';
  const toStdout = (text: string) => {
    stdout += text;
    output += text;
  };
  const toStderr = (text: string) => {
    stderr += text;
    output += text;
  };
  replaceEnvironment(env);
  const input = new PassThrough();
  input.end(options.stdin ?? '');
  Object.defineProperty(process, 'stdin', { configurable: true, enumerable: true, get: () => input });
  redirectOutput({ stdout: toStdout, stderr: toStderr });
  process.exitCode = undefined;
  let exitCode: number;
  let configLanguage: string | undefined;
  try {
    try {
      const globals = await prepareGlobalOptions(argv, process.env);
      configLanguage = globals.config.lang;
      const program = buildProgram();
      // Commander's own output (the help, a command group without its subcommand) goes where the binary's would, as on a pipe.
      for (const each of allCommands(program)) {
        each.configureOutput({ writeOut: toStdout, writeErr: toStderr, getOutHelpWidth: () => 80, getErrHelpWidth: () => 80, getOutHasColors: () => false, getErrHasColors: () => false });
      }
      wireGlobalOptions(program, globals, argv);
      if (!globals.helpShown) await program.parseAsync(argv);
      exitCode = typeof process.exitCode === 'number' ? process.exitCode : 0;
    } catch (error) {
      exitCode = await reportError(error, argv, process.env, writeErrorLine, configLanguage);
    }
  } finally {
    redirectOutput(null);
    if (savedStdin !== undefined) Object.defineProperty(process, 'stdin', savedStdin);
    replaceEnvironment(savedEnv);
    process.exitCode = savedExitCode;
  }
  return { stdout, stderr, exitCode, output };
}

/** --jobs as batch reads it; undefined when refused (batch then reports it as the binary does). */
function threadsAsked(text: string | undefined): number | undefined {
  try {
    return parseJobs(text);
  } catch {
    return undefined;
  }
}

/** The test runner's own variables stay; every other one is the run's. */
const RUNNER = /^(VITEST|TINYPOOL|NODE_OPTIONS|NODE_V8_COVERAGE)/;

function replaceEnvironment(env: NodeJS.ProcessEnv): void {
  for (const key of Object.keys(process.env)) if (!(key in env) && !RUNNER.test(key)) delete process.env[key];
  for (const [key, value] of Object.entries(env)) if (value !== undefined) process.env[key] = value;
}

function allCommands(command: ReturnType<typeof buildProgram>): ReturnType<typeof buildProgram>[] {
  return [command, ...command.commands.flatMap((sub) => allCommands(sub))];
}
