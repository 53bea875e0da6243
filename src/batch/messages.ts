import type { CsvChunk } from './csv.js';
import type { InputLine } from './lines.js';
import type { Day } from '../core/day.js';
import type { BatchOptions } from './records.js';

/** What the main thread of `batch --jobs` and its worker threads (worker.ts) send each other. */

export interface WorkerSetup {
  readonly options: BatchOptions;
  /** Resolved once by the main thread, so that every thread computes for the same "today". */
  readonly today: Day;
  readonly source: string;
}

/**
 * A chunk of input lines on its way to a worker, packed: one string and two typed arrays clone far
 * faster than a thousand small objects. Lines hold no newline, so joining them with one is safe.
 */
export interface ChunkRequest {
  readonly seq: number;
  readonly texts: string;
  readonly numbers: Int32Array;
  readonly tooLong: Uint8Array;
}

/** A chunk of CSV rows (whole persons), cloned as it is: CSV is less common and its rows are arrays already. */
export interface CsvChunkRequest {
  readonly seq: number;
  readonly csv: CsvChunk;
}

export function packLines(seq: number, lines: readonly InputLine[]): ChunkRequest {
  const numbers = new Int32Array(lines.length);
  const tooLong = new Uint8Array(lines.length);
  lines.forEach((line, index) => {
    numbers[index] = line.number;
    tooLong[index] = line.tooLong ? 1 : 0;
  });
  return { seq, texts: lines.map((line) => line.text).join('\n'), numbers, tooLong };
}

export function unpackLines(request: ChunkRequest): InputLine[] {
  const texts = request.texts.split('\n');
  return texts.map((text, index) => ({ number: request.numbers[index]!, text, tooLong: request.tooLong[index] === 1 }));
}

/** A chunk's records on their way back: UTF-8 bytes in a buffer that is moved, not copied. */
export interface ChunkReply {
  readonly seq: number;
  readonly bytes?: Uint8Array;
  readonly records?: number;
  readonly failures?: number;
  readonly bug?: string;
}

