import { parentPort, workerData } from 'node:worker_threads';
import type { Day } from '../core/day.js';
import type { InputLine } from '../batch/lines.js';
import { computeChunk, personComputer, type BatchOptions } from './batch-records.js';
import { belgianCalendarSource } from './commands/annex3.js';

/**
 * A worker thread of `batch --jobs N` (its own bundle, dist/bundle/batch-worker.cjs): receives chunks
 * of whole persons' input lines, answers with their records. The main thread reads, orders and writes.
 */
export interface WorkerSetup {
  readonly options: BatchOptions;
  /** Resolved once by the main thread, so that every thread computes for the same "today". */
  readonly today: Day;
  readonly source: string;
}

export interface ChunkRequest {
  readonly seq: number;
  readonly lines: InputLine[];
}

async function serve(): Promise<void> {
  const port = parentPort;
  if (port === null) throw new Error('batch-worker runs only as a worker thread');
  const { options, today, source } = workerData as WorkerSetup;
  const calendarFor = options.query === 'annex3' ? await belgianCalendarSource() : null;
  const compute = personComputer(options, today, calendarFor, source);
  // Messages sent before this listener exists wait in the port.
  port.on('message', ({ seq, lines }: ChunkRequest) => {
    try {
      port.postMessage({ seq, result: computeChunk(lines, options, compute, source) });
    } catch (error) {
      // A bug, not bad input (that becomes an error record): the main thread reports it.
      port.postMessage({ seq, bug: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
}

void serve();
