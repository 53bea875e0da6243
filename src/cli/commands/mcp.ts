import { ExitCode } from '../../errors.js';
import { writeErrorLine } from '../../io/output.js';
import { resolveToday } from '../clock.js';
import { belgianCalendarSource, type CalendarSource } from '../../app/annex3-params.js';

export interface McpOptions {
  on?: string;
  tz?: string;
}

/**
 * `schengen mcp`: a Model Context Protocol server on stdin/stdout (stdout carries only the
 * protocol). The SDK is loaded with src/mcp/server.ts and src/mcp/stdio.ts, by this command only.
 */
export async function runMcpCommand(options: McpOptions): Promise<ExitCode> {
  await resolveToday(options); // a bad --on or --tz is refused before serving
  const [{ createMcpServer }, { OrderedStdioTransport }] = await Promise.all([import('../../mcp/server.js'), import('../../mcp/stdio.js')]);
  let calendar: Promise<CalendarSource> | undefined;
  const context = { today: () => resolveToday(options), calendar: () => (calendar ??= belgianCalendarSource()) };
  // A bug in a call: one escaped line on stderr (the client gets "internal error"); stdout stays the protocol's.
  const server = createMcpServer(context, (error) => writeErrorLine(`schengen mcp: internal error: ${error instanceof Error ? error.message : String(error)}`));
  // A message the SDK cannot handle (a client's malformed JSON-RPC): one escaped line on stderr, not
  // the schema library's report of many lines.
  server.onerror = (error) => writeErrorLine(`schengen mcp: ${error.name === 'ZodError' ? 'a message that is not JSON-RPC was ignored' : error.message}`);
  // When the client closes stdin, the answers still owed are written and the process ends by itself.
  await server.connect(new OrderedStdioTransport());
  return ExitCode.ok;
}
