import { errorsEn, frameEn } from './errors.js';
import { pageEn } from './page.js';
import { en } from './table.js';
import { verdictEn } from './verdict.js';

export const english = { language: 'en' as const, table: en, errors: errorsEn, verdicts: verdictEn, frame: frameEn, page: pageEn };
