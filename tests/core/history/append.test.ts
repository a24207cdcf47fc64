/**
 * Saving a review to the history never overwrites anything and never loses a review: the core
 * decides what to append (the history's rules), the host places the row below everything that
 * holds anything, atomically, and says where it landed. Here over the preview's workbook; the
 * same cases run over the Excel and Sheets fakes in tests/excel/append-row.test.ts and
 * tests/gas/append-row.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { saveReviewToHistory } from '../../../src/core/history/append';
import { appendHistoryPlan, HISTORY_SHEET, readHistory } from '../../../src/core/history/table';
import { correctSavedReview } from '../../../src/core/review/corrections';
import { DEFAULT_SCALE } from '../../../src/core/scale/registry';
import { MemoryWorkbook } from '../../../src/preview/memory-workbook';
import { reviewWithId } from './reviews';

const HISTORY = HISTORY_SHEET.nb;
const options = { language: 'nb' } as const;

function withHistory(latencyMs = 0): MemoryWorkbook {
  const workbook = new MemoryWorkbook({ latencyMs });
  workbook.seed([appendHistoryPlan(null, reviewWithId('r1'), options)]);
  return workbook;
}

const ids = (values: Parameters<typeof readHistory>[0]) => readHistory(values).map((row) => row.reviewId);

describe('saving to the history in the preview', () => {
  it('goes below a formula that shows "" under the history, and keeps the formula', async () => {
    const workbook = withHistory();
    workbook.setCellAt(HISTORY, 'C3', '=IF(A2="","x","")');
    const existing = await workbook.readSheet(HISTORY);
    // To a read of displayed values the row looks empty.
    expect(existing![2]?.[2] ?? '').toBe('');

    const saved = await saveReviewToHistory(workbook, reviewWithId('r2'), existing, options);

    expect(workbook.rawAt(HISTORY, 'C3')).toBe('=IF(A2="","x","")');
    expect(saved).toMatchObject({ action: 'appended', row: 3 });
    expect(workbook.rawAt(HISTORY, 'A4')).toBe('r2');
    expect(ids(await workbook.readSheet(HISTORY))).toEqual(['r1', 'r2']);
  });

  it('two panes that read the history and save at once: both reviews end up in it, on rows of their own', async () => {
    const workbook = withHistory(5);
    // Both panes read the history before either writes.
    const existing = await workbook.readSheet(HISTORY);
    const [a, b] = await Promise.all([
      saveReviewToHistory(workbook, reviewWithId('r2'), existing, options),
      saveReviewToHistory(workbook, reviewWithId('r3', 'Tjeneste B'), existing, options),
    ]);
    expect(ids(await workbook.readSheet(HISTORY))).toEqual(['r1', 'r2', 'r3']);
    expect([a.row, b.row]).toEqual([2, 3]);
    // The pane that saved last knows of the other's review too.
    expect(b.rows.map((row) => row.reviewId)).toEqual(['r1', 'r2', 'r3']);
  });

  it('a cell a user filled under the history after the pane read it is kept; the review goes below it', async () => {
    const workbook = withHistory();
    const existing = await workbook.readSheet(HISTORY);
    workbook.setCellAt(HISTORY, 'B3', 'notat');
    const saved = await saveReviewToHistory(workbook, reviewWithId('r2'), existing, options);
    expect(workbook.rawAt(HISTORY, 'B3')).toBe('notat');
    expect(saved.row).toBe(3);
    expect(workbook.rawAt(HISTORY, 'A4')).toBe('r2');
  });

  it('the same review saved from two panes at once is in the history once', async () => {
    const workbook = withHistory(5);
    const existing = await workbook.readSheet(HISTORY);
    const saves = await Promise.all([
      saveReviewToHistory(workbook, reviewWithId('r2'), existing, options),
      saveReviewToHistory(workbook, reviewWithId('r2'), existing, options),
    ]);
    expect(ids(await workbook.readSheet(HISTORY))).toEqual(['r1', 'r2']);
    expect(saves.map((save) => save.action).sort()).toEqual(['appended', 'unchanged']);
    expect(saves.map((save) => save.row)).toEqual([2, 2]);
  });

  it('refuses a review whose id and revision another pane saved meanwhile with other values, writing nothing', async () => {
    const workbook = withHistory();
    const existing = await workbook.readSheet(HISTORY);
    await saveReviewToHistory(workbook, reviewWithId('r2'), existing, options);
    const other = reviewWithId('r2');
    other.evaluators = 'Noen andre';
    const size = workbook.usedSize(HISTORY);
    const refused = await saveReviewToHistory(workbook, other, existing, options);
    expect(refused).toMatchObject({ action: 'refusedChanged', row: 2 });
    expect(workbook.usedSize(HISTORY)).toEqual(size);
    expect(refused.rows.map((row) => row.evaluators)).toEqual([
      'Jan Jansen, Britt Larsen, Signe Olsen',
      'Jan Jansen, Britt Larsen, Signe Olsen',
    ]);
  });

  it('keeps the history’s rules: identical → nothing written, changed → refused, corrected → a new revision below', async () => {
    const workbook = withHistory();
    let existing = await workbook.readSheet(HISTORY);
    workbook.resetCalls();
    expect(await saveReviewToHistory(workbook, reviewWithId('r1'), existing, options)).toMatchObject({
      action: 'unchanged',
      row: 1,
    });
    expect(workbook.calls.write + workbook.calls.appendRow).toBe(0);

    const changed = reviewWithId('r1');
    changed.evaluators = 'Noen andre';
    await expect(saveReviewToHistory(workbook, changed, existing, options)).rejects.toThrow(/never rewritten/);

    const corrected = correctSavedReview(reviewWithId('r1'), DEFAULT_SCALE.items[3]!.id, 3, 'Regnefeil.', '2025-06-20');
    const saved = await saveReviewToHistory(workbook, corrected, existing, options);
    expect(saved).toMatchObject({ action: 'appended', row: 2 });
    existing = await workbook.readSheet(HISTORY);
    expect(readHistory(existing).map((row) => [row.reviewId, row.revision])).toEqual([
      ['r1', 0],
      ['r1', 1],
    ]);
  });

  it('creates the history with its header when there is none', async () => {
    const workbook = new MemoryWorkbook();
    const saved = await saveReviewToHistory(workbook, reviewWithId('r1'), null, options);
    expect(saved).toMatchObject({ action: 'created', row: 1 });
    expect(workbook.rawAt(HISTORY, 'A1')).toBe('Evaluerings-ID');
    expect(workbook.sheet(HISTORY)!.frozenRows).toBe(1);
    expect(ids(await workbook.readSheet(HISTORY))).toEqual(['r1']);
  });
});
