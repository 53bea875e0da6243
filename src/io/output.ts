import { writeSync } from 'node:fs';
import { escapeForTerminal, escapeLinesForTerminal } from '../escape.js';

/**
 * The one writer of messages on stderr: every error and warning is exactly one line, with every
 * control character, escape sequence and bidi mark of the input shown escaped, never obeyed.
 */
export function writeErrorLine(text: string): void {
  process.stderr.write(`${escapeForTerminal(text.endsWith('\n') ? text.slice(0, -1) : text)}\n`);
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
