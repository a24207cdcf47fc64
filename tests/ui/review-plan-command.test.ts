/**
 * The review-plan commands as the pane runs them (src/ui/commands/review-plan.ts), over the
 * preview workbook: the «Vurderingsplan» sheet is written with consent, writing it again asks
 * nothing, a user's cell is asked about, and the start view's list holds what is due within 30 days.
 */
import { describe, expect, it, vi } from 'vitest';
import { isoToSerial } from '../../src/core/cycle/dates';
import { HISTORY_SHEET } from '../../src/core/history/table';
import { MemoryWorkbook } from '../../src/preview/memory-workbook';
import { readReviewPlan, writeReviewPlanSheet } from '../../src/ui/commands/review-plan';
import { historyPlan, row } from '../core/cycle/history-rows';

const TODAY = '2025-12-01';
const ROWS = [
  row('a1', 'Alfa', '', '2025-06-15', 90, 'baseline'), // due 2025-12-15: in 14 days
  row('b1', 'Beta', 'T', '2025-03-01', 80, 'baseline'), // due 2025-09-01: overdue
  row('c1', 'Gamma', '', '2025-11-01', 110, 'baseline'), // due 2026-11-01
];

function workbookWithHistory(): MemoryWorkbook {
  const workbook = new MemoryWorkbook({ today: () => isoToSerial(TODAY, 'today') });
  workbook.seed([historyPlan(HISTORY_SHEET.nb, ROWS)]);
  return workbook;
}

const options = { language: 'nb', today: TODAY } as const;

describe('review-plan commands', () => {
  it('writes nothing without a history', async () => {
    const workbook = new MemoryWorkbook();
    const outcome = await writeReviewPlanSheet(workbook, options, async () => true);
    expect(outcome.written).toBe(false);
    expect(workbook.sheetNames).not.toContain('Vurderingsplan');
  });

  it('lists the services due within 30 days or overdue, overdue first', async () => {
    const read = await readReviewPlan(workbookWithHistory(), options);
    expect(read.dueSoon.map((entry) => [entry.service, entry.statusText.nb])).toEqual([
      ['Beta', 'Forfalt for 91 dager siden'],
      ['Alfa', 'Forfaller om 14 dager'],
    ]);
    expect(read.plan).toHaveLength(3);
  });

  it('writes the plan sheet, and writing it again asks nothing and moves no row', async () => {
    const workbook = workbookWithHistory();
    const confirm = vi.fn(async () => true);
    const first = await writeReviewPlanSheet(workbook, options, confirm);
    expect(first.written).toBe(true);
    expect(workbook.text('Vurderingsplan', 1, 0)).toBe('Alfa');
    expect(workbook.text('Vurderingsplan', 2, 8)).toBe('Forfalt for 91 dager siden');
    const again = await writeReviewPlanSheet(workbook, options, confirm);
    expect(again.written).toBe(true);
    expect(confirm).not.toHaveBeenCalled();
  });

  it('asks before overwriting a cell the user changed, and keeps it when told no', async () => {
    const workbook = workbookWithHistory();
    await writeReviewPlanSheet(workbook, options, async () => true);
    workbook.setCellAt('Vurderingsplan', 'G2', 'min egen dato');
    const confirm = vi.fn(async () => false);
    const outcome = await writeReviewPlanSheet(workbook, options, confirm);
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(outcome.written).toBe(false);
    expect(outcome.conflicts.map((conflict) => conflict.address)).toEqual(['G2']);
    expect(workbook.valueAt('Vurderingsplan', 'G2')).toBe('min egen dato');
  });
});
