import { escapeForTerminal } from '../escape.js';
import type { UserError } from '../errors.js';
import type { Catalogue } from '../messages/catalogue.js';

/**
 * A user's mistake as one line in the reader's language: where (file:line: field "x"), then what;
 * a control or invisible character of a value or a field name is shown escaped, as in `message`.
 */
export function formatUserError(error: UserError, catalogue: Catalogue): string {
  const { file, line, field } = error.location;
  const place = file === undefined ? undefined : line === undefined ? file : `${file}:${line}`;
  const where = [place, field === undefined ? undefined : `${catalogue.frame.field} "${field}"`].filter((part) => part !== undefined).join(': ');
  const message = (catalogue.errors[error.code] as (params: unknown) => string)(error.params);
  return escapeForTerminal(where === '' ? message : `${where}: ${message}`);
}

