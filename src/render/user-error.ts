import { escapeForTerminal } from '../escape.js';
import type { UserError } from '../errors.js';
import type { Catalogue } from '../messages/catalogue.js';
import { errorMessage, type ErrorDoor, type ErrorFrame } from '../messages/error-catalogue.js';

/**
 * A field's name in the reader's language: our own words in it (a stamp line's "date", a flag's
 * "FROM", "#1") translated; flags and JSON keys, which the reader typed, kept as they are.
 */
export function fieldName(field: string, frame: ErrorFrame): string {
  return field
    .split(' ')
    .map((word) => {
      const own = frame.fieldWords[word];
      if (own !== undefined) return own;
      const number = /^#(\d+)$/.exec(word);
      return number !== null && frame.fieldWords['#'] !== undefined ? `${frame.fieldWords['#']}${number[1]}` : word;
    })
    .join(' ');
}

/**
 * A user's mistake as one line in the reader's language: where (file:line: field "x"), then what;
 * a control or invisible character of a value or a field name is shown escaped, as in `message`.
 * `labels` names fields the reader's way where the door has names of its own (the page: its
 * controls' labels instead of the record's keys); `door` words the message for it (the page: 'record').
 */
export function formatUserError(error: UserError, catalogue: Catalogue, labels: Readonly<Record<string, string>> = {}, door?: ErrorDoor): string {
  const { file, line, field } = error.location;
  const colon = catalogue.table.punctuation.colon;
  const place = file === undefined ? undefined : line === undefined ? file : `${file}:${line}`;
  const named = field === undefined ? undefined : catalogue.frame.fieldNamed(labels[field] ?? fieldName(field, catalogue.frame));
  const where = [place, named].filter((part) => part !== undefined).join(colon);
  const message = errorMessage(catalogue.errors, error, door);
  return escapeForTerminal(where === '' ? message : `${where}${colon}${message}`);
}
