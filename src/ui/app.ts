import type { ScaleDefinition } from '../core/scale/types';
import type { Language } from '../core/text';
import type { Workbook, WriteOutcome } from '../core/workbook/workbook';
import { afterViewChange, paneCommands } from './app-commands';
import { confirmForeignConflicts } from './commands/conflicts';
import type { PaneCommandContext } from './commands/pane';
import {
  refreshSheets as refreshSheetList,
  rereadScoreSheet as readScoreSheetAgain,
  saveReview,
} from './commands/review';
import type { Commands, DispatchOptions, ViewContext } from './context';
import { showDialog, type DialogContent } from './dialog';
import { h, replaceChildren, uniquePrefix, type Child } from './dom';
import { errorText, initialState, reduce, type Action, type AppState, type Baseline, type Notice } from './state';
import { strings, type Strings } from './strings';
import { createPrivacyGate } from './privacy-gate';
import { injectStyles } from './styles';
import { attachReviewKeys } from './keyboard';
import { findKey as findElement, keepFocusInView, preserving as keepingFocus } from './focus';
import { modalRenderer } from './modal';
import { lazy, type Lazy } from './lazy';
import { inputsBackBar, itemNav, reviewBar, titleBar, totalBar } from './views/chrome';
import { fitNotice, noticeView } from './views/notice';
import { itemView } from './views/item';
import { overviewView } from './views/overview';
import { raterView } from './views/rater';
import { startView } from './views/start';

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

  const areas = paneSkeleton(root, prefix, options);
  const { top, main, nav, layer } = areas;

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

  const findKey = (key: string) => findElement(root, key);
  const { render, renderTop } = paneRenderer(root, areas, {
    state: () => state,
    context,
    destroyed: () => destroyed,
    main: { whenLoaded: (views, ctx, show) => whenLoaded(views, ctx, show), inputsContent },
  });

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
      if (previous.dirty !== state.dirty) renderTop(context());
      return;
    }
    render();
    if (previous.itemIndex !== state.itemIndex || previous.view !== state.view || previous.screen !== state.screen)
      scrollToTop();
    afterViewChange(pane, previous, state);
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

  const whenLoaded = lazyViewLoader({
    view: () => state.view,
    render,
    notify,
    destroyed: () => destroyed,
  });

  let disconnectInputs: (() => void) | null = null;
  function inputsContent(ctx: ViewContext): Child {
    return whenLoaded(inputsViews, ctx, (views) => {
      // The input tables view (views/inputs.ts) keeps its own state and needs the workbook.
      disconnectInputs ??= views.connectInputs(prefix, {
        workbook,
        confirm: (conflicts) => pane.confirm(conflicts),
        reread: rereadScoreSheet,
      });
      return views.inputsView(ctx);
    });
  }

  // ---- commands (commands/*.ts: read, ask, write over the workbook and this state) ----------

  /** Per sheet: what the pane last wrote there or read from it (see foreignConflicts). */
  const baselines = new Map<string, Baseline>();
  const pane: PaneCommandContext = {
    workbook,
    state: () => state,
    dispatch,
    notify,
    ask,
    confirm: (conflicts) => confirmForeignConflicts(conflicts, baselines, ask),
    baselines,
    privacy,
    focusKey: (key) => findKey(key)?.focus(),
    destroyed: () => destroyed,
  };
  const rereadScoreSheet = () => readScoreSheetAgain(pane);
  const refreshSheets = () => refreshSheetList(pane);
  const save = () => saveReview(pane);
  const commands: Commands = paneCommands(pane, { doc, reportHtml: () => reportViews.current?.reportHtml ?? null });

  const detachKeys = attachReviewKeys(root, { state: () => state, dispatch });
  const detachFocusInView = keepFocusInView(root);

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
      detachFocusInView();
      disconnectInputs?.();
      replaceChildren(root);
      root.classList.remove('ipsf', 'ipsf-fill');
    },
  };
}

/** The pane's areas: the header (title, tabs, total; the messages), the main area, the item navigation, the dialogs. */
function paneSkeleton(root: HTMLElement, prefix: string, options: AppOptions) {
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
  return { top, chrome, notices, status, alert, main, nav, modal, layer };
}

interface MainContentDeps {
  whenLoaded<T>(views: Lazy<T>, ctx: ViewContext, show: (module: T) => Child): Child;
  inputsContent(ctx: ViewContext): Child;
}

/** What the main area shows for the state: the start screen, the input tables or one of the review's views. */
function mainContent(ctx: ViewContext, deps: MainContentDeps): Child {
  const { state } = ctx;
  if (state.view === 'inputs') return [inputsBackBar(ctx), deps.inputsContent(ctx)];
  if (state.screen === 'start' || !state.review) return startView(ctx);
  if (state.view === 'overview') return overviewView(ctx);
  if (state.view === 'consensus') return deps.whenLoaded(consensusViews, ctx, (views) => views.consensusView(ctx));
  if (state.view === 'rater' && state.raterId) return raterView(ctx);
  if (state.view === 'report') return deps.whenLoaded(reportViews, ctx, (views) => views.reportView(ctx));
  return itemView(ctx);
}

interface LazyViewHost {
  view(): AppState['view'];
  render(): void;
  notify(kind: Notice['kind'], text: (strings: Strings) => string): void;
  destroyed(): boolean;
}

/**
 * A view whose module is loaded on first use: the view once the module is here; until then a
 * line saying so, and the pane renders again when it arrives (or tells why it did not).
 */
function lazyViewLoader(host: LazyViewHost) {
  return function whenLoaded<T>(views: Lazy<T>, ctx: ViewContext, show: (module: T) => Child): Child {
    const module = views.current;
    if (module) return show(module);
    const view = host.view();
    views.load().then(
      () => {
        if (!host.destroyed() && host.view() === view) host.render();
      },
      (error: unknown) => {
        const message = errorText(error);
        host.notify('error', (t) => t.viewLoadFailed(message));
      },
    );
    return h('p', { class: 'ipsf-muted', dataset: { role: 'view-loading' } }, ctx.s.viewLoading);
  };
}

type PaneAreas = ReturnType<typeof paneSkeleton>;

interface RendererDeps {
  state(): AppState;
  context(): ViewContext;
  destroyed(): boolean;
  readonly main: MainContentDeps;
}

/** Renders the state into the pane's areas, keeping focus and open <details> across (focus.ts). */
function paneRenderer(root: HTMLElement, areas: PaneAreas, deps: RendererDeps) {
  const renderModal = modalRenderer(root, areas.modal, [areas.top, areas.main, areas.nav]);
  const preserving = (render: () => void) => keepingFocus(root, render);

  function renderTop(ctx: ViewContext): void {
    replaceChildren(areas.chrome, titleBar(ctx), reviewBar(ctx), totalBar(ctx));
  }

  function renderNotice(ctx: ViewContext): void {
    const notice = deps.state().notice;
    const isAlert = notice?.kind === 'error' || notice?.kind === 'warning';
    const dismiss = () => ctx.dispatch({ type: 'notice', notice: null });
    replaceChildren(areas.status, notice && !isAlert ? noticeView(ctx, notice, dismiss) : null);
    replaceChildren(areas.alert, notice && isAlert ? noticeView(ctx, notice, dismiss) : null);
    fitNotice(areas.notices);
  }

  function render(): void {
    if (deps.destroyed()) return;
    root.lang = deps.state().language === 'nb' ? 'nb-NO' : 'en';
    const ctx = deps.context();
    preserving(() => {
      renderTop(ctx);
      renderNotice(ctx);
      replaceChildren(areas.main, mainContent(ctx, deps.main));
      replaceChildren(areas.nav, itemNav(ctx));
    });
    renderModal(ctx);
  }

  return { render, renderTop: (ctx: ViewContext) => preserving(() => renderTop(ctx)) };
}
