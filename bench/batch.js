// Batch throughput: persons per second through `schengen batch --query status` on a generated
// NDJSON file, with peak memory (max RSS) of the child process.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}bench/out`;

function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const iso = (day) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** Realistic travellers: 0–12 stays of 1–60 days over the two years before 2026-11-22, a few visas. */
export async function generatePersons(count, file) {
  const next = random(7);
  const today = Date.UTC(2026, 10, 22) / 86_400_000;
  const stream = createWriteStream(file);
  let buffer = '';
  for (let i = 0; i < count; i += 1) {
    const stays = [];
    let day = today - 730 + Math.floor(next() * 60);
    const stayCount = Math.floor(next() * 13);
    for (let s = 0; s < stayCount && day < today; s += 1) {
      const length = 1 + Math.floor(next() * 60);
      const exit = Math.min(day + length - 1, today);
      stays.push(`{"entry":"${iso(day)}","exit":"${iso(exit)}"}`);
      day = exit + 2 + Math.floor(next() * 90);
    }
    const visa = next() < 0.3 ? `,"visas":[{"type":"C","entries":"MULT","validFrom":"${iso(today - 700)}","validUntil":"${iso(today + 300)}","durationDays":90}]` : '';
    buffer += `{"id":"p${i}","stays":[${stays.join(',')}]${visa}}\n`;
    if (buffer.length > 1 << 20) {
      if (!stream.write(buffer)) await once(stream, 'drain');
      buffer = '';
    }
  }
  stream.end(buffer);
  await once(stream, 'finish');
}

function runBatch(file, extraArgs = [], script = `${root}bin/schengen.js`) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    // /usr/bin/time would report RSS too; process.resourceUsage in the child is simpler and portable.
    const child = spawn(process.execPath, [`${root}bench/measure-child.js`, script, ...(script.endsWith('floor.js') ? [file, ...extraArgs] : ['batch', file, '--on', '2026-11-22', '--no-progress', ...extraArgs])], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let lines = 0;
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines += 1;
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const maxRssMb = Number(/maxRSS=(\d+)/.exec(stderr)?.[1] ?? 0) / 1024;
      const cpuSeconds = Number(/cpuMicros=(\d+)/.exec(stderr)?.[1] ?? 0) / 1e6;
      resolve({ code, seconds, cpuSeconds, lines, maxRssMb });
    });
  });
}

/** The status record of one person inside a stay with a sticker, as `schengen batch` writes it. */
function sampleStatusRecord() {
  const person = '{"id":"p0","stays":[{"entry":"2026-09-01","exit":"2026-10-10"},{"entry":"2026-11-06","exit":"2026-11-22"}],"visas":[{"type":"C","entries":"MULT","validFrom":"2025-01-01","validUntil":"2027-09-18","durationDays":90}]}\n';
  const run = spawnSync(process.execPath, [`${root}bin/schengen.js`, 'batch', '-', '--on', '2026-11-22', '--query', 'status', '--no-progress'], { input: person, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`sample record: exit ${run.status}: ${run.stderr}`);
  return run.stdout;
}

/**
 * The same persons as CSV (one stay or sticker a row) and as NDJSON, those with at least one row
 * (a CSV person is its rows): for the CSV / NDJSON row of the issue.
 */
async function writeTwins(file, persons) {
  const csvFile = `${outDir}/persons-${persons}.csv`;
  const twinFile = `${outDir}/persons-${persons}-twin.ndjson`;
  if (existsSync(csvFile) && existsSync(twinFile)) return { csvFile, twinFile };
  const { createReadStream } = await import('node:fs');
  const { createInterface } = await import('node:readline');
  const csv = createWriteStream(csvFile);
  const twin = createWriteStream(twinFile);
  csv.write('id,entry,exit,visa\n');
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    const person = JSON.parse(line);
    const rows = person.stays.map((stay) => `${person.id},${stay.entry},${stay.exit},`);
    for (const visa of person.visas ?? []) rows.push(`${person.id},,,${visa.type} ${visa.entries} ${visa.validFrom}..${visa.validUntil} ${visa.durationDays}`);
    if (rows.length === 0) continue;
    if (!csv.write(`${rows.join('\n')}\n`)) await once(csv, 'drain');
    if (!twin.write(`${line}\n`)) await once(twin, 'drain');
  }
  csv.end();
  twin.end();
  await Promise.all([once(csv, 'finish'), once(twin, 'finish')]);
  return { csvFile, twinFile };
}

export async function runBatchBench(persons = Number(process.env.BENCH_PERSONS ?? 1_000_000)) {
  mkdirSync(outDir, { recursive: true });
  const file = `${outDir}/persons-${persons}.ndjson`;
  if (!existsSync(file)) await generatePersons(persons, file);
  const megabytes = statSync(file).size / 1e6;
  console.log(`batch: ${persons.toLocaleString('en')} persons (${megabytes.toFixed(0)} MB NDJSON)`);
  const show = (label, result) =>
    console.log(
      `  ${label}: ${result.lines.toLocaleString('en')} records out (exit ${result.code}) in ${result.seconds.toFixed(2)} s wall, ${result.cpuSeconds.toFixed(2)} s CPU: ` +
        `${Math.round(result.lines / result.seconds).toLocaleString('en')} persons/s wall, ${Math.round(result.lines / result.cpuSeconds).toLocaleString('en')} per CPU-second; ` +
        `max RSS ${result.maxRssMb.toFixed(0)} MB`,
    );
  const run = async (label, args, script) => {
    const result = await runBatch(file, args, script);
    show(label, result);
    return result;
  };
  const floor = await run('floor (JSON.parse each line, write a constant record)', [], `${root}bench/floor.js`);
  const status = await run('status --jobs 1', ['--query', 'status', '--jobs', '1']);
  // The floor again, writing for each person a real status record (of someone inside a stay, the
  // longer kind) instead of a 48-byte one: what JSON.parse, JSON.stringify and the writing of records
  // of that size cost, without reading the fields or computing anything.
  const sample = `${outDir}/status-record.json`;
  writeFileSync(sample, sampleStatusRecord());
  const sizedFloor = await run(`floor with a real status record (${statSync(sample).size} bytes)`, [sample], `${root}bench/floor.js`);
  const lean = await run('status --fields daysUsed,daysRemaining,latestExit --jobs 1', ['--query', 'status', '--fields', 'daysUsed,daysRemaining,latestExit', '--jobs', '1']);
  const plan = await run('plan --enter 2026-12-01 --jobs 1', ['--query', 'plan', '--enter', '2026-12-01', '--jobs', '1']);
  const next = await run('next --days 30 --jobs 1', ['--query', 'next', '--days', '30', '--jobs', '1']);
  const annex3 = await run('annex3 --arrival 2026-12-01 --jobs 1', ['--query', 'annex3', '--arrival', '2026-12-01', '--jobs', '1']);
  const { csvFile, twinFile } = await writeTwins(file, persons);
  const csvRun = await runBatch(csvFile, ['--format', 'csv', '--query', 'status', '--jobs', '1']);
  show('status --format csv --jobs 1 (the persons with a row)', csvRun);
  const twinRun = await runBatch(twinFile, ['--query', 'status', '--jobs', '1']);
  show('status NDJSON --jobs 1 (the same persons)', twinRun);
  const jobs2 = await run('status --jobs 2', ['--query', 'status', '--jobs', '2']);
  // Without --jobs, right after --jobs 1 again: the two measured side by side.
  const single = await run('status --jobs 1 (again, beside the next)', ['--query', 'status', '--jobs', '1']);
  const chosen = await run(`status without --jobs (load ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores)`, ['--query', 'status']);
  const ratios = {
    statusToFloor: status.cpuSeconds / floor.cpuSeconds,
    statusToSizedFloor: status.cpuSeconds / sizedFloor.cpuSeconds,
    leanToFloor: lean.cpuSeconds / floor.cpuSeconds,
    planToStatus: plan.cpuSeconds / status.cpuSeconds,
    nextToStatus: next.cpuSeconds / status.cpuSeconds,
    annex3ToStatus: annex3.cpuSeconds / status.cpuSeconds,
    csvToNdjson: csvRun.cpuSeconds / twinRun.cpuSeconds,
    jobs2Cpu: jobs2.cpuSeconds / status.cpuSeconds,
    jobs2SpeedUp: status.seconds / jobs2.seconds,
    defaultSpeedUp: single.seconds / chosen.seconds,
    jobs2Memory: jobs2.maxRssMb / status.maxRssMb,
  };
  console.log(
    `  CPU: status ${ratios.statusToFloor.toFixed(2)}x the floor (goal: at most 4x), ${ratios.statusToSizedFloor.toFixed(2)}x the floor with a real record (goal: at most 1.5x); ` +
      `status --fields ${ratios.leanToFloor.toFixed(2)}x the floor; plan / next / annex3 ${ratios.planToStatus.toFixed(2)} / ${ratios.nextToStatus.toFixed(2)} / ${ratios.annex3ToStatus.toFixed(2)}x status (goal: at most 1.3x each); ` +
      `CSV ${ratios.csvToNdjson.toFixed(2)}x NDJSON (goal: at most 1.25x)`,
  );
  console.log(
    `  --jobs 2: ${ratios.jobs2Cpu.toFixed(2)}x the CPU of --jobs 1 (goal: at most 1.2x), ${ratios.jobs2SpeedUp.toFixed(2)}x faster by wall time (goal: at least 1.8x on 2 free cores), ${ratios.jobs2Memory.toFixed(1)}x the memory; ` +
      `without --jobs: ${ratios.defaultSpeedUp.toFixed(2)}x the speed of --jobs 1 (goal: never slower)`,
  );
  return { floor, status, sizedFloor, lean, plan, next, annex3, csvRun, twinRun, jobs2, chosen, ratios, sampleBytes: statSync(sample).size };
}

if (import.meta.url === `file://${process.argv[1]}`) await runBatchBench();
