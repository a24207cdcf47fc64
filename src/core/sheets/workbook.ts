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

export interface ConsentOptions {
  /** What readTargets gave for these plans, when the caller has read it already (saves a round trip). */
  readonly existing?: readonly (CellValue[][] | null)[];
}

/** Questions about one write before giving up, when the cells keep changing under every question. */
export const MAX_CONSENT_QUESTIONS = 3;

function sameCell(a: CellValue, b: CellValue): boolean {
  const blank = (value: CellValue) => value === null || value === undefined || value === '';
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  return a === b;
}

/** Whether two readTargets answers are the same, cell by cell. */
export function sameTargets(a: readonly (CellValue[][] | null)[], b: readonly (CellValue[][] | null)[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((matrix, index) => {
    const other = b[index];
    if (!matrix || !other) return !matrix && !other;
    const rows = Math.max(matrix.length, other.length);
    for (let r = 0; r < rows; r++) {
      const left = matrix[r] ?? [], right = other[r] ?? [];
      const columns = Math.max(left.length, right.length);
      for (let c = 0; c < columns; c++) if (!sameCell(left[c], right[c])) return false;
    }
    return true;
  });
}

function conflictsIn(plans: readonly SheetPlan[], existing: readonly (CellValue[][] | null)[]): Conflict[] {
  return plans.flatMap((plan, index) => findConflicts(plan, existing[index] ?? null));
}

/**
 * Writes plans without ever overwriting user data unasked: one read to find cells that would
 * change, the user's consent when there are any, then one write. A question may stay open for a
 * while, and the user (or a co-author) may type into the very cells it is about: so after consent
 * the targets are read again, and if anything changed the user is asked again about what is there
 * now (at most MAX_CONSENT_QUESTIONS times; then nothing is written). Without conflicts: one read,
 * one write; with them: one more read.
 */
export async function writeWithConsent(
  workbook: Workbook,
  plans: readonly SheetPlan[],
  confirmOverwrite: (conflicts: readonly Conflict[]) => Promise<boolean>,
  options: ConsentOptions = {},
): Promise<WriteOutcome> {
  let existing = options.existing ?? (await workbook.readTargets(plans));
  let conflicts = conflictsIn(plans, existing);
  for (let asked = 0; conflicts.length > 0; asked++) {
    if (asked === MAX_CONSENT_QUESTIONS || !(await confirmOverwrite(conflicts))) return { written: false, conflicts };
    const now = await workbook.readTargets(plans);
    if (sameTargets(existing, now)) break;
    existing = now;
    conflicts = conflictsIn(plans, now);
  }
  await workbook.write(plans);
  return { written: true, conflicts };
}
