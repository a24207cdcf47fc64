/**
 * AGREEMENT over two long columns without building a list of scores (100 000 rows): one loop
 * without calls (see items/shared/long-lists.ts) counts the pairs while every cell is a score 1–5
 * or blank (null from Excel, "" from Sheets). Anything else — a cell that is not a score, a
 * range that is not one column or row, ranges of different sizes — gives undefined, and the
 * caller reads the cells with its cell readers, whose messages (in their order) are the ones shown.
 */
import type { CellArg, CellMatrix } from '../cells';
import { agreementOfTally, newPairTally, type AgreementResult } from './agreement';

/** A one-column range as it is, a one-row range as rows of one cell; anything else undefined. */
function asColumn(arg: CellArg): CellMatrix | undefined {
  if (!Array.isArray(arg) || arg.length === 0) return undefined;
  const matrix: CellMatrix = arg;
  if (matrix[0]!.length === 1) return matrix;
  return matrix.length === 1 ? matrix[0]!.map((value) => [value]) : undefined;
}

/** A score 1–5 as the readers take it: a whole number from 1 to 5. */
const isScore = (value: unknown): value is number =>
  typeof value === 'number' && value >= 1 && value <= 5 && Math.floor(value) === value;

/** The agreement of two columns of usual cells; undefined when a cell or the ranges' shape is not usual. */
export function agreementOfColumns(rater1: CellArg, rater2: CellArg): AgreementResult | undefined {
  const first = asColumn(rater1);
  const second = asColumn(rater2);
  if (first === undefined || second === undefined || first.length !== second.length) return undefined;
  const tally = newPairTally(first.length);
  const counts = tally.counts;
  // Only the pairs per (x, y) in the loop (isScore is inlined); every other total is read from them after it.
  for (let r = 0; r < first.length; r++) {
    const x = first[r]![0];
    const y = second[r]![0];
    if (isScore(x) && isScore(y)) {
      counts[(x - 1) * 5 + y - 1]!++;
      continue;
    }
    const xUsual = x === null || x === '' || isScore(x);
    const yUsual = y === null || y === '' || isScore(y);
    if (!xUsual || !yUsual) return undefined;
  }
  for (let i = 0; i < 5; i++) {
    for (let j = 0; j < 5; j++) {
      const pairs = counts[i * 5 + j]!;
      tally.pairs += pairs;
      if (i === j) tally.agreements += pairs;
      tally.rowTotals[i]! += pairs;
      tally.columnTotals[j]! += pairs;
    }
  }
  return agreementOfTally(tally);
}
