// npm run bench: every benchmark, one after the other. Figures, not pass/fail.
import os from 'node:os';
import { runEngineBench } from './engine.js';

console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.cpus().length} cores, node ${process.version}`);
runEngineBench();
