import { escapeForTerminal, escapeLinesForTerminal } from './terminal.js';

/**
 * The one writer of messages on stderr: every error and warning is exactly one line, with every
 * control character, escape sequence and bidi mark of the input shown escaped, never obeyed.
 */
export function writeErrorLine(text: string): void {
  process.stderr.write(`${escapeForTerminal(text.endsWith('\n') ? text.slice(0, -1) : text)}\n`);
}

/** Human text on stdout that echoes the user's input (log confirmations, log list): each line made safe. */
export function writeHumanText(text: string): void {
  process.stdout.write(escapeLinesForTerminal(text));
}

/**
 * A reader that goes away (`schengen … | head -1`) ends the run quietly; any other failure to
 * write the output (a full disk: ENOSPC, an I/O error) is one line on stderr and exit code 4.
 * Nothing more can be written, so the process ends here.
 */
export function guardOutput(report: (error: NodeJS.ErrnoException) => Promise<number>): void {
  let failed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (failed) return;
    failed = true;
    if (error.code === 'EPIPE') {
      process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    }
    void report(error).then((code) => process.exit(code));
  });
  process.stderr.on('error', () => {
    /* nowhere left to say anything */
  });
}
