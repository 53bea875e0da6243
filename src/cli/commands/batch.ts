import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { ExitCode, unreadableFileError } from '../../errors.js';
import { readLines, type InputLine } from '../../batch/lines.js';
import { parseJobs, parseShard, PersonSplitter, WorkerPool, type Shard } from '../batch-pool.js';
import { computeChunk, CsvGrouper, personComputer, personFromNdjson, type BatchOptions, type ChunkResult, type Person } from '../batch-records.js';
import { resolveToday } from '../clock.js';
import { belgianCalendarSource } from './annex3.js';

export type { BatchOptions, BatchQuery } from '../batch-records.js';

export async function runBatchCommand(file: string | undefined, options: BatchOptions): Promise<ExitCode> {
  const globalToday = await resolveToday(options);
  // The holiday calendar is built only when the query needs it.
  const calendarFor = options.query === 'annex3' ? await belgianCalendarSource() : null;
  const source = file === undefined || file === '-' ? '(stdin)' : file;
  const compute = personComputer(options, globalToday, calendarFor, source);
  const shard = options.shard === undefined ? null : parseShard(options.shard);
  const jobs = parseJobs(options.jobs);

  const stream = file === undefined || file === '-' ? process.stdin : createReadStream(file);
  stream.setEncoding('utf8');
  if (file !== undefined && file !== '-') {
    // Surface "no such file" as a FileError before anything is written.
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', (error: Error) => reject(unreadableFileError(error, file)));
    });
  }

  const progress = options.progress !== false && process.stderr.isTTY === true ? startProgress() : null;
  const out = new OutputBuffer();
  const lineChunks = readLines(stream as AsyncIterable<string>, options.maxLineLength);
  if (shard !== null || jobs > 1) {
    const pool = jobs > 1 ? new WorkerPool(jobs, { options, today: globalToday, source }) : null;
    try {
      const failed = await runInChunks(lineChunks, { options, source, shard, pool, out, progress, compute });
      progress?.stop();
      return failed > 0 ? ExitCode.batchRecordFailed : ExitCode.ok;
    } finally {
      await pool?.close();
    }
  }
  const csv = options.format === 'csv' ? new CsvGrouper(source, options.maxLineLength) : null;
  let failures = 0;
  const emit = (person: Person | null) => {
    if (person === null) return;
    const outcome = compute(person);
    if (outcome.failed) failures += 1;
    progress?.tick();
    out.push(outcome.json);
  };
  // Synchronous per line, asynchronous per chunk: the pipe's back-pressure is honoured once a chunk.
  for await (const lines of lineChunks) {
    for (const line of lines) emit(csv === null ? personFromNdjson(line, source, options.maxLineLength) : csv.push(line));
    await out.flushIfFull();
  }
  if (csv !== null) emit(csv.flush());
  await out.flush();
  progress?.stop();
  return failures > 0 ? ExitCode.batchRecordFailed : ExitCode.ok;
}

/** Persons per chunk handed to a worker thread: large enough that messaging costs little. */
const PERSONS_PER_CHUNK = 1000;

/**
 * --shard and --jobs: the input is cut into persons; the shard's own go, a thousand at a time, to the
 * worker threads (or, with --jobs 1 or fewer persons than one chunk, to this thread). Results are
 * written in input order; at most two chunks per thread are under way, so memory stays bounded.
 * Returns the number of error records.
 */
async function runInChunks(
  lineChunks: AsyncIterable<InputLine[]>,
  run: {
    options: BatchOptions;
    source: string;
    shard: Shard | null;
    pool: WorkerPool | null;
    out: OutputBuffer;
    progress: { tick: (count?: number) => void } | null;
    compute: Parameters<typeof computeChunk>[2];
  },
): Promise<number> {
  const { options, source, shard, pool, out, progress } = run;
  const splitter = new PersonSplitter(options.format === 'csv');
  const underWay: Promise<ChunkResult>[] = [];
  const maxUnderWay = pool === null ? 1 : 2 * pool.size;
  let chunk: InputLine[] = [];
  let chunkPersons = 0;
  let position = 0;
  let chunksSent = 0;
  let failures = 0;
  let headerChecked = options.format !== 'csv';

  const take = (lines: InputLine[] | null) => {
    if (lines === null) return;
    const mine = shard === null || position % shard.count === shard.index;
    position += 1;
    if (!mine) return;
    for (const line of lines) chunk.push(line);
    chunkPersons += 1;
  };
  const writeOldest = async () => {
    const result = await underWay.shift()!;
    failures += result.failures;
    progress?.tick(result.records);
    out.pushText(result.text);
    await out.flushIfFull();
  };
  const send = async (last: boolean) => {
    const lines = chunk;
    chunk = [];
    chunkPersons = 0;
    // A small input (one chunk in all) is not worth starting threads for.
    const inThisThread = pool === null || (last && chunksSent === 0);
    underWay.push(inThisThread ? Promise.resolve(computeChunk(lines, options, run.compute, source)) : pool.run(lines));
    chunksSent += 1;
    while (underWay.length >= maxUnderWay) await writeOldest();
  };

  for await (const lines of lineChunks) {
    for (const line of lines) {
      if (!headerChecked) {
        // The header is checked once, here, before any record is written (exit 3 when wrong).
        new CsvGrouper(source, options.maxLineLength).push(line);
        headerChecked = true;
        continue;
      }
      take(splitter.push(line));
      if (chunkPersons >= PERSONS_PER_CHUNK) await send(false);
    }
  }
  take(splitter.flush());
  if (chunkPersons > 0) await send(true);
  while (underWay.length > 0) await writeOldest();
  await out.flush();
  return failures;
}

/** Collects output lines and writes them in large pieces, waiting when the pipe is full. */
class OutputBuffer {
  private parts: string[] = [];
  private bytes: Uint8Array[] | null = null;
  private size = 0;

  push(line: string): void {
    this.parts.push(line, '\n');
    this.size += line.length + 1;
  }

  /** Lines already ended by newlines: a chunk's records, as text or as UTF-8 bytes from a worker. */
  pushText(text: string | Uint8Array): void {
    if (typeof text === 'string') {
      this.parts.push(text);
    } else {
      // Bytes keep their place after the text before them.
      (this.bytes ??= []).push(Buffer.from(this.parts.join('')), text);
      this.parts = [];
    }
    this.size += text.length;
  }

  async flushIfFull(): Promise<void> {
    if (this.size >= 64 * 1024) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const text = this.parts.join('');
    const chunk = this.bytes === null ? text : Buffer.concat([...this.bytes, Buffer.from(text)]);
    this.parts = [];
    this.bytes = null;
    this.size = 0;
    if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
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
