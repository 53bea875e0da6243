// Preloaded with `node --import`: records the URL of every ES module the process resolves, one a line,
// into the file named by SCHENGEN_IMPORT_LOG (test/e2e/lazy-loading.test.ts).
import { register } from 'node:module';

register('./record-imports-hooks.mjs', import.meta.url);
