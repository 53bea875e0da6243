// One person with ever more stays (issue 21): status, plan and next through the library, on five
// shapes of history at 1,000, 2,000, 10,000 and 20,000 stays (and 100,000 with BENCH_SCALING_100K=1:
// minutes), as CPU time per question; the ratios for 10x more stays (the issue's goal is read from
// 2,000 -> 20,000, as it measured); and `next --days 30` on 100,000 stays spread over 1995-2026 from
// the command line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { next, plan, status } from '../dist/lib/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const DAY = 86_400_000;
const iso = (day) => new Date(day * DAY).toISOString().slice(0, 10);
const dayOf = (text) => Date.parse(text) / DAY;
const TODAY = dayOf('2026-11-22');
const FIRST = dayOf('1995-01-01'); // the earliest date the tool accepts
const LAST = dayOf('2100-12-31');

/**
 * The shapes of the issue, each for n stays; null when n of them do not fit in the dates the tool
 * accepts (stays may touch but not overlap, stickers not at all). `on`: the reference day.
 */
export const SHAPES = {
  // n one-day stays spread evenly from 1995 to today: dense, heavily overstayed.
  spread: (n) => ({ on: TODAY, history: { stays: Array.from({ length: n }, (_, i) => one(FIRST + Math.floor((i * (TODAY - FIRST)) / n))) } }),
  // n one-day stays, several a day (same-day re-entries), on the last 10 days.
  sameDayBurst: (n) => ({ on: TODAY, history: { stays: Array.from({ length: n }, (_, i) => one(TODAY - 9 + Math.floor((i * 10) / n))) } }),
  // n touching two-day stays (exit and re-entry the same day), the last ending today.
  chained: (n) => (TODAY - n < FIRST ? null : { on: TODAY, history: { stays: Array.from({ length: n }, (_, i) => ({ entry: iso(TODAY - n + i), exit: iso(TODAY - n + i + 1) })) } }),
  // n one-day trips booked over the next two years.
  bookedAhead: (n) => ({ on: TODAY, history: { stays: Array.from({ length: n }, (_, i) => one(TODAY + 1 + Math.floor((i * 730) / n))) } }),
  // n two-day stickers back to back, half before today and half after, two stays under them.
  stickers: (n) =>
    TODAY - n < FIRST || TODAY + n > LAST
      ? null
      : {
          on: TODAY,
          history: {
            stays: [one(TODAY - 40), { entry: iso(TODAY - 3), exit: iso(TODAY) }],
            visas: Array.from({ length: n }, (_, i) => ({ type: 'C', entries: 'MULT', validFrom: iso(TODAY - n + 2 * i), validUntil: iso(TODAY - n + 2 * i + 1), durationDays: 2 })),
          },
        },
};

function one(day) {
  return { entry: iso(day), exit: iso(day) };
}

/** The questions: status on the day; plan from the first free day (a 10-day trip, and the longest stay); next, 30 days. */
export function questions({ on, history }) {
  const firstEntry = history.stays.length === 0 ? Infinity : Math.min(...history.stays.map((stay) => dayOf(stay.entry)));
  // Before the booked trips (bookedAhead: today itself, a one-day trip), else the day after today.
  const enter = firstEntry > on ? on : on + 1;
  const days = enter === on ? 1 : 10;
  return {
    status: () => status(history, { on: iso(on) }),
    plan: () => plan(history, { on: iso(on), enter: iso(enter), days }),
    'plan (longest stay)': () => plan(history, { on: iso(on), enter: iso(enter) }),
    next: () => next(history, { on: iso(on), days: 30 }),
  };
}

const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/**
 * CPU time of one question at each size, each measured in a process of its own (bench/scaling-child.js:
 * a fresh heap, after a warm-up), as many rounds as make about the same work at every size; three
 * turns over the sizes, the least per size (a busy spell of the machine hits one turn).
 */
function cpuPerQuestion(shape, question, sizes, unfit) {
  const result = sizes.map((_, k) => (unfit[k] ? { unfit: true } : { ms: Infinity }));
  for (let turn = 0; turn < 3; turn += 1) {
    for (let k = 0; k < sizes.length; k += 1) {
      if (result[k].ms === undefined) continue;
      const rounds = Math.max(3, Math.ceil(200_000 / sizes[k]));
      const run = spawnSync(process.execPath, [`${root}bench/scaling-child.js`, shape, question, String(sizes[k]), String(rounds)], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`${shape} ${question} ${sizes[k]}: exit ${run.status}: ${run.stderr}`);
      const cell = JSON.parse(run.stdout);
      result[k] = cell.error !== undefined ? { error: cell.error } : { ms: Math.min(result[k].ms, cell.ms) };
    }
  }
  return result;
}

export async function runScalingBench(sizes = process.env.BENCH_SCALING_100K === '1' ? [1000, 2000, 10_000, 20_000, 100_000] : [1000, 2000, 10_000, 20_000]) {
  console.log(`scaling: one person, CPU ms per question (each in a fresh process, least of three turns), at ${sizes.map((n) => n.toLocaleString('en')).join(' / ')} stays${sizes.includes(100_000) ? '' : ' (100,000: BENCH_SCALING_100K=1)'}`);
  const rows = [];
  for (const [shape, make] of Object.entries(SHAPES)) {
    const cases = sizes.map((n) => make(n));
    for (const question of Object.keys(questions(SHAPES.spread(10)))) {
      const times = cpuPerQuestion(shape, question, sizes, cases.map((c) => c === null));
      const shown = times.map((t) => (t.unfit ? 'n/a (dates)' : t.error !== undefined ? `error ${t.error}` : `${t.ms.toFixed(1)} ms`));
      // Each size against the one a tenth of it.
      const steps = sizes.flatMap((n, k) => {
        const from = sizes.indexOf(n / 10);
        return from < 0 ? [] : [{ label: `${sizes[from] / 1000}k→${n / 1000}k`, from: sizes[from], ratio: times[k].ms !== undefined && times[from].ms !== undefined ? times[k].ms / times[from].ms : null }];
      });
      rows.push({ shape, question, times, steps, ratios: steps.filter((step) => step.from !== 1000).map((step) => step.ratio) });
      console.log(`  ${shape.padEnd(13)} ${question.padEnd(20)} ${shown.map((s) => s.padStart(12)).join('')}   ${steps.map((step) => `${step.label} ${step.ratio === null ? '-' : `x${step.ratio.toFixed(1)}`}`).join(', ')}`);
    }
  }
  const worst = Math.max(...rows.flatMap((row) => row.ratios.filter((r) => r !== null)));
  const worstRow = rows.find((row) => row.ratios.includes(worst));
  console.log(`  worst ratio for 10x more stays from 2,000 on: x${worst.toFixed(1)} (${worstRow.shape} ${worstRow.question}; goal: at most x12)`);
  return { rows, worst, worstRow };
}

/** `schengen next --days 30` on 100,000 one-day stays spread over 1995-2026, as a process: wall and CPU seconds. */
export function runSpreadCli(stays = 100_000) {
  const dir = `${root}bench/out`;
  mkdirSync(dir, { recursive: true });
  const file = `${dir}/spread-${stays}.json`;
  writeFileSync(file, JSON.stringify(SHAPES.spread(stays).history));
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [`${root}bench/measure-child.js`, `${root}bin/schengen.js`, 'next', file, '--days', '30', '--on', iso(TODAY), '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`next on ${stays} stays: exit ${run.status}: ${run.stderr}`);
  const cpuSeconds = Number(/cpuMicros=(\d+)/.exec(run.stderr)?.[1] ?? 0) / 1e6;
  const earliest = JSON.parse(run.stdout).earliestEntry;
  console.log(`next --days 30 on ${stays.toLocaleString('en')} spread stays (command line, reading the file included): ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU; earliest entry ${earliest} (goal: under 1 s)`);
  return { seconds, cpuSeconds };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await runScalingBench();
  runSpreadCli();
}
