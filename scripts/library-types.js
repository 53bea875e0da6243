// npm run build:tsc, after tsc and before library-files.js: the library's declarations without
// TypeBox. The answers' types are `Static<typeof StatusSchema>` (src/app/answers.ts, ...), which
// tsc writes as such into dist/**/*.d.ts; a program using the library would then need TypeBox (a
// development dependency: only serve, mcp and the schema generator use it, bundled). Each such
// alias is replaced by the type written out from the same schema (src/app/schema-files.ts
// typeScriptOf), and the imports of TypeBox and of answer-schemas.js are dropped.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as schemas from '../dist/app/answer-schemas.js';
import { typeScriptOf } from '../dist/app/schema-files.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const IMPORTS = /^import type \{[^}]*\} from '(typebox|\.\/answer-schemas\.js)';\n/gm;
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.d.ts') || entry.name === 'answer-schemas.d.ts') continue;
  const file = join(entry.parentPath ?? entry.path, entry.name);
  const text = readFileSync(file, 'utf8');
  if (!text.includes("from 'typebox'")) continue;
  const written = text.replace(IMPORTS, '').replace(/\bStatic<typeof (\w+)>/g, (_whole, name) => {
    const schema = schemas[name];
    if (schema === undefined) throw new Error(`${file}: ${name} is not a schema of answer-schemas.ts`);
    const json = JSON.parse(JSON.stringify(schema));
    return typeScriptOf(json, JSON.parse(JSON.stringify(schemas.definitionsUsedBy(json))));
  });
  if (/typebox|Static<|answer-schemas/.test(written.replace(/\/\*\*[\s\S]*?\*\//g, ''))) throw new Error(`${file}: still refers to TypeBox`);
  writeFileSync(file, written);
}
