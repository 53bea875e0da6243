import { readFileSync } from 'node:fs';
import type { Day } from '../core/day.js';
import { UserError } from '../errors.js';
import type { CalendarSource } from '../cli/commands/annex3.js';
import { loadTravelInput } from '../cli/load-input.js';
import { computeRecordQuery, QUERY_NAMES, RECORD_KEYS, recordToday, type QueryName } from '../cli/record-query.js';
import { formatUserError } from '../cli/report-error.js';
import { english } from '../messages/en.js';
import { HISTORY_KEYS, travelInputFromJson } from '../parse/json-input.js';
import { mergeTravelInputs } from '../parse/travel-input.js';
import type { Annex3Dto, ExplanationDto, NextDto, PlanDto, StatusDto } from '../render/json.js';

/**
 * The MCP tools, as data and one call function. Their input schemas are cut from
 * schema/record.schema.json (the record batch and the HTTP API take), their output schemas are
 * the commands' own schema/*.schema.json: no schema is written twice.
 */
type JsonSchema = Record<string, unknown> & { properties?: Record<string, unknown> };

const SCHEMA_DIR = new URL('../../schema/', import.meta.url);

function readSchema(name: string): JsonSchema {
  const { $schema: _dialect, $id: _id, ...schema } = JSON.parse(readFileSync(new URL(`${name}.schema.json`, SCHEMA_DIR), 'utf8')) as JsonSchema;
  return schema;
}

const QUESTION_FIELDS: Record<QueryName, { fields: string[]; required: string[]; description: string }> = {
  status: { fields: [], required: [], description: 'Schengen 90/180: days used and remaining on a day, the 180-day window, latest exit if inside, overstays.' },
  plan: {
    fields: ['enter', 'exit', 'days', 'country'],
    required: ['enter'],
    description: 'The longest stay from an entry day and its latest exit; with exit or days, whether that trip complies (90/180 and visa).',
  },
  next: {
    fields: ['days', 'from', 'leave'],
    required: ['days'],
    description: 'The earliest day a trip of N days can start (someone inside leaves on the reference day, or on "leave").',
  },
  annex3: {
    fields: ['arrival', 'entry', 'community', 'closed', 'saturdayWorking'],
    required: ['arrival'],
    description: 'Belgian arrival declaration (annex 3): the deadline to report to the municipality (3rd working day after arrival) and the end of the authorised stay.',
  },
};

const OWN_LOG = {
  type: 'boolean',
  description: "read the user's own stamp file (kept with `schengen log`) as well; it is read only when this is true",
};

export interface ToolDefinition {
  name: string;
  description: string;
  inputSchema: JsonSchema & { type: 'object' };
  outputSchema?: JsonSchema & { type: 'object' };
}

export function toolDefinitions(): ToolDefinition[] {
  const record = readSchema('record');
  const pick = (names: readonly string[]) => Object.fromEntries(names.map((name) => [name, record.properties![name]]));
  const common = [...HISTORY_KEYS, 'on'];
  const tools: ToolDefinition[] = QUERY_NAMES.map((name) => ({
    name,
    description: QUESTION_FIELDS[name].description,
    inputSchema: {
      type: 'object',
      properties: { ...pick([...common, ...QUESTION_FIELDS[name].fields]), ownLog: OWN_LOG },
      required: QUESTION_FIELDS[name].required,
      additionalProperties: false,
    },
    outputSchema: readSchema(name) as JsonSchema & { type: 'object' },
  }));
  const allFields = [...new Set(QUERY_NAMES.flatMap((name) => QUESTION_FIELDS[name].fields))];
  tools.push({
    name: 'explain',
    description:
      'Explain an answer: the result of status, plan, next or annex3 for the same input with its "explanation": the deciding day, its 180-day window, each stay counted, every limit and its legal source.',
    inputSchema: {
      type: 'object',
      properties: { query: { enum: [...QUERY_NAMES], description: 'the question to explain' }, ...pick([...common, ...allFields]), ownLog: OWN_LOG },
      required: ['query'],
      additionalProperties: false,
    },
  });
  return tools;
}

/** One line for people; the structured content carries everything. */
function summary(query: QueryName, dto: object): string {
  switch (query) {
    case 'status': {
      const d = dto as StatusDto;
      return `On ${d.on}: ${d.daysUsed} of ${d.rule.maxDays} days used in the ${d.rule.windowDays}-day window, ${d.daysRemaining} remaining${d.latestExit === null ? '' : `; latest exit ${d.latestExit}`}.`;
    }
    case 'plan': {
      const d = dto as PlanDto;
      return d.entryAllowed ? `Entry on ${d.entry}: allowed; longest stay ${d.maxStayDays} days, latest exit ${d.latestExit}.` : `Entry on ${d.entry}: not allowed (${d.refusal}).`;
    }
    case 'next': {
      const d = dto as NextDto;
      return d.earliestEntry === null ? `No entry found for a ${d.tripDays}-day trip from ${d.from}.` : `A ${d.tripDays}-day trip can start on ${d.earliestEntry} at the earliest.`;
    }
    case 'annex3': {
      const d = dto as Annex3Dto;
      return `Report to the municipality by ${d.declaration.deadline}; authorised stay ends ${d.authorisedStayEnd ?? '(no authorised stay)'}.`;
    }
  }
}

/** The explanation in one line; the structured content has every stay and limit. */
function explanationSummary({ explanation }: { explanation?: ExplanationDto }): string {
  if (explanation === undefined) return '';
  const binding = explanation.limits.filter((limit) => limit.binds).map((limit) => `${limit.limit} (${limit.source})`);
  return (
    `Deciding day ${explanation.day} (${explanation.reason}): ${explanation.daysInWindow} of ${explanation.maxDays} days used in the window ${explanation.window.start}..${explanation.window.end}` +
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

/** A tool call: the record path every door takes; a user's mistake is a tool error, not a protocol error. */
export async function callTool(name: string, args: Record<string, unknown> | undefined, context: ToolContext): Promise<ToolResult> {
  const { query: explained, ownLog, ...record } = args ?? {};
  const query = (name === 'explain' ? explained : name) as QueryName;
  if (!QUERY_NAMES.includes(query)) {
    return { isError: true, content: [{ type: 'text', text: name === 'explain' ? `field "query": expected one of ${QUERY_NAMES.join(', ')}` : `unknown tool ${name}` }] };
  }
  try {
    const given = travelInputFromJson(record, {}, RECORD_KEYS);
    const input = ownLog === true ? mergeTravelInputs([await loadTravelInput(undefined, { stay: [], visa: [], permit: [] }), given]) : given;
    const today = recordToday(record, {}, await context.today());
    const fields = name === 'explain' ? { ...record, explain: true } : record;
    const result = computeRecordQuery(query, input, fields, today, {}, {}, query === 'annex3' ? await context.calendar() : null);
    const dto = result.json();
    const text = name === 'explain' ? `${summary(query, dto)} ${explanationSummary(dto as { explanation?: ExplanationDto })}` : summary(query, dto);
    return { content: [{ type: 'text', text }], structuredContent: dto as Record<string, unknown> };
  } catch (error) {
    if (error instanceof UserError) return { isError: true, content: [{ type: 'text', text: formatUserError(error, english) }] };
    throw error;
  }
}
