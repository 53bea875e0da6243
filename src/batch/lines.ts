/**
 * A line that has gone on this many characters past its limit without a newline is no record at
 * all but an endless input (`/dev/zero`, a binary file): reading stops there instead of forever.
 */
export const ENDLESS_LINE_FACTOR = 64;
export const ENDLESS_LINE_MIN = 64 * 1024 * 1024;

/** Thrown by `readLines` for an endless line; the caller turns it into its own error. */
export class EndlessLineError extends Error {
  constructor(
    readonly lineNumber: number,
    readonly characters: number,
  ) {
    super(`line ${lineNumber} has no end after ${characters} characters`);
  }
}

/** One line of a streamed input; a line longer than the limit keeps its number but not its text. */
export interface InputLine {
  readonly number: number;
  readonly text: string;
  readonly tooLong: boolean;
}

/**
 * Splits a stream of text into lines without ever holding more than `maxLength` characters of
 * one line: a longer line is reported as too long (and skipped up to its end) instead of being
 * buffered whole. A line ends with LF, CRLF or a lone CR (as the stamp reader and the log take
 * them), also when a chunk ends between the CR and the LF. Lines come out in arrays, one per
 * chunk read, to keep per-line overhead low.
 */
export async function* readLines(chunks: AsyncIterable<string>, maxLength: number): AsyncGenerator<InputLine[]> {
  let pending = '';
  let pendingTooLong = false;
  let skipped = 0;
  let number = 0;
  // The last chunk ended with a CR: an LF at the start of the next one ends no other line.
  let afterCr = false;
  const endless = Math.max(ENDLESS_LINE_MIN, ENDLESS_LINE_FACTOR * maxLength);
  const finish = (piece: string): InputLine => {
    number += 1;
    const tooLong = pendingTooLong || pending.length + piece.length > maxLength;
    const text = tooLong ? '' : pending + piece;
    pending = '';
    pendingTooLong = false;
    skipped = 0;
    return { number, text, tooLong };
  };
  for await (const chunk of chunks) {
    if (chunk.length === 0) continue;
    const lines: InputLine[] = [];
    let start = afterCr && chunk.charCodeAt(0) === 10 ? 1 : 0;
    afterCr = false;
    // Each search runs once per line end found: a chunk without CR is scanned for one once.
    let lf = chunk.indexOf('\n', start);
    let cr = chunk.indexOf('\r', start);
    while (lf >= 0 || cr >= 0) {
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        lines.push(finish(chunk.slice(start, cr)));
        start = cr + 1;
        if (lf === start) {
          start += 1;
          lf = chunk.indexOf('\n', start);
        } else if (start === chunk.length) {
          afterCr = true;
        }
        cr = chunk.indexOf('\r', start);
      } else {
        lines.push(finish(chunk.slice(start, lf)));
        start = lf + 1;
        lf = chunk.indexOf('\n', start);
      }
    }
    if (!pendingTooLong) {
      if (pending.length + chunk.length - start > maxLength) {
        pendingTooLong = true;
        skipped = pending.length + chunk.length - start;
        pending = '';
      } else {
        pending += chunk.slice(start);
      }
    } else {
      skipped += chunk.length - start;
    }
    if (lines.length > 0) yield lines;
    if (pendingTooLong && skipped > endless) throw new EndlessLineError(number + 1, skipped);
  }
  if (pending !== '' || pendingTooLong) yield [finish('')];
}
