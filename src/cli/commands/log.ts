import { realpath } from 'node:fs/promises';
import { ExitCode, FileError, InputError, isSystemError, UsageError, UserError, unreadableFileError, unwritableFileError } from '../../errors.js';
import { writeHumanText } from '../../io/output.js';
import { readLimited } from '../../io/read-limited.js';
import { assembleHistory } from '../../parse/assemble-history.js';
import { parseDate } from '../../parse/dates.js';
import { parseStampFile } from '../../parse/stamp-file.js';
import { parseCountryCode, parseVisaText } from '../../parse/visa-text.js';
import { isoDate } from '../../core/iso-date.js';
import { renderJson, SCHEMA_VERSION } from '../../render/json.js';
import { FileChangedError, fileVersion, writeFileAtomically, type AtomicWriteHooks } from '../../store/atomic-file.js';
import { defaultStampFile } from '../../store/default-file.js';
import { withFileLock } from '../../store/lock.js';
import { resolveToday } from '../clock.js';
import { writeOut } from '../command-context.js';

/**
 * A change refused because the new file would be invalid: worded by the reader's catalogue around
 * the inner error's own (translated) message, at the inner error's place and field.
 */
export class LogRefusedError extends InputError<'log.refused'> {
  constructor(readonly inner: UserError) {
    super('log.refused', { reason: inner.message }, inner.location);
  }
}

export interface LogOptions {
  file?: string;
  on?: string;
  tz?: string;
  json?: boolean;
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
    if (error instanceof UserError && error.code === 'file.unreadable' && (error.params as { why: string }).why === 'noSuchFile') return '';
    throw error;
  }
}

/** The whole new text must still be a valid history; otherwise nothing is written. */
async function checkedText(path: string, bytesText: string, options: LogOptions): Promise<string> {
  try {
    assembleHistory(parseStampFile(utf8Of(bytesText), path), await resolveToday(options));
  } catch (error) {
    if (error instanceof UserError) throw new LogRefusedError(error);
    throw error;
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

/** A line number as "log list" shows it: digits only (no 0x4, 1e0, +1 or 1abc). */
function parseLineNumber(text: string): number {
  if (!/^[0-9]{1,9}$/.test(text)) throw new UsageError('log.lineNumber', { text: text.slice(0, 40) }, { field: 'N' });
  return Number(text);
}

export async function runLogStampCommand(kind: 'entry' | 'exit', dateText: string, rest: string[], options: LogOptions): Promise<ExitCode> {
  const path = options.file ?? defaultStampFile();
  const day = parseDate(dateText, { field: 'DATE' });
  const [first, ...others] = rest;
  const country = first !== undefined && /^[A-Z]{2}$/.test(first) ? parseCountryCode(first, {}, 'COUNTRY') : undefined;
  // Any run of white space (a newline too) is one space, as the stamp parser reads it: a value
  // can never become a second line of the file.
  const place = (country === undefined ? rest : others).join(' ').replace(/#/g, '').trim().split(/\s+/).join(' ');
  const line = [kind, isoDate(day), country, place === '' ? undefined : place].filter((part) => part !== undefined).join(' ');
  await changeFile(path, (text) => appendLine(text, line), options);
  if (options.json) writeOut(renderJson({ schemaVersion: SCHEMA_VERSION, command: 'log', action: 'add', file: path, line }));
  else writeHumanText(`${path}: + ${line}\n`);
  return ExitCode.ok;
}

export async function runLogVisaCommand(words: string[], options: LogOptions): Promise<ExitCode> {
  const path = options.file ?? defaultStampFile();
  const sticker = words.join(' ').trim().split(/\s+/).join(' ');
  parseVisaText(sticker, { field: 'visa' });
  const line = `visa ${sticker}`;
  await changeFile(path, (text) => appendLine(text, line), options);
  if (options.json) writeOut(renderJson({ schemaVersion: SCHEMA_VERSION, command: 'log', action: 'add', file: path, line }));
  else writeHumanText(`${path}: + ${line}\n`);
  return ExitCode.ok;
}

export async function runLogListCommand(options: LogOptions): Promise<ExitCode> {
  const path = options.file ?? defaultStampFile();
  const records = recordLines(await readOrEmpty(path));
  if (options.json) {
    writeOut(renderJson({ schemaVersion: SCHEMA_VERSION, command: 'log', action: 'list', file: path, lines: records.map((r) => ({ number: r.number, line: r.partIndex / 2 + 1, text: r.text })) }));
  } else {
    const width = String(records.length).length;
    writeHumanText(`${path}\n${records.map((r) => `${String(r.number).padStart(width)}  ${r.text}`).join('\n')}${records.length > 0 ? '\n' : ''}`);
  }
  return ExitCode.ok;
}

export async function runLogRemoveCommand(numberText: string, options: LogOptions, hooks: AtomicWriteHooks = {}): Promise<ExitCode> {
  const path = options.file ?? defaultStampFile();
  const number = parseLineNumber(numberText);
  let removed = '';
  await changeFile(
    path,
    (text) => {
      const records = recordLines(text);
      const record = records[number - 1];
      if (record === undefined) throw new UsageError('log.noSuchLine', { number, count: records.length }, { field: 'N' });
      removed = record.text;
      const parts = splitKept(text);
      // The line and the break after it (or before it, for a last line without one).
      parts.splice(record.partIndex < parts.length - 1 ? record.partIndex : Math.max(record.partIndex - 1, 0), 2);
      return parts.join('');
    },
    options,
    hooks,
  );
  if (options.json) writeOut(renderJson({ schemaVersion: SCHEMA_VERSION, command: 'log', action: 'remove', file: path, line: removed }));
  else writeHumanText(`${path}: - ${removed}\n`);
  return ExitCode.ok;
}
