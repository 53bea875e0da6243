import { checkQuery } from '../../app/check-query.js';
import { ExitCode } from '../../errors.js';
import { regimeFromFlags } from '../../parse/rules.js';
import { prepareContext, writeQueryResult, type HistoryOptions, type RulesOptions } from '../command-context.js';

export interface CheckOptions extends HistoryOptions, RulesOptions {
  explain?: boolean;
  timeline?: boolean;
}

/** `schengen check [FILE]`: every trip, past, under way and booked, judged at once (docs/itinerary.md). */
export async function runCheckCommand(file: string | undefined, options: CheckOptions): Promise<ExitCode> {
  const { today, history, catalogue } = await prepareContext(file, options, false, regimeFromFlags(options));
  const result = checkQuery(history, today, { explain: options.explain === true, timeline: options.timeline === true });
  await writeQueryResult(result, options, catalogue, async (style) => (await import('../../render/check.js')).renderCheckTable(result.report, style, result.explanation));
  return options.failOnOverstay && result.breach ? ExitCode.overstay : ExitCode.ok;
}
