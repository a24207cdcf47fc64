import type { Workbook } from '../core/workbook/workbook';
import type { Score } from '../core/scale/types';
import type { BulkKind } from './bulk';
import type { Action, AppState } from './state';
import type { Strings } from './strings';

export interface DispatchOptions {
  /**
   * false: update the state without re-rendering the main area (typing in a text field keeps
   * its DOM, caret and IME composition; only the header is refreshed).
   */
  readonly render?: boolean;
}

/** What every view function gets: the state, the strings, and the ways to change things. */
export interface ViewContext {
  /** The state this render was made from. */
  readonly state: AppState;
  /** The state now (for event handlers that run after later changes). */
  stateNow(): AppState;
  readonly s: Strings;
  /** Document-unique prefix for ids and radio-group names of this pane. */
  readonly prefix: string;
  readonly host: Workbook['host'];
  dispatch(action: Action, options?: DispatchOptions): void;
  readonly commands: Commands;
}

export interface Commands {
  createReview(): void;
  openSheet(sheet: string): Promise<void>;
  refreshSheets(): Promise<void>;
  save(): Promise<void>;
  backToStart(): Promise<void>;
  useScore(itemId: string, score: Score): void;
  calculate(itemId: string): void;
  focusKey(key: string): void;
  /** Sets up a repeat review of a listed score sheet (the start screen's form). */
  startRepeat(sheet: string): void;
  /** Writes the report and action-plan sheets (asks before overwriting). */
  makeReport(): Promise<void>;
  /** Gets the standalone HTML report out: a dialog in Sheets, a download elsewhere, else the code to copy. */
  exportHtml(): Promise<void>;
  /** Shows the standalone HTML report in a new window. */
  openReportWindow(): void;
  /** Appends the review to the history, then writes the chart data and charts. */
  saveToHistory(): Promise<void>;
  /** «Vis diagrammer»: brings this service's charts (or the overview) into view. */
  showCharts(): Promise<void>;
  /** «Lag resultatdiagram»: the employment rate per quarter from «Resultater» beside the fidelity charts. */
  outcomeCharts(): Promise<void>;
  /** Inserts the «Resultater» input sheet. */
  insertResultsSheet(): Promise<void>;
  /** Reads «Resultater» into the supervisor indicators per specialist (last quarter). */
  specialistIndicators(): Promise<void>;
  /** «Skriv vurderingsplan»: the «Vurderingsplan» sheet over the history. */
  writeReviewPlan(): Promise<void>;
  /** The review's preparation sheets: the data-request checklist, the record sample, the evidence log. */
  writeChecklist(): Promise<void>;
  drawRecordSample(): Promise<void>;
  writeEvidenceLog(): Promise<void>;
  /** «Bruk alle samstemte skårer» / «Bekreft alle uendrede»: lists, asks, then sets them all. */
  applyBulk(kind: BulkKind): Promise<void>;
  /** Undoes the last bulk step. */
  undoBulk(): void;
}
