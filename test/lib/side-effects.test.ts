import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../e2e/run-cli.js';

/**
 * Imports the built library in a fresh process that watches the file system, the console, the
 * process' listeners, the globals, the environment and the event loop, then prints what changed.
 */
const PROBE = `
import fs from 'node:fs';
const touched = [];
for (const name of ['readFileSync', 'writeFileSync', 'appendFileSync', 'openSync', 'readFile', 'writeFile', 'appendFile', 'open', 'mkdirSync', 'mkdir', 'createReadStream', 'createWriteStream', 'readdirSync', 'statSync', 'existsSync']) {
  const original = fs[name];
  fs[name] = (...args) => { touched.push(name + ' ' + String(args[0])); return original(...args); };
}
for (const name of ['readFile', 'writeFile', 'appendFile', 'open', 'mkdir', 'readdir', 'stat']) {
  const original = fs.promises[name];
  fs.promises[name] = (...args) => { touched.push('promises.' + name + ' ' + String(args[0])); return original(...args); };
}
const written = [];
for (const stream of [process.stdout, process.stderr]) stream.write = (chunk) => { written.push(String(chunk)); return true; };
const events = ['exit', 'beforeExit', 'uncaughtException', 'unhandledRejection', 'warning', 'SIGINT', 'SIGTERM'];
const listeners = () => events.map((name) => process.listenerCount(name)).join(',');
const before = { globals: Object.keys(globalThis).sort().join(','), env: JSON.stringify(process.env), listeners: listeners(), resources: process.getActiveResourcesInfo().join(',') };
const library = await import(process.argv[1]);
// the loader's own file handles close on the next turns of the loop
await new Promise((resolve) => setTimeout(resolve, 20));
const after = { globals: Object.keys(globalThis).sort().join(','), env: JSON.stringify(process.env), listeners: listeners(), resources: process.getActiveResourcesInfo().join(',') };
const changed = Object.keys(before).filter((key) => before[key] !== after[key]);
console.log = () => {};
process.stdout.write = process.stdout.constructor.prototype.write.bind(process.stdout);
process.stdout.write(JSON.stringify({ exports: Object.keys(library).sort(), touched, written, changed }));
`;

function probe(modulePath: string): Promise<{ exports: string[]; touched: string[]; written: string[]; changed: string[] }> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--input-type=module', '-e', PROBE, modulePath], { cwd: projectRoot }, (error, stdout) => {
      if (error !== null) reject(error);
      else resolve(JSON.parse(stdout) as never);
    });
  });
}

describe('importing the library', () => {
  it('reads and writes nothing, prints nothing, registers nothing', async () => {
    const result = await probe(`${projectRoot}/dist/lib/index.js`);
    // Node's module loaders read code through the public fs: those reads are the import itself.
    const loadingCode = (entry: string) => /^(promises\.readFile|readFileSync) (file:\/\/)?\/.*\.(c|m)?js$/.test(entry) && entry.includes(projectRoot);
    expect(result.touched.filter(loadingCode).length).toBeGreaterThan(0);
    result.touched = result.touched.filter((entry) => !loadingCode(entry));
    expect(result.exports).toEqual(expect.arrayContaining(['status', 'plan', 'next', 'annex3', 'parseStampFile', 'InputError', 'UserError']));
    expect(result).toMatchObject({ touched: [], written: [], changed: [] });
  });

  it('the probe sees a module that does read at import (it can fail)', async () => {
    const result = await probe(`data:text/javascript,${encodeURIComponent("import fs from 'node:fs'; fs.existsSync('/nonexistent'); process.on('SIGINT', () => {}); globalThis.leaked = 1; export const x = 1;")}`);
    expect(result.touched).toEqual(['existsSync /nonexistent']);
    expect(result.changed).toEqual(['globals', 'listeners']);
  });
});
