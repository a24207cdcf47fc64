/**
 * writeWithConsent while the overwrite question is open: the user (or a co-author) may type into
 * the very cells the plan would write. Those must not be overwritten unasked: after consent the
 * targets are read again, and anything that changed since the question is asked about again.
 */
import { describe, expect, it } from 'vitest';
import type { Conflict, SheetPlan } from '../../../src/core/workbook/plan';
import { writeWithConsent } from '../../../src/core/workbook/workbook';
import { MemoryWorkbook } from '../../../src/preview/memory-workbook';

const SHEET = 'Data';
const plan: SheetPlan = {
  sheet: SHEET,
  blocks: [
    {
      row: 0,
      column: 0,
      values: [
        ['Team', 'Total'],
        ['A', 90],
        ['B', 101],
      ],
    },
  ],
};

function seeded(): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  workbook.seed([{ sheet: SHEET, blocks: [{ row: 1, column: 0, values: [['mine']] }] }]);
  return workbook;
}

const where = (conflicts: readonly Conflict[]) =>
  conflicts.map((conflict) => `${conflict.address}=${String(conflict.existing)}`);

describe('writeWithConsent re-checks at write time', () => {
  it('asks again when a cell is filled while the question is open, and keeps it when the second answer is no', async () => {
    const workbook = seeded();
    const questions: string[][] = [];
    const outcome = await writeWithConsent(workbook, [plan], async (conflicts) => {
      questions.push(where(conflicts));
      // While the dialog is open the user types a new value into a planned cell.
      if (questions.length === 1) workbook.setCellAt(SHEET, 'B3', 'typed while asked');
      return questions.length === 1;
    });
    expect(questions).toEqual([['A2=mine'], ['A2=mine', 'B3=typed while asked']]);
    expect(outcome.written).toBe(false);
    expect(workbook.rawAt(SHEET, 'B3')).toBe('typed while asked');
    expect(workbook.rawAt(SHEET, 'A2')).toBe('mine');
    expect(workbook.rawAt(SHEET, 'A1')).toBeNull();
  });

  it('writes once the user has agreed to every cell that is there at write time', async () => {
    const workbook = seeded();
    let asked = 0;
    const outcome = await writeWithConsent(workbook, [plan], async () => {
      asked++;
      if (asked === 1) workbook.setCellAt(SHEET, 'B3', 'typed while asked');
      return true;
    });
    expect(asked).toBe(2);
    expect(outcome.written).toBe(true);
    expect(where(outcome.conflicts)).toEqual(['A2=mine', 'B3=typed while asked']);
    expect(workbook.rawAt(SHEET, 'B3')).toBe(101);
  });

  it('does not ask again when nothing changed while the question was open: one extra read, one write', async () => {
    const workbook = seeded();
    workbook.resetCalls();
    let asked = 0;
    const outcome = await writeWithConsent(workbook, [plan], async () => {
      asked++;
      return true;
    });
    expect(asked).toBe(1);
    expect(outcome.written).toBe(true);
    expect(workbook.calls).toMatchObject({ readTargets: 2, write: 1 });
  });

  it('writes without a second question when the user cleared the cell while asked', async () => {
    const workbook = seeded();
    let asked = 0;
    const outcome = await writeWithConsent(workbook, [plan], async () => {
      asked++;
      workbook.setCellAt(SHEET, 'A2', null);
      return true;
    });
    expect(asked).toBe(1);
    expect(outcome.written).toBe(true);
    expect(workbook.rawAt(SHEET, 'A2')).toBe('A');
  });

  it('gives up without writing when the cells keep changing under every question', async () => {
    const workbook = seeded();
    let asked = 0;
    const outcome = await writeWithConsent(workbook, [plan], async () => {
      asked++;
      workbook.setCellAt(SHEET, 'B2', `edit ${asked}`);
      return true;
    });
    expect(outcome.written).toBe(false);
    expect(asked).toBeGreaterThan(1);
    expect(asked).toBeLessThanOrEqual(5);
    expect(workbook.rawAt(SHEET, 'A2')).toBe('mine');
  });
});
