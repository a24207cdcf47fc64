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

/** The agreement of two columns of usual cells; undefined when a cell or the ranges' shape is not usual. */
export function agreementOfColumns(rater1: CellArg, rater2: CellArg): AgreementResult | undefined {
  const first = asColumn(rater1);
  const second = asColumn(rater2);
  if (first === undefined || second === undefined || first.length !== second.length) return undefined;
  const tally = newPairTally(first.length);
  const { counts, rowTotals, columnTotals } = tally;
  let pairs = 0;
  let agreements = 0;
  for (let r = 0; r < first.length; r++) {
    const x = first[r]![0];
    const y = second[r]![0];
    const xScored = x === 1 || x === 2 || x === 3 || x === 4 || x === 5;
    const yScored = y === 1 || y === 2 || y === 3 || y === 4 || y === 5;
    if (!xScored && x !== null && x !== '') return undefined;
    if (!yScored && y !== null && y !== '') return undefined;
    if (!xScored || !yScored) continue;
    pairs++;
    if (x === y) agreements++;
    counts[(x - 1) * 5 + y - 1]!++;
    rowTotals[x - 1]!++;
    columnTotals[y - 1]!++;
  }
  tally.pairs = pairs;
  tally.agreements = agreements;
  return agreementOfTally(tally);
}
