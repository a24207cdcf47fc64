import type { Report } from '../core/report/build';
import type { Score } from '../core/scale/types';
import { runBulk, undoBulkStep, type BulkDeps } from './commands/bulk';
import { showChartsInPane } from './commands/charts';
import { rereadEvidence } from './commands/evidence-log';
import { writeReviewPlanInPane } from './commands/review-plan';
import { saveToHistory } from './commands/history';
import type { PaneCommandContext } from './commands/pane';
import { errorText, type AppState } from './state';
import { currentReportHtml, exportReportHtml, makeReport, openReportWindow } from './commands/report';
import {
  backToStart,
  createReview,
  openScoreSheet,
  refreshSheets,
  rereadScoreSheet,
  saveReview,
  startRepeat,
} from './commands/review';
import { emptyCalculatorInput, runCalculator } from './calculator';
import type { Commands } from './context';
import { specFor } from './views/calculator';
import { lazy, type Lazy } from './lazy';

// Commands most sessions never run, loaded on first use (async chunks of the Excel pane).
const cycleCommands = lazy(() => import(/* webpackChunkName: "cycle" */ './commands/cycle-sheets'));
const outcomeCommands = lazy(() => import(/* webpackChunkName: "outcomes" */ './commands/outcomes'));

/** Runs a command of a module loaded on first use; a module that does not load is said, as a view's is. */
function later<T>(pane: PaneCommandContext, commands: Lazy<T>, run: (module: T) => Promise<void>): Promise<void> {
  return commands.load().then(run, (error: unknown) => {
    const message = errorText(error);
    pane.notify('error', (t) => t.viewLoadFailed(message));
  });
}

export interface CommandHost {
  readonly doc: Document;
  /** The report view's HTML builder once its module has loaded (null before). */
  reportHtml(): ((report: Report) => string) | null;
}

/**
 * What the views call (context.ts Commands), each a command of commands/*.ts over the pane's
 * context: read, ask and write through the workbook, and dispatch what happened.
 */
export function paneCommands(pane: PaneCommandContext, host: CommandHost): Commands {
  const { doc } = host;
  const reportHtml = () => currentReportHtml(pane, host.reportHtml());
  const bulkDeps: BulkDeps = {
    state: pane.state,
    dispatch: pane.dispatch,
    ask: pane.ask,
    focusKey: pane.focusKey,
  };
  return {
    createReview: () => createReview(pane),
    openSheet: (sheet) => openScoreSheet(pane, sheet),
    startRepeat: (sheet) => startRepeat(pane, sheet),
    makeReport: () => makeReport(pane),
    exportHtml: () => exportReportHtml(pane, doc, reportHtml()),
    openReportWindow: () => openReportWindow(pane, doc.defaultView, reportHtml()),
    saveToHistory: () => saveToHistory(pane),
    showCharts: () => showChartsInPane(pane),
    outcomeCharts: () => later(pane, outcomeCommands, (module) => module.outcomeChartsInPane(pane)),
    insertResultsSheet: () => later(pane, outcomeCommands, (module) => module.insertResultsSheetInPane(pane)),
    specialistIndicators: () => later(pane, outcomeCommands, (module) => module.specialistIndicatorsInPane(pane)),
    writeReviewPlan: () => writeReviewPlanInPane(pane),
    writeChecklist: () => later(pane, cycleCommands, (module) => module.checklistInPane(pane)),
    drawRecordSample: () => later(pane, cycleCommands, (module) => module.recordSampleInPane(pane)),
    writeEvidenceLog: () => later(pane, cycleCommands, (module) => module.evidenceLogInPane(pane)),
    refreshSheets: () => refreshSheets(pane),
    async save() {
      await saveReview(pane);
    },
    backToStart: () => backToStart(pane),
    useScore(itemId: string, score: Score) {
      pane.dispatch({ type: 'setConsensus', itemId, score });
    },
    calculate(itemId: string) {
      const spec = specFor(itemId);
      if (!spec) return;
      const state = pane.state();
      const input = state.itemUi[itemId]?.calc ?? emptyCalculatorInput(spec);
      pane.dispatch({ type: 'calcResult', itemId, result: runCalculator(spec, input, state.language) });
    },
    focusKey: pane.focusKey,
    applyBulk: (kind) => runBulk(kind, bulkDeps),
    undoBulk: () => undoBulkStep(bulkDeps),
  };
}

/** Views that show what the evidence log says: the item (coverage), the overview (preparation), the report (sources). */
const EVIDENCE_VIEWS: readonly AppState['view'][] = ['item', 'overview', 'report'];

/** What a change of view sets off once the pane has rendered it. */
export function afterViewChange(pane: PaneCommandContext, previous: AppState, state: AppState): void {
  // The evidence log of this review is typed into its sheet: read it again when a view that shows it opens.
  const log = state.evidence;
  if (
    log &&
    (log.error || log.reviewId === state.review?.id) &&
    previous.view !== state.view &&
    previous.screen === 'review' &&
    EVIDENCE_VIEWS.includes(state.view)
  ) {
    void rereadEvidence(pane).catch((error: unknown) => {
      const message = errorText(error);
      pane.notify('warning', (t) => `${t.hostError}: ${message}`);
    });
  }
  // Back from the input tables: the sheet may compute other scores now (rows written there).
  if (previous.view === 'inputs' && state.view !== 'inputs' && state.screen === 'review' && state.review) {
    void rereadScoreSheet(pane).catch((error: unknown) => {
      const message = errorText(error);
      pane.notify('warning', (t) => `${t.hostError}: ${message}`);
    });
  }
}
