/**
 * A column of yes/no answers with an optional column that takes rows out of the count: the jobs
 * of COMPETITIVE_JOBS (competitive?, obtained before IPS?) and the employer contacts of
 * INDIVIDUALIZED_SEARCH (based on preferences?, taken on the participant's initiative?). Counted
 * in one pass over 100 000 rows without an allocation per row (see long-lists.ts): the usual row
 * (TRUE or FALSE, nothing in the other column) at once, any other with the column's reader.
 */

import { CellValue, CellMatrix, isBlank } from '../../cells';
import { readInTwoCalls } from './long-lists';

/** A yes/no column's reader: the answer, or an error naming the argument and row. */
export type YesNoRead = (value: CellValue, row: number) => boolean;

export interface YesNoRanges {
  readonly answers: CellMatrix | undefined;
  readonly readAnswer: YesNoRead;
  /** Yes takes the row out of the count (its answer may then be blank). */
  readonly outOfCount: CellMatrix | undefined;
  readonly readOutOfCount: YesNoRead;
}

/** Rows not blank in both ranges; of them, those counted (not taken out); of those, the ones answered yes. */
export interface YesNoCounts {
  readonly rows: number;
  readonly counted: number;
  readonly yes: number;
}

const ROWS = 0;
const COUNTED = 1;
const YES = 2;
const SLOTS = 3;

/** What readYesNoRow found in a row. */
const ROW_SKIPPED = 0;
const ROW_OUT = 1;
const ROW_NO = 2;
const ROW_YES = 3;

export function countYesNoRows(ranges: YesNoRanges, count: number): YesNoCounts {
  const totals = new Float64Array(SLOTS);
  readInTwoCalls(count, (from, to) => countYesNoRange(ranges, from, to, totals));
  return { rows: totals[ROWS]!, counted: totals[COUNTED]!, yes: totals[YES]! };
}

/** True for a cell of the out-of-count column that keeps its row in without a word: blank, no, 0 or FALSE. */
function unmarked(cell: CellValue): boolean {
  return cell === undefined || cell === null || cell === false || cell === '' || cell === 0;
}

function countYesNoRange(ranges: YesNoRanges, from: number, to: number, totals: Float64Array): void {
  const { answers, outOfCount } = ranges;
  let rows = totals[ROWS]!;
  let counted = totals[COUNTED]!;
  let yes = totals[YES]!;
  // The last two texts answered (a long list repeats "ja" and "nei"), read once each.
  let firstText: string | undefined;
  let firstAnswer = false;
  let secondText: string | undefined;
  let secondAnswer = false;
  for (let r = from; r < to; r++) {
    const answer = answers === undefined ? undefined : answers[r]![0];
    if (outOfCount === undefined || unmarked(outOfCount[r]![0])) {
      let known: boolean | undefined;
      if (answer === true || answer === false) known = answer;
      else if (typeof answer === 'string' && !isBlank(answer)) {
        if (answer === firstText) known = firstAnswer;
        else if (answer === secondText) known = secondAnswer;
        else {
          known = ranges.readAnswer(answer, r + 1);
          [secondText, secondAnswer, firstText, firstAnswer] = [firstText, firstAnswer, answer, known];
        }
      }
      if (known !== undefined) {
        rows++;
        counted++;
        if (known) yes++;
        continue;
      }
    }
    const found = readYesNoRow(ranges, r);
    if (found === ROW_SKIPPED) continue;
    rows++;
    if (found === ROW_OUT) continue;
    counted++;
    if (found === ROW_YES) yes++;
  }
  totals[ROWS] = rows;
  totals[COUNTED] = counted;
  totals[YES] = yes;
}

/**
 * One row that is not the usual one: skipped when blank in both ranges; taken out of the count
 * when the other column says yes (its answer is then read only when not blank); otherwise the
 * answer is read.
 */
function readYesNoRow(ranges: YesNoRanges, index: number): number {
  const row = index + 1;
  const answer = ranges.answers?.[index]![0];
  const out = ranges.outOfCount?.[index]![0];
  if (isBlank(answer) && isBlank(out)) return ROW_SKIPPED;
  const takenOut = out === undefined ? false : ranges.readOutOfCount(out, row);
  const yes = takenOut && isBlank(answer) ? false : ranges.readAnswer(answer, row);
  if (takenOut) return ROW_OUT;
  return yes ? ROW_YES : ROW_NO;
}
