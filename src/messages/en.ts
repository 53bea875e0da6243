import type { Catalogue } from './catalogue.js';
import { errorsEn, frameEn } from './errors-en.js';
import { en } from './table-en.js';
import { verdictEn } from './verdict-en.js';

export const english: Catalogue = { language: 'en', table: en, errors: errorsEn, verdicts: verdictEn, frame: frameEn };
