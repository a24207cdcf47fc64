import type { CellValue } from '../functions/cells';
import type { Language } from '../text';
import type { ChartPlan } from './charts';
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
   * Adds native charts (and heat maps as colour-scale conditional formats) in one batch. A chart
   * whose id already exists on its sheet is replaced, never duplicated; nothing else is touched.
   * Titles, series names and axis titles are taken in `language` — pass the language the chart
   * data was built with (the plan carries both); it defaults to Norwegian ('nb'), the scale's
   * official wording and the add-in's default locale.
   */
  writeCharts(charts: readonly ChartPlan[], language?: Language): Promise<void>;
  /** Brings a sheet to the front. */
  activate(name: string): Promise<void>;
}

export interface WriteOutcome {
  readonly written: boolean;
  readonly conflicts: readonly Conflict[];
}

/**
 * Writes plans without ever overwriting user data unasked: one read to find cells that would
 * change, the user's consent when there are any, then one write.
 */
export async function writeWithConsent(
  workbook: Workbook,
  plans: readonly SheetPlan[],
  confirmOverwrite: (conflicts: readonly Conflict[]) => Promise<boolean>,
): Promise<WriteOutcome> {
  const existing = await workbook.readTargets(plans);
  const conflicts = plans.flatMap((plan, index) => findConflicts(plan, existing[index] ?? null));
  if (conflicts.length > 0 && !(await confirmOverwrite(conflicts))) return { written: false, conflicts };
  await workbook.write(plans);
  return { written: true, conflicts };
}
