import type { Conflict } from '../core/sheets/plan';
import { scoreSheetPlan, readScoreSheet } from '../core/sheets/score-sheet';
import { writeWithConsent, type Workbook, type WriteOutcome } from '../core/sheets/workbook';
import type { ScaleDefinition, Score } from '../core/scale/types';
import type { Language } from '../core/text';
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
  newReviewId,
  plannedCellCount,
  reduce,
  reviewFromForm,
  type Action,
  type AppState,
  type Baseline,
  type ExistingSheet,
  type Notice,
} from './state';
import { strings, type Strings } from './strings';
import { injectStyles } from './styles';
import { specFor } from './views/calculator';
import { itemNav, reviewBar, titleBar, totalBar } from './views/chrome';
import { itemView } from './views/item';
import { overviewView } from './views/overview';
import { startView } from './views/start';

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
  // The header is sticky and holds the messages, so a save's outcome is seen wherever one is.
  const chrome = h('div');
  const notices = h('div', { class: 'ipsf-notices' });
  const status = h('div', { 'aria-live': 'polite' });
  const alert = h('div', { role: 'alert' });
  notices.append(status, alert);
  const top = h('header', { class: 'ipsf-top' }, chrome, notices);
  const main = h('main', { class: 'ipsf-main', id: `${prefix}-main` });
  const nav = h('div');
  const layer = h('div');
  replaceChildren(root, top, main, nav, layer);

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
    const active = doc.activeElement instanceof HTMLElement && root.contains(doc.activeElement) ? doc.activeElement : null;
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
    const open = new Set(Array.from(root.querySelectorAll<HTMLDetailsElement>('details[data-key]')).filter((d) => d.open).map((d) => d.dataset['key']!));
    render();
    for (const details of Array.from(root.querySelectorAll<HTMLDetailsElement>('details[data-key]'))) {
      if (open.has(details.dataset['key']!)) details.open = true;
    }
    if (key && (!doc.activeElement || doc.activeElement === doc.body || !root.contains(doc.activeElement))) {
      const target = findKey(key);
      if (target) {
        target.focus({ preventScroll: true });
        if (selection && selection[0] !== null && (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) {
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
    return Array.from(root.querySelectorAll<HTMLElement>('[data-key]')).find((element) => element.dataset['key'] === key) ?? null;
  }

  function renderTop(ctx: ViewContext): void {
    replaceChildren(chrome, titleBar(ctx), reviewBar(ctx), totalBar(ctx));
  }

  function renderNotice(ctx: ViewContext): void {
    const notice = state.notice;
    const view = (target: HTMLElement, show: boolean) =>
      replaceChildren(
        target,
        show && notice
          ? h(
              'div',
              { class: `ipsf-msg ipsf-msg-${notice.kind}`, dataset: { role: 'notice', kind: notice.kind } },
              h('p', null, notice.text(ctx.s)),
              h(
                'button',
                {
                  type: 'button',
                  class: 'ipsf-btn ipsf-subtle ipsf-small',
                  'aria-label': ctx.s.dismiss,
                  title: ctx.s.dismiss,
                  dataset: { key: 'notice-dismiss' },
                  onClick: () => dispatch({ type: 'notice', notice: null }),
                },
                '✕',
              ),
            )
          : null,
      );
    const isAlert = notice?.kind === 'error' || notice?.kind === 'warning';
    view(status, !isAlert);
    view(alert, isAlert);
    notices.style.padding = notice ? '0 12px 8px' : '';
  }

  function renderMain(ctx: ViewContext): void {
    let content: Child;
    if (state.screen === 'start' || !state.review) content = startView(ctx);
    else if (state.view === 'overview') content = overviewView(ctx);
    else content = itemView(ctx);
    replaceChildren(main, content);
    replaceChildren(nav, itemNav(ctx));
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
  }

  /** A new item starts at its top, whichever element scrolls (the pane's page or its container). */
  function scrollToTop(): void {
    for (let element: HTMLElement | null = root; element; element = element.parentElement) {
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
    if (previous.itemIndex !== state.itemIndex || previous.view !== state.view || previous.screen !== state.screen) scrollToTop();
  }

  function notify(kind: Notice['kind'], text: (strings: Strings) => string): void {
    dispatch({ type: 'notice', notice: { kind, text } });
  }

  async function ask(content: (strings: Strings) => DialogContent, message: (strings: Strings) => string): Promise<boolean> {
    if (options.confirm) return options.confirm(message(s()));
    return showDialog(layer, [top, main, nav], content(s()), prefix);
  }

  /** Per sheet: what the pane last wrote there or read from it (see foreignConflicts). */
  const baselines = new Map<string, Baseline>();

  async function confirmConflicts(all: readonly Conflict[]): Promise<boolean> {
    const conflicts = foreignConflicts(all, baselines.get(all[0]?.sheet ?? state.sheet));
    if (conflicts.length === 0) return true;
    return ask(
      (t) => {
        const { lines, more } = conflictSummary(conflicts, t.blank);
        return {
          title: t.conflictTitle,
          intro: t.conflictIntro(conflicts.length, conflicts[0]?.sheet ?? state.sheet),
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

  // ---- commands ---------------------------------------------------------------------------

  async function refreshSheets(): Promise<void> {
    dispatch({ type: 'sheetsLoading' });
    try {
      const names = await workbook.listSheets();
      const found: ExistingSheet[] = [];
      for (const sheet of names) {
        const values = await workbook.readSheet(sheet);
        const review = values ? readScoreSheet(values, state.scale) : null;
        if (review) found.push({ sheet, review });
      }
      dispatch({ type: 'sheetsLoaded', sheets: found });
    } catch (error) {
      dispatch({ type: 'sheetsFailed', message: errorText(error) });
    }
  }

  async function save(): Promise<WriteOutcome | null> {
    const review = state.review;
    if (!review || state.busy) return null;
    const sheet = state.sheet;
    const language = state.language;
    dispatch({ type: 'busy', busy: true });
    dispatch({ type: 'notice', notice: null });
    try {
      const plan = scoreSheetPlan(review, { sheet, language, scale: state.scale });
      const outcome = await writeWithConsent(workbook, [plan], confirmConflicts);
      if (!outcome.written) {
        notify('warning', (t) => t.notSaved);
        return outcome;
      }
      const overwritten = foreignConflicts(outcome.conflicts, baselines.get(sheet)).length;
      baselines.set(sheet, baselineFromPlan(plan));
      if (state.review === review) dispatch({ type: 'saved', sheet });
      const cells = plannedCellCount(plan.blocks);
      notify('success', (t) => [t.saved(sheet, cells), overwritten > 0 ? t.savedOverwrote(overwritten) : ''].filter(Boolean).join(' '));
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

  const commands: Commands = {
    createReview() {
      const check = checkForm(state.form);
      if (!check.ok) {
        dispatch({ type: 'formSubmitted' });
        const first = (['service', 'team', 'date', 'raters', 'sheet'] as const).find((field) => check.errors[field]);
        if (first) commands.focusKey(first === 'raters' ? 'form-rater-0' : `form-${first}`);
        return;
      }
      const review = reviewFromForm(state.form, newReviewId(state.form.date.trim()), state.scale);
      dispatch({ type: 'openReview', review, sheet: check.sheet, isNew: true });
      if (check.warnings.length > 0) notify('warning', (t) => check.warnings.map((key) => t[key] as string).join(' '));
      commands.focusKey('item-name');
    },
    async openSheet(sheet: string) {
      try {
        const values = await workbook.readSheet(sheet);
        const review = values ? readScoreSheet(values, state.scale) : null;
        if (!review) {
          notify('error', (t) => t.notScoreSheet(sheet));
          return;
        }
        baselines.set(sheet, baselineFromValues(values!));
        dispatch({ type: 'openReview', review, sheet, isNew: false });
        notify('success', (t) => t.opened(sheet));
        commands.focusKey('item-name');
      } catch (error) {
        const message = errorText(error);
        notify('error', (t) => t.openFailed(message));
      }
    },
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
  };

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
      replaceChildren(root);
      root.classList.remove('ipsf');
    },
  };
}
