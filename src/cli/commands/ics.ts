import { createHash } from 'node:crypto';
import { basename, resolve } from 'node:path';
import { regimeFromFlags } from '../../parse/rules.js';
import { computeAnnex3, type Annex3Report } from '../../core/annex3.js';
import { judgeItinerary, regimeOfItinerary } from '../../core/authorisation.js';
import { computeReminders, type Reminder } from '../../core/reminders.js';
import { applicationReminders, computeApplicationTimeline, type ApplicationReminder } from '../../core/visa-application.js';
import { ExitCode, UsageError } from '../../errors.js';
import { parseApplicationFlags, type ApplicationFlags } from '../../parse/application-flags.js';
import { prepareContext, writeOut, writeWarnings, type HistoryOptions, type RulesOptions } from '../command-context.js';
import { writeApplicationWarnings } from './apply.js';
import { annex3Params, belgianCalendarSource, type Annex3Flags } from '../../app/annex3-params.js';

export interface IcsOptions extends HistoryOptions, RulesOptions, Partial<Annex3Flags>, Partial<ApplicationFlags> {
  closed: string[];
  remind?: string;
  traveller?: string;
}

/** `--remind 14,7,3`: whole days before each date (0 = on the day), largest first, no repeats. */
export function parseRemind(text: string): number[] {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.some((part) => !/^\d{1,3}$/.test(part))) throw new UsageError('ics.remind', { text }, { field: '--remind' });
  return [...new Set(parts.map(Number))].sort((a, b) => b - a);
}

/**
 * Whose deadlines these are, as the UIDs carry it: the --traveller name, else the file read (its
 * full path), else "own" (the own log, or histories given as flags). A short hash keeps two names
 * that look alike apart.
 */
export function travellerKey(file: string | undefined, traveller: string | undefined): string {
  const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 32);
  const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 8);
  if (traveller !== undefined) return `${slug(traveller) || 'traveller'}-${hash(traveller)}`;
  if (file !== undefined && file !== '-') return `${slug(basename(file)) || 'file'}-${hash(resolve(file))}`;
  return 'own';
}

export async function runIcsCommand(file: string | undefined, options: IcsOptions): Promise<ExitCode> {
  const remind = options.remind === undefined ? undefined : parseRemind(options.remind);
  if (options.travel === undefined) {
    const stray = (['lodged', 'extended', 'seafarer', 'facilitated'] as const).find((name) => options[name] !== undefined);
    if (stray !== undefined) throw new UsageError('apply.needsTravel', { flag: `--${stray}` }, { field: `--${stray}` });
  }
  // With --travel the visa application's dates are enough: no history is needed.
  const { today, history, catalogue } = await prepareContext(file, options, options.travel !== undefined, regimeFromFlags(options));
  let annex3: Annex3Report | null = null;
  if (options.arrival !== undefined) {
    const params = annex3Params({ ...options, arrival: options.arrival }, await belgianCalendarSource(), {}, '--', today);
    annex3 = computeAnnex3(history, params.calendar, params.arrival, params.entry, today);
  }
  const reminders: (Reminder | ApplicationReminder)[] = computeReminders(history, today, annex3, remind);
  if (options.travel !== undefined) {
    const application = computeApplicationTimeline(parseApplicationFlags({ ...options, travel: options.travel }, today), today);
    await writeApplicationWarnings(application.warnings, catalogue);
    reminders.push(...applicationReminders(application, today));
    reminders.sort((a, b) => a.day - b.day);
  }
  await writeWarnings(history.warnings, catalogue);
  const { renderIcs } = await import('../../render/ics.js');
  writeOut(renderIcs(reminders, today, catalogue.table, catalogue.language, regimeOfItinerary(history).zone, travellerKey(file, options.traveller)));
  return options.failOnOverstay && judgeItinerary(history).unauthorised.length > 0 ? ExitCode.overstay : ExitCode.ok;
}
