import type { CellValue } from '../../core/cells';
import type { EvidenceEntry } from '../../core/cycle/evidence';
import type { LatestIndicators } from '../../core/outcomes/specialist-indicators';
import type { Review } from '../../core/review/model';
import type { ScaleDefinition, Score } from '../../core/scale/types';
import type { Language } from '../../core/text';
import type { CalcOutcome, CalculatorInput, CalculatorSpec } from '../calculator';
import type { BulkKind, BulkUndo } from '../bulk';
import type { Strings } from '../strings';
import type { HistorySnapshot } from '../workflow';

export type { HistorySnapshot } from '../workflow';

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
export type Operation =
  | 'save'
  | 'report'
  | 'history'
  | 'charts'
  | 'outcomes'
  | 'indicators'
  | 'results'
  | 'reviewPlan'
  | 'checklist'
  | 'recordSample'
  | 'evidenceLog';

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

/**
 * The evidence log («Kildelogg») as last read: it counts for the open review only when its review
 * id is the review's (the sheet is one per workbook).
 */
export interface EvidenceSnapshot {
  readonly sheet: string;
  readonly reviewId: string;
  readonly entries: readonly EvidenceEntry[];
  /** The sheet is there but could not be read (a row's #VALUE! message). */
  readonly error?: string;
}

/** A score sheet opened with the input tables wired into it, and its values as read then. */
export interface WiredSheet {
  readonly sheet: string;
  readonly values: readonly (readonly CellValue[])[];
}

/**
 * The supervisor indicators as last read from «Resultater» (issue 12): per service its last
 * quarter's per-specialist rows, or why they could not be read.
 */
export interface OutcomesSnapshot {
  /** False when the workbook has no «Resultater» sheet. */
  readonly present: boolean;
  readonly groups: readonly LatestIndicators[];
  /** The sheet is there but a row could not be read (its #VALUE! message). */
  readonly error?: string;
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
  /** The evidence log as last read (null: none in the workbook, or not read yet). */
  readonly evidence: EvidenceSnapshot | null;
  /** The supervisor indicators per specialist (null: not read yet). */
  readonly outcomes: OutcomesSnapshot | null;
}

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
      /** The evidence log read with the sheet. */
      readonly evidence?: EvidenceSnapshot | null;
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
  /** The evidence log read again (or written) for the open review. */
  | { readonly type: 'evidenceLoaded'; readonly evidence: EvidenceSnapshot | null }
  /** The supervisor indicators read from «Resultater». */
  | { readonly type: 'outcomesLoaded'; readonly outcomes: OutcomesSnapshot }
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
