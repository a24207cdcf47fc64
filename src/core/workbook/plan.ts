import { serialFromUtc, type CellValue } from '../cells';

/**
 * A formula the add-in means to put in a cell: en-US syntax (commas), starting with "=". A plain
 * object, so plans still travel as JSON (google.script.run).
 */
export interface PlanFormula {
  readonly formula: string;
}

/**
 * A value to put in a cell. A string is ALWAYS literal text, whatever it starts with ("=1+1",
 * "+cmd", "@SUM(1)", "'x", "007", "2025-06-07"): hosts store it as text and read it back as
 * written. Formulas are marked (PlanFormula, made by `formula`); dates are serial day numbers
 * (see `dateValue`) in a cell with a date number format. null = leave the cell as it is.
 */
export type PlanValue = string | number | boolean | null | PlanFormula;

/** Marks formula text (en-US syntax, starting with "=") as a formula to write. */
export function formula(text: string): PlanFormula {
  if (!text.startsWith('=') || text.length < 2) throw new Error(`a formula starts with "=": ${JSON.stringify(text)}`);
  return { formula: text };
}

/** True for a cell the plan means as a formula (a plain object with formula text, e.g. after JSON). */
export function isPlanFormula(value: unknown): value is PlanFormula {
  return typeof value === 'object' && value !== null && typeof (value as { formula?: unknown }).formula === 'string';
}

/** A plan value as a host's readTargets would give it back: formulas as their text, the rest as is. */
export function planCellText(value: PlanValue): string | number | boolean | null {
  return isPlanFormula(value) ? value.formula : value;
}

/** The sheet date serial (days since 1899-12-30) of ISO yyyy-mm-dd text, or null for anything else. */
export function isoDateSerial(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!match) return null;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const date = new Date(time);
  if (
    date.getUTCFullYear() !== Number(match[1]) ||
    date.getUTCMonth() !== Number(match[2]) - 1 ||
    date.getUTCDate() !== Number(match[3])
  )
    return null;
  return Math.round(serialFromUtc(time));
}

/**
 * A date for a plan cell: the serial day number of ISO text, which every host stores as a date
 * whatever its locale (give the cell a date number format); any other text stays literal text.
 */
export function dateValue(iso: string): number | string {
  return isoDateSerial(iso) ?? iso;
}

/** A rectangle, 0-based. */
export interface RangeRect {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** A rectangular block of cells written in one call. null = leave the cell as it is. */
export interface PlanBlock {
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly PlanValue[])[];
}

export interface PlanFormat {
  readonly range: RangeRect;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fill?: string;
  readonly fontColor?: string;
  readonly fontSize?: number;
  readonly numberFormat?: string;
  readonly wrap?: boolean;
  readonly horizontalAlignment?: 'left' | 'center' | 'right';
}

export type ValidationRule =
  | { readonly type: 'wholeNumber'; readonly min: number; readonly max: number; readonly message: string }
  | { readonly type: 'list'; readonly values: readonly string[]; readonly message: string }
  | { readonly type: 'decimal'; readonly min?: number; readonly max?: number; readonly message: string }
  | { readonly type: 'date'; readonly message: string };

export interface PlanValidation {
  readonly range: RangeRect;
  readonly rule: ValidationRule;
}

/** Everything to write to one sheet, described as data so that every host writes the same thing. */
export interface SheetPlan {
  readonly sheet: string;
  readonly blocks: readonly PlanBlock[];
  readonly formats?: readonly PlanFormat[];
  readonly validations?: readonly PlanValidation[];
  /** Column widths in pixels, from column A. */
  readonly columnWidths?: readonly number[];
  readonly frozenRows?: number;
  readonly hiddenColumns?: readonly number[];
  /** Landscape/portrait and fit-to-width for printing. */
  readonly print?: { readonly orientation: 'portrait' | 'landscape'; readonly fitToWidth: boolean };
}

/** A rectangle of cells to write: part of a block with no null (leave-as-is) cell in it. */
export interface CellRun {
  readonly row: number;
  readonly column: number;
  readonly values: PlanValue[][];
}

/**
 * Splits a block into rectangles of non-null cells, so hosts write each with one range call and
 * never touch a null cell: contiguous runs within a row, merged with the runs of the rows below
 * when they span the same columns. A block without nulls is one rectangle.
 */
export function writeRuns(block: PlanBlock): CellRun[] {
  const done: { row: number; column: number; values: PlanValue[][] }[] = [];
  let open = new Map<string, { row: number; column: number; values: PlanValue[][] }>();
  block.values.forEach((rowValues, r) => {
    const next = new Map<string, { row: number; column: number; values: PlanValue[][] }>();
    let c = 0;
    while (c < rowValues.length) {
      if (rowValues[c] === null || rowValues[c] === undefined) {
        c++;
        continue;
      }
      const start = c;
      while (c < rowValues.length && rowValues[c] !== null && rowValues[c] !== undefined) c++;
      const key = `${start}:${c}`;
      const cells = rowValues.slice(start, c) as PlanValue[];
      const continuing = open.get(key);
      if (continuing) {
        continuing.values.push(cells);
        open.delete(key);
        next.set(key, continuing);
      } else {
        next.set(key, { row: block.row + r, column: block.column + start, values: [cells] });
      }
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done.sort((a, b) => a.row - b.row || a.column - b.column);
}

/** The smallest rectangle holding every block of a plan. */
export function planBounds(plan: SheetPlan): RangeRect {
  let top = Infinity,
    left = Infinity,
    bottom = -1,
    right = -1;
  for (const block of plan.blocks) {
    const width = Math.max(0, ...block.values.map((row) => row.length));
    top = Math.min(top, block.row);
    left = Math.min(left, block.column);
    bottom = Math.max(bottom, block.row + block.values.length - 1);
    right = Math.max(right, block.column + width - 1);
  }
  if (bottom < 0) return { row: 0, column: 0, rows: 0, columns: 0 };
  return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

/** A1-style address of a 0-based cell, e.g. (0, 27) → "AB1". */
export function cellAddress(row: number, column: number): string {
  let name = '';
  for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return `${name}${row + 1}`;
}

export function rangeAddress(rect: RangeRect): string {
  const start = cellAddress(rect.row, rect.column);
  if (rect.rows === 1 && rect.columns === 1) return start;
  return `${start}:${cellAddress(rect.row + rect.rows - 1, rect.column + rect.columns - 1)}`;
}

/** A cell that holds something the plan would replace with something else. */
export interface Conflict {
  readonly sheet: string;
  readonly address: string;
  readonly existing: CellValue;
  readonly planned: PlanValue;
}

function isEmpty(value: CellValue): boolean {
  return value === null || value === undefined || value === '';
}

function same(existing: CellValue, planned: PlanValue): boolean {
  if (existing instanceof Date || planned === null) return false;
  // A formula is compared by its text: hosts read back formula text where a cell has one.
  const wanted = planCellText(planned);
  if (typeof existing === 'string' && typeof wanted === 'string') return existing.trim() === wanted.trim();
  // A date planned as its serial may read back as ISO text (Sheets' readTargets gives dates so).
  if (typeof existing === 'string' && typeof wanted === 'number') return isoDateSerial(existing) === wanted;
  return existing === wanted;
}

/**
 * Cells a plan would overwrite. `existing` is what the host read for the plan's bounds
 * (formula text where a cell has one, otherwise its value), or null when the sheet does not exist.
 */
export function findConflicts(plan: SheetPlan, existing: readonly (readonly CellValue[])[] | null): Conflict[] {
  if (!existing) return [];
  const bounds = planBounds(plan);
  const conflicts: Conflict[] = [];
  for (const block of plan.blocks) {
    block.values.forEach((rowValues, r) => {
      rowValues.forEach((planned, c) => {
        if (planned === null) return;
        const row = block.row + r,
          column = block.column + c;
        const current = existing[row - bounds.row]?.[column - bounds.column];
        if (!isEmpty(current) && !same(current, planned)) {
          conflicts.push({ sheet: plan.sheet, address: cellAddress(row, column), existing: current, planned });
        }
      });
    });
  }
  return conflicts;
}
