import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const coreDir = fileURLToPath(new URL('../src/core/', import.meta.url));
const coreFiles = readdirSync(coreDir).filter((name) => name.endsWith('.ts'));

describe('the core stays pure', () => {
  it.each(coreFiles)('%s imports only other core modules', (name) => {
    const source = readFileSync(`${coreDir}${name}`, 'utf8');
    const imports = [...source.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((match) => match[1]!);
    for (const target of imports) expect(target, `${name} imports ${target}`).toMatch(/^\.\/[a-z0-9-]+\.js$/);
  });

  it.each(coreFiles)('%s reads no clock and writes no console', (name) => {
    const source = readFileSync(`${coreDir}${name}`, 'utf8');
    expect(source).not.toMatch(/Date\.now\(|new Date\(\)|console\.|process\./);
  });

  // In a fresh Node, on the built core (dist/core/, npm test builds first): the test files of a vitest
  // worker share their modules (isolate: false), so an import here could find the core already loaded.
  it('importing the core has no side effects on output', () => {
    const urls = coreFiles.map((name) => new URL(`../dist/core/${name.replace(/\.ts$/, '.js')}`, import.meta.url).href);
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', urls.map((url) => `await import(${JSON.stringify(url)});`).join('\n')], { encoding: 'utf8' });
    expect([result.status, result.stdout, result.stderr]).toEqual([0, '', '']);
  });
});

/** Every relative import (static, dynamic or type-only) of every module of src/, as folder → folder. */
const srcDir = fileURLToPath(new URL('../src/', import.meta.url));
const sourceFiles = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
const folderOf = (path: string) => (path.includes('/') ? path.slice(0, path.indexOf('/')) : '(root)');
const folderImports: { from: string; to: string; file: string; target: string }[] = sourceFiles.flatMap((file) => {
  const source = readFileSync(`${srcDir}${file}`, 'utf8');
  return [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)['"](\.\.?\/[^'"]+)['"]/gm)].map((match) => {
    const target = normalize(join(dirname(file), match[1]!));
    return { from: folderOf(file), to: folderOf(target), file, target };
  });
});

describe('the layers point down (docs/architecture.md)', () => {
  it('finds the imports', () => {
    expect(folderImports.length).toBeGreaterThan(300);
  });

  it.each([
    ['app', ['cli', 'io', 'store', 'serve', 'mcp', 'batch', 'lib', 'render']],
    ['render', ['cli', 'io', 'store', 'serve', 'mcp', 'batch', 'lib']],
    ['lib', ['cli', 'io', 'store', 'serve', 'mcp', 'batch']],
    ['serve', ['cli', 'mcp', 'batch', 'lib']],
    ['mcp', ['cli', 'serve', 'batch', 'lib']],
    ['batch', ['cli', 'serve', 'mcp', 'lib']],
    ['parse', ['app', 'cli', 'io', 'store', 'serve', 'mcp', 'batch', 'lib', 'render']],
    ['messages', ['app', 'cli', 'io', 'store', 'serve', 'mcp', 'batch', 'lib', 'render', 'parse']],
  ])('%s imports none of %j', (folder, forbidden) => {
    const wrong = folderImports.filter((edge) => edge.from === folder && forbidden.includes(edge.to)).map((edge) => `${edge.file} → ${edge.target}`);
    expect(wrong).toEqual([]);
  });

  it('no module outside src/cli/ imports from it', () => {
    expect(folderImports.filter((edge) => edge.from !== 'cli' && edge.to === 'cli').map((edge) => `${edge.file} → ${edge.target}`)).toEqual([]);
  });

  it('no folder imports another that imports it back, however far round', () => {
    const next = new Map<string, Set<string>>();
    for (const { from, to } of folderImports) if (from !== to) next.set(from, (next.get(from) ?? new Set()).add(to));
    const circles: string[] = [];
    const visit = (folder: string, path: string[]) => {
      for (const to of next.get(folder) ?? []) {
        if (path.includes(to)) circles.push([...path.slice(path.indexOf(to)), to].join(' → '));
        else visit(to, [...path, to]);
      }
    };
    for (const folder of next.keys()) visit(folder, [folder]);
    expect(circles).toEqual([]);
  });

  it('no module imports another that imports it back, however far round (type imports included)', () => {
    const next = new Map<string, string[]>();
    for (const { file, target } of folderImports) next.set(file, [...(next.get(file) ?? []), target.replace(/\.js$/, '.ts')]);
    // Depth first, three colours: an import of a module still on the path closes a circle.
    const state = new Map<string, 'open' | 'done'>();
    const circles: string[] = [];
    const visit = (file: string, path: string[]) => {
      state.set(file, 'open');
      for (const to of next.get(file) ?? []) {
        if (state.get(to) === 'open') circles.push([...path.slice(path.indexOf(to)), to].join(' → '));
        else if (state.get(to) === undefined) visit(to, [...path, to]);
      }
      state.set(file, 'done');
    };
    for (const file of sourceFiles) if (state.get(file) === undefined) visit(file, [file]);
    expect(circles).toEqual([]);
  });
});
