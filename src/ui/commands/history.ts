import type { CellValue } from '../../core/cells';
import { saveReviewToHistory, type HistorySave } from '../../core/history/append';
import type { HistoryRow } from '../../core/history/table';
import type { Review } from '../../core/review/model';
import type { ScaleDefinition } from '../../core/scale/types';
import type { Conflict } from '../../core/workbook/plan';
import { writeWithConsent, type Workbook } from '../../core/workbook/workbook';
import type { Language } from '../../core/text';
import { APP_VERSION } from './version';
import { baselineFromPlan, errorText, totalsView, type Notice } from '../state';
import type { Strings } from '../strings';
import {
  chartsOutput,
  checkHistoryAppend,
  foreignConflictsInBounds,
  historySheetCandidates,
  historySnapshot,
  reviewSheetNames,
  valuesInBounds,
  type ChartsOutput,
  type ReviewSheetNames,
} from '../workflow';
import { measure, readMany, type PaneCommandContext } from './pane';

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

/**
 * «Lagre i historikk»: checks the review may go into the history (complete, saved, no personal
 * data), reads the history and chart-data sheets in one trip, appends (saveHistoryAndChartData),
 * then writes the native charts and says what happened.
 */
export async function saveToHistory(pane: PaneCommandContext): Promise<void> {
  const state = pane.state();
  const review = state.review;
  if (!review || state.busy) return;
  const totals = totalsView(review, state.language, state.scale);
  if (!totals.complete) {
    const missing = totals.missing.length;
    pane.notify('warning', (t) => t.historyNeedsComplete(missing));
    return;
  }
  if (state.dirty) {
    pane.notify('warning', (t) => t.historyNeedsSaved);
    return;
  }
  if (!(await pane.privacy.check(review, 'history'))) return;
  const started = performance.now();
  const { language, scale } = pane.state();
  const names = reviewSheetNames(review, language);
  const candidates = historySheetCandidates(language);
  pane.dispatch({ type: 'busy', busy: true, operation: 'history' });
  pane.dispatch({ type: 'notice', notice: null });
  try {
    // One read: the history (either language's name) and the chart-data sheets to regenerate.
    const values = await readMany(pane.workbook, [...candidates, names.charts, names.overview]);
    const history = historySnapshot(candidates, values.slice(0, candidates.length), scale);
    if (history.error) {
      const message = history.error;
      pane.notify('error', (t) => t.historyUnreadable(history.sheet, message));
      return;
    }
    const check = checkHistoryAppend(history.rows, review, scale);
    if (!check.ok) {
      pane.dispatch({ type: 'historyLoaded', history });
      if (check.kind === 'changed') pane.notify('error', (t) => t.historyRefusedChanged(check.row ?? 0));
      else if (check.kind === 'stale') pane.notify('error', (t) => t.historyRefusedStale(check.revision ?? 0));
      else pane.notify('warning', (t) => t.historyNeedsComplete(0));
      return;
    }
    const read: HistoryRead = {
      historySheet: history.sheet,
      history: values[candidates.indexOf(history.sheet)] ?? null,
      rows: history.rows,
      chartSheet: values[candidates.length] ?? null,
      overviewSheet: values[candidates.length + 1] ?? null,
    };
    // The row goes below everything (never over anything); the chart data follows the history as it is now.
    const outcome = await saveHistoryAndChartData(
      pane.workbook,
      review,
      read,
      names,
      { language, scale },
      (conflicts) => pane.confirm(conflicts),
    );
    pane.dispatch({
      type: 'historyLoaded',
      history: { sheet: history.sheet, exists: true, rows: outcome.saved.rows },
    });
    await afterHistorySave(pane, outcome, { review, sheet: history.sheet, names, revision: check.kind === 'revision' });
  } catch (error) {
    const message = errorText(error);
    pane.notify('error', (t) => t.historyFailed(message));
  } finally {
    pane.dispatch({ type: 'busy', busy: false });
    measure('history', started);
  }
}

/** After the row is saved: remembers the chart data as the pane's own, writes the native charts, and tells. */
async function afterHistorySave(
  pane: PaneCommandContext,
  { saved, charts, dataWritten }: HistoryCommandOutcome,
  context: { review: Review; sheet: string; names: ReviewSheetNames; revision: boolean },
): Promise<void> {
  const { review, sheet, names } = context;
  const row = saved.row + 1;
  if (saved.action === 'refusedChanged' || saved.action === 'notVerified' || !charts) {
    pane.notify('error', (t) =>
      saved.action === 'notVerified' ? t.historyNotVerified(sheet, row) : t.historyRefusedChanged(row),
    );
    return;
  }
  for (const plan of dataWritten ? charts.data : []) pane.baselines.set(plan.sheet, baselineFromPlan(plan));
  const first = (t: Strings): string =>
    saved.action === 'unchanged'
      ? t.historyUnchanged(row)
      : saved.action === 'created'
        ? t.historyCreated(sheet)
        : context.revision
          ? t.historyRevision(sheet, row, review.corrections.length)
          : t.historyAppended(sheet, row);
  if (!dataWritten) {
    pane.notify('warning', (t) => [first(t), t.chartsSkipped].join('\n'));
    return;
  }
  let chartError: string | null = null;
  try {
    if (charts.charts.length > 0) await pane.workbook.writeCharts(charts.charts, pane.state().language);
  } catch (error) {
    chartError = errorText(error);
  }
  const { services, points } = charts;
  const kind: Notice['kind'] = chartError ? 'error' : saved.action === 'unchanged' ? 'info' : 'success';
  pane.notify(kind, (t) =>
    [
      first(t),
      chartError ? t.chartsFailed(chartError) : t.chartsWritten(names.charts, points),
      !chartError && services > 1 ? t.overviewWritten(names.overview, services) : '',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  if (!chartError && charts.data.some((plan) => plan.sheet === names.charts))
    await pane.workbook.activate(names.charts);
}
