/**
 * The engine's values: scalars, spreadsheet errors and grids (ranges and arrays), the conversions
 * between them (text, number, logical, comparison, serial dates) and element-wise mapping.
 */
import { serialFromUtc, utcFromSerial } from '../../core/cells';

// ---- values ------------------------------------------------------------------------------------

export type SheetErrorCode = '#VALUE!' | '#N/A' | '#NUM!' | '#DIV/0!' | '#REF!' | '#NAME?' | '#NULL!';

/** A spreadsheet error value; `detail` says why (the IPS function's message, for one). */
export class SheetError {
  constructor(
    readonly code: SheetErrorCode,
    readonly detail = '',
  ) {}
  toString(): string {
    return this.code;
  }
}

/** A computed cell value; null is a blank cell. */
export type Scalar = number | string | boolean | null | SheetError;

/** A rectangle of values, row-major. `fromRange` marks values read from cells (not computed). */
export interface Grid {
  readonly rows: number;
  readonly columns: number;
  readonly data: readonly Scalar[];
  readonly fromRange?: boolean;
}

export type Value = Scalar | Grid;

export function isSheetError(value: unknown): value is SheetError {
  return value instanceof SheetError;
}

export function isGrid(value: Value): value is Grid {
  return typeof value === 'object' && value !== null && !(value instanceof SheetError);
}

export const grid = (rows: number, columns: number, data: Scalar[]): Grid => ({ rows, columns, data });

// ---- conversions --------------------------------------------------------------------------------

/** How a number shows in text (Excel's 15 significant digits). */
export function numberText(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(15)));
}

export function toText(value: Scalar): string | SheetError {
  if (value instanceof SheetError) return value;
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return numberText(value);
  return value;
}

export function toNumber(value: Scalar): number | SheetError {
  if (value instanceof SheetError) return value;
  if (value === null) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  const trimmed = value.trim();
  if (trimmed !== '' && Number.isFinite(Number(trimmed))) return Number(trimmed);
  return new SheetError('#VALUE!', `text "${value}" used as a number`);
}

export function toBoolean(value: Scalar): boolean | SheetError {
  if (value instanceof SheetError) return value;
  if (value === null) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  const upper = value.trim().toUpperCase();
  if (upper === 'TRUE') return true;
  if (upper === 'FALSE') return false;
  return new SheetError('#VALUE!', `text "${value}" used as TRUE/FALSE`);
}

/** Spreadsheet ordering: numbers < text < logicals, text without case; a blank takes the other side's type. */
export function compareValues(a: Scalar, b: Scalar): number {
  if (a === null) a = typeof b === 'string' ? '' : typeof b === 'boolean' ? false : 0;
  if (b === null) b = typeof a === 'string' ? '' : typeof a === 'boolean' ? false : 0;
  const rank = (value: Scalar) => (typeof value === 'number' ? 0 : typeof value === 'string' ? 1 : 2);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'string' && typeof b === 'string') {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x === y ? 0 : x < y ? -1 : 1;
  }
  const x = Number(a);
  const y = Number(b);
  return x === y ? 0 : x < y ? -1 : 1;
}

export function dateParts(serial: number): [number, number, number] {
  const date = new Date(utcFromSerial(Math.floor(serial)));
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}
export function addMonths(serial: number, months: number): number {
  const [year, month, day] = dateParts(serial);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return Math.round(serialFromUtc(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))));
}

// ---- element-wise helpers ------------------------------------------------------------------------

export function at(value: Grid, row: number, column: number): Scalar {
  const r = value.rows === 1 ? 0 : row;
  const c = value.columns === 1 ? 0 : column;
  if (r >= value.rows || c >= value.columns) return new SheetError('#N/A', 'arrays of different sizes');
  return value.data[r * value.columns + c]!;
}

/** Applies f element by element; grids broadcast (a 1-row or 1-column side repeats), as in Excel. */
export function mapValues(values: readonly Value[], f: (scalars: Scalar[]) => Scalar): Value {
  const grids = values.filter(isGrid);
  if (grids.length === 0) return f(values as Scalar[]);
  const rows = Math.max(...grids.map((g) => g.rows));
  const columns = Math.max(...grids.map((g) => g.columns));
  const data = new Array<Scalar>(rows * columns);
  const scratch = new Array<Scalar>(values.length);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      for (let i = 0; i < values.length; i++) {
        const value = values[i]!;
        scratch[i] = isGrid(value) ? at(value, r, c) : value;
      }
      data[r * columns + c] = f(scratch);
    }
  }
  return grid(rows, columns, data);
}

/** Two operands element by element (the hot path of operators over long ranges). */
export function map2(a: Value, b: Value, f: (x: Scalar, y: Scalar) => Scalar): Value {
  const ga = isGrid(a);
  const gb = isGrid(b);
  if (!ga && !gb) return f(a, b);
  if (ga && !gb)
    return grid(
      a.rows,
      a.columns,
      a.data.map((x) => f(x, b)),
    );
  if (!ga && gb)
    return grid(
      b.rows,
      b.columns,
      b.data.map((y) => f(a, y)),
    );
  const x = a as Grid;
  const y = b as Grid;
  if (x.rows === y.rows && x.columns === y.columns) {
    const data = new Array<Scalar>(x.data.length);
    for (let i = 0; i < data.length; i++) data[i] = f(x.data[i]!, y.data[i]!);
    return grid(x.rows, x.columns, data);
  }
  return mapValues([a, b], (pair) => f(pair[0]!, pair[1]!));
}

export function map1(a: Value, f: (x: Scalar) => Scalar): Value {
  return isGrid(a) ? grid(a.rows, a.columns, a.data.map(f)) : f(a);
}

export function flatten(value: Value): readonly Scalar[] {
  return isGrid(value) ? value.data : [value];
}

export function firstScalar(value: Value): Scalar {
  return isGrid(value) ? (value.data[0] ?? null) : value;
}
