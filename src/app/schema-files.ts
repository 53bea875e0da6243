import { openApiDocument } from './openapi.js';
import { QUESTION_NAMES, QUESTIONS, questionInputSchema, recordSchema } from './questions.js';

/**
 * The files of schema/ generated from the question definitions (npm run schemas writes them;
 * test/app/schema-files.test.ts fails when a committed file differs): the record of any question,
 * each question's own input, and the HTTP API's OpenAPI document.
 */
export function generatedSchemaFiles(): Record<string, object> {
  const files: Record<string, object> = { 'record.schema.json': recordSchema(), 'openapi.json': openApiDocument() };
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

/** The generated head of docs/questions.md: each question and its parameters (the verdicts follow, written by hand). */
export function questionsMarkdown(): string {
  const lines = [
    '# The questions',
    '',
    'Every door asks the same eight questions, each defined once in `src/app/questions.ts`: the command line',
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
