import type { Day } from '../core/day.js';
import { isoDate } from '../core/iso-date.js';
import { InputError, UsageError } from '../errors.js';
import { parseStampFile, logWordsOf } from '../parse/stamp-file.js';

/**
 * Changes to the traveller's log (`schengen log`), worked out on its text before anything is
 * written: where a trip, an entry or an exit goes so that the file stays in date order, what an
 * edit replaces, and every refusal naming the line it conflicts with. Pure: the caller reads and
 * writes the file (atomically, under its lock: cli/commands/log.ts with store/atomic-file.ts).
 *
 * The text is Latin-1 (one character a byte), so that every byte the user wrote is kept; lines are
 * decoded as UTF-8 only to be read. Lines are numbered as `log list` numbers them: only lines that
 * say something (not blank, not only a comment) count.
 */

const BYTES = 'latin1';
const utf8Of = (bytesText: string) => Buffer.from(bytesText, BYTES).toString('utf8');
const bytesOf = (text: string) => Buffer.from(text, 'utf8').toString(BYTES);

/** A line, the break after it ('' for the last), and its index in the file before the change (null: a new line). */
interface Line {
  readonly text: string;
  br: string;
  readonly origin: number | null;
}

function toLines(bytesText: string): Line[] {
  const parts = bytesText.split(/(\r\n|\r|\n)/);
  const lines: Line[] = [];
  for (let i = 0; i < parts.length; i += 2) lines.push({ text: parts[i]!, br: parts[i + 1] ?? '', origin: i / 2 });
  return lines;
}

function fromLines(lines: readonly Line[]): string {
  return lines.map((line) => line.text + line.br).join('');
}

/** The change as a result: the new text, and each of its record lines' number before. */
function changed(lines: readonly Line[], records: readonly RecordLine[], added: readonly string[], removed: readonly string[]): Change {
  const numberOfLine = new Map(records.map((record) => [record.lineIndex, record.number]));
  const oldNumbers = lines.filter((line) => isRecord(utf8Of(line.text))).map((line) => (line.origin === null ? null : (numberOfLine.get(line.origin) ?? null)));
  return { text: fromLines(lines), oldNumbers, added, removed };
}

/** A line that says something, numbered as `log list` shows it. */
export interface RecordLine {
  readonly number: number;
  /** Index of the line in the file (0-based, every line counted). */
  readonly lineIndex: number;
  /** The line decoded as UTF-8. */
  readonly text: string;
}

const isRecord = (text: string) => text.replace(/#.*$/, '').trim() !== '';

export function recordLines(bytesText: string): RecordLine[] {
  const records: RecordLine[] = [];
  toLines(bytesText).forEach((line, lineIndex) => {
    const text = utf8Of(line.text);
    if (isRecord(text)) records.push({ number: records.length + 1, lineIndex, text });
  });
  return records;
}

/** How a stay is written in the file. */
export type StayForm = 'stamps' | 'trip' | 'booked';

/** A stay of the log, with the lines that hold it. */
export interface LoggedStay {
  readonly form: StayForm;
  readonly entry: Day;
  /** Null: under way. */
  readonly exit: Day | null;
  /** Record numbers: the entry line (or the trip line) and the exit line (the same for a trip line; null when under way). */
  readonly firstNumber: number;
  readonly lastNumber: number | null;
  readonly country: string | undefined;
  readonly place: string | undefined;
  readonly exitCountry: string | undefined;
  readonly exitPlace: string | undefined;
}

/** The stays of the log (its record lines read as `parseStampFile` reads them; its errors name the record numbers). */
export function loggedStays(records: readonly RecordLine[], file: string): LoggedStay[] {
  const input = parseStampFile(records.map((record) => record.text).join('\n'), file);
  return input.stays.map((stay) => ({
    form: stay.recorded ?? 'stamps',
    entry: stay.entry,
    exit: stay.exit,
    firstNumber: stay.entryLocation.line!,
    lastNumber: stay.exitLocation?.line ?? null,
    country: stay.entryCountry,
    place: stay.entryPlace,
    exitCountry: stay.exitCountry,
    exitPlace: stay.exitPlace,
  }));
}

/** A stay's state on the reference day, for `log list`. */
export function stayState(stay: LoggedStay, today: Day): 'past' | 'underWay' | 'booked' {
  if (stay.entry > today) return 'booked';
  return stay.exit === null || stay.exit >= today ? 'underWay' : 'past';
}

/** One line of the file: `KEYWORD WORDS…`, spaces collapsed, no `#` (a value never becomes a comment or a second line). */
export function lineOf(...words: (string | undefined)[]): string {
  return words
    .filter((word): word is string => word !== undefined && word !== '')
    .join(' ')
    .replace(/#/g, '')
    .trim()
    .split(/\s+/)
    .join(' ');
}

/**
 * `trip FROM..TO`, `trip FROM..` (under way) or `booked FROM..TO` (its last day after the reference
 * day), in the words of the file it goes into (logWordsOf: `reis`, `geboekt` in a Dutch one).
 */
export function tripLine(entry: Day, exit: Day | null, today: Day, words: Readonly<Record<'trip' | 'booked', string>>, country?: string, place?: string): string {
  const keyword = exit !== null && exit > today ? words.booked : words.trip;
  return lineOf(keyword, `${isoDate(entry)}..${exit === null ? '' : isoDate(exit)}`, country, place);
}

interface Trip {
  readonly entry: Day;
  readonly exit: Day | null;
}

/** Stays in the judge's order: by entry, then by exit (a stay under way last). */
function before(a: Trip, b: Trip): number {
  return a.entry - b.entry || (a.exit ?? Infinity) - (b.exit ?? Infinity);
}

/** Two stays share a day other than one of exit and re-entry (rules.md §5.4). A stay under way lasts to `today`. */
function overlap(a: Trip, b: Trip, today: Day): boolean {
  const [first, second] = before(a, b) <= 0 ? [a, b] : [b, a];
  return second.entry < (first.exit ?? Math.max(today, first.entry));
}

function numbered(records: readonly RecordLine[], number: number): { number: number; text: string } {
  return { number, text: records[number - 1]!.text };
}

/**
 * Refuses a stay `trip` among `stays` (the one being edited left out): it may not share a day with
 * another, a stay under way must be the last entered by the reference day, and the reference day
 * decides what may be left open. `field`: the argument named in the refusal.
 */
function checkFits(trip: Trip, stays: readonly LoggedStay[], records: readonly RecordLine[], today: Day, field: string): void {
  if (trip.exit === null && trip.entry > today) throw new UsageError('log.openAhead', { date: isoDate(trip.entry) }, { field });
  for (const stay of stays) {
    if (stay.exit === null && trip.entry <= today && trip.entry >= stay.entry) throw new InputError('log.alreadyInside', numbered(records, stay.firstNumber), { field });
  }
  if (trip.exit === null) {
    // Left open, it would run to the reference day, across every stay entered since.
    const crossed = stays.find((stay) => stay.entry > trip.entry && stay.entry <= today);
    if (crossed !== undefined) throw new InputError('log.openBefore', numbered(records, crossed.firstNumber), { field });
  }
  for (const stay of stays) {
    if (overlap(trip, stay, today)) throw new InputError('log.overlaps', numbered(records, stay.firstNumber), { field });
  }
}

/**
 * Where new lines go among `lines` (the file, perhaps with a stay's old lines taken out): before the
 * index returned (`lines.length`: at the end). `stays` are the other stays, found by their lines' origin.
 */
function insertionIndex(lines: readonly Line[], records: readonly RecordLine[], trip: Trip, stays: readonly LoggedStay[]): number {
  const indexOf = (number: number) => lines.findIndex((line) => line.origin === records[number - 1]!.lineIndex);
  const earlier = stays.filter((stay) => before(stay, trip) <= 0);
  const later = stays.filter((stay) => before(stay, trip) > 0);
  if (later.length === 0) return lines.length;
  if (earlier.length > 0) {
    // Right after the stay before it: comments above the next stay stay with that stay.
    return Math.max(...earlier.map((stay) => indexOf(stay.lastNumber ?? stay.firstNumber))) + 1;
  }
  // Before the first stay, above the comment lines written just over it.
  let at = Math.min(...later.map((stay) => indexOf(stay.firstNumber)));
  while (at > 0 && /^\s*#/.test(lines[at - 1]!.text)) at -= 1;
  return at;
}

function lineBreakOf(bytesText: string): string {
  return /\r\n|\r|\n/.exec(bytesText)?.[0] ?? '\n';
}

/** The lines with `added` put before index `at`; a file without a last line break gets one first. */
function insertAt(lines: Line[], at: number, added: readonly string[], br: string): void {
  // A file ending in a line break has an empty last part: the end is before it.
  const last = lines[lines.length - 1]!;
  const end = last.text === '' && last.br === '' ? lines.length - 1 : lines.length;
  const index = Math.min(at, end);
  if (index === lines.length && last.br === '') last.br = br;
  lines.splice(index, 0, ...added.map((text) => ({ text: bytesOf(text), br, origin: null })));
}

/** The lines without those at `indexes`; the break before a removed last line goes with it. */
function withoutLines(lines: readonly Line[], indexes: ReadonlySet<number>): Line[] {
  const kept = lines.map((line) => ({ ...line })).filter((_, index) => !indexes.has(index));
  const lastRemoved = indexes.has(lines.length - 1) && lines[lines.length - 1]!.br === '';
  if (lastRemoved && kept.length > 0) kept[kept.length - 1]!.br = '';
  return kept.length === 0 ? [{ text: '', br: '', origin: null }] : kept;
}

export interface Change {
  /** The new text of the file. */
  readonly text: string;
  /** For each record line of the new text (by its number − 1): its number before the change, null for a new line. */
  readonly oldNumbers: readonly (number | null)[];
  /** What was added (or, for an edit, what replaced the old lines). */
  readonly added: readonly string[];
  /** What was taken out (an edit, a remove). */
  readonly removed: readonly string[];
}

/** `log trip FROM..TO`: the trip (past, under way `FROM..`, booked) in its place by date. */
export function addTrip(bytesText: string, file: string, trip: Trip, today: Day, where: { country?: string | undefined; place?: string | undefined }, field: string): Change {
  const records = recordLines(bytesText);
  const stays = loggedStays(records, file);
  checkFits(trip, stays, records, today, field);
  const lines = toLines(bytesText);
  const added = [tripLine(trip.entry, trip.exit, today, logWordsOf(utf8Of(bytesText)), where.country, where.place)];
  insertAt(lines, insertionIndex(lines, records, trip, stays), added, lineBreakOf(bytesText));
  return changed(lines, records, added, []);
}

/** `log entry DATE`: a stay under way from DATE, in its place by date (booked trips may follow it). */
export function addEntry(bytesText: string, file: string, day: Day, today: Day, where: { country?: string | undefined; place?: string | undefined }, field: string): Change {
  if (day > today) throw new UsageError('log.entryAhead', { date: isoDate(day) }, { field });
  const records = recordLines(bytesText);
  const stays = loggedStays(records, file);
  const trip = { entry: day, exit: null };
  checkFits(trip, stays, records, today, field);
  const lines = toLines(bytesText);
  const added = [lineOf(logWordsOf(utf8Of(bytesText)).entry, isoDate(day), where.country, where.place)];
  insertAt(lines, insertionIndex(lines, records, trip, stays), added, lineBreakOf(bytesText));
  return changed(lines, records, added, []);
}

/** `log exit DATE`: ends the stay under way, right after its entry (or its `trip FROM..` line completed). */
export function addExit(bytesText: string, file: string, day: Day, today: Day, where: { country?: string | undefined; place?: string | undefined }, field: string): Change {
  const records = recordLines(bytesText);
  const stays = loggedStays(records, file);
  const open = stays.find((stay) => stay.exit === null);
  if (open === undefined) throw new InputError('log.noStayUnderWay', {}, { field });
  if (day < open.entry) throw new InputError('log.exitBeforeEntry', numbered(records, open.firstNumber), { field });
  const others = stays.filter((stay) => stay !== open);
  for (const stay of others) if (overlap({ entry: open.entry, exit: day }, stay, today)) throw new InputError('log.overlaps', numbered(records, stay.firstNumber), { field });
  const lines = toLines(bytesText);
  const br = lineBreakOf(bytesText);
  const words = logWordsOf(utf8Of(bytesText));
  const openIndex = records[open.firstNumber - 1]!.lineIndex;
  if (open.form === 'stamps') {
    const added = [lineOf(words.exit, isoDate(day), where.country, where.place)];
    // Nothing after it: at the end, as ever; else right after its entry.
    const laterStay = others.some((stay) => stay.firstNumber > open.firstNumber);
    insertAt(lines, laterStay ? openIndex + 1 : lines.length, added, br);
    return changed(lines, records, added, []);
  }
  // A `trip FROM..` line: completed in place; an exit stamp of its own when it names a state or place.
  const replacement =
    where.country === undefined && where.place === undefined
      ? [tripLine(open.entry, day, today, words, open.country, open.place)]
      : [lineOf(words.entry, isoDate(open.entry), open.country, open.place), lineOf(words.exit, isoDate(day), where.country, where.place)];
  const kept = withoutLines(lines, new Set([openIndex]));
  insertAt(kept, openIndex, replacement, br);
  return changed(kept, records, replacement, [records[open.firstNumber - 1]!.text]);
}

/** The stay that line `number` belongs to, or the refusal naming it. */
export function stayOfLine(records: readonly RecordLine[], stays: readonly LoggedStay[], number: number, field: string): LoggedStay {
  const stay = stays.find((candidate) => candidate.firstNumber === number || candidate.lastNumber === number);
  if (stay === undefined) throw new InputError('log.notAStay', numbered(records, number), { field });
  return stay;
}

/**
 * `log edit N FROM..TO`: the stay of line N gets new days, keeps its states and places and moves to
 * its place by date. A trip line is written `trip` or `booked` (in the file's words) by its new last day; stamps stay stamps.
 */
export function editStay(bytesText: string, file: string, number: number, trip: Trip, today: Day, field: string): Change {
  const records = recordLines(bytesText);
  const stays = loggedStays(records, file);
  const stay = stayOfLine(records, stays, number, 'N');
  const others = stays.filter((other) => other !== stay);
  checkFits(trip, others, records, today, field);
  const numbers = [stay.firstNumber, ...(stay.lastNumber !== null && stay.lastNumber !== stay.firstNumber ? [stay.lastNumber] : [])];
  const removedIndexes = new Set(numbers.map((n) => records[n - 1]!.lineIndex));
  const words = logWordsOf(utf8Of(bytesText));
  const replacement =
    stay.form === 'stamps'
      ? [lineOf(words.entry, isoDate(trip.entry), stay.country, stay.place), ...(trip.exit === null ? [] : [lineOf(words.exit, isoDate(trip.exit), stay.exitCountry, stay.exitPlace)])]
      : [tripLine(trip.entry, trip.exit, today, words, stay.country, stay.place)];
  // Where it goes among the other stays, in the file without its old lines.
  const kept = withoutLines(toLines(bytesText), removedIndexes);
  insertAt(kept, insertionIndex(kept, records, trip, others), replacement, lineBreakOf(bytesText));
  return changed(kept, records, replacement, numbers.map((n) => records[n - 1]!.text));
}

/** `log remove N`: line N and its line break. */
export function removeLine(bytesText: string, number: number): Change {
  const records = recordLines(bytesText);
  const record = records[number - 1]!;
  return changed(withoutLines(toLines(bytesText), new Set([record.lineIndex])), records, [], [record.text]);
}
