import type { Catalogue } from '../catalogue.js';
import { errorsEn, frameEn } from './errors.js';
import { pageEn } from './page.js';
import { en } from './table.js';
import { verdictEn } from './verdict.js';

export const english: Catalogue = { language: 'en', table: en, errors: errorsEn, verdicts: verdictEn, frame: frameEn, page: pageEn };
