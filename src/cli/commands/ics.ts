import { computeAnnex3, type Annex3Report } from '../../core/annex3.js';
import { computeReminders } from '../../core/reminders.js';
import { findFirstOverstayDay } from '../../core/rolling-window.js';
import { ExitCode } from '../../errors.js';
import { prepareContext, writeOut, writeWarnings, type HistoryOptions } from '../command-context.js';
import { annex3Params, belgianCalendarSource, type Annex3Flags } from './annex3.js';

export interface IcsOptions extends HistoryOptions, Partial<Annex3Flags> {
  closed: string[];
}

export async function runIcsCommand(file: string | undefined, options: IcsOptions): Promise<ExitCode> {
  const { today, history, catalogue } = await prepareContext(file, options);
  let annex3: Annex3Report | null = null;
  if (options.arrival !== undefined) {
    const params = annex3Params({ ...options, arrival: options.arrival }, await belgianCalendarSource(), {}, '--', today);
    annex3 = computeAnnex3(history, params.calendar, params.arrival, params.entry);
  }
  const reminders = computeReminders(history, today, annex3);
  await writeWarnings(history.warnings, catalogue);
  const { renderIcs } = await import('../../render/ics.js');
  writeOut(renderIcs(reminders, today, catalogue.table, catalogue.language));
  return options.failOnOverstay && findFirstOverstayDay(history.history, history.rule) !== null ? ExitCode.overstay : ExitCode.ok;
}
