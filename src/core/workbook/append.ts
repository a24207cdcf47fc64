import type { CellValue } from '../cells';
import { planBounds, type PlanFormat, type PlanValue, type SheetPlan } from './plan';

/**
 * Appending a row below everything on a sheet, never over anything (Workbook.appendRow): the
 * request, the outcome, and the host-independent steps every host takes (where the row goes,
 * whether it is there already, the plan that writes it, the check after writing).
 */

/** Cells that tell a row: it holds these values (compared as displayed text) in these columns. */
export interface RowIdentity {
  readonly column: number;
  readonly value: string | number;
}

export interface AppendRowRequest {
  readonly sheet: string;
  /**
   * Written first, from A1, when the sheet is missing or holds nothing: header rows with their
   * formats, column widths, frozen rows. Its blocks say how many rows the header takes.
   */
  readonly header: SheetPlan;
  /** The row's cells from column A. */
  readonly values: readonly PlanValue[];
  /** Formats of the row; their ranges' rows are counted from the appended row (0). */
  readonly formats?: readonly PlanFormat[];
  /** What makes the row this one; a row holding it already is not appended again. */
  readonly identity: readonly RowIdentity[];
}

export interface AppendRowOutcome {
  /**
   * 'appended': the row is now at `row`; 'present': a row with the identity was there already (at
   * `row`), and nothing was written.
   */
  readonly status: 'appended' | 'present';
  /** 0-based sheet row. */
  readonly row: number;
  /** Whether the header was written too (the sheet was missing or held nothing). */
  readonly created: boolean;
  /** The sheet's displayed values from A1 after the append, as readSheet gives them. */
  readonly values: CellValue[][];
}

/** How many times a host tries again when its row did not land as written (another writer). */
export const MAX_APPEND_ATTEMPTS = 3;

function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * The last 0-based row holding anything, or -1. `content` is what the sheet holds from A1: formula
 * text where a cell has one (a formula showing "" is content), otherwise the value.
 */
export function lastFilledRow(content: readonly (readonly CellValue[])[]): number {
  for (let row = content.length - 1; row >= 0; row--) {
    if ((content[row] ?? []).some((cell) => !isBlank(cell))) return row;
  }
  return -1;
}

function text(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** Whether row `row` of `values` (displayed, from A1) holds the identity. */
export function holdsIdentity(
  values: readonly (readonly CellValue[])[],
  row: number,
  identity: readonly RowIdentity[],
): boolean {
  const cells = values[row];
  return !!cells && identity.length > 0 && identity.every((part) => text(cells[part.column]) === text(part.value));
}

/** The first row holding the identity, or -1. */
export function findIdentity(values: readonly (readonly CellValue[])[], identity: readonly RowIdentity[]): number {
  for (let row = 0; row < values.length; row++) if (holdsIdentity(values, row, identity)) return row;
  return -1;
}

/** Rows the header takes. */
export function headerRows(request: AppendRowRequest): number {
  const bounds = planBounds(request.header);
  return bounds.rows === 0 ? 0 : bounds.row + bounds.rows;
}

/** Columns the append writes: the header's and the row's. */
export function appendWidth(request: AppendRowRequest): number {
  const bounds = planBounds(request.header);
  return Math.max(1, request.values.length, bounds.columns === 0 ? 0 : bounds.column + bounds.columns);
}

/** Where the row goes in a sheet whose content (see lastFilledRow) is `content`; null for a missing sheet. */
export function appendTarget(
  request: AppendRowRequest,
  content: readonly (readonly CellValue[])[] | null,
): { row: number; created: boolean } {
  const last = content ? lastFilledRow(content) : -1;
  return last < 0 ? { row: headerRows(request), created: true } : { row: last + 1, created: false };
}

/** The plan that writes the row at `row` (and the header first, when `created`). */
export function appendPlan(request: AppendRowRequest, row: number, created: boolean): SheetPlan {
  const values = [...request.values];
  const rowBlock = { row, column: 0, values: [values] };
  const rowFormats = (request.formats ?? []).map((format) => ({
    ...format,
    range: { ...format.range, row: row + format.range.row },
  }));
  if (!created) return { sheet: request.sheet, blocks: [rowBlock], formats: rowFormats };
  const { header } = request;
  return {
    ...header,
    sheet: request.sheet,
    blocks: [...header.blocks, rowBlock],
    formats: [...(header.formats ?? []), ...rowFormats],
  };
}

/** Checks what came over the wire (google.script.run) before touching the spreadsheet. */
export function assertAppendRequest(request: unknown): asserts request is AppendRowRequest {
  const r = request as Partial<AppendRowRequest> | null;
  if (!r || typeof r.sheet !== 'string' || r.sheet.trim() === '')
    throw new Error('appendRow: the request has no sheet name');
  if (!r.header || !Array.isArray(r.header.blocks)) throw new Error('appendRow: the request has no header plan');
  if (!Array.isArray(r.values) || r.values.length === 0) throw new Error('appendRow: the request has no values');
  const identity = r.identity;
  if (
    !Array.isArray(identity) ||
    identity.length === 0 ||
    identity.some((part) => !part || !Number.isInteger(part.column) || part.column < 0)
  ) {
    throw new Error('appendRow: the request has no identity');
  }
}
