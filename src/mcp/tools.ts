import { readFileSync } from 'node:fs';
import type { Day } from '../core/day.js';
import { InputError, UserError } from '../errors.js';
import type { CalendarSource } from '../app/annex3-params.js';
import type { ExplanationDto, VerdictDto } from '../app/answers.js';
import { QUESTION_NAMES, QUESTIONS, questionInputSchema, type QuestionName } from '../app/questions.js';
import { askQuestion, readRecord, recordErrorJson } from '../app/record.js';
import { loadTravelInput } from '../store/load-input.js';
import { formatUserError } from '../render/user-error.js';
import { english } from '../messages/en/index.js';
import { shownValue } from '../parse/json-input.js';
import { checkValueDepth } from '../parse/json-structure.js';
import { mergeTravelInputs } from '../parse/travel-input.js';

/**
 * The MCP tools: one per question of src/app/questions.ts, its input schema generated from the
 * question's parameters, its output schema the command's own schema/<name>.schema.json. A tool's
 * text begins with the answer's verdict, so an assistant reading only the text reads it right.
 */
type JsonSchema = Record<string, unknown> & { properties?: Record<string, unknown> };

const SCHEMA_DIR = new URL('../../schema/', import.meta.url);

function readSchema(name: string): JsonSchema {
  const { $schema: _dialect, $id: _id, ...schema } = JSON.parse(readFileSync(new URL(`${name}.schema.json`, SCHEMA_DIR), 'utf8')) as JsonSchema;
  return schema;
}

const OWN_LOG = {
  type: 'boolean',
  description: "read the user's own travel log (kept with `schengen log`) as well; it is read only when this is true",
};

/** When to use which tool: the server's instructions to the assistant. */
export const SERVER_INSTRUCTIONS = [
  'schengen answers "how long may this person stay, and by when must they act" for the Schengen area (90 days in any 180, visas, permits), Russia, Belarus and Türkiye, and the Belgian arrival declaration (annex 3).',
  'Every answer begins with a verdict: verdict.ok and verdict.text say in one sentence whether the person is within the rules and what they must do. Tell the user the verdict first; never call a trip fine when verdict.ok is false.',
  'Use status for where someone stands on a day (days used and left, latest exit); plan to check an entry day or a whole trip (enter with exit or days); next for the earliest day a trip of N days can start;',
  'calendar for the days used on each day of a span; annex3 for the Belgian declaration deadline and end date; apply for when to lodge a visa application; visa to read a visa sticker\'s machine-readable zone; rules to list the stay rules;',
  'check to judge a whole itinerary at once (every trip, past and booked: whether it complies, its first unauthorised day, how many more days each trip ahead could take, the longest trip between booked ones). Since April 2026 passports are no longer stamped: the user\'s own log is their record.',
  'Give the history as stays (entry and exit dates, YYYY-MM-DD, exit null while still inside), visas and permits; trips after "on" are booked trips and are checked too. Set ownLog: true to use the log the user keeps with `schengen log`.',
  'Pass explain: true for the workings (the deciding day, its window, every limit and its legal source). Dates are ISO; "on" is the reference day (default: today).',
].join(' ');

export interface ToolDefinition {
  name: string;
  description: string;
  inputSchema: JsonSchema & { type: 'object' };
  outputSchema?: JsonSchema & { type: 'object' };
  annotations: { title: string; readOnlyHint: true; idempotentHint: true; openWorldHint: false; destructiveHint: false };
}

const annotations = (title: string) => ({ title, readOnlyHint: true, idempotentHint: true, openWorldHint: false, destructiveHint: false }) as const;

/**
 * Parameters the tools do not take: a tool's answer has an output schema (the whole answer, its
 * structured content checked against it), so `fields`, which leaves fields out, is for the other doors.
 */
const NOT_TAKEN = ['fields'];

export function toolDefinitions(): ToolDefinition[] {
  const tools: ToolDefinition[] = QUESTION_NAMES.map((name) => ({
    name,
    description: QUESTIONS[name].summary,
    inputSchema: questionInputSchema(name, QUESTIONS[name].takesHistory ? { ownLog: OWN_LOG } : {}, NOT_TAKEN),
    outputSchema: readSchema(name) as JsonSchema & { type: 'object' },
    annotations: annotations(name),
  }));
  tools.push({
    name: 'explain',
    description:
      'Explain an answer: the result of status, plan, next or annex3 for the same input with its "explanation": the deciding day, its 180-day window, each stay counted, every limit and its legal source.',
    inputSchema: {
      type: 'object',
      properties: { query: { enum: ['status', 'plan', 'next', 'annex3'], description: 'the question to explain' }, ...mergedProperties(['status', 'plan', 'next', 'annex3']), ownLog: OWN_LOG },
      required: ['query'],
      additionalProperties: false,
      $defs: questionInputSchema('status')['$defs'],
    },
    annotations: annotations('explain'),
  });
  return tools;
}

function mergedProperties(names: readonly QuestionName[]): Record<string, unknown> {
  return Object.assign({}, ...names.map((name) => questionInputSchema(name, {}, NOT_TAKEN).properties));
}

/** The explanation in one line; the structured content has every stay and limit. */
function explanationSummary({ explanation }: { explanation?: ExplanationDto }): string {
  if (explanation === undefined) return '';
  const binding = explanation.limits.filter((limit) => limit.binds).map((limit) => `${limit.limit} (${limit.source})`);
  return (
    ` Deciding day ${explanation.day} (${explanation.reason}): ${explanation.daysInWindow} of ${explanation.maxDays} days used in the window ${explanation.window.start}..${explanation.window.end}` +
    `${explanation.brokenLimit === null ? '' : `; broken: ${explanation.brokenLimit}`}${binding.length === 0 ? '' : `; binding: ${binding.join(', ')}`}.`
  );
}

export interface ToolResult {
  [key: string]: unknown;
  content: { type: 'text'; text: string }[];
  structuredContent?: Record<string, unknown>;
  isError?: boolean;
}

export interface ToolContext {
  readonly today: () => Promise<Day>;
  readonly calendar: () => Promise<CalendarSource>;
}

/** The questions the explain tool explains. */
const EXPLAINED: readonly QuestionName[] = ['status', 'plan', 'next', 'annex3'];
const TOOL_NAMES: readonly string[] = [...QUESTION_NAMES, 'explain'];

/**
 * A user's mistake as a tool error: the CLI's one English line (control characters escaped) as
 * text, and the error object of a batch or HTTP answer (`{line, field, code, message}`) in
 * `_meta["schengen/error"]`, for a program to read the code. Not structured content: that must
 * follow the tool's output schema.
 */
function toolError(error: UserError): ToolResult {
  return { isError: true, content: [{ type: 'text', text: formatUserError(error, english) }], _meta: { 'schengen/error': recordErrorJson(error) } };
}

/**
 * A tool call: the record path every door takes; a user's mistake is a tool error, not a protocol
 * error. Anything else thrown is a bug, for the server to answer as an internal error.
 */
export async function callTool(name: string, args: Record<string, unknown> | undefined, context: ToolContext): Promise<ToolResult> {
  try {
    return await answerTool(name, args ?? {}, context);
  } catch (error) {
    if (error instanceof UserError) return toolError(error);
    throw error;
  }
}

async function answerTool(name: string, args: Record<string, unknown>, context: ToolContext): Promise<ToolResult> {
  if (!TOOL_NAMES.includes(name)) throw new InputError('usage.invalidChoice', { option: 'name', value: name, choices: TOOL_NAMES.join(', ') }, { field: 'name' });
  // Nested deeper than any record: refused as batch and HTTP refuse the same text, before anything recurses.
  checkValueDepth(args, {});
  const query = args['query'];
  if (name === 'explain' && !(typeof query === 'string' && EXPLAINED.includes(query as QuestionName))) {
    throw new InputError('usage.invalidChoice', { option: 'query', value: typeof query === 'string' ? query : shownValue(query), choices: EXPLAINED.join(', ') }, { field: 'query' });
  }
  const question = (name === 'explain' ? query : name) as QuestionName;
  // The tool's own fields beside the question's: query (explain) and ownLog (a question with a history).
  const toolKeys = [...(name === 'explain' ? ['query'] : []), ...(QUESTIONS[question].takesHistory ? ['ownLog'] : [])];
  // A tool's answer is whole, as its output schema says: `fields`, which leaves fields out, is for the other doors.
  for (const key of NOT_TAKEN) if (args[key] !== undefined) throw new InputError('fields.notTaken', { question }, { field: key });
  const ownLog = args['ownLog'];
  if (ownLog !== undefined && toolKeys.includes('ownLog') && typeof ownLog !== 'boolean') throw new InputError('json.shape', { expected: 'boolean', got: shownValue(ownLog) }, { field: 'ownLog' });
  const { input: given, fields } = readRecord(question, args, {}, toolKeys);
  const input = ownLog === true ? mergeTravelInputs([await loadTravelInput(undefined, { stay: [], visa: [], permit: [] }), given]) : given;
  const explained = name === 'explain' ? { ...fields, explain: true } : fields;
  const answer = askQuestion(question, { input, fields: explained, today: await context.today(), calendar: QUESTIONS[question].needsCalendar ? await context.calendar() : null, doorKeys: toolKeys });
  const dto = answer.json() as { verdict: VerdictDto; explanation?: ExplanationDto };
  return { content: [{ type: 'text', text: `${dto.verdict.text}${explanationSummary(dto)}` }], structuredContent: dto as unknown as Record<string, unknown> };
}
