// Module hooks (they run on the loader's own thread): append each resolved URL to the log file.
import { appendFileSync } from 'node:fs';

export async function resolve(specifier, context, nextResolve) {
  const result = await nextResolve(specifier, context);
  const log = process.env['SCHENGEN_IMPORT_LOG'];
  if (log) appendFileSync(log, `${result.url}\n`);
  return result;
}
