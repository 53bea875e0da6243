// npm run schemas: writes the schema files generated from src/app/ (answers, record, inputs, OpenAPI) from
// the build in dist/. test/app/schema-files.test.ts fails while a committed file differs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedSchemaFiles, schemaFileText } from '../dist/app/schema-files.js';

const dir = fileURLToPath(new URL('../schema/', import.meta.url));
for (const [name, value] of Object.entries(generatedSchemaFiles())) {
  mkdirSync(dirname(dir + name), { recursive: true });
  writeFileSync(dir + name, schemaFileText(value));
  console.log(`schema/${name}`);
}
