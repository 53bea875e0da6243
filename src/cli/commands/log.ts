import { readFile } from 'node:fs/promises';
import { ExitCode, InputError, UsageError, UserError, unreadableFileError } from '../../errors.js';
import { assembleHistory } from '../../parse/assemble-history.js';
import { parseDate } from '../../parse/dates.js';
import { parseStampFile } from '../../parse/stamp-file.js';
import { parseCountryCode, parseVisaText } from '../../parse/visa-text.js';
import { isoDate } from '../../core/iso-date.js';
import { renderJson, SCHEMA_VERSION } from '../../render/json.js';
import { writeFileAtomically, type AtomicWriteHooks } from '../../store/atomic-file.js';
import { defaultStampFile } from '../../store/default-file.js';
import { withFileLock } from '../../store/lock.js';
import { resolveToday } from '../clock.js';
import { writeOut } from '../command-context.js';

export interface LogOptions {
  file?: string;
  on?: string;
  tz?: string;
  json?: boolean;
}

/** A line that says something (not blank, not only a comment), with its 1-based number in the file. */
interface RecordLine {
  readonly number: number;
  readonly lineIndex: number;
  readonly text: string;
}

function recordLines(text: string): RecordLine[] {
  const records: RecordLine[] = [];
  text.split(/\r?\n/).forEach((line, lineIndex) => {
    if (line.replace(/#.*$/, '').trim() !== '') records.push({ number: records.length + 1, lineIndex, text: line });
  });
  return records;
}

async function readOrEmpty(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    // No file yet: the first `log` call creates it.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw unreadableFileError(error, path);
  }
}

/** The whole new text must still be a valid history; otherwise nothing is written. */
async function checkedText(path: string, text: string, options: LogOptions): Promise<string> {
  try {
    assembleHistory(parseStampFile(text, path), await resolveToday(options));
  } catch (error) {
    if (error instanceof UserError) throw new InputError('log.refused', { reason: error.message }, { file: path, line: error.location.line });
    throw error;
  }
  return text;
}

function appendLine(text: string, line: string): string {
  if (text === '') return `${line}\n`;
  return text.endsWith('\n') ? `${text}${line}\n` : `${text}\n${line}\n`;
}

/** Reads, changes, checks and atomically replaces the stamp file, holding its lock throughout. */
async function changeFile(path: string, change: (text: string) => string, options: LogOptions, hooks: AtomicWriteHooks = {}): Promise<void> {
  await withFileLock(path, async () => {
    const before = await readOrEmpty(path);
    const after = await checkedText(path, change(before), options);
    await writeFileAtomically(path, after, hooks);
  });
}

export async function runLogStampCommand(kind: 'entry' | 'exit', dateText: string, rest: string[], options: LogOptions): Promise<ExitCode> {
  const path = options.file ?? defaultStampFile();
  const day = parseDate(dateText, { field: 'DATE' }, await resolveToday(options));
  const [first, ...others] = rest;
  const country = first !== undefined && /^[A-Z]{2}$/.test(first) ? parseCountryCode(first, {}, 'COUNTRY') : undefined;
  const place = (country === undefined ? rest : others).join(' ').replace(/#/g, '').trim();
  const line = [kind, isoDate(day), country, place === '' ? undefined : place].filter((part) => part !== undefined).join(' ');
  await changeFile(path, (text) => appendLine(text, line), options);
  writeOut(options.json ? renderJson({ schemaVersion: SCHEMA_VERSION, command: 'log', action: 'add', file: path, line }) : `${path}: + ${line}\n`);
  return ExitCode.ok;
}

export async function runLogVisaCommand(words: string[], options: LogOptions): Promise<ExitCode> {
  const path = options.file ?? defaultStampFile();
  const sticker = words.join(' ');
  parseVisaText(sticker, { field: 'visa' });
  const line = `visa ${sticker}`;
  await changeFile(path, (text) => appendLine(text, line), options);
  writeOut(options.json ? renderJson({ schemaVersion: SCHEMA_VERSION, command: 'log', action: 'add', file: path, line }) : `${path}: + ${line}\n`);
  return ExitCode.ok;
}

export async function runLogListCommand(options: LogOptions): Promise<ExitCode> {
  const path = options.file ?? defaultStampFile();
  const records = recordLines(await readOrEmpty(path));
  if (options.json) {
    writeOut(renderJson({ schemaVersion: SCHEMA_VERSION, command: 'log', action: 'list', file: path, lines: records.map((r) => ({ number: r.number, line: r.lineIndex + 1, text: r.text })) }));
  } else {
    const width = String(records.length).length;
    writeOut(`${path}\n${records.map((r) => `${String(r.number).padStart(width)}  ${r.text}`).join('\n')}${records.length > 0 ? '\n' : ''}`);
  }
  return ExitCode.ok;
}

export async function runLogRemoveCommand(numberText: string, options: LogOptions, hooks: AtomicWriteHooks = {}): Promise<ExitCode> {
  const path = options.file ?? defaultStampFile();
  let removed = '';
  await changeFile(
    path,
    (text) => {
      const records = recordLines(text);
      const number = Number(numberText);
      const record = Number.isInteger(number) ? records[number - 1] : undefined;
      if (record === undefined) throw new UsageError('log.noSuchLine', { number: numberText === '' ? 0 : Number(numberText) || 0, count: records.length }, { field: 'N' });
      removed = record.text;
      const lines = text.split('\n');
      lines.splice(record.lineIndex, 1);
      return lines.join('\n');
    },
    options,
    hooks,
  );
  writeOut(options.json ? renderJson({ schemaVersion: SCHEMA_VERSION, command: 'log', action: 'remove', file: path, line: removed }) : `${path}: - ${removed}\n`);
  return ExitCode.ok;
}
