import { IpsError, invalidNumber, invalidValue, notAvailable } from './errors';
import type { Language } from './text';

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
  if (typeof value === 'string') {
    // Fast path: text starting with a printable ASCII character other than space is never blank.
    const first = value.length === 0 ? 0 : value.charCodeAt(0);
    return !(first > 32 && first < 127) && value.trim() === '';
  }
  return value === null || value === undefined;
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
  const { cells: cellsOfRange, count } = parallelColumns(ranges);
  const columns = cellsOfRange.filter((cells): cells is CellMatrix => cells !== undefined);
  const values: CellValue[] = new Array<CellValue>(ranges.length).fill(undefined);
  for (let r = 0; r < count; r++) {
    let allBlank = true;
    for (const column of columns) {
      if (!isBlank(column[r]![0])) {
        allBlank = false;
        break;
      }
    }
    if (allBlank) continue;
    for (let i = 0; i < cellsOfRange.length; i++) values[i] = cellsOfRange[i]?.[r]![0];
    visit(r + 1, values);
  }
}

/**
 * A one-column or one-row range as rows of one cell each (cell r is `rows[r][0]`), without
 * copying a column: the long lists arrive as columns. The same errors as list.
 */
export function columnRows(arg: CellArg, argument: string): CellMatrix {
  const matrix = toMatrix(arg);
  if (matrix.length === 0) return matrix;
  const width = matrix[0]!.length;
  if (width === 1) return matrix;
  if (matrix.length === 1) return matrix[0]!.map((value) => [value]);
  throw invalidValue(`${describe({ argument })}: expected a single column or row, got ${matrix.length}×${width} cells`);
}

/**
 * Several parallel one-column ranges, for callers that walk the rows themselves: `cells[i]` holds
 * ranges[i] as rows of one cell (see columnRows; undefined for an omitted range), `count` the
 * number of rows. Same checks and errors as forEachParallelRow (a 2-D range, ranges of different
 * sizes); blank rows are NOT skipped here.
 */
export function parallelColumns(ranges: readonly { readonly argument: string; readonly arg: CellArg }[]): {
  readonly cells: readonly (CellMatrix | undefined)[];
  readonly count: number;
} {
  const cells: (CellMatrix | undefined)[] = [];
  let first: { argument: string; length: number } | undefined;
  const others: { argument: string; length: number }[] = [];
  for (const range of ranges) {
    if (isOmitted(range.arg)) {
      cells.push(undefined);
      continue;
    }
    const column = columnRows(range.arg, range.argument);
    cells.push(column);
    if (first === undefined) first = { argument: range.argument, length: column.length };
    else others.push({ argument: range.argument, length: column.length });
  }
  if (first === undefined) return { cells, count: 0 };
  for (const other of others) {
    if (other.length !== first.length) {
      throw invalidValue(
        `argument '${other.argument}' has ${other.length} rows but '${first.argument}' has ${first.length}: the ranges must be the same size`,
      );
    }
  }
  return { cells, count: first.length };
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
  const belowMin = rule.min !== undefined && (rule.minExclusive ? value <= rule.min : value < rule.min);
  const aboveMax = rule.max !== undefined && value > rule.max;
  const notInteger = rule.integer === true && !Number.isInteger(value);
  if (belowMin || aboveMax || notInteger) {
    throw invalidNumber(`${describe(where)}: expected ${rule.expected}, got ${value}`);
  }
  return value;
}

/** A number of clients (in a caseload, from teams). */
export const CLIENTS_RULE: NumberRule = { min: 0, integer: true, expected: 'a whole number of clients ≥ 0' };

/** A whole number ≥ 0 (a count of clients or teams): the usual cell answered at once, anything else through readNumber. */
export function readCount(value: CellValue, argument: string, row: number, rule: NumberRule): number {
  return typeof value === 'number' && value >= 0 && Number.isInteger(value)
    ? value
    : readNumber(value, { argument, row }, rule);
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
  throw invalidValue(
    `${describe(where)}: expected yes/no (TRUE/FALSE, 1/0, ja/nei, yes/no, x/blank), got ${shown(value)}`,
  );
}

/**
 * readYesNo for a whole column: the same answers and errors, with logicals, 1/0 and blanks
 * answered at once and each distinct text looked up once (a long list repeats "ja"/"nei").
 */
export function yesNoReader(argument: string): (value: CellValue, row?: number) => boolean {
  const known = new Map<string, boolean>();
  return (value, row) => {
    if (value === true || value === false) return value;
    if (value === null || value === undefined || value === '' || value === 0) return false;
    if (value === 1) return true;
    if (typeof value === 'string') {
      const cached = known.get(value);
      if (cached !== undefined) return cached;
      const answer = readYesNo(value, { argument, row });
      known.set(value, answer);
      return answer;
    }
    return readYesNo(value, { argument, row });
  };
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
/** Excel's day 0 in the 1900 date system (serial 1 = 1900-01-01, with the 1900 leap-year bug); Sheets counts the same. */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/**
 * The one serial-date pair: a spreadsheet serial day number (days since 1899-12-30; a fraction is
 * the time of day) from a moment in UTC milliseconds, and back. Every date conversion in the
 * add-in goes through these two, so the epoch is written once.
 */
export function serialFromUtc(utcMs: number): number {
  return (utcMs - EXCEL_EPOCH_UTC) / MS_PER_DAY;
}

/** The moment (UTC milliseconds) a serial day number stands for: midnight UTC of a whole day. */
export function utcFromSerial(serial: number): number {
  return EXCEL_EPOCH_UTC + serial * MS_PER_DAY;
}

/** The serial day number of a calendar day (month 1–12); Date.UTC's roll-over applies to out-of-range fields. */
export function serialFromCalendar(year: number, month: number, day: number): number {
  return Math.round(serialFromUtc(Date.UTC(year, month - 1, day)));
}

/** A date as a whole day number (Excel serial). Accepts serial numbers, Date objects and ISO text (yyyy-mm-dd). */
export function readDate(value: CellValue, where: Where): number {
  if (typeof value === 'number') {
    if (Number.isFinite(value) && value >= 1 && value < 2_958_466) return Math.floor(value);
    throw invalidNumber(`${describe(where)}: expected a date, got the number ${value}`);
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw invalidValue(`${describe(where)}: expected a date, got an invalid date`);
    // Sheets passes dates at local midnight in the spreadsheet's time zone: use local calendar fields.
    return serialFromCalendar(value.getFullYear(), value.getMonth() + 1, value.getDate());
  }
  if (typeof value === 'string') {
    const match = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(value);
    if (match) {
      const utc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
      const check = new Date(utc);
      if (check.getUTCMonth() === Number(match[2]) - 1) return Math.round(serialFromUtc(utc));
    }
  }
  if (isBlank(value)) throw invalidValue(`${describe(where)}: expected a date, the cell is blank`);
  throw invalidValue(`${describe(where)}: expected a date, got ${shown(value)}`);
}

/** Day number (Excel serial) to ISO yyyy-mm-dd. */
export function serialToIso(serial: number): string {
  return new Date(utcFromSerial(serial)).toISOString().slice(0, 10);
}

/** The optional language argument: "nb" (default, the scale's official wording) or "en". */
export function readLanguage(value: CellArg, argument = 'language'): Language {
  if (isOmitted(value) || (!Array.isArray(value) && isBlank(value as CellValue))) return 'nb';
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (word === 'nb' || word === 'no' || word === 'nn' || word === 'nb-no' || word === 'norsk') return 'nb';
    if (word === 'en' || word === 'en-us' || word === 'en-gb' || word === 'english' || word === 'engelsk') return 'en';
  }
  throw invalidValue(
    `argument '${argument}': expected "nb" or "en", got ${Array.isArray(value) ? 'a range' : shown(value as CellValue)}`,
  );
}

/** A scalar argument: a 1×1 range is accepted as its single value. */
export function scalar(arg: CellArg, argument: string): CellValue {
  if (!Array.isArray(arg)) return arg as CellValue;
  const matrix = arg as CellMatrix;
  if (matrix.length === 1 && matrix[0]!.length === 1) return matrix[0]![0];
  throw invalidValue(
    `argument '${argument}': expected a single cell, got a range of ${matrix.length}×${matrix[0]?.length ?? 0}`,
  );
}

/** No rows left to score: #N/A with what was missing. */
export function requireRows(rows: { readonly length: number }, what: string, argument: string): void {
  if (rows.length === 0)
    throw notAvailable(`argument '${argument}': no ${what} to score (the range is empty or every row is excluded)`);
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
      throw invalidValue(
        `${describe({ argument, row: index + 1 })}: expected ${width} cells in each row, got ${row.length}`,
      );
    }
    return [...row];
  });
}

/** How a column of percentages is written: 80 (percent, 0–100) or 0.8 (fraction, 0–1, e.g. a cell formatted as percent). */
export type PercentUnit = 'percent' | 'fraction';

const PERCENT_UNIT_WORDS: ReadonlyMap<string, PercentUnit> = new Map<string, PercentUnit>([
  ['percent', 'percent'],
  ['prosent', 'percent'],
  ['%', 'percent'],
  ['pct', 'percent'],
  ['fraction', 'fraction'],
  ['andel', 'fraction'],
  ['brøk', 'fraction'],
  ['desimal', 'fraction'],
  ['decimal', 'fraction'],
  ['share', 'fraction'],
]);

/** The optional `unit` argument of a percent column: "percent" (prosent, 0–100) or "fraction" (andel, 0–1); omitted or blank → undefined (inferred). */
export function readPercentUnit(arg: CellArg, argument = 'unit'): PercentUnit | undefined {
  const value = scalar(arg ?? null, argument);
  if (isBlank(value)) return undefined;
  const unit = typeof value === 'string' ? PERCENT_UNIT_WORDS.get(value.trim().toLowerCase()) : undefined;
  if (!unit) {
    throw invalidValue(
      `argument '${argument}': expected "percent" (prosent, 0–100) or "fraction" (andel, 0–1), got ${JSON.stringify(value instanceof Date ? 'a date' : value)}`,
    );
  }
  return unit;
}

export interface PercentColumn {
  /** The values as written, one per kept row (blank and excluded rows left out). */
  readonly values: Float64Array;
  /** The 1-based row of each value. */
  readonly rows: Int32Array;
  /** How the values are read: given as `unit`, or inferred from the values. */
  readonly unit: PercentUnit;
  /** True when the unit was inferred from the values (no `unit` argument). */
  readonly inferred: boolean;
  /** Rows left out by `excluded`. */
  readonly excluded: number;
}

export const PERCENT_CELL_RULE: NumberRule = {
  min: 0,
  expected: 'a percent 0–100 or a share 0–1 (a cell formatted as percent)',
};

/**
 * What the unit of a column of percentages is decided from: the kept values' count and the first
 * value of each kind, in row order (row 0: none). A reader fills it in its pass over the column.
 */
export interface PercentEvidence {
  /** Values kept (blank and excluded rows left out). */
  readonly kept: number;
  /** The first value from 0 (exclusive) to 1 and its row. */
  readonly smallRow: number;
  readonly smallValue: number;
  /** The first value above 1 and its row. */
  readonly largeRow: number;
  readonly largeValue: number;
  /** The first value above 100 and its row. */
  readonly overRow: number;
  readonly overValue: number;
}

/**
 * The unit of a column of percentages (see readPercentColumn) from what its reader found: #N/A
 * when no value is left, #VALUE! when `unit` is not given and the column holds both fractions and
 * percents, #NUM! for the first value above the unit's limit.
 */
export function decidePercentUnit(
  evidence: PercentEvidence,
  argument: string,
  unit: PercentUnit | undefined,
  what: string,
  excludable: boolean,
  unitArgument = 'unit',
): PercentUnit {
  if (evidence.kept === 0) {
    throw notAvailable(
      `argument '${argument}': no ${what} to score (the range is empty${excludable ? ' or every row is excluded' : ''})`,
    );
  }
  const { smallRow, smallValue, largeRow, largeValue, overRow, overValue } = evidence;
  let chosen = unit;
  if (chosen === undefined) {
    if (smallRow > 0 && largeRow > 0) {
      throw invalidValue(
        `argument '${argument}': row ${smallRow} holds ${smallValue} but row ${largeRow} holds ${largeValue}, so it is unclear whether the values are percent (0–100) or fractions (0–1); write them all the same way, or give '${unitArgument}' as "percent" (80 = 80 %) or "fraction" (0.8 = 80 %)`,
      );
    }
    chosen = largeRow > 0 ? 'percent' : 'fraction';
  }
  const [row, value] = chosen === 'percent' ? [overRow, overValue] : [largeRow, largeValue];
  if (row > 0) {
    throw invalidNumber(
      `argument '${argument}' row ${row}: expected ${chosen === 'percent' ? 'a percent from 0 to 100' : 'a fraction from 0 to 1'}, got ${value}`,
    );
  }
  return chosen;
}

/** The evidence of values already read (see PercentEvidence). */
function evidenceOf(values: ArrayLike<number>, rows: ArrayLike<number>, kept: number): PercentEvidence {
  const evidence = { kept, smallRow: 0, smallValue: 0, largeRow: 0, largeValue: 0, overRow: 0, overValue: 0 };
  for (let i = 0; i < kept; i++) {
    const value = values[i]!;
    if (value > 1) {
      if (evidence.largeRow === 0) [evidence.largeRow, evidence.largeValue] = [rows[i]!, value];
      if (value > 100 && evidence.overRow === 0) [evidence.overRow, evidence.overValue] = [rows[i]!, value];
    } else if (value > 0 && evidence.smallRow === 0) {
      [evidence.smallRow, evidence.smallValue] = [rows[i]!, value];
    }
  }
  return evidence;
}

/**
 * A column of percentages (rows of one cell, see columnRows), read the same way by every function that takes one (Bemanning 2,
 * Tjenester 13): a user types 80 or formats the cell as 80 % (stored 0.8). Blank cells are
 * skipped, text is #VALUE!, negative numbers #NUM!. Without `unit`, values above 1 mean the
 * column is in percent, and if every value is from 0 to 1 it holds fractions; a column with both
 * (0.8 and 100) is ambiguous: #VALUE! naming the argument, the two rows and what to do. Then a
 * value above 100 (percent) or 1 (fraction) is #NUM!.
 * `excluded(index)` (optional) is asked for every row in order before its value is read (so its
 * errors come in row order too); an excluded row is counted and not read. `what` names the rows
 * in the #N/A message when none is left, e.g. "employment specialists".
 * The list functions read their columns in one pass with the same rules (percent-rows.ts).
 */
export function readPercentColumn(
  cells: CellMatrix,
  argument: string,
  unit: PercentUnit | undefined,
  what: string,
  excluded?: (index: number) => boolean,
  unitArgument = 'unit',
): PercentColumn {
  const count = cells.length;
  const values = new Float64Array(count);
  const rows = new Int32Array(count);
  let n = 0;
  let left = 0;
  for (let i = 0; i < count; i++) {
    if (excluded !== undefined && excluded(i)) {
      left++;
      continue;
    }
    const value = cells[i]![0];
    if (typeof value === 'number' && value >= 0 && value !== Infinity) {
      values[n] = value;
    } else {
      if (isBlank(value)) continue;
      values[n] = readNumber(value, { argument, row: i + 1 }, PERCENT_CELL_RULE);
    }
    rows[n] = i + 1;
    n++;
  }
  const chosen = decidePercentUnit(
    evidenceOf(values, rows, n),
    argument,
    unit,
    what,
    excluded !== undefined,
    unitArgument,
  );
  return {
    values: values.subarray(0, n),
    rows: rows.subarray(0, n),
    unit: chosen,
    inferred: unit === undefined,
    excluded: left,
  };
}
