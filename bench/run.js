// npm run bench: every benchmark, one after the other. Figures, not pass/fail.
// BENCH_PERSONS sets the batch size (default 1,000,000; the input file is generated once into bench/out/).
import os from 'node:os';
import { runBatchBench } from './batch.js';
import { runEngineBench } from './engine.js';
import { runServeBench } from './serve.js';
import { runStartupBench } from './startup.js';

console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.cpus().length} cores, node ${process.version}`);
runStartupBench();
runEngineBench();
await runBatchBench();
await runServeBench();
