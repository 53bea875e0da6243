// The engine on one long history (5,000 stays in 30 years) and on 10,000 stickers. Prints the median time per command.
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

/** 10,000 stickers of `length` days, one after another from 01.01.2000, each valid for every state. */
function manyStickers(length) {
  const first = Date.UTC(2000, 0, 1) / 86_400_000;
  return Array.from({ length: 10_000 }, (_, i) => ({ type: 'C', entries: 'MULT', validFrom: first + length * i, validUntil: first + length * i + length - 1, durationDays: 90, validFor: null }));
}

export function runEngineBench() {
  const stays = longHistory(5000, 30);
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
  // `next` with 10,000 stickers: 3-day ones that no 30-day trip fits, then one long enough; and
  // 3-day ones holding 90 days of stays, so that a 3-day trip waits for the window.
  const shortStickers = manyStickers(3);
  const lastShort = shortStickers[shortStickers.length - 1].validUntil;
  const tooShort = { stays: [{ entry: first, exit: first + 1, country: null }], visas: [...shortStickers, { ...shortStickers[0], validFrom: lastShort + 1, validUntil: lastShort + 365 }], permits: [], rule };
  const full = { stays: [{ entry: first, exit: first + 89, country: null }], visas: manyStickers(3), permits: [], rule };
  results.push(
    time('status (incl. first overstay, whole history)', 20, () => computeStatus(prepared, last)),
    time('first overstay day, whole history', 20, () => findFirstOverstayDay(history, rule)),
    time('plan from the last day', 20, () => computePlan(prepared, last, last + 60)),
    time('next 30-day trip searched from day 200', 20, () => computeNext(prepared, first + 200, 30)),
    time('next 30 days, 10,000 stickers too short', 20, () => computeNext(tooShort, first + 2, 30)),
    time('next 3 days, 10,000 stickers, 90 days used', 20, () => computeNext(full, first + 90, 3)),
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
