import { writeSync } from 'node:fs';
import { escapeForTerminal, escapeLinesForTerminal } from '../escape.js';

/**
 * The one writer of messages on stderr: every error and warning is exactly one line, with every
 * control character, escape sequence and bidi mark of the input shown escaped, never obeyed.
 */
export function writeErrorLine(text: string): void {
  const line = `${escapeForTerminal(text.endsWith('\n') ? text.slice(0, -1) : text)}\n`;
  if (sink !== null) sink.stderr(line);
  else process.stderr.write(line);
}

/** What takes the place of stdout and stderr (see redirectOutput). */
export interface OutputSink {
  stdout(text: string): void;
  stderr(text: string): void;
}

let sink: OutputSink | null = null;

/**
 * Sends the command's output and messages to `to` instead of this process's stdout and stderr, as
 * on a pipe (null: back to them). The tests run the command line in their own process with it
 * (test/support/cli-in-process.ts); the binary never calls it.
 */
export function redirectOutput(to: OutputSink | null): void {
  sink = to;
}

/**
 * While redirected, a stand-in for process.stdout that hands whatever is written to the sink (batch
 * writes its records to a stream); null otherwise. It is never full: it never asks to wait.
 */
export function redirectedStdout(): NodeJS.WritableStream | null {
  if (sink === null) return null;
  const to = sink;
  return { write: (chunk: string | Uint8Array) => (to.stdout(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')), true) } as unknown as NodeJS.WritableStream;
}

/** True while redirectOutput has taken the output: it goes to no terminal. */
export function outputRedirected(): boolean {
  return sink !== null;
}

/** Human text on stdout that echoes the user's input (log confirmations, log list): each line made safe. */
export function writeHumanText(text: string): void {
  writeStdout(escapeLinesForTerminal(text));
}

let writeDirectly = true;

/**
 * A command's output on stdout. Written straight to file descriptor 1 while that works: creating
 * process.stdout (a socket for a pipe, a stream for a file or /dev/null) loads Node's streams, 1.5 to
 * 3 ms of every start (issue 12). At the first failure of any kind (a non-blocking pipe that is full:
 * EAGAIN, a reader gone: EPIPE, a full disk: ENOSPC, no stdout at all) the rest goes to
 * process.stdout, from then on, which fails or waits exactly as it always did (guardOutput).
 */
export function writeStdout(text: string): void {
  if (sink !== null) {
    sink.stdout(text);
    return;
  }
  if (writeDirectly) {
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    try {
      while (written < bytes.length) written += writeSync(1, bytes, written);
      return;
    } catch {
      writeDirectly = false;
      process.stdout.write(bytes.subarray(written));
      return;
    }
  }
  process.stdout.write(text);
}

/**
 * A reader that goes away (`schengen … | head -1`) ends the run quietly; any other failure to
 * write the output (a full disk: ENOSPC, an I/O error) is one line on stderr and exit code 4.
 * Nothing more can be written, so the process ends here. The handlers are attached when each
 * stream is first used: Node creates process.stdout and process.stderr on first use, and creating
 * one (a pipe's socket, a terminal's stream) costs start-up (issue 12) in a run that never writes there.
 */
export function guardOutput(report: (error: NodeJS.ErrnoException) => Promise<number>): void {
  let failed = false;
  whenCreated('stdout', (stdout) =>
    stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (failed) return;
      failed = true;
      if (error.code === 'EPIPE') {
        process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
      }
      void report(error).then((code) => process.exit(code));
    }),
  );
  whenCreated('stderr', (stderr) =>
    stderr.on('error', () => {
      /* nowhere left to say anything */
    }),
  );
}

/** Runs `attach` on process[name] as soon as Node has created it (at once if it has). */
function whenCreated(name: 'stdout' | 'stderr', attach: (stream: NodeJS.WriteStream) => void): void {
  const property = Object.getOwnPropertyDescriptor(process, name);
  const create = property?.get;
  if (property === undefined || create === undefined || property.configurable !== true) {
    attach(process[name]);
    return;
  }
  let stream: NodeJS.WriteStream | undefined;
  Object.defineProperty(process, name, {
    configurable: true,
    enumerable: property.enumerable ?? true,
    get() {
      if (stream === undefined) {
        stream = create.call(process) as NodeJS.WriteStream;
        attach(stream);
      }
      return stream;
    },
  });
}
