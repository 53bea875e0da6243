// The floor of batch work: read NDJSON in chunks, JSON.parse each line, write one constant record per
// line in 64 KiB pieces. What no batch query can go below; bench/batch.js compares against it.
import { createReadStream } from 'node:fs';
import { once } from 'node:events';

const RECORD = '{"schemaVersion":1,"id":null,"command":"floor"}\n';
let pending = '';
let out = '';
let count = 0;
const write = async () => {
  if (!process.stdout.write(out)) await once(process.stdout, 'drain');
  out = '';
};
const stream = createReadStream(process.argv[2], { encoding: 'utf8' });
for await (const chunk of stream) {
  let start = 0;
  const text = pending + chunk;
  for (let newline = text.indexOf('\n'); newline >= 0; newline = text.indexOf('\n', start)) {
    if (newline > start) {
      JSON.parse(text.slice(start, newline));
      out += RECORD;
      count += 1;
    }
    start = newline + 1;
  }
  pending = text.slice(start);
  if (out.length >= 65_536) await write();
}
if (pending.trim() !== '') {
  JSON.parse(pending);
  out += RECORD;
}
await write();
