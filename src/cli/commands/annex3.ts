import { computeAnnex3 } from '../../core/annex3.js';
import { civilFromDay, dayFromCivil, type Day } from '../../core/day.js';
import type { Warning } from '../../core/warning.js';
import { ExitCode, UsageError } from '../../errors.js';
import { parseDate } from '../../parse/dates.js';
import { annex3ToJson, renderJson } from '../../render/json.js';
import { prepareContext, tableStyle, visaWarnings, warningsToJson, writeOut, writeWarnings, type HistoryOptions } from '../command-context.js';

export interface Annex3Options extends HistoryOptions {
  arrival: string;
  entry?: string;
  community?: string;
  closed: string[];
  saturdayWorking?: boolean;
  print?: boolean;
}

/** Civil Code Art. 1.7 (Saturday not a working day) applies from this day (rules.md §3.2). */
const CIVIL_CODE_ART_1_7 = dayFromCivil(2023, 1, 1);

function parseCommunity(text: string | undefined): 'vlg' | 'fr' | 'de' | undefined {
  if (text === undefined) return undefined;
  if (text === 'vlg' || text === 'fr' || text === 'de') return text;
  throw new UsageError('annex3.community', { text }, { field: '--community' });
}

export async function runAnnex3Command(file: string | undefined, options: Annex3Options): Promise<ExitCode> {
  const { today, history, catalogue } = await prepareContext(file, options, true);
  const arrival = parseDate(options.arrival, { field: '--arrival' });
  const entry: Day = options.entry === undefined ? arrival : parseDate(options.entry, { field: '--entry' });
  if (entry > arrival) {
    throw new UsageError('annex3.entryAfterArrival', { entry: options.entry ?? '', arrival: options.arrival }, { field: '--entry' });
  }
  const community = parseCommunity(options.community);
  const closedDays = options.closed.flatMap((list) => list.split(',')).filter((text) => text.trim() !== '').map((text) => parseDate(text, { field: '--closed' }));

  // The holiday library is heavy: only this command loads it.
  const { belgianHolidays, LAST_HOLIDAY_YEAR } = await import('../../holidays/belgium.js');
  const year = civilFromDay(arrival).year;
  const holidays = belgianHolidays(year, Math.min(year + 1, LAST_HOLIDAY_YEAR), {
    ...(community === undefined ? {} : { community }),
    closedDays,
  });
  const saturdayIsWorkingDay = options.saturdayWorking === true;
  const report = computeAnnex3(history, { saturdayIsWorkingDay, holidays }, arrival, entry);

  const warnings: Warning[] = [...history.warnings, ...visaWarnings(report.authorisedStay, history.visas)];
  if (arrival < CIVIL_CODE_ART_1_7 && !saturdayIsWorkingDay) warnings.push({ code: 'saturdayBefore2023', params: {} });
  writeWarnings(warnings, catalogue);

  const settings = { saturdayIsWorkingDay, community: community ?? null, closedDays };
  if (options.json) {
    writeOut(renderJson(annex3ToJson(report, today, history.rule, history.visas, settings, warningsToJson(warnings))));
  } else {
    const { renderAnnex3Table, renderAnnex3Print } = await import('../../render/annex3.js');
    const style = tableStyle(catalogue);
    writeOut(options.print ? renderAnnex3Print(report, history.visas, style) : renderAnnex3Table(report, history.visas, settings, style));
  }
  return options.failOnOverstay && !report.authorisedStay.allowed ? ExitCode.overstay : ExitCode.ok;
}

