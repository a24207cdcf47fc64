import { reportHtml } from '../../core/report/html';
import { repeatWarnings } from '../../core/review/repeat';
import { h, type Child } from '../dom';
import { operationButton } from './common';
import type { ViewContext } from '../context';
import { reviewEvidence, totalsView } from '../state';
import { historyStatus, reportFor, reviewSheetNames } from '../workflow';
import { serviceTrend } from '../../core/history/trends';
import { SHOW_CHARTS_HINT, SHOW_CHARTS_LABEL } from '../commands/charts';
import {
  OUTCOME_CHARTS_HINT,
  OUTCOME_CHARTS_LABEL,
  RESULTS_SHEET_HINT,
  RESULTS_SHEET_LABEL,
} from '../commands/outcomes';
import { cycleStrings } from '../strings/cycle';
import { specialistIndicatorsSection } from './outcome-indicators';

// For the pane's export commands, which run from this view's buttons (this module is loaded lazily).
export { reportHtml };

/**
 * Report, action plan and history: the report's validation warnings (live), the report and
 * action-plan sheets, the standalone HTML (download, new window, or the code to copy), and
 * saving to the history with the charts over time.
 */
export function reportView(ctx: ViewContext): Child {
  return h(
    'div',
    { class: 'ipsf-stack', dataset: { role: 'report-view' } },
    reportCard(ctx),
    exportCard(ctx),
    historyCard(ctx),
  );
}

/** The report's validation warnings (and a repeat review's unexplained changes), from the state now. */
function warningsSection(ctx: ViewContext): HTMLElement {
  const { s, prefix } = ctx;
  const state = ctx.stateNow();
  const review = state.review!;
  const report = reportFor({
    review,
    previous: state.previous,
    rows: state.history?.rows ?? [],
    language: state.language,
    roster: state.reportOptions.roster,
    scale: state.scale,
    evidence: reviewEvidence(state),
  });
  const repeat = repeatWarnings(review, state.scale).filter((warning) => warning.code === 'changedWithoutNote');
  const warnings = [
    ...report.warnings.map((warning) => ({ code: warning.code, message: warning.message })),
    ...repeat.map((warning) => ({ code: warning.code, message: warning.message[state.language] })),
  ];
  return h(
    'section',
    { 'aria-labelledby': `${prefix}-warn-h`, dataset: { role: 'report-warnings' } },
    h('h3', { id: `${prefix}-warn-h` }, s.warningsHeading(warnings.length)),
    warnings.length === 0
      ? h('p', { class: 'ipsf-msg ipsf-msg-success' }, h('span', null, s.noWarnings))
      : h(
          'ul',
          { class: 'ipsf-stack' },
          warnings.map((warning) =>
            h(
              'li',
              { class: 'ipsf-msg ipsf-msg-warning', dataset: { warning: warning.code } },
              h('span', null, warning.message),
            ),
          ),
        ),
  );
}

let rosterTimer: ReturnType<typeof setTimeout> | undefined;

function reportCard(ctx: ViewContext): Child {
  const { state, s, prefix, dispatch } = ctx;
  const review = state.review!;
  const names = reviewSheetNames(review, state.language);
  const rosterId = `${prefix}-roster`;
  return h(
    'section',
    { class: 'ipsf-card', 'aria-labelledby': `${prefix}-report-h` },
    h('h2', { id: `${prefix}-report-h` }, s.reportHeading),
    h('p', { class: 'ipsf-muted', dataset: { role: 'report-target' } }, s.reportIntro(names.report, names.actionPlan)),
    warningsSection(ctx),
    h(
      'label',
      { class: 'ipsf-check' },
      h('input', {
        type: 'checkbox',
        checked: state.reportOptions.includeFours,
        'aria-describedby': `${prefix}-fours-hint`,
        dataset: { key: 'include-fours' },
        onChange: (event: Event) =>
          dispatch({ type: 'reportOption', includeFours: (event.target as HTMLInputElement).checked }),
      }),
      h(
        'span',
        null,
        s.includeFours,
        h('span', { id: `${prefix}-fours-hint`, class: 'ipsf-muted', style: 'display:block' }, s.includeFoursHint),
      ),
    ),
    h(
      'div',
      { class: 'ipsf-field' },
      h('label', { for: rosterId }, s.rosterLabel),
      h(
        'textarea',
        {
          id: rosterId,
          class: 'ipsf-textarea',
          rows: 2,
          autocomplete: 'off',
          spellcheck: 'false',
          'aria-describedby': `${rosterId}-hint`,
          dataset: { key: 'roster' },
          onInput: (event: Event) => {
            dispatch({ type: 'reportOption', roster: (event.target as HTMLTextAreaElement).value }, { render: false });
            // The warnings follow the names once typing pauses, patched in place: a re-render would
            // take the field (and a click that ends the typing) away.
            const card = (event.target as HTMLElement).closest('section');
            clearTimeout(rosterTimer);
            rosterTimer = setTimeout(() => {
              const old = card?.querySelector('[data-role="report-warnings"]');
              if (old?.isConnected) old.replaceWith(warningsSection(ctx));
            }, 250);
          },
        },
        state.reportOptions.roster,
      ),
      h('span', { id: `${rosterId}-hint`, class: 'ipsf-muted' }, s.rosterHint),
    ),
    h(
      'div',
      null,
      operationButton(ctx, {
        operation: 'report',
        key: 'make-report',
        variant: 'ipsf-primary',
        label: s.makeReport,
        busyLabel: s.makingReport,
        run: () => ctx.commands.makeReport(),
      }),
    ),
  );
}

function exportCard(ctx: ViewContext): Child {
  const { state, s, prefix, dispatch } = ctx;
  const review = state.review!;
  const codeId = `${prefix}-html-code`;
  let code: Child = null;
  if (state.reportOptions.showHtml) {
    const report = reportFor({
      review,
      previous: state.previous,
      rows: state.history?.rows ?? [],
      language: state.language,
      roster: state.reportOptions.roster,
      scale: state.scale,
      evidence: reviewEvidence(state),
    });
    code = h(
      'div',
      { class: 'ipsf-field' },
      h('label', { for: codeId }, s.htmlCode),
      h(
        'textarea',
        {
          id: codeId,
          class: 'ipsf-textarea ipsf-code',
          rows: 6,
          readonly: true,
          spellcheck: 'false',
          dataset: { key: 'html-code', role: 'html-code' },
          onFocus: (event: Event) => (event.target as HTMLTextAreaElement).select(),
        },
        reportHtml(report),
      ),
    );
  }
  return h(
    'section',
    { class: 'ipsf-card', 'aria-labelledby': `${prefix}-export-h` },
    h('h3', { id: `${prefix}-export-h` }, s.exportHeading),
    h('p', { class: 'ipsf-muted' }, s.exportHint),
    h(
      'div',
      { class: 'ipsf-row' },
      h(
        'button',
        {
          type: 'button',
          class: 'ipsf-btn',
          dataset: { key: 'export-html', role: 'export-html' },
          onClick: () => void ctx.commands.exportHtml(),
        },
        s.exportHtml,
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'ipsf-btn',
          dataset: { key: 'open-window', role: 'open-window' },
          onClick: () => ctx.commands.openReportWindow(),
        },
        s.openWindow,
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'ipsf-btn ipsf-subtle',
          'aria-expanded': String(state.reportOptions.showHtml),
          'aria-controls': state.reportOptions.showHtml ? codeId : undefined,
          dataset: { key: 'show-html' },
          onClick: () => dispatch({ type: 'reportOption', showHtml: !state.reportOptions.showHtml }),
        },
        s.showHtml,
      ),
    ),
    code,
  );
}

function historyCard(ctx: ViewContext): Child {
  const { state, s, prefix } = ctx;
  const review = state.review!;
  const rows = state.history?.rows ?? [];
  const sheet = state.history?.sheet ?? '';
  const status = historyStatus(review, rows);
  const totals = totalsView(review, state.language, state.scale);
  const statusText =
    status.kind === 'absent'
      ? s.historyAbsent
      : status.kind === 'saved'
        ? s.historySaved(status.row === null ? null : status.row + 1, status.revision)
        : status.kind === 'correctionsPending'
          ? s.historyPending(status.pending)
          : s.historyStale(status.revision);
  let trend: Child;
  try {
    const points = serviceTrend(rows, review.service, review.team, state.scale).points;
    trend = h(
      'details',
      { dataset: { key: 'details-trend', role: 'trend' } },
      h('summary', null, s.trendHeading, ` (${points.length})`),
      h(
        'ol',
        { class: 'ipsf-trend' },
        points
          .slice(-12)
          .map((point) => h('li', null, s.trendPoint(point.date, point.total === null ? '–' : String(point.total)))),
      ),
    );
  } catch {
    trend = null;
  }
  const blocked = !totals.complete
    ? s.historyNeedsComplete(totals.missing.length)
    : state.dirty
      ? s.historyNeedsSaved
      : null;
  return h(
    'section',
    { class: 'ipsf-card', 'aria-labelledby': `${prefix}-history-h` },
    h('h3', { id: `${prefix}-history-h` }, s.historyHeading),
    h('p', { class: 'ipsf-muted' }, s.historyIntro(sheet || '—')),
    h(
      'p',
      {
        class:
          status.kind === 'correctionsPending' || status.kind === 'stale' ? 'ipsf-msg ipsf-msg-warning' : undefined,
        dataset: { role: 'history-status', status: status.kind },
      },
      statusText,
    ),
    state.history?.error
      ? h('p', { class: 'ipsf-msg ipsf-msg-error' }, h('span', null, s.historyUnreadable(sheet, state.history.error)))
      : null,
    trend,
    blocked
      ? h('p', { class: 'ipsf-muted', id: `${prefix}-history-blocked`, dataset: { role: 'history-blocked' } }, blocked)
      : null,
    h(
      'div',
      { class: 'ipsf-row' },
      operationButton(ctx, {
        operation: 'history',
        key: 'save-history',
        variant: 'ipsf-primary',
        blocked: Boolean(blocked),
        describedBy: blocked ? `${prefix}-history-blocked` : undefined,
        label: s.saveToHistory,
        busyLabel: s.savingHistory,
        run: () => ctx.commands.saveToHistory(),
      }),
      showChartsButton(ctx),
      outcomeChartsButton(ctx),
    ),
    outcomesLine(ctx),
  );
}

/** «Lag resultatdiagram»: the employment rate per quarter from «Resultater» under the total over time. */
function outcomeChartsButton(ctx: ViewContext): HTMLElement {
  const language = ctx.state.language;
  return operationButton(ctx, {
    operation: 'outcomes',
    key: 'outcome-charts',
    title: OUTCOME_CHARTS_HINT[language],
    label: OUTCOME_CHARTS_LABEL[language],
    busyLabel: cycleStrings(language).makingOutcomeCharts,
    run: () => ctx.commands.outcomeCharts(),
  });
}

/** Where the outcomes come from, and the way to the «Resultater» sheet. */
function outcomesLine(ctx: ViewContext): Child {
  const { state, prefix } = ctx;
  const language = state.language;
  return [
    h('p', { class: 'ipsf-muted', id: `${prefix}-outcomes-hint` }, cycleStrings(language).outcomesHint),
    h(
      'div',
      null,
      operationButton(ctx, {
        operation: 'results',
        key: 'insert-results',
        variant: 'ipsf-subtle ipsf-small',
        title: RESULTS_SHEET_HINT[language],
        describedBy: `${prefix}-outcomes-hint`,
        label: RESULTS_SHEET_LABEL[language],
        run: () => ctx.commands.insertResultsSheet(),
      }),
    ),
    specialistIndicatorsSection(ctx),
  ];
}

/** «Vis diagrammer»: this service's charts (or the overview of all services) brought into view. */
function showChartsButton(ctx: ViewContext): HTMLElement {
  const language = ctx.state.language;
  return operationButton(ctx, {
    operation: 'charts',
    key: 'show-charts',
    title: SHOW_CHARTS_HINT[language],
    label: SHOW_CHARTS_LABEL[language],
    busyLabel: cycleStrings(language).showingCharts,
    run: () => ctx.commands.showCharts(),
  });
}
