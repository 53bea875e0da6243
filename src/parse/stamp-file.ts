import type { Day } from '../core/day.js';
import { at, InputError, type InputLocation } from '../errors.js';
import { parseDate } from './dates.js';
import { emptyTravelInput, type StayInput, type TravelInput } from './travel-input.js';
import { parseCountryCode, parsePermitText, parseVisaText } from './visa-text.js';

/** Lines end in LF, CRLF or a lone CR (old Mac exports): each is a line break, never part of a line. */
export const LINE_BREAK = /\r\n|\r|\n/;

const SPELLED_DATE_PARTS = [/^\d{1,2}$/, /^[A-Za-z]{3}$/, /^(\d{2}|\d{4})$/];
const COUNTRY_CODE = /^[A-Z]{2}$/;

export type StampKind = 'entry' | 'exit';
export type LineKeyword = StampKind | 'trip' | 'booked' | 'visa' | 'permit' | 'mrz';
/** The lines `log` writes: the two stamps and the one-line trips. */
export type LoggedWord = StampKind | 'trip' | 'booked';
export type StampLanguage = 'en' | 'nl' | 'fr' | 'de';

/**
 * The words a line may begin with, in the clerk's language as well as in English, written without
 * accents and in lower case: a file's word is compared after the same folding ("Entrée", "ENTREE"
 * and "entrée" are one word).
 */
const LINE_WORDS: Readonly<Record<string, { readonly keyword: LineKeyword; readonly language: StampLanguage | null }>> = {
  entry: { keyword: 'entry', language: 'en' },
  exit: { keyword: 'exit', language: 'en' },
  binnenkomst: { keyword: 'entry', language: 'nl' },
  inreis: { keyword: 'entry', language: 'nl' },
  uitreis: { keyword: 'exit', language: 'nl' },
  entree: { keyword: 'entry', language: 'fr' },
  sortie: { keyword: 'exit', language: 'fr' },
  einreise: { keyword: 'entry', language: 'de' },
  ausreise: { keyword: 'exit', language: 'de' },
  trip: { keyword: 'trip', language: 'en' },
  reis: { keyword: 'trip', language: 'nl' },
  voyage: { keyword: 'trip', language: 'fr' },
  reise: { keyword: 'trip', language: 'de' },
  booked: { keyword: 'booked', language: 'en' },
  geboekt: { keyword: 'booked', language: 'nl' },
  reserve: { keyword: 'booked', language: 'fr' },
  gebucht: { keyword: 'booked', language: 'de' },
  visa: { keyword: 'visa', language: null },
  visum: { keyword: 'visa', language: null },
  permit: { keyword: 'permit', language: null },
  mrz: { keyword: 'mrz', language: null },
};

/** Each language's own words for the lines `log` writes (what it writes when the file has none of that kind yet). */
export const LOG_WORDS: Readonly<Record<StampLanguage, Readonly<Record<LoggedWord, string>>>> = {
  en: { entry: 'entry', exit: 'exit', trip: 'trip', booked: 'booked' },
  nl: { entry: 'binnenkomst', exit: 'uitreis', trip: 'reis', booked: 'geboekt' },
  fr: { entry: 'entrée', exit: 'sortie', trip: 'voyage', booked: 'réservé' },
  de: { entry: 'Einreise', exit: 'Ausreise', trip: 'Reise', booked: 'gebucht' },
};

/** A word folded for comparison: lower case, accents removed ("Entrée" → "entree"). */
function folded(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** What a line's first word says, in any of the four languages; null for a word we do not know. */
export function lineKeyword(word: string): { readonly keyword: LineKeyword; readonly language: StampLanguage | null } | null {
  return LINE_WORDS[folded(word)] ?? null;
}

/**
 * The words a file writes its lines with, as `log` writes them back: for each kind (entry, exit,
 * trip, booked), the word of its last line of that kind, as written there; for a kind the file has
 * none of, the word of the language of its other lines, in the same case ("BINNENKOMST" →
 * "UITREIS", "reis" → "geboekt"); English when the file has none of these lines yet.
 */
export function logWordsOf(text: string): Readonly<Record<LoggedWord, string>> {
  const seen: Partial<Record<LoggedWord, string>> = {};
  let language: StampLanguage = 'en';
  for (const line of text.split(LINE_BREAK)) {
    const word = line.replace(/#.*$/, '').trim().split(/\s+/)[0] ?? '';
    const known = word === '' ? null : lineKeyword(word);
    if (known === null || known.language === null) continue;
    seen[known.keyword as LoggedWord] = word;
    language = known.language;
  }
  const sample = seen.entry ?? seen.exit ?? seen.trip ?? seen.booked;
  const inCaseOf = (word: string): string => {
    if (sample === undefined) return word;
    if (sample === sample.toUpperCase()) return word.toUpperCase();
    if (sample[0] === sample[0]!.toUpperCase()) return word[0]!.toUpperCase() + word.slice(1);
    return word.toLowerCase();
  };
  const wordOf = (kind: LoggedWord) => seen[kind] ?? inCaseOf(LOG_WORDS[language][kind]);
  return { entry: wordOf('entry'), exit: wordOf('exit'), trip: wordOf('trip'), booked: wordOf('booked') };
}

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

function parseStampLine(keyword: StampKind, written: string, tokens: readonly string[], location: InputLocation): Stamp {
  if (tokens.length === 0) {
    throw new InputError('stamp.missingDate', { keyword: written }, at(location, 'date'));
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
 * Reads a stamp file: one stamp a line (`entry DATE [COUNTRY] [place]`, `exit DATE …`, or in the
 * clerk's words: binnenkomst/inreis/uitreis, entrée/sortie, Einreise/Ausreise), one-line trips
 * (`trip FROM..TO …`, `booked FROM..TO …`), visa stickers (`visa …`, `visum …`), permits
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
    const keyword = lineKeyword(keywordToken!)?.keyword;
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
    const stamp = parseStampLine(keyword, keywordToken!, tokens, location);
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
