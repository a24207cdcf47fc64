import type { CellValue } from '../core/cells';
import { startRepeatReview } from '../core/review/repeat';
import type { Review } from '../core/review/model';
import type { Conflict, SheetPlan } from '../core/workbook/plan';
import { scoreSheetPlan, readScoreSheet } from '../core/sheets/score-sheet';
import { wiredScoreSheetPlan } from '../core/sheets/wired-score-sheet';
import { writeWithConsent, type Workbook, type WriteOutcome } from '../core/workbook/workbook';
import type { ScaleDefinition, Score } from '../core/scale/types';
import type { Language } from '../core/text';
import { runBulk, undoBulkStep, type BulkDeps } from './commands/bulk';
import { saveHistoryAndChartData } from './commands/history';
import { downloadFile, openHtmlWindow } from './download';
import { emptyCalculatorInput, runCalculator } from './calculator';
import type { Commands, DispatchOptions, ViewContext } from './context';
import { showDialog, type DialogContent } from './dialog';
import { h, replaceChildren, uniquePrefix, type Child } from './dom';
import {
  baselineFromPlan,
  baselineFromValues,
  checkForm,
  foreignConflicts,
  conflictMessage,
  conflictSummary,
  errorText,
  initialState,
  totalsView,
  newReviewId,
  plannedCellCount,
  reduce,
  reviewFromForm,
  openedWired,
  type Action,
  type AppState,
  type Baseline,
  type ExistingSheet,
  type Notice,
  workbookSheetNames,
} from './state';
import { strings, type Strings } from './strings';
import { createPrivacyGate } from './privacy-gate';
import { injectStyles } from './styles';
import { attachKeyboard, scoreAction, scoreFocusKey } from './keyboard';
import { lazy, type Lazy } from './lazy';
import { specFor } from './views/calculator';
import { itemNav, reviewBar, titleBar, totalBar } from './views/chrome';
import { fitNotice, noticeView } from './views/notice';
import { itemView } from './views/item';
import { correctionDialog } from './views/correction';
import { overviewView } from './views/overview';
import { raterView } from './views/rater';
import { startView } from './views/start';
import {
  checkHistoryAppend,
  findPrevious,
  historySheetCandidates,
  historySnapshot,
  isHistorySheet,
  isScanSkipped,
  reconcileWithHistory,
  reportFileName,
  reportFor,
  reportPlans,
  reviewForSheet,
  reviewSheetNames,
  type HistorySnapshot,
} from './workflow';

// Views most sessions never open, loaded on first use (an async chunk of the Excel pane).
const inputsViews = lazy(() => import(/* webpackChunkName: "inputs" */ './views/inputs'));
const consensusViews = lazy(() => import(/* webpackChunkName: "consensus" */ './views/consensus'));
const reportViews = lazy(() => import(/* webpackChunkName: "report" */ './views/report'));

export interface AppOptions {
  readonly language?: Language;
  /**
   * Asks the user a yes/no question (e.g. whether to overwrite cells). Default: an in-pane
   * dialog. The message is plain text with line breaks.
   */
  readonly confirm?: (message: string) => Promise<boolean>;
  /** Defaults to the 25-item IPS scale. */
  readonly scale?: ScaleDefinition;
  /** Today as yyyy-mm-dd, for the new-review form (tests pin it). */
  readonly today?: string;
  /**
   * The pane is the whole page (Excel's task pane, the Sheets sidebar): it fills the window, so
   * its header stays put and only the item scrolls, whatever height the page gives its root.
   */
  readonly fillPage?: boolean;
}

export interface AppHandle {
  /** Resolves when the start screen has listed the workbook's score sheets (or failed to). */
  readonly ready: Promise<void>;
  getState(): AppState;
  dispatch(action: Action): void;
  setLanguage(language: Language): void;
  refreshSheets(): Promise<void>;
  save(): Promise<WriteOutcome | null>;
  destroy(): void;
}

/**
 * Mounts the pane into `root`: the same code runs in the Excel task pane, the Google Sheets
 * sidebar and the preview page; only the Workbook differs.
 */
export function mountApp(root: HTMLElement, workbook: Workbook, options: AppOptions = {}): AppHandle {
  const doc = root.ownerDocument;
  injectStyles(doc);
  const prefix = uniquePrefix('ipsf');
  let state = initialState({ language: options.language, scale: options.scale, today: options.today });
  let destroyed = false;

  root.classList.add('ipsf');
  if (options.fillPage) root.classList.add('ipsf-fill');
  // The header stays in view (the main area scrolls below it) and holds the messages, so a
  // save's outcome is seen wherever one is.
  const chrome = h('div');
  const notices = h('div', { class: 'ipsf-notices' });
  const status = h('div', { 'aria-live': 'polite' });
  const alert = h('div', { role: 'alert' });
  notices.append(status, alert);
  const top = h('header', { class: 'ipsf-top' }, chrome, notices);
  const main = h('main', { class: 'ipsf-main', id: `${prefix}-main` });
  const nav = h('div');
  const layer = h('div');
  // The correction dialog: rendered from state (its reason field is typed into like any other).
  const modal = h('div');
  replaceChildren(root, top, main, nav, modal, layer);

  const s = (): Strings => strings(state.language);

  const context = (): ViewContext => ({
    state,
    stateNow: () => state,
    s: s(),
    prefix,
    host: workbook.host,
    dispatch,
    commands,
  });

  // ---- rendering --------------------------------------------------------------------------

  /** Keeps focus (with caret) and open <details> across a re-render, by data-key. */
  function preserving(render: () => void): void {
    const active =
      doc.activeElement instanceof HTMLElement && root.contains(doc.activeElement) ? doc.activeElement : null;
    const key = active?.dataset['key'];
    const selection =
      active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement
        ? (() => {
            try {
              return [active.selectionStart, active.selectionEnd] as const;
            } catch {
              return null;
            }
          })()
        : null;
    const open = new Set(
      Array.from(root.querySelectorAll<HTMLDetailsElement>('details[data-key]'))
        .filter((d) => d.open)
        .map((d) => d.dataset['key']!),
    );
    render();
    for (const details of Array.from(root.querySelectorAll<HTMLDetailsElement>('details[data-key]'))) {
      if (open.has(details.dataset['key']!)) details.open = true;
    }
    if (key && (!doc.activeElement || doc.activeElement === doc.body || !root.contains(doc.activeElement))) {
      const target = findKey(key);
      if (target) {
        target.focus({ preventScroll: true });
        if (
          selection &&
          selection[0] !== null &&
          (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)
        ) {
          try {
            target.setSelectionRange(selection[0], selection[1]);
          } catch {
            // Inputs without a caret (radio, date) have no selection.
          }
        }
      }
    }
  }

  function findKey(key: string): HTMLElement | null {
    return (
      Array.from(root.querySelectorAll<HTMLElement>('[data-key]')).find((element) => element.dataset['key'] === key) ??
      null
    );
  }

  function renderTop(ctx: ViewContext): void {
    replaceChildren(chrome, titleBar(ctx), reviewBar(ctx), totalBar(ctx));
  }

  function renderNotice(ctx: ViewContext): void {
    const notice = state.notice;
    const isAlert = notice?.kind === 'error' || notice?.kind === 'warning';
    const dismiss = () => dispatch({ type: 'notice', notice: null });
    replaceChildren(status, notice && !isAlert ? noticeView(ctx, notice, dismiss) : null);
    replaceChildren(alert, notice && isAlert ? noticeView(ctx, notice, dismiss) : null);
    fitNotice(notices);
  }

  function renderMain(ctx: ViewContext): void {
    let content: Child;
    if (state.view === 'inputs') content = [inputsBack(ctx), inputsContent(ctx)];
    else if (state.screen === 'start' || !state.review) content = startView(ctx);
    else if (state.view === 'overview') content = overviewView(ctx);
    else if (state.view === 'consensus') content = whenLoaded(consensusViews, ctx, (views) => views.consensusView(ctx));
    else if (state.view === 'rater' && state.raterId) content = raterView(ctx);
    else if (state.view === 'report') content = whenLoaded(reportViews, ctx, (views) => views.reportView(ctx));
    else content = itemView(ctx);
    replaceChildren(main, content);
    replaceChildren(nav, itemNav(ctx));
  }

  /** Key of the element to return to when the correction dialog closes. */
  let correctionReturn: string | undefined;

  function renderModal(ctx: ViewContext): void {
    const open = state.correction !== null;
    const wasOpen = modal.childElementCount > 0;
    const active = doc.activeElement as HTMLElement | null;
    if (open && !wasOpen) correctionReturn = active?.dataset?.['key'];
    const focusedInside = wasOpen && active && modal.contains(active) ? active.dataset['key'] : undefined;
    replaceChildren(modal, correctionDialog(ctx));
    if (open && wasOpen) {
      // After a refused attempt the first field to fix gets focus; otherwise focus stays where it was.
      const invalid = modal.querySelector<HTMLElement>('[aria-invalid="true"]');
      const target = invalid ?? (focusedInside ? findKey(focusedInside) : null);
      target?.focus({ preventScroll: true });
    }
    for (const element of [top, main, nav]) {
      if (open) {
        element.setAttribute('inert', '');
        element.setAttribute('aria-hidden', 'true');
      } else if (wasOpen) {
        element.removeAttribute('inert');
        element.removeAttribute('aria-hidden');
      }
    }
    if (open && !wasOpen) findKey('correction-reason')?.focus();
    if (!open && wasOpen && correctionReturn) {
      const key = correctionReturn;
      correctionReturn = undefined;
      findKey(key)?.focus({ preventScroll: true });
    }
  }

  function render(): void {
    if (destroyed) return;
    root.lang = state.language === 'nb' ? 'nb-NO' : 'en';
    const ctx = context();
    preserving(() => {
      renderTop(ctx);
      renderNotice(ctx);
      renderMain(ctx);
    });
    renderModal(ctx);
  }

  /** A new item starts at its top, whichever element scrolls (the pane's page or its container). */
  function scrollToTop(): void {
    for (let element: HTMLElement | null = main; element; element = element.parentElement) {
      if (element.scrollTop > 0) element.scrollTop = 0;
    }
  }

  function dispatch(action: Action, dispatchOptions: DispatchOptions = {}): void {
    if (destroyed) return;
    const previous = state;
    state = reduce(state, action);
    if (dispatchOptions.render === false) {
      // Typing: the field keeps its DOM; only the header (unsaved marker) changes.
      if (previous.dirty !== state.dirty) preserving(() => renderTop(context()));
      return;
    }
    render();
    if (previous.itemIndex !== state.itemIndex || previous.view !== state.view || previous.screen !== state.screen)
      scrollToTop();
    // Back from the input tables: the sheet may compute other scores now (rows written there).
    if (previous.view === 'inputs' && state.view !== 'inputs' && state.screen === 'review' && state.review) {
      void rereadScoreSheet().catch((error: unknown) => {
        const message = errorText(error);
        notify('warning', (t) => `${t.hostError}: ${message}`);
      });
    }
  }

  /**
   * Reads the open review's score sheet again (one readSheets call) and takes over the consensus
   * scores that follow the computed ones (reduce: 'scoreSheetRead'); returns the values read.
   */
  async function rereadScoreSheet(): Promise<CellValue[][] | null> {
    const sheet = state.sheet;
    if (!state.review || sheet === '') return null;
    const [values] = await readMany([sheet]);
    if (!destroyed) dispatch({ type: 'scoreSheetRead', sheet, values: values ?? null });
    return values ?? null;
  }

  function notify(kind: Notice['kind'], text: (strings: Strings) => string): void {
    dispatch({ type: 'notice', notice: { kind, text } });
  }

  async function ask(
    content: (strings: Strings) => DialogContent,
    message: (strings: Strings) => string,
  ): Promise<boolean> {
    if (options.confirm) return options.confirm(message(s()));
    return showDialog(layer, [top, main, nav], content(s()), prefix);
  }

  // Free text is checked for fødselsnummer and names before every write (privacy-gate.ts).
  const privacy = createPrivacyGate({
    state: () => state,
    dispatch,
    notify,
    ask: (content, message) =>
      ask(
        () => content,
        () => message,
      ),
  });

  /** Per sheet: what the pane last wrote there or read from it (see foreignConflicts). */
  const baselines = new Map<string, Baseline>();

  async function confirmConflicts(all: readonly Conflict[]): Promise<boolean> {
    // Per sheet: cells still holding what the pane wrote or read there are its own, not asked about.
    const sheets = [...new Set(all.map((conflict) => conflict.sheet))];
    const conflicts = sheets.flatMap((sheet) =>
      foreignConflicts(
        all.filter((conflict) => conflict.sheet === sheet),
        baselines.get(sheet),
      ),
    );
    if (conflicts.length === 0) return true;
    return ask(
      (t) => {
        const { lines, more } = conflictSummary(conflicts, t.blank);
        return {
          title: t.conflictTitle,
          intro: t.conflictIntro(
            conflicts.length,
            [...new Set(conflicts.map((conflict) => conflict.sheet))].join('», «'),
          ),
          lines: lines.map((line) => t.conflictLine(line.address, line.existing, line.planned)),
          more: more > 0 ? t.conflictMore(more) : undefined,
          question: t.conflictQuestion,
          confirmLabel: t.overwrite,
          cancelLabel: t.cancel,
        };
      },
      (t) => conflictMessage(conflicts, t),
    );
  }

  /**
   * A view whose module is loaded on first use: the view once the module is here; until then a
   * line saying so, and the pane renders again when it arrives (or tells why it did not).
   */
  function whenLoaded<T>(views: Lazy<T>, ctx: ViewContext, show: (module: T) => Child): Child {
    const module = views.current;
    if (module) return show(module);
    const view = state.view;
    views.load().then(
      () => {
        if (!destroyed && state.view === view) render();
      },
      (error: unknown) => {
        const message = errorText(error);
        notify('error', (t) => t.viewLoadFailed(message));
      },
    );
    return h('p', { class: 'ipsf-muted', dataset: { role: 'view-loading' } }, ctx.s.viewLoading);
  }

  let disconnectInputs: (() => void) | null = null;
  function inputsContent(ctx: ViewContext): Child {
    return whenLoaded(inputsViews, ctx, (views) => {
      // The input tables view (views/inputs.ts) keeps its own state and needs the workbook.
      disconnectInputs ??= views.connectInputs(prefix, {
        workbook,
        confirm: (conflicts) => confirmConflicts(conflicts),
        reread: rereadScoreSheet,
      });
      return views.inputsView(ctx);
    });
  }

  /** From the input tables back to where the user came from (the start screen has no tabs). */
  function inputsBack(ctx: ViewContext): Child {
    if (ctx.state.review) return null;
    return h(
      'div',
      null,
      h(
        'button',
        {
          type: 'button',
          class: 'ipsf-btn ipsf-subtle',
          dataset: { key: 'inputs-back' },
          onClick: () => dispatch({ type: 'setView', view: 'item' }),
        },
        '‹ ',
        ctx.s.backToStart,
      ),
    );
  }

  // ---- commands ---------------------------------------------------------------------------

  /**
   * Several sheets in one host round trip. A host that has not got readSheets yet is read sheet
   * by sheet (one trip each), so the pane still works while the hosts catch up.
   */
  async function readMany(names: readonly string[]): Promise<(CellValue[][] | null)[]> {
    if (names.length === 0) return [];
    if (typeof (workbook as Partial<Workbook>).readSheets === 'function') return workbook.readSheets(names);
    const values: (CellValue[][] | null)[] = [];
    for (const name of names) values.push(await workbook.readSheet(name));
    return values;
  }

  /** Measures an operation for the preview and tests (performance.measure "ips-<name>"). */
  function measure(name: string, start: number): void {
    try {
      performance.measure(`ips-${name}`, { start, end: performance.now() });
    } catch {
      // No User Timing Level 3 (old webviews): nothing to measure.
    }
  }

  /** The start screen: every sheet that may be a score sheet, and the history, in one read. */
  async function refreshSheets(): Promise<void> {
    dispatch({ type: 'sheetsLoading' });
    try {
      const names = await workbook.listSheets();
      const candidates = historySheetCandidates(state.language);
      const toRead = names.filter((name) => !isScanSkipped(name) && !isHistorySheet(name));
      const historyNames = candidates.filter((name) => names.includes(name));
      const values = await readMany([...toRead, ...historyNames]);
      const found: ExistingSheet[] = [];
      toRead.forEach((sheet, index) => {
        const sheetValues = values[index];
        const review = sheetValues ? readScoreSheet(sheetValues, state.scale) : null;
        if (review) found.push({ sheet, review });
      });
      const history = historySnapshot(
        candidates,
        candidates.map((name) => {
          const at = historyNames.indexOf(name);
          return at < 0 ? null : (values[toRead.length + at] ?? null);
        }),
        state.scale,
      );
      dispatch({ type: 'sheetsLoaded', sheets: found, history, names });
    } catch (error) {
      dispatch({ type: 'sheetsFailed', message: errorText(error) });
    }
  }

  function listedSheets(): readonly ExistingSheet[] {
    return state.sheets.status === 'ready' ? state.sheets.sheets : [];
  }

  function listedHistory(): HistorySnapshot | null {
    return state.sheets.status === 'ready' ? (state.sheets.history ?? null) : null;
  }

  async function save(): Promise<WriteOutcome | null> {
    const unchecked = state.review;
    if (!unchecked || state.busy) return null;
    const review = await privacy.check(unchecked, 'scoreSheet');
    if (!review) return null;
    const sheet = state.sheet;
    const language = state.language;
    dispatch({ type: 'busy', busy: true, operation: 'save' });
    dispatch({ type: 'notice', notice: null });
    try {
      // The sheet holds the scores that count (a corrected review's corrections applied).
      const written = reviewForSheet(review, state.scale);
      const options = { sheet, language, scale: state.scale };
      // One read (as writeWithConsent takes): what is there, to ask before overwriting it and to
      // keep a wired sheet's formulas, the consensus cells that still follow the computed score too.
      const [existing] = await workbook.readTargets([scoreSheetPlan(written, options)]);
      const opened = openedWired(state);
      const { plan } = wiredScoreSheetPlan({
        ...options,
        review: written,
        host: workbook.host,
        formulas: existing ?? null,
        shown: opened?.values ?? [],
        wasWired: opened !== null,
        wire: 'ifWired',
      });
      // Asks before overwriting, and again should the cells change while the question is open.
      const outcome = await writeWithConsent(workbook, [plan], confirmConflicts, { existing: [existing ?? null] });
      if (!outcome.written) {
        notify('warning', (t) => t.notSaved);
        return outcome;
      }
      const overwritten = foreignConflicts(outcome.conflicts, baselines.get(sheet)).length;
      baselines.set(sheet, baselineFromPlan(plan));
      if (state.review === review) dispatch({ type: 'saved', sheet });
      const cells = plannedCellCount(plan.blocks);
      notify('success', (t) =>
        [t.saved(sheet, cells), overwritten > 0 ? t.savedOverwrote(overwritten) : ''].filter(Boolean).join(' '),
      );
      try {
        await workbook.activate(sheet);
      } catch (error) {
        // The sheet is written; failing to bring it to the front is worth telling, not hiding.
        const message = errorText(error);
        notify('warning', (t) => `${t.saved(sheet, cells)} ${t.hostError}: ${message}`);
      }
      return outcome;
    } catch (error) {
      const message = errorText(error);
      notify('error', (t) => `${t.saveFailed(message)}\n${t.notSaved}`);
      return null;
    } finally {
      dispatch({ type: 'busy', busy: false });
    }
  }

  /** Writes plans through writeWithConsent and remembers them as the pane's own cells. */
  async function writePlans(plans: readonly SheetPlan[]): Promise<WriteOutcome> {
    const outcome = await writeWithConsent(workbook, plans, confirmConflicts);
    if (outcome.written) for (const plan of plans) baselines.set(plan.sheet, baselineFromPlan(plan));
    return outcome;
  }

  async function makeReport(): Promise<void> {
    const unchecked = state.review;
    if (!unchecked || state.busy) return;
    const review = await privacy.check(unchecked, 'report');
    if (!review) return;
    const started = performance.now();
    const language = state.language;
    const names = reviewSheetNames(review, language);
    dispatch({ type: 'busy', busy: true, operation: 'report' });
    dispatch({ type: 'notice', notice: null });
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
      const outcome = await writePlans([plans.reportPlan, plans.actionPlan]);
      if (!outcome.written) {
        notify('warning', (t) => t.notSaved);
        return;
      }
      const warnings = plans.report.warnings.length;
      notify(warnings > 0 ? 'warning' : 'success', (t) =>
        [
          t.reportWritten(names.report, names.actionPlan, plans.actionRows),
          warnings > 0 ? t.warningsHeading(warnings) : '',
        ]
          .filter(Boolean)
          .join('\n'),
      );
      await workbook.activate(names.report);
    } catch (error) {
      const message = errorText(error);
      notify('error', (t) => t.reportFailed(message));
    } finally {
      dispatch({ type: 'busy', busy: false });
      measure('report', started);
    }
  }

  /** The report as HTML; null before the report view (whose buttons ask for it) has loaded. */
  function currentReportHtml(): string | null {
    const review = state.review;
    const views = reportViews.current;
    if (!review || !views) return null;
    return views.reportHtml(
      reportFor({
        review,
        previous: state.previous,
        rows: state.history?.rows ?? [],
        language: state.language,
        roster: state.reportOptions.roster,
        scale: state.scale,
      }),
    );
  }

  async function saveToHistory(): Promise<void> {
    const review = state.review;
    if (!review || state.busy) return;
    const totals = totalsView(review, state.language, state.scale);
    if (!totals.complete) {
      const missing = totals.missing.length;
      notify('warning', (t) => t.historyNeedsComplete(missing));
      return;
    }
    if (state.dirty) {
      notify('warning', (t) => t.historyNeedsSaved);
      return;
    }
    if (!(await privacy.check(review, 'history'))) return;
    const started = performance.now();
    const language = state.language;
    const scale = state.scale;
    const names = reviewSheetNames(review, language);
    const candidates = historySheetCandidates(language);
    dispatch({ type: 'busy', busy: true, operation: 'history' });
    dispatch({ type: 'notice', notice: null });
    try {
      // One read: the history (either language's name) and the chart-data sheets to regenerate.
      const values = await readMany([...candidates, names.charts, names.overview]);
      const history = historySnapshot(candidates, values.slice(0, candidates.length), scale);
      if (history.error) {
        const message = history.error;
        notify('error', (t) => t.historyUnreadable(history.sheet, message));
        return;
      }
      const check = checkHistoryAppend(history.rows, review, scale);
      if (!check.ok) {
        dispatch({ type: 'historyLoaded', history });
        if (check.kind === 'changed') notify('error', (t) => t.historyRefusedChanged(check.row ?? 0));
        else if (check.kind === 'stale') notify('error', (t) => t.historyRefusedStale(check.revision ?? 0));
        else notify('warning', (t) => t.historyNeedsComplete(0));
        return;
      }
      const read = {
        historySheet: history.sheet,
        history: values[candidates.indexOf(history.sheet)] ?? null,
        rows: history.rows,
        chartSheet: values[candidates.length] ?? null,
        overviewSheet: values[candidates.length + 1] ?? null,
      };
      // The row goes below everything (never over anything); the chart data follows the history as it is now.
      const { saved, charts, dataWritten } = await saveHistoryAndChartData(
        workbook,
        review,
        read,
        names,
        { language, scale },
        confirmConflicts,
      );
      dispatch({ type: 'historyLoaded', history: { sheet: history.sheet, exists: true, rows: saved.rows } });
      const row = saved.row + 1;
      if (saved.action === 'refusedChanged' || saved.action === 'notVerified' || !charts) {
        notify('error', (t) =>
          saved.action === 'notVerified' ? t.historyNotVerified(history.sheet, row) : t.historyRefusedChanged(row),
        );
        return;
      }
      for (const plan of dataWritten ? charts.data : []) baselines.set(plan.sheet, baselineFromPlan(plan));
      const first =
        saved.action === 'unchanged'
          ? (t: Strings) => t.historyUnchanged(row)
          : saved.action === 'created'
            ? (t: Strings) => t.historyCreated(history.sheet)
            : check.kind === 'revision'
              ? (t: Strings) => t.historyRevision(history.sheet, row, review.corrections.length)
              : (t: Strings) => t.historyAppended(history.sheet, row);
      if (!dataWritten) {
        notify('warning', (t) => [first(t), t.chartsSkipped].join('\n'));
        return;
      }
      let chartError: string | null = null;
      try {
        if (charts.charts.length > 0) await workbook.writeCharts(charts.charts, language);
      } catch (error) {
        chartError = errorText(error);
      }
      const services = charts.services;
      const points = charts.points;
      const kind: Notice['kind'] = chartError ? 'error' : saved.action === 'unchanged' ? 'info' : 'success';
      notify(kind, (t) =>
        [
          first(t),
          chartError ? t.chartsFailed(chartError) : t.chartsWritten(names.charts, points),
          !chartError && services > 1 ? t.overviewWritten(names.overview, services) : '',
        ]
          .filter(Boolean)
          .join('\n'),
      );
      if (!chartError && charts.data.some((plan) => plan.sheet === names.charts)) await workbook.activate(names.charts);
    } catch (error) {
      const message = errorText(error);
      notify('error', (t) => t.historyFailed(message));
    } finally {
      dispatch({ type: 'busy', busy: false });
      measure('history', started);
    }
  }

  const commands: Commands = {
    createReview() {
      const repeat = state.repeatOf;
      const check = checkForm(state.form, repeat?.review.date, workbookSheetNames(state));
      if (!check.ok) {
        dispatch({ type: 'formSubmitted' });
        const first = (['service', 'team', 'date', 'raters', 'sheet'] as const).find((field) => check.errors[field]);
        if (first) commands.focusKey(first === 'raters' ? 'form-rater-0' : `form-${first}`);
        return;
      }
      const id = newReviewId(state.form.date.trim());
      const history = listedHistory();
      let review: Review;
      let previous: Review | null;
      if (repeat) {
        const fromForm = reviewFromForm(state.form, id, state.scale);
        review = startRepeatReview(repeat.review, { id, date: fromForm.date, raters: fromForm.raters }, state.scale);
        previous = repeat.review;
      } else {
        review = reviewFromForm(state.form, id, state.scale);
        // An earlier review of the same site and team makes this a follow-up.
        previous = findPrevious(review, listedSheets(), history?.rows ?? [], state.scale);
        if (previous) review = { ...review, previousReviewId: previous.id };
      }
      dispatch({ type: 'openReview', review, sheet: check.sheet, isNew: true, previous, history });
      if (check.warnings.length > 0) notify('warning', (t) => check.warnings.map((key) => t[key] as string).join(' '));
      commands.focusKey('item-name');
    },
    async openSheet(sheet: string) {
      try {
        // The score sheet and the history in one round trip.
        const candidates = historySheetCandidates(state.language);
        const [values, ...historyValues] = await readMany([sheet, ...candidates]);
        const read = values ? readScoreSheet(values, state.scale) : null;
        if (!values || !read) {
          notify('error', (t) => t.notScoreSheet(sheet));
          return;
        }
        const history = historySnapshot(candidates, historyValues, state.scale);
        const reconciled = reconcileWithHistory(read, history.rows, state.scale);
        let review = reconciled.review;
        const previous =
          reconciled.entry?.type === 'baseline'
            ? null
            : findPrevious(review, listedSheets(), history.rows, state.scale);
        if (previous && !reconciled.entry) review = { ...review, previousReviewId: previous.id };
        baselines.set(sheet, baselineFromValues(values));
        dispatch({
          type: 'openReview',
          review,
          sheet,
          isNew: false,
          previous,
          history,
          unrecorded: reconciled.unrecorded,
          values,
        });
        const unrecorded = Object.keys(reconciled.unrecorded).length;
        if (unrecorded > 0) notify('warning', (t) => t.unrecordedNotice(unrecorded));
        else if (reconciled.correctionsUnreadable) notify('warning', (t) => t.correctionsUnreadable);
        else if (history.error) {
          const message = history.error;
          notify('warning', (t) => `${t.opened(sheet)}\n${t.historyUnreadable(history.sheet, message)}`);
        } else notify('success', (t) => t.opened(sheet));
        commands.focusKey('item-name');
      } catch (error) {
        const message = errorText(error);
        notify('error', (t) => t.openFailed(message));
      }
    },
    startRepeat(sheet: string) {
      const listed = listedSheets().find((entry) => entry.sheet === sheet);
      if (!listed) return;
      // The previous review as saved: the history's scores and corrections when it is there.
      const previous = reconcileWithHistory(listed.review, listedHistory()?.rows ?? [], state.scale).review;
      dispatch({ type: 'startRepeat', sheet, previous });
      commands.focusKey('form-date');
    },
    makeReport,
    exportHtml() {
      const review = state.review;
      const html = currentReportHtml();
      if (!review || html === null) return;
      const file = reportFileName(review, state.language);
      try {
        if (downloadFile(doc, file, html)) notify('success', (t) => t.exported(file));
        else {
          dispatch({ type: 'reportOption', showHtml: true });
          notify('warning', (t) => t.windowBlocked);
        }
      } catch (error) {
        const message = errorText(error);
        dispatch({ type: 'reportOption', showHtml: true });
        notify('error', (t) => t.exportFailed(message));
      }
    },
    openReportWindow() {
      const html = currentReportHtml();
      const view = doc.defaultView;
      if (html === null || !view) return;
      if (openHtmlWindow(view, html)) notify('success', (t) => t.windowOpened);
      else {
        dispatch({ type: 'reportOption', showHtml: true });
        notify('warning', (t) => t.windowBlocked);
      }
    },
    saveToHistory,
    refreshSheets,
    async save() {
      await save();
    },
    async backToStart() {
      if (state.dirty) {
        const leave = await ask(
          (t) => ({ title: t.confirmLeaveTitle, intro: t.confirmLeave, confirmLabel: t.leave, cancelLabel: t.cancel }),
          (t) => t.confirmLeave,
        );
        if (!leave) return;
      }
      dispatch({ type: 'backToStart' });
      commands.focusKey('form-service');
      await refreshSheets();
    },
    useScore(itemId: string, score: Score) {
      dispatch({ type: 'setConsensus', itemId, score });
    },
    calculate(itemId: string) {
      const spec = specFor(itemId);
      if (!spec) return;
      const input = state.itemUi[itemId]?.calc ?? emptyCalculatorInput(spec);
      dispatch({ type: 'calcResult', itemId, result: runCalculator(spec, input, state.language) });
    },
    focusKey(key: string) {
      findKey(key)?.focus();
    },
    applyBulk: (kind) => runBulk(kind, bulkDeps),
    undoBulk: () => undoBulkStep(bulkDeps),
  };
  const bulkDeps: BulkDeps = { state: () => state, dispatch, ask, focusKey: commands.focusKey };

  // 1–5, Enter / N / → and back: a review without the mouse (keyboard.ts).
  function moveItem(direction: 'next' | 'previous'): void {
    dispatch({ type: direction });
    focusScore();
  }
  /** Focus on the item's score, scrolled into view as little as needed (the item's top stays in view when it can). */
  function focusScore(): void {
    const key = scoreFocusKey(state);
    const target = key ? findKey(key) : null;
    if (!target) return;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'nearest' });
  }
  const detachKeys = attachKeyboard(root, {
    state: () => state,
    score(score) {
      const action = scoreAction(state, score);
      if (!action) return;
      dispatch(action);
      // Rater mode goes on by itself: each rater enters 25 scores in a row.
      if (state.view === 'rater' && state.itemIndex < state.scale.items.length - 1) moveItem('next');
      else focusScore();
    },
    move: moveItem,
  });

  render();
  const ready = refreshSheets();

  return {
    ready,
    getState: () => state,
    dispatch: (action) => dispatch(action),
    setLanguage: (language) => dispatch({ type: 'setLanguage', language }),
    refreshSheets,
    save,
    destroy() {
      destroyed = true;
      detachKeys();
      disconnectInputs?.();
      replaceChildren(root);
      root.classList.remove('ipsf', 'ipsf-fill');
    },
  };
}
