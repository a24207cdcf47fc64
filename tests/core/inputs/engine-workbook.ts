/**
 * The preview's in-memory workbook with the formula engine of src/core/inputs/formula-engine.ts
 * as its calculator, so the wired score cells (IPS.* over ranges, COUNTIFS with a range of
 * criteria, SUMPRODUCT, EDATE …) compute as they do in Excel and Sheets. The preview's own
 * evaluator (src/preview/formula.ts) handles the score sheet's native formulas only.
 *
 * This adapter overrides MemoryWorkbook.value, which readSheet, displayValue and the grid go
 * through; the engine's cache is cleared on every write, seed and edit (a listener registered
 * first, so the grid re-renders from fresh values).
 */
import { FormulaBook, SheetError, type EngineOptions } from '../../../src/core/inputs/formula-engine';
import type { SheetPlan } from '../../../src/core/sheets/plan';
import { FormulaError, type Scalar } from '../../../src/preview/formula';
import { MemoryWorkbook, type MemoryWorkbookOptions } from '../../../src/preview/memory-workbook';

export class EngineWorkbook extends MemoryWorkbook {
  readonly engine: FormulaBook;

  constructor(options: MemoryWorkbookOptions & EngineOptions = {}) {
    super(options);
    this.engine = new FormulaBook({ raw: (sheet, row, column) => this.raw(sheet, row, column), hasSheet: (sheet) => this.sheet(sheet) !== undefined }, options);
    this.subscribe(() => this.engine.clear());
  }

  override value(sheet: string, row: number, column: number): Scalar {
    const value = this.engine.value(sheet, row, column);
    return value instanceof SheetError ? new FormulaError(value.code, value.detail) : value;
  }

  override seed(plans: readonly SheetPlan[]): void {
    super.seed(plans);
    this.engine.clear();
  }

  /** Forgets every computed value (the next reads recalculate everything). */
  recalculate(): void {
    this.engine.clear();
  }
}
