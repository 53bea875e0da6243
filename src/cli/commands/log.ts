import { realpath } from 'node:fs/promises';
import { errorMessage } from '../../messages/error-catalogue.js';
import { ExitCode, FileError, InputError, isNoSuchFile, isSystemError, UsageError, UserError, unreadableFileError, unwritableFileError } from '../../errors.js';
import { writeHumanText } from '../../io/output.js';
import { readLimited } from '../../io/read-limited.js';
import { assembleHistory } from '../../parse/assemble-history.js';
import { parseDate } from '../../parse/dates.js';
import { parseStampFile, stampWordsOf } from '../../parse/stamp-file.js';
import { parseCountryCode, parsePermitText, parseVisaText } from '../../parse/visa-text.js';
import { parseVisaMrz } from '../../parse/mrz.js';
import { isoDate } from '../../core/iso-date.js';
import { renderJson } from '../../render/json.js';
import { fieldName } from '../../render/user-error.js';
import { SCHEMA_VERSION } from '../../app/answers.js';
import type { LogSchema } from '../../app/answer-schemas.js';
import type { Static } from 'typebox';
import { FileChangedError, fileVersion, writeFileAtomically, type AtomicWriteHooks } from '../../store/atomic-file.js';
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

/** A line that says something (not blank, not only a comment), with its 1-based number in the file. */
interface RecordLine {
  readonly number: number;
  /** Index of the line in `splitKept`'s result (lines at even indexes, their breaks at odd ones). */
  readonly partIndex: number;
  readonly text: string;
}

/**
 * The file is handled as Latin-1 text: one character per byte, so every byte the user wrote (a
 * comment in another encoding, a lone CR) is written back unchanged; lines are decoded as UTF-8
 * only to be checked and shown.
 */
const BYTES = 'latin1';
const utf8Of = (bytesText: string) => Buffer.from(bytesText, BYTES).toString('utf8');
const bytesOf = (text: string) => Buffer.from(text, 'utf8').toString(BYTES);

/** Lines and their breaks, alternating: [line, break, line, break, ..., line]. */
function splitKept(bytesText: string): string[] {
  return bytesText.split(/(\r\n|\r|\n)/);
}

function recordLines(bytesText: string): RecordLine[] {
  const records: RecordLine[] = [];
  splitKept(bytesText).forEach((part, partIndex) => {
    if (partIndex % 2 === 1) return;
    const line = utf8Of(part);
    if (line.replace(/#.*$/, '').trim() !== '') records.push({ number: records.length + 1, partIndex, text: line });
  });
  return records;
}

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
 * shows (comments, blank lines and any line-break style do not shift them); the reason is in the
 * reader's language.
 */
async function checkedText(path: string, bytesText: string, options: LogOptions): Promise<string> {
  try {
    const records = recordLines(bytesText).map((record) => record.text);
    assembleHistory(parseStampFile(records.join('\n'), path), await resolveToday(options));
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const catalogue = await loadReaderCatalogue(options);
    const message = errorMessage(catalogue.errors, error);
    const field = error.location.field;
    const reason = field === undefined ? message : `${catalogue.frame.fieldNamed(fieldName(field, catalogue.frame))}${catalogue.table.punctuation.colon}${message}`;
    const number = error.location.line;
    throw number === undefined ? new InputError('log.refused', { reason }, { file: path }) : new InputError('log.refusedAt', { number, reason }, { file: path });
  }
  return bytesText;
}

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

/** Reads, changes, checks and atomically replaces the stamp file, holding its lock throughout. */
async function changeFile(givenPath: string, change: (bytesText: string) => string, options: LogOptions, hooks: AtomicWriteHooks = {}): Promise<void> {
  const path = await resolvedPath(givenPath);
  try {
    await withFileLock(path, async () => {
      for (let attempt = 1; ; attempt += 1) {
        const version = await fileVersion(path);
        const before = await readOrEmpty(path);
        const after = await checkedText(givenPath, change(before), options);
        try {
          await writeFileAtomically(path, Buffer.from(after, BYTES), hooks, version);
          return;
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

export async function runLogStampCommand(kind: 'entry' | 'exit', dateText: string, rest: string[], options: LogOptions): Promise<ExitCode> {
  const day = parseDate(dateText, { field: 'DATE' }, await resolveToday(options));
  const [first, ...others] = rest;
  const country = first !== undefined && /^[A-Z]{2}$/.test(first) ? parseCountryCode(first, {}, 'COUNTRY') : undefined;
  // Any run of white space (a newline too) is one space, as the stamp parser reads it: a value
  // can never become a second line of the file.
  const place = (country === undefined ? rest : others).join(' ').replace(/#/g, '').trim().split(/\s+/).join(' ');
  // In the file's own words: a file kept in Dutch gets "uitreis", not "exit" (stamp-file.ts).
  const lineIn = (text: string) => [stampWordsOf(utf8Of(text))[kind], isoDate(day), country, place === '' ? undefined : place].filter((part) => part !== undefined).join(' ');
  return addLine(lineIn, options);
}

export async function runLogVisaCommand(words: string[], options: LogOptions): Promise<ExitCode> {
  const sticker = words.join(' ').trim().split(/\s+/).join(' ');
  parseVisaText(sticker, { field: 'visa' });
  return addLine(`visa ${sticker}`, options);
}

/** Adds a line, given as it is or as the file's text decides it (read under the file's lock). */
async function addLine(lineFor: string | ((bytesText: string) => string), options: LogOptions): Promise<ExitCode> {
  const path = chooseStampFile(options);
  let line = '';
  await changeFile(
    path,
    (text) => {
      line = typeof lineFor === 'string' ? lineFor : lineFor(text);
      return appendLine(text, line);
    },
    options,
  );
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

export async function runLogListCommand(options: LogOptions): Promise<ExitCode> {
  if (options.all) return listAllTravellers(options);
  const path = chooseStampFile(options);
  const records = recordLines(await readOrEmpty(path));
  if (options.json) {
    writeOut(renderJson({ schemaVersion: SCHEMA_VERSION, command: 'log', action: 'list', file: path, lines: records.map((r) => ({ number: r.number, line: r.partIndex / 2 + 1, text: r.text })) } satisfies LogDto));
  } else {
    const width = String(records.length).length;
    writeHumanText(`${path}\n${records.map((r) => `${String(r.number).padStart(width)}  ${r.text}`).join('\n')}${records.length > 0 ? '\n' : ''}`);
  }
  return ExitCode.ok;
}

export async function runLogRemoveCommand(numberText: string, options: LogOptions, hooks: AtomicWriteHooks = {}): Promise<ExitCode> {
  const path = chooseStampFile(options);
  let removed = '';
  await changeFile(
    path,
    (text) => {
      const records = recordLines(text);
      // Digits only, as "log list" shows them: no 0x4, 1e0, +1 or 1abc.
      const shown = numberText.slice(0, 40);
      if (!/^[0-9]{1,9}$/.test(numberText)) throw new UsageError('log.notANumber', { text: shown, count: records.length }, { field: 'N' });
      const number = Number(numberText);
      const record = records[number - 1];
      if (record === undefined) {
        throw records.length === 0 ? new UsageError('log.notANumber', { text: shown, count: 0 }, { field: 'N' }) : new UsageError('log.noSuchLine', { number, count: records.length }, { field: 'N' });
      }
      removed = record.text;
      const parts = splitKept(text);
      // The line and the break after it (or before it, for a last line without one).
      parts.splice(record.partIndex < parts.length - 1 ? record.partIndex : Math.max(record.partIndex - 1, 0), 2);
      return parts.join('');
    },
    options,
    hooks,
  );
  if (options.json) writeOut(renderJson({ schemaVersion: SCHEMA_VERSION, command: 'log', action: 'remove', file: path, line: removed } satisfies LogDto));
  else writeHumanText(`${path}: - ${removed}\n`);
  return ExitCode.ok;
}

/** `log list --all`: the own file, then each traveller's, each numbered as `log list` numbers it. */
async function listAllTravellers(options: LogOptions): Promise<ExitCode> {
  const files = await listTravellerFiles();
  const found = await Promise.all(files.map(async (traveller) => ({ ...traveller, records: recordLines(await readOrEmpty(traveller.file)) })));
  if (options.json) {
    const travellers = found.map((t) => ({ traveller: t.name, file: t.file, lines: t.records.map((r) => ({ number: r.number, line: r.partIndex / 2 + 1, text: r.text })) }));
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
