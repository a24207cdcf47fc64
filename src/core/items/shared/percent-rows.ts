/**
 * The columns of percentages of VOCATIONAL_TIME (with its `exclude` column) and COMMUNITY_TIME,
 * read with readPercentColumn's rules (blank cells skipped, the unit given or inferred, the same
 * errors in the same order) in one pass over 100 000 rows without an allocation per row (see
 * long-lists.ts): no list of the values is kept, only what the scores need.
 */

import {
  CellMatrix,
  CellValue,
  PercentUnit,
  yesNoReader,
  decidePercentUnit,
  PercentEvidence,
  isBlank,
  readNumber,
  PERCENT_CELL_RULE,
} from '../../cells';
import { readInTwoCalls } from './long-lists';
import { ExactTotal, nearWholeNumber, nearDisplayTie, ExactSum, CompensatedSum } from './reasons';

/** Where readPercentRange keeps what it found (see PercentEvidence) and its sums. */
const KEPT = 0;
const EXCLUDED = 1;
const SMALL_ROW = 2;
const SMALL_VALUE = 3;
const LARGE_ROW = 4;
const LARGE_VALUE = 5;
const OVER_ROW = 6;
const OVER_VALUE = 7;
/** Σ value, in row order. */
const SUM = 8;
const SLOTS = 9;

/** Fresh running totals for readPercentRange. */
function newTotals(): Float64Array {
  return new Float64Array(SLOTS);
}

/** A column of percentages and how readPercentRange reads it. */
interface PercentColumn {
  readonly cells: CellMatrix;
  readonly argument: string;
  /** Asked for every row before its value is read (VOCATIONAL_TIME's `exclude`). */
  readonly exclude:
    { readonly cells: CellMatrix; readonly read: (value: CellValue, row?: number) => boolean } | undefined;
  /** The second pass, when the float sum is not enough: each kept value is also added here. */
  readonly again: { add(value: number): void } | undefined;
}

/** A column to read; always made here, so every column has the same shape (one compiled readPercentRange serves both functions). */
function percentColumn(
  cells: CellMatrix,
  argument: string,
  exclude: PercentColumn['exclude'],
  again: PercentColumn['again'] = undefined,
): PercentColumn {
  return { cells, argument, exclude, again };
}

/** VOCATIONAL_TIME's percentages: their unit, how many were kept and left out, and their exact sum where it matters. */
export interface VocationalPercents {
  readonly unit: PercentUnit;
  readonly specialists: number;
  readonly excluded: number;
  /** Σ percent (fractions read as 100 × value, as vocationalTimeFromColumns takes them). */
  readonly percents: ExactTotal;
}

/**
 * VOCATIONAL_TIME's `percent_vocational`, with `exclude` asked for every row before its value is
 * read. The percents are added as floats; when their mean lands near a whole number or the mean or
 * the sum shown near a tie in hundredths (see nearWholeNumber), they are added again exactly, so
 * the metric and the texts are those of the exact sum.
 */
export function readVocationalPercents(
  cells: CellMatrix,
  excludeCells: CellMatrix | undefined,
  unit: PercentUnit | undefined,
): VocationalPercents {
  const exclude = excludeCells === undefined ? undefined : { cells: excludeCells, read: yesNoReader('exclude') };
  const column = percentColumn(cells, 'percent_vocational', exclude);
  const totals = newTotals();
  readInTwoCalls(cells.length, (from, to) => readPercentRange(column, from, to, totals));
  const chosen = decidePercentUnit(evidence(totals), 'percent_vocational', unit, 'employment specialists', true);
  const n = totals[KEPT]!;
  const scale = chosen === 'percent' ? 1 : 100; // fractions are read as percents, as vocationalTimeFromColumns takes them
  const sum = scale * totals[SUM]!;
  let percents: ExactTotal = { exact: undefined, float: sum };
  if (nearWholeNumber(sum / n, n) || nearDisplayTie(sum / n, n) || nearDisplayTie(sum, n)) {
    const exact = new ExactSum();
    const again = { add: (value: number) => exact.add(scale === 1 ? value : value * 100) };
    readPercentRange(percentColumn(cells, 'percent_vocational', exclude, again), 0, cells.length, newTotals());
    percents = exact.total();
  }
  return { unit: chosen, specialists: n, excluded: totals[EXCLUDED]!, percents };
}

/**
 * COMMUNITY_TIME's `percent_in_community`: the unit, the count and the sum. The values are added
 * as floats; when their mean (in percent) lands near a whole number or a tie in hundredths (see
 * nearWholeNumber), they are added again as stableSum adds them, so the metric and the text are
 * those of communityTimeFromColumn.
 */
export function readCommunityShares(
  cells: CellMatrix,
  unit: PercentUnit | undefined,
): { unit: PercentUnit; specialists: number; sum: number } {
  const column = percentColumn(cells, 'percent_in_community', undefined);
  const totals = newTotals();
  readInTwoCalls(cells.length, (from, to) => readPercentRange(column, from, to, totals));
  const chosen = decidePercentUnit(evidence(totals), 'percent_in_community', unit, 'specialists', false);
  const n = totals[KEPT]!;
  let sum = totals[SUM]!;
  const mean = ((chosen === 'percent' ? 1 : 100) * sum) / n;
  if (nearWholeNumber(mean, n) || nearDisplayTie(mean, n)) {
    const stable = new CompensatedSum();
    readPercentRange(percentColumn(cells, 'percent_in_community', undefined, stable), 0, cells.length, newTotals());
    sum = stable.total();
  }
  return { unit: chosen, specialists: n, sum };
}

function evidence(totals: Float64Array): PercentEvidence {
  return {
    kept: totals[KEPT]!,
    smallRow: totals[SMALL_ROW]!,
    smallValue: totals[SMALL_VALUE]!,
    largeRow: totals[LARGE_ROW]!,
    largeValue: totals[LARGE_VALUE]!,
    overRow: totals[OVER_ROW]!,
    overValue: totals[OVER_VALUE]!,
  };
}

/** True for an `exclude` cell that leaves its row in without a word: blank, no, 0 or FALSE. */
function unmarked(cell: CellValue): boolean {
  return cell === undefined || cell === null || cell === false || cell === '' || cell === 0;
}

/**
 * Rows [from, to) of a column of percentages, added to `totals`: an excluded row is counted and
 * not read, a blank cell skipped, a number ≥ 0 kept (anything else is an error from readNumber,
 * in row order), and the first value of each kind noted (see decidePercentUnit). The usual rows,
 * values of a kind already noted, are read by a loop without calls (see long-lists.ts), which
 * stops at any other row; readOtherRow reads that one, and the loop goes on after it.
 */
function readPercentRange(column: PercentColumn, from: number, to: number, totals: Float64Array): void {
  const { cells, exclude, again } = column;
  for (let r = from; r < to; r++) {
    // Values in (low, high] are of the kinds noted already: (0, 1] small, (1, 100] large, above 100
    // over. The second pass (`again`) reads every row through readOtherRow.
    if (again === undefined) {
      const low = totals[SMALL_ROW]! > 0 ? 0 : totals[LARGE_ROW]! > 0 ? 1 : Infinity;
      const high = totals[OVER_ROW]! > 0 ? Number.MAX_VALUE : totals[LARGE_ROW]! > 0 ? 100 : 1;
      r = readUsualRows(cells, exclude?.cells, low, high, r, to, totals);
      if (r === to) break;
    }
    readOtherRow(column, r, totals);
  }
}

/**
 * Rows from `from` while each holds a value in (low, high] and nothing in `exclude` (when given),
 * added to `totals`: the index of the first other row (or `to`).
 */
function readUsualRows(
  cells: CellMatrix,
  excludeCells: CellMatrix | undefined,
  low: number,
  high: number,
  from: number,
  to: number,
  totals: Float64Array,
): number {
  let sum = totals[SUM]!;
  let r = from;
  for (; r < to; r++) {
    const value = cells[r]![0];
    if (!(typeof value === 'number' && value > low && value <= high)) break;
    if (!(excludeCells === undefined || unmarked(excludeCells[r]![0]))) break;
    sum += value;
  }
  totals[SUM] = sum;
  totals[KEPT]! += r - from;
  return r;
}

/** Row r when it is not a usual one: `exclude` asked first, then a blank skipped, a number kept, anything else an error. */
function readOtherRow(column: PercentColumn, r: number, totals: Float64Array): void {
  const { cells, argument, exclude } = column;
  if (exclude !== undefined) {
    const skip = exclude.cells[r]![0];
    if (!unmarked(skip) && exclude.read(skip, r + 1)) {
      totals[EXCLUDED]!++;
      return;
    }
  }
  const value = cells[r]![0];
  if (!(typeof value === 'number' && value >= 0 && value !== Infinity)) {
    if (!isBlank(value)) readNumber(value, { argument, row: r + 1 }, PERCENT_CELL_RULE); // throws: text, a logical, a date, NaN, < 0
    return;
  }
  totals[KEPT]!++;
  totals[SUM]! += value;
  column.again?.add(value);
  // The first value of each kind decides the unit (see decidePercentUnit).
  if (value > 1) {
    if (totals[LARGE_ROW] === 0) {
      totals[LARGE_ROW] = r + 1;
      totals[LARGE_VALUE] = value;
    }
    if (value > 100 && totals[OVER_ROW] === 0) {
      totals[OVER_ROW] = r + 1;
      totals[OVER_VALUE] = value;
    }
  } else if (value > 0 && totals[SMALL_ROW] === 0) {
    totals[SMALL_ROW] = r + 1;
    totals[SMALL_VALUE] = value;
  }
}
