/**
 * «Lagre i historikk» as the pane runs it (src/ui/commands/history.ts), over the preview workbook:
 * the review is appended, the chart data regenerated from the history as the host has it now, and
 * a user's own cells on the chart-data sheet are asked about, again if they change while asked.
 */
import { describe, expect, it } from 'vitest';
import { HISTORY_SHEET, readHistory } from '../../../src/core/history/table';
import { DEFAULT_SCALE } from '../../../src/core/scale/registry';
import { cellAddress, planBounds } from '../../../src/core/workbook/plan';
import { MemoryWorkbook } from '../../../src/preview/memory-workbook';
import { saveHistoryAndChartData, type HistoryRead } from '../../../src/ui/commands/history';
import { reviewSheetNames } from '../../../src/ui/workflow';
import { reviewWithId } from '../../core/history/reviews';

const HISTORY = HISTORY_SHEET.nb;

async function readFor(workbook: MemoryWorkbook, names: ReturnType<typeof reviewSheetNames>): Promise<HistoryRead> {
  const [history, chartSheet, overviewSheet] = await workbook.readSheets([HISTORY, names.charts, names.overview]);
  return {
    historySheet: HISTORY,
    history: history ?? null,
    rows: readHistory(history ?? null),
    chartSheet: chartSheet ?? null,
    overviewSheet: overviewSheet ?? null,
  };
}

describe('saveHistoryAndChartData', () => {
  const first = reviewWithId('r1');
  const second = { ...reviewWithId('r2'), date: '2025-12-01' };
  const names = reviewSheetNames(first, 'nb');

  it('asks again about a chart-data cell the user fills while the question is open, and keeps it when told no', async () => {
    const workbook = new MemoryWorkbook();
    const created = await saveHistoryAndChartData(
      workbook,
      first,
      await readFor(workbook, names),
      names,
      { language: 'nb', scale: DEFAULT_SCALE },
      async () => {
        throw new Error('nothing of the user’s on a new sheet');
      },
    );
    expect(created.dataWritten).toBe(true);
    const bounds = planBounds(created.charts!.data[0]!);
    const mine = cellAddress(bounds.row, bounds.column);
    const typedWhileAsked = cellAddress(bounds.row, bounds.column + 1);
    workbook.setCellAt(names.charts, mine, 'mine');

    const questions: string[][] = [];
    const saved = await saveHistoryAndChartData(
      workbook,
      second,
      await readFor(workbook, names),
      names,
      { language: 'nb', scale: DEFAULT_SCALE },
      async (conflicts) => {
        questions.push(conflicts.map((conflict) => conflict.address));
        if (questions.length === 1) workbook.setCellAt(names.charts, typedWhileAsked, 'typed while asked');
        return questions.length === 1;
      },
    );

    expect(questions).toEqual([[mine], [mine, typedWhileAsked]]);
    expect(saved.dataWritten).toBe(false);
    expect(saved.saved).toMatchObject({ action: 'appended', row: 2 });
    expect(workbook.rawAt(names.charts, mine)).toBe('mine');
    expect(workbook.rawAt(names.charts, typedWhileAsked)).toBe('typed while asked');
  });

  it('builds the chart data from the history as it is after the save, another pane’s review included', async () => {
    const workbook = new MemoryWorkbook();
    const read = await readFor(workbook, names);
    await saveHistoryAndChartData(
      workbook,
      first,
      read,
      names,
      { language: 'nb', scale: DEFAULT_SCALE },
      async () => true,
    );
    // This pane read before the other saved r1.
    const saved = await saveHistoryAndChartData(
      workbook,
      second,
      read,
      names,
      { language: 'nb', scale: DEFAULT_SCALE },
      async () => true,
    );
    expect(saved.saved).toMatchObject({ action: 'appended', row: 2 });
    expect(saved.charts!.points).toBe(2);
    expect(readHistory(await workbook.readSheet(HISTORY)).map((row) => row.reviewId)).toEqual(['r1', 'r2']);
  });
});
