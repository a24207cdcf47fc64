// Sizes of what users download: the Excel bundles, the Apps Script files and the core library,
// with the aims of issue 13 (bench/budgets.mjs) and the ratio to each aim (≤ 1.00 is there).
// Run after `npm run build` (npm run bench does). Figures to compare between runs, not a test;
// tests/build/size-budgets.test.ts holds the builds to the budgets.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { APPS_SCRIPT_CODE_AIM_KB, APPS_SCRIPT_SIDEBAR_AIM_KB, FUNCTIONS_JS_GZIP_AIM_KB } from './budgets.mjs';

// [file, what, aim in KB, whether the aim is for the gzip size or the bytes]
const FILES = [
  ['dist/functions.js', 'Excel custom functions (shared runtime)', FUNCTIONS_JS_GZIP_AIM_KB, 'gzip'],
  ['dist/scale-texts.js', "Excel: the scale's verbatim texts, loaded on first use", null],
  ['dist/taskpane.js', 'Excel task pane (reuses the core in functions.js)', 150, 'gzip'],
  ['dist/consensus.js', 'Excel pane: consensus view, loaded on first use', null],
  ['dist/report.js', 'Excel pane: report and history views, loaded on first use', null],
  ['dist/inputs.js', 'Excel pane: input tables and import, loaded on first use', null],
  ['dist/preview.js', 'Preview page (pane + in-memory workbook)', null],
  ['dist/functions.json', 'Generated custom-functions metadata', null],
  [
    'dist/gas/Code.js',
    'Apps Script: the parts as text (server parts, scale texts packed) + IPS_*',
    APPS_SCRIPT_CODE_AIM_KB,
    'bytes',
  ],
  [
    'dist/gas/Sidebar.html',
    'Apps Script sidebar (inlined UI), once per sidebar opened',
    APPS_SCRIPT_SIDEBAR_AIM_KB,
    'bytes',
  ],
  ['dist/core/ips-core.js', 'Core library for Node (unminified)', null],
];

console.log('\nSizes (KB = 1024 bytes)\n');
console.log('file                         bytes      gzip  aim (KB)        ratio  what');
for (const [file, what, aimKb, measure] of FILES) {
  if (!existsSync(file)) {
    console.log(`${file.padEnd(24)} missing: run npm run build`);
    continue;
  }
  const bytes = readFileSync(file);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const measured = measure === 'gzip' ? gzip : bytes.length;
  const aim = aimKb ? `${aimKb} ${measure}` : '';
  const ratio = aimKb ? (measured / 1024 / aimKb).toFixed(2) : '';
  console.log(
    `${file.padEnd(24)} ${String(bytes.length).padStart(9)} ${String(gzip).padStart(9)}  ${aim.padEnd(13)} ${ratio.padStart(5)}  ${what}`,
  );
}
