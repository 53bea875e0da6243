import { PassThrough, Writable } from 'node:stream';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { CallToolResultSchema, McpError, type JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { belgianCalendarSource } from '../../src/app/annex3-params.js';
import { dayFromCivil } from '../../src/core/day.js';
import { createMcpServer } from '../../src/mcp/server.js';
import { OrderedStdioTransport } from '../../src/mcp/stdio.js';

/**
 * Issue 20 at the MCP door, in this process: the server of `schengen mcp` over the SDK's in-memory
 * transport, driven by the SDK's client (test/e2e/mcp.test.ts drives the binary over stdio).
 */
const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const internalErrors: unknown[] = [];
let client: Client;

beforeAll(async () => {
  const context = {
    today: async () => dayFromCivil(2026, 12, 20),
    calendar: belgianCalendarSource,
  };
  const server = createMcpServer(context, (error) => internalErrors.push(error));
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  client = new Client({ name: 'schengen-test', version: '1.0.0' });
  await client.connect(clientSide);
});

afterAll(async () => {
  await client.close();
});

interface ToolErrorResult {
  isError?: boolean;
  content: { type: string; text: string }[];
  _meta?: { 'schengen/error'?: { line: number | null; field: string | null; code: string; message: string } };
}

async function toolError(name: string, args: Record<string, unknown>): Promise<{ text: string; code: string | undefined; field: string | null | undefined }> {
  const result = (await client.callTool({ name, arguments: args })) as ToolErrorResult;
  expect(result.isError).toBe(true);
  const text = result.content[0]!.text;
  expect(text).not.toMatch(RAW_CONTROL);
  const error = result._meta?.['schengen/error'];
  expect(error?.message).not.toMatch(RAW_CONTROL);
  return { text, code: error?.code, field: error?.field };
}

/** A JSON value nested `depth` arrays deep, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < depth; i += 1) value = [value];
  return value;
}

describe('issue 20 at the MCP door', () => {
  it('a prototype word as a date is a tool error "not a date", not -32603', async () => {
    expect(await toolError('annex3', { stays: [], arrival: 'constructor' })).toMatchObject({ code: 'date.unrecognised', field: 'arrival' });
    expect(await toolError('status', { stays: [{ entry: '__proto__' }] })).toMatchObject({ code: 'date.unrecognised', field: 'stays[0].entry' });
  });

  it('arguments nested 5,000 deep are a tool error json.tooDeep, as batch and HTTP refuse the same nesting', async () => {
    expect(await toolError('status', { stays: nested(5000) })).toMatchObject({ code: 'json.tooDeep' });
    expect(await toolError('status', { stays: [], on: { a: nested(40) } })).toMatchObject({ code: 'json.tooDeep' });
    expect(internalErrors).toEqual([]);
  });

  it.each([
    ['ownLog "yes"', 'status', { stays: [], ownLog: 'yes' }, 'json.shape', 'ownLog'],
    ['ownLog -1', 'status', { stays: [], ownLog: -1 }, 'json.shape', 'ownLog'],
    ['ownLog null', 'status', { stays: [], ownLog: null }, 'json.shape', 'ownLog'],
    ['ownLog on a tool without a history', 'visa', { mrz: ['a', 'b'], ownLog: false }, 'json.unknownField', 'ownLog'],
    ['query on annex3', 'annex3', { stays: [], arrival: '2026-12-24', query: 'status' }, 'json.unknownField', 'query'],
    ['a field of another tool', 'status', { stays: [], arrival: '2026-12-24' }, 'json.unknownField', 'arrival'],
    ['explain "yes"', 'status', { stays: [], explain: 'yes' }, 'json.shape', 'explain'],
    ['days "5"', 'next', { stays: [], days: '5' }, 'number.range', 'days'],
    ['closed true', 'annex3', { stays: [], arrival: '2026-12-24', closed: true }, 'json.shape', 'closed'],
    ['explain of a question it does not explain', 'explain', { query: 'visa' }, 'usage.invalidChoice', 'query'],
    ['explain of a prototype word', 'explain', { query: 'constructor' }, 'usage.invalidChoice', 'query'],
    ['a tool that does not exist', '__proto__', {}, 'usage.invalidChoice', 'name'],
  ])('%s is a tool error naming the field', async (_name, tool, args, code, field) => {
    const error = await toolError(tool, args);
    expect(error).toMatchObject({ code, field });
    expect(error.text.startsWith(`field "${field}": `)).toBe(true);
  });

  it('a control character in a value is escaped in the tool error text and message', async () => {
    const { text, code } = await toolError('status', { stays: [{ entry: '2026-01-01', exit: '2026-01-02', exitCountry: 'X\r\nforged\u001b]52;c;SGk=\u0007' }] });
    expect(code).toBe('country.unknown');
    expect(text).toContain('unknown country code "X\\r\\nforged\\e]52;c;SGk=\\x07"');
  });

  it.each([
    ['arguments that are not an object', { name: 'status', arguments: 'x' }, '"arguments"'],
    ['arguments that are an array', { name: 'status', arguments: [1] }, '"arguments"'],
    ['no tool name', { arguments: {} }, '"name"'],
    ['a tool name that is a number', { name: 5 }, '"name"'],
  ])('%s: -32602 invalid params in one line, no schema report', async (_name, params, naming) => {
    let caught: unknown;
    try {
      await client.request({ method: 'tools/call', params: params as never }, CallToolResultSchema);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(McpError);
    expect((caught as McpError).code).toBe(-32602);
    expect((caught as McpError).message).toContain(`invalid params: ${naming}`);
    expect((caught as McpError).message).not.toMatch(/[\n[{]/);
  });

  it('a bug is -32603 "internal error", its detail kept for stderr, never sent', async () => {
    const bugs: unknown[] = [];
    const server = createMcpServer({ today: async () => dayFromCivil(2026, 12, 20), calendar: () => Promise.reject(new Error('calendar broke\n    at somewhere (x.js:1:2)')) }, (error) => bugs.push(error));
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await server.connect(serverSide);
    const other = new Client({ name: 'schengen-test', version: '1.0.0' });
    await other.connect(clientSide);
    const caught = await other.callTool({ name: 'annex3', arguments: { stays: [], arrival: '2026-12-24' } }).catch((error: unknown) => error);
    await other.close();
    expect(caught).toBeInstanceOf(McpError);
    expect((caught as McpError).code).toBe(-32603);
    // The client puts its own "MCP error -32603: " before the message the server sent.
    expect((caught as McpError).message).toMatch(/^(MCP error -32603: )+internal error$/);
    expect(bugs).toHaveLength(1);
  });
});

describe('the stdio transport writes one message at a time', () => {
  it('500 messages to a slow reader: at most one "drain" listener waits, and every message arrives in order', async () => {
    const written: string[] = [];
    // A pipe that takes 16 bytes before it says it is full, and empties on the next turn.
    const output = new Writable({
      highWaterMark: 16,
      write(chunk: Buffer, _encoding, done) {
        written.push(chunk.toString());
        setImmediate(done);
      },
    });
    const transport = new OrderedStdioTransport(new PassThrough(), output);
    const most = { listeners: 0 };
    output.on('newListener', (event) => {
      if (event === 'drain') most.listeners = Math.max(most.listeners, output.listenerCount('drain') + 1);
    });
    const sends = Array.from({ length: 500 }, (_, id) => transport.send({ jsonrpc: '2.0', id, result: {} } as JSONRPCMessage));
    await Promise.all(sends);
    expect(most.listeners).toBe(1);
    expect(written.map((line) => (JSON.parse(line) as { id: number }).id)).toEqual(Array.from({ length: 500 }, (_, id) => id));
  });
});
