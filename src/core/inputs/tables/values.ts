/** Typed values to and from table sheets: the labels written for list ids and yes/no, and blocks of typed rows. */
import { type ColumnDefinition, type TableDefinition, TABLE_LAYOUT, type TypedValue } from './types';
import { YES_NO_OPTIONS } from './options';
import type { Language } from '../../text';
import { isoDateSerial, type PlanBlock } from '../../workbook/plan';

/** The value to write into a sheet for a typed value: list ids and yes/no become the language's labels. */
export function toSheetValue(
  column: ColumnDefinition,
  value: TypedValue,
  language: Language,
): string | number | boolean {
  if (value === null) return '';
  if (column.type === 'yesno' && typeof value === 'boolean') return YES_NO_OPTIONS[value ? 0 : 1]!.label[language];
  if (column.type === 'list' && typeof value === 'string') {
    const option = column.options?.find((candidate) => candidate.id === value);
    return option ? option.label[language] : value;
  }
  return value;
}

export interface RowsBlockOptions {
  /** First data row to write, 0-based (default the table's first data row). */
  readonly row?: number;
  /**
   * Dates are always written as serial numbers, which every host stores as a date whatever its
   * locale (the columns carry a date format); ISO text would be written as literal text. Kept so
   * callers that ask for "serial" explicitly still compile.
   */
  readonly dates?: 'serial';
}

/** A block writing typed rows into a table sheet from its first data row. */
export function rowsBlock(
  table: TableDefinition,
  rows: readonly { readonly values: Readonly<Record<string, TypedValue>> }[],
  language: Language,
  options: RowsBlockOptions = {},
): PlanBlock {
  return {
    row: options.row ?? TABLE_LAYOUT.firstDataRow,
    column: 0,
    values: rows.map((row) =>
      table.columns.map((column) => {
        const value = row.values[column.id] ?? null;
        if (column.type === 'date' && typeof value === 'string') {
          const serial = isoDateSerial(value);
          if (serial !== null) return serial;
        }
        return toSheetValue(column, value, language);
      }),
    ),
  };
}

/** A sheet date serial (days since 1899-12-30) for ISO yyyy-mm-dd text, or null. */
export { isoDateSerial };
