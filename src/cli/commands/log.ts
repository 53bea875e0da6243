import { realpath } from 'node:fs/promises';
import { errorMessage } from '../../messages/error-catalogue.js';
import { ExitCode, FileError, InputError, isNoSuchFile, isSystemError, UsageError, UserError, unreadableFileError, unwritableFileError } from '../../errors.js';
import { writeHumanText } from '../../io/output.js';
import { readLimited } from '../../io/read-limited.js';
import { assembleHistory } from '../../parse/assemble-history.js';
import { parseDate } from '../../parse/dates.js';
import { parseStampFile } from '../../parse/stamp-file.js';
import { parseCountryCode, parsePermitText, parseVisaText } from '../../parse/visa-text.js';
import { parseVisaMrz } from '../../parse/mrz.js';
import { isoDate } from '../../core/iso-date.js';
import { renderJson } from '../../render/json.js';
import { fieldName } from '../../render/user-error.js';
import { SCHEMA_VERSION } from '../../app/answers.js';
import type { LogSchema } from '../../app/answer-schemas.js';
import type { Static } from 'typebox';
import { FileChangedError, fileVersion, writeFileAtomically, type AtomicWriteHooks } from '../../store/atomic-file.js';
import { addEntry, addExit, addTrip, editStay, loggedStays, recordLines, removeLine, stayState, type Change, type LoggedStay, type RecordLine } from '../../store/stamp-edit.js';
import type { Day } from '../../core/day.js';
import { chooseStampFile, listTravellerFiles } from '../../store/travellers.js';
import { withFileLock } from '../../store/lock.js';
import { resolveToday } from '../clock.js';
import { loadReaderCatalogue, writeOut } from '../command-context.js';

/** `log … --json` (its one definition: src/app/answer-schemas.ts). */
type LogDto = Static<typeof LogSchema>;

export interface LogOptions {
  file?: string;
  traveller?: string;
  on?: string;
  tz?: string;
  json?: boolean;
  lang?: string;
  all?: boolean;
}

/** The file is handled as Latin-1 text (one character a byte): every byte the user wrote is written back unchanged (store/stamp-edit.ts). */
const BYTES = 'latin1';

async function readOrEmpty(path: string): Promise<string> {
  try {
    return (await readLimited(path, path)).toString(BYTES);
  } catch (error) {
    // No file yet: the first `log` call creates it.
    if (isNoSuchFile(error)) return '';
    throw error;
  }
}

/**
 * The whole new text must still be a valid history; otherwise nothing is written. Only the record
 * lines are checked, one a line, so that every line number in the message is the number `log list`
 * shows before the change (comments, blank lines and any line-break style do not shift them; a line
 * the change adds is named by the refusal itself); the reason is in the reader's language.
 */
async function checkedText(path: string, change: Change, options: LogOptions): Promise<string> {
  try {
    const records = recordLines(change.text).map((record) => record.text);
    assembleHistory(parseStampFile(records.join('\n'), path), await resolveToday(options));
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const line = error.location.line;
    throw await refusal(error, path, options, line === undefined ? undefined : (change.oldNumbers[line - 1] ?? undefined));
  }
  return change.text;
}

/**
 * A refusal of the change, in the reader's language: the file is unchanged, the reason, and the line
 * of `log list` it is about. A usage mistake stays one (exit 2), bad input stays bad input (exit 3).
 */
async function refusal(error: UserError, path: string, options: LogOptions, number: number | undefined): Promise<UserError> {
  const catalogue = await loadReaderCatalogue(options);
  const message = errorMessage(catalogue.errors, error);
  const field = error.location.field;
  // The field in the reader's language and punctuation, as every message names it (render/user-error.ts).
  const reason = field === undefined ? message : `${catalogue.frame.fieldNamed(fieldName(field, catalogue.frame))}${catalogue.table.punctuation.colon}${message}`;
  const Refusal = error instanceof UsageError ? UsageError : InputError;
  return number === undefined ? new Refusal('log.refused', { reason }, { file: path }) : new Refusal('log.refusedAt', { number, reason }, { file: path });
}

/** A change worked out by store/stamp-edit.ts, its refusals worded as every log refusal is (they name their line themselves). */
async function planned(path: string, options: LogOptions, plan: () => Change): Promise<Change> {
  try {
    return plan();
  } catch (error) {
    if (!(error instanceof UserError) || error.code === 'log.notANumber' || error.code === 'log.noSuchLine') throw error;
    throw await refusal(error, path, options, undefined);
  }
}

/** The log's stays, or the refusal (in the reader's language) of a file that is not a valid log. */
async function staysOf(path: string, text: string, options: LogOptions): Promise<{ records: RecordLine[]; stays: LoggedStay[] }> {
  const records = recordLines(text);
  try {
    return { records, stays: loggedStays(records, path) };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    throw await refusal(error, path, options, error.location.line);
  }
}

const bytesOf = (text: string) => Buffer.from(text, 'utf8').toString(BYTES);

function appendLine(bytesText: string, line: string): string {
  if (bytesText === '') return `${bytesOf(line)}\n`;
  const lineBreak = /\r\n|\r|\n/.exec(bytesText)?.[0] ?? '\n';
  return /[\r\n]$/.test(bytesText) ? `${bytesText}${bytesOf(line)}${lineBreak}` : `${bytesText}${lineBreak}${bytesOf(line)}${lineBreak}`;
}

/**
 * The file a path names: a symbolic link is followed to its target, so that the target is what
 * gets updated (a rename over the link would replace the link by a copy).
 */
async function resolvedPath(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return path; // the write says what is wrong
    throw unreadableFileError(error, path);
  }
}

/**
 * Reads, changes, checks and atomically replaces the stamp file, holding its lock throughout. The
 * change is worked out on the text read under the lock (store/stamp-edit.ts); a refusal leaves the
 * file as it was.
 */
async function changeFile(givenPath: string, change: (bytesText: string) => Promise<Change> | Change, options: LogOptions, hooks: AtomicWriteHooks = {}): Promise<Change> {
  const path = await resolvedPath(givenPath);
  try {
    return await withFileLock(path, async () => {
      for (let attempt = 1; ; attempt += 1) {
        const version = await fileVersion(path);
        const before = await readOrEmpty(path);
        const changed = await change(before);
        const after = await checkedText(givenPath, changed, options);
        try {
          await writeFileAtomically(path, Buffer.from(after, BYTES), hooks, version);
          return changed;
        } catch (error) {
          if (!(error instanceof FileChangedError)) throw error;
          if (attempt >= 5) throw new FileError('log.locked', { file: givenPath }, { file: givenPath });
        }
      }
    });
  } catch (error) {
    if (error instanceof UserError || !isSystemError(error)) throw error;
    throw unwritableFileError(error, givenPath);
  }
}

/** A change that adds one line at the end (visa, permit, mrz): nothing else moves. */
function appended(bytesText: string, line: string): Change {
  const text = appendLine(bytesText, line);
  const before = recordLines(bytesText).map((record) => record.number);
  return { text, oldNumbers: [...before, null], added: [line], removed: [] };
}

/** Country code and place after a date, as the stamp parser reads them; any run of white space is one space. */
function whereOf(rest: readonly string[]): { country: string | undefined; place: string | undefined } {
  const [first, ...others] = rest;
  const country = first !== undefined && /^[A-Z]{2}$/.test(first) ? parseCountryCode(first, {}, 'COUNTRY') : undefined;
  const place = (country === undefined ? rest : others).join(' ').replace(/#/g, '').trim().split(/\s+/).join(' ');
  return { country, place: place === '' ? undefined : place };
}

/** `FROM..TO` or `FROM..` as typed on the command line (relative dates allowed). */
function tripOf(text: string, today: Day, field: string): { entry: Day; exit: Day | null } {
  const parts = text.split('..');
  if (parts.length !== 2 || parts[0]!.trim() === '') throw new UsageError('log.tripForm', { text: text.slice(0, 60) }, { field });
  const entry = parseDate(parts[0]!, { field: `${field} FROM` }, today);
  const exit = parts[1]!.trim() === '' ? null : parseDate(parts[1]!, { field: `${field} TO` }, today);
  // Refused as a --stay whose exit is before its entry is (exit 3, the same words): a stay that cannot be.
  if (exit !== null && exit < entry) throw new InputError('stay.exitBeforeEntry', {}, { field: `${field} TO` });
  return { entry, exit };
}

function reportChange(path: string, change: Change, action: 'add' | 'edit', options: LogOptions, describe?: string): void {
  if (options.json) {
    const line = change.added.join('\n');
    const dto: LogDto =
      action === 'edit'
        ? { schemaVersion: SCHEMA_VERSION, command: 'log', action, file: path, line, removed: [...change.removed] }
        : { schemaVersion: SCHEMA_VERSION, command: 'log', action, file: path, line };
    writeOut(renderJson(dto));
  } else writeHumanText(describe ?? `${path}: + ${change.added.join(`\n${path}: + `)}\n`);
}

/** `log entry DATE …` (a stay under way, in its place by date) and `log exit DATE …` (ends it). */
export async function runLogStampCommand(kind: 'entry' | 'exit', dateText: string, rest: string[], options: LogOptions): Promise<ExitCode> {
  const today = await resolveToday(options);
  const day = parseDate(dateText, { field: 'DATE' }, today);
  const where = whereOf(rest);
  const path = chooseStampFile(options);
  const change = await changeFile(path, async (text) => {
    await staysOf(path, text, options);
    return planned(path, options, () => (kind === 'entry' ? addEntry(text, path, day, today, where, 'DATE') : addExit(text, path, day, today, where, 'DATE')));
  }, options);
  reportChange(path, change, 'add', options, change.removed.length === 0 ? undefined : `${path}: - ${change.removed.join(' ')}\n${path}: + ${change.added.join(`\n${path}: + `)}\n`);
  return ExitCode.ok;
}

/** `log trip FROM..TO [COUNTRY] [place]`: a trip in the past, under way (`FROM..`) or booked ahead, in its place by date. */
export async function runLogTripCommand(range: string, rest: string[], options: LogOptions): Promise<ExitCode> {
  const today = await resolveToday(options);
  const trip = tripOf(range, today, 'FROM..TO');
  const where = whereOf(rest);
  const path = chooseStampFile(options);
  const change = await changeFile(path, async (text) => {
    await staysOf(path, text, options);
    return planned(path, options, () => addTrip(text, path, trip, today, where, 'FROM..TO'));
  }, options);
  reportChange(path, change, 'add', options);
  return ExitCode.ok;
}

/** `log edit N FROM..TO`: the stay of line N gets new days (and moves to its place by date). */
export async function runLogEditCommand(numberText: string, range: string, options: LogOptions): Promise<ExitCode> {
  const today = await resolveToday(options);
  const trip = tripOf(range, today, 'FROM..TO');
  const path = chooseStampFile(options);
  let number = 0;
  const change = await changeFile(path, async (text) => {
    const { records } = await staysOf(path, text, options);
    number = lineNumber(numberText, records.length);
    return planned(path, options, () => editStay(text, path, number, trip, today, 'FROM..TO'));
  }, options);
  const m = (await loadReaderCatalogue(options)).table.itinerary.log;
  reportChange(path, change, 'edit', options, `${path}: ${m.edited(number, change.removed.join(' + '), change.added.join(' + '))}\n`);
  return ExitCode.ok;
}

/** A line number as `log list` shows it: digits only (no 0x4, 1e0, +1 or 1abc), from 1 to `count`. */
function lineNumber(numberText: string, count: number): number {
  const shown = numberText.slice(0, 40);
  if (!/^[0-9]{1,9}$/.test(numberText) || count === 0) throw new UsageError('log.notANumber', { text: shown, count }, { field: 'N' });
  const number = Number(numberText);
  if (number < 1 || number > count) throw new UsageError('log.noSuchLine', { number, count }, { field: 'N' });
  return number;
}

export async function runLogVisaCommand(words: string[], options: LogOptions): Promise<ExitCode> {
  const sticker = words.join(' ').trim().split(/\s+/).join(' ');
  parseVisaText(sticker, { field: 'visa' });
  return addLine(`visa ${sticker}`, options);
}

async function addLine(line: string, options: LogOptions): Promise<ExitCode> {
  const path = chooseStampFile(options);
  await changeFile(path, (text) => appended(text, line), options);
  if (options.json) writeOut(renderJson({ schemaVersion: SCHEMA_VERSION, command: 'log', action: 'add', file: path, line } satisfies LogDto));
  else writeHumanText(`${path}: + ${line}\n`);
  return ExitCode.ok;
}

/** `log permit FROM..UNTIL [COUNTRY]` (or `FROM UNTIL [COUNTRY]`): written as the stamp-file line, ISO dates. */
export async function runLogPermitCommand(words: string[], options: LogOptions): Promise<ExitCode> {
  const joined = words.join(' ').trim();
  // "FROM UNTIL [CC]" with two date words: the same as "FROM..UNTIL [CC]".
  const text = joined.includes('..') || words.length < 2 ? joined : [`${words[0]}..${words[1]}`, ...words.slice(2)].join(' ');
  const permit = parsePermitText(text, { field: 'permit' });
  const range = `${isoDate(permit.range.first)}..${isoDate(permit.range.last)}`;
  return addLine(permit.country === undefined ? `permit ${range}` : `permit ${range} ${permit.country}`, options);
}

/** `log mrz LINE1 LINE2`: the sticker's machine-readable zone, every check digit verified before it is kept. */
export async function runLogMrzCommand(line1: string, line2: string, options: LogOptions): Promise<ExitCode> {
  const [first, second] = [line1.trim().toUpperCase(), line2.trim().toUpperCase()];
  parseVisaMrz(first, second, { field: 'mrz' });
  return addLine(`mrz ${first} ${second}`, options);
}

/** Each record line's mark: the state on the reference day of the stay it begins (booked, under way), or nothing. */
async function marksOf(path: string, text: string, options: LogOptions): Promise<Map<number, 'booked' | 'underWay' | 'bookedPast'>> {
  const marks = new Map<number, 'booked' | 'underWay' | 'bookedPast'>();
  let stays: LoggedStay[];
  try {
    stays = loggedStays(recordLines(text), path);
  } catch (error) {
    // A file that is not a valid log is still listed, line by line, without marks.
    if (error instanceof UserError) return marks;
    throw error;
  }
  const today = await resolveToday(options);
  for (const stay of stays) {
    const state = stayState(stay, today);
    if (state === 'booked' || state === 'underWay') marks.set(stay.firstNumber, state);
    else if (stay.form === 'booked') marks.set(stay.firstNumber, 'bookedPast');
  }
  return marks;
}

export async function runLogListCommand(options: LogOptions): Promise<ExitCode> {
  if (options.all) return listAllTravellers(options);
  const path = chooseStampFile(options);
  const text = await readOrEmpty(path);
  const records = recordLines(text);
  const marks = await marksOf(path, text, options);
  if (options.json) {
    const lines = records.map((r) => ({ number: r.number, line: r.lineIndex + 1, text: r.text, ...(marks.has(r.number) ? { mark: marks.get(r.number)! } : {}) }));
    writeOut(renderJson({ schemaVersion: SCHEMA_VERSION, command: 'log', action: 'list', file: path, lines } satisfies LogDto));
  } else {
    const m = (await loadReaderCatalogue(options)).table.itinerary.log.marks;
    const width = String(records.length).length;
    const shown = records.map((r) => `${String(r.number).padStart(width)}  ${r.text}${marks.has(r.number) ? `   [${m[marks.get(r.number)!]}]` : ''}`);
    writeHumanText(`${path}\n${shown.join('\n')}${records.length > 0 ? '\n' : ''}`);
  }
  return ExitCode.ok;
}

export async function runLogRemoveCommand(numberText: string, options: LogOptions, hooks: AtomicWriteHooks = {}): Promise<ExitCode> {
  const path = chooseStampFile(options);
  const change = await changeFile(path, (text) => removeLine(text, lineNumber(numberText, recordLines(text).length)), options, hooks);
  const removed = change.removed[0]!;
  if (options.json) writeOut(renderJson({ schemaVersion: SCHEMA_VERSION, command: 'log', action: 'remove', file: path, line: removed } satisfies LogDto));
  else writeHumanText(`${path}: - ${removed}\n`);
  return ExitCode.ok;
}

/** `log list --all`: the own file, then each traveller's, each numbered as `log list` numbers it. */
async function listAllTravellers(options: LogOptions): Promise<ExitCode> {
  const files = await listTravellerFiles();
  const found = await Promise.all(files.map(async (traveller) => ({ ...traveller, records: recordLines(await readOrEmpty(traveller.file)) })));
  if (options.json) {
    const travellers = found.map((t) => ({ traveller: t.name, file: t.file, lines: t.records.map((r) => ({ number: r.number, line: r.lineIndex + 1, text: r.text })) }));
    writeOut(renderJson({ schemaVersion: SCHEMA_VERSION, command: 'log', action: 'listAll', travellers } satisfies LogDto));
    return ExitCode.ok;
  }
  const m = (await loadReaderCatalogue(options)).table.travellers;
  const blocks = found
    .filter((t) => t.name !== null || t.records.length > 0)
    .map((t) => {
      const width = String(t.records.length).length;
      return [m.heading(t.name ?? m.ownFile, t.file), ...t.records.map((r) => `${String(r.number).padStart(width)}  ${r.text}`)].join('\n');
    });
  writeHumanText(blocks.length === 0 ? `${m.noneYet(found[0]!.file)}\n` : `${blocks.join('\n\n')}\n`);
  return ExitCode.ok;
}
