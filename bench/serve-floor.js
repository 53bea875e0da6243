// The floor of `schengen serve` (issue 21): a bare node:http server that reads each request's body,
// JSON.parses it and answers a small constant JSON, on loopback. bench/serve.js loads it as it loads
// schengen serve; what schengen adds is the answer, not the framework.
import http from 'node:http';

const answer = JSON.stringify({ schemaVersion: 3, command: 'floor', verdict: { ok: true, code: 'floor', text: 'floor' } });
const server = http.createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    response.writeHead(body === null ? 400 : 200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    response.end(answer);
  });
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`floor on http://127.0.0.1:${server.address().port}/\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
