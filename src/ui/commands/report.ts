import type { Report } from '../../core/report/build';
import { downloadFile, openHtmlWindow } from '../download';
import { errorText } from '../state';
import { reportFileName, reportFor, reportPlans, reviewSheetNames } from '../workflow';
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
    }),
  );
}

/** Downloads the standalone HTML report; when the download is blocked the pane shows the HTML to copy. */
export function exportReportHtml(pane: PaneCommandContext, doc: Document, html: string | null): void {
  const review = pane.state().review;
  if (!review || html === null) return;
  const file = reportFileName(review, pane.state().language);
  try {
    if (downloadFile(doc, file, html)) pane.notify('success', (t) => t.exported(file));
    else {
      pane.dispatch({ type: 'reportOption', showHtml: true });
      pane.notify('warning', (t) => t.windowBlocked);
    }
  } catch (error) {
    const message = errorText(error);
    pane.dispatch({ type: 'reportOption', showHtml: true });
    pane.notify('error', (t) => t.exportFailed(message));
  }
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
