import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { ErrorCode, ListToolsRequestSchema, McpError, type ServerResult } from '@modelcontextprotocol/sdk/types.js';
import { callTool, SERVER_INSTRUCTIONS, toolDefinitions, type ToolContext } from './tools.js';

/**
 * The MCP server of `schengen mcp`, on any transport (stdio there, in memory in the tests). The SDK
 * is loaded with this module, only by that command.
 *
 * `tools/call` is answered here rather than through the SDK's own handler for it: that one checks
 * the call's params with its schema library first and answers a wrong one (`arguments` not an
 * object, no `name`) as an internal error (-32603) carrying the library's multi-line report. Here a
 * call the protocol does not allow is -32602 "invalid params" in one line naming the param; a
 * mistake inside the arguments is a tool error (callTool); and a bug is -32603 "internal error",
 * its detail given to `onInternalError` (stderr), never to the client.
 */
export function createMcpServer(context: ToolContext, onInternalError: (error: unknown) => void): Server {
  const tools = toolDefinitions();
  const server = new Server({ name: 'schengen', version: '0.1.0' }, { capabilities: { tools: {} }, instructions: SERVER_INSTRUCTIONS });
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools }));
  server.fallbackRequestHandler = async (request): Promise<ServerResult> => {
    if (request.method !== 'tools/call') throw new McpError(ErrorCode.MethodNotFound, 'Method not found');
    const params: Record<string, unknown> = request.params ?? {};
    const name = params['name'];
    const args = params['arguments'];
    if (typeof name !== 'string') throw new McpError(ErrorCode.InvalidParams, 'invalid params: "name" must be the name of a tool, a string');
    if (args !== undefined && (typeof args !== 'object' || args === null || Array.isArray(args))) {
      throw new McpError(ErrorCode.InvalidParams, 'invalid params: "arguments" must be an object of the tool\'s fields');
    }
    try {
      return await callTool(name, args as Record<string, unknown> | undefined, context);
    } catch (error) {
      onInternalError(error);
      throw new McpError(ErrorCode.InternalError, 'internal error');
    }
  };
  return server;
}
