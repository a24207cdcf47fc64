/**
 * How the list functions read 100 000 rows fast in V8 (the engine of Excel's custom functions,
 * of browsers and of Apps Script).
 *
 * A list function reads its rows in one loop that keeps its running totals in local variables
 * (updating object fields costs more per row) and reads the usual cell (a number, a yes/no) at
 * once, so its numbers stay numbers; other cells go through the cell readers. The loop stores its
 * totals in a Float64Array when it ends, so it can go on where an earlier call stopped.
 *
 * The loop over the usual rows holds no call that is not inlined, not even one that never runs
 * (the cell readers that throw, the reader of an unusual row): with one, V8 compiles the whole loop
 * slower, ~1.5× on 100 000 rows of VOCATIONAL_TIME. So the loop stops at the first row that is not
 * the usual one and returns its index; its caller reads that row with the cell readers and starts
 * the loop again after it.
 *
 * The running totals are also used to call the loop twice: for the first WARM_UP_ROWS rows, then for the rest. V8
 * compiles a long loop while it runs (on-stack replacement); code after the loop that has not run
 * yet is compiled as a bail-out, and V8 keeps that compiled code, so every later call bails out
 * at the end of the loop again, and runs up to twice as slow (measured on 100 000-row CASELOAD).
 * After a short first call, all of the code after the loop has run once.
 */
export const WARM_UP_ROWS = 64;

/** Calls read(from, to) for rows [0, count) in two calls: the first WARM_UP_ROWS rows, then the rest. */
export function readInTwoCalls(count: number, read: (from: number, to: number) => void): void {
  const first = Math.min(count, WARM_UP_ROWS);
  read(0, first);
  if (first < count) read(first, count);
}

/**
 * The rows a pass kept, as 0-based indices into its ranges, for explanations that list every kept
 * row: stored only from the first row skipped (until then the i-th kept row is row i), so a list
 * without blank rows needs no array of row numbers.
 */
export class KeptRows {
  indices: Int32Array | undefined = undefined;

  constructor(private readonly capacity: number) {}

  /** Starts storing indices after `kept` rows kept without a gap (rows 0 … kept − 1). */
  start(kept: number): Int32Array {
    const indices = new Int32Array(this.capacity);
    for (let i = 0; i < kept; i++) indices[i] = i;
    this.indices = indices;
    return indices;
  }

  /** The index of the i-th kept row. */
  at(i: number): number {
    return this.indices === undefined ? i : this.indices[i]!;
  }
}
