/**
 * Empty rows at the end of Excel's ranges. Excel builds differ in what a blank cell inside a range
 * argument becomes: Excel on the web sends null, several desktop builds send 0 (office-js issues
 * #4702, #5262, #1951), and a 0 from a blank cannot be told from a typed 0. A table range such as
 * A2:A50 with three specialists would then score 47 specialists with 0 clients.
 *
 * The rule, for Excel only (Sheets sends "" for a blank, so it needs none): in a function's record
 * ranges (ParameterSpec.rows, one row per specialist, job, contact or item) the run of rows at the
 * end in which every cell of every record range is blank or 0 is empty. Those rows are handed to the
 * core as blank cells, which it skips as it does any blank row, and the `reason` output says how
 * many were left out. A 0 above the last row with data stays a 0; a range of one row (a single cell
 * or one specialist's row) is never changed; fixed lists (TOTAL's scores, caps) are not record
 * ranges. Rows are only blanked, never removed, so ranges of different sizes are still reported.
 */
import { isBlank, type CellArg, type CellMatrix, type CellValue } from '../core/cells';
import type { ParameterSpec } from '../core/functions/types';
import type { Reason } from '../core/result';

/** A cell Excel may send for a blank: null or "" (blank), or 0 from desktop builds. */
function mayBeBlank(value: CellValue): boolean {
  return value === 0 || isBlank(value);
}

/** The record ranges of a call: ranges of at least two rows given to record parameters. */
function recordRanges(parameters: readonly ParameterSpec[], args: readonly CellArg[]): CellMatrix[] {
  const ranges: CellMatrix[] = [];
  parameters.forEach((parameter, index) => {
    const arg = args[index];
    if (parameter.rows === 'records' && Array.isArray(arg) && arg.length >= 2) ranges.push(arg as CellMatrix);
  });
  return ranges;
}

/** Index of the first row of the empty run at the end (the longest range's length when there is none). */
function firstEmptyRowAtEnd(ranges: readonly CellMatrix[]): number {
  let first = Math.max(0, ...ranges.map((range) => range.length));
  while (first > 0) {
    const index = first - 1;
    const empty = ranges.every((range) => index >= range.length || range[index]!.every(mayBeBlank));
    if (!empty) break;
    first = index;
  }
  return first;
}

/** The range with every row from `first` on blank; the same range when those rows are blank already. */
function blankFrom(range: CellMatrix, first: number): CellMatrix {
  let changed = false;
  for (let index = first; index < range.length && !changed; index++) changed = !range[index]!.every(isBlank);
  if (!changed) return range;
  const blankRow: readonly CellValue[] = Object.freeze(new Array<CellValue>(range[0]!.length).fill(null));
  return range.map((row, index) =>
    index < first ? row : row.length === blankRow.length ? blankRow : row.map(() => null),
  );
}

export interface EmptyRowsRead {
  /** The arguments with the empty rows at the end of the record ranges blank. */
  readonly args: CellArg[];
  /** How many rows at the end were empty (0 when none). */
  readonly leftOut: number;
}

/** Applies the rule above to one call's arguments (one per parameter). */
export function leaveOutEmptyRowsAtEnd(parameters: readonly ParameterSpec[], args: readonly CellArg[]): EmptyRowsRead {
  const ranges = recordRanges(parameters, args);
  if (ranges.length === 0) return { args: [...args], leftOut: 0 };
  const longest = Math.max(...ranges.map((range) => range.length));
  const first = firstEmptyRowAtEnd(ranges);
  if (first === longest) return { args: [...args], leftOut: 0 };
  const blanked = args.map((arg, index) =>
    parameters[index]?.rows === 'records' && Array.isArray(arg) && arg.length >= 2
      ? blankFrom(arg as CellMatrix, first)
      : arg,
  );
  return { args: blanked, leftOut: longest - first };
}

/** The note ending the `reason` output when rows were left out. */
export function emptyRowsNote(count: number): Reason {
  return {
    rule: 'excel.empty_rows_left_out',
    text:
      count === 1
        ? {
            nb: '1 tom rad nederst ble utelatt (en rad der alle cellene er tomme eller 0).',
            en: '1 empty row at the end was left out (a row whose cells are all blank or 0).',
          }
        : {
            nb: `${count} tomme rader nederst ble utelatt (rader der alle cellene er tomme eller 0).`,
            en: `${count} empty rows at the end were left out (rows whose cells are all blank or 0).`,
          },
  };
}
