// The engine on one long history (500 stays in 3 years). Prints the median time per command.
import { performance } from 'node:perf_hooks';
import { computeNext, computePlan, computeStatus } from '../dist/core/reports.js';
import { SCHENGEN_RULE, findFirstOverstayDay } from '../dist/core/rolling-window.js';
import { buildCountingHistory } from '../dist/core/stays.js';

/** Deterministic pseudo-random numbers, so every run measures the same history. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function longHistory(stayCount = 5000, years = 30) {
  const next = random(42);
  const span = Math.floor(years * 365.25);
  const start = Date.UTC(1996, 0, 1) / 86_400_000;
  // 5,000 stays in 30 years leaves ~2.2 days per stay and the gap after it: mostly one-day
  // stays, sometimes two, and gaps of one or two days, so the window hovers around 90.
  const perStay = span / stayCount;
  const stays = [];
  let day = start;
  for (let i = 0; i < stayCount; i += 1) {
    const length = 1 + (next() < (perStay - 2) / 2 ? 1 : 0);
    const gap = 1 + (next() < (perStay - 2) / 2 ? 1 : 0);
    stays.push({ entry: day, exit: day + length - 1 });
    day += length + gap;
  }
  return stays;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(label, runs, action) {
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    action();
    samples.push(performance.now() - started);
  }
  return { label, medianMs: median(samples), maxMs: Math.max(...samples) };
}

export function runEngineBench() {
  // 500 stays in 3 years: the authorisation model (2e88676) grows faster than linearly with the stays
  // (1,000 stays: ~0.6 s a status), so the 30-year history of 5,000 stays no longer ends in minutes.
  const stays = longHistory(500, 3);
  const last = stays[stays.length - 1].exit;
  const first = stays[0].entry;
  const rule = SCHENGEN_RULE;
  const results = [
    time(`build history (${stays.length} stays)`, 20, () => buildCountingHistory(stays)),
  ];
  // The authorisation model's input: stays with their state, no stickers or permits (visa-exempt).
  const input = () => ({ stays: stays.map((stay) => ({ ...stay, country: null })), visas: [], permits: [], rule });
  const history = buildCountingHistory(stays);
  const prepared = input();
  results.push(
    time('status (incl. first overstay, whole history)', 20, () => computeStatus(prepared, last)),
    time('first overstay day, whole history', 20, () => findFirstOverstayDay(history, rule)),
    time('plan from the last day', 20, () => computePlan(prepared, last, last + 60)),
    time('next 30-day trip searched from day 200', 20, () => computeNext(prepared, first + 200, 30)),
    time('whole pipeline: itinerary + status + plan + next', 20, () => {
      const fresh = input();
      computeStatus(fresh, last);
      computePlan(fresh, last + 1, last + 30);
      computeNext(fresh, first, 30);
    }),
  );
  console.log(`engine: ${stays.length} stays, ${last - first + 1} days`);
  for (const r of results) console.log(`  ${r.label.padEnd(48)} median ${r.medianMs.toFixed(2)} ms  (max ${r.maxMs.toFixed(2)} ms)`);
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) runEngineBench();
