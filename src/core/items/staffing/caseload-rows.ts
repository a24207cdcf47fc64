/**
 * The rows of CASELOAD (Bemanning 1), read, checked and added up in one pass over 100 000 rows
 * without an allocation per row (see long-lists.ts). The usual row (a count, an FTE or none,
 * nothing in `exclude`) is read at once; any other row goes through the cell readers, whose
 * errors name the argument and row.
 *
 * The FTEs are added as floats; when the ratio lands near a whole number or the ratio or the total
 * FTE shown near a tie in hundredths (see nearWholeNumber), they are added again exactly, so the
 * score, the metric and the explanation are those of the exact sums (21 ÷ (0.1 + 0.2 + 0.7) = 21).
 */

import {
  NumberRule,
  CellMatrix,
  CellValue,
  yesNoReader,
  requireRows,
  readNumber,
  isBlank,
  readCount,
  CLIENTS_RULE,
} from '../../cells';
import { readInTwoCalls } from '../shared/long-lists';
import { ExactTotal, countTotal, nearWholeNumber, nearDisplayTie, ExactSum } from '../shared/reasons';
import { CaseloadTotals } from './caseload-size';

export const FTE_RULE: NumberRule = {
  min: 0,
  minExclusive: true,
  max: 1,
  expected: 'a fraction of full time > 0 and ≤ 1 (1 = full time, 0.5 = half time)',
};

/** CASELOAD's record ranges as rows of one cell (undefined when omitted). */
export interface CaseloadRanges {
  readonly counts: CellMatrix | undefined;
  readonly ftes: CellMatrix | undefined;
  readonly exclude: CellMatrix | undefined;
}

/** Where readCaseloadRange keeps its running totals, and readCaseloadRow the row it read. */
const CLIENT_SUM = 0;
const FTE_SUM = 1;
const COUNTED = 2;
const EXCLUDED = 3;
const ROW_CLIENTS = 4;
const ROW_FTE = 5;
const SLOTS = 6;

/** What readCaseloadRow found in a row. */
const ROW_SKIPPED = 0;
const ROW_EXCLUDED = 1;
const ROW_COUNTED = 2;

type ReadExclude = (value: CellValue, row?: number) => boolean;

/** The counted specialists' totals, the FTE exactly where it matters (see the top of this file). */
export function readCaseloadRows(ranges: CaseloadRanges, count: number): Omit<CaseloadTotals, 'noIndividualCaseloads'> {
  const readExclude = yesNoReader('exclude');
  const totals = new Float64Array(SLOTS);
  readInTwoCalls(count, (from, to) => readCaseloadRange(ranges, from, to, totals, readExclude, undefined));
  const n = totals[COUNTED]!;
  requireRows({ length: n }, 'employment specialists', 'caseloads');
  const clientSum = totals[CLIENT_SUM]!;
  const fteSum = totals[FTE_SUM]!;
  let fte: ExactTotal = countTotal(n);
  if (ranges.ftes !== undefined) {
    fte = { exact: undefined, float: fteSum };
    const ratio = clientSum / fteSum;
    if (nearWholeNumber(ratio, n) || nearDisplayTie(ratio, n) || nearDisplayTie(fteSum, n)) {
      const exactFte = new ExactSum();
      readCaseloadRange(ranges, 0, count, new Float64Array(SLOTS), readExclude, exactFte);
      fte = exactFte.total();
    }
  }
  return {
    specialists: n,
    // Whole numbers ≥ 0 added in order: exact while the sum is a safe integer.
    clients: { exact: Number.isSafeInteger(clientSum) ? [clientSum, 1] : undefined, float: clientSum },
    fte,
    excluded: totals[EXCLUDED]!,
  };
}

/** True for an `exclude` cell that leaves its row in without a word: blank, no, 0 or FALSE. */
function unmarked(cell: CellValue): boolean {
  return cell === undefined || cell === null || cell === false || cell === '' || cell === 0;
}

/**
 * Rows [from, to), added to `totals`; each counted FTE also to `exactFte` when given. The usual
 * rows are read by a loop without calls (see long-lists.ts) that stops at any other row; that one
 * goes through readCaseloadRow, and the loop goes on after it.
 */
function readCaseloadRange(
  ranges: CaseloadRanges,
  from: number,
  to: number,
  totals: Float64Array,
  readExclude: ReadExclude,
  exactFte: ExactSum | undefined,
): void {
  const { counts, ftes, exclude } = ranges;
  for (let r = from; r < to; r++) {
    if (exactFte === undefined && counts !== undefined) {
      r = readUsualRows(counts, ftes, exclude, r, to, totals);
      if (r === to) break;
    }
    const found = readCaseloadRow(ranges, r, readExclude, totals);
    if (found === ROW_SKIPPED) continue;
    if (found === ROW_EXCLUDED) {
      totals[EXCLUDED]!++;
      continue;
    }
    const fte = totals[ROW_FTE]!;
    totals[CLIENT_SUM]! += totals[ROW_CLIENTS]!;
    totals[FTE_SUM]! += fte;
    totals[COUNTED]!++;
    if (exactFte !== undefined) exactFte.add(fte);
  }
}

/**
 * Rows from `from` while each holds a count of clients (a whole number ≥ 0), an FTE in (0, 1] (or
 * no `fte` range) and nothing in `exclude`, added to `totals`: the index of the first other row (or
 * `to`). The usual call (counts and FTEs, no `exclude`) has a loop of its own that asks nothing else.
 */
function readUsualRows(
  counts: CellMatrix,
  ftes: CellMatrix | undefined,
  exclude: CellMatrix | undefined,
  from: number,
  to: number,
  totals: Float64Array,
): number {
  let clientSum = totals[CLIENT_SUM]!;
  let fteSum = totals[FTE_SUM]!;
  let r = from;
  if (exclude === undefined && ftes !== undefined) {
    for (; r < to; r++) {
      const clients = counts[r]![0];
      const fte = ftes[r]![0];
      if (!(typeof clients === 'number' && clients >= 0 && Number.isInteger(clients))) break;
      if (!(typeof fte === 'number' && fte > 0 && fte <= 1)) break;
      clientSum += clients;
      fteSum += fte;
    }
  } else {
    for (; r < to; r++) {
      const clients = counts[r]![0];
      const fte = ftes === undefined ? 1 : ftes[r]![0];
      if (!(typeof clients === 'number' && clients >= 0 && Number.isInteger(clients))) break;
      if (!(typeof fte === 'number' && fte > 0 && fte <= 1)) break;
      if (!(exclude === undefined || unmarked(exclude[r]![0]))) break;
      clientSum += clients;
      fteSum += fte;
    }
  }
  totals[CLIENT_SUM] = clientSum;
  totals[FTE_SUM] = fteSum;
  totals[COUNTED]! += r - from;
  return r;
}

/**
 * One row that is not the usual one: a row blank in every range is skipped, a row marked in
 * `exclude` is left out, and so is a row with only "no" in `exclude`; any other row needs a count
 * and, when `fte` is given, an FTE (written to totals[ROW_CLIENTS] and totals[ROW_FTE]).
 */
function readCaseloadRow(
  ranges: CaseloadRanges,
  index: number,
  readExclude: ReadExclude,
  totals: Float64Array,
): number {
  const row = index + 1;
  const value = ranges.counts?.[index]![0];
  const share = ranges.ftes?.[index]![0];
  const skip = ranges.exclude?.[index]![0];
  if (isBlank(value) && isBlank(share) && isBlank(skip)) return ROW_SKIPPED;
  if (readExclude(skip, row)) return ROW_EXCLUDED;
  if (isBlank(value) && isBlank(share)) return ROW_SKIPPED; // only "no" in exclude
  totals[ROW_CLIENTS] = readCount(value, 'caseloads', row, CLIENTS_RULE);
  totals[ROW_FTE] =
    ranges.ftes === undefined
      ? 1
      : typeof share === 'number' && share > 0 && share <= 1
        ? share
        : readNumber(share, { argument: 'fte', row }, FTE_RULE);
  return ROW_COUNTED;
}
