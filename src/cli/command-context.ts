import type { Day } from '../core/day.js';
import type { Warning } from '../core/warning.js';
import type { Verdict } from '../app/verdict.js';
export { warningsToJson } from '../app/answers.js';
import { loadCatalogue, type Catalogue } from '../messages/catalogue.js';
import { resolveLanguage } from './language.js';
import { SCHENGEN_REGIME, type Regime } from '../core/regimes.js';
import { assembleHistory, type AssembledHistory } from '../parse/assemble-history.js';
import { renderJson } from '../render/json.js';
import type { TableStyle } from '../render/table.js';
import { resolveToday } from './clock.js';
import { loadTravelInput } from '../store/load-input.js';
import { writeErrorLine, writeStdout } from '../io/output.js';
import { processStdoutFacts, resolveColorLevel, resolveWidth } from './terminal.js';

export interface OutputOptions {
  json?: boolean;
  /** --fields: JSON with only these fields of the answer (implies --json; issue 21). */
  fields?: string;
  lang?: string;
  /** --color / --no-color (a global option, copied here before the action runs). */
  color?: boolean;
}

export interface HistoryOptions extends OutputOptions {
  stay: string[];
  visa: string[];
  permit: string[];
  on?: string;
  tz?: string;
  failOnOverstay?: boolean;
}

/** `--rules`, `--rule`, `--nationality` (status, plan, next, calendar, ics). */
export interface RulesOptions {
  rules?: string;
  rule?: string[];
  nationality?: string;
}

export interface CommandContext {
  readonly today: Day;
  readonly history: AssembledHistory;
  /** The reader's language: table output and stderr; JSON stays language-neutral. */
  readonly catalogue: Catalogue;
}

export async function loadReaderCatalogue(options: OutputOptions): Promise<Catalogue> {
  return loadCatalogue(resolveLanguage(options.lang, process.env));
}

/** parse: "today", the reader's language, and the history from file and flags, checked. */
export async function prepareContext(file: string | undefined, options: HistoryOptions, allowEmptyHistory = false, regime: Regime = SCHENGEN_REGIME): Promise<CommandContext> {
  const catalogue = await loadReaderCatalogue(options);
  const today = await resolveToday(options);
  const input = await loadTravelInput(file, options, allowEmptyHistory, today);
  const assembled = assembleHistory(input, today, regime);
  const emptyWarnings: Warning[] = input.emptySources.map((source) => ({ code: 'emptyInput', params: { file: source } }));
  const history = emptyWarnings.length === 0 ? assembled : { ...assembled, warnings: [...emptyWarnings, ...assembled.warnings] };
  return { today, history, catalogue };
}

/** Warnings go to stderr, in the reader's language, whatever stdout carries. */
export async function writeWarnings(warnings: readonly Warning[], catalogue: Catalogue): Promise<void> {
  if (warnings.length === 0) return;
  // Date formatting loads luxon: only when there is something to say.
  const { formatIsoDate } = await import('../render/format-date.js');
  const date = (iso: string) => formatIsoDate(iso, catalogue.language);
  for (const warning of warnings) {
    writeErrorLine(`schengen: ${catalogue.frame.warning}${catalogue.table.punctuation.colon}${catalogue.table.warnings[warning.code](warning.params, date)}`);
  }
}

/** Colour from --color/--no-color, FORCE_COLOR, NO_COLOR, TERM and the terminal; the terminal's width when narrower than 80. */
export function tableStyle(catalogue: Catalogue, options: { color?: boolean | undefined } = {}): TableStyle {
  const stdout = processStdoutFacts();
  return { language: catalogue.language, messages: catalogue.table, colorLevel: resolveColorLevel(options.color, process.env, stdout), width: resolveWidth(stdout) };
}

export function writeOut(text: string): void {
  writeStdout(text);
}

/**
 * render: the warnings to stderr, then the result as JSON or as the table `renderTable` draws
 * (imported by the caller on demand, so that --json never loads chalk or cli-table3).
 */
export async function writeQueryResult(
  result: { readonly warnings: readonly Warning[]; readonly verdict: Verdict; readonly json: () => object },
  options: OutputOptions,
  catalogue: Catalogue,
  renderTable: (style: TableStyle) => Promise<string>,
  /** A document of its own (annex3 --html, --print) carries no verdict line above it. */
  document = false,
): Promise<void> {
  await writeWarnings(result.warnings, catalogue);
  if (options.json || options.fields !== undefined) writeOut(renderJson(result.json()));
  else if (document) writeOut(await renderTable(tableStyle(catalogue, options)));
  else {
    const style = tableStyle(catalogue, options);
    writeOut(await tableWithVerdict(result.verdict, catalogue, style, () => renderTable(style)));
  }
}

/** The verdict's sentence, then the table: the first line says what the person must know. */
export async function tableWithVerdict(verdict: Verdict, catalogue: Catalogue, style: TableStyle, renderTable: () => Promise<string> | string): Promise<string> {
  const { renderVerdictLine } = await import('../render/verdict.js');
  return `${renderVerdictLine(verdict, catalogue, style.width ?? 80)}\n\n${await renderTable()}`;
}
