import { invalidValue } from '../errors';
import type { CellValue } from '../functions/cells';
import type { Review } from '../review/model';
import { DEFAULT_SCALE } from '../scale/registry';
import type { AppendRowOutcome, AppendRowRequest } from '../sheets/append';
import type { Workbook } from '../sheets/workbook';
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

export interface HistorySave {
  readonly action: HistoryAppendAction;
  /** 0-based sheet row that holds the review. */
  readonly row: number;
  /** The history as the host has it after the save (another pane's rows included). */
  readonly rows: readonly HistoryRow[];
}

/** What the host is asked to append for a review: the header of a new history, the row, its formats, its identity. */
export function historyAppendRequest(review: Review, options: HistoryAppendOptions): AppendRowRequest {
  const scale = options.scale ?? DEFAULT_SCALE;
  const sheet = options.sheet ?? HISTORY_SHEET[options.language];
  const layout = historyLayout(scale);
  const row = historyRow(review, scale);
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
function rowAt(values: readonly (readonly CellValue[])[], row: number, options: HistoryAppendOptions): HistoryRow | null {
  try {
    const scale = options.scale ?? DEFAULT_SCALE;
    return readHistory([historyHeader('nb', scale), values[row] ?? []], scale)[0] ?? null;
  } catch {
    return null;
  }
}

/** The history after the append; rows the pane cannot read (a note a user typed there) leave the rows it knew plus its own. */
function historyAfter(outcome: AppendRowOutcome, known: readonly HistoryRow[], own: HistoryRow, options: HistoryAppendOptions): HistoryRow[] {
  try {
    return readHistory(outcome.values, options.scale ?? DEFAULT_SCALE);
  } catch {
    return [...known.filter((row) => row.sheetRow !== outcome.row), { ...own, sheetRow: outcome.row }];
  }
}

/**
 * Saves a review to the history. `existing` is what the pane read of the history sheet (from A1;
 * null: no such sheet): the rules are applied to it first, so a refused review costs no write.
 * Then the host appends (one call); if another pane saved the same review and revision meanwhile,
 * the rules are applied again to what is there now. Throws #VALUE! when the rules refuse the
 * review, or when the row the host reports does not hold this review.
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
  const own = historyRow(review, scale);
  if (outcome.status === 'present') {
    // Saved from elsewhere meanwhile: the same rules, over what is there now.
    const again = planHistoryAppend(outcome.values, review, options);
    if (again.action !== 'unchanged') throw invalidValue(`review "${own.reviewId}" was saved to the history from elsewhere meanwhile (row ${outcome.row + 1}); open it again`);
    return { action: 'unchanged', row: again.row, rows: readHistory(outcome.values, scale) };
  }
  const landed = rowAt(outcome.values, outcome.row, options);
  if (!landed || !sameRow(landed, own)) {
    throw invalidValue(`the history row ${outcome.row + 1} does not hold review "${own.reviewId}" after saving it; look at the history sheet`);
  }
  return { action: outcome.created ? 'created' : 'appended', row: outcome.row, rows: historyAfter(outcome, known, own, options) };
}
