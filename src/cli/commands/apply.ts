import type { Day } from '../../core/day.js';
import type { ApplicationWarning } from '../../core/visa-application.js';
import { applyQuery } from '../../app/apply-query.js';
import { ExitCode } from '../../errors.js';
import { writeErrorLine } from '../../io/output.js';
import type { Catalogue } from '../../messages/catalogue.js';
import type { ApplicationFlags } from '../../parse/application-flags.js';
import { renderJson } from '../../render/json.js';
import { resolveToday } from '../clock.js';
import { loadReaderCatalogue, tableStyle, tableWithVerdict, writeOut } from '../command-context.js';

export interface ApplyOptions extends ApplicationFlags {
  on?: string;
  tz?: string;
  json?: boolean;
  lang?: string;
}

/** Warnings go to stderr in the reader's language, whatever stdout carries (as for the other commands). */
export async function writeApplicationWarnings(warnings: readonly ApplicationWarning[], catalogue: Catalogue): Promise<void> {
  if (warnings.length === 0) return;
  const { formatDay } = await import('../../render/format-date.js');
  const day = (d: Day) => formatDay(d, catalogue.language);
  for (const warning of warnings) {
    const text = (catalogue.table.apply.warnings[warning.code] as (w: ApplicationWarning, day: (d: Day) => string) => string)(warning, day);
    writeErrorLine(`schengen: ${catalogue.frame.warning}${catalogue.table.punctuation.colon}${text}`);
  }
}

/** parse (flags, "today") → compute (the timeline) → render (table or JSON). */
export async function runApplyCommand(options: ApplyOptions): Promise<ExitCode> {
  const catalogue = await loadReaderCatalogue(options);
  const today = await resolveToday(options);
  const answer = applyQuery(options, today);
  const timeline = answer.report;
  await writeApplicationWarnings(timeline.warnings, catalogue);
  if (options.json) {
    writeOut(renderJson(answer.json()));
  } else {
    const { renderApplicationTable } = await import('../../render/apply.js');
    const style = tableStyle(catalogue);
    writeOut(await tableWithVerdict(answer.verdict, catalogue, style, () => renderApplicationTable(timeline, today, style)));
  }
  return ExitCode.ok;
}
