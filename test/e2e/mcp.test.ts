import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binPath, projectRoot, runCli } from './run-cli.js';
import { runInProcess } from '../support/cli-in-process.js';

/** `schengen mcp` as a child process, driven by the SDK's own client over stdio. */
const dir = mkdtempSync(join(tmpdir(), 'schengen-mcp-'));
const ownFile = join(dir, 'stamps.txt');
writeFileSync(ownFile, 'entry 2026-10-01 BE\nexit 2026-10-30 BE\n');

let client: Client;
let stderr = '';

beforeAll(async () => {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [binPath, 'mcp', '--on', '2026-12-20'],
    cwd: projectRoot,
    env: { PATH: process.env['PATH'] ?? '', TZ: 'UTC', LANG: 'C', SCHENGEN_FILE: ownFile },
    stderr: 'pipe',
  });
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  client = new Client({ name: 'schengen-test', version: '1.0.0' });
  await client.connect(transport);
});

afterAll(async () => {
  await client?.close();
  rmSync(dir, { recursive: true, force: true });
});

const stays = [{ entry: '2026-06-01', exit: '2026-07-15' }];
const structured = (result: Awaited<ReturnType<Client['callTool']>>) => result.structuredContent;

describe('schengen mcp', () => {
  it('lists one tool per question (and explain), their inputs generated from the question definitions, read-only', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual(['status', 'plan', 'next', 'annex3', 'calendar', 'apply', 'visa', 'rules', 'check', 'explain']);
    const annex3 = tools.find((tool) => tool.name === 'annex3')!;
    expect(annex3.inputSchema.required).toEqual(['arrival']);
    expect(Object.keys(annex3.inputSchema.properties ?? {})).toEqual(['stays', 'visas', 'permits', 'on', 'arrival', 'entry', 'community', 'closed', 'saturdayWorking', 'explain', 'ownLog']);
    expect(annex3.outputSchema).toMatchObject({ title: 'schengen annex3 --json' });
    for (const tool of tools) expect(tool.annotations).toMatchObject({ readOnlyHint: true, idempotentHint: true, openWorldHint: false });
  });

  it('tells the assistant when to use which tool, and to give the verdict first', () => {
    const instructions = client.getInstructions() ?? '';
    expect(instructions).toContain('verdict');
    for (const name of ['status', 'plan', 'next', 'calendar', 'annex3', 'apply', 'visa', 'rules']) expect(instructions).toContain(name);
  });

  it.each([
    ['status', {}, []],
    ['plan', { enter: '2026-12-28', days: 30 }, ['--enter', '2026-12-28', '--days', '30']],
    ['next', { days: 90 }, ['--days', '90']],
    ['annex3', { arrival: '2026-12-24', entry: '2026-12-22' }, ['--arrival', '2026-12-24', '--entry', '2026-12-22']],
    ['check', { timeline: true }, ['--timeline']],
  ])('%s answers the command’s --json as structured content, with a short text', async (name, fields, flags) => {
    const result = await client.callTool({ name, arguments: { stays, ...fields } });
    expect(result.isError).toBeFalsy();
    const cli = JSON.parse((await runInProcess([name, '--stay', '2026-06-01..2026-07-15', ...flags, '--on', '2026-12-20', '--json'])).stdout) as unknown;
    expect(structured(result)).toEqual(cli);
    const [text] = result.content as { type: string; text: string }[];
    expect(text!.type).toBe('text');
    expect(text!.text.length).toBeLessThan(200);
  });

  it('annex3 says the deadline in its text', async () => {
    const result = await client.callTool({ name: 'annex3', arguments: { stays: [], arrival: '2026-12-24' } });
    expect((result.content as { text: string }[])[0]!.text).toBe('OK: report to the municipality by 2026-12-30; the authorised stay ends on 2027-03-23.');
  });

  it.each([
    ['status', {}, []],
    ['plan', { enter: '2026-12-28', days: 30 }, ['--enter', '2026-12-28', '--days', '30']],
    ['next', { days: 90 }, ['--days', '90']],
    ['annex3', { arrival: '2026-12-24' }, ['--arrival', '2026-12-24']],
  ])('explain answers %s with its explanation, as --explain --json does', async (query, fields, flags) => {
    const explained = await client.callTool({ name: 'explain', arguments: { query, stays, ...fields } });
    expect(explained.isError).toBeFalsy();
    const cli = JSON.parse((await runInProcess([query, '--stay', '2026-06-01..2026-07-15', ...flags, '--on', '2026-12-20', '--explain', '--json'])).stdout) as object;
    expect(cli).toHaveProperty('explanation');
    expect(structured(explained)).toEqual(cli);
    expect((explained.content as { text: string }[])[0]!.text).toMatch(/Deciding day \d{4}-\d{2}-\d{2} /);
  });

  it.each([
    ['a date that does not exist', 'status', { stays: [{ entry: '31.02.2026' }] }, /^field "stays\[0\]\.entry": "31\.02\.2026" is not a date/],
    ['a misspelt field', 'status', { stays: [{ entry: '2026-01-10', exti: '2026-01-12' }] }, /unknown field "stays\[0\]\.exti"/],
    ['a missing required field', 'annex3', { stays }, /^field "arrival": /],
    ['a trip longer than 90 days', 'next', { stays, days: 91 }, /^field "days": /],
    ['a trip starting inside a recorded stay', 'plan', { stays, enter: '2026-07-01' }, /^field "enter": /],
    ['explain of an unknown question', 'explain', { query: 'visa', stays }, /^field "query": /],
  ])('%s is a tool error, not a crash', async (_name, name, args, message) => {
    const result = await client.callTool({ name, arguments: args });
    expect(result.isError).toBe(true);
    expect((result.content as { text: string }[])[0]!.text).toMatch(message);
    // the server is still there
    expect((await client.callTool({ name: 'status', arguments: { stays } })).isError).toBeFalsy();
  });

  it('issue 20: a burst of 500 calls is answered, each call its own answer, and Node warns of no listener leak', async () => {
    // The SDK's client (this side) waits for 'drain' on the server's stdin once per call in flight: 500
    // calls at once are 500 listeners in this process, and Node's warning about them would be ours,
    // not the server's. What is checked is the server's stderr.
    const defaultMaxListeners = EventEmitter.defaultMaxListeners;
    EventEmitter.defaultMaxListeners = 0;
    let days: number[];
    try {
      const calls = Array.from({ length: 500 }, (_, index) => client.callTool({ name: 'status', arguments: { stays, on: index % 2 === 0 ? '2026-12-20' : '2026-07-15', explain: true } }));
      days = (await Promise.all(calls)).map((result) => (structured(result) as { daysUsed: number }).daysUsed);
    } finally {
      EventEmitter.defaultMaxListeners = defaultMaxListeners;
    }
    // 1 June to 15 July is 45 days; on 2026-12-20 the window starts on 2026-06-24, leaving 24 June to 15 July: 22 days.
    expect(days.filter((used, index) => used !== (index % 2 === 0 ? 22 : 45))).toEqual([]);
    expect(stderr).not.toContain('MaxListenersExceededWarning');
    expect(stderr).toBe('');
  });

  it('a message that is not JSON-RPC is one short line on stderr, not the schema library\'s report', async () => {
    const result = await runCli(['mcp', '--on', '2026-12-20'], { stdin: '{"jsonrpc":"2.0","id":1,"method":"tools/list","params":5}\n' });
    expect(result).toEqual({ exitCode: 0, stdout: '', stderr: 'schengen mcp: a message that is not JSON-RPC was ignored\n' });
  });

  it('reads the own stamp file only when asked', async () => {
    const without = structured(await client.callTool({ name: 'status', arguments: {} })) as { daysUsed: number };
    const withLog = structured(await client.callTool({ name: 'status', arguments: { ownLog: true } })) as { daysUsed: number };
    expect(without.daysUsed).toBe(0);
    expect(withLog.daysUsed).toBe(30);
    expect(stderr).toBe('');
  });
});
