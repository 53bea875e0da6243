import { errorsDe, frameDe } from './errors.js';
import { pageDe } from './page.js';
import { tableDe } from './table.js';
import { verdictDe } from './verdict.js';

/** Everything a reader sees, in German. */
export const de = { language: 'de' as const, table: tableDe, errors: errorsDe, verdicts: verdictDe, frame: frameDe, page: pageDe };
