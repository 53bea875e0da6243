import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { ExitCode, unreadableFileError } from '../../errors.js';
import { readLines } from '../../batch/lines.js';
import { CsvGrouper, personComputer, personFromNdjson, type BatchOptions, type Person } from '../batch-records.js';
import { resolveToday } from '../clock.js';
import { belgianCalendarSource } from './annex3.js';

export type { BatchOptions, BatchQuery } from '../batch-records.js';

export async function runBatchCommand(file: string | undefined, options: BatchOptions): Promise<ExitCode> {
  const globalToday = await resolveToday(options);
  // The holiday calendar is built only when the query needs it.
  const calendarFor = options.query === 'annex3' ? await belgianCalendarSource() : null;
  const source = file === undefined || file === '-' ? '(stdin)' : file;
  const compute = personComputer(options, globalToday, calendarFor, source);

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
  for await (const lines of readLines(stream as AsyncIterable<string>, options.maxLineLength)) {
    for (const line of lines) emit(csv === null ? personFromNdjson(line, source, options.maxLineLength) : csv.push(line));
    await out.flushIfFull();
  }
  if (csv !== null) emit(csv.flush());
  await out.flush();
  progress?.stop();
  return failures > 0 ? ExitCode.batchRecordFailed : ExitCode.ok;
}

/** Collects output lines and writes them in large pieces, waiting when the pipe is full. */
class OutputBuffer {
  private parts: string[] = [];
  private size = 0;

  push(line: string): void {
    this.parts.push(line, '\n');
    this.size += line.length + 1;
  }

  async flushIfFull(): Promise<void> {
    if (this.size >= 64 * 1024) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!process.stdout.write(text)) await once(process.stdout, 'drain');
  }
}

/** Records done and rate on stderr, only when stderr is a terminal. */
function startProgress(): { tick: () => void; stop: () => void } {
  let done = 0;
  const started = Date.now();
  const draw = () => {
    const seconds = Math.max((Date.now() - started) / 1000, 0.001);
    process.stderr.write(`\r${done} persons, ${Math.round(done / seconds)}/s `);
  };
  const timer = setInterval(draw, 250);
  timer.unref();
  return {
    tick: () => {
      done += 1;
    },
    stop: () => {
      clearInterval(timer);
      draw();
      process.stderr.write('\n');
    },
  };
}
