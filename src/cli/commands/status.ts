import { ExitCode } from '../../errors.js';
import { regimeFromFlags, rulesAsked } from '../../parse/rules.js';
import { prepareContext, writeQueryResult, type HistoryOptions, type RulesOptions } from '../command-context.js';
import { statusQuery } from '../../app/queries.js';
import { parseAnswerFields } from '../../app/fields.js';

export interface StatusOptions extends HistoryOptions, RulesOptions {
  explain?: boolean;
  /** The days left the EES service showed for the --on day (docs/itinerary.md). */
  eesDaysLeft?: number;
}

export async function runStatusCommand(file: string | undefined, options: StatusOptions): Promise<ExitCode> {
  const regime = regimeFromFlags(options);
  const fields = parseAnswerFields('status', options.fields, {}, '--fields');
  const { today, history, catalogue } = await prepareContext(file, options, false, regime);
  const result = statusQuery(history, today, {
    explain: options.explain === true,
    allZones: !rulesAsked(options),
    nationality: options.nationality,
    fields,
    ...(options.eesDaysLeft === undefined ? {} : { eesDaysLeft: options.eesDaysLeft }),
  });
  await writeQueryResult(result, options, catalogue, async (style) => {
    const { renderStatusTable } = await import('../../render/table.js');
    const others = (result.zones ?? []).filter((zone) => zone !== result.report);
    const tables = [renderStatusTable(result.report, history.visas, style, result.explanation), ...others.map((zone) => renderStatusTable(zone, history.visas, style))];
    if (result.ees !== null) tables.push((await import('../../render/ees.js')).renderEesTable(result.ees, style));
    return tables.join('\n');
  });
  return options.failOnOverstay && result.breach ? ExitCode.overstay : ExitCode.ok;
}
