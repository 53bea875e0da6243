// The floor of batch work: read NDJSON in chunks, JSON.parse each line, write one constant record per
// line in 64 KiB pieces. What no batch query can go below; bench/batch.js compares against it.
// With a second argument (a file holding one record), each line's record is that record with the
// line's id, made by JSON.stringify: the floor for records of that size.
import { createReadStream, readFileSync } from 'node:fs';
import { once } from 'node:events';

const RECORD = '{"schemaVersion":1,"id":null,"command":"floor"}\n';
const sample = process.argv[3] === undefined ? null : JSON.parse(readFileSync(process.argv[3], 'utf8'));
const recordOf = (person) => (sample === null ? RECORD : `${JSON.stringify({ ...sample, id: person.id })}\n`);
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
      out += recordOf(JSON.parse(text.slice(start, newline)));
      count += 1;
    }
    start = newline + 1;
  }
  pending = text.slice(start);
  if (out.length >= 65_536) await write();
}
if (pending.trim() !== '') {
  out += recordOf(JSON.parse(pending));
}
await write();
