/**
 * Test helper: the input tables as sheets (header, help row, data rows written as the pane writes
 * them: labels in the language, dates as serial numbers) in a plain in-memory book, computed by
 * the formula engine.
 */
import { FormulaBook } from '../../../src/preview/engine/book';
import { type EngineOptions } from '../../../src/preview/engine/evaluate';
import { SheetError } from '../../../src/preview/engine/values';
import {
  INPUT_TABLES,
  rowsBlock,
  tableSheetPlan,
  type TableCapacity,
  type TypedValue,
} from '../../../src/core/inputs/tables';
import type { TableData } from '../../../src/core/inputs/wiring';
import type { SheetPlan } from '../../../src/core/workbook/plan';
import { rawFromPlan } from '../../../src/preview/engine/raw-cell';
import type { Language } from '../../../src/core/text';

export type Raw = string | number | boolean | null;

export class PlainBook {
  readonly sheets = new Map<string, Raw[][]>();
  readonly book: FormulaBook;
  constructor(options: EngineOptions = {}) {
    this.book = new FormulaBook(
      {
        raw: (sheet, row, column) => this.sheets.get(sheet)?.[row]?.[column] ?? null,
        hasSheet: (sheet) => this.sheets.has(sheet),
      },
      options,
    );
  }

  write(plan: SheetPlan): void {
    let cells = this.sheets.get(plan.sheet);
    if (!cells) {
      cells = [];
      this.sheets.set(plan.sheet, cells);
    }
    for (const block of plan.blocks) {
      block.values.forEach((values, r) => {
        const row = block.row + r;
        while (cells!.length <= row) cells!.push([]);
        values.forEach((value, c) => {
          if (value === null) return;
          cells![row]![block.column + c] = rawFromPlan(value);
        });
      });
    }
    this.book.clear();
  }

  set(sheet: string, row: number, column: number, value: Raw): void {
    const cells = this.sheets.get(sheet)!;
    while (cells.length <= row) cells.push([]);
    cells[row]![column] = value;
    this.book.clear();
  }

  value(sheet: string, row: number, column: number) {
    return this.book.value(sheet, row, column);
  }

  /** What a host's readSheet gives: computed values from A1, blanks "", errors as their code. */
  displayed(sheet: string): (string | number | boolean)[][] {
    const cells = this.sheets.get(sheet) ?? [];
    const width = Math.max(0, ...cells.map((row) => row.length));
    return cells.map((row, r) =>
      Array.from({ length: width }, (_, c) => {
        const value = row[c] === undefined ? null : this.book.value(sheet, r, c);
        if (value === null) return '';
        if (value instanceof SheetError) return value.code;
        return value;
      }),
    );
  }
}

function rowsOf(data: TableData, id: keyof TableData): { values: Readonly<Record<string, TypedValue>> }[] {
  return ((data[id] ?? []) as readonly unknown[]).map((entry) => {
    const values =
      (entry as { values?: Readonly<Record<string, TypedValue>> }).values ??
      (entry as Readonly<Record<string, TypedValue>>);
    return { values };
  });
}

/** Every input table as a sheet holding the data. */
export function bookFromTables(
  data: TableData,
  language: Language,
  options: { capacity?: TableCapacity; engine?: EngineOptions } = {},
): PlainBook {
  const book = new PlainBook(options.engine);
  for (const table of INPUT_TABLES) {
    book.write(tableSheetPlan(table, language, options.capacity ? { capacity: options.capacity } : {}));
    const rows = rowsOf(data, table.id);
    if (rows.length > 0)
      book.write({ sheet: table.sheet[language], blocks: [rowsBlock(table, rows, language, { dates: 'serial' })] });
  }
  return book;
}
