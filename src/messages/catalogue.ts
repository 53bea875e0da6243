import type { ErrorCatalogue, ErrorFrame } from './error-catalogue.js';
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
}

/** Loads only the language asked for. */
export async function loadCatalogue(language: Language): Promise<Catalogue> {
  switch (language) {
    case 'nl':
      return (await import('./nl/table.js')).nl;
    case 'fr':
      return (await import('./fr/table.js')).fr;
    case 'de':
      return (await import('./de/table.js')).de;
    case 'en':
      return (await import('./en/index.js')).english;
  }
}
