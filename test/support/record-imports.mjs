// Preloaded with `node --import`: records every module the process loads, one a line, into the file
// named by SCHENGEN_IMPORT_LOG (test/e2e/lazy-loading.test.ts): ES modules through a resolve hook,
// CommonJS modules (the bundle requires its libraries) by wrapping the CommonJS loader.
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';

register('./record-imports-hooks.mjs', import.meta.url);

const log = process.env['SCHENGEN_IMPORT_LOG'];
const load = Module._load;
Module._load = function recordedLoad(request, parent, isMain) {
  if (log) {
    try {
      appendFileSync(log, `${Module._resolveFilename(request, parent, isMain)}\n`);
    } catch {
      // Unresolvable: the real load reports it.
    }
  }
  return load.call(this, request, parent, isMain);
};
