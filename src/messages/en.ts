import type { Catalogue } from './catalogue.js';
import { errorsEn, frameEn } from './errors-en.js';
import { en } from './table-en.js';

export const english: Catalogue = { language: 'en', table: en, errors: errorsEn, frame: frameEn };
