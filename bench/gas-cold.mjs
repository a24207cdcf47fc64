// npm run bench, Apps Script section: what an execution in Sheets pays before it answers. Every
// IPS_* call, every opening of the file, every menu item and every call from the sidebar is a
// fresh execution that evaluates all of dist/gas/Code.js; here a fresh node:vm context (V8, like
// Apps Script) evaluates it, against an empty script in a fresh context. The source gets a unique
// last line each round so V8's compilation cache cannot answer (Apps Script starts cold).
// Figures, not pass/fail: processor time (a process waiting for a core on a shared machine is not
// charged for the wait), the best of interleaved rounds (the least disturbed by other processes).
//
// First, as the aim was set (bench/budgets.mjs: evaluation ≤ 5× the empty script), rounds of the
// empty script and these, against it:
//   evaluate               create the context and run Code.js (what every execution pays)
//   + IPS_ITEM             and call one custom function that reads the scale's texts
//   + IPS_CASELOAD         and call one list function
// "Evaluation + the first IPS_* call" has no aim of its own: lower is better (about 19× before
// Code.js was held in parts; docs/architecture.md). Then, in milliseconds, every kind of execution
// (also + onOpen, the menu, and + ipsListSheets, a call from the sidebar) for each file given.
// (The empty script's time depends on what else each round runs, so ratios are only read in the
// first table.)
//
//   node bench/gas-cold.mjs [Code.js] [another/Code.js …]   the first is measured against the aim;
//   others (e.g. an older build) only in milliseconds beside it, in the same rounds.
import { readFileSync, statSync } from 'node:fs';
import vm from 'node:vm';
import { APPS_SCRIPT_CODE_AIM_KB, APPS_SCRIPT_EVALUATE_AIM_RATIO } from './budgets.mjs';

const FILES = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['dist/gas/Code.js'];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 25);

/** Just enough of Apps Script for the menu and for listing the sheets. */
function services() {
  const menu = { addItem: () => menu, addSeparator: () => menu, addToUi: () => undefined };
  const sheets = ['Skårskjema', 'Historikk'].map((name) => ({ getName: () => name }));
  return {
    SpreadsheetApp: {
      getUi: () => ({ createAddonMenu: () => menu }),
      getActiveSpreadsheet: () => ({ getSheets: () => sheets }),
    },
    Session: { getActiveUserLocale: () => 'nb_NO' },
    HtmlService: {},
    Utilities: {},
  };
}

let unique = 0;
function coldMs(source, call) {
  const code = `${source}\n// ${unique++}`;
  const start = process.cpuUsage();
  const context = vm.createContext({ console, ...services() });
  new vm.Script(code, { filename: 'Code.js' }).runInContext(context);
  if (call) vm.runInContext(call, context);
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

const CASELOAD = 'IPS_CASELOAD([[10],[12],[8],[15],[9]])';
const ITEM = 'IPS_ITEM(3, 4)';
const AIMED = [
  ['evaluate', undefined],
  ['+ IPS_ITEM(3; 4)', ITEM],
  ['+ IPS_CASELOAD(5 rows)', CASELOAD],
];
const EVERY = [
  ['evaluate', undefined],
  ['+ IPS_CASELOAD(5 rows)', CASELOAD],
  ['+ IPS_ITEM(3; 4)', ITEM],
  ['+ onOpen (the menu)', 'onOpen({ authMode: "LIMITED" })'],
  ['+ ipsListSheets (sidebar)', 'ipsListSheets()'],
];
const codes = FILES.map((file) => readFileSync(file, 'utf8'));

const aimed = { empty: Infinity };
for (let round = 0; round < ROUNDS; round++) {
  aimed.empty = Math.min(aimed.empty, coldMs(''));
  for (const [name, call] of AIMED) aimed[name] = Math.min(aimed[name] ?? Infinity, coldMs(codes[0], call));
}
const every = {};
for (let round = 0; round < ROUNDS; round++) {
  codes.forEach((code, index) => {
    for (const [name, call] of EVERY) {
      const key = `${index} ${name}`;
      every[key] = Math.min(every[key] ?? Infinity, coldMs(code, call));
    }
  });
}

const kb = statSync(FILES[0]).size / 1024;
console.log(`\nApps Script cold start (${FILES[0]}, fresh node:vm context per execution, best of ${ROUNDS})\n`);
console.log(
  `Code.js size   ${kb.toFixed(0).padStart(6)} KB   aim ≤ ${APPS_SCRIPT_CODE_AIM_KB} KB   ratio ${(kb / APPS_SCRIPT_CODE_AIM_KB).toFixed(2)}`,
);
console.log(`empty script   ${aimed.empty.toFixed(2).padStart(6)} ms`);
for (const [name] of AIMED) {
  const ratio = aimed[name] / aimed.empty;
  const aim =
    name === 'evaluate'
      ? `aim ≤ ${APPS_SCRIPT_EVALUATE_AIM_RATIO}×   ratio to aim ${(ratio / APPS_SCRIPT_EVALUATE_AIM_RATIO).toFixed(2)}`
      : '';
  console.log(
    `${name.padEnd(24)} ${aimed[name].toFixed(2).padStart(6)} ms  ${ratio.toFixed(1).padStart(5)}× empty   ${aim}`,
  );
}

console.log(`\nEvery kind of execution, ms${FILES.length > 1 ? ' (and × the first file)' : ''}\n`);
console.log(`${''.padEnd(28)}${FILES.map((file) => `${statSync(file).size >> 10} KB`.padStart(20)).join('')}`);
for (const [name] of EVERY) {
  const first = every[`0 ${name}`];
  const cells = FILES.map((_, index) => {
    const ms = every[`${index} ${name}`];
    return (index === 0 ? `${ms.toFixed(2)} ms` : `${ms.toFixed(2)} ms (${(ms / first).toFixed(1)}×)`).padStart(20);
  });
  console.log(`${name.padEnd(28)}${cells.join('')}`);
}
FILES.forEach((file, index) => console.log(`  ${index + 1}. ${file}`));
