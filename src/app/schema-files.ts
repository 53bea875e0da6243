import { openApiDocument } from './openapi.js';
import { QUESTION_NAMES, questionInputSchema, recordSchema } from './questions.js';

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
