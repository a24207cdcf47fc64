import type { CellValue } from '../cells';
import type { Language } from '../text';
import type { AppendRowOutcome, AppendRowRequest } from './append';
import type { ChartPlan } from './chart-plan';
import { findConflicts, type Conflict, type SheetPlan } from './plan';

/**
 * The small workbook interface the UI is written against. Excel (Office.js), Google Sheets
 * (google.script.run → SpreadsheetApp) and the in-browser preview each implement it.
 * Each method is one host round trip.
 */
export interface Workbook {
  readonly host: 'excel' | 'sheets' | 'preview';
  listSheets(): Promise<string[]>;
  /** Displayed values of a sheet's used range from A1, or null when the sheet does not exist. */
  readSheet(name: string): Promise<CellValue[][] | null>;
  /** Displayed values of several sheets in one round trip, in the order asked (null: no such sheet). */
  readSheets(names: readonly string[]): Promise<(CellValue[][] | null)[]>;
  /**
   * For each plan, what its bounding rectangle holds now (formula text where a cell has one,
   * otherwise the value), or null when the sheet does not exist. One round trip for all plans.
   */
  readTargets(plans: readonly SheetPlan[]): Promise<(CellValue[][] | null)[]>;
  /** Writes all plans in one batch, creating missing sheets. */
  write(plans: readonly SheetPlan[]): Promise<void>;
  /**
   * Adds one row below the last row that holds anything (a value, or a formula even when it shows
   * ""), never over anything, and says where it landed: the sheet (and the header) is created when
   * missing or empty; a row already holding the request's identity is not added again ('present').
   * Atomic in each host: whatever another writer put in the target rows since the host looked is
   * moved down by inserting rows, not overwritten (Excel: look, then insert + write + read back in
   * one batch; Sheets: all of it under the document lock; preview: one step). After writing, the
   * host reads the row back and checks it holds the identity. Excel: two round trips; Sheets and
   * the preview: one.
   */
  appendRow(request: AppendRowRequest): Promise<AppendRowOutcome>;
  /**
   * Adds native charts (and heat maps as colour-scale conditional formats) in one batch. A chart
   * whose id already exists on its sheet is replaced, never duplicated; nothing else is touched.
   * Titles, series names and axis titles are taken in `language` — pass the language the chart
   * data was built with (the plan carries both); it defaults to Norwegian ('nb'), the scale's
   * official wording and the add-in's default locale.
   */
  writeCharts(charts: readonly ChartPlan[], language?: Language): Promise<void>;
  /** Brings a sheet to the front. */
  activate(name: string): Promise<void>;
  /**
   * «Vis diagrammer»: brings `sheet` to the front and selects the chart written with the plan id
   * `chartId` (Sheets, where Apps Script cannot select a chart, selects the cell the chart is
   * anchored at). Resolves false when the sheet or the chart is not there.
   */
  showChart(sheet: string, chartId: string): Promise<boolean>;
  /**
   * Shows the report's HTML where the host can show it for sure, for hosts where a download from
   * the pane may be blocked without a word (Google Sheets: a modal dialog with «Skriv ut» and
   * «Kopier»). Resolves with what happened; rejects when it could not be shown. Hosts without it
   * (Excel, the preview) download the file from the pane.
   */
  showReport?(html: string, title: string, language: Language): Promise<'dialog'>;
}

export interface WriteOutcome {
  readonly written: boolean;
  readonly conflicts: readonly Conflict[];
}

export interface ConsentOptions {
  /** What readTargets gave for these plans, when the caller has read it already (saves a round trip). */
  readonly existing?: readonly (CellValue[][] | null)[];
  /**
   * The conflicts of one plan with what its bounds hold (default findConflicts): e.g. only the
   * cells that are not the pane's own, for sheets the pane regenerates.
   */
  readonly conflictsOf?: (plan: SheetPlan, existing: CellValue[][] | null, index: number) => Conflict[];
}

/** Questions about one write before giving up, when the cells keep changing under every question. */
export const MAX_CONSENT_QUESTIONS = 3;

const conflictKey = (conflict: Conflict) =>
  `${conflict.sheet}\u0000${conflict.address}\u0000${String(conflict.existing)}`;

/**
 * Writes plans without ever overwriting user data unasked: one read to find cells that would
 * change, the user's consent when there are any, then one write. A question may stay open for a
 * while, and the user (or a co-author) may type into the very cells it is about: so after consent
 * the targets are read again, and if they hold anything the user has not agreed to overwrite, the
 * user is asked again about what is there now (at most MAX_CONSENT_QUESTIONS times; then nothing
 * is written). Without conflicts: one read, one write; with them: one more read.
 */
export async function writeWithConsent(
  workbook: Workbook,
  plans: readonly SheetPlan[],
  confirmOverwrite: (conflicts: readonly Conflict[]) => Promise<boolean>,
  options: ConsentOptions = {},
): Promise<WriteOutcome> {
  const conflictsOf =
    options.conflictsOf ?? ((plan: SheetPlan, existing: CellValue[][] | null) => findConflicts(plan, existing));
  const conflictsIn = (existing: readonly (CellValue[][] | null)[]) =>
    plans.flatMap((plan, index) => conflictsOf(plan, existing[index] ?? null, index));
  let conflicts = conflictsIn(options.existing ?? (await workbook.readTargets(plans)));
  const agreed = new Set<string>();
  for (let asked = 0; conflicts.some((conflict) => !agreed.has(conflictKey(conflict))); asked++) {
    if (asked === MAX_CONSENT_QUESTIONS || !(await confirmOverwrite(conflicts))) return { written: false, conflicts };
    for (const conflict of conflicts) agreed.add(conflictKey(conflict));
    conflicts = conflictsIn(await workbook.readTargets(plans));
  }
  await workbook.write(plans);
  return { written: true, conflicts };
}
