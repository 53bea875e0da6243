import { computeAnnex3, type Annex3Report } from '../../core/annex3.js';
import { computeReminders } from '../../core/reminders.js';
import { findFirstOverstayDay } from '../../core/rolling-window.js';
import { ExitCode, UsageError } from '../../errors.js';
import { prepareContext, writeOut, writeWarnings, type HistoryOptions } from '../command-context.js';
import { annex3Params, belgianCalendarSource, type Annex3Flags } from './annex3.js';

export interface IcsOptions extends HistoryOptions, Partial<Annex3Flags> {
  closed: string[];
  remind?: string;
}

/** `--remind 14,7,3`: whole days before each date (0 = on the day), largest first, no repeats. */
export function parseRemind(text: string): number[] {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.some((part) => !/^\d{1,3}$/.test(part))) throw new UsageError('ics.remind', { text }, { field: '--remind' });
  return [...new Set(parts.map(Number))].sort((a, b) => b - a);
}

export async function runIcsCommand(file: string | undefined, options: IcsOptions): Promise<ExitCode> {
  const remind = options.remind === undefined ? undefined : parseRemind(options.remind);
  const { today, history, catalogue } = await prepareContext(file, options);
  let annex3: Annex3Report | null = null;
  if (options.arrival !== undefined) {
    const params = annex3Params({ ...options, arrival: options.arrival }, await belgianCalendarSource(), {}, '--', today);
    annex3 = computeAnnex3(history, params.calendar, params.arrival, params.entry, today);
  }
  const reminders = computeReminders(history, today, annex3, remind);
  await writeWarnings(history.warnings, catalogue);
  const { renderIcs } = await import('../../render/ics.js');
  writeOut(renderIcs(reminders, today, catalogue.table, catalogue.language));
  return options.failOnOverstay && findFirstOverstayDay(history.history, history.rule) !== null ? ExitCode.overstay : ExitCode.ok;
}
