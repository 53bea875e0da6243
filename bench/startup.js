// Start-up: `schengen status --json` against bare `node -e 0`, as whole processes, same run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * CPU time (user + system) of the children waited for so far, in ms, from /proc/self/stat (Linux:
 * fields cutime and cstime, in clock ticks of 10 ms; averaged over many runs). Null elsewhere.
 */
function childrenCpuMs() {
  if (!existsSync('/proc/self/stat')) return null;
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After "pid (comm) ", field 3 (state) is index 0: cutime is field 16, cstime field 17.
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

/**
 * Median and minimum wall time, and the mean CPU time, of each command, run in turn (one of each per
 * round, so that a busy spell of the machine hits all of them alike). On a busy machine the wall times
 * follow the other processes; the CPU time much less, so the ratios of CPU time are the steadier figure.
 */
function timeAll(commands, runs) {
  const samples = commands.map(() => []);
  const cpu = commands.map(() => 0);
  for (let i = 0; i < runs; i += 1) {
    commands.forEach((args, index) => {
      const cpuBefore = childrenCpuMs();
      const started = process.hrtime.bigint();
      const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
      if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
      samples[index].push(Number(process.hrtime.bigint() - started) / 1e6);
      if (cpuBefore !== null) cpu[index] += childrenCpuMs() - cpuBefore;
    });
  }
  return samples.map((times, index) => {
    times.sort((a, b) => a - b);
    return { median: times[Math.floor(times.length / 2)], min: times[0], cpu: childrenCpuMs() === null ? null : cpu[index] / runs };
  });
}

export function runStartupBench(runs = 41) {
  const status = ['bin/schengen.js', 'status', 'examples/traveller.txt', '--on', '2026-11-22', '--json'];
  const annex3 = ['bin/schengen.js', 'annex3', '--arrival', '2026-12-24', '--on', '2026-11-22', '--json'];
  const calendar = ['bin/schengen.js', 'calendar', 'examples/traveller.txt', '--on', '2026-11-22'];
  timeAll([['-e', '0'], status, annex3, calendar], 3); // warm-up: disk caches
  const [bare, json, table, annex, month] = timeAll([['-e', '0'], status, status.slice(0, -1), annex3, calendar], runs);
  const show = (t) => `${t.median.toFixed(0)} ms median, ${t.min.toFixed(0)} ms min${t.cpu === null ? '' : `, ${t.cpu.toFixed(1)} ms CPU`}`;
  const ratio = (t, base = bare) =>
    `${(t.median / base.median).toFixed(2)}x median, ${(t.min / base.min).toFixed(2)}x min${t.cpu === null ? '' : `, ${(t.cpu / base.cpu).toFixed(2)}x CPU`}`;
  console.log(`start-up over ${runs} runs each:`);
  console.log(`  node -e 0                 ${show(bare)}`);
  console.log(`  schengen status --json    ${show(json)}: ${ratio(json)} of node -e 0 (goal: at most 1.2x)`);
  console.log(`  schengen status (table)   ${show(table)}: ${ratio(table)} of node -e 0 (goal: at most 1.3x)`);
  console.log(`  schengen calendar         ${show(month)}: ${ratio(month)} of node -e 0 (goal: at most 1.3x)`);
  console.log(`  schengen annex3 --json    ${show(annex)}: ${ratio(annex, json)} of status --json (goal: at most 1.3x)`);
  return { bare, json, table, annex, calendar: month };
}

if (import.meta.url === `file://${process.argv[1]}`) runStartupBench();
