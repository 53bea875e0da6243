// npm run bench: every benchmark, one after the other, then the table of issue 21 from this one run.
// Figures, not pass/fail. BENCH_PERSONS sets the batch size (default 1,000,000; the input file is
// generated once into bench/out/); BENCH_SCALING_100K=1 adds the 100,000-stay rows of the scaling
// bench (minutes); BENCH_LIBRARY_PERSONS (default 200,000), BENCH_REQUESTS (10,000).
import os from 'node:os';
import { runBatchBench } from './batch.js';
import { runEngineBench } from './engine.js';
import { runLibraryBenchInChild } from './library.js';
import { runScalingBench, runSpreadCli } from './scaling.js';
import { runServeBench } from './serve.js';
import { runStartupBench } from './startup.js';

const load = () => os.loadavg().map((value) => value.toFixed(2)).join(' ');
const loadBefore = load();
console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.cpus().length} cores, node ${process.version}; load average (1, 5, 15 min) ${loadBefore}`);
const startup = runStartupBench();
runEngineBench();
const scaling = await runScalingBench();
const spread = runSpreadCli();
const library = runLibraryBenchInChild();
const batch = await runBatchBench();
const serve = await runServeBench();
const loadAfter = load();

const x = (value) => `${value.toFixed(2)}x`;
const met = (ok) => (ok ? 'met' : '**missed**');
const r = batch.ratios;
const rows = [
  [
    `one person, 10x more stays (2k → 20k${scaling.rows[0].times.length > 4 ? ', 10k → 100k' : ''}), worst of status/plan/next over the shapes that fit`,
    `x${scaling.worst.toFixed(1)} (${scaling.worstRow.shape} ${scaling.worstRow.question})`,
    '≤ x12',
    met(scaling.worst <= 12),
  ],
  ['one person, 100,000 stays spread over 1995–2026, `next --days 30` (command line)', `${spread.seconds.toFixed(2)} s wall, ${spread.cpuSeconds.toFixed(2)} s CPU`, '< 1 s', met(spread.seconds < 1)],
  ['batch status CPU / floor writing a constant record', x(r.statusToFloor), '≤ 4x', met(r.statusToFloor <= 4)],
  [`batch status CPU / floor writing records of the same size (${batch.sampleBytes} bytes)`, x(r.statusToSizedFloor), '≤ 1.5x', met(r.statusToSizedFloor <= 1.5)],
  ['batch status `--fields daysUsed,daysRemaining,latestExit` CPU / constant-record floor', x(r.leanToFloor), '', ''],
  [
    'batch plan / next / annex3 CPU / status',
    `${r.planToStatus.toFixed(2)} / ${r.nextToStatus.toFixed(2)} / ${r.annex3ToStatus.toFixed(2)}`,
    '≤ 1.3 each',
    met(Math.max(r.planToStatus, r.nextToStatus, r.annex3ToStatus) <= 1.3),
  ],
  ['batch CSV / NDJSON (same persons), CPU', x(r.csvToNdjson), '≤ 1.25x', met(r.csvToNdjson <= 1.25)],
  [
    '`--jobs 2` CPU / `--jobs 1`; speed-up by wall time; without `--jobs`',
    `${x(r.jobs2Cpu)}; ${x(r.jobs2SpeedUp)} (${r.jobs2Memory.toFixed(1)}x the memory); ${x(r.defaultSpeedUp)} of --jobs 1`,
    '≤ 1.2x; ≥ 1.8x on 2 free cores; never slower than one thread',
    `${met(r.jobs2Cpu <= 1.2)}; ${met(r.jobs2SpeedUp >= 1.8)}; ${met(r.defaultSpeedUp >= 0.95)}`,
  ],
  [
    'library `status()` compute only, persons per CPU-second (Java peer of the issue: 537k/s, not run here)',
    `${Math.round(library.lean / 1000)}k/s days used + remaining; ${Math.round(library.whole / 1000)}k/s whole`,
    '≥ 806k/s (1.5x the peer); ≥ 269k/s (0.5x)',
    `${met(library.lean >= 806_000)}; ${met(library.whole >= 268_500)}`,
  ],
  [
    '`serve` POST /api/status + annex3 req/s / a bare node:http server parsing the same body; p99 at 50 concurrent',
    `${serve.ratio.toFixed(2)} (${Math.round(serve.reqPerSecond)} vs ${Math.round(serve.floor.reqPerSecond)} req/s); p99 ${serve.p99.toFixed(1)} ms`,
    '≥ 0.5; p99 ≤ 50 ms on an idle machine',
    `${met(serve.ratio >= 0.5)}; ${met(serve.p99 <= 50)}`,
  ],
  [
    'start-up `status --json` / table / `calendar` vs `node -e 0` (median wall)',
    `${(startup.json.median / startup.bare.median).toFixed(2)} / ${(startup.table.median / startup.bare.median).toFixed(2)} / ${(startup.calendar.median / startup.bare.median).toFixed(2)} (node -e 0: ${startup.bare.median.toFixed(0)} ms)`,
    '≤ 1.2 / ≤ 1.3 / ≤ 1.3',
    `${met(startup.json.median / startup.bare.median <= 1.2)} / ${met(startup.table.median / startup.bare.median <= 1.3)} / ${met(startup.calendar.median / startup.bare.median <= 1.3)}`,
  ],
];
console.log(`\nissue 21, this run (load average ${loadBefore} before, ${loadAfter} after):\n`);
console.log('| measure | this run | goal | |');
console.log('|---|---|---|---|');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
