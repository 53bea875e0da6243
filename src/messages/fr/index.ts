import { errorsFr, frameFr } from './errors.js';
import { pageFr } from './page.js';
import { tableFr } from './table.js';
import { verdictFr } from './verdict.js';

/** Everything a reader sees, in French. */
export const fr = { language: 'fr' as const, table: tableFr, errors: errorsFr, verdicts: verdictFr, frame: frameFr, page: pageFr };
