// npm run bench, import section: how long the pane's import takes in the core it runs (the same
// code the preview, Excel and Sheets panes use). Figures to compare between runs on one machine,
// not pass/fail; the best of a few rounds, so load from other processes weighs less. "cpu ms" is
// the processor time the process used (all its threads, garbage collection included): on a busy
// machine it is nearer what the step costs than the wall-clock time.
//   parse + analyse 100 000 rows: split the CSV, guess the header, read every cell, privacy scan
//   re-map after one mapping change: the same rows read again from the split CSV (no new parse)
//   100 KB / 1 MB cell: one long note near the top (reported at once as over the cell limit)
import { analyseImport, analyseSteps, decodeBytes, importDelimited, runToEnd, TABLES } from '../dist/core/ips-core.js';

const ROWS = 100_000;
const AIM_MS = 2000;
const table = TABLES.employerContacts;
const header =
  'Dato for kontakt;Jobbspesialist;Deltaker (ID);Bedrift/sted;Ansettelsesmyndighet;Kontaktform;Formål;Resultat';
const row = (i) =>
  `${String(1 + (i % 28)).padStart(2, '0')}.${String(1 + (i % 12)).padStart(2, '0')}.2025;JS${i % 12};P${String(i % 3000).padStart(4, '0')};Bedrift ${i % 500};${i % 3 ? 'ja' : 'nei'};${i % 4 ? 'ansikt til ansikt' : 'telefon'};jobbutvikling;Avtalt nytt møte ${i % 7} uker`;
const text = [header, ...Array.from({ length: ROWS }, (_, i) => row(i))].join('\r\n');
const longCell = (characters) =>
  `${header}\r\n01.02.2025;JS1;P0001;Bedrift;ja;telefon;jobbutvikling;"${'x'.repeat(characters)}"\r\n${row(1)}\r\n`;

function best(fn, rounds = 3) {
  let fastest = Infinity;
  let cpu = Infinity;
  let result;
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    const used = process.cpuUsage();
    result = fn();
    const spent = process.cpuUsage(used);
    fastest = Math.min(fastest, performance.now() - start);
    cpu = Math.min(cpu, (spent.user + spent.system) / 1000);
  }
  return { ms: fastest, cpu, result };
}
const figures = (measured, digits = 0) =>
  `${measured.ms.toFixed(digits).padStart(7)} ${measured.cpu.toFixed(digits).padStart(7)}`;

console.log(
  `\nImport (${(text.length / 1e6).toFixed(1)} MB of CSV, ${ROWS.toLocaleString('en')} rows of the employer-contact log)\n`,
);
console.log('step                                   ms  cpu ms   result');
const decoded = best(() => decodeBytes(new TextEncoder().encode(text)));
console.log(`${'decode 100k rows (UTF-8 bytes)'.padEnd(34)} ${figures(decoded)}   ${decoded.result.encoding}`);
const analysed = best(() => analyseImport(table, text, { language: 'nb' }));
const a = analysed.result;
console.log(
  `${'parse + analyse 100k rows'.padEnd(34)} ${figures(analysed)}   ${a.rows.length} rows, ${a.result.errors.length} errors, ${a.findings.length} findings (aim ≤ ${AIM_MS} ms)`,
);
const remapped = best(() => runToEnd(analyseSteps(table, a.csv, { language: 'nb', overrides: { Resultat: null } })));
console.log(
  `${'re-map after one mapping change'.padEnd(34)} ${figures(remapped)}   ${remapped.result.rows.length} rows`,
);
for (const [label, characters] of [
  ['100 KB cell near the top', 100_000],
  ['1 MB cell near the top', 1_000_000],
]) {
  const cell = best(() => importDelimited(table, longCell(characters), { language: 'en' }));
  console.log(`${label.padEnd(34)} ${figures(cell, 1)}   ${cell.result.errors[0]?.message ?? 'no error'}`);
}
