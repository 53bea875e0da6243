import { readdirSync, readFileSync } from 'node:fs';
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

  it('importing the core has no side effects on output', async () => {
    const written: string[] = [];
    const original = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => {
      written.push(chunk);
      return true;
    }) as typeof process.stdout.write;
    try {
      for (const name of coreFiles) await import(`../src/core/${name.replace(/\.ts$/, '.js')}`);
    } finally {
      process.stdout.write = original;
    }
    expect(written).toEqual([]);
  });
});
