// npm run bench: speed of every list-based spreadsheet function, through the same FUNCTIONS
// table the hosts call, against a tight hand-written loop over the same rows (bench/loops.mjs).
// Each function is measured in a process of its own (so what V8 learned from one function does
// not slow or speed another), after a call with a short list (so both, ours and the loop, have
// run to their end once, as in a workbook).
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
import { execFileSync } from 'node:child_process';
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

const ADAPTER = fileURLToPath(new URL('../dist/bench/excel-adapter.mjs', import.meta.url));

/** Bundles the Excel adapter from source for Node (it is not part of dist/core). */
async function buildExcelAdapter() {
  await build({
    entryPoints: [fileURLToPath(new URL('../src/excel/custom-functions.ts', import.meta.url))],
    outfile: ADAPTER,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2020',
    logLevel: 'warning',
  });
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

/** Ours against the loop: the same metric, or a mismatch to report. */
function mismatch(label, ours, loop) {
  const shown = (value) => (typeof value === 'string' && value.length > 80 ? `${value.slice(0, 80)}…` : value);
  return ours === loop ? [] : [`${label}: ours gives ${shown(ours)}, the tight loop ${shown(loop)}`];
}

/** The result in the table's last column: a table as its size, a fraction to three decimals. */
function shownScore(result) {
  if (Array.isArray(result)) return `${result.length}×${result[0]?.length ?? 0}`;
  return typeof result === 'number' && !Number.isInteger(result) ? result.toFixed(3) : result;
}

/** One function, measured in this process (`node bench/run.mjs --case NAME`): one JSON line per row of the table. */
async function measureCase(name) {
  const { args, loop } = CASES[name];
  const spec = FUNCTIONS[name];
  if (!spec) throw new Error(`benchmark case for unknown function ${name}`);
  const ours = CASES[name].ours ?? ((spec, list) => spec.invoke(...withOutput(spec, list, 'metric')));
  const key = CASES[name].key ?? ((value) => value);
  const small = args(SMALL);
  const large = args(ROWS);
  const mismatches = [
    ...mismatch(`${name} (${SMALL} rows)`, key(ours(spec, small)), key(loop(...small))),
    ...mismatch(name, key(ours(spec, large)), key(loop(...large))),
  ];
  const rows = [
    {
      label: name,
      ...interleaved(
        () => spec.invoke(...large),
        () => loop(...large),
      ),
      score: shownScore(spec.invoke(...large)),
      mismatches,
    },
  ];
  if (name === 'CASELOAD') {
    const { excelFunction } = await import(pathToFileURL(ADAPTER).href);
    const excel = excelFunction(spec, FAKE_EXCEL);
    const excelArgs = (list) => spec.parameters.map((_, index) => list[index] ?? null);
    excel(...excelArgs(small));
    const adapterMismatches = mismatch(
      `${name} (Excel adapter)`,
      excel(...withOutput(spec, large, 'metric')),
      loop(...large),
    );
    rows.push({
      label: `${name} (Excel adapter)`,
      ...interleaved(
        () => excel(...excelArgs(large)),
        () => loop(...large),
      ),
      score: excel(...excelArgs(large)),
      mismatches: adapterMismatches,
    });
  }
  // Growth: time per row at 200 000 rows over time per row at 100 000; calls per second at 15 rows.
  const msLarge = best(() => spec.invoke(...large), 100, 2);
  const msSmall = best(() => spec.invoke(...small), 40);
  const double = args(2 * ROWS);
  const msDouble = best(() => spec.invoke(...double), 100, 2);
  rows[0].growth = msDouble / (2 * msLarge);
  rows[0].callsPerSecond = 1000 / msSmall;
  for (const row of rows) console.log(JSON.stringify(row));
}

function ratioLine({ label, oursMs, loopMs, ratio, medianRatio, score }) {
  const flag = ratio > AIM_RATIO ? '  > aim' : '';
  console.log(
    `${label.padEnd(27)} ${oursMs.toFixed(2).padStart(9)} ${loopMs.toFixed(2).padStart(9)} ${ratio.toFixed(2).padStart(7)}× ${medianRatio.toFixed(2).padStart(9)}×   ${String(score).padEnd(6)}${flag}`,
  );
}

if (process.argv[2] === '--case') {
  await measureCase(process.argv[3]);
} else {
  /** `node bench/run.mjs CASELOAD JOB_DIVERSITY`: only those functions (all when none are named). */
  const only = process.argv.slice(2);
  const names = Object.keys(CASES).filter((name) => only.length === 0 || only.includes(name));
  await buildExcelAdapter();
  console.log(
    `IPS Fidelity benchmark — Node ${process.version}, ${ROWS.toLocaleString('en')} rows per call, ${ROUNDS} alternating rounds of ${ROUND_MS} ms\n`,
  );
  console.log('function                     ours ms   loop ms   ratio   median      score');
  const rows = [];
  for (const name of names) {
    const output = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--case', name], {
      encoding: 'utf8',
    });
    for (const line of output.trim().split('\n')) {
      const row = JSON.parse(line);
      rows.push(row);
      for (const problem of row.mismatches)
        console.log(`\n!!!!! MISMATCH ${problem} — the ratio below compares different computations !!!!!\n`);
      ratioLine(row);
    }
  }
  console.log(`\nhighest ratio: ${Math.max(...rows.map((row) => row.ratio)).toFixed(2)}× (aim: ≤ ${AIM_RATIO}×)`);
  console.log('\nfunction                   growth ×2   calls/s (15 rows)');
  for (const row of rows.filter((row) => row.growth !== undefined)) {
    console.log(
      `${row.label.padEnd(26)} ${row.growth.toFixed(2).padStart(9)} ${Math.round(row.callsPerSecond).toLocaleString('en').padStart(19)}`,
    );
  }
  const mismatches = rows.flatMap((row) => row.mismatches);
  if (mismatches.length > 0) {
    console.log(`\n!!!!! ${mismatches.length} MISMATCH(ES) between ours and the tight loops: see above !!!!!`);
    process.exitCode = 1;
  }
}
