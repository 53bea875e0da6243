import type { ErrorCatalogue, ErrorFrame } from './error-catalogue.js';
import type { PageMessages } from './en/page.js';
import type { Messages } from './en/table.js';
import type { VerdictCatalogue } from './verdict-catalogue.js';

export const LANGUAGES = ['en', 'nl', 'fr', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** Everything a reader sees, in one language. */
export interface Catalogue {
  readonly language: Language;
  readonly table: Messages;
  readonly errors: ErrorCatalogue;
  /** The first line of every answer (app/verdict.ts). */
  readonly verdicts: VerdictCatalogue;
  readonly frame: ErrorFrame;
  /** The counter page (`schengen serve`). */
  readonly page: PageMessages;
}

/**
 * Loads only the language asked for: each language is a folder (src/messages/<lang>/) with the same
 * files (table, errors, verdict, apply, page, legal; help apart, loaded by the help alone). Each
 * folder's index is typed here, where it is returned as a Catalogue (a missing part does not
 * compile): the types point from this file to the folders, never back.
 */
export async function loadCatalogue(language: Language): Promise<Catalogue> {
  switch (language) {
    case 'nl':
      return (await import('./nl/index.js')).nl;
    case 'fr':
      return (await import('./fr/index.js')).fr;
    case 'de':
      return (await import('./de/index.js')).de;
    case 'en':
      return (await import('./en/index.js')).english;
  }
}
