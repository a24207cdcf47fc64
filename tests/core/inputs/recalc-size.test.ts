/**
 * Recalculation of a full, wired score sheet over large input tables in the preview host: 10 000
 * job starts and 50 000 rows of employer-contact log (50 specialists, 1 000 caseload rows), in a
 * MemoryWorkbook computing with the formula engine. Asserts that every computed cell equals
 * expectedItem over the same rows and that the total adds up; PRINTS the times (no timing
 * assertions: machines differ).
 *
 * The tables need a larger capacity than the default rows 3–2000: with the default, the ranges
 * would not reach the rows (the first test shows it: the formulas stop at row 2000, and the
 * test oracle expectedItem, tests/shared/expected-items.ts, refuses such data).
 *
 * The engine answers COUNTIFS with a range of criteria (one count per staff row) from a hash
 * index; the last test also times it evaluated the way a spreadsheet's cost grows (every
 * criterion tested against every row: 1998 staff rows × 50 000 log rows for Tjenester 6).
 */
import { describe, expect, it } from 'vitest';
import {
  INPUT_TABLES,
  rowsBlock,
  tableSheetPlan,
  type TableCapacity,
  type TypedValue,
} from '../../../src/core/inputs/tables';
import { itemFormula, wiredItemIds, type TableData } from '../../../src/core/inputs/wiring';
import { expectedItem } from '../../shared/expected-items';
import { newReview } from '../../../src/core/review/model';
import { DEFAULT_SCALE } from '../../../src/core/scale/registry';
import {
  COLUMNS,
  HEADER_ROWS,
  readScoreSheet,
  scoreSheetLayout,
  scoreSheetPlan,
} from '../../../src/core/sheets/score-sheet';
import { planCellText } from '../../../src/core/workbook/plan';
import { MemoryWorkbook as EngineWorkbook } from '../../../src/preview/memory-workbook';
import { fullTables } from './full-tables';

const SHEET = 'IPS Stor tjeneste 2025-03-01';
const JOBS = 10_000;
const CONTACTS = 50_000;
const CAPACITY: TableCapacity = { jobs: JOBS, employerContacts: CONTACTS };
const ITEMS = DEFAULT_SCALE.items;
const WIRED = wiredItemIds();
const layout = scoreSheetLayout();
const JUDGEMENT_SCORE = 4;

const data: TableData = fullTables({ specialists: 50, caseload: 20, jobs: JOBS, contacts: CONTACTS, records: 15 });

function rowsOf(id: keyof TableData): { values: Readonly<Record<string, TypedValue>> }[] {
  return ((data[id] ?? []) as Readonly<Record<string, TypedValue>>[]).map((values) => ({ values }));
}

async function bigWorkbook(
  options: { indexedCriteria?: boolean } = {},
): Promise<{ workbook: EngineWorkbook; writeMs: number }> {
  const workbook = new EngineWorkbook(options);
  const review = newReview({
    id: 'big',
    service: 'Stor tjeneste',
    team: 'Alle team',
    date: '2025-03-01',
    raters: [{ id: 'r1', name: 'A' }],
  });
  for (const item of ITEMS) if (!WIRED.includes(item.id)) review.items[item.id]!.consensus = JUDGEMENT_SCORE;
  const start = performance.now();
  await workbook.write([
    ...INPUT_TABLES.map((table) => {
      const plan = tableSheetPlan(table, 'nb', { capacity: CAPACITY });
      const rows = rowsOf(table.id);
      return rows.length === 0
        ? plan
        : { ...plan, blocks: [...plan.blocks, rowsBlock(table, rows, 'nb', { dates: 'serial' })] };
    }),
    scoreSheetPlan(review, { sheet: SHEET, language: 'nb', wiring: { host: 'excel', capacity: CAPACITY } }),
  ]);
  return { workbook, writeMs: performance.now() - start };
}

/** Computes every score cell (computed, reason, consensus) and the total, from a cold cache. */
function recalc(workbook: EngineWorkbook, withReasons = true): number {
  workbook.recalculate();
  const start = performance.now();
  for (const itemId of WIRED) {
    const row = layout.itemRows[itemId]!;
    workbook.value(SHEET, row, COLUMNS.computed);
    if (withReasons) workbook.value(SHEET, row, COLUMNS.reason);
  }
  for (const item of ITEMS) workbook.value(SHEET, layout.itemRows[item.id]!, COLUMNS.score);
  workbook.value(SHEET, HEADER_ROWS.total, 2);
  return performance.now() - start;
}

const fmt = (ms: number) => `${ms.toFixed(0)} ms`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe(`recalculation over ${JOBS} job starts and ${CONTACTS} contact-log rows`, () => {
  it('needs the larger capacity: the default ranges (rows 3–2000) cannot hold the tables', () => {
    expect(itemFormula('services.job_diversity', 'excel', 'nb')).toMatch(/'Jobber'!\$[A-Z]+\$3:\$[A-Z]+\$2000\b/);
    expect(itemFormula('services.job_diversity', 'excel', 'nb')).not.toContain(`$${JOBS + 2}`);
    expect(itemFormula('services.job_diversity', 'excel', 'nb', { capacity: CAPACITY })).toMatch(
      new RegExp(`'Jobber'!\\$[A-Z]+\\$3:\\$[A-Z]+\\$${JOBS + 2}\\b`),
    );
    expect(() => expectedItem('services.job_diversity', data, 'nb')).toThrow(/10000 rows; the sheet holds 1998/);
    expect(() => expectedItem('services.employer_contacts', data, 'nb', { capacity: { jobs: JOBS } })).toThrow(
      /50000 rows; the sheet holds 1998/,
    );
  });

  it('computes every wired item as expectedItem does, the consensus follows, and the total adds up', async () => {
    const { workbook, writeMs } = await bigWorkbook();
    const first = recalc(workbook);
    const runs = [recalc(workbook), recalc(workbook), recalc(workbook)];
    const scoresOnly = median([recalc(workbook, false), recalc(workbook, false), recalc(workbook, false)]);
    const perItem: string[] = [];
    for (const itemId of WIRED) {
      workbook.recalculate();
      const start = performance.now();
      workbook.value(SHEET, layout.itemRows[itemId]!, COLUMNS.computed);
      perItem.push(`${itemId} ${fmt(performance.now() - start)}`);
    }
    const readStart = performance.now();
    workbook.recalculate();
    const values = (await workbook.readSheet(SHEET))!;
    const readMs = performance.now() - readStart;

    console.log(
      [
        `[recalc] ${JOBS} job starts, ${CONTACTS} contact-log rows, 50 specialists, 1000 caseload rows; wired score sheet (Excel syntax) in the preview's MemoryWorkbook + formula engine`,
        `[recalc] writing the tables and the score sheet: ${fmt(writeMs)}`,
        `[recalc] full recalculation (11 computed + 11 reason + 25 score cells + total): first ${fmt(first)}, then ${runs.map(fmt).join(', ')} (median ${fmt(median(runs))})`,
        `[recalc] score cells only (11 computed + 25 score + total): median ${fmt(scoresOnly)}`,
        `[recalc] readSheet of the score sheet (what the pane reads), cold: ${fmt(readMs)}`,
        `[recalc] per computed cell, cold: ${perItem.join('; ')}`,
      ].join('\n'),
    );

    // Correct on the big tables: each computed cell is what expectedItem gives over the same rows.
    let wiredTotal = 0;
    for (const itemId of WIRED) {
      const row = layout.itemRows[itemId]!;
      const { outcome } = expectedItem(itemId, data, 'nb', { capacity: CAPACITY });
      expect(outcome.ok, `${itemId}: ${outcome.ok ? '' : outcome.message}`).toBe(true);
      expect(workbook.value(SHEET, row, COLUMNS.computed), itemId).toBe(outcome.ok ? outcome.value : null);
      expect(workbook.value(SHEET, row, COLUMNS.score), itemId).toBe(outcome.ok ? outcome.value : null);
      const reason = expectedItem(itemId, data, 'nb', { capacity: CAPACITY, output: 'reason' }).outcome;
      expect(workbook.value(SHEET, row, COLUMNS.reason), itemId).toBe(reason.ok ? reason.value : null);
      wiredTotal += outcome.ok ? (outcome.value as number) : 0;
    }
    const total = wiredTotal + JUDGEMENT_SCORE * (ITEMS.length - WIRED.length);
    expect(workbook.value(SHEET, HEADER_ROWS.total, 2)).toBe(total);
    expect(values[HEADER_ROWS.total]![2]).toBe(total);
    const back = readScoreSheet(values)!;
    expect(ITEMS.every((item) => back.items[item.id]!.consensus !== null)).toBe(true);

    // The metric says the whole job list was read (not just the first 2000 rows): the sample is
    // the jobs held now (no end date before the visit), not obtained before IPS; the share is rounded down.
    const sample = (data.jobs as Readonly<Record<string, TypedValue>>[]).filter(
      (job) => job['endDate'] === null && job['beforeIps'] !== true,
    );
    expect(sample.length).toBeGreaterThan(5000);
    const share = Math.floor((100 * sample.filter((job) => job['competitive'] === true).length) / sample.length);
    const computedCell = scoreSheetPlan(newReview({ id: 'm', service: '', team: '', date: '2025-03-01', raters: [] }), {
      sheet: 'm',
      language: 'nb',
      wiring: { host: 'excel', capacity: CAPACITY },
    }).blocks[0]!.values[layout.itemRows['services.competitive_jobs']!]![COLUMNS.computed]!;
    expect(planCellText(computedCell)).toBe(
      itemFormula('services.competitive_jobs', 'excel', 'nb', { capacity: CAPACITY }),
    );
    const metricFormula = itemFormula('services.competitive_jobs', 'excel', 'nb', {
      capacity: CAPACITY,
      output: 'metric',
    });
    const metric = workbook.engine.evaluate(metricFormula, SHEET);
    expect(metric).toBe(share);
  });

  it('times COUNTIFS as a spreadsheet evaluates it (every criterion against every row), with the same results', async () => {
    const { workbook } = await bigWorkbook({ indexedCriteria: false });
    const ms = recalc(workbook, false);
    console.log(
      `[recalc] score cells with unindexed COUNTIFS (1998 staff-row criteria × ${CONTACTS} log rows, and so on): ${fmt(ms)}`,
    );
    const indexed = (await bigWorkbook()).workbook;
    for (const itemId of WIRED) {
      const row = layout.itemRows[itemId]!;
      expect(workbook.value(SHEET, row, COLUMNS.computed), itemId).toEqual(indexed.value(SHEET, row, COLUMNS.computed));
    }
  });
});
