// npm run bench, Apps Script section: what every IPS_* call in Sheets pays before it starts. Each
// call is a fresh execution that evaluates all of dist/gas/Code.js; here a fresh node:vm context
// (V8, like Apps Script) evaluates it, against an empty script in a fresh context. The source gets
// a unique last line each round so V8's compilation cache cannot answer (Apps Script starts cold).
// Figures, not pass/fail: processor time (a process waiting for a core on a shared machine is not
// charged for the wait), the best of interleaved rounds (the least disturbed by other processes).
//   evaluate        create the context and run Code.js (what every execution pays)
//   + IPS_ITEM      and call one custom function that reads the scale's texts
//   + IPS_CASELOAD  and call one list function
import { readFileSync, statSync } from 'node:fs';
import vm from 'node:vm';

// Another build's Code.js can be given to compare: node bench/gas-cold.mjs path/to/Code.js
const CODE = process.argv[2] ?? 'dist/gas/Code.js';
const AIM_RATIO = 5;
const AIM_KB = 250;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 25);

let unique = 0;
function coldMs(source, call) {
  const code = `${source}\n// ${unique++}`;
  const start = process.cpuUsage();
  const context = vm.createContext({ console });
  new vm.Script(code, { filename: 'Code.js' }).runInContext(context);
  if (call) vm.runInContext(call, context);
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

const code = readFileSync(CODE, 'utf8');
const cases = [
  ['evaluate', undefined],
  ['+ IPS_ITEM(3; 4)', 'IPS_ITEM(3, 4)'],
  ['+ IPS_CASELOAD(5 rows)', 'IPS_CASELOAD([[10],[12],[8],[15],[9]])'],
];
const best = { empty: Infinity };
for (let round = 0; round < ROUNDS; round++) {
  best.empty = Math.min(best.empty, coldMs(''));
  for (const [name, call] of cases) best[name] = Math.min(best[name] ?? Infinity, coldMs(code, call));
}

const kb = statSync(CODE).size / 1024;
console.log(`\nApps Script cold start (${CODE}, fresh node:vm context per execution, best of ${ROUNDS})\n`);
console.log(`Code.js size   ${kb.toFixed(0).padStart(6)} KB   aim ≤ ${AIM_KB} KB   ratio ${(kb / AIM_KB).toFixed(2)}`);
console.log(`empty script   ${best.empty.toFixed(2).padStart(6)} ms`);
for (const [name] of cases) {
  const ratio = best[name] / best.empty;
  const aim = name === 'evaluate' ? `aim ≤ ${AIM_RATIO}×   ratio to aim ${(ratio / AIM_RATIO).toFixed(2)}` : '';
  console.log(
    `${name.padEnd(24)} ${best[name].toFixed(2).padStart(6)} ms  ${ratio.toFixed(1).padStart(5)}× empty   ${aim}`,
  );
}
