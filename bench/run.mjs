// npm run bench: speed of every list-based spreadsheet function, through the same FUNCTIONS
// table the hosts call, against a tight hand-written loop over the same rows (bench/loops.mjs).
//
// Table 1, per function at 100 000 rows: our time per call, the tight loop's time per call and
// their ratio. Ours and the loop are measured in alternating rounds in the same run (the order
// flips every round), so load from other processes on the machine weighs on both alike; each
// figure is the best round (the least disturbed), in processor time, and "median ratio" is the median of the
// per-round ratios, a second view that a single lucky round cannot move. Before timing, the
// loop's metric is checked once against ours: a mismatch is printed loudly and fails the run.
// "CASELOAD (Excel adapter)" is CASELOAD called as Excel calls it (src/excel/custom-functions.ts).
//
// Table 2: "growth ×2", the time per row at 200 000 rows over the time per row at 100 000
// (1.00 = linear; well above 1 would mean worse than linear), and calls per second for a typical
// review-sized input (15 rows). Figures, not pass/fail: compare runs on one machine.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FUNCTIONS } from '../dist/core/ips-core.js';
import { CASES } from './loops.mjs';

const ROWS = 100_000;
const SMALL = 15;
const ROUNDS = 8;
const ROUND_MS = 60;
const WARM_UP_MS = 100;
const AIM_RATIO = 2;

/** Processor time of this process since `start` (process.cpuUsage()), in ms. */
function cpuMs(start) {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/**
 * Mean time per call over a time budget (at least 3 calls). Processor time, not wall-clock time:
 * on a shared machine a process waiting for a core is not charged for the wait.
 */
function measure(fn, budgetMs) {
  let calls = 0;
  const start = process.cpuUsage();
  let elapsed = 0;
  while (elapsed < budgetMs || calls < 3) {
    fn();
    calls++;
    elapsed = cpuMs(start);
  }
  return elapsed / calls;
}

/** The best of `rounds` measurements: a round slowed by another process does not count. */
function best(fn, budgetMs, rounds = 4) {
  let result = Infinity;
  for (let round = 0; round < rounds; round++) result = Math.min(result, measure(fn, budgetMs));
  return result;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Ours and the loop in alternating rounds: best time of each and the median per-round ratio. */
function interleaved(ours, loop) {
  measure(ours, WARM_UP_MS); // warm up both: let V8 compile them first
  measure(loop, WARM_UP_MS);
  const oursTimes = [];
  const loopTimes = [];
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) {
      oursTimes.push(measure(ours, ROUND_MS));
      loopTimes.push(measure(loop, ROUND_MS));
    } else {
      loopTimes.push(measure(loop, ROUND_MS));
      oursTimes.push(measure(ours, ROUND_MS));
    }
  }
  const oursMs = Math.min(...oursTimes);
  const loopMs = Math.min(...loopTimes);
  return { oursMs, loopMs, ratio: oursMs / loopMs, medianRatio: median(oursTimes.map((ms, i) => ms / loopTimes[i])) };
}

/** The arguments with `output` set (missing optional ones omitted, as hosts pass them). */
function withOutput(spec, args, output) {
  const full = spec.parameters.map((_, index) => args[index] ?? null);
  full[spec.parameters.findIndex((parameter) => parameter.name === 'output')] = output;
  return full;
}

/** The Excel adapter, bundled from source for Node (it is not part of dist/core). */
async function loadExcelAdapter() {
  const outfile = fileURLToPath(new URL('../dist/bench/excel-adapter.mjs', import.meta.url));
  await build({
    entryPoints: [fileURLToPath(new URL('../src/excel/custom-functions.ts', import.meta.url))],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2020',
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

/** What the adapter needs of Excel's CustomFunctions global: errors are thrown as Excel would. */
const FAKE_EXCEL = {
  associate() {},
  Error: class ExcelError extends Error {
    constructor(code, message) {
      super(`${code}: ${message}`);
    }
  },
  ErrorCode: { invalidValue: '#VALUE!', invalidNumber: '#NUM!', notAvailable: '#N/A', divisionByZero: '#DIV/0!' },
};

let mismatches = 0;
/** Checks ours against the loop once; a mismatch is loud and fails the run. */
function check(label, ours, loop) {
  if (ours === loop) return;
  mismatches++;
  console.log(`\n!!!!! MISMATCH in ${label}: ours gives ${ours}, the tight loop ${loop} — the ratio below compares different computations !!!!!\n`);
}

function ratioLine(label, timing, result) {
  const { oursMs, loopMs, ratio, medianRatio } = timing;
  const flag = ratio > AIM_RATIO ? '  > aim' : '';
  console.log(
    `${label.padEnd(27)} ${oursMs.toFixed(2).padStart(9)} ${loopMs.toFixed(2).padStart(9)} ${ratio.toFixed(2).padStart(7)}× ${medianRatio.toFixed(2).padStart(9)}×   ${String(result).padEnd(6)}${flag}`,
  );
}

/** `node bench/run.mjs CASELOAD JOB_DIVERSITY`: only those functions (all when none are named). */
const only = process.argv.slice(2);
const cases = Object.entries(CASES).filter(([name]) => only.length === 0 || only.includes(name));

const { excelFunction } = await loadExcelAdapter();
console.log(`IPS Fidelity benchmark — Node ${process.version}, ${ROWS.toLocaleString('en')} rows per call, ${ROUNDS} alternating rounds of ${ROUND_MS} ms\n`);
console.log('function                     ours ms   loop ms   ratio   median      score');
let worst = 0;
for (const [name, { args, loop }] of cases) {
  const spec = FUNCTIONS[name];
  if (!spec) throw new Error(`benchmark case for unknown function ${name}`);
  const large = args(ROWS);
  const loopMetric = loop(...large);
  check(name, spec.invoke(...withOutput(spec, large, 'metric')), loopMetric);
  const timing = interleaved(() => spec.invoke(...large), () => loop(...large));
  worst = Math.max(worst, timing.ratio);
  ratioLine(name, timing, spec.invoke(...large));
  if (name === 'CASELOAD') {
    const excel = excelFunction(spec, FAKE_EXCEL);
    const excelArgs = spec.parameters.map((_, index) => large[index] ?? null);
    check(`${name} (Excel adapter)`, excel(...withOutput(spec, large, 'metric')), loopMetric);
    const adapterTiming = interleaved(() => excel(...excelArgs), () => loop(...large));
    worst = Math.max(worst, adapterTiming.ratio);
    ratioLine(`${name} (Excel adapter)`, adapterTiming, excel(...excelArgs));
  }
}
console.log(`\nhighest ratio: ${worst.toFixed(2)}× (aim: ≤ ${AIM_RATIO}×)`);

console.log('\nfunction                   growth ×2   calls/s (15 rows)');
for (const [name, { args }] of cases) {
  const spec = FUNCTIONS[name];
  const small = args(SMALL);
  const large = args(ROWS);
  const msLarge = best(() => spec.invoke(...large), 100, 2);
  const msSmall = best(() => spec.invoke(...small), 40);
  const double = args(2 * ROWS);
  const msDouble = best(() => spec.invoke(...double), 100, 2);
  const growth = msDouble / (2 * msLarge);
  console.log(`${name.padEnd(26)} ${growth.toFixed(2).padStart(9)} ${Math.round(1000 / msSmall).toLocaleString('en').padStart(19)}`);
}
if (mismatches > 0) {
  console.log(`\n!!!!! ${mismatches} MISMATCH(ES) between ours and the tight loops: see above !!!!!`);
  process.exitCode = 1;
}
