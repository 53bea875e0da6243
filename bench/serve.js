// schengen serve: start-up (spawn to URL printed) and a bounded load test on loopback.
// BENCH_REQUESTS (default 10,000) requests, BENCH_CONCURRENCY (default 50) at a time, half status
// and half annex3, through keep-alive connections. Reports req/s, latency percentiles, errors, and
// the server's resident memory sampled as the run goes (it should stay flat).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

const root = fileURLToPath(new URL('..', import.meta.url));

function startServer(args = ['bin/schengen.js', 'serve', '--on', '2026-12-20']) {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /(http:\/\/\S+)/.exec(out);
      if (match) resolve({ child, url: new URL(match[1]), startupMs: Number(process.hrtime.bigint() - started) / 1e6 });
    });
    child.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
}

function stop(child) {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

const rssMb = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

const BODIES = [
  ['/api/status', JSON.stringify({ stays: [{ entry: '2026-06-01', exit: '2026-07-15' }, { entry: '2026-10-01', exit: '2026-10-20' }] })],
  ['/api/annex3', JSON.stringify({ stays: [{ entry: '2026-06-01', exit: '2026-07-15' }], arrival: '2026-12-24', visas: [{ type: 'C', entries: 1, validFrom: '2026-12-01', validUntil: '2027-01-31', durationDays: 30 }] })],
];

function request(agent, url, path, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ agent, host: url.hostname, port: url.port, path, method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Requests per second and latency percentiles of `total` requests, `concurrency` at a time, status and annex3 in turn. */
async function load(url, total, concurrency, onProgress = () => {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  for (let i = 0; i < 200; i += 1) await request(agent, url, ...BODIES[i % 2]); // warm-up: the holiday tables and the JIT
  const latencies = new Float64Array(total);
  let next = 0;
  let errors = 0;
  const started = process.hrtime.bigint();
  async function worker() {
    while (next < total) {
      const index = next++;
      const t0 = process.hrtime.bigint();
      const status = await request(agent, url, ...BODIES[index % 2]).catch(() => 0);
      latencies[index] = Number(process.hrtime.bigint() - t0) / 1e6;
      if (status !== 200) errors += 1;
      onProgress(index);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  latencies.sort();
  const at = (q) => latencies[Math.min(total - 1, Math.floor(q * total))];
  return { reqPerSecond: total / seconds, p50: at(0.5), p99: at(0.99), max: at(1), errors };
}

export async function runServeBench(total = Number(process.env.BENCH_REQUESTS ?? 10_000), concurrency = Number(process.env.BENCH_CONCURRENCY ?? 50)) {
  // The floor first: a bare node:http server parsing the same bodies.
  const floorServer = await startServer([`${root}bench/serve-floor.js`]);
  const floor = await load(floorServer.url, total, concurrency);
  await stop(floorServer.child);

  const startups = [];
  for (let i = 0; i < 5; i += 1) {
    const { child, startupMs } = await startServer();
    startups.push(startupMs);
    await stop(child);
  }
  startups.sort((a, b) => a - b);
  console.log(`serve start-up (spawn to URL printed), 5 runs: ${startups[2].toFixed(0)} ms median, ${startups[0].toFixed(0)} ms min`);

  const { child, url } = await startServer();
  const memory = [rssMb(child.pid)];
  const result = await load(url, total, concurrency, (index) => {
    if (index % Math.ceil(total / 4) === 0 && index > 0) memory.push(rssMb(child.pid));
  });
  memory.push(rssMb(child.pid));
  const exitCode = await stop(child);
  const { errors } = result;
  console.log(`serve load: ${total} requests (status + annex3), ${concurrency} concurrent, loopback, keep-alive`);
  console.log(`  floor (bare node:http, JSON.parse of the body): ${floor.reqPerSecond.toFixed(0)} req/s; p50 ${floor.p50.toFixed(1)} ms, p99 ${floor.p99.toFixed(1)} ms`);
  console.log(
    `  schengen serve: ${result.reqPerSecond.toFixed(0)} req/s (${(result.reqPerSecond / floor.reqPerSecond).toFixed(2)} of the floor; goal: at least 0.5); latency p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms (goal: at most 50 ms on an idle machine), max ${result.max.toFixed(1)} ms; errors ${errors}`,
  );
  console.log(`  server RSS (MB) at 0, 25, 50, 75, 100 %: ${memory.map((mb) => mb.toFixed(0)).join(', ')}; exit code after SIGTERM ${exitCode}`);

  // RSS grows while V8 enlarges its heap lazily; whether anything is retained shows in the heap
  // after a full GC. The same app and adapter as `schengen serve`, in this process, GC between quarters.
  v8.setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc');
  const [{ createApp }, { createAdaptorServer }, { dayFromCivil }] = await Promise.all([
    import('../dist/serve/app.js'),
    import('@hono/node-server'),
    import('../dist/core/day.js'),
  ]);
  const server = createAdaptorServer({ fetch: createApp({ today: async () => dayFromCivil(2026, 12, 20) }).fetch });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const local = new URL(`http://127.0.0.1:${server.address().port}/`);
  const localAgent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const heap = [];
  let sent = 0;
  for (let quarter = 0; quarter <= 4; quarter += 1) {
    const until = Math.round((quarter * total) / 4);
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (sent < until) await request(localAgent, local, ...BODIES[sent++ % 2]);
      }),
    );
    gc();
    heap.push(process.memoryUsage().heapUsed / 1048576);
  }
  localAgent.destroy();
  server.close();
  console.log(`  heap after full GC (MB) at 0, 25, 50, 75, 100 % (same app in-process): ${heap.map((mb) => mb.toFixed(1)).join(', ')}`);
  return { reqPerSecond: result.reqPerSecond, p99: result.p99, floor, ratio: result.reqPerSecond / floor.reqPerSecond, errors, memory, heap };
}

if (import.meta.url === `file://${process.argv[1]}`) await runServeBench();
