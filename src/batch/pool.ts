import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CsvChunk } from './csv.js';
import type { InputLine } from './lines.js';
import { UsageError } from '../errors.js';
import type { ChunkResult } from './records.js';
import { packLines, type ChunkReply, type CsvChunkRequest, type WorkerSetup } from './messages.js';

/**
 * `batch --shard I/N` and `batch --jobs N`: persons are cut out of the input, the shard keeps
 * every N-th, and chunks of whole persons go to worker threads whose records come back in input order.
 */

export interface Shard {
  /** 0-based: the shard keeps the persons whose 0-based position p has p % count === index. */
  readonly index: number;
  readonly count: number;
}

export function parseShard(text: string): Shard {
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || index < 1 || index > count) throw new UsageError('batch.shard', { text }, { field: '--shard' });
  return { index: index - 1, count };
}

/** `--jobs`: a whole number of threads; undefined when not given (then `defaultJobs`). */
export function parseJobs(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,3}$/.test(text.trim()) || Number(text) < 1 || Number(text) > 256) throw new UsageError('batch.jobs', { text }, { field: '--jobs' });
  return Number(text);
}

/**
 * Below this many bytes of input (some 7,000 persons of a typical NDJSON line), starting threads
 * costs more than they save: one thread does it all (issue 21).
 */
export const THREADS_PAY_FROM_BYTES = 2 * 1024 * 1024;

/**
 * The threads `batch` uses without `--jobs` (issue 21): the cores nobody else is using, from the
 * cores this process may use and the load of the last minute (two cores at a load of 1.6: one
 * thread), at least one; one for an input too small for threads to pay (`inputBytes`, when known).
 * On a busy machine more threads than free cores only take turns, and cost their memory.
 */
export function defaultJobs(inputBytes: number | null, cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
  if (inputBytes !== null && inputBytes < THREADS_PAY_FROM_BYTES) return 1;
  return Math.max(1, Math.min(cores, Math.round(cores - load)));
}

/**
 * Each worker's heap (issue 21: memory per thread bounded). A worker holds at most two chunks of a
 * thousand persons and their records: its old generation stays small; the young generation is
 * where a record's short-lived objects go (a small one made a collection every few hundred persons,
 * 22% of a worker's time).
 */
const WORKER_YOUNG_GENERATION_MB = 64;
const WORKER_OLD_GENERATION_MB = 256;

interface Pending {
  readonly resolve: (result: ChunkResult) => void;
  readonly reject: (error: Error) => void;
}

/** Worker threads computing chunks; started on the first chunk, stopped by close(). */
export class WorkerPool {
  private readonly workers: { worker: Worker; pending: Map<number, Pending> }[] = [];
  private seq = 0;

  constructor(
    readonly size: number,
    private readonly setup: WorkerSetup,
  ) {}

  /** NDJSON lines or CSV rows of whole persons; their records in order. */
  run(chunk: InputLine[] | CsvChunk): Promise<ChunkResult> {
    if (this.workers.length === 0) this.start();
    // The least busy thread takes the chunk (chunks are alike, so this is round robin in practice).
    const target = this.workers.reduce((best, candidate) => (candidate.pending.size < best.pending.size ? candidate : best));
    const seq = (this.seq += 1);
    return new Promise<ChunkResult>((resolve, reject) => {
      target.pending.set(seq, { resolve, reject });
      if (!Array.isArray(chunk)) {
        target.worker.postMessage({ seq, csv: chunk } satisfies CsvChunkRequest);
        return;
      }
      const request = packLines(seq, chunk);
      target.worker.postMessage(request, [request.numbers.buffer as ArrayBuffer, request.tooLong.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }

  private start(): void {
    // In the bundle, import.meta.url is the bundle's own: the worker bundle lies beside it.
    const file = new URL('./batch-worker.cjs', import.meta.url);
    for (let i = 0; i < this.size; i += 1) {
      const worker = new Worker(file, {
        workerData: this.setup,
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB },
      });
      const pending = new Map<number, Pending>();
      worker.on('message', (reply: ChunkReply) => {
        const waiting = pending.get(reply.seq);
        pending.delete(reply.seq);
        if (reply.bytes !== undefined) waiting?.resolve({ text: reply.bytes, records: reply.records ?? 0, failures: reply.failures ?? 0 });
        else waiting?.reject(new Error(`batch worker: ${reply.bug ?? 'no result'}`));
      });
      const failAll = (error: Error) => {
        for (const waiting of pending.values()) waiting.reject(error);
        pending.clear();
      };
      worker.on('error', failAll);
      worker.on('exit', (code) => failAll(new Error(`batch worker stopped (exit code ${code})`)));
      this.workers.push({ worker, pending });
    }
  }
}
