// npm run schemas: writes the schema files generated from src/app/ (answers, record, inputs, OpenAPI) from
// the build in dist/. test/app/schema-files.test.ts fails while a committed file differs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedSchemaFiles, questionsMarkdown, schemaFileText } from '../dist/app/schema-files.js';

const dir = fileURLToPath(new URL('../schema/', import.meta.url));
for (const [name, value] of Object.entries(generatedSchemaFiles())) {
  mkdirSync(dirname(dir + name), { recursive: true });
  writeFileSync(dir + name, schemaFileText(value));
  console.log(`schema/${name}`);
}

// docs/questions.md: the generated head, then the hand-written part from "## Verdicts" on.
const page = fileURLToPath(new URL('../docs/questions.md', import.meta.url));
const text = readFileSync(page, 'utf8');
writeFileSync(page, questionsMarkdown() + text.slice(text.indexOf('\n## Verdicts')));
console.log('docs/questions.md');
