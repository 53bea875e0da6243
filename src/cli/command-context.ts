import type { Day } from '../core/day.js';
import { assembleHistory, type AssembledHistory } from '../parse/assemble-history.js';
import { isoDate } from '../render/iso-date.js';
import type { WarningDto } from '../render/json.js';
import type { TableStyle } from '../render/table.js';
import { en } from '../render/messages/en.js';
import { resolveToday } from './clock.js';
import { loadTravelInput } from './load-input.js';

export interface HistoryOptions {
  stay: string[];
  on?: string;
  tz?: string;
  json?: boolean;
  failOnOverstay?: boolean;
}

export interface CommandContext {
  readonly today: Day;
  readonly history: AssembledHistory;
  readonly warnings: WarningDto[];
}

/** parse: "today", the history from file and flags, and the warnings the reader must see. */
export async function prepareContext(file: string | undefined, options: HistoryOptions): Promise<CommandContext> {
  const today = resolveToday(options);
  const history = assembleHistory(await loadTravelInput(file, options.stay), today);
  const warnings: WarningDto[] = [];
  if (history.openStayEntry !== null) {
    warnings.push({
      code: 'openStay',
      message: en.openStayNote(isoDate(history.openStayEntry), isoDate(today)),
    });
  }
  return { today, history, warnings };
}

export function tableStyle(): TableStyle {
  const stdoutColor = process.stdout.isTTY ? process.stdout.getColorDepth() : 1;
  const colorLevel = process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '' ? 0 : !process.stdout.isTTY ? 0 : stdoutColor >= 24 ? 3 : stdoutColor >= 8 ? 2 : 1;
  return { language: 'en', messages: en, colorLevel };
}

export function writeOut(text: string): void {
  process.stdout.write(text);
}
