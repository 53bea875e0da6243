// One person with ever more stays (issue 21): status, plan and next through the library, on five
// shapes of history at 1,000 and 10,000 stays (100,000 with BENCH_SCALING_100K=1: minutes), as CPU
// time per question; and `next --days 30` on 100,000 stays spread over 1995-2026 from the command line.
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
function questions({ on, history }) {
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

/** CPU time of `rounds` runs of one question, per run. */
async function cpuPerRun(ask, rounds) {
  const started = cpuMs();
  for (let i = 0; i < rounds; i += 1) await ask();
  return (cpuMs() - started) / rounds;
}

/**
 * CPU time of one question at each size: after a warm-up, three turns in which every size runs
 * once, each time as many rounds as make about the same work (a garbage collection then weighs alike
 * at every size); the least of the three per size (a busy spell of the machine hits one turn).
 */
async function cpuPerQuestion(asks, sizes) {
  const result = asks.map(() => ({ ms: Infinity }));
  for (let k = 0; k < asks.length; k += 1) {
    if (asks[k] === null) result[k] = { unfit: true };
    else {
      try {
        await asks[k]();
      } catch (error) {
        result[k] = { error: error.code ?? error.message };
      }
    }
  }
  for (let turn = 0; turn < 3; turn += 1) {
    for (let k = 0; k < asks.length; k += 1) {
      if (result[k].ms === undefined) continue;
      const rounds = Math.max(2, Math.ceil(100_000 / sizes[k]));
      result[k].ms = Math.min(result[k].ms, await cpuPerRun(asks[k], rounds));
    }
  }
  return result;
}

export async function runScalingBench(sizes = process.env.BENCH_SCALING_100K === '1' ? [1000, 10_000, 100_000] : [1000, 10_000]) {
  console.log(`scaling: one person, CPU ms per question (least of three turns), at ${sizes.map((n) => n.toLocaleString('en')).join(' / ')} stays${sizes.includes(100_000) ? '' : ' (100,000: BENCH_SCALING_100K=1)'}`);
  const rows = [];
  for (const [shape, make] of Object.entries(SHAPES)) {
    const cases = sizes.map((n) => make(n));
    for (const question of Object.keys(questions(SHAPES.spread(10)))) {
      const times = await cpuPerQuestion(cases.map((c) => (c === null ? null : questions(c)[question])), sizes);
      const shown = times.map((t) => (t.unfit ? 'n/a (dates)' : t.error !== undefined ? `error ${t.error}` : `${t.ms.toFixed(1)} ms`));
      const ratios = times.slice(1).map((t, k) => (t.ms !== undefined && times[k].ms !== undefined ? t.ms / times[k].ms : null));
      rows.push({ shape, question, times, ratios });
      console.log(`  ${shape.padEnd(13)} ${question.padEnd(20)} ${shown.map((s) => s.padStart(12)).join('')}   x10 stays: ${ratios.map((r) => (r === null ? '-' : `x${r.toFixed(1)}`)).join(', ')}`);
    }
  }
  const worst = Math.max(...rows.flatMap((row) => row.ratios.filter((r) => r !== null)));
  const worstRow = rows.find((row) => row.ratios.includes(worst));
  console.log(`  worst ratio for 10x more stays: x${worst.toFixed(1)} (${worstRow.shape} ${worstRow.question}; goal: at most x12)`);
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
