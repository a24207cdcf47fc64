// Sizes of what users download: the Excel bundles, the Apps Script files and the core library.
// Run after `npm run build` (npm run bench does). Figures to compare between runs, not a test.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const FILES = [
  ['dist/functions.js', 'Excel custom functions (shared runtime)', 40],
  ['dist/taskpane.js', 'Excel task pane (reuses the core in functions.js)', 150],
  ['dist/consensus.js', 'Excel pane: consensus view, loaded on first use', null],
  ['dist/report.js', 'Excel pane: report and history views, loaded on first use', null],
  ['dist/inputs.js', 'Excel pane: input tables and import, loaded on first use', null],
  ['dist/preview.js', 'Preview page (pane + in-memory workbook)', null],
  ['dist/functions.json', 'Generated custom-functions metadata', null],
  ['dist/gas/Code.js', 'Apps Script: core + server + IPS_* functions (unminified)', null],
  ['dist/gas/Sidebar.html', 'Apps Script sidebar (inlined UI)', null],
  ['dist/core/ips-core.js', 'Core library for Node (unminified)', null],
];

console.log('file                        bytes      gzip  aim (KB)  what');
for (const [file, what, aimKb] of FILES) {
  if (!existsSync(file)) {
    console.log(`${file.padEnd(24)} missing: run npm run build`);
    continue;
  }
  const bytes = readFileSync(file);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  console.log(
    `${file.padEnd(24)} ${String(bytes.length).padStart(9)} ${String(gzip).padStart(9)} ${String(aimKb ?? '').padStart(9)}  ${what}`,
  );
}
