import type { CellValue } from '../cells';
import type { Review } from '../review/model';
import { DEFAULT_SCALE } from '../scale/registry';
import type { AppendRowOutcome, AppendRowRequest } from '../workbook/append';
import type { Workbook } from '../workbook/workbook';
import {
  historyHeader,
  historyHeaderPlan,
  historyLayout,
  historyRow,
  historyRowFormats,
  historyRowValues,
  HISTORY_SHEET,
  planHistoryAppend,
  readHistory,
  sameRow,
  type HistoryAppendAction,
  type HistoryAppendOptions,
  type HistoryRow,
} from './table';

/**
 * Saving a review to the history: the core decides what to append (planHistoryAppend's rules:
 * same id and revision and identical → nothing; changed → refused; a correction → a new revision),
 * the host only places the row safely (Workbook.appendRow: below everything, never over anything,
 * atomically). Two panes that save at once each get a row of their own; the same review saved
 * twice at once is in the history once (the host finds the row by review id and revision).
 */

/**
 * What became of a save: 'created' / 'appended' / 'unchanged' as planHistoryAppend says, or
 * 'refusedChanged': the same review and revision was saved from elsewhere meanwhile with other
 * values (nothing written), or 'notVerified': the host reports the row written, but reading it back
 * does not give this review (the user should look at the sheet).
 */
export type HistorySaveAction = HistoryAppendAction | 'refusedChanged' | 'notVerified';

export interface HistorySave {
  readonly action: HistorySaveAction;
  /** 0-based sheet row that holds the review (or the row in question). */
  readonly row: number;
  /** The history as the host has it after the save (another pane's rows included). */
  readonly rows: readonly HistoryRow[];
}

/** What the host is asked to append for a review: the header of a new history, the row, its formats, its identity. */
export function historyAppendRequest(review: Review, options: HistoryAppendOptions): AppendRowRequest {
  const scale = options.scale ?? DEFAULT_SCALE;
  const sheet = options.sheet ?? HISTORY_SHEET[options.language];
  const layout = historyLayout(scale);
  const row = historyRow(review, scale, options.appVersion);
  return {
    sheet,
    header: historyHeaderPlan(sheet, options.language, scale),
    values: historyRowValues(row, options.language),
    formats: historyRowFormats(scale),
    identity: [
      { column: layout.reviewId, value: row.reviewId },
      { column: layout.revision, value: row.revision },
    ],
  };
}

/** The one history row at `row` of what the host read, or null when it is not a readable history row. */
function rowAt(
  values: readonly (readonly CellValue[])[],
  row: number,
  options: HistoryAppendOptions,
): HistoryRow | null {
  try {
    const scale = options.scale ?? DEFAULT_SCALE;
    return readHistory([historyHeader('nb', scale), values[row] ?? []], scale)[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The history after the append. When the sheet cannot be read as a history any more (a note a user
 * typed between its rows), the rows the pane knew, and its own where the host put it.
 */
function historyAfter(
  outcome: AppendRowOutcome,
  known: readonly HistoryRow[],
  own: HistoryRow,
  options: HistoryAppendOptions,
): HistoryRow[] {
  try {
    return readHistory(outcome.values, options.scale ?? DEFAULT_SCALE);
  } catch {
    return outcome.status === 'present' ? [...known] : [...known, { ...own, sheetRow: outcome.row }];
  }
}

/**
 * Saves a review to the history. `existing` is what the pane read of the history sheet (from A1;
 * null: no such sheet): the rules are applied to it first, so a refused review costs no write
 * (planHistoryAppend throws #VALUE! then; the pane asks checkHistoryAppend beforehand to say it in
 * the user's language). Then the host appends, in one call. If the same review and revision was
 * saved from elsewhere meanwhile, it is 'unchanged' when identical and 'refusedChanged' otherwise.
 */
export async function saveReviewToHistory(
  workbook: Workbook,
  review: Review,
  existing: readonly (readonly CellValue[])[] | null,
  options: HistoryAppendOptions,
): Promise<HistorySave> {
  const scale = options.scale ?? DEFAULT_SCALE;
  const planned = planHistoryAppend(existing, review, options);
  const known = readHistory(existing, scale);
  if (planned.action === 'unchanged') return { action: 'unchanged', row: planned.row, rows: known };

  const outcome = await workbook.appendRow(historyAppendRequest(review, options));
  const own = historyRow(review, scale, options.appVersion);
  const landed = rowAt(outcome.values, outcome.row, options);
  const holdsOwn = !!landed && sameRow(landed, own);
  const rows = historyAfter(outcome, known, own, options);
  if (outcome.status === 'present')
    return { action: holdsOwn ? 'unchanged' : 'refusedChanged', row: outcome.row, rows };
  if (!holdsOwn) return { action: 'notVerified', row: outcome.row, rows };
  return { action: outcome.created ? 'created' : 'appended', row: outcome.row, rows };
}
