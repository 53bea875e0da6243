// Start-up: `schengen status --json` against bare `node -e 0`, as whole processes, same run.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Median and minimum wall time; on a busy machine the minimum is the fairer figure. */
function timeMs(args, runs) {
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], min: samples[0] };
}

export function runStartupBench(runs = 21) {
  const status = ['bin/schengen.js', 'status', 'examples/traveller.txt', '--on', '2026-11-22', '--json'];
  const annex3 = ['bin/schengen.js', 'annex3', '--arrival', '2026-12-24', '--on', '2026-11-22', '--json'];
  // Interleave a warm-up of each so that disk caches are equal.
  timeMs(['-e', '0'], 3);
  timeMs(status, 3);
  timeMs(annex3, 3);
  const bare = timeMs(['-e', '0'], runs);
  const json = timeMs(status, runs);
  const table = timeMs(status.slice(0, -1), runs);
  const annex = timeMs(annex3, runs);
  const show = (t) => `${t.median.toFixed(0)} ms median, ${t.min.toFixed(0)} ms min`;
  const ratio = (t, base = bare) => `${(t.median / base.median).toFixed(2)}x median, ${(t.min / base.min).toFixed(2)}x min`;
  console.log(`start-up over ${runs} runs each:`);
  console.log(`  node -e 0                 ${show(bare)}`);
  console.log(`  schengen status --json    ${show(json)}: ${ratio(json)} of node -e 0 (goal: at most 1.3x)`);
  console.log(`  schengen status (table)   ${show(table)}: ${ratio(table)} of node -e 0 (goal: at most 1.6x)`);
  console.log(`  schengen annex3 --json    ${show(annex)}: ${ratio(annex, json)} of status --json (goal: at most 1.3x)`);
  return { bare, json, table, annex };
}

if (import.meta.url === `file://${process.argv[1]}`) runStartupBench();
