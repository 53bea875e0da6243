import type { Catalogue } from '../catalogue.js';
import { errorsDe, frameDe } from './errors.js';
import { pageDe } from './page.js';
import { tableDe } from './table.js';
import { verdictDe } from './verdict.js';

/** Everything a reader sees, in German. */
export const de: Catalogue = { language: 'de', table: tableDe, errors: errorsDe, verdicts: verdictDe, frame: frameDe, page: pageDe };
