// npm run bench: speed of every list-based spreadsheet function, through the same FUNCTIONS
// table the hosts call. Prints time per call for 100 000 input rows (the mean over a time budget,
// best of a few rounds, so load from other processes on the machine weighs less); "growth ×2",
// the time per row at 200 000 rows over the time per row at 100 000 (1.00 = linear; below 1 where
// the longer list repeats its labels more; well above 1 would mean worse than linear; smaller
// lists are not compared as they fit in the processor's caches); and calls per second for a
// typical review-sized input (15 rows). Figures, not pass/fail: compare runs on one machine.
import { FUNCTIONS } from '../dist/core/ips-core.js';

const ROWS = 100_000;
const SMALL = 15;
const column = (n, f) => Array.from({ length: n }, (_, i) => [f(i)]);
const jobTitles = ['Butikkmedarbeider', 'Kokk', ' kokk', 'Renholder', 'Lagerarbeider', 'Sjåfør', 'Barnehageassistent', 'Kontormedarbeider', 'Servitør', 'Snekker'];
const day0 = 45_000; // an Excel serial date in 2023

/** Argument lists per function for n rows (one row per specialist, job, contact or participant). */
const CASES = {
  CASELOAD: (n) => [column(n, (i) => 10 + (i % 25)), column(n, (i) => [0.5, 0.8, 1][i % 3])],
  VOCATIONAL_TIME: (n) => [column(n, (i) => 80 + (i % 21))],
  ALL_PHASES: (n) => [Array.from({ length: n }, (_, i) => [true, true, true, i % 4 !== 0, true, i % 7 !== 0])],
  TEAM_INTEGRATION: (n) => [column(n, (i) => 1 + (i % 2)), column(n, (i) => 15 + (i % 5)), column(n, () => 20)],
  DAYS_TO_EMPLOYER_CONTACT: (n) => [
    column(n, (i) => `JS${i % 12}`),
    column(n, (i) => day0 + (i % 300)),
    column(n, (i) => day0 + (i % 300) + 3 + (i % 40)),
  ],
  INDIVIDUALIZED_SEARCH: (n) => [column(n, (i) => (i % 10 === 0 ? 'nei' : 'ja'))],
  EMPLOYER_CONTACTS: (n) => [column(n, (i) => 30 + (i % 30)), column(n, () => 8)],
  JOB_DIVERSITY: (n) => [column(n, (i) => `${jobTitles[i % jobTitles.length]} ${i % 5000}`)],
  EMPLOYER_DIVERSITY: (n) => [column(n, (i) => `Arbeidsgiver ${i % 20000}`)],
  COMPETITIVE_JOBS: (n) => [column(n, (i) => i % 20 !== 0)],
  COMMUNITY_TIME: (n) => [column(n, (i) => 50 + (i % 40))],
};

/** Mean time per call over a time budget. */
function measure(fn, budgetMs) {
  fn(); // warm up
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < budgetMs || calls < 3) {
    fn();
    calls++;
    elapsed = performance.now() - start;
  }
  return elapsed / calls;
}

/** The best of `rounds` measurements: a round slowed by another process does not count. */
function best(fn, budgetMs, rounds = 4) {
  let result = Infinity;
  for (let round = 0; round < rounds; round++) result = Math.min(result, measure(fn, budgetMs));
  return result;
}

const AIM_MS = 10;
console.log(`IPS Fidelity benchmark — Node ${process.version}, ${ROWS.toLocaleString('en')} rows per large call\n`);
console.log('function                   ms/100k rows   ns/row    growth ×2   calls/s (15 rows)   result');
let worst = 0;
for (const [name, makeArgs] of Object.entries(CASES)) {
  const spec = FUNCTIONS[name];
  if (!spec) throw new Error(`benchmark case for unknown function ${name}`);
  const large = makeArgs(ROWS);
  const small = makeArgs(SMALL);
  const result = spec.invoke(...large);
  const msLarge = best(() => spec.invoke(...large), 150);
  const msSmall = best(() => spec.invoke(...small), 50);
  const double = makeArgs(2 * ROWS); // made after the main figure, so its memory does not slow that
  const msDouble = best(() => spec.invoke(...double), 150, 2);
  worst = Math.max(worst, msLarge);
  const growth = msDouble / (2 * msLarge);
  console.log(
    `${name.padEnd(26)} ${msLarge.toFixed(2).padStart(12)} ${((msLarge * 1e6) / ROWS).toFixed(0).padStart(8)} ${growth.toFixed(2).padStart(12)} ${Math.round(1000 / msSmall).toLocaleString('en').padStart(19)}   ${result}`,
  );
}
console.log(`\nslowest: ${worst.toFixed(2)} ms per 100 000 rows (aim: ≤ ${AIM_MS} ms)`);
