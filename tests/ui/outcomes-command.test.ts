/**
 * The outcome commands (src/ui/commands/outcomes.ts) over the preview workbook: the «Resultater»
 * sheet is created, filled as a user would, and read into indicators and chart series.
 */
import { describe, expect, it } from 'vitest';
import { MemoryWorkbook } from '../../src/preview/memory-workbook';
import { createResultsSheet, readOutcomes } from '../../src/ui/commands/outcomes';

describe('outcome commands', () => {
  it('reads nothing before the sheet exists', async () => {
    expect(await readOutcomes(new MemoryWorkbook(), 'nb')).toEqual({
      present: false,
      rows: [],
      indicators: [],
      series: [],
    });
  });

  it('creates «Resultater», and reads the rows a user typed into indicators and series', async () => {
    const workbook = new MemoryWorkbook();
    expect((await createResultsSheet(workbook, 'nb', async () => true)).written).toBe(true);
    expect(workbook.valueAt('Resultater', 'B1')).toBe('Kvartal');
    workbook.setCellAt('Resultater', 'A3', 'Nordby');
    workbook.setCellAt('Resultater', 'B3', '2025-K3');
    workbook.setCellAt('Resultater', 'C3', 'JS1');
    workbook.setCellAt('Resultater', 'D3', 20);
    workbook.setCellAt('Resultater', 'E3', 7);
    workbook.setCellAt('Resultater', 'F3', 4);
    const read = await readOutcomes(workbook, 'nb');
    expect(read.present).toBe(true);
    expect(read.indicators.map((entry) => [entry.specialist, entry.quarter, entry.status])).toEqual([
      ['JS1', '2025-Q3', 'monthlyMentoring'],
    ]);
    expect(read.series.map((entry) => [entry.service, entry.points[0]!.band])).toEqual([
      ['Nordby', 'minimal'],
      ['', 'minimal'],
    ]);
    // Creating it again over the user's rows changes none of them and asks nothing.
    const again = await createResultsSheet(workbook, 'nb', async () => {
      throw new Error('asked');
    });
    expect(again.written).toBe(true);
    expect(workbook.valueAt('Resultater', 'A3')).toBe('Nordby');
  });
});
