/**
 * End to end: the input-tables view in Debian's chromium, driven by playwright-core, over the
 * preview's in-memory workbook, which computes the wired score cells (IPS.* over the tables) with
 * the formula engine.
 *
 * First the view mounted in a small page of its own (bundled with esbuild) over a MemoryWorkbook:
 * the view on the left, the grid on the right. The workbook starts with a review's score sheet
 * (14 judgement items scored 4, the 11 computable items blank) and every input table filled
 * except the job list.
 *
 * The path: connect the score sheet to the tables (the job items cannot compute yet and the total
 * says what is missing), insert the job table, paste a job export with a name and an impossible
 * date, see the row listed and the name caught, replace names by IDs, write — the job scores and
 * the total appear in the pane and the grid. Then replace the rows with a worse list: the pane asks
 * before overwriting, and the score and total drop.
 *
 * Then the real preview page, through the pane: open the sample review, leave the job items to the
 * tables, connect the sheet, insert the job table and import rows into it — the wired job scores
 * and the total change in the pane and the grid. Saving the review from the pane afterwards keeps
 * the formulas (no question), also after opening the wired sheet again.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isFlaggedValue, pseudonymizeImported } from '../../src/core/inputs/anonymity';
import { importDelimited } from '../../src/core/inputs/import';
import { INPUT_TABLES, JOBS_TABLE, STAFF_TABLE, rowsBlock, tableSheetPlan } from '../../src/core/inputs/tables';
import { wiredItemIds, type TableData } from '../../src/core/inputs/wiring';
import { expectedItem } from '../shared/expected-items';
import { SAMPLE_SCORES } from '../../src/core/review/sample';
import { DEFAULT_SCALE } from '../../src/core/scale/registry';
import { cellAddress } from '../../src/core/workbook/plan';
import { COLUMNS, scoreSheetLayout } from '../../src/core/sheets/score-sheet';
import { levelName } from '../../src/core/totals';
import { fullTables } from '../core/inputs/full-tables';
import { bundle, ROOT, serveStatic, type PreviewBuild, type StaticServer } from './build-preview';
import { closePreviewInBrowser, collectPageErrors, openPreviewInBrowser } from '../support/preview-browser';

const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const SHEET = 'IPS Team Nord 2025-03-01';
const JUDGEMENT = 4;
const WIRED = wiredItemIds();
const JOB_ITEMS = ['services.job_diversity', 'services.employer_diversity', 'services.competitive_jobs'];
/** The sample review's score sheet on the preview page. */
const SAMPLE_SHEET = 'Fiktiv IPS-teamet 2025-06-07';

/** The page: the view mounted with a ViewContext of its own, over a MemoryWorkbook seeded with the tables. */
const PAGE_ENTRY = `
import { MemoryWorkbook } from './src/preview/memory-workbook';
import { fullTables } from './tests/core/inputs/full-tables';
import { INPUT_TABLES, rowsBlock, tableSheetPlan } from './src/core/inputs/tables';
import { newReview } from './src/core/review/model';
import { DEFAULT_SCALE } from './src/core/scale/registry';
import { scoreSheetPlan } from './src/core/sheets/score-sheet';
import { wiredItemIds } from './src/core/inputs/wiring';
import { GRID_STYLES, mountGrid } from './src/preview/grid';
import { injectStyles } from './src/ui/styles';
import { strings } from './src/ui/strings';
import { initialState } from './src/ui/state';
import { connectInputs, inputsView } from './src/ui/views/inputs';

const SHEET = ${JSON.stringify(SHEET)};
const workbook = new MemoryWorkbook();
const review = newReview({ id: 'e2e', service: 'Fiktiv Organisasjon', team: 'Team Nord', date: '2025-03-01', raters: [{ id: 'r1', name: 'Kari' }, { id: 'r2', name: 'Ola' }] });
const wired = new Set(wiredItemIds());
for (const item of DEFAULT_SCALE.items) if (!wired.has(item.id)) review.items[item.id].consensus = ${JUDGEMENT};
const data = fullTables();
workbook.seed([
  scoreSheetPlan(review, { sheet: SHEET, language: 'nb' }),
  ...INPUT_TABLES.filter((table) => table.id !== 'jobs').map((table) => {
    const plan = tableSheetPlan(table, 'nb');
    const rows = (data[table.id] || []).map((values) => ({ values }));
    return { ...plan, blocks: [...plan.blocks, rowsBlock(table, rows, 'nb', { dates: 'serial' })] };
  }),
]);
workbook.show(SHEET);

const style = document.createElement('style');
style.textContent = GRID_STYLES;
document.head.appendChild(style);
injectStyles(document);
const pane = document.getElementById('pane');
pane.classList.add('ipsf');
mountGrid(document.getElementById('grid'), workbook);

const prefix = 'e2e';
connectInputs(prefix, { workbook });
const state = { ...initialState({ language: 'nb', today: '2025-03-01' }), screen: 'review', review, sheet: SHEET };
const s = strings('nb');
const noop = async () => {};
const ctx = {
  state, stateNow: () => state, s, prefix, host: workbook.host,
  dispatch: () => {},
  commands: { createReview() {}, openSheet: noop, refreshSheets: noop, save: noop, backToStart: noop, useScore() {}, calculate() {}, focusKey() {} },
};
const main = document.createElement('main');
main.className = 'ipsf-main';
pane.appendChild(main);
main.appendChild(inputsView(ctx));
window.ipsInputs = { workbook };
document.documentElement.dataset.ready = 'true';
`;

const PAGE_HTML = `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>IPS Fidelity – input tables</title><link rel="icon" href="data:,">
<style>html,body{height:100%;margin:0}body{display:flex;font:14px/20px "Segoe UI",Arial,sans-serif}
#pane{flex:0 0 420px;overflow-y:auto;border-right:1px solid #D1D1D1}#grid{flex:1;min-width:0}</style>
<script defer src="inputs.js"></script></head>
<body><aside id="pane" aria-label="IPS Fidelity pane"></aside><section id="grid" aria-label="Workbook"></section></body></html>`;

/** A job export: 12 jobs; line 2 names a person, line 5 has an impossible date. */
const JOBS_CSV = [
  'Deltaker;Jobbspesialist;Startdato;Sluttdato;Stilling;Arbeidsgiver;Ordinær jobb',
  'Kari Nordmann;AB;01.02.2025;;Kokk;Kafé Sentrum;ja',
  'P102;AB;15.01.2025;;Butikkmedarbeider;Rema 1000;ja',
  'P103;CD;10.01.2025;;Sjåfør;Posten;ja',
  'P104;CD;31.02.2025;;Lagerarbeider;Posten;ja',
  'P105;EF;05.12.2024;;Renholder;Renhold AS;ja',
  'P106;EF;20.11.2024;;Barnehageassistent;Kommunen;ja',
  'P107;AB;02.10.2024;;Frisør;Salong 1;nei',
  'P108;CD;11.09.2024;;Snekker;Byggmester;ja',
  'P109;EF;01.02.2025;;Kokk;Hotellet;ja',
  'P110;AB;03.02.2025;;Resepsjonist;Hotellet;ja',
  'P111;CD;04.02.2025;;Sjåfør;Taxi Nord;ja',
  'P112;EF;05.02.2025;;Kokk;Kantina;ja',
  'P113;AB;06.02.2025;;Butikkmedarbeider;Kiwi;ja',
].join('\n');

/** The same jobs, but most not competitive and all at one employer: a worse list. */
const WORSE_CSV = JOBS_CSV.replace(/;ja$/gm, ';nei')
  .replace(/Kari Nordmann/, 'P101')
  .replace(/31\.02\.2025/, '28.02.2025')
  .replace(/;[^;]+;(ja|nei)$/gm, ';Vernet bedrift;$1');

/** Three employment specialists (the ones of the job lists). */
const STAFF_CSV = [
  'Jobbspesialist;Rolle;Stillingsandel',
  'AB;jobbspesialist;1',
  'CD;jobbspesialist;1',
  'EF;jobbspesialist;0,8',
].join('\n');

/** What the preview's sheet should compute with only the staff and job tables filled. */
function expectedPreview(staffCsv: string, jobsCsv: string): { scores: Record<string, number> } {
  const staff = importDelimited(STAFF_TABLE, staffCsv, { language: 'nb' }).rows;
  const jobs = importDelimited(JOBS_TABLE, jobsCsv, { language: 'nb' }).rows;
  const scores: Record<string, number> = {};
  for (const itemId of JOB_ITEMS) {
    const { outcome } = expectedItem(itemId, { staff, jobs } as TableData, 'nb');
    if (!outcome.ok) throw new Error(`${itemId}: ${outcome.message}`);
    scores[itemId] = outcome.value as number;
  }
  return { scores };
}

let dir: string;
/** The view's own page (PAGE_ENTRY), served from dir. */
let server: StaticServer;
/** The preview page (the pane with its grid), built and served by openPreviewInBrowser. */
let preview: PreviewBuild;
let previewServer: StaticServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

const key = (name: string) => `[data-key="${name}"]`;
const cell = (address: string) => `#grid td[data-address="${address}"]`;

async function text(selector: string): Promise<string> {
  return ((await page.textContent(selector)) ?? '').trim();
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

async function computed(itemId: string): Promise<string> {
  return text(`[data-role="computed-score"][data-item="${itemId}"]`);
}

/** What the sheet should compute for a job list: expectedItem over the same rows (names as IDs). */
function expected(csv: string): { scores: Record<string, number>; total: number } {
  const imported = importDelimited(JOBS_TABLE, csv, { language: 'nb' });
  // «Erstatt med ID-er» replaces only the flagged values (the name), not the service's own codes.
  const rows = pseudonymizeImported(imported.rows, 'participant', { prefix: 'P', only: isFlaggedValue }).rows;
  const data: TableData = { ...fullTables(), jobs: rows };
  const scores: Record<string, number> = {};
  for (const itemId of WIRED) {
    const { outcome } = expectedItem(itemId, data, 'nb');
    if (!outcome.ok) throw new Error(`${itemId}: ${outcome.message}`);
    scores[itemId] = outcome.value as number;
  }
  const total =
    JUDGEMENT * (DEFAULT_SCALE.items.length - WIRED.length) +
    Object.values(scores).reduce((sum, value) => sum + value, 0);
  return { scores, total };
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  dir = mkdtempSync(path.join(tmpdir(), 'ips-inputs-'));
  const { code } = await bundle({ contents: PAGE_ENTRY, resolveDir: ROOT }, path.join(dir, 'inputs.js'));
  writeFileSync(path.join(dir, 'inputs.js'), code);
  writeFileSync(path.join(dir, 'inputs.html'), PAGE_HTML);
  server = await serveStatic(dir);
  ({ build: preview, server: previewServer, browser } = await openPreviewInBrowser());
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'nb-NO' });
  collectPageErrors(page, pageErrors);
  await page.goto(`${server.url}/inputs.html`);
  await page.waitForSelector('html[data-ready="true"]');
}, 120_000);

afterAll(async () => {
  await closePreviewInBrowser({ build: preview, server: previewServer, browser });
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('input tables in the pane', () => {
  it('lists the tables with what they feed and whether they are in the workbook', async () => {
    await page.waitForSelector('[data-role="input-table"][data-table="jobs"] [data-status="missing"]');
    expect(await text('[data-role="input-table"][data-table="staff"] [data-role="table-status"]')).toBe(
      'Finnes i arbeidsboken',
    );
    expect(await text('[data-role="input-table"][data-table="jobs"] [data-role="table-status"]')).toBe('Ikke satt inn');
    expect(await text('[data-role="input-table"][data-table="jobs"]')).toContain('Gir data til:');
    expect(await text('[data-role="input-table"][data-table="jobs"]')).toContain('Tjenester 8');
    // Not wired yet: the score sheet's total says what is missing.
    expect(await text(cell('C6'))).toBe('Mangler 11 av 25');
    await shot('inputs-01-tables');
  });

  it('connects the score sheet without the job table: every item computes but the job items, which say what is missing', async () => {
    await page.click(key('wire-score-sheet'));
    // The job table is missing: the pane asks first, naming it per item.
    await page.waitForSelector('[data-role="dialog"]');
    expect(await text('[data-role="dialog-lines"]')).toContain('mangler Jobber');
    await page.click('[data-role="dialog-alternative"]');
    await page.waitForSelector('[data-role="computed"]');
    expect(await text('[data-role="inputs-message"]')).toContain('er koblet til tabellene');
    expect(await text('[data-role="inputs-message"]')).toContain('Mangler data til tabellene settes inn: Jobber');
    const { scores } = expected(JOBS_CSV);
    expect(await computed('staffing.caseload_size')).toBe(String(scores['staffing.caseload_size']));
    expect(await computed('services.employer_contacts')).toBe(String(scores['services.employer_contacts']));
    for (const itemId of JOB_ITEMS) {
      expect(await computed(itemId), itemId).toBe('#N/A'); // no job sheet yet: never #REF!
      expect(await text(`[data-role="computed-reason"][data-item="${itemId}"]`)).toBe('Mangler data: Jobber');
    }
    expect(await text('[data-role="computed-total"]')).toBe('Mangler 3 av 25');
    expect(await text(cell('C6'))).toBe('Mangler 3 av 25');
    expect(await page.getAttribute(cell('K12'), 'data-formula')).toBe('true');
  });

  it('inserts the job table', async () => {
    await page.click(key('insert-jobs'));
    await page.waitForSelector('[data-role="input-table"][data-table="jobs"] [data-status="present"]');
    expect(await text('[data-role="inputs-message"]')).toContain('Satt inn «Jobber»');
    // Linked again to the table, which is empty: still «Mangler data».
    await page.waitForSelector('[data-role="computed-reason"][data-item="services.job_diversity"]');
    expect(await text('[data-role="computed-reason"][data-item="services.job_diversity"]')).toBe(
      'Mangler data: Jobber',
    );
    expect(await page.getAttribute(cell('K12'), 'data-formula')).toBe('true');
    await page.click(key('refresh-computed'));
    await page.waitForFunction(
      () =>
        document.querySelector('[data-role="computed-score"][data-item="services.job_diversity"]')?.textContent ===
        '#N/A',
    );
  });

  it('reads a pasted export: table guessed, bad row listed, the name caught before anything is written', async () => {
    await page.fill(key('inputs-paste'), JOBS_CSV);
    await page.click(key('inputs-read'));
    await page.waitForSelector('[data-role="import"]');
    expect(await page.$eval(key('import-table'), (select) => (select as HTMLSelectElement).value)).toBe('jobs');
    expect(await text('[data-role="readable"]')).toBe('12 rader kan leses inn i «Jobber».');
    const errors = await page.$$eval('[data-role="import-error"]', (items) =>
      items.map((item) => [(item as HTMLElement).dataset['line'], item.textContent]),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]![0]).toBe('5');
    expect(errors[0]![1]).toMatch(/^Linje 5, Startdato \(«31\.02\.2025»\): ventet en dato/);
    // The name in the participant column blocks the write until it is replaced.
    expect(await page.getAttribute('[data-role="finding"]', 'data-column')).toBe('participant');
    expect(await page.isDisabled(key('import-write'))).toBe(true);
    expect(await text('[data-role="import-blocked"]')).toContain('navn');
    await shot('inputs-02-import-review');
    await page.click(key('pseudonymize-participant'));
    await page.waitForSelector('[data-role="anonymity-ok"]');
    expect(await text('[data-role="pseudonymized"]')).toContain('byttet ut med ID-er');
    expect(await page.isDisabled(key('import-write'))).toBe(false);
    expect(await text(key('import-write'))).toBe('Skriv 12 rader til «Jobber»');
  });

  it('writes the rows: the job scores and the total appear in the pane and the grid', async () => {
    const { scores, total } = expected(JOBS_CSV);
    await page.click(key('import-write'));
    await page.waitForSelector('[data-role="computed-total"]');
    await page.waitForFunction(
      (want) => document.querySelector('[data-role="computed-total"]')?.textContent === want,
      String(total),
    );
    expect(await text('[data-role="inputs-message"] p')).toBe('Skrev 12 rader til «Jobber».');
    for (const itemId of JOB_ITEMS) expect(await computed(itemId), itemId).toBe(String(scores[itemId]));
    expect(await text(cell('C6'))).toBe(String(total));
    expect(await text(cell('D6'))).toBe(levelName(total, 'nb'));
    // No name reached the workbook.
    const names = await page.evaluate(() => {
      const workbook = (
        window as unknown as { ipsInputs: { workbook: { sheet(name: string): { cells: unknown[][] } | undefined } } }
      ).ipsInputs.workbook;
      return JSON.stringify(workbook.sheet('Jobber')!.cells).includes('Kari Nordmann');
    });
    expect(names).toBe(false);
    await shot('inputs-03-written');
  });

  it('replacing the rows asks before overwriting; the worse list lowers the score and the total', async () => {
    const before = expected(JOBS_CSV);
    const after = expected(WORSE_CSV);
    expect(after.scores['services.competitive_jobs']).toBeLessThan(before.scores['services.competitive_jobs']!);
    await page.fill(key('inputs-paste'), WORSE_CSV);
    await page.click(key('inputs-read'));
    await page.waitForSelector('[data-role="import"]');
    expect(await page.isChecked(key('import-mode-replace'))).toBe(true);
    await page.click(key('import-write'));
    await page.waitForSelector('[data-role="dialog"]');
    expect(await text('[data-role="dialog"]')).toContain('Jobber');
    await shot('inputs-04-overwrite');
    // Cancel first: nothing changes.
    await page.click('[data-role="dialog-cancel"]');
    await page.waitForSelector('[data-role="inputs-message"][data-kind="warning"]');
    expect(await text(cell('C6'))).toBe(String(before.total));
    // Then overwrite.
    await page.click(key('import-write'));
    await page.click('[data-role="dialog-confirm"]');
    await page.waitForFunction(
      (want) => document.querySelector('[data-role="computed-total"]')?.textContent === want,
      String(after.total),
    );
    expect(await computed('services.competitive_jobs')).toBe(String(after.scores['services.competitive_jobs']));
    expect(await computed('services.employer_diversity')).toBe(String(after.scores['services.employer_diversity']));
    expect(await text(cell('C6'))).toBe(String(after.total));
    await shot('inputs-05-replaced');
  });

  it('reads a file chosen for a table, in Windows-1252 as Norwegian Excel saves CSV', async () => {
    await page.click(key('import-staff'));
    expect(await text('[data-role="import-target"]')).toContain('Ansatte');
    const csv =
      'Jobbspesialist;Rolle;Stillingsandel\r\nJS9;jobbspesialist;0,5\r\nMV;metodeveileder;1\r\nJØ;Jobbspesialist;1\r\n';
    await page.setInputFiles(key('inputs-file'), {
      name: 'ansatte.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'latin1'),
    });
    await page.waitForSelector('[data-role="import"]');
    expect(await page.$eval(key('import-table'), (select) => (select as HTMLSelectElement).value)).toBe('staff');
    expect(await text('[data-role="import-source"]')).toContain('ansatte.csv');
    expect(await text('[data-role="readable"]')).toBe('3 rader kan leses inn i «Ansatte».');
    expect(await text('[data-role="import-columns"]')).toContain('JØ');
    await page.click(key('import-cancel'));
    await page.waitForSelector('[data-role="import-start"]');
    expect(pageErrors).toEqual([]);
  });
});

describe('imports that must not merge or garble rows', () => {
  /** Four contact lines; a stray quote on line 2 would swallow lines 3 and 4 into one note. */
  const STRAY_QUOTE_LOG = [
    'Dato for kontakt;Jobbspesialist;Deltaker (ID);Kontaktform;Resultat',
    '01.02.2025;AB;P1;ansikt til ansikt;"Tilbud om praksis',
    '02.02.2025;AB;P2;telefon;Ringt, ingen svar',
    '03.02.2025;CD;P3;ansikt til ansikt;Sjefen sa "kanskje"',
    '04.02.2025;CD;P4;ansikt til ansikt;ok',
  ].join('\n');

  it('a stray quote is shown with its lines and must be answered before writing; a mixed-encoding file is read as UTF-8 and the encoding can be switched', async () => {
    await page.fill(key('inputs-paste'), STRAY_QUOTE_LOG);
    await page.click(key('inputs-read'));
    await page.waitForSelector('[data-role="import-merged"]');
    expect(await page.getAttribute('[data-role="import-merged"]', 'data-lines')).toBe('2-4');
    expect(await text('[data-role="import-merged"]')).toContain('Linje 2–4: et anførselstegn åpner en verdi');
    expect(await text('[data-role="readable"]')).toBe('4 rader kan leses inn i «Arbeidsgiverkontakter».');
    expect(await page.isDisabled(key('import-write'))).toBe(true);
    expect(await text('[data-role="import-blocked"]')).toContain('Velg hvordan linjene skal leses');
    await shot('inputs-08-stray-quote');
    await page.check(key('quote-keep'));
    await page.waitForFunction(() =>
      document.querySelector('[data-role="readable"]')?.textContent?.startsWith('2 rader'),
    );
    expect(await page.isDisabled(key('import-write'))).toBe(false);
    await page.check(key('quote-split'));
    await page.waitForFunction(() =>
      document.querySelector('[data-role="readable"]')?.textContent?.startsWith('4 rader'),
    );
    expect(await text('[data-role="import-columns"]')).toContain('Sjefen sa "kanskje"');
    expect(await page.isDisabled(key('import-write'))).toBe(false);
    await page.click(key('import-cancel'));
    await page.waitForSelector('[data-role="import-start"]');

    // A UTF-8 file with one line pasted in from a Windows-1252 file.
    const mixed = Buffer.concat([
      Buffer.from('Jobbspesialist;Rolle;Stillingsandel\nÅS;jobbspesialist;1\n', 'utf8'),
      Buffer.from('ØL;jobbspesialist;1\n', 'latin1'),
      Buffer.from('ÆB;metodeveileder;0,5\n', 'utf8'),
    ]);
    await page.setInputFiles(key('inputs-file'), { name: 'ansatte-blandet.csv', mimeType: 'text/csv', buffer: mixed });
    await page.waitForSelector('[data-role="import-encoding"]');
    expect(await page.getAttribute('[data-role="import-encoding"]', 'data-encoding')).toBe('utf-8');
    expect(await text('[data-role="import-encoding"] summary')).toContain(
      'UTF-8 (funnet automatisk) · Skilletegn: semikolon',
    );
    expect(await text('[data-role="import-bad-bytes"]')).toContain('(linje 3)');
    expect(await text('[data-role="import-sample"]')).toContain('ÅS;jobbspesialist;1');
    expect(await text('[data-role="readable"]')).toBe('2 rader kan leses inn i «Ansatte».');
    expect(await page.getAttribute('[data-role="import-error"]', 'data-line')).toBe('3');
    await shot('inputs-09-mixed-encoding');
    await page.selectOption(key('import-encoding'), 'windows-1252');
    await page.waitForSelector('[data-role="import-encoding"][data-encoding="windows-1252"]');
    expect(await text('[data-role="import-sample"]')).toContain('Ã…S;jobbspesialist;1');
    expect(await text('[data-role="import-sample"]')).toContain('ØL;jobbspesialist;1');
    expect(await page.$('[data-role="import-bad-bytes"]')).toBeNull();
    await page.selectOption(key('import-encoding'), 'utf-8');
    await page.waitForSelector('[data-role="import-encoding"][data-encoding="utf-8"]');
    expect(await text('[data-role="import-columns"]')).toContain('ÆB');
    await page.click(key('import-cancel'));
    await page.waitForSelector('[data-role="import-start"]');
    expect(pageErrors).toEqual([]);
  });

  it('a large paste is read in slices with progress shown; timers run between the slices', async () => {
    const rows = Array.from(
      { length: 15_000 },
      (_, i) => `0${1 + (i % 9)}.02.2025;JS${i % 12};P${i % 3000};telefon;notat ${i}`,
    );
    const csv = ['Dato for kontakt;Jobbspesialist;Deltaker (ID);Kontaktform;Resultat', ...rows].join('\n');
    // Set as a paste would (typing 600 KB key by key takes minutes).
    await page.$eval(
      key('inputs-paste'),
      (area, value) => {
        (area as HTMLTextAreaElement).value = value;
        area.dispatchEvent(new Event('input', { bubbles: true }));
      },
      csv,
    );
    await page.evaluate(() => {
      const probe = { progressSeen: false, ticks: 0 };
      (window as unknown as { probe: typeof probe }).probe = probe;
      new MutationObserver(() => {
        const progress = document.querySelector('[data-role="import-progress"]');
        if (progress?.closest('[aria-live="polite"]') && (progress.textContent ?? '').trim() !== '')
          probe.progressSeen = true;
      }).observe(document.body, { childList: true, subtree: true });
      // A timer that only fires when the read gives the event loop back.
      const timer = setInterval(() => {
        if (document.querySelector('[data-role="readable"]')) clearInterval(timer);
        else probe.ticks += 1;
      }, 5);
    });
    await page.click(key('inputs-read'));
    await page.waitForSelector('[data-role="readable"]', { timeout: 60_000 });
    const probe = await page.evaluate(
      () => (window as unknown as { probe: { progressSeen: boolean; ticks: number } }).probe,
    );
    expect(probe.progressSeen).toBe(true);
    expect(probe.ticks).toBeGreaterThanOrEqual(2);
    // The progress is a live region with text, and gone once the rows are read.
    expect(await page.$('[data-role="import-progress"]')).toBeNull();
    expect(await text('[data-role="readable"]')).toBe('15\u00A0000 rader kan leses inn i «Arbeidsgiverkontakter».');
    await page.click(key('import-cancel'));
    await page.waitForSelector('[data-role="import-start"]');
    expect(pageErrors).toEqual([]);
  });
});

describe("input tables through the pane's navigation entry (preview page)", () => {
  let previewPage: Page;

  beforeAll(async () => {
    previewPage = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
    collectPageErrors(previewPage, pageErrors, { console: false });
    await previewPage.goto(`${previewServer.url}/${preview.page}`);
    await previewPage.waitForSelector('html[data-ready="true"]');
  }, 120_000);

  afterAll(async () => {
    await previewPage?.close();
  });

  it('opens the view from the start screen and inserts the tables', async () => {
    await previewPage.click(key('view-inputs'));
    await previewPage.waitForSelector(
      '[data-role="inputs"] [data-role="input-table"][data-table="jobs"] [data-status="missing"]',
    );
    await previewPage.click(key('insert-all'));
    await previewPage.waitForSelector('[data-role="input-table"][data-table="jobs"] [data-status="present"]');
    expect(await previewPage.$$('[data-role="input-table"] [data-status="missing"]')).toHaveLength(0);
    expect(await previewPage.isVisible('#grid [data-sheet="Jobber"]')).toBe(true);
    expect(await previewPage.isVisible('#grid [data-sheet="Ansatte"]')).toBe(true);
    await previewPage.click(key('inputs-back'));
    await previewPage.waitForSelector(key(`open-${SAMPLE_SHEET}`));
  });

  it('wires the sample review to the tables; importing job rows changes the wired scores and the total', async () => {
    const layout = scoreSheetLayout();
    const itemCell = (itemId: string, column: number) =>
      `#grid td[data-address="${cellAddress(layout.itemRows[itemId]!, column)}"]`;
    const previewText = async (selector: string) => ((await previewPage.textContent(selector)) ?? '').trim();
    const showSheet = async (sheet: string) => {
      await previewPage.click(`#grid .grid-tab[data-sheet="${sheet}"]`);
      await previewPage.waitForSelector(`#grid table[data-sheet="${sheet}"]`);
    };
    const sampleScore = (itemId: string) => SAMPLE_SCORES[DEFAULT_SCALE.items.findIndex((item) => item.id === itemId)]!;

    // The sample review (103): the evaluators leave the three job items to the tables.
    await previewPage.click(key(`open-${SAMPLE_SHEET}`));
    await previewPage.waitForSelector('[data-role="item-name"]');
    for (const itemId of JOB_ITEMS) {
      await previewPage.click(key('view-overview'));
      await previewPage.click(key(`ov-${itemId}`));
      await previewPage.click(`label:has(${key('consensus-none')})`);
    }
    await previewPage.click(key('view-inputs'));
    await previewPage.click(key('wire-score-sheet'));
    await previewPage.waitForSelector('[data-role="computed"]');
    expect(await previewText('[data-role="inputs-message"]')).toContain('er koblet til tabellene');
    expect(await previewPage.$('[data-role="dialog"]')).toBeNull(); // the pane's own cells: nothing to ask
    // The tables are empty: no job score yet, and the total says what is missing.
    const empty = await Promise.all(
      JOB_ITEMS.map((itemId) => previewText(`[data-role="computed-score"][data-item="${itemId}"]`)),
    );
    for (const shown of empty) expect(shown).toMatch(/^#/);
    expect(await previewText('[data-role="computed-total"]')).toBe('Mangler 3 av 25');
    await showSheet(SAMPLE_SHEET);
    expect(await previewText(cell('C6'))).toBe('Mangler 3 av 25');
    expect(await previewPage.getAttribute(itemCell(JOB_ITEMS[0]!, COLUMNS.computed), 'data-formula')).toBe('true');
    expect(await previewText(itemCell(JOB_ITEMS[0]!, COLUMNS.computed))).toBe(empty[0]);

    // Import the staff and the job rows: the wired scores and the total change, in the pane and the grid.
    const { scores } = expectedPreview(STAFF_CSV, WORSE_CSV);
    const total = 103 + JOB_ITEMS.reduce((sum, itemId) => sum + scores[itemId]! - sampleScore(itemId), 0);
    for (const [table, csv, written] of [
      ['staff', STAFF_CSV, 'Skrev 3 rader til «Ansatte».'],
      ['jobs', WORSE_CSV, 'Skrev 13 rader til «Jobber».'],
    ] as const) {
      await previewPage.fill(key('inputs-paste'), csv);
      await previewPage.click(key('inputs-read'));
      await previewPage.waitForSelector('[data-role="import"]');
      await previewPage.selectOption(key('import-table'), table);
      await previewPage.click(key('import-write'));
      await previewPage.waitForFunction(
        (want) => document.querySelector('[data-role="inputs-message"][data-kind="success"] p')?.textContent === want,
        written,
      );
    }
    await previewPage.waitForFunction(
      (want) => document.querySelector('[data-role="computed-total"]')?.textContent === want,
      String(total),
    );
    for (const itemId of JOB_ITEMS)
      expect(await previewText(`[data-role="computed-score"][data-item="${itemId}"]`), itemId).toBe(
        String(scores[itemId]),
      );
    await showSheet(SAMPLE_SHEET);
    expect(await previewText(cell('C6'))).toBe(String(total));
    expect(await previewText(cell('D6'))).toBe(levelName(total, 'nb'));
    for (const itemId of JOB_ITEMS) {
      expect(await previewText(itemCell(itemId, COLUMNS.computed)), itemId).toBe(String(scores[itemId]));
      // The consensus follows the computed score.
      expect(await previewText(itemCell(itemId, COLUMNS.score)), itemId).toBe(String(scores[itemId]));
      expect(await previewPage.getAttribute(itemCell(itemId, COLUMNS.score), 'data-formula'), itemId).toBe('true');
    }
    expect(total).not.toBe(103);
    await previewPage.screenshot({ path: path.join(ARTIFACTS, 'inputs-06-preview-wired.png') });
    // The pane's own total, back in the review, is the sheet's (the following job scores were read again).
    await previewPage.click(key('view-overview'));
    await previewPage.waitForFunction(
      (want) => document.querySelector('[data-role="total"]')?.textContent?.trim() === want,
      String(total),
    );
    expect(total).toBe(96);
    await previewPage.click(key('view-inputs'));
    await previewPage.waitForSelector('[data-role="wire-card"]');

    // The job list as the grid shows it: IDs, and dates in their yyyy-mm-dd format (not serials).
    await showSheet('Jobber');
    expect(await previewText(cell('A3'))).toBe('P101');
    expect(await previewText(cell('C3'))).toBe('2025-02-01');
    expect(await previewText(cell('G15'))).toBe('Vernet bedrift');
    await previewPage.screenshot({ path: path.join(ARTIFACTS, 'inputs-07-preview-jobs.png') });
  });

  it('saving the review from the pane keeps the wired formulas, also after opening the wired sheet again', async () => {
    const layout = scoreSheetLayout();
    const consensusCell = (itemId: string) =>
      `#grid td[data-address="${cellAddress(layout.itemRows[itemId]!, COLUMNS.score)}"]`;
    await previewPage.click(`#grid .grid-tab[data-sheet="${SAMPLE_SHEET}"]`);
    const total = ((await previewPage.textContent(cell('C6'))) ?? '').trim();
    expect(total).toMatch(/^\d+$/);
    const save = async () => {
      await previewPage.click(key('save'));
      await previewPage.waitForFunction(
        () =>
          document.querySelector('[data-role="notice"]')?.getAttribute('data-kind') === 'success' &&
          !document.querySelector('[data-role="unsaved"]'),
      );
      expect(await previewPage.$('[data-role="dialog"]')).toBeNull();
    };
    const following = () =>
      Promise.all(JOB_ITEMS.map((itemId) => previewPage.getAttribute(consensusCell(itemId), 'data-formula')));

    await previewPage.click(key('view-overview'));
    await save();
    expect(await following()).toEqual(['true', 'true', 'true']);
    expect(((await previewPage.textContent(cell('C6'))) ?? '').trim()).toBe(total);

    // Opened again: the job items' consensus reads as the computed scores, and still follows them on save.
    await previewPage.click(key('back'));
    await previewPage.waitForSelector(key(`open-${SAMPLE_SHEET}`));
    await previewPage.click(key(`open-${SAMPLE_SHEET}`));
    await previewPage.waitForSelector('[data-role="item-name"]');
    expect(((await previewPage.textContent('[data-role="total"]')) ?? '').trim()).toBe(total);
    const judged = DEFAULT_SCALE.items.find((item) => !WIRED.includes(item.id))!;
    await previewPage.click(key('view-overview'));
    await previewPage.click(key(`ov-${judged.id}`));
    const before = await previewPage.$eval(
      '[data-role="consensus"]',
      (group) => (group.querySelector('input:checked') as HTMLInputElement).dataset['score'],
    );
    const changed = before === '5' ? 4 : 5;
    await previewPage.click(`label:has(${key(`consensus-${changed}`)})`);
    await save();
    expect(await following()).toEqual(['true', 'true', 'true']);
    expect(((await previewPage.textContent(cell('C6'))) ?? '').trim()).toBe(
      String(Number(total) - Number(before) + changed),
    );
    expect(pageErrors).toEqual([]);
  });
});

describe('at pane width: linking with a table missing, and reading an import (preview page)', () => {
  /** Every input table filled from the worked tables, but the contact log (Arbeidsgiverkontakter). */
  const seedPlans = () => {
    const data = fullTables();
    return INPUT_TABLES.filter((table) => table.id !== 'employerContacts').map((table) => {
      const plan = tableSheetPlan(table, 'nb');
      const values = (data[table.id] ?? []) as readonly Readonly<Record<string, string | number | boolean | null>>[];
      const rows = values.map((row) => ({ values: row }));
      return rows.length === 0
        ? plan
        : { ...plan, blocks: [...plan.blocks, rowsBlock(table, rows, 'nb', { dates: 'serial' })] };
    });
  };
  const CONTACTS_CSV = [
    'Dato for kontakt;Jobbspesialist;Deltaker (ID);Kontaktform;Resultat',
    ...Array.from(
      { length: 24 },
      (_, i) => `${String(1 + (i % 28)).padStart(2, '0')}.02.2025;AB;P${i};ansikt til ansikt;ok`,
    ),
  ].join('\n');
  const item = 'services.employer_contacts';

  async function openAt(width: number, height: number): Promise<Page> {
    const narrow = await browser.newPage({ viewport: { width, height }, locale: 'nb-NO' });
    collectPageErrors(narrow, pageErrors, { console: false });
    await narrow.goto(`${previewServer.url}/${preview.page}`);
    await narrow.waitForSelector('html[data-ready="true"]');
    return narrow;
  }

  /**
   * Elements of the input tables' screen and its dialog whose right edge is beyond the viewport
   * (nothing may overflow sideways).
   */
  async function overflowing(narrow: Page): Promise<string[]> {
    return narrow.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const name = (element: Element) =>
        `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ').join('.')}` : ''}`;
      return Array.from(document.querySelectorAll('#pane [data-role="inputs"] *, [data-role="dialog"] *'))
        .filter((element) => {
          const box = element.getBoundingClientRect();
          return box.width > 0 && box.right > width + 0.5;
        })
        .map(
          (element) =>
            `${element.parentElement ? `${name(element.parentElement)} > ` : ''}${name(element)} «${(element.textContent ?? '').slice(0, 40)}» ${Math.round(element.getBoundingClientRect().right)}`,
        );
    });
  }

  /** Records whether the progress element showed (with text) while `act` ran, and that it is gone after. */
  async function watchProgress(narrow: Page): Promise<void> {
    await narrow.evaluate(() => {
      const probe = { texts: [] as string[] };
      (window as unknown as { progressProbe: typeof probe }).progressProbe = probe;
      new MutationObserver(() => {
        const shown = document.querySelector('[data-role="inputs-progress"]');
        const live = shown?.closest('[aria-live]');
        if (shown && live) probe.texts.push(shown.textContent ?? '');
      }).observe(document.body, { childList: true, subtree: true });
    });
  }
  const progressSeen = (narrow: Page) =>
    narrow.evaluate(() => (window as unknown as { progressProbe: { texts: string[] } }).progressProbe.texts);

  it('360 × 800: the dialog names the missing contact log; linked without it Tjenester 6 shows #N/A «Mangler data», never #REF!; inserted empty, still #N/A', async () => {
    const narrow = await openAt(360, 800);
    await narrow.evaluate(async (plans) => {
      await window.ipsPreview!.workbook.write(plans as never);
    }, seedPlans());
    await narrow.click(key(`open-${SAMPLE_SHEET}`));
    await narrow.waitForSelector('[data-role="item-name"]');
    await narrow.click(key('view-inputs'));
    await narrow.waitForSelector('[data-role="input-table"][data-table="employerContacts"] [data-status="missing"]');
    await watchProgress(narrow);

    await narrow.click(key('wire-score-sheet'));
    await narrow.waitForSelector('[data-role="dialog"]');
    const dialog = ((await narrow.textContent('[data-role="dialog"]')) ?? '').trim();
    expect(dialog).toContain('Én tabell mangler');
    expect(dialog).toContain(
      'Tjenester 6 Jobbutvikling – hyppig arbeidsgiverkontakt: trenger Evalueringsdata, Ansatte, Porteføljer, Arbeidsgiverkontakter – mangler Arbeidsgiverkontakter',
    );
    expect(await narrow.textContent('[data-role="dialog-confirm"]')).toBe('Sett inn manglende tabeller og koble');
    expect(await narrow.textContent('[data-role="dialog-alternative"]')).toBe('Koble uten dem');
    expect(await narrow.textContent('[data-role="dialog-cancel"]')).toBe('Avbryt');
    expect(await overflowing(narrow)).toEqual([]);
    await narrow.screenshot({ path: path.join(ARTIFACTS, 'inputs-10-link-missing-360.png') });
    await narrow.click('[data-role="dialog-alternative"]');
    await narrow.waitForSelector('[data-role="computed"]');
    await narrow.waitForSelector('[data-role="inputs-message"][data-kind="success"]');
    expect(await narrow.$('[data-role="inputs-progress"]')).toBeNull();
    expect((await progressSeen(narrow)).some((shown) => shown.includes('Kobler skårskjemaet'))).toBe(true);
    const shownFor = async (role: string) =>
      ((await narrow.textContent(`[data-role="${role}"][data-item="${item}"]`)) ?? '').trim();
    expect(await shownFor('computed-score')).toBe('#N/A');
    expect(await shownFor('computed-reason')).toBe('Mangler data: Arbeidsgiverkontakter');
    const refs = async () =>
      narrow.evaluate(async (sheet) => {
        const values = await window.ipsPreview!.workbook.readSheet(sheet);
        return JSON.stringify(values).includes('#REF!');
      }, SAMPLE_SHEET);
    expect(await refs()).toBe(false);
    expect(await narrow.textContent('[data-role="computed"]')).not.toContain('#REF!');
    expect(await overflowing(narrow)).toEqual([]);
    await narrow.screenshot({ path: path.join(ARTIFACTS, 'inputs-11-linked-without-360.png') });

    // The contact log inserted (empty): linked to it, and still no data.
    await narrow.evaluate(() => {
      (window as unknown as { progressProbe: { texts: string[] } }).progressProbe.texts.length = 0;
    });
    await narrow.click(key('insert-employerContacts'));
    await narrow.waitForSelector('[data-role="input-table"][data-table="employerContacts"] [data-status="present"]');
    await narrow.waitForFunction(() => !document.querySelector('[data-role="inputs-progress"]'));
    expect((await progressSeen(narrow)).some((shown) => shown.includes('Setter inn tabellene'))).toBe(true);
    expect(await shownFor('computed-score')).toBe('#N/A');
    expect(await shownFor('computed-reason')).toBe('Mangler data: Arbeidsgiverkontakter');
    expect(await refs()).toBe(false);

    // Rows imported into it: the score is computed from them (the sheet now refers to the table).
    await narrow.fill(key('inputs-paste'), CONTACTS_CSV);
    await narrow.click(key('inputs-read'));
    await narrow.waitForSelector('[data-role="import-columns"]');
    await narrow.click(key('import-write'));
    await narrow.waitForFunction(
      (id) =>
        /^[1-5]$/.test(
          document.querySelector(`[data-role="computed-score"][data-item="${id}"]`)?.textContent?.trim() ?? '',
        ),
      item,
    );
    expect(await refs()).toBe(false);
    expect(pageErrors).toEqual([]);
    await narrow.close();
  });

  it.each([320, 360])(
    '%i px: the import preview reads at pane width (nothing overflows sideways; every mapping select reachable by keyboard)',
    async (width) => {
      const narrow = await openAt(width, 800);
      await narrow.click(key('view-inputs'));
      await narrow.waitForSelector('[data-role="input-table"]');
      // Long headers, a name and a long value: the cells that broke letter by letter in a table.
      const csv = JOBS_CSV.replace('Deltaker;', 'Deltaker (ID, slik fagsystemet skriver det);').replace(
        'Kafé Sentrum',
        'Kafé Sentrum og Omegn Bakeri og Konditori Aksjeselskap',
      );
      await narrow.fill(key('inputs-paste'), csv);
      await narrow.click(key('inputs-read'));
      await narrow.waitForSelector('[data-role="import-columns"]');
      expect(await overflowing(narrow)).toEqual([]);
      const cards = await narrow.$$('[data-role="column-card"]');
      expect(cards).toHaveLength(7);
      expect(await narrow.textContent('[data-role="column-card"][data-column="participant"]')).toContain(
        'Ser ut til å inneholde navn',
      );
      // Tab from the table choice reaches every mapping select, in order.
      const selects = await narrow.$$eval('[data-role="map-select"]', (all) =>
        all.map((select) => (select as HTMLElement).dataset['key']!),
      );
      expect(selects).toHaveLength(7);
      await narrow.focus(key('import-table'));
      const reached: string[] = [];
      for (let i = 0; i < 60 && reached.length < selects.length; i++) {
        await narrow.keyboard.press('Tab');
        const focused = await narrow.evaluate(
          () => (document.activeElement as HTMLElement | null)?.dataset['key'] ?? '',
        );
        if (focused.startsWith('map-')) reached.push(focused);
      }
      expect(reached).toEqual(selects);
      // A mapping changed by keyboard is taken (the column left out).
      await narrow.focus(key('map-0'));
      await narrow.selectOption(key('map-0'), '');
      await narrow.waitForSelector('[data-role="column-card"][data-how="ignored"]');
      expect(await overflowing(narrow)).toEqual([]);
      await narrow.screenshot({ path: path.join(ARTIFACTS, `inputs-12-import-${width}.png`), fullPage: true });
      expect(pageErrors).toEqual([]);
      await narrow.close();
    },
  );
});
