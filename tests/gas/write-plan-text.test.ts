/**
 * How the Sheets server writes literal text (gas/server/write-plan.ts): the cells receiving text
 * are formatted as plain text ("@") first, in one RangeList call, so setValues stores the text as
 * it is; formulas and numbers keep their cells' formats.
 */
import { describe, expect, it } from 'vitest';
import { literalTextRanges, writePlans } from '../../gas/server/write-plan';
import { formula, writeRuns, type SheetPlan } from '../../src/core/workbook/plan';
import { callCounts, fakeServices } from './fake-spreadsheet-app';

const PLAN: SheetPlan = {
  sheet: 'T',
  blocks: [
    {
      row: 0,
      column: 0,
      values: [
        ['=1+1', 1, formula('=A2+1')],
        ['+cmd', '', 'x'],
        [3, "'sitat", 'y'],
        ['007', '1/2', null],
      ],
    },
  ],
  formats: [{ range: { row: 2, column: 2, rows: 1, columns: 1 }, numberFormat: '@' }],
};

describe('literal text on Sheets', () => {
  it('lists the cells receiving text as vertical stretches per rectangle written, leaving out formulas, numbers, blanks and cells already plain text', () => {
    const runs = PLAN.blocks.flatMap((block) => writeRuns(block));
    // Rows 1–3 are one rectangle, row 4 (with a cell left alone) another.
    expect(literalTextRanges(PLAN, runs)).toEqual(['A1:A2', 'B3', 'C2', 'A4', 'B4']);
  });

  it('formats them as plain text in one call before the values, and Sheets keeps every text as written', () => {
    const services = fakeServices();
    writePlans(services.spreadsheetApp, services.book, [PLAN]);
    const sheet = services.book.sheet('T')!;
    expect(['A1', 'A2', 'C2', 'B3', 'C3', 'A4', 'B4'].map((address) => sheet.at(address))).toEqual([
      '=1+1',
      '+cmd',
      'x',
      "'sitat",
      'y',
      '007',
      '1/2',
    ]);
    expect(['A1', 'A2', 'B3'].map((address) => sheet.isFormula(address))).toEqual([false, false, false]);
    expect(sheet.isFormula('C1')).toBe(true);
    expect(sheet.at('B1')).toBe(1);
    expect(sheet.formats.get('0,1')?.numberFormat).toBeUndefined(); // a number's cell is not made text
    expect(callCounts(services.log)['RangeList.setNumberFormat']).toBe(2); // the plan's own format, then the text cells
    expect(services.log.lastIndexOf('RangeList.setNumberFormat')).toBeLessThan(services.log.indexOf('Range.setValues'));
  });
});
