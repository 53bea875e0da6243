import { statementQuery, statementRange } from '../../app/statement.js';
import { ExitCode } from '../../errors.js';
import { prepareContext, writeQueryResult, type HistoryOptions } from '../command-context.js';

export interface StatementOptions extends HistoryOptions {
  from?: string;
  to?: string;
  html?: boolean;
}

/** `schengen statement [FILE] [--from --to]`: the stays of a span with the count on each day (docs/itinerary.md). */
export async function runStatementCommand(file: string | undefined, options: StatementOptions): Promise<ExitCode> {
  const { today, history, catalogue } = await prepareContext(file, options);
  const result = statementQuery(history, today, statementRange(options, today));
  await writeQueryResult(
    result,
    options,
    catalogue,
    async (style) => {
      const { renderStatementHtml, renderStatementTable } = await import('../../render/statement.js');
      return options.html === true ? renderStatementHtml(result.report, style) : renderStatementTable(result.report, style);
    },
    options.html === true,
  );
  return options.failOnOverstay && result.breach ? ExitCode.overstay : ExitCode.ok;
}
