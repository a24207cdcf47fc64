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

/** Where readPercentRange keeps its running totals. */
const KEPT = 0;
const EXCLUDED = 1;
/** Σ value, in row order. */
const SUM = 2;
/** The largest value kept, and the smallest above 0 (Infinity while none): whether evidence() has to look for a kind. */
const MAX = 3;
const MIN_POSITIVE = 4;
const SLOTS = 5;

/** Fresh running totals for readPercentRange. */
function newTotals(): Float64Array {
  const totals = new Float64Array(SLOTS);
  totals[MIN_POSITIVE] = Infinity;
  return totals;
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
  const chosen = decidePercentUnit(
    evidence(column, totals),
    'percent_vocational',
    unit,
    'employment specialists',
    true,
  );
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
  const chosen = decidePercentUnit(evidence(column, totals), 'percent_in_community', unit, 'specialists', false);
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

/**
 * The first value of each kind (see PercentEvidence), looked up after the pass only for the kinds
 * the pass saw (its largest and smallest positive value tell): a percent column's first value
 * above 1 is usually in its first row, and a column without a kind is not read again for it.
 */
function evidence(column: PercentColumn, totals: Float64Array): PercentEvidence {
  const max = totals[MAX]!;
  const [largeRow, largeValue] = max > 1 ? firstKept(column, (value) => value > 1) : NONE;
  const [overRow, overValue] = max > 100 ? firstKept(column, (value) => value > 100) : NONE;
  const [smallRow, smallValue] =
    totals[MIN_POSITIVE]! <= 1 ? firstKept(column, (value) => value > 0 && value <= 1) : NONE;
  return { kept: totals[KEPT]!, smallRow, smallValue, largeRow, largeValue, overRow, overValue };
}

const NONE: readonly [number, number] = [0, 0];

/** The 1-based row and value of the first kept value (not blank, not excluded) that `matches`. */
function firstKept(column: PercentColumn, matches: (value: number) => boolean): readonly [number, number] {
  const { cells, exclude } = column;
  for (let r = 0; r < cells.length; r++) {
    if (exclude !== undefined && !unmarked(exclude.cells[r]![0]) && exclude.read(exclude.cells[r]![0], r + 1)) continue;
    const value = cells[r]![0];
    if (typeof value === 'number' && matches(value)) return [r + 1, value];
  }
  return NONE;
}

/** True for an `exclude` cell that leaves its row in without a word: blank, no, 0 or FALSE. */
function unmarked(cell: CellValue): boolean {
  return cell === undefined || cell === null || cell === false || cell === '' || cell === 0;
}

/**
 * Rows [from, to) of a column of percentages, added to `totals`: an excluded row is counted and
 * not read, a blank cell skipped, a number ≥ 0 kept (anything else is an error from readNumber,
 * in row order). The usual rows are read by a loop without calls (see long-lists.ts), which stops
 * at any other row; readOtherRow reads that one, and the loop goes on after it.
 */
function readPercentRange(column: PercentColumn, from: number, to: number, totals: Float64Array): void {
  if (column.again !== undefined) {
    readRowsAgain(column, from, to, totals, column.again);
    return;
  }
  const { cells, exclude } = column;
  const usualRows = (start: number): number =>
    exclude === undefined
      ? readUsualRows(cells, start, to, totals)
      : readUsualRowsExcluding(cells, exclude.cells, start, to, totals);
  for (let r = usualRows(from); r < to; r = usualRows(r + 1)) readOtherRow(column, r, totals);
}

/** True for a number kept as it is: ≥ 0 and finite. */
function usualValue(value: CellValue): value is number {
  return typeof value === 'number' && value >= 0 && value !== Infinity;
}

/** Adds a kept value to the running totals (what readUsualRows does in its loop). */
function keep(totals: Float64Array, value: number): void {
  totals[KEPT]!++;
  totals[SUM]! += value;
  if (value > totals[MAX]!) totals[MAX] = value;
  if (value < totals[MIN_POSITIVE]! && value > 0) totals[MIN_POSITIVE] = value;
}

/** Rows from `from` while each holds a usual value, added to `totals`: the index of the first other row (or `to`). */
function readUsualRows(cells: CellMatrix, from: number, to: number, totals: Float64Array): number {
  let kept = totals[KEPT]!;
  let sum = totals[SUM]!;
  let max = totals[MAX]!;
  let minPositive = totals[MIN_POSITIVE]!;
  let r = from;
  for (; r < to; r++) {
    const value = cells[r]![0];
    if (!usualValue(value)) break;
    kept++;
    if (value > max) max = value;
    if (value < minPositive && value > 0) minPositive = value;
    sum += value;
  }
  totals[KEPT] = kept;
  totals[SUM] = sum;
  totals[MAX] = max;
  totals[MIN_POSITIVE] = minPositive;
  return r;
}

/** readUsualRows where a row is usual only when its `exclude` cell is unmarked too. */
function readUsualRowsExcluding(
  cells: CellMatrix,
  excludeCells: CellMatrix,
  from: number,
  to: number,
  totals: Float64Array,
): number {
  let kept = totals[KEPT]!;
  let sum = totals[SUM]!;
  let max = totals[MAX]!;
  let minPositive = totals[MIN_POSITIVE]!;
  let r = from;
  for (; r < to; r++) {
    const value = cells[r]![0];
    if (!(usualValue(value) && unmarked(excludeCells[r]![0]))) break;
    kept++;
    if (value > max) max = value;
    if (value < minPositive && value > 0) minPositive = value;
    sum += value;
  }
  totals[KEPT] = kept;
  totals[SUM] = sum;
  totals[MAX] = max;
  totals[MIN_POSITIVE] = minPositive;
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
  if (usualValue(value)) keep(totals, value);
  else if (!isBlank(value)) readNumber(value, { argument, row: r + 1 }, PERCENT_CELL_RULE); // throws: text, a logical, a date, NaN, < 0
}

/** The second pass: each kept value (read and checked in the first) added to `again` as well. */
function readRowsAgain(
  column: PercentColumn,
  from: number,
  to: number,
  totals: Float64Array,
  again: { add(value: number): void },
): void {
  for (let r = from; r < to; r++) {
    const excluded = totals[EXCLUDED]!;
    readOtherRow(column, r, totals);
    const value = column.cells[r]![0];
    if (totals[EXCLUDED] === excluded && usualValue(value)) again.add(value);
  }
}
