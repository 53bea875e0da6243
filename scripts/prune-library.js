// npm run build:tsc, after tsc: the library (package.json "exports": dist/lib/index.js and its types)
// keeps only the files of tsc's output that dist/lib/index.js and dist/lib/index.d.ts reach through
// relative imports (static, dynamic or type-only). tsc emits a .d.ts beside every .js, but a module
// that the library only runs (a dynamic import) needs no types: the tarball ships neither (issue 12).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const reached = new Set();
const queue = [join(dist, 'lib/index.js'), join(dist, 'lib/index.d.ts')];
while (queue.length > 0) {
  const file = queue.pop();
  if (reached.has(file)) continue;
  reached.add(file);
  for (const match of readFileSync(file, 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["'](\.\.?\/[^"']+)["']/g)) {
    const target = normalize(join(dirname(file), match[1]));
    queue.push(file.endsWith('.d.ts') ? target.replace(/\.js$/, '.d.ts') : target);
  }
}
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  const file = join(entry.parentPath ?? entry.path, entry.name);
  if (entry.isFile() && !relative(dist, file).startsWith('bundle') && !reached.has(file)) rmSync(file);
}
