import type { CellValue } from '../../core/cells';
import { saveReviewToHistory, type HistorySave } from '../../core/history/append';
import type { HistoryRow } from '../../core/history/table';
import type { Review } from '../../core/review/model';
import type { ScaleDefinition } from '../../core/scale/types';
import type { Conflict } from '../../core/workbook/plan';
import { writeWithConsent, type Workbook } from '../../core/workbook/workbook';
import type { Language } from '../../core/text';
import { APP_VERSION } from './version';
import {
  chartsOutput,
  foreignConflictsInBounds,
  valuesInBounds,
  type ChartsOutput,
  type ReviewSheetNames,
} from '../workflow';

/** What the pane read before saving: the history sheet and the chart-data sheets (from A1; null: no such sheet). */
export interface HistoryRead {
  readonly historySheet: string;
  readonly history: CellValue[][] | null;
  /** The history's rows as the pane read them. */
  readonly rows: readonly HistoryRow[];
  readonly chartSheet: CellValue[][] | null;
  readonly overviewSheet: CellValue[][] | null;
}

export interface HistoryCommandOutcome {
  readonly saved: HistorySave;
  /** The chart data and charts for the history after the save (empty when the save was refused). */
  readonly charts: ChartsOutput | null;
  /** Whether the chart-data sheets were written (false: the user kept their own cells there). */
  readonly dataWritten: boolean;
}

/**
 * «Lagre i historikk» against the workbook: the review is appended to the history (never over
 * anything, see saveReviewToHistory), then the chart-data sheets are regenerated from the history
 * as the host has it now (another pane's rows included). A user's own cells on those sheets are
 * asked about (the pane's own earlier output is not), and asked about again if they change while
 * the question is open (writeWithConsent). The native charts are left to the caller.
 */
export async function saveHistoryAndChartData(
  workbook: Workbook,
  review: Review,
  read: HistoryRead,
  names: ReviewSheetNames,
  options: { readonly language: Language; readonly scale: ScaleDefinition },
  confirm: (conflicts: readonly Conflict[]) => Promise<boolean>,
): Promise<HistoryCommandOutcome> {
  const { language, scale } = options;
  const saved = await saveReviewToHistory(workbook, review, read.history, {
    language,
    sheet: read.historySheet,
    scale,
    appVersion: APP_VERSION,
  });
  if (saved.action === 'refusedChanged' || saved.action === 'notVerified')
    return { saved, charts: null, dataWritten: false };
  const charts = chartsOutput(saved.rows, read.rows, review, names, read.historySheet, language, scale);
  if (charts.data.length === 0) return { saved, charts, dataWritten: true };
  const onSheet = charts.data.map((plan) => (plan.sheet === names.charts ? read.chartSheet : read.overviewSheet));
  const data = await writeWithConsent(workbook, charts.data, confirm, {
    existing: charts.data.map((plan, index) => valuesInBounds(plan, onSheet[index] ?? null)),
    conflictsOf: (plan, inBounds, index) => foreignConflictsInBounds(plan, inBounds, charts.before[index] ?? null),
  });
  return { saved, charts, dataWritten: data.written };
}
