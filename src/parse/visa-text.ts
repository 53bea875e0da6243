import type { Day, DayRange } from '../core/day.js';
import { isKnownCountry, KNOWN_COUNTRY_CODES } from '../core/membership.js';
import type { Visa, VisaEntries, VisaType } from '../core/visa.js';
import { at, InputError, type InputLocation } from '../errors.js';
import type { ErrorCode, ErrorParams } from '../messages/error-catalogue.js';
import { parseDate } from './dates.js';


const VISA_PATTERN = /^(\S+)\s+(\S+)\s+(.+?)\s*\.\.\s*(.+?)\s+(\S+)(?:\s+(valid-for=\S*))?$/i;
const VISA_TYPES: readonly VisaType[] = ['C', 'LTV', 'A', 'D'];
/** Short-stay stickers print at most 90 days (Visa Code Annex VII pt 4); D visas are national and longer. */
const MAX_SHORT_STAY_DURATION = 90;
const MAX_LONG_STAY_DURATION = 3660;

function fieldError<C extends ErrorCode>(location: InputLocation, field: string, code: C, params: ErrorParams<C>): InputError<C> {
  // A caller that already names a field (a JSON path like "visas[0]") gets the sub-field appended.
  const fullField = location.field === undefined ? field : `${location.field}.${field}`;
  return new InputError(code, params, at(location, fullField));
}

/** `FROM..UNTIL` with both ends given; UNTIL on or after FROM. */
export function parseDateRange(fromText: string, untilText: string, location: InputLocation, fieldPrefix: string, reference?: Day): DayRange {
  const prefix = location.field === undefined ? fieldPrefix : `${location.field}.${fieldPrefix}`;
  const first = parseDate(fromText, at(location, `${prefix}FROM`), reference);
  const last = parseDate(untilText, at(location, `${prefix}UNTIL`), reference);
  if (last < first) {
    throw fieldError(location, `${fieldPrefix}UNTIL`, 'range.untilBeforeFrom', {
      from: fromText.trim(),
      until: untilText.trim(),
    });
  }
  return { first, last };
}

export function parseCountryCode(text: string, location: InputLocation, field: string): string {
  if (!isKnownCountry(text)) {
    throw fieldError(location, field, 'country.unknown', { code: text, known: KNOWN_COUNTRY_CODES.join(' ') });
  }
  return text;
}

function parseEntries(text: string, location: InputLocation): VisaEntries {
  const upper = text.toUpperCase();
  if (upper === 'MULT') return 'MULT';
  if (upper === '1' || upper === '01') return 1;
  if (upper === '2' || upper === '02') return 2;
  throw fieldError(location, 'entries', 'visa.entries', { text });
}

/** A visa sticker as written in a stamp file (`visa …`) or given to `--visa`. */
export function parseVisaText(text: string, location: InputLocation, reference?: Day): Visa {
  const match = VISA_PATTERN.exec(text.trim());
  if (match === null) {
    throw fieldError(location, 'visa', 'visa.form', { text: text.trim() });
  }
  const [, typeText, entriesText, fromText, untilText, durationText, validForText] = match;
  const type = typeText!.toUpperCase() as VisaType;
  if (!VISA_TYPES.includes(type)) {
    throw fieldError(location, 'type', 'visa.type', { text: typeText! });
  }
  const entries = parseEntries(entriesText!, location);
  const validity = parseDateRange(fromText!, untilText!, location, '', reference);
  const maxDuration = type === 'D' ? MAX_LONG_STAY_DURATION : MAX_SHORT_STAY_DURATION;
  if (!/^\d+$/.test(durationText!) || Number(durationText) < 1 || Number(durationText) > maxDuration) {
    throw fieldError(location, 'DAYS', 'visa.duration', { text: durationText!, max: maxDuration });
  }
  let validFor: string[] | null = null;
  if (validForText !== undefined) {
    if (type !== 'LTV') {
      throw fieldError(location, 'valid-for', 'visa.validForNotLtv', { type });
    }
    const codes = validForText.slice('valid-for='.length).split(',').filter((code) => code !== '');
    if (codes.length === 0) throw fieldError(location, 'valid-for', 'visa.validForEmpty', {});
    validFor = codes.map((code) => parseCountryCode(code, location, 'valid-for'));
  } else if (type === 'LTV') {
    throw fieldError(location, 'valid-for', 'visa.ltvWithoutStates', {});
  }
  return { type, entries, validFrom: validity.first, validUntil: validity.last, durationDays: Number(durationText), validFor };
}

export interface PermitText {
  readonly range: DayRange;
  readonly country?: string;
}

/** A residence permit or long-stay period: `FROM..UNTIL [COUNTRY]`. */
export function parsePermitText(text: string, location: InputLocation, reference?: Day): PermitText {
  const match = /^(.+?)\s*\.\.\s*(.+?)(?:\s+([A-Z]{2}))?$/.exec(text.trim());
  if (match === null || match[2]!.trim() === '') {
    throw fieldError(location, 'permit', 'permit.form', { text: text.trim() });
  }
  const range = parseDateRange(match[1]!, match[2]!, location, '', reference);
  return match[3] === undefined ? { range } : { range, country: parseCountryCode(match[3], location, 'COUNTRY') };
}
