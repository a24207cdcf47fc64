/**
 * Saving to the history in Excel never overwrites anything and never loses a review, also with a
 * co-author or a second pane writing between the add-in's look at the sheet and its write (the
 * fake's beforeSync hook lets another writer in exactly there).
 */
import { describe, expect, it } from 'vitest';
import { saveReviewToHistory } from '../../src/core/history/append';
import { appendHistoryPlan, currentHistory, HISTORY_SHEET, readHistory } from '../../src/core/history/table';
import { ExcelWorkbook } from '../../src/excel/workbook';
import { reviewWithId } from '../core/history/reviews';
import { FakeExcel } from './fake-excel';

const HISTORY = HISTORY_SHEET.nb;
const options = { language: 'nb' } as const;

async function withHistory() {
  const excel = new FakeExcel({ sheets: { Ark1: [] } });
  const workbook = new ExcelWorkbook({ excel, supports: () => true });
  await workbook.write([appendHistoryPlan(null, reviewWithId('r1'), options)]);
  return { excel, workbook, second: new ExcelWorkbook({ excel, supports: () => true }) };
}

/** Runs `other` once, just before the first batch that writes cells runs (after that batch's look). */
function beforeTheWrite(excel: FakeExcel, other: () => Promise<unknown>): void {
  excel.beforeSync = async (operations) => {
    if (!operations.some((operation) => operation.startsWith('set formulas'))) return;
    excel.beforeSync = null;
    await other();
  };
}

const ids = async (workbook: ExcelWorkbook) =>
  readHistory(await workbook.readSheet(HISTORY)).map((row) => row.reviewId);

describe('ExcelWorkbook: saving to the history', () => {
  it('goes below a formula that shows "" under the history, and keeps the formula; 2 round trips', async () => {
    const { excel, workbook } = await withHistory();
    excel.sheet(HISTORY).cells.set('2,2', '=IF(A2="","x","")');
    excel.sheet(HISTORY).shows.set('2,2', '');
    const existing = await workbook.readSheet(HISTORY);
    const before = excel.roundTrips;

    const saved = await saveReviewToHistory(workbook, reviewWithId('r2'), existing, options);

    expect(excel.roundTrips - before).toBe(2);
    expect(excel.cell(HISTORY, 'C3')).toBe('=IF(A2="","x","")');
    expect(saved).toMatchObject({ action: 'appended', row: 3 });
    expect(excel.cell(HISTORY, 'A4')).toBe('r2');
    expect(await ids(workbook)).toEqual(['r1', 'r2']);
  });

  it('two panes saving at once, the second between the first one’s look and its write: both reviews are kept', async () => {
    const { excel, workbook, second } = await withHistory();
    const existing = await workbook.readSheet(HISTORY);
    beforeTheWrite(excel, () => saveReviewToHistory(second, reviewWithId('r3', 'Tjeneste B'), existing, options));

    const saved = await saveReviewToHistory(workbook, reviewWithId('r2'), existing, options);

    expect((await ids(workbook)).sort()).toEqual(['r1', 'r2', 'r3']);
    expect(saved.rows.map((row) => row.reviewId).sort()).toEqual(['r1', 'r2', 'r3']);
    expect(excel.cell(HISTORY, `A${saved.row + 1}`)).toBe('r2');
  });

  it('a co-author’s row typed where the review goes, after the look, is moved down, not overwritten', async () => {
    const { excel, workbook } = await withHistory();
    const existing = await workbook.readSheet(HISTORY);
    beforeTheWrite(excel, async () => {
      excel.sheet(HISTORY).cells.set('2,1', 'co-author’s note');
      excel.sheet(HISTORY).cells.set('2,40', 'far right');
    });

    const saved = await saveReviewToHistory(workbook, reviewWithId('r2'), existing, options);

    expect(saved.row).toBe(2);
    expect(excel.cell(HISTORY, 'A3')).toBe('r2');
    expect(excel.cell(HISTORY, 'B4')).toBe('co-author’s note');
    expect(excel.sheet(HISTORY).cells.get('3,40')).toBe('far right');
  });

  it('a pane that read the history before another saved the same review finds it there: unchanged, not twice', async () => {
    const { workbook, second } = await withHistory();
    const existing = await workbook.readSheet(HISTORY);
    const first = await saveReviewToHistory(workbook, reviewWithId('r2'), existing, options);
    const other = await saveReviewToHistory(second, reviewWithId('r2'), existing, options);
    expect(await ids(workbook)).toEqual(['r1', 'r2']);
    expect([first.action, other.action]).toEqual(['appended', 'unchanged']);
    expect(other.row).toBe(first.row);
  });

  it('the same review saved by two panes in the very same instant: at worst two identical rows, read as one review', async () => {
    const { excel, workbook, second } = await withHistory();
    const existing = await workbook.readSheet(HISTORY);
    beforeTheWrite(excel, () => saveReviewToHistory(second, reviewWithId('r2'), existing, options));
    await saveReviewToHistory(workbook, reviewWithId('r2'), existing, options);
    expect(currentHistory(readHistory(await workbook.readSheet(HISTORY))).map((row) => row.reviewId)).toEqual([
      'r1',
      'r2',
    ]);
  });

  it('creates the history sheet with its header, frozen row and widths', async () => {
    const excel = new FakeExcel({ sheets: { Ark1: [] } });
    const workbook = new ExcelWorkbook({ excel, supports: () => true });
    const saved = await saveReviewToHistory(workbook, reviewWithId('r1'), null, options);
    expect(saved).toMatchObject({ action: 'created', row: 1 });
    expect(excel.cell(HISTORY, 'A1')).toBe('Evaluerings-ID');
    expect(excel.sheet(HISTORY).frozenRows).toBe(1);
    expect(await ids(workbook)).toEqual(['r1']);
  });
});
