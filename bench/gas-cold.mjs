// npm run bench, Apps Script section: what an execution in Sheets pays before it answers. Every
// IPS_* call, every opening of the file, every menu item and every call from the sidebar is a
// fresh execution that evaluates all of dist/gas/Code.js; here a fresh node:vm context (V8, like
// Apps Script) evaluates it, against an empty script in a fresh context. The source gets a unique
// last line each round so V8's compilation cache cannot answer (Apps Script starts cold).
// Figures, not pass/fail: processor time (a process waiting for a core on a shared machine is not
// charged for the wait), the best of interleaved rounds (the least disturbed by other processes).
//   evaluate               create the context and run Code.js (what every execution pays)
//   + IPS_CASELOAD         and call one custom function (the functions part of Code.js)
//   + IPS_ITEM             and call one that reads the scale's texts (unpacked on first use)
//   + onOpen               and build the menu (each opening of the file)
//   + ipsListSheets        and answer one call from the sidebar (the server part, unpacked)
// The aim (bench/budgets.mjs): evaluation ≤ 5× the empty script. Evaluation + the first IPS_*
// call has no aim of its own: lower is better (19× before the parts; see docs/architecture.md).
//
//   node bench/gas-cold.mjs [Code.js] [another/Code.js …]   the first is measured against the
//   aims; others (e.g. an older build) are measured in the same rounds, for comparison.
import { readFileSync, statSync } from 'node:fs';
import vm from 'node:vm';
import { APPS_SCRIPT_CODE_AIM_KB, APPS_SCRIPT_EVALUATE_AIM_RATIO } from './budgets.mjs';

const FILES = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['dist/gas/Code.js'];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);

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

const CASES = [
  ['evaluate', undefined],
  ['+ IPS_CASELOAD(5 rows)', 'IPS_CASELOAD([[10],[12],[8],[15],[9]])'],
  ['+ IPS_ITEM(3; 4)', 'IPS_ITEM(3, 4)'],
  ['+ onOpen (the menu)', 'onOpen({ authMode: "LIMITED" })'],
  ['+ ipsListSheets (sidebar)', 'ipsListSheets()'],
];
const codes = FILES.map((file) => readFileSync(file, 'utf8'));
const best = { empty: Infinity };
for (let round = 0; round < ROUNDS; round++) {
  best.empty = Math.min(best.empty, coldMs(''));
  codes.forEach((code, index) => {
    for (const [name, call] of CASES) {
      const key = `${index} ${name}`;
      best[key] = Math.min(best[key] ?? Infinity, coldMs(code, call));
    }
  });
}

const aim = (ratio, limit) => `aim ≤ ${limit}×   ratio to aim ${(ratio / limit).toFixed(2)}`;
console.log(`\nApps Script cold start (fresh node:vm context per execution, best of ${ROUNDS})\n`);
console.log(`empty script   ${best.empty.toFixed(2).padStart(6)} ms`);
FILES.forEach((file, index) => {
  const kb = statSync(file).size / 1024;
  const sizeAim =
    index === 0 ? `   aim ≤ ${APPS_SCRIPT_CODE_AIM_KB} KB   ratio ${(kb / APPS_SCRIPT_CODE_AIM_KB).toFixed(2)}` : '';
  console.log(`\n${file}: ${kb.toFixed(0)} KB${sizeAim}`);
  for (const [name] of CASES) {
    const ms = best[`${index} ${name}`];
    const ratio = ms / best.empty;
    const limit = index === 0 && name === 'evaluate' ? aim(ratio, APPS_SCRIPT_EVALUATE_AIM_RATIO) : '';
    console.log(
      `  ${name.padEnd(28)} ${ms.toFixed(2).padStart(6)} ms  ${ratio.toFixed(1).padStart(5)}× empty   ${limit}`,
    );
  }
});
