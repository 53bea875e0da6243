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
 * protocol). The SDK is loaded here and nowhere else.
 */
export async function runMcpCommand(options: McpOptions): Promise<ExitCode> {
  await resolveToday(options); // a bad --on or --tz is refused before serving
  const [{ Server }, { StdioServerTransport }, { CallToolRequestSchema, ListToolsRequestSchema }, { callTool, SERVER_INSTRUCTIONS, toolDefinitions }] = await Promise.all([
    import('@modelcontextprotocol/sdk/server/index.js'),
    import('@modelcontextprotocol/sdk/server/stdio.js'),
    import('@modelcontextprotocol/sdk/types.js'),
    import('../../mcp/tools.js'),
  ]);
  const tools = toolDefinitions();
  let calendar: Promise<CalendarSource> | undefined;
  const context = { today: () => resolveToday(options), calendar: () => (calendar ??= belgianCalendarSource()) };
  // The low-level server: the tools' schemas are our JSON Schema files as they are.
  const server = new Server({ name: 'schengen', version: '0.1.0' }, { capabilities: { tools: {} }, instructions: SERVER_INSTRUCTIONS });
  // A message the SDK cannot handle (a client's malformed JSON-RPC) is one escaped line on stderr; stdout stays the protocol's.
  server.onerror = (error) => writeErrorLine(`schengen mcp: ${error.message}`);
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools }));
  server.setRequestHandler(CallToolRequestSchema, (request) => callTool(request.params.name, request.params.arguments, context));
  const transport = new StdioServerTransport();
  // When the client closes stdin, the answers still owed are written and the process ends by itself.
  await server.connect(transport);
  return ExitCode.ok;
}
