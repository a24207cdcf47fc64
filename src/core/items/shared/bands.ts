import type { Score } from '../../scale/types';
import type { Text } from '../../text';

/**
 * One row of an item's bands: the score a metric gets when it lies in the row's range, and how
 * the range reads in an explanation. A row without a bound takes every metric (the
 * last row of a table).
 */
export interface BandRow {
  readonly score: Score;
  /** The row takes metrics ≥ min. */
  readonly min?: number;
  /** The row takes metrics > above (for an anchor that says «more than»). */
  readonly above?: number;
  /** The row takes metrics ≤ max. */
  readonly max?: number;
  /** The range as it reads in an explanation, e.g. "50–74 %". */
  readonly label: Text;
}

/** An item's anchors as data: rows tried in order, the first that takes the metric gives the score. */
export interface BandTable {
  /** Where the manual states the anchors (line numbers in the Norwegian manual). */
  readonly manualLines: string;
  readonly rows: readonly BandRow[];
}

/** A label that reads the same in both languages (ranges of numbers: "25–49 %"). */
export function sameInBoth(label: string): Text {
  return { nb: label, en: label };
}

function takes(row: BandRow, metric: number): boolean {
  if (row.min !== undefined && !(metric >= row.min)) return false;
  if (row.above !== undefined && !(metric > row.above)) return false;
  if (row.max !== undefined && !(metric <= row.max)) return false;
  return true;
}

/** The row of `table` that takes `metric`: the first in order (the last row takes what is left). */
export function bandFor(table: BandTable, metric: number): BandRow {
  const rows = table.rows;
  for (let i = 0; i < rows.length; i++) if (takes(rows[i]!, metric)) return rows[i]!;
  throw new RangeError(`no band takes ${metric}`);
}

/** The score of `metric` by the table. */
export function scoreFor(table: BandTable, metric: number): Score {
  return bandFor(table, metric).score;
}

/** The label of the row with this score (a score is in one row of a table). */
export function labelOfScore(table: BandTable, score: Score): Text {
  const row = table.rows.find((candidate) => candidate.score === score);
  if (!row) throw new RangeError(`no band gives ${score}`);
  return row.label;
}
