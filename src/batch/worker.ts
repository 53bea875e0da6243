import { parentPort, workerData } from 'node:worker_threads';
import { csvChunkPersons } from './csv.js';
import { computeChunk, computePersons, personComputer, personFromCsv } from './records.js';
import { unpackLines, type ChunkReply, type ChunkRequest, type CsvChunkRequest, type WorkerSetup } from './messages.js';
import { belgianCalendarSource } from '../app/annex3-params.js';

/**
 * A worker thread of `batch --jobs N` (its own bundle, dist/bundle/batch-worker.cjs): receives chunks
 * of whole persons' input lines (NDJSON) or rows (CSV), answers with their records. The main thread reads, orders and writes.
 */
async function serve(): Promise<void> {
  const port = parentPort;
  if (port === null) throw new Error('batch-worker runs only as a worker thread');
  const { options, today, source } = workerData as WorkerSetup;
  const calendarFor = options.query === 'annex3' ? await belgianCalendarSource() : null;
  const compute = personComputer(options, today, calendarFor, source);
  // Messages sent before this listener exists wait in the port.
  const encoder = new TextEncoder();
  port.on('message', (request: ChunkRequest | CsvChunkRequest) => {
    let reply: ChunkReply;
    try {
      const result =
        'csv' in request ? computePersons(csvChunkPersons(request.csv, source).map(personFromCsv), compute) : computeChunk(unpackLines(request), options, compute, source);
      reply = { seq: request.seq, bytes: encoder.encode(result.text), records: result.records, failures: result.failures };
    } catch (error) {
      // A bug, not bad input (that becomes an error record): the main thread reports it.
      reply = { seq: request.seq, bug: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply, reply.bytes === undefined ? [] : [reply.bytes.buffer as ArrayBuffer]);
  });
}

void serve();
