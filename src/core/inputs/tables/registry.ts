/** The one registry of input tables, lookups by id and column, row capacities and A1 ranges of their data. */
import { type ColumnDefinition, type TableDefinition, type TableId, TABLE_LAYOUT } from './types';
import { STAFF_TABLE } from './staff';
import { CASELOAD_TABLE } from './caseload';
import { JOBS_TABLE } from './jobs';
import { EMPLOYER_CONTACTS_TABLE } from './employer-contacts';
import { SPECIALIST_TIME_TABLE } from './specialist-time';
import { CHART_REVIEW_TABLE } from './chart-review';
import { REVIEW_TABLE } from './review';
import type { Language } from '../../text';
import { cellAddress } from '../../workbook/plan';
import { RESULTS_TABLE } from '../../outcomes/results-table';

/** The one registry of input tables, in the order the sheets are created. */
export const INPUT_TABLES: readonly TableDefinition[] = [
  REVIEW_TABLE,
  STAFF_TABLE,
  CASELOAD_TABLE,
  SPECIALIST_TIME_TABLE,
  JOBS_TABLE,
  EMPLOYER_CONTACTS_TABLE,
  CHART_REVIEW_TABLE,
  RESULTS_TABLE,
];

export const TABLES: Readonly<Record<TableId, TableDefinition>> = {
  staff: STAFF_TABLE,
  caseload: CASELOAD_TABLE,
  jobs: JOBS_TABLE,
  employerContacts: EMPLOYER_CONTACTS_TABLE,
  specialistTime: SPECIALIST_TIME_TABLE,
  chartReview: CHART_REVIEW_TABLE,
  review: REVIEW_TABLE,
  results: RESULTS_TABLE,
};

export function tableById(id: string): TableDefinition {
  const table = (TABLES as Readonly<Record<string, TableDefinition>>)[id];
  if (!table) throw new Error(`unknown input table: ${id}`);
  return table;
}

export function columnIndex(table: TableDefinition, columnId: string): number {
  const index = table.columns.findIndex((column) => column.id === columnId);
  if (index < 0) throw new Error(`table ${table.id} has no column ${columnId}`);
  return index;
}

export function columnById(table: TableDefinition, columnId: string): ColumnDefinition {
  return table.columns[columnIndex(table, columnId)]!;
}

/** The label of a list option in a language (throws for an unknown option: a programming error). */
export function optionLabel(column: ColumnDefinition, optionId: string, language: Language): string {
  const option = column.options?.find((candidate) => candidate.id === optionId);
  if (!option) throw new Error(`column ${column.id} has no option ${optionId}`);
  return option.label[language];
}

/**
 * Data rows a list table's formulas, validations and imports reach, per table. The default
 * (rows 3–2000, 1998 rows) suits a team's own lists; a service importing long exports (e.g. a
 * year of contact logs) gives a larger number, and every formula range grows with it.
 */
export type TableCapacity = Partial<Readonly<Record<TableId, number>>>;

/** Data rows of a list table by default: rows 3–2000. */
export const DEFAULT_CAPACITY = TABLE_LAYOUT.lastDataRow - TABLE_LAYOUT.firstDataRow + 1;

/** Data rows of a table: 1 for a settings table, else its capacity (default 1998). */
export function tableRows(table: TableDefinition, capacity?: TableCapacity): number {
  if (table.singleRow) return 1;
  const rows = capacity?.[table.id] ?? DEFAULT_CAPACITY;
  if (!Number.isInteger(rows) || rows < 1 || rows > 1_000_000)
    throw new Error(`capacity of table ${table.id} must be a whole number of rows from 1 to 1000000, got ${rows}`);
  return rows;
}

/** Last data row (0-based) of a table: the single data row of a settings table, else row 2000 (or the capacity's). */
export function lastDataRow(table: TableDefinition, capacity?: TableCapacity): number {
  return TABLE_LAYOUT.firstDataRow + tableRows(table, capacity) - 1;
}

/** Quotes a sheet name for a formula: 'Tid og faser'. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function absolute(row: number, column: number): string {
  const address = cellAddress(row, column);
  return `$${address.replace(/(\d+)$/, '$$$1')}`;
}

/** Absolute A1 range of one column's data rows, with the sheet: 'Ansatte'!$C$3:$C$2000. */
export function columnRange(
  table: TableDefinition,
  columnId: string,
  language: Language,
  through?: string,
  capacity?: TableCapacity,
): string {
  const first = columnIndex(table, columnId);
  const last = through === undefined ? first : columnIndex(table, through);
  const start = absolute(TABLE_LAYOUT.firstDataRow, first);
  const end = absolute(lastDataRow(table, capacity), last);
  return `${quoteSheet(table.sheet[language])}!${start === end ? start : `${start}:${end}`}`;
}
