import { readFile } from 'node:fs/promises';
import type { ErrorCode } from '../../messages/error-catalogue.js';
import { ExitCode, InputError, UsageError, UserError, unreadableFileError } from '../../errors.js';
import { assembleHistory } from '../../parse/assemble-history.js';
import { parseDate } from '../../parse/dates.js';
import { parseStampFile } from '../../parse/stamp-file.js';
import { parseCountryCode, parseVisaText } from '../../parse/visa-text.js';
import { isoDate } from '../../core/iso-date.js';
import { renderJson, SCHEMA_VERSION } from '../../render/json.js';
import { writeFileAtomically, type AtomicWriteHooks } from '../../store/atomic-file.js';
import { chooseStampFile, listTravellerFiles } from '../../store/travellers.js';
import { parsePermitText } from '../../parse/visa-text.js';
import { parseVisaMrz } from '../../parse/mrz.js';
import { withFileLock } from '../../store/lock.js';
import { resolveToday } from '../clock.js';
import { loadReaderCatalogue, writeOut } from '../command-context.js';

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

/**
 * The whole new text must still be a valid history; otherwise nothing is written. Only the record
 * lines are checked, one a line, so that every line number in the message is the number `log list`
 * shows (comments and blank lines do not shift them); the reason is in the reader's language.
 */
async function checkedText(path: string, text: string, options: LogOptions): Promise<string> {
  try {
    const records = recordLines(text).map((record) => record.text);
    assembleHistory(parseStampFile(records.join('\n'), path), await resolveToday(options));
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const catalogue = await loadReaderCatalogue(options);
    const message = (catalogue.errors[error.code as ErrorCode] as (params: unknown) => string)(error.params);
    const field = error.location.field;
    const reason = field === undefined ? message : `${catalogue.frame.field} "${field}": ${message}`;
    const number = error.location.line;
    throw number === undefined ? new InputError('log.refused', { reason }, { file: path }) : new InputError('log.refusedAt', { number, reason }, { file: path });
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
  const day = parseDate(dateText, { field: 'DATE' }, await resolveToday(options));
  const [first, ...others] = rest;
  const country = first !== undefined && /^[A-Z]{2}$/.test(first) ? parseCountryCode(first, {}, 'COUNTRY') : undefined;
  const place = (country === undefined ? rest : others).join(' ').replace(/#/g, '').trim();
  const line = [kind, isoDate(day), country, place === '' ? undefined : place].filter((part) => part !== undefined).join(' ');
  return addLine(line, options);
}

export async function runLogVisaCommand(words: string[], options: LogOptions): Promise<ExitCode> {
  const sticker = words.join(' ');
  parseVisaText(sticker, { field: 'visa' });
  return addLine(`visa ${sticker}`, options);
}

async function addLine(line: string, options: LogOptions): Promise<ExitCode> {
  const path = chooseStampFile(options);
  await changeFile(path, (text) => appendLine(text, line), options);
  writeOut(options.json ? renderJson({ schemaVersion: SCHEMA_VERSION, command: 'log', action: 'add', file: path, line }) : `${path}: + ${line}\n`);
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
    writeOut(renderJson({ schemaVersion: SCHEMA_VERSION, command: 'log', action: 'list', file: path, lines: records.map((r) => ({ number: r.number, line: r.lineIndex + 1, text: r.text })) }));
  } else {
    const width = String(records.length).length;
    writeOut(`${path}\n${records.map((r) => `${String(r.number).padStart(width)}  ${r.text}`).join('\n')}${records.length > 0 ? '\n' : ''}`);
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
      if (!/^\d+$/.test(numberText.trim())) throw new UsageError('log.notANumber', { text: numberText, count: records.length }, { field: 'N' });
      const number = Number(numberText.trim());
      const record = records[number - 1];
      if (record === undefined) {
        throw records.length === 0 ? new UsageError('log.notANumber', { text: numberText, count: 0 }, { field: 'N' }) : new UsageError('log.noSuchLine', { number, count: records.length }, { field: 'N' });
      }
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

/** `log list --all`: the own file, then each traveller's, each numbered as `log list` numbers it. */
async function listAllTravellers(options: LogOptions): Promise<ExitCode> {
  const files = await listTravellerFiles();
  const found = await Promise.all(files.map(async (traveller) => ({ ...traveller, records: recordLines(await readOrEmpty(traveller.file)) })));
  if (options.json) {
    const travellers = found.map((t) => ({ traveller: t.name, file: t.file, lines: t.records.map((r) => ({ number: r.number, line: r.lineIndex + 1, text: r.text })) }));
    writeOut(renderJson({ schemaVersion: SCHEMA_VERSION, command: 'log', action: 'listAll', travellers }));
    return ExitCode.ok;
  }
  const m = (await loadReaderCatalogue(options)).table.travellers;
  const blocks = found
    .filter((t) => t.name !== null || t.records.length > 0)
    .map((t) => {
      const width = String(t.records.length).length;
      return [m.heading(t.name ?? m.ownFile, t.file), ...t.records.map((r) => `${String(r.number).padStart(width)}  ${r.text}`)].join('\n');
    });
  writeOut(blocks.length === 0 ? `${m.noneYet(found[0]!.file)}\n` : `${blocks.join('\n\n')}\n`);
  return ExitCode.ok;
}
