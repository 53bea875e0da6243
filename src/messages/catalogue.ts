import { UsageError } from '../errors.js';
import { languagePart } from './language-code.js';
import type { ErrorCatalogue, ErrorFrame } from './error-catalogue.js';
import type { Messages } from './table-en.js';

export const LANGUAGES = ['en', 'nl', 'fr', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Everything a reader sees, in one language. */
export interface Catalogue {
  readonly language: Language;
  readonly table: Messages;
  readonly errors: ErrorCatalogue;
  readonly frame: ErrorFrame;
}

function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/**
 * `--lang` if given (any case, with or without a region: "NL", "nl-BE", "nl_BE"), else the POSIX
 * locale (LC_ALL, LC_MESSAGES, LANG: "nl_BE.UTF-8" → nl), else English.
 */
export function resolveLanguage(option: string | undefined, env: NodeJS.ProcessEnv): Language {
  if (option !== undefined) {
    const code = languagePart(option);
    if (!isLanguage(code)) throw new UsageError('lang.invalid', { lang: option }, { field: '--lang' });
    return code;
  }
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  const code = languagePart(locale);
  return isLanguage(code) ? code : 'en';
}

/** Loads only the language asked for. */
export async function loadCatalogue(language: Language): Promise<Catalogue> {
  switch (language) {
    case 'nl':
      return (await import('./nl.js')).nl;
    case 'fr':
      return (await import('./fr.js')).fr;
    case 'de':
      return (await import('./de.js')).de;
    case 'en':
      return (await import('./en.js')).english;
  }
}
