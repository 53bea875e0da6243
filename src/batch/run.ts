import { createReadStream, fstatSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { constants as osConstants } from 'node:os';
import { ExitCode, InputError, isSystemError, UsageError, UserError, unreadableFileError } from '../errors.js';
import { EndlessLineError, readLines, type InputLine } from './lines.js';
import { defaultJobs, parseJobs, parseShard, WorkerPool, type Shard } from './pool.js';
import type { CsvChunk, CsvHeader, CsvRow } from './csv.js';
import { computeChunk, computePersons, personComputer, personFromCsv, personFromNdjson, type BatchOptions, type ChunkResult, type Person } from './records.js';
import type { Day } from '../core/day.js';
import { belgianCalendarSource } from '../app/annex3-params.js';
import { outputRedirected, redirectedStdout } from '../io/output.js';

export type { BatchOptions, BatchQuery } from './records.js';

/**
 * `schengen batch`: records in (NDJSON or CSV, a file or stdin), one answer record per person out,
 * in input order, on this thread or on worker threads; every record is asked through app/'s
 * `askQuestion`, as the other doors do. `globalToday` is the reference day of records without "on".
 */
export async function runBatch(file: string | undefined, options: BatchOptions, globalToday: Day): Promise<ExitCode> {
  if (options.delimiter !== undefined && options.format !== 'csv') throw new UsageError('batch.delimiterWithoutCsv', {}, { field: '--delimiter' });
  // The holiday calendar is built only when the query needs it.
  const calendarFor = options.query === 'annex3' ? await belgianCalendarSource() : null;
  const source = file === undefined || file === '-' ? '(stdin)' : file;
  // Reads --fields, once, before any record (a mistake would otherwise fail every one).
  const compute = personComputer(options, globalToday, calendarFor, source);
  const shard = options.shard === undefined ? null : parseShard(options.shard);
  const asked = parseJobs(options.jobs);

  const stream = file === undefined || file === '-' ? process.stdin : createReadStream(file);
  stream.setEncoding('utf8');
  if (file !== undefined && file !== '-') {
    // Surface "no such file" as a FileError before anything is written.
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', (error: Error) => reject(unreadableFileError(error, file)));
    });
  }
  const jobs = asked ?? defaultJobs(inputSize(file));

  const progress = options.progress !== false && !outputRedirected() && process.stderr.isTTY === true ? startProgress() : null;
  // stdout, or the output the tests take in process (src/io/output.ts, redirectOutput).
  const out = new OutputBuffer(redirectedStdout() ?? process.stdout);
  // SIGTERM/SIGINT: stop reading, write the records already complete (whole lines only), exit 128+n.
  let stoppedBy: NodeJS.Signals | null = null;
  const stop = (signal: NodeJS.Signals) => {
    stoppedBy = signal;
    stream.destroy();
  };
  process.once('SIGTERM', stop).once('SIGINT', stop);
  if (jobs > 1) {
    // Worker threads: this thread reads (and, for CSV, parses) and writes; the workers compute.
    const pool = new WorkerPool(jobs, { options, today: globalToday, source });
    try {
      const text = stream as AsyncIterable<string>;
      const run = { shard, pool, out, progress, stopped: () => stoppedBy !== null };
      const failed =
        options.format === 'csv' ? await runInChunks(await csvChunks(text, options, compute, source), run) : await runInChunks(ndjsonChunks(text, options, compute, source), run);
      progress?.stop();
      if (stoppedBy !== null) return (128 + osConstants.signals[stoppedBy]) as ExitCode;
      return failed > 0 ? ExitCode.batchRecordFailed : ExitCode.ok;
    } catch (error) {
      if (stoppedBy !== null) {
        await out.flush();
        progress?.stop();
        return (128 + osConstants.signals[stoppedBy]) as ExitCode;
      }
      if (error instanceof EndlessLineError) {
        // The records before it are written; the endless input itself is refused (exit 3).
        await out.flush();
        throw new InputError('batch.endlessLine', { line: error.lineNumber, characters: error.characters }, { file: source, line: error.lineNumber });
      }
      if (error instanceof UserError || !isSystemError(error)) throw error;
      throw unreadableFileError(error, source);
    } finally {
      process.removeListener('SIGTERM', stop).removeListener('SIGINT', stop);
      await pool.close();
    }
  }
  let failures = 0;
  let position = 0;
  const emit = (person: Person | null) => {
    if (person === null) return;
    // --shard: every N-th person, counted over the whole input, blank lines not included.
    const mine = shard === null || position % shard.count === shard.index;
    position += 1;
    if (!mine) return;
    const outcome = compute(person);
    if (outcome.failed) failures += 1;
    progress?.tick();
    out.push(outcome.json);
  };
  try {
    if (options.format === 'csv') {
      // csv-parse is loaded only here: NDJSON runs never pay for it.
      const { readCsvPersons } = await import('./csv.js');
      const delimiter = options.delimiter === 'tab' ? '\t' : options.delimiter;
      for await (const persons of readCsvPersons(stream as AsyncIterable<string>, source, { delimiter, maxRecordSize: options.maxLineLength })) {
        for (const person of persons) emit(personFromCsv(person));
        await out.flushIfFull();
        if (stoppedBy !== null) break;
      }
    } else {
      // Synchronous per line, asynchronous per chunk: the pipe's back-pressure is honoured once a chunk.
      for await (const lines of readLines(stream as AsyncIterable<string>, options.maxLineLength)) {
        for (const line of lines) emit(personFromNdjson(line, source, options));
        await out.flushIfFull();
        if (stoppedBy !== null) break;
      }
    }
  } catch (error) {
    if (error instanceof EndlessLineError) {
      await out.flush();
      throw new InputError('batch.endlessLine', { line: error.lineNumber, characters: error.characters }, { file: source, line: error.lineNumber });
    }
    if (stoppedBy === null) {
      if (error instanceof UserError || !isSystemError(error)) throw error;
      throw unreadableFileError(error, source);
    }
  } finally {
    process.removeListener('SIGTERM', stop).removeListener('SIGINT', stop);
  }
  await out.flush();
  progress?.stop();
  if (stoppedBy !== null) return (128 + osConstants.signals[stoppedBy]) as ExitCode;
  return failures > 0 ? ExitCode.batchRecordFailed : ExitCode.ok;
}

/** The input's size in bytes when it is a regular file (a file named, or standard input redirected from one); null for a pipe. */
function inputSize(file: string | undefined): number | null {
  try {
    const stats = file === undefined || file === '-' ? fstatSync(0) : statSync(file);
    return stats.isFile() ? stats.size : null;
  } catch {
    return null;
  }
}

/** Persons per chunk handed to a worker thread: large enough that messaging costs little. */
const PERSONS_PER_CHUNK = 1000;

/** What runInChunks needs of a format: its persons as they are read, and how a chunk of them is computed. */
interface ChunkedInput<P, C> {
  /** The persons read, one array per piece of input (a person: an NDJSON line, a CSV person's rows). */
  readonly persons: AsyncIterable<P[]>;
  /** The chunk a worker gets for these persons; `last`: no person follows. */
  readonly chunk: (persons: P[], last: boolean) => C;
  /** The chunk's records computed in this thread. */
  readonly computeHere: (chunk: C) => ChunkResult;
}

/**
 * --jobs: the persons of the shard go, a thousand at a time, to the worker threads (or, for an input
 * of one chunk, to this thread). Results are written in input order; at most two chunks per thread
 * are under way, so memory stays bounded. Returns the number of error records.
 */
async function runInChunks<P, C extends InputLine[] | CsvChunk>(
  input: ChunkedInput<P, C>,
  run: {
    shard: Shard | null;
    pool: WorkerPool;
    out: OutputBuffer;
    progress: { tick: (count?: number) => void } | null;
    /** True once SIGTERM/SIGINT came: no more reading, the persons read so far are still written. */
    stopped: () => boolean;
  },
): Promise<number> {
  const { shard, pool, out, progress } = run;
  const underWay: Promise<ChunkResult>[] = [];
  const maxUnderWay = 2 * pool.size;
  let chunk: P[] = [];
  let position = 0;
  let chunksSent = 0;
  let failures = 0;

  const writeOldest = async () => {
    const result = await underWay.shift()!;
    failures += result.failures;
    progress?.tick(result.records);
    out.pushText(result.text);
    await out.flushIfFull();
  };
  const send = async (last: boolean) => {
    const work = input.chunk(chunk, last);
    chunk = [];
    // A small input (one chunk in all) is not worth starting threads for.
    underWay.push(last && chunksSent === 0 ? Promise.resolve(input.computeHere(work)) : pool.run(work));
    chunksSent += 1;
    while (underWay.length >= maxUnderWay) await writeOldest();
  };

  try {
    for await (const persons of input.persons) {
      for (const person of persons) {
        // --shard: every N-th person, counted over the whole input, blank lines not included.
        const mine = shard === null || position % shard.count === shard.index;
        position += 1;
        if (!mine) continue;
        chunk.push(person);
        if (chunk.length >= PERSONS_PER_CHUNK) await send(false);
      }
      if (run.stopped()) break;
    }
  } catch (error) {
    // SIGTERM/SIGINT destroyed the stream: the persons read so far are still computed and written.
    if (!run.stopped()) throw error;
  }
  if (chunk.length > 0 || chunksSent === 0) await send(true);
  while (underWay.length > 0) await writeOldest();
  await out.flush();
  return failures;
}

/** NDJSON for runInChunks: a person is one non-blank line (a too-long one too: it becomes an error record). */
function ndjsonChunks(stream: AsyncIterable<string>, options: BatchOptions, compute: Parameters<typeof computeChunk>[2], source: string): ChunkedInput<InputLine, InputLine[]> {
  async function* persons(): AsyncGenerator<InputLine[]> {
    for await (const lines of readLines(stream, options.maxLineLength)) yield lines.filter((line) => line.tooLong || line.text.trim() !== '');
  }
  return { persons: persons(), chunk: (lines) => lines, computeHere: (lines) => computeChunk(lines, options, compute, source) };
}

/** A CSV person's rows, or the failure that ends the input (its error record is the last person). */
type CsvUnit = { readonly rows: CsvRow[] } | { readonly failure: NonNullable<CsvChunk['failure']> };

/** CSV for runInChunks: csv-parse reads the rows here; the workers group and compute them. */
async function csvChunks(stream: AsyncIterable<string>, options: BatchOptions, compute: Parameters<typeof computeChunk>[2], source: string): Promise<ChunkedInput<CsvUnit, CsvChunk>> {
  const csv = await import('./csv.js');
  const delimiter = options.delimiter === 'tab' ? '\t' : options.delimiter;
  const rows = csv.readCsvRows(stream, { delimiter, maxRecordSize: options.maxLineLength })[Symbol.asyncIterator]();
  // The header is read and checked before any record is written (exit 3 when wrong).
  let header: CsvHeader | null = null;
  const early: CsvRow[] = [];
  let earlyFailure: CsvChunk['failure'] = undefined;
  while (header === null && earlyFailure === undefined) {
    const next = await rows.next();
    if (next.done === true) break;
    if ('failure' in next.value) earlyFailure = next.value.failure;
    else {
      const [first, ...rest] = next.value.rows;
      if (first !== undefined) {
        header = csv.csvHeader(first, source);
        early.push(...rest);
      }
    }
  }
  if (header === null) {
    if (earlyFailure !== undefined) throw new InputError('batch.csvSyntax', { reason: earlyFailure.reason }, { file: source, line: earlyFailure.line });
    throw new InputError('batch.csvMissingColumn', { column: 'id' }, { file: source, line: 1 });
  }
  const known = header;
  async function* persons(): AsyncGenerator<CsvUnit[]> {
    let current: CsvRow[] = [];
    let currentId = '';
    const group = (batch: readonly CsvRow[]): CsvUnit[] => {
      const done: CsvUnit[] = [];
      for (const row of batch) {
        if (csv.isEmptyRow(row)) continue;
        const id = csv.rowId(row, known);
        if (current.length > 0 && id !== currentId) {
          done.push({ rows: current });
          current = [];
        }
        currentId = id;
        current.push(row);
      }
      return done;
    };
    yield group(early);
    let failure = earlyFailure;
    while (failure === undefined) {
      const next = await rows.next();
      if (next.done === true) break;
      if ('failure' in next.value) failure = next.value.failure;
      else yield group(next.value.rows);
    }
    const last: CsvUnit[] = current.length > 0 ? [{ rows: current }] : [];
    yield failure === undefined ? last : [...last, { failure }];
  }
  const chunk = (units: CsvUnit[]): CsvChunk => {
    const failure = units.find((unit): unit is Extract<CsvUnit, { failure: unknown }> => 'failure' in unit)?.failure;
    const chunkRows = units.flatMap((unit) => ('rows' in unit ? unit.rows : []));
    return failure === undefined ? { header: known, rows: chunkRows } : { header: known, rows: chunkRows, failure };
  };
  return { persons: persons(), chunk, computeHere: (work) => computePersons(csv.csvChunkPersons(work, source).map(personFromCsv), compute) };
}

/** Output is written once this much is collected. */
const FLUSH_BYTES = 64 * 1024;
/** The size of each piece of memory records are encoded into. */
const PIECE_BYTES = 256 * 1024;

/**
 * Collects output lines and writes them in large pieces, waiting when the pipe is full. Each line
 * is encoded as UTF-8 straight into a buffer as it comes: joining a piece's lines into one string
 * first made strings of a few hundred kilobytes, which V8 keeps in its large-object space at a cost
 * of about 10% of a batch's CPU (issue 21).
 */
class OutputBuffer {
  constructor(private readonly stdout: NodeJS.WritableStream) {}

  /** Pieces complete, in order (a worker's bytes among them). */
  private pieces: Uint8Array[] = [];
  private piece: Buffer = Buffer.allocUnsafe(PIECE_BYTES);
  private used = 0;
  private size = 0;

  /** Room for `length` UTF-16 units (at most 3 bytes each in UTF-8) and a newline. */
  private makeRoom(length: number): void {
    const needed = length * 3 + 1;
    if (this.used + needed <= this.piece.length) return;
    this.seal();
    if (needed > this.piece.length) this.piece = Buffer.allocUnsafe(needed);
  }

  /** The current piece, as far as it is filled, goes to the list; the next lines go to a fresh one. */
  private seal(): void {
    if (this.used === 0) return;
    this.pieces.push(this.piece.subarray(0, this.used));
    this.piece = Buffer.allocUnsafe(PIECE_BYTES);
    this.used = 0;
  }

  private encode(text: string): void {
    this.makeRoom(text.length);
    const written = this.piece.write(text, this.used);
    this.used += written;
    this.size += written;
  }

  push(line: string): void {
    this.encode(line);
    this.piece[this.used] = 0x0a;
    this.used += 1;
    this.size += 1;
  }

  /** Lines already ended by newlines: a chunk's records, as text or as UTF-8 bytes from a worker. */
  pushText(text: string | Uint8Array): void {
    if (typeof text === 'string') {
      this.encode(text);
      return;
    }
    // Bytes keep their place after the text before them.
    this.seal();
    this.pieces.push(text);
    this.size += text.length;
  }

  async flushIfFull(): Promise<void> {
    if (this.size >= FLUSH_BYTES) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    this.seal();
    const { pieces } = this;
    const chunk = pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces);
    this.pieces = [];
    this.size = 0;
    if (!this.stdout.write(chunk)) await once(this.stdout, 'drain');
  }
}

/** Records done and rate on stderr, only when stderr is a terminal. */
function startProgress(): { tick: (count?: number) => void; stop: () => void } {
  let done = 0;
  const started = Date.now();
  const draw = () => {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    process.stderr.write(`\r${done} persons, ${Math.round(done / seconds)}/s `);
  };
  const timer = setInterval(draw, 250);
  timer.unref();
  return {
    tick: (count = 1) => {
      done += count;
    },
    stop: () => {
      clearInterval(timer);
      draw();
      process.stderr.write('\n');
    },
  };
}
