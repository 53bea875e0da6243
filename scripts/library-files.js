// npm run build:tsc, after tsc: of tsc's output, the tarball keeps only the library (package.json
// "exports": dist/lib/index.js and its types) and what it reaches through relative imports (static,
// dynamic or type-only; a module the library only runs needs no .d.ts). Everything else under
// dist/ but the bundle (the CLI's own modules, which the bundle holds, and their types) goes into
// dist/.npmignore, which npm obeys inside a folder that "files" includes (issue 12). The files stay
// on disk: tests run some of them (test/store/append-worker.mjs).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const reached = new Set();
const queue = [join(dist, 'lib/index.js'), join(dist, 'lib/index.d.ts')];
while (queue.length > 0) {
  const file = queue.pop();
  if (reached.has(file)) continue;
  reached.add(file);
  const text = readFileSync(file, 'utf8');
  // TypeBox is a development dependency: a program using the library does not have it (library-types.js).
  if (/from ['"]typebox['"]/.test(text)) throw new Error(`${file} imports TypeBox, which the installed package does not have`);
  for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["'](\.\.?\/[^"']+)["']/g)) {
    const target = normalize(join(dirname(file), match[1]));
    queue.push(file.endsWith('.d.ts') ? target.replace(/\.js$/, '.d.ts') : target);
  }
}
const left = [];
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  const file = join(entry.parentPath ?? entry.path, entry.name);
  const path = relative(dist, file).split(sep).join('/');
  if (entry.isFile() && !path.startsWith('bundle/') && !reached.has(file)) left.push(`/${path}`);
}
writeFileSync(join(dist, '.npmignore'), `# Written by scripts/library-files.js: tsc output outside the library.\n${left.sort().join('\n')}\n`);
