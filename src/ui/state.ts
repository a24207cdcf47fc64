import type { CellValue } from '../core/cells';
import { cellAddress, isPlanFormula, planCellText, type Conflict, type SheetPlan } from '../core/workbook/plan';
import { followedScores, isWiredScoreSheet } from '../core/sheets/score-sheet';
import { correctSavedReview, effectiveScore, effectiveScores } from '../core/review/corrections';
import { newReview, type ItemRecord, type Review } from '../core/review/model';
import { markNotPersonalData } from '../core/review/privacy';
import { confirmSuggestion, pendingSuggestions } from '../core/review/repeat';
import { DEFAULT_SCALE, itemLabel } from '../core/scale/registry';
import type { ItemDefinition, ScaleDefinition, Score, SectionDefinition } from '../core/scale/types';
import type { Language } from '../core/text';
import { totalScore } from '../core/totals';
import {
  emptyCalculatorInput,
  pasteIntoRows,
  type CalcOutcome,
  type CalculatorInput,
  type CalculatorSpec,
} from './calculator';
import { applyBulk, undoBulk, type BulkKind, type BulkUndo } from './bulk';
import { MAX_SHEET_NAME, sheetExists, uniqueSheetName } from './sheet-names';
import type { Strings } from './strings';
import { firstUnscoredForRater, historyEntry, type HistorySnapshot } from './workflow';

export type { HistorySnapshot } from './workflow';

/**
 * The pane's state and every change to it, as plain data and a pure reducer, so the logic is
 * tested without a DOM. The DOM layer (app.ts) only renders state and dispatches actions.
 * Nothing here ever fills in or averages a score: scores change only by an explicit action.
 */

export type Screen = 'start' | 'review';
/**
 * item: one item; overview: all 25; consensus: the raters side by side; rater: one rater's fast
 * entry; report: report and history; inputs: the input tables (views/inputs.ts), also reachable
 * from the start screen.
 */
export type View = 'item' | 'overview' | 'consensus' | 'rater' | 'report' | 'inputs';

/** What the pane is busy with (the button of that operation says so). */
export type Operation = 'save' | 'report' | 'history';

export interface NewReviewForm {
  readonly service: string;
  readonly team: string;
  readonly date: string;
  /** Blank means the suggested name (sheetNameFor). */
  readonly sheet: string;
  readonly raters: readonly string[];
}

export interface ExistingSheet {
  readonly sheet: string;
  readonly review: Review;
}

export type SheetList =
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly sheets: readonly ExistingSheet[];
      readonly history?: HistorySnapshot | null;
      /** Every sheet of the workbook (a new sheet's name must differ from them). */
      readonly names?: readonly string[];
    }
  | { readonly status: 'error'; readonly message: string };

/** A message to the user; text is resolved at render time so a language switch re-translates it. */
export interface Notice {
  readonly kind: 'info' | 'success' | 'warning' | 'error';
  readonly text: (s: Strings) => string;
}

/** Pane-only state of one item (not saved to the sheet). */
export interface ItemUi {
  /** Cap conditions ticked, by cap id. */
  readonly caps: Readonly<Record<string, boolean>>;
  readonly calc?: CalculatorInput;
  readonly calcResult?: CalcOutcome;
}

/** A change to a consensus score of a review already in the history: it needs a reason. */
export interface PendingCorrection {
  readonly itemId: string;
  readonly score: Score;
  readonly reason: string;
  readonly date: string;
  /** True after the user tried to record it (validation messages show from then on). */
  readonly submitted: boolean;
  /** A refusal from the core, as text. */
  readonly error: string | null;
}

export interface ReportOptions {
  /** Also put the items scored 4 in the action plan. */
  readonly includeFours: boolean;
  /** Names that must not appear in the report (one per line); kept in the pane only. */
  readonly roster: string;
  readonly showHtml: boolean;
}

/** A repeat review being set up on the start screen: the previous review it follows. */
export interface RepeatBase {
  readonly sheet: string;
  readonly review: Review;
}

/** A score sheet opened with the input tables wired into it, and its values as read then. */
export interface WiredSheet {
  readonly sheet: string;
  readonly values: readonly (readonly CellValue[])[];
}

export interface AppState {
  readonly scale: ScaleDefinition;
  /** Today as yyyy-mm-dd (new reviews and corrections are dated with it). */
  readonly today: string;
  readonly language: Language;
  readonly screen: Screen;
  readonly view: View;
  readonly form: NewReviewForm;
  /** True after the user tried to start a review: validation messages are shown from then on. */
  readonly formSubmitted: boolean;
  readonly review: Review | null;
  /** The sheet the review is saved to. */
  readonly sheet: string;
  readonly itemIndex: number;
  /** Changes since the review was opened or last saved. */
  readonly dirty: boolean;
  readonly itemUi: Readonly<Record<string, ItemUi>>;
  readonly sheets: SheetList;
  readonly busy: boolean;
  readonly busyWith: Operation | null;
  readonly notice: Notice | null;
  /** Rater mode: whose scores the rater view enters. */
  readonly raterId: string | null;
  /** The two raters whose agreement is shown (null: the first two). */
  readonly agreementPair: readonly [string, string] | null;
  /** The previous review of the same service and team (a follow-up's report compares with it). */
  readonly previous: Review | null;
  /** The history as last read (when the review was opened, or after appending to it). */
  readonly history: HistorySnapshot | null;
  readonly correction: PendingCorrection | null;
  /** Sheet scores that differ from the history without a recorded correction, by item id. */
  readonly unrecorded: Readonly<Record<string, Score>>;
  /** The start screen is setting up a repeat review of this one. */
  readonly repeatOf: RepeatBase | null;
  readonly reportOptions: ReportOptions;
  /** The open review's sheet was wired to the input tables when opened (see openedWired). */
  readonly wired: WiredSheet | null;
  /** The last «use all agreed» / «confirm all unchanged» step, to undo it (bulk.ts). */
  readonly bulkUndo: BulkUndo | null;
}

export interface InitialStateOptions {
  readonly language?: Language;
  /** Today as yyyy-mm-dd (the form's default date). */
  readonly today?: string;
  readonly scale?: ScaleDefinition;
}

export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function emptyForm(today: string): NewReviewForm {
  return { service: '', team: '', date: today, sheet: '', raters: ['', ''] };
}

export const DEFAULT_REPORT_OPTIONS: ReportOptions = { includeFours: false, roster: '', showHtml: false };

export function initialState(options: InitialStateOptions = {}): AppState {
  const today = options.today ?? todayIso();
  return {
    scale: options.scale ?? DEFAULT_SCALE,
    today,
    language: options.language ?? 'nb',
    screen: 'start',
    view: 'item',
    form: emptyForm(today),
    formSubmitted: false,
    review: null,
    sheet: '',
    itemIndex: 0,
    dirty: false,
    itemUi: {},
    sheets: { status: 'loading' },
    busy: false,
    busyWith: null,
    notice: null,
    raterId: null,
    agreementPair: null,
    previous: null,
    history: null,
    correction: null,
    unrecorded: {},
    repeatOf: null,
    reportOptions: DEFAULT_REPORT_OPTIONS,
    wired: null,
    bulkUndo: null,
  };
}

// ---------------------------------------------------------------------------------------------
// The new-review form

const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/;
export { MAX_SHEET_NAME };

/** The score sheet's name: "IPS <service> <team> <date>" as sheet-names.ts shortens it. */
export function sheetNameFor(service: string, team: string, date: string, existing: readonly string[] = []): string {
  return uniqueSheetName({ prefix: 'IPS', service, team, date }, existing);
}

export function isValidSheetName(name: string): boolean {
  const trimmed = name.trim();
  return (
    trimmed.length > 0 &&
    trimmed.length <= MAX_SHEET_NAME &&
    !SHEET_NAME_FORBIDDEN.test(trimmed) &&
    !/^'|'$/.test(trimmed)
  );
}

export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

export type FormField = 'service' | 'team' | 'date' | 'sheet' | 'raters';

export interface FormCheck {
  readonly ok: boolean;
  readonly errors: Readonly<Partial<Record<FormField, keyof Strings>>>;
  /** A repeat review dated on or before the previous one: the message needs the previous date. */
  readonly repeatDate?: string;
  /** Warnings do not stop the review: one rater is allowed, two are recommended. */
  readonly warnings: readonly (keyof Strings)[];
  readonly raterNames: readonly string[];
  readonly sheet: string;
}

/** The workbook's sheet names as last listed (none while loading). */
export function workbookSheetNames(state: AppState): readonly string[] {
  return state.sheets.status === 'ready' ? (state.sheets.names ?? state.sheets.sheets.map((entry) => entry.sheet)) : [];
}

/**
 * Checks the form; `previousDate` (a repeat review) must be before the new date; `existing` are
 * the workbook's sheets (the suggested name avoids them, a typed one must not be one of them).
 */
export function checkForm(form: NewReviewForm, previousDate?: string, existing: readonly string[] = []): FormCheck {
  const errors: Partial<Record<FormField, keyof Strings>> = {};
  const raterNames = form.raters.map((name) => name.trim()).filter((name) => name !== '');
  if (form.service.trim() === '') errors.service = 'errorService';
  if (form.team.trim() === '') errors.team = 'errorTeam';
  if (!isIsoDate(form.date)) errors.date = 'errorDate';
  let repeatDate: string | undefined;
  if (!errors.date && previousDate !== undefined && !(form.date.trim() > previousDate)) {
    errors.date = 'errorRepeatDate';
    repeatDate = previousDate;
  }
  if (raterNames.length === 0) errors.raters = 'errorRaters';
  const sheet = form.sheet.trim() || sheetNameFor(form.service, form.team, form.date, existing);
  if (!isValidSheetName(sheet)) errors.sheet = 'errorSheetName';
  else if (form.sheet.trim() !== '' && sheetExists(sheet, existing)) errors.sheet = 'errorSheetExists';
  const warnings: (keyof Strings)[] = raterNames.length === 1 ? ['warnOneRater'] : [];
  return {
    ok: Object.keys(errors).length === 0,
    errors,
    warnings,
    raterNames,
    sheet,
    ...(repeatDate ? { repeatDate } : {}),
  };
}

/** The review a valid form describes: every item unscored. */
export function reviewFromForm(form: NewReviewForm, id: string, scale: ScaleDefinition = DEFAULT_SCALE): Review {
  const check = checkForm(form);
  return newReview(
    {
      id,
      service: form.service.trim(),
      team: form.team.trim(),
      date: form.date.trim(),
      raters: check.raterNames.map((name, index) => ({ id: `r${index + 1}`, name })),
    },
    scale,
  );
}

export function newReviewId(date: string, random: () => number = Math.random): string {
  return `ips-${date}-${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// Actions and reducer

export type TextField = 'evidence' | 'recommendation' | 'consensusNote';

export type Action =
  | { readonly type: 'setLanguage'; readonly language: Language }
  | { readonly type: 'formField'; readonly field: 'service' | 'team' | 'date' | 'sheet'; readonly value: string }
  | { readonly type: 'raterName'; readonly index: number; readonly value: string }
  | { readonly type: 'addRater' }
  | { readonly type: 'removeRater'; readonly index: number }
  | { readonly type: 'formSubmitted' }
  | { readonly type: 'sheetsLoading' }
  | {
      readonly type: 'sheetsLoaded';
      readonly sheets: readonly ExistingSheet[];
      readonly history?: HistorySnapshot | null;
      readonly names?: readonly string[];
    }
  | { readonly type: 'sheetsFailed'; readonly message: string }
  | {
      readonly type: 'openReview';
      readonly review: Review;
      readonly sheet: string;
      readonly isNew: boolean;
      readonly previous?: Review | null;
      readonly history?: HistorySnapshot | null;
      readonly unrecorded?: Readonly<Record<string, Score>>;
      /** An existing sheet's values as read (from A1): a wired score sheet is remembered. */
      readonly values?: readonly (readonly CellValue[])[] | null;
    }
  | { readonly type: 'backToStart' }
  | { readonly type: 'setView'; readonly view: View }
  | { readonly type: 'goto'; readonly index: number }
  | { readonly type: 'next' }
  | { readonly type: 'previous' }
  | { readonly type: 'setConsensus'; readonly itemId: string; readonly score: Score | null }
  | { readonly type: 'setRaterScore'; readonly itemId: string; readonly raterId: string; readonly score: Score | null }
  | { readonly type: 'setText'; readonly itemId: string; readonly field: TextField; readonly value: string }
  | { readonly type: 'toggleComponent'; readonly itemId: string; readonly index: number }
  | { readonly type: 'toggleCap'; readonly itemId: string; readonly capId: string }
  | {
      readonly type: 'calcScalar';
      readonly spec: CalculatorSpec;
      readonly itemId: string;
      readonly name: string;
      readonly value: string;
    }
  | {
      readonly type: 'calcCell';
      readonly spec: CalculatorSpec;
      readonly itemId: string;
      readonly row: number;
      readonly column: number;
      readonly value: string;
    }
  | {
      readonly type: 'calcPaste';
      readonly spec: CalculatorSpec;
      readonly itemId: string;
      readonly row: number;
      readonly column: number;
      readonly text: string;
    }
  | { readonly type: 'calcAddRow'; readonly spec: CalculatorSpec; readonly itemId: string }
  | { readonly type: 'calcRemoveRow'; readonly spec: CalculatorSpec; readonly itemId: string }
  | { readonly type: 'calcClear'; readonly spec: CalculatorSpec; readonly itemId: string }
  | { readonly type: 'calcResult'; readonly itemId: string; readonly result: CalcOutcome }
  | { readonly type: 'busy'; readonly busy: boolean; readonly operation?: Operation }
  | { readonly type: 'saved'; readonly sheet: string }
  | { readonly type: 'notice'; readonly notice: Notice | null }
  // Workflow
  | { readonly type: 'startRepeat'; readonly sheet: string; readonly previous: Review }
  | { readonly type: 'cancelRepeat' }
  | { readonly type: 'confirmSuggestion'; readonly itemId: string }
  /** Every agreed score, or every previous score still waiting, in one step (bulk.ts); and its undo. */
  | { readonly type: 'applyBulk'; readonly kind: BulkKind }
  | { readonly type: 'undoBulk' }
  | { readonly type: 'setRaterMode'; readonly raterId: string | null }
  | { readonly type: 'setAgreementPair'; readonly index: 0 | 1; readonly raterId: string }
  | { readonly type: 'startCorrection'; readonly itemId: string; readonly score: Score }
  | { readonly type: 'correctionField'; readonly field: 'reason' | 'date'; readonly value: string }
  | { readonly type: 'confirmCorrection' }
  | { readonly type: 'cancelCorrection' }
  | {
      readonly type: 'reportOption';
      readonly includeFours?: boolean;
      readonly roster?: string;
      readonly showHtml?: boolean;
    }
  | { readonly type: 'historyLoaded'; readonly history: HistorySnapshot }
  /** Values the privacy check flagged that the user marked as not personal data (privacy-gate.ts). */
  | {
      readonly type: 'markNotPersonalData';
      readonly marks: readonly { readonly field: string; readonly value: string }[];
      readonly date: string;
    }
  /**
   * The open review's score sheet read again (its displayed values from A1), e.g. after the input
   * tables were written: a wired sheet's consensus scores that follow the computed ones are taken
   * over (see followedScores); a consensus the evaluators set is never replaced.
   */
  | {
      readonly type: 'scoreSheetRead';
      readonly sheet: string;
      readonly values: readonly (readonly CellValue[])[] | null;
    };

function updateRecord(state: AppState, itemId: string, change: (record: ItemRecord) => ItemRecord): AppState {
  const review = state.review;
  const record = review?.items[itemId];
  if (!review || !record) return state;
  return { ...state, dirty: true, review: { ...review, items: { ...review.items, [itemId]: change(record) } } };
}

function updateUi(state: AppState, itemId: string, change: (ui: ItemUi) => ItemUi): AppState {
  const ui = state.itemUi[itemId] ?? { caps: {} };
  return { ...state, itemUi: { ...state.itemUi, [itemId]: change(ui) } };
}

function updateCalc(
  state: AppState,
  spec: CalculatorSpec,
  itemId: string,
  change: (input: CalculatorInput) => CalculatorInput,
): AppState {
  return updateUi(state, itemId, (ui) => {
    const { calcResult: _stale, ...rest } = ui;
    return { ...rest, calc: change(ui.calc ?? emptyCalculatorInput(spec)) };
  });
}

function clampIndex(state: AppState, index: number): number {
  return Math.max(0, Math.min(state.scale.items.length - 1, index));
}

/** Moving on clears a success or info message; warnings and errors stay until dismissed. */
function moving(state: AppState): AppState {
  return state.notice && (state.notice.kind === 'success' || state.notice.kind === 'info')
    ? { ...state, notice: null }
    : state;
}

export function reduce(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'setLanguage':
      return { ...state, language: action.language };
    case 'formField':
      return { ...state, form: { ...state.form, [action.field]: action.value } };
    case 'raterName':
      return {
        ...state,
        form: { ...state.form, raters: state.form.raters.map((name, i) => (i === action.index ? action.value : name)) },
      };
    case 'addRater':
      return { ...state, form: { ...state.form, raters: [...state.form.raters, ''] } };
    case 'removeRater':
      return state.form.raters.length <= 1
        ? state
        : { ...state, form: { ...state.form, raters: state.form.raters.filter((_, i) => i !== action.index) } };
    case 'formSubmitted':
      return { ...state, formSubmitted: true };
    case 'sheetsLoading':
      return { ...state, sheets: { status: 'loading' } };
    case 'sheetsLoaded':
      return {
        ...state,
        sheets: {
          status: 'ready',
          sheets: action.sheets,
          history: action.history ?? null,
          names: action.names ?? action.sheets.map((entry) => entry.sheet),
        },
      };
    case 'sheetsFailed':
      return { ...state, sheets: { status: 'error', message: action.message } };
    case 'openReview':
      return {
        ...state,
        screen: 'review',
        view: 'item',
        review: action.review,
        sheet: action.sheet,
        itemIndex: 0,
        // A new review exists only in the pane until it is saved.
        dirty: action.isNew,
        itemUi: {},
        formSubmitted: false,
        notice: null,
        raterId: null,
        agreementPair: null,
        previous: action.previous ?? null,
        history: action.history ?? (state.sheets.status === 'ready' ? (state.sheets.history ?? null) : null),
        correction: null,
        unrecorded: action.unrecorded ?? {},
        repeatOf: null,
        reportOptions: { ...DEFAULT_REPORT_OPTIONS, roster: state.reportOptions.roster },
        wired:
          action.values && isWiredScoreSheet(action.values) ? { sheet: action.sheet, values: action.values } : null,
        bulkUndo: null,
      };
    case 'backToStart':
      return {
        ...state,
        screen: 'start',
        view: 'item',
        review: null,
        sheet: '',
        dirty: false,
        itemUi: {},
        form: emptyForm(state.form.date),
        formSubmitted: false,
        notice: null,
        raterId: null,
        agreementPair: null,
        previous: null,
        correction: null,
        unrecorded: {},
        repeatOf: null,
        reportOptions: { ...DEFAULT_REPORT_OPTIONS, roster: state.reportOptions.roster },
        wired: null,
        bulkUndo: null,
      };
    case 'setView':
      if (action.view === 'rater' && !state.raterId) return state;
      return { ...moving(state), view: action.view, raterId: action.view === 'rater' ? state.raterId : null };
    case 'goto':
      return {
        ...moving(state),
        view: state.view === 'rater' ? 'rater' : 'item',
        itemIndex: clampIndex(state, action.index),
      };
    case 'next':
      return { ...moving(state), itemIndex: clampIndex(state, state.itemIndex + 1) };
    case 'previous':
      return { ...moving(state), itemIndex: clampIndex(state, state.itemIndex - 1) };
    case 'setConsensus': {
      const review = state.review;
      if (!review || !review.items[action.itemId]) return state;
      if (isInHistory(state)) {
        // A saved review's score changes only by a correction with a reason, never silently.
        const now = effectiveScore(review, action.itemId);
        if (action.score === now) return state;
        if (action.score === null) return { ...state, notice: { kind: 'warning', text: (t) => t.correctionNoClear } };
        return { ...state, correction: newCorrection(action.itemId, action.score, state.today) };
      }
      return updateRecord(state, action.itemId, (record) => ({ ...record, consensus: action.score }));
    }
    case 'setRaterScore':
      return updateRecord(state, action.itemId, (record) => ({
        ...record,
        raterScores: { ...record.raterScores, [action.raterId]: action.score },
      }));
    case 'setText':
      return updateRecord(state, action.itemId, (record) => ({ ...record, [action.field]: action.value }));
    case 'toggleComponent': {
      const item = state.scale.items.find((candidate) => candidate.id === action.itemId);
      const count = item?.components?.length ?? 0;
      if (action.index < 0 || action.index >= count) return state;
      return updateRecord(state, action.itemId, (record) => {
        const components = Array.from({ length: count }, (_, i) => record.components?.[i] === true);
        components[action.index] = !components[action.index];
        return { ...record, components };
      });
    }
    case 'toggleCap':
      return updateUi(state, action.itemId, (ui) => ({
        ...ui,
        caps: { ...ui.caps, [action.capId]: !ui.caps[action.capId] },
      }));
    case 'calcScalar':
      return updateCalc(state, action.spec, action.itemId, (input) => ({
        ...input,
        scalars: { ...input.scalars, [action.name]: action.value },
      }));
    case 'calcCell':
      return updateCalc(state, action.spec, action.itemId, (input) => ({
        ...input,
        rows: input.rows.map((cells, r) =>
          r === action.row ? cells.map((cell, c) => (c === action.column ? action.value : cell)) : cells,
        ),
      }));
    case 'calcPaste':
      return updateCalc(state, action.spec, action.itemId, (input) => ({
        ...input,
        rows: pasteIntoRows(input.rows, action.row, action.column, action.text, action.spec.ranges.length),
      }));
    case 'calcAddRow':
      return updateCalc(state, action.spec, action.itemId, (input) => ({
        ...input,
        rows: [...input.rows, action.spec.ranges.map(() => '')],
      }));
    case 'calcRemoveRow':
      return updateCalc(state, action.spec, action.itemId, (input) => ({
        ...input,
        rows: input.rows.length > 1 ? input.rows.slice(0, -1) : input.rows,
      }));
    case 'calcClear':
      return updateCalc(state, action.spec, action.itemId, () => emptyCalculatorInput(action.spec));
    case 'calcResult':
      return updateUi(state, action.itemId, (ui) => ({ ...ui, calcResult: action.result }));
    case 'busy':
      return { ...state, busy: action.busy, busyWith: action.busy ? (action.operation ?? null) : null };
    case 'saved':
      return { ...state, dirty: false, sheet: action.sheet };
    case 'notice':
      return { ...state, notice: action.notice };
    case 'startRepeat': {
      const names = action.previous.raters.map((rater) => rater.name);
      return {
        ...state,
        repeatOf: { sheet: action.sheet, review: action.previous },
        form: {
          service: action.previous.service,
          team: action.previous.team,
          date: state.today > action.previous.date ? state.today : '',
          sheet: '',
          raters: names.length >= 2 ? names : [...names, ...new Array<string>(2 - names.length).fill('')],
        },
        formSubmitted: false,
      };
    }
    case 'cancelRepeat':
      return { ...state, repeatOf: null, form: emptyForm(state.today), formSubmitted: false };
    case 'confirmSuggestion': {
      const review = state.review;
      if (!review?.items[action.itemId]?.suggested) return state;
      return {
        ...state,
        dirty: true,
        review: confirmSuggestion(review, action.itemId, { language: state.language }, state.scale),
      };
    }
    case 'applyBulk': {
      // A review in the history changes only by corrections, one by one with a reason.
      if (!state.review || isInHistory(state)) return state;
      const applied = applyBulk(action.kind, state.review, state.language, state.scale);
      if (applied.undo.changes.length === 0) return state;
      return { ...state, review: applied.review, dirty: true, bulkUndo: applied.undo };
    }
    case 'undoBulk':
      if (!state.review || !state.bulkUndo) return state;
      return { ...state, review: undoBulk(state.review, state.bulkUndo), dirty: true, bulkUndo: null };
    case 'setRaterMode': {
      const review = state.review;
      if (action.raterId === null) return { ...moving(state), raterId: null, view: 'consensus' };
      if (!review?.raters.some((rater) => rater.id === action.raterId)) return state;
      return {
        ...moving(state),
        raterId: action.raterId,
        view: 'rater',
        itemIndex: firstUnscoredForRater(review, action.raterId, state.scale),
      };
    }
    case 'setAgreementPair': {
      const pair = agreementPair(state);
      if (!pair) return state;
      const next: [string, string] = [pair[0], pair[1]];
      next[action.index] = action.raterId;
      return { ...state, agreementPair: next };
    }
    case 'startCorrection':
      if (!state.review || !isInHistory(state)) return state;
      return { ...state, correction: newCorrection(action.itemId, action.score, state.today) };
    case 'correctionField':
      return state.correction
        ? { ...state, correction: { ...state.correction, [action.field]: action.value, error: null } }
        : state;
    case 'cancelCorrection':
      return { ...state, correction: null };
    case 'confirmCorrection': {
      const correction = state.correction;
      const review = state.review;
      if (!correction || !review) return state;
      const submitted = { ...correction, submitted: true, error: null };
      if (correctionProblems(correction, review).length > 0) return { ...state, correction: submitted };
      let corrected: Review;
      try {
        corrected = correctSavedReview(
          review,
          correction.itemId,
          correction.score,
          correction.reason,
          correction.date.trim(),
          state.scale,
        );
      } catch (error) {
        return { ...state, correction: { ...submitted, error: errorText(error) } };
      }
      const from = effectiveScore(review, correction.itemId);
      const item = state.scale.items.find((candidate) => candidate.id === correction.itemId);
      const { [correction.itemId]: _done, ...unrecorded } = state.unrecorded;
      return {
        ...state,
        review: corrected,
        dirty: true,
        correction: null,
        unrecorded,
        notice: {
          kind: 'success',
          text: (t) =>
            t.correctionRecorded(
              item ? itemLabel(item, state.language, state.scale) : correction.itemId,
              from === null ? '–' : String(from),
              correction.score,
            ),
        },
      };
    }
    case 'reportOption':
      return {
        ...state,
        reportOptions: {
          includeFours: action.includeFours ?? state.reportOptions.includeFours,
          roster: action.roster ?? state.reportOptions.roster,
          showHtml: action.showHtml ?? state.reportOptions.showHtml,
        },
      };
    case 'historyLoaded':
      return { ...state, history: action.history };
    case 'markNotPersonalData': {
      const marked = state.review ? markNotPersonalData(state.review, action.marks, action.date) : null;
      return marked && marked !== state.review ? { ...state, review: marked, dirty: true } : state;
    }
    case 'scoreSheetRead':
      return withScoreSheetRead(state, action.sheet, action.values);
  }
}

/**
 * The open review after its score sheet was read again: when the sheet is wired, every consensus
 * that follows a computed score takes the score the sheet shows now, and the values are
 * remembered as the wired sheet's (so a save keeps those cells following). A review already in
 * the history is not changed (its scores change only by a correction).
 */
function withScoreSheetRead(
  state: AppState,
  sheet: string,
  values: readonly (readonly CellValue[])[] | null,
): AppState {
  const review = state.review;
  if (!review || sheet !== state.sheet || !values || !isWiredScoreSheet(values)) return state;
  const before = state.wired && state.wired.sheet === sheet ? state.wired.values : [];
  const wired: WiredSheet = { sheet, values };
  if (isInHistory(state)) return { ...state, wired };
  const updates = Object.entries(followedScores(review, before, values, state.scale));
  if (updates.length === 0) return { ...state, wired };
  const items = { ...review.items };
  for (const [itemId, score] of updates) items[itemId] = { ...items[itemId]!, consensus: score };
  // The sheet already shows these scores: taking them over is no unsaved change.
  return { ...state, wired, review: { ...review, items } };
}

// ---------------------------------------------------------------------------------------------
// Workflow: raters, consensus, corrections

/** True when the open review is already in the history table: its scores change only by correction. */
export function isInHistory(state: AppState): boolean {
  return !!state.review && !!state.history && historyEntry(state.history.rows, state.review.id) !== null;
}

/** The two raters whose agreement is shown: the chosen pair, else the first two; null below two raters. */
export function agreementPair(state: AppState): readonly [string, string] | null {
  const raters = state.review?.raters ?? [];
  if (raters.length < 2) return null;
  const ids = new Set(raters.map((rater) => rater.id));
  const chosen = state.agreementPair;
  if (chosen && ids.has(chosen[0]) && ids.has(chosen[1])) return chosen;
  return [raters[0]!.id, raters[1]!.id];
}

/** A correction just asked for: no reason yet, dated today. */
export function newCorrection(itemId: string, score: Score, today: string): PendingCorrection {
  return { itemId, score, reason: '', date: today, submitted: false, error: null };
}

export type CorrectionProblem = 'reason' | 'date';

/** What stops a correction from being recorded (shown once the user tried). */
export function correctionProblems(correction: PendingCorrection, review: Review): CorrectionProblem[] {
  const problems: CorrectionProblem[] = [];
  if (correction.reason.trim() === '') problems.push('reason');
  const date = correction.date.trim();
  if (!isIsoDate(date) || date < review.date) problems.push('date');
  return problems;
}

/** Items whose previous score still waits for confirmation (a repeat review). */
export function pendingCount(state: AppState): number {
  return state.review ? pendingSuggestions(state.review, state.scale).length : 0;
}

// ---------------------------------------------------------------------------------------------
// Derived views

export function currentItem(state: AppState): ItemDefinition {
  return state.scale.items[state.itemIndex] ?? state.scale.items[0]!;
}

export interface SectionSummary {
  readonly section: SectionDefinition;
  readonly items: readonly ItemDefinition[];
  readonly scored: number;
  /** The subtotal, only when every item of the section has a consensus score. */
  readonly total: number | null;
}

export type TotalsView =
  | {
      readonly complete: true;
      readonly total: number;
      readonly level: string;
      readonly sections: readonly SectionSummary[];
    }
  | {
      readonly complete: false;
      readonly missing: readonly ItemDefinition[];
      readonly scored: number;
      readonly sections: readonly SectionSummary[];
    };

/**
 * The live total: the total and fidelity level from the core when every item has a consensus
 * score; otherwise which items are missing (never a 0 or a partial total).
 */
export function totalsView(review: Review, language: Language, scale: ScaleDefinition = DEFAULT_SCALE): TotalsView {
  // The scores that count: a correction's where a saved review was corrected, else the consensus.
  const scores = effectiveScores(review, scale);
  const score = (item: ItemDefinition) => scores[item.id] ?? null;
  const sections = scale.sections.map((section) => {
    const items = scale.items.filter((item) => item.sectionId === section.id);
    const scores = items.map(score);
    const scored = scores.filter((value) => value !== null).length;
    const total = scored === items.length ? scores.reduce<number>((sum, value) => sum + (value ?? 0), 0) : null;
    return { section, items, scored, total };
  });
  const missing = scale.items.filter((item) => score(item) === null);
  if (missing.length > 0) return { complete: false, missing, scored: scale.items.length - missing.length, sections };
  const result = totalScore(Object.fromEntries(scale.items.map((item) => [item.id, score(item)])), scale);
  return { complete: true, total: result.total, level: result.level.name[language], sections };
}

/** The raters' scores when they differ (the consensus must be agreed, not averaged). */
export function raterDisagreement(review: Review, itemId: string): readonly Score[] | null {
  const record = review.items[itemId];
  if (!record) return null;
  const scores = review.raters
    .map((rater) => record.raterScores[rater.id])
    .filter((value): value is Score => value != null);
  return new Set(scores).size > 1 ? scores : null;
}

export interface ComponentSummary {
  readonly present: number;
  readonly count: number;
  /** The score the registry gives this count; a suggestion the user may take. */
  readonly suggested: Score | null;
}

export function componentSummary(item: ItemDefinition, record: ItemRecord | undefined): ComponentSummary | null {
  if (!item.components || item.components.length === 0) return null;
  const count = item.components.length;
  const present = item.components.filter((_, index) => record?.components?.[index] === true).length;
  return { present, count, suggested: item.scoreForComponentCount?.[present] ?? null };
}

/** The lowest cap among the ticked conditions, when the consensus is above it. */
export function capExceeded(
  item: ItemDefinition,
  record: ItemRecord | undefined,
  ui: ItemUi | undefined,
): number | null {
  const consensus = record?.consensus;
  if (!item.caps || consensus == null) return null;
  const ticked = item.caps.filter((cap) => ui?.caps[cap.id]);
  if (ticked.length === 0) return null;
  const max = Math.min(...ticked.map((cap) => cap.maxScore));
  return consensus > max ? max : null;
}

/** The manual requires a recommendation for every item below 5. */
export function needsRecommendation(record: ItemRecord | undefined): boolean {
  return record != null && record.consensus != null && record.consensus < 5 && record.recommendation.trim() === '';
}

export function scoredCount(review: Review, scale: ScaleDefinition = DEFAULT_SCALE): number {
  return scale.items.filter((item) => review.items[item.id]?.consensus != null).length;
}

export function labelOf(state: AppState, item: ItemDefinition): string {
  return itemLabel(item, state.language, state.scale);
}

// ---------------------------------------------------------------------------------------------
// Saving

/** The open review's sheet as read when opened, when it was wired then (a save keeps it wired). */
export function openedWired(state: AppState): WiredSheet | null {
  return state.wired && state.wired.sheet === state.sheet ? state.wired : null;
}

export interface ConflictLine {
  readonly address: string;
  readonly existing: string;
  readonly planned: string;
}

function shown(value: unknown, blank: string): string {
  if (isPlanFormula(value)) return shown(value.formula, blank);
  if (value === null || value === undefined || value === '') return blank;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const textValue = String(value);
  return textValue.length > 60 ? `${textValue.slice(0, 57)}…` : textValue;
}

export const CONFLICTS_SHOWN = 5;

/** The first few conflicts as the confirm dialog lists them, and how many are not listed. */
export function conflictSummary(
  conflicts: readonly Conflict[],
  blank: string,
  limit = CONFLICTS_SHOWN,
): { lines: ConflictLine[]; more: number } {
  return {
    lines: conflicts.slice(0, limit).map((conflict) => ({
      address: conflict.address,
      existing: shown(conflict.existing, blank),
      planned: shown(conflict.planned, blank),
    })),
    more: Math.max(0, conflicts.length - limit),
  };
}

/** The whole confirm message as plain text (for a host's own confirm function). */
export function conflictMessage(conflicts: readonly Conflict[], s: Strings): string {
  const { lines, more } = conflictSummary(conflicts, s.blank);
  const sheet = conflicts[0]?.sheet ?? '';
  return [
    s.conflictIntro(conflicts.length, sheet),
    ...lines.map((line) => s.conflictLine(line.address, line.existing, line.planned)),
    ...(more > 0 ? [s.conflictMore(more)] : []),
    s.conflictQuestion,
  ].join('\n');
}

/**
 * What the pane itself last put in (or read from) a sheet, by A1 address. A conflict whose cell
 * still holds exactly that was not changed by anyone since, so overwriting it is the pane's own
 * edit, not the user's data: only the other conflicts are asked about.
 */
export type Baseline = ReadonlyMap<string, unknown>;

export function baselineFromPlan(plan: SheetPlan): Baseline {
  const cells = new Map<string, unknown>();
  for (const block of plan.blocks) {
    block.values.forEach((values, r) =>
      values.forEach((value, c) => {
        // As a host reads it back: a formula as its text.
        if (value !== null) cells.set(cellAddress(block.row + r, block.column + c), planCellText(value));
      }),
    );
  }
  return cells;
}

export function baselineFromValues(values: readonly (readonly unknown[])[]): Baseline {
  const cells = new Map<string, unknown>();
  values.forEach((row, r) => row.forEach((value, c) => cells.set(cellAddress(r, c), value)));
  return cells;
}

function sameCell(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  return a === b;
}

/** The conflicts the user must be asked about: cells that changed since the pane wrote or read them. */
export function foreignConflicts(conflicts: readonly Conflict[], baseline: Baseline | undefined): Conflict[] {
  if (!baseline) return [...conflicts];
  return conflicts.filter(
    (conflict) => !(baseline.has(conflict.address) && sameCell(baseline.get(conflict.address), conflict.existing)),
  );
}

/** Cells a plan writes (null leaves a cell as it is). */
export function plannedCellCount(blocks: readonly { readonly values: readonly (readonly unknown[])[] }[]): number {
  return blocks.reduce(
    (sum, block) => sum + block.values.reduce((n, row) => n + row.filter((value) => value !== null).length, 0),
    0,
  );
}

/** A host error as a readable line: Office.js and Apps Script errors carry their text in different places. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object') {
    const candidate =
      (error as { message?: unknown; debugInfo?: { message?: unknown } }).message ??
      (error as { debugInfo?: { message?: unknown } }).debugInfo?.message;
    if (typeof candidate === 'string' && candidate) return candidate;
    try {
      return JSON.stringify(error);
    } catch {
      return String(error);
    }
  }
  return String(error);
}
