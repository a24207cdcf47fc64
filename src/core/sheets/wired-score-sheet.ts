import type { CellValue } from '../cells';
import { INPUT_TABLES, type TableCapacity, type TableId } from '../inputs/tables';
import type { Review } from '../review/model';
import type { ScaleDefinition } from '../scale/types';
import type { Language } from '../text';
import { cellAddress, findConflicts, isPlanFormula, type Conflict, type SheetPlan } from '../workbook/plan';
import type { Workbook } from '../workbook/workbook';
import {
  COLUMNS,
  isWiredScoreSheet,
  keepFollowing,
  scoreSheetPlan,
  wiringCapacity,
  type ScoreSheetWiring,
} from './score-sheet';

type Cells = readonly (readonly CellValue[])[];

/**
 * Everything the one decision «write this score sheet wired, or plain» needs. The pane's save
 * asks `ifWired`; the input tables' «wire the score sheet» asks `always`.
 */
export interface WiredScoreSheetRequest {
  /** The review as written to the sheet (corrections applied). */
  readonly review: Review;
  readonly sheet: string;
  readonly language: Language;
  readonly scale?: ScaleDefinition;
  /** The workbook's host: Google Sheets gets its own formula syntax, every other host Excel's. */
  readonly host: Workbook['host'];
  /** The sheet's cells as formula text from A1 (Workbook.readTargets); null when there is no sheet. */
  readonly formulas: Cells | null;
  /**
   * The sheet's values a consensus is compared with to tell «still the computed score shown»
   * from «changed by the evaluators»: as read when the pane opened it, or as read now.
   */
  readonly shown: Cells;
  /** `always`: wire even a plain sheet (the user asked); `ifWired`: only a sheet that is or was wired. */
  readonly wire: 'always' | 'ifWired';
  /** The sheet was wired when the pane opened it (it stays wired though the read now misses it). */
  readonly wasWired?: boolean;
  /** Table rows learnt this session (an import extended a table), merged with those the formulas reach. */
  readonly capacity?: TableCapacity;
  /**
   * The input tables the workbook has (linkCheck's `present`): an item reading one that is not
   * there gets #N/A «Mangler data: <tabell>», never a reference to it. Left out, the tables the
   * sheet's formulas say are missing stay missing (wiringMissingTables), and the rest are taken
   * to exist.
   */
  readonly tablesPresent?: readonly TableId[];
}

/**
 * The tables a wired score sheet was linked without: those named by a computed cell that holds
 * only `NA()+N("Mangler data: …")` (no reference to any sheet), as itemFormula writes for an item
 * whose table is missing. Saving the sheet again keeps them missing instead of referring to them.
 */
export function wiringMissingTables(formulas: readonly (readonly CellValue[])[]): TableId[] {
  const missing = new Set<string>();
  for (const cell of formulas.flat()) {
    if (typeof cell !== 'string' || !cell.startsWith('=') || cell.includes('!')) continue;
    for (const match of cell.matchAll(/NA\(\)\+N\("(?:Mangler data|No data): ([^"]*)"\)/g))
      for (const name of match[1]!.split(', ')) missing.add(name);
  }
  return INPUT_TABLES.filter((table) => missing.has(table.sheet.nb) || missing.has(table.sheet.en)).map(
    (table) => table.id,
  );
}

/** The larger row count of each table. */
export function mergeCapacity(a: TableCapacity, b: TableCapacity): TableCapacity {
  const merged: Partial<Record<TableId, number>> = { ...a };
  for (const [id, rows] of Object.entries(b) as [TableId, number | undefined][]) {
    if (rows !== undefined && rows > (merged[id] ?? 0)) merged[id] = rows;
  }
  return merged;
}

/**
 * The wiring to write the sheet with, or undefined for a plain score sheet. A wired sheet keeps
 * its live formulas: the computed and reason cells, the tables' extended ranges, and every
 * consensus that still follows the computed score (keepFollowing), so the user is never asked to
 * overwrite a formula with the number it showed.
 */
export function scoreSheetWiring(request: WiredScoreSheetRequest): ScoreSheetWiring | undefined {
  const { formulas } = request;
  const wired = request.wire === 'always' || request.wasWired === true || (!!formulas && isWiredScoreSheet(formulas));
  if (!wired) return undefined;
  const capacity = mergeCapacity(formulas ? wiringCapacity(formulas) : {}, request.capacity ?? {});
  const missing = request.tablesPresent || !formulas ? [] : wiringMissingTables(formulas);
  const tablesPresent =
    request.tablesPresent ??
    (missing.length > 0 ? INPUT_TABLES.map((table) => table.id).filter((id) => !missing.includes(id)) : undefined);
  return {
    host: request.host === 'sheets' ? 'sheets' : 'excel',
    follow: formulas ? keepFollowing(request.review, formulas, request.shown, request.scale) : [],
    ...(Object.keys(capacity).length > 0 ? { capacity } : {}),
    ...(tablesPresent ? { tablesPresent } : {}),
  };
}

/** The score sheet plan of `request.review`, wired when scoreSheetWiring says so (then `wiring` is set), else plain. */
export function wiredScoreSheetPlan(request: WiredScoreSheetRequest): {
  readonly plan: SheetPlan;
  readonly wiring: ScoreSheetWiring | undefined;
} {
  const wiring = scoreSheetWiring(request);
  const { review, sheet, language, scale } = request;
  const plan = scoreSheetPlan(review, { sheet, language, ...(scale ? { scale } : {}), ...(wiring ? { wiring } : {}) });
  return { plan, wiring };
}

const columnLetters = (address: string) => address.replace(/\d+$/, '');
const WIRED_COLUMNS = new Set(
  [COLUMNS.computed, COLUMNS.reason].map((column) => columnLetters(cellAddress(0, column))),
);
const isFormulaText = (value: CellValue) => typeof value === 'string' && value.trimStart().startsWith('=');

/**
 * The cells a wired score sheet plan would overwrite that the user must be asked about: as
 * findConflicts, less the pane's own formulas in the computed and reason columns, which linking
 * again (a table inserted, a table extended) rewrites formula for formula.
 */
export function wiredSheetConflicts(plan: SheetPlan, existing: readonly (readonly CellValue[])[] | null): Conflict[] {
  return findConflicts(plan, existing).filter(
    (conflict) =>
      !(
        WIRED_COLUMNS.has(columnLetters(conflict.address)) &&
        isFormulaText(conflict.existing) &&
        isPlanFormula(conflict.planned)
      ),
  );
}
