import type { Day } from '../core/day.js';
import type { AuthorisedStay, Visa } from '../core/visa.js';
import type { Warning } from '../core/warning.js';
import { assembleHistory, type AssembledHistory } from '../parse/assemble-history.js';
import type { WarningDto } from '../render/json.js';
import { en } from '../messages/table-en.js';
import type { TableStyle } from '../render/table.js';
import { resolveToday } from './clock.js';
import { loadTravelInput } from './load-input.js';

export interface HistoryOptions {
  stay: string[];
  visa: string[];
  permit: string[];
  on?: string;
  tz?: string;
  json?: boolean;
  failOnOverstay?: boolean;
}

export interface CommandContext {
  readonly today: Day;
  readonly history: AssembledHistory;
}

/** parse: "today" and the history from file and flags, checked. */
export async function prepareContext(file: string | undefined, options: HistoryOptions): Promise<CommandContext> {
  const today = resolveToday(options);
  const history = assembleHistory(await loadTravelInput(file, options), today);
  return { today, history };
}

/** The warning a visa with an ambiguous duration deserves wherever it is applied (rules.md §2.2). */
export function visaWarnings(authorised: AuthorisedStay | null, visas: readonly Visa[]): Warning[] {
  const use = authorised?.visa;
  if (use === undefined || use === null || !use.ambiguousDuration) return [];
  return [{ code: 'ambiguousDuration', params: { durationDays: visas[use.visaIndex]!.durationDays } }];
}

/** JSON warnings: the code for scripts, an English sentence with ISO dates for people. */
export function warningsToJson(warnings: readonly Warning[]): WarningDto[] {
  return warnings.map((warning) => ({
    code: warning.code,
    message: en.warnings[warning.code]?.(warning.params, (iso) => iso) ?? warning.code,
  }));
}

/** A warning also goes to stderr when stdout is JSON, so that a person running the script sees it. */
export function echoWarningsToStderr(warnings: readonly Warning[]): void {
  for (const warning of warningsToJson(warnings)) process.stderr.write(`schengen: warning: ${warning.message}\n`);
}

export function tableStyle(): TableStyle {
  const noColor = process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '';
  const depth = process.stdout.isTTY ? process.stdout.getColorDepth() : 1;
  const colorLevel = noColor || !process.stdout.isTTY ? 0 : depth >= 24 ? 3 : depth >= 8 ? 2 : 1;
  return { language: 'en', messages: en, colorLevel };
}

export function writeOut(text: string): void {
  process.stdout.write(text);
}
