import type { Report } from '../../core/report/build';
import { downloadFile, openHtmlWindow } from '../download';
import { errorText, reviewEvidence } from '../state';
import { reportFileName, reportFor, reportPlans, reviewSheetNames } from '../workflow';
import { languageOf } from '../strings/cycle';
import { exportMessage, exportReport } from './export-report';
import { measure, writePlans, type PaneCommandContext } from './pane';

/** «Lag rapport»: the report and action-plan sheets, asking before anyone's cells are overwritten. */
export async function makeReport(pane: PaneCommandContext): Promise<void> {
  const unchecked = pane.state();
  if (!unchecked.review || unchecked.busy) return;
  const review = await pane.privacy.check(unchecked.review, 'report');
  if (!review) return;
  const started = performance.now();
  const state = pane.state();
  const language = state.language;
  const names = reviewSheetNames(review, language);
  pane.dispatch({ type: 'busy', busy: true, operation: 'report' });
  pane.dispatch({ type: 'notice', notice: null });
  try {
    const plans = reportPlans({
      review,
      previous: state.previous,
      rows: state.history?.rows ?? [],
      language,
      roster: state.reportOptions.roster,
      includeFours: state.reportOptions.includeFours,
      names,
      scale: state.scale,
      evidence: reviewEvidence(state),
    });
    const outcome = await writePlans(pane, [plans.reportPlan, plans.actionPlan]);
    if (!outcome.written) {
      pane.notify('warning', (t) => t.notSaved);
      return;
    }
    const warnings = plans.report.warnings.length;
    pane.notify(warnings > 0 ? 'warning' : 'success', (t) =>
      [
        t.reportWritten(names.report, names.actionPlan, plans.actionRows),
        warnings > 0 ? t.warningsHeading(warnings) : '',
      ]
        .filter(Boolean)
        .join('\n'),
    );
    await pane.workbook.activate(names.report);
  } catch (error) {
    const message = errorText(error);
    pane.notify('error', (t) => t.reportFailed(message));
  } finally {
    pane.dispatch({ type: 'busy', busy: false });
    measure('report', started);
  }
}

/** The report as HTML; null without a review or before the report view (whose buttons ask for it) has loaded. */
export function currentReportHtml(
  pane: PaneCommandContext,
  toHtml: ((report: Report) => string) | null,
): string | null {
  const state = pane.state();
  if (!state.review || !toHtml) return null;
  return toHtml(
    reportFor({
      review: state.review,
      previous: state.previous,
      rows: state.history?.rows ?? [],
      language: state.language,
      roster: state.reportOptions.roster,
      scale: state.scale,
      evidence: reviewEvidence(state),
    }),
  );
}

/**
 * «Eksporter HTML»: the report leaves the pane the way the host can do for sure (exportReport: a
 * modal dialog in Sheets, a download elsewhere), and the pane says only what happened; when nothing
 * got the report out, the HTML code to copy opens below.
 */
export async function exportReportHtml(pane: PaneCommandContext, doc: Document, html: string | null): Promise<void> {
  const state = pane.state();
  const review = state.review;
  if (!review || html === null) return;
  const fileName = reportFileName(review, state.language);
  const outcome = await exportReport({
    workbook: pane.workbook,
    language: state.language,
    html,
    fileName,
    title: fileName.replace(/\.html$/, ''),
    download: (file, content) => downloadFile(doc, file, content),
  });
  const message = exportMessage(outcome, state.language);
  if (message.showCopyBox) pane.dispatch({ type: 'reportOption', showHtml: true });
  pane.notify(message.kind, (t) => exportMessage(outcome, languageOf(t)).text);
}

/** Shows the standalone HTML report in a new window (or the HTML in the pane when that is blocked). */
export function openReportWindow(pane: PaneCommandContext, view: Window | null, html: string | null): void {
  if (html === null || !view) return;
  if (openHtmlWindow(view, html)) pane.notify('success', (t) => t.windowOpened);
  else {
    pane.dispatch({ type: 'reportOption', showHtml: true });
    pane.notify('warning', (t) => t.windowBlocked);
  }
}
