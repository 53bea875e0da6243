import { UsageError } from '../errors.js';
import { isLanguage, type Language } from '../messages/catalogue.js';
import { languagePart } from '../messages/language-code.js';

/**
 * `--lang` if given (any case, with or without a region: "NL", "nl-BE", "nl_BE"), else the POSIX
 * locale (LC_ALL, LC_MESSAGES, LANG: "nl_BE.UTF-8" → nl), else English.
 */
export function resolveLanguage(option: string | undefined, env: Readonly<Record<string, string | undefined>>): Language {
  if (option !== undefined) {
    const code = languagePart(option);
    if (!isLanguage(code)) throw new UsageError('lang.invalid', { lang: option }, { field: '--lang' });
    return code;
  }
  const locale = env['LC_ALL'] || env['LC_MESSAGES'] || env['LANG'] || '';
  const code = languagePart(locale);
  return isLanguage(code) ? code : 'en';
}

