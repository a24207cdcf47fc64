import { IpsError, invalidNumber, invalidValue, notAvailable } from '../errors';
import type { Language } from '../text';

/**
 * Spreadsheet-shaped values as the hosts deliver them. Blank cells arrive as "", null or
 * undefined depending on host; dates as serial numbers (Excel) or Date (Sheets).
 */
export type CellValue = number | string | boolean | Date | null | undefined;
export type CellMatrix = readonly (readonly CellValue[])[];
export type CellArg = CellValue | CellMatrix;
/** What a function returns to a cell: a scalar, or a 2-D array that spills. */
export type CellResult = number | string | boolean | (number | string | boolean)[][];

/** Where a value came from, for error messages: argument name and 1-based row in that range. */
export interface Where {
  readonly argument: string;
  readonly row?: number;
}

export function describe(where: Where): string {
  return where.row === undefined ? `argument '${where.argument}'` : `argument '${where.argument}' row ${where.row}`;
}

function shown(value: CellValue): string {
  if (typeof value === 'string') return `text "${value.length > 40 ? value.slice(0, 37) + '...' : value}"`;
  if (value instanceof Date) return 'a date';
  if (typeof value === 'boolean') return `logical ${value ? 'TRUE' : 'FALSE'}`;
  return String(value);
}

export function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function isMatrix(arg: CellArg): arg is CellMatrix {
  return Array.isArray(arg);
}

/** Any argument as a matrix: an omitted argument is empty, a scalar is 1×1. */
export function toMatrix(arg: CellArg): CellMatrix {
  if (isMatrix(arg)) return arg;
  if (arg === null || arg === undefined) return [];
  return [[arg]];
}

/**
 * A one-dimensional list from a range: a single column (one value per row) or a single row.
 * Errors when the range is 2-D, naming the argument.
 */
export function list(arg: CellArg, argument: string): CellValue[] {
  const matrix = toMatrix(arg);
  if (matrix.length === 0) return [];
  const width = matrix[0]!.length;
  if (width === 1) return matrix.map((row) => row[0]);
  if (matrix.length === 1) return [...matrix[0]!];
  throw invalidValue(`${describe({ argument })}: expected a single column or row, got ${matrix.length}×${width} cells`);
}

/** True when an optional argument was left out (hosts pass null or undefined). */
export function isOmitted(arg: CellArg): boolean {
  return arg === null || arg === undefined;
}

/**
 * Several parallel one-column ranges (one row per specialist, job, …) read together.
 * Omitted optional ranges give undefined in each row. Rows where every given range is blank are
 * skipped (so a trailing blank row never changes a result); rows partly blank are kept and the
 * readers report the blank cell. Different lengths are an error naming both arguments.
 */
export function parallelRows(
  ranges: readonly { readonly argument: string; readonly arg: CellArg }[],
): { row: number; values: CellValue[] }[] {
  const rows: { row: number; values: CellValue[] }[] = [];
  forEachParallelRow(ranges, (row, values) => {
    rows.push({ row, values: [...values] });
  });
  return rows;
}

/**
 * parallelRows without a per-row allocation, for long lists (100 000 rows): calls
 * visit(row, values) for every row not blank in all given ranges, in order. `values` has one
 * entry per range (undefined for an omitted one) and is reused between calls: copy what you keep.
 * Same size checks and errors as parallelRows.
 */
export function forEachParallelRow(
  ranges: readonly { readonly argument: string; readonly arg: CellArg }[],
  visit: (row: number, values: readonly CellValue[]) => void,
): void {
  const present = ranges.filter((range) => !isOmitted(range.arg));
  const columns = present.map((range) => ({ argument: range.argument, cells: list(range.arg, range.argument) }));
  const first = columns[0];
  if (!first) return;
  for (const other of columns.slice(1)) {
    if (other.cells.length !== first.cells.length) {
      throw invalidValue(
        `argument '${other.argument}' has ${other.cells.length} rows but '${first.argument}' has ${first.cells.length}: the ranges must be the same size`,
      );
    }
  }
  const cellsOfRange = ranges.map((range) => {
    const index = present.indexOf(range);
    return index < 0 ? undefined : columns[index]!.cells;
  });
  const values: CellValue[] = new Array<CellValue>(ranges.length).fill(undefined);
  const count = first.cells.length;
  for (let r = 0; r < count; r++) {
    let allBlank = true;
    for (const column of columns) {
      if (!isBlank(column.cells[r])) {
        allBlank = false;
        break;
      }
    }
    if (allBlank) continue;
    for (let i = 0; i < cellsOfRange.length; i++) values[i] = cellsOfRange[i]?.[r];
    visit(r + 1, values);
  }
}

export interface NumberRule {
  readonly min?: number;
  /** When true, min is exclusive (e.g. FTE must be > 0). */
  readonly minExclusive?: boolean;
  readonly max?: number;
  readonly integer?: boolean;
  /** Words for the message, e.g. "a whole number of clients ≥ 0". */
  readonly expected: string;
}

/**
 * A number cell. Text (even numeric-looking text such as "20" or "0,5") and logicals are
 * #VALUE!: a silent coercion could score the wrong thing. Out of range is #NUM!.
 */
export function readNumber(value: CellValue, where: Where, rule: NumberRule): number {
  if (typeof value !== 'number') {
    if (isBlank(value)) throw invalidValue(`${describe(where)}: expected ${rule.expected}, the cell is blank`);
    throw invalidValue(`${describe(where)}: expected ${rule.expected}, got ${shown(value)}`);
  }
  if (!Number.isFinite(value)) throw invalidNumber(`${describe(where)}: expected ${rule.expected}, got ${value}`);
  const belowMin =
    rule.min !== undefined && (rule.minExclusive ? value <= rule.min : value < rule.min);
  const aboveMax = rule.max !== undefined && value > rule.max;
  const notInteger = rule.integer === true && !Number.isInteger(value);
  if (belowMin || aboveMax || notInteger) {
    throw invalidNumber(`${describe(where)}: expected ${rule.expected}, got ${value}`);
  }
  return value;
}

const YES = new Set(['true', 'ja', 'yes', 'x', 'j', 'y', '1', 'sann']);
const NO = new Set(['false', 'nei', 'no', 'n', '0', 'usann']);

/**
 * A yes/no cell: TRUE/FALSE, 1/0, ja/nei, yes/no, x/blank (blank = no, as a component
 * without evidence is not present). Anything else is #VALUE!.
 */
export function readYesNo(value: CellValue, where: Where): boolean {
  if (typeof value === 'boolean') return value;
  if (isBlank(value)) return false;
  if (typeof value === 'number') {
    if (value === 1) return true;
    if (value === 0) return false;
  } else if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (YES.has(word)) return true;
    if (NO.has(word)) return false;
  }
  throw invalidValue(`${describe(where)}: expected yes/no (TRUE/FALSE, 1/0, ja/nei, yes/no, x/blank), got ${shown(value)}`);
}

/** Text such as a job type or employer: compared without case and surrounding spaces. */
export function readKey(value: CellValue, where: Where): string {
  if (typeof value === 'string') {
    const key = value.trim().toLocaleLowerCase('nb');
    if (key !== '') return key.replace(/\s+/g, ' ');
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (isBlank(value)) throw invalidValue(`${describe(where)}: expected text, the cell is blank`);
  throw invalidValue(`${describe(where)}: expected text, got ${shown(value)}`);
}

/** A label for display: the text as typed, trimmed. */
export function readLabel(value: CellValue): string {
  return typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : String(value);
}

const MS_PER_DAY = 86_400_000;
/** Excel's day 0 in the 1900 date system (serial 1 = 1900-01-01, with the 1900 leap-year bug). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/** A date as a whole day number (Excel serial). Accepts serial numbers, Date objects and ISO text (yyyy-mm-dd). */
export function readDate(value: CellValue, where: Where): number {
  if (typeof value === 'number') {
    if (Number.isFinite(value) && value >= 1 && value < 2_958_466) return Math.floor(value);
    throw invalidNumber(`${describe(where)}: expected a date, got the number ${value}`);
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw invalidValue(`${describe(where)}: expected a date, got an invalid date`);
    // Sheets passes dates at local midnight in the spreadsheet's time zone: use local calendar fields.
    const utc = Date.UTC(value.getFullYear(), value.getMonth(), value.getDate());
    return Math.round((utc - EXCEL_EPOCH_UTC) / MS_PER_DAY);
  }
  if (typeof value === 'string') {
    const match = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(value);
    if (match) {
      const utc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
      const check = new Date(utc);
      if (check.getUTCMonth() === Number(match[2]) - 1) return Math.round((utc - EXCEL_EPOCH_UTC) / MS_PER_DAY);
    }
  }
  if (isBlank(value)) throw invalidValue(`${describe(where)}: expected a date, the cell is blank`);
  throw invalidValue(`${describe(where)}: expected a date, got ${shown(value)}`);
}

/** Day number (Excel serial) to ISO yyyy-mm-dd. */
export function serialToIso(serial: number): string {
  return new Date(EXCEL_EPOCH_UTC + serial * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The optional language argument: "nb" (default, the scale's official wording) or "en". */
export function readLanguage(value: CellArg, argument = 'language'): Language {
  if (isOmitted(value) || (!Array.isArray(value) && isBlank(value as CellValue))) return 'nb';
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (word === 'nb' || word === 'no' || word === 'nn' || word === 'nb-no' || word === 'norsk') return 'nb';
    if (word === 'en' || word === 'en-us' || word === 'en-gb' || word === 'english' || word === 'engelsk') return 'en';
  }
  throw invalidValue(`argument '${argument}': expected "nb" or "en", got ${Array.isArray(value) ? 'a range' : shown(value as CellValue)}`);
}

/** A scalar argument: a 1×1 range is accepted as its single value. */
export function scalar(arg: CellArg, argument: string): CellValue {
  if (!Array.isArray(arg)) return arg as CellValue;
  const matrix = arg as CellMatrix;
  if (matrix.length === 1 && matrix[0]!.length === 1) return matrix[0]![0];
  throw invalidValue(`argument '${argument}': expected a single cell, got a range of ${matrix.length}×${matrix[0]?.length ?? 0}`);
}

/** No rows left to score: #N/A with what was missing. */
export function requireRows<T>(rows: readonly T[], what: string, argument: string): void {
  if (rows.length === 0) throw notAvailable(`argument '${argument}': no ${what} to score (the range is empty or every row is excluded)`);
}

export { IpsError };

/**
 * A range read as rows of a fixed width (e.g. six phase cells per specialist). Every row is
 * returned, blank or not, so it can be read in parallel with other ranges. An omitted argument
 * gives no rows; a row of another width is #VALUE! naming the argument and row.
 */
export function fixedWidthRows(arg: CellArg, argument: string, width: number): CellValue[][] {
  return toMatrix(arg).map((row, index) => {
    if (row.length !== width) {
      throw invalidValue(`${describe({ argument, row: index + 1 })}: expected ${width} cells in each row, got ${row.length}`);
    }
    return [...row];
  });
}
