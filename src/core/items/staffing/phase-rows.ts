/**
 * The rows of ALL_PHASES (Bemanning 3): six yes/no cells per specialist and an optional
 * `refers_out` column, read into one byte per specialist (the phase bits) in one pass over
 * 100 000 rows without an allocation per row (see long-lists.ts). The usual row (six TRUE/FALSE
 * cells, nothing in `refers_out`) is read at once; any other with the yes/no readers, whose
 * errors name the argument and row. A row that is not six cells wide is an error that comes
 * before any other (checkPhaseWidths): the first row off the usual path checks the widths of all
 * rows after it before it is read.
 */

import { CellValue, CellMatrix, yesNoReader, requireRows, isBlank } from '../../cells';
import { invalidValue } from '../../errors';
import { KeptRows, readInTwoCalls } from '../shared/long-lists';
import { AllPhasesColumns, REFERS_OUT_BIT } from './all-phases';

type ReadYesNo = (value: CellValue, row?: number) => boolean;

interface PhaseRanges {
  readonly phases: CellMatrix;
  readonly refersOut: CellMatrix | undefined;
  readonly readPhase: ReadYesNo;
  readonly readRefers: ReadYesNo;
}

/** #VALUE! for the first row from `from` on that is not six cells wide. */
export function checkPhaseWidths(phases: CellMatrix, from = 0): void {
  for (let index = from; index < phases.length; index++) {
    const length = phases[index]!.length;
    if (length !== 6)
      throw invalidValue(`argument 'phases' row ${index + 1}: expected 6 cells in each row, got ${length}`);
  }
}

/** The specialists' phase bits and, when a row was skipped, their rows (see AllPhasesColumns). */
export function readPhaseRows(phases: CellMatrix, refersOut: CellMatrix | undefined): AllPhasesColumns {
  const ranges: PhaseRanges = {
    phases,
    refersOut,
    readPhase: yesNoReader('phases'),
    readRefers: yesNoReader('refers_out'),
  };
  const bits = new Uint8Array(phases.length);
  const kept = new KeptRows(phases.length);
  const counted = new Float64Array(2); // [rows kept, 1 once the widths of all rows are checked]
  readInTwoCalls(phases.length, (from, to) => readPhaseRange(ranges, from, to, bits, kept, counted));
  const n = counted[0]!;
  requireRows({ length: n }, 'employment specialists', 'phases');
  const indices = kept.indices?.subarray(0, n);
  if (indices !== undefined) for (let i = 0; i < n; i++) indices[i]!++; // 0-based indices to 1-based rows
  return { phases: bits.subarray(0, n), rows: indices };
}

/** True for a `refers_out` cell that says no without a word: blank, 0 or FALSE. */
function unmarked(cell: CellValue): boolean {
  return cell === undefined || cell === null || cell === false || cell === '' || cell === 0;
}

/** Rows [from, to): the phase bits of each kept row to `bits`, their indices to `kept`, their number to counted[0]. */
function readPhaseRange(
  ranges: PhaseRanges,
  from: number,
  to: number,
  bits: Uint8Array,
  kept: KeptRows,
  counted: Float64Array,
): void {
  const { phases, refersOut } = ranges;
  let n = counted[0]!;
  let indices = kept.indices;
  for (let r = from; r < to; r++) {
    const cells = phases[r]!;
    const a = cells[0];
    const b = cells[1];
    const c = cells[2];
    const d = cells[3];
    const e = cells[4];
    const f = cells[5];
    let found: number;
    if (
      cells.length === 6 &&
      typeof a === 'boolean' &&
      typeof b === 'boolean' &&
      typeof c === 'boolean' &&
      typeof d === 'boolean' &&
      typeof e === 'boolean' &&
      typeof f === 'boolean' &&
      (refersOut === undefined || unmarked(refersOut[r]![0]))
    ) {
      found = (a ? 1 : 0) | (b ? 2 : 0) | (c ? 4 : 0) | (d ? 8 : 0) | (e ? 16 : 0) | (f ? 32 : 0);
    } else {
      if (counted[1] === 0) {
        checkPhaseWidths(phases, r); // rows before r are six wide
        counted[1] = 1;
      }
      found = readPhaseRow(ranges, r);
      if (found < 0) continue;
    }
    bits[n] = found;
    if (indices === undefined && r !== n) indices = kept.start(n); // the first row skipped
    if (indices !== undefined) indices[n] = r;
    n++;
  }
  counted[0] = n;
}

/** One row read with the yes/no readers: its phase bits, or -1 when it is blank and does not refer out. */
function readPhaseRow(ranges: PhaseRanges, index: number): number {
  const row = index + 1;
  const refers = ranges.refersOut !== undefined && ranges.readRefers(ranges.refersOut[index]![0], row);
  const cells = ranges.phases[index]!;
  if (
    !refers &&
    isBlank(cells[0]) &&
    isBlank(cells[1]) &&
    isBlank(cells[2]) &&
    isBlank(cells[3]) &&
    isBlank(cells[4]) &&
    isBlank(cells[5])
  )
    return -1;
  let bits = refers ? REFERS_OUT_BIT : 0;
  for (let i = 0; i < 6; i++) if (ranges.readPhase(cells[i], row)) bits |= 1 << i;
  return bits;
}
