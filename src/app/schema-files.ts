import { ANSWER_FILES, answerSchemaFile } from './answer-schemas.js';
import { openApiDocument } from './openapi.js';
import { QUESTION_NAMES, QUESTIONS, questionInputSchema, recordSchema } from './questions.js';

/**
 * The files of schema/, all generated (npm run schemas writes them; test/app/schema-files.test.ts
 * fails when a committed file differs): each answer's schema from its one definition
 * (answer-schemas.ts), the record of any question and each question's own input from the question
 * definitions (questions.ts), and the HTTP API's OpenAPI document from both.
 */
export function generatedSchemaFiles(): Record<string, object> {
  const files: Record<string, object> = {};
  for (const name of Object.keys(ANSWER_FILES)) files[`${name}.schema.json`] = answerSchemaFile(name);
  files['record.schema.json'] = recordSchema();
  files['openapi.json'] = openApiDocument();
  for (const name of QUESTION_NAMES) {
    files[`input/${name}.schema.json`] = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `https://schengen.example/schema/input/${name}.schema.json`,
      title: `schengen ${name}: the question's record`,
      ...questionInputSchema(name),
    };
  }
  return files;
}

export function schemaFileText(value: object): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

type Json = Record<string, unknown>;

/**
 * A schema of answer-schemas.ts as a TypeScript type, its descriptions as doc comments: the types
 * the library publishes (scripts/library-types.js writes them into its .d.ts files in place of
 * `Static<typeof ...>`, so that a program using the library needs no TypeBox). Only what the
 * answers use is known: $ref to a shared part, const, enum, anyOf/oneOf, and the JSON types.
 */
export function typeScriptOf(schema: Json, defs: Readonly<Record<string, Json>>, indent = ''): string {
  const ref = schema['$ref'];
  if (typeof ref === 'string') {
    const part = /^#\/\$defs\/(.+)$/.exec(ref)?.[1];
    if (part === undefined || defs[part] === undefined) throw new Error(`typeScriptOf: cannot follow $ref ${ref}`);
    return typeScriptOf(defs[part], defs, indent);
  }
  if ('const' in schema) return JSON.stringify(schema['const']);
  if (Array.isArray(schema['enum'])) return schema['enum'].map((value) => JSON.stringify(value)).join(' | ');
  const alternatives = schema['anyOf'] ?? schema['oneOf'];
  if (Array.isArray(alternatives)) return alternatives.map((alternative) => typeScriptOf(alternative as Json, defs, indent)).join(' | ');
  switch (schema['type']) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'null':
      return 'null';
    case 'array':
      return `Array<${typeScriptOf(schema['items'] as Json, defs, indent)}>`;
    case 'object': {
      const required = new Set(schema['required'] as string[] | undefined);
      const inner = `${indent}    `;
      const lines = Object.entries((schema['properties'] ?? {}) as Record<string, Json>).map(([key, value]) => {
        const text = value['description'] ?? (typeof value['$ref'] === 'string' ? defs[value['$ref'].replace('#/$defs/', '')]?.['description'] : undefined);
        const doc = typeof text === 'string' ? `${inner}/** ${text.replaceAll('*/', '*\\/')} */\n` : '';
        return `${doc}${inner}${key}${required.has(key) ? '' : '?'}: ${typeScriptOf(value, defs, inner)};`;
      });
      return `{\n${lines.join('\n')}\n${indent}}`;
    }
    default:
      throw new Error(`typeScriptOf: no TypeScript for ${JSON.stringify(schema).slice(0, 80)}`);
  }
}

/** The generated head of docs/questions.md: each question and its parameters (the verdicts follow, written by hand). */
export function questionsMarkdown(): string {
  const lines = [
    '# The questions',
    '',
    'Every door asks the same nine questions, each defined once in `src/app/questions.ts`: the command line',
    '(`schengen <question>`, table or `--json`), batch (`--query <question>`, one record a line), the library (one function',
    'each), the HTTP API (`POST /api/<question>`, described by `GET /openapi.json`) and the MCP server (one tool each). A',
    'record carries the history (`stays`, `visas`, `permits`, for the questions that take one) and the question\'s parameters',
    'under the names below; a field the question does not take is refused. The JSON Schema of each record is',
    '`schema/input/<question>.schema.json`; of each answer, `schema/<question>.schema.json`. This part of the page is',
    'generated from the definitions (`npm run schemas`).',
    '',
    `Contents: ${QUESTION_NAMES.map((name) => `[${name}](#${name})`).join(' · ')} · [verdicts](#verdicts)`,
  ];
  for (const name of QUESTION_NAMES) {
    const question = QUESTIONS[name];
    lines.push('', `## ${name}`, '', `${question.summary}${question.takesHistory ? ' Takes a history.' : ''}`, '', '| parameter | type | required | meaning |', '|---|---|---|---|');
    for (const parameter of question.parameters) lines.push(`| \`${parameter.name}\` | ${parameter.type} | ${parameter.required === true ? 'yes' : ''} | ${parameter.description} |`);
    if (question.parameters.length === 0) lines.push('| (none) | | | |');
  }
  return `${lines.join('\n')}\n`;
}
