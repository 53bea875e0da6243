import { ANSWER_FILES, answerSchemaFile } from './answer-schemas.js';
import { openApiDocument } from './openapi.js';
import { QUESTION_NAMES, questionInputSchema, recordSchema } from './questions.js';

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
