import type { Day } from '../core/day.js';
import { at, InputError, type InputLocation } from '../errors.js';
import { parseDate } from './dates.js';
import { emptyTravelInput, type StayInput, type TravelInput } from './travel-input.js';
import { parseCountryCode, parsePermitText, parseVisaText } from './visa-text.js';

/** Lines end in LF, CRLF or a lone CR (old Mac exports): each is a line break, never part of a line. */
export const LINE_BREAK = /\r\n|\r|\n/;

const SPELLED_DATE_PARTS = [/^\d{1,2}$/, /^[A-Za-z]{3}$/, /^(\d{2}|\d{4})$/];
const COUNTRY_CODE = /^[A-Z]{2}$/;

interface Stamp {
  readonly kind: 'entry' | 'exit';
  readonly day: Day;
  readonly country?: string;
  readonly place?: string;
  readonly location: InputLocation;
}

/** Splits the tokens after the keyword into a date (one token, or three for "14 MAR 2026") and the rest. */
function splitDate(tokens: readonly string[]): { dateText: string; rest: string[] } {
  const spelled = tokens.slice(0, 3);
  if (spelled.length === 3 && spelled.every((token, i) => SPELLED_DATE_PARTS[i]!.test(token))) {
    return { dateText: spelled.join(' '), rest: tokens.slice(3) };
  }
  return { dateText: tokens[0] ?? '', rest: tokens.slice(1) };
}

function parseStampLine(keyword: 'entry' | 'exit', tokens: readonly string[], location: InputLocation): Stamp {
  if (tokens.length === 0) {
    throw new InputError('stamp.missingDate', { keyword }, at(location, 'date'));
  }
  const { dateText, rest } = splitDate(tokens);
  const day = parseDate(dateText, at(location, 'date'));
  const country = rest[0] !== undefined && COUNTRY_CODE.test(rest[0]) ? parseCountryCode(rest[0], location, 'country') : undefined;
  const placeTokens = country === undefined ? rest : rest.slice(1);
  return {
    kind: keyword,
    day,
    ...(country === undefined ? {} : { country }),
    ...(placeTokens.length === 0 ? {} : { place: placeTokens.join(' ') }),
    location,
  };
}

/**
 * A one-line trip: `trip FROM..TO [COUNTRY] [place]` (`trip FROM..` for a trip under way) or
 * `booked FROM..TO [COUNTRY] [place]` (a trip booked ahead: both days are needed).
 */
function parseTripLine(keyword: 'trip' | 'booked', tokens: readonly string[], location: InputLocation): StayInput {
  const [range, ...rest] = tokens;
  const parts = range === undefined ? [] : range.split('..');
  if (parts.length !== 2 || parts[0] === '') throw new InputError('stamp.tripForm', { keyword }, at(location, 'dates'));
  if (keyword === 'booked' && parts[1] === '') throw new InputError('stamp.bookedOpen', {}, at(location, 'dates'));
  const entry = parseDate(parts[0]!, at(location, 'from'));
  const exit = parts[1] === '' ? null : parseDate(parts[1]!, at(location, 'to'));
  const country = rest[0] !== undefined && COUNTRY_CODE.test(rest[0]) ? parseCountryCode(rest[0], location, 'country') : undefined;
  const placeTokens = country === undefined ? rest : rest.slice(1);
  const place = placeTokens.length === 0 ? undefined : placeTokens.join(' ');
  return {
    entry,
    exit,
    ...(country === undefined ? {} : { entryCountry: country }),
    ...(place === undefined ? {} : { entryPlace: place }),
    entryLocation: at(location, 'from'),
    ...(exit === null ? {} : { exitLocation: at(location, 'to') }),
    recorded: keyword,
  };
}

/**
 * Reads a stamp file: one stamp a line (`entry DATE [COUNTRY] [place]`, `exit DATE …`), one-line
 * trips (`trip FROM..TO …`, `booked FROM..TO …`), visa stickers (`visa …`), permits
 * (`permit FROM..UNTIL [COUNTRY]`), visa MRZ lines (`mrz L1 L2`), `#` comments and blank lines.
 * Stamps pair up in file order (an entry followed by a trip line is a stay under way before a booked
 * trip); every line is either used or refused.
 */
export function parseStampFile(text: string, file: string): TravelInput {
  const input = emptyTravelInput();
  const { stays } = input;
  let open: Stamp | null = null;
  const lines = text.split(LINE_BREAK);
  lines.forEach((rawLine, index) => {
    const location: InputLocation = { file, line: index + 1 };
    const content = rawLine.replace(/#.*$/, '').trim();
    if (content === '') return;
    const [keywordToken, ...tokens] = content.split(/\s+/);
    const keyword = keywordToken!.toLowerCase();
    const rest = content.slice(keywordToken!.length).trim();
    if (keyword === 'visa') {
      input.visas.push({ visa: parseVisaText(rest, location), location });
      return;
    }
    if (keyword === 'permit') {
      input.permits.push({ ...parsePermitText(rest, location), location });
      return;
    }
    if (keyword === 'mrz') {
      if (tokens.length !== 2) {
        throw new InputError('stamp.mrzLines', { parts: tokens.length }, at(location, 'mrz'));
      }
      input.mrz.push({ line1: tokens[0]!, line2: tokens[1]!, location });
      return;
    }
    if (keyword === 'trip' || keyword === 'booked') {
      // An entry still open before it is a stay under way (assembleHistory checks the trip comes after the reference day).
      if (open !== null) stays.push(stayFromStamps(open, null));
      open = null;
      stays.push(parseTripLine(keyword, tokens, location));
      return;
    }
    if (keyword !== 'entry' && keyword !== 'exit') {
      throw new InputError('stamp.unknownKeyword', { keyword: keywordToken! }, at(location, 'keyword'));
    }
    const stamp = parseStampLine(keyword, tokens, location);
    if (stamp.kind === 'entry') {
      if (open !== null) {
        throw new InputError('stamp.entryWhileInside', { previousLine: open.location.line ?? 0 }, at(location, 'keyword'));
      }
      open = stamp;
      return;
    }
    if (open === null) {
      throw new InputError('stamp.exitWithoutEntry', {}, at(location, 'keyword'));
    }
    stays.push(stayFromStamps(open, stamp));
    open = null;
  });
  if (open !== null) stays.push(stayFromStamps(open, null));
  return input;
}

function stayFromStamps(entry: Stamp, exit: Stamp | null): StayInput {
  return {
    entry: entry.day,
    exit: exit?.day ?? null,
    ...(entry.country === undefined ? {} : { entryCountry: entry.country }),
    ...(entry.place === undefined ? {} : { entryPlace: entry.place }),
    ...(exit?.country === undefined ? {} : { exitCountry: exit.country }),
    ...(exit?.place === undefined ? {} : { exitPlace: exit.place }),
    entryLocation: at(entry.location, 'date'),
    ...(exit === null ? {} : { exitLocation: at(exit.location, 'date') }),
  };
}
