import type { UserError } from '../errors.js';
import type { Catalogue } from '../messages/catalogue.js';

/** A user's mistake as one line in the reader's language: where (file:line: field "x"), then what. */
export function formatUserError(error: UserError, catalogue: Catalogue): string {
  const { file, line, field } = error.location;
  const colon = catalogue.table.punctuation.colon;
  const place = file === undefined ? undefined : line === undefined ? file : `${file}:${line}`;
  const where = [place, field === undefined ? undefined : `${catalogue.frame.field} "${field}"`].filter((part) => part !== undefined).join(colon);
  const message = (catalogue.errors[error.code] as (params: unknown) => string)(error.params);
  return where === '' ? message : `${where}${colon}${message}`;
}

