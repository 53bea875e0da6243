import { errorsNl, frameNl } from './errors.js';
import { pageNl } from './page.js';
import { tableNl } from './table.js';
import { verdictNl } from './verdict.js';

/** Everything a reader sees, in Dutch. */
export const nl = { language: 'nl' as const, table: tableNl, errors: errorsNl, verdicts: verdictNl, frame: frameNl, page: pageNl };
