/**
 * One question asked through each door in-process (issue 19): the library, HTTP (the Hono app
 * driven with app.request()), MCP (callTool) and batch (one NDJSON line through personFromNdjson
 * and personComputer, with the options commander gives a `schengen batch` run that names none).
 * Each door's answer comes back as its JSON text, or as its refusal.
 */
import type { Day } from '../../src/core/day.js';
import { dayFromCivil } from '../../src/core/day.js';
import { belgianCalendarSource, type CalendarSource } from '../../src/app/annex3-params.js';
import { personComputer, personFromNdjson, type BatchOptions } from '../../src/batch/records.js';
import { UserError } from '../../src/errors.js';
import * as library from '../../src/lib/index.js';
import { callTool } from '../../src/mcp/tools.js';
import { english } from '../../src/messages/en/index.js';
import { formatUserError } from '../../src/render/user-error.js';
import { createApp } from '../../src/serve/app.js';
import type { Name, Question } from './questions.js';

/** An answer as JSON text, or a refusal: its code, field and English message. */
export type Outcome = { readonly answer: string; readonly json: object } | { readonly refused: Refusal };

export interface Refusal {
  readonly code: string;
  readonly field: string | null;
  readonly message: string;
  /** The library's error, to word what the other doors should say. */
  readonly error?: UserError;
}

/** "Today" of the server, MCP and batch for a question that gives no `on` (every generated one gives it). */
export const SERVER_TODAY: Day = dayFromCivil(2026, 6, 15);

let calendar: Promise<CalendarSource> | undefined;
const calendarSource = () => (calendar ??= belgianCalendarSource());

const record = (question: Question) => ({ ...question.history, ...question.fields });

export async function askLibrary(question: Question): Promise<Outcome> {
  const { history, fields } = question;
  try {
    const result = await callLibrary(question.name, history, fields);
    return { answer: JSON.stringify(result), json: result };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { refused: { code: error.code, field: error.location.field ?? null, message: error.message, error } };
  }
}

function callLibrary(name: Name, history: object, fields: Record<string, unknown>): Promise<object> {
  const options = fields as never;
  const extra: object = Object.keys(history).length > 0 ? history : {};
  switch (name) {
    case 'status':
      return library.status(history, options);
    case 'plan':
      return library.plan(history, options);
    case 'next':
      return library.next(history, options);
    case 'annex3':
      return library.annex3(history, options);
    case 'calendar':
      return library.calendar(history, options);
    case 'check':
      return library.check(history, options);
    // The questions without a history take their fields as their only argument; a history given
    // to them travels with the fields, as in a record, to be refused the same way.
    case 'apply':
      return library.apply({ ...extra, ...(fields as object) } as never);
    case 'visa':
      return library.visa({ ...extra, ...(fields as object) } as never);
    case 'rules':
      return library.rules({ ...extra, ...fields } as never);
  }
}

const app = createApp({ today: async () => SERVER_TODAY });

export async function askHttp(question: Question): Promise<Outcome & { status: number }> {
  const response = await app.request(`/api/${question.name}`, { method: 'POST', body: JSON.stringify(record(question)), headers: { 'Content-Type': 'application/json' } });
  const text = await response.text();
  const body = JSON.parse(text) as { error?: { code: string; field: string | null; message: string } };
  if (response.status === 200) return { status: 200, answer: text, json: body };
  if (body.error === undefined) throw new Error(`HTTP ${response.status} without an error: ${text}`);
  return { status: response.status, refused: { code: body.error.code, field: body.error.field, message: body.error.message } };
}

const toolContext = { today: async () => SERVER_TODAY, calendar: calendarSource };

/** MCP: the structured content, or the tool error's text (an MCP error carries no code: its text is compared). */
export async function askMcp(question: Question): Promise<{ answer: string; text: string } | { errorText: string }> {
  const result = await callTool(question.name, record(question), toolContext);
  const text = result.content[0]?.text ?? '';
  if (result.isError === true) return { errorText: text };
  return { answer: JSON.stringify(result.structuredContent), text };
}

/** The options commander gives `schengen batch --query <name>` with no other flag (src/cli/main.ts). */
export function batchOptions(query: BatchOptions['query']): BatchOptions {
  return { query, format: 'ndjson', maxLineLength: 1_048_576, closed: [], rule: [], progress: true };
}

const BATCH_ID = '"id":"q1",';

export async function askBatch(question: Question): Promise<Outcome & { line: string }> {
  if (question.name === 'rules') throw new Error('batch takes no rules question');
  const compute = personComputer(batchOptions(question.name), SERVER_TODAY, question.name === 'annex3' ? await calendarSource() : null, 'people.ndjson');
  const person = personFromNdjson({ number: 1, text: JSON.stringify({ id: 'q1', ...record(question) }), tooLong: false }, 'people.ndjson', batchOptions(question.name));
  if (person === null) throw new Error('an empty line');
  const line = compute(person).json;
  const parsed = JSON.parse(line) as { error?: { code: string; field: string | null; message: string; line: number } };
  if (parsed.error !== undefined) return { line, refused: { code: parsed.error.code, field: parsed.error.field, message: parsed.error.message } };
  // The batch record is the answer with the person's id second.
  if (!line.startsWith(`{"schemaVersion":3,${BATCH_ID}`)) throw new Error(`a batch record without its id second: ${line.slice(0, 80)}`);
  const answer = line.replace(BATCH_ID, '');
  return { line, answer, json: JSON.parse(answer) as object };
}

/** What MCP says for a refusal: the library's error as one English line. */
export const mcpErrorText = (error: UserError) => formatUserError(error, english);
