/**
 * Before the score sheet is linked to the input tables (issue 11 point 1): per wired item, the
 * tables its formula reads, which of them the workbook lacks and which are empty, and the plans
 * that insert the missing ones. A missing table is never referred to (Excel cannot enter such a
 * formula, Sheets shows #REF!): the item gets «Mangler data: <tabell>» instead (see itemFormula's
 * `tablesPresent`), as it does live when a table it needs is empty.
 */
import type { CellValue } from '../cells';
import type { Language } from '../text';
import {
  INPUT_TABLES,
  TABLES,
  TABLE_LAYOUT,
  columnIndex,
  tableSheetPlan,
  type InputSheetPlan,
  type TableCapacity,
  type TableDefinition,
  type TableId,
} from './tables';
import { withTeamTerm } from './terminology';
import { itemNeedsRows, itemTables, wiredItemIds } from './wiring';

/** What the workbook has: its sheet names, and the filled rows of the tables when counted (see filledRows). */
export interface TablesInWorkbook {
  readonly sheets: readonly string[];
  /** Rows with data per table; a table left out was not counted (it is then not reported empty). */
  readonly rows?: Partial<Readonly<Record<TableId, number>>>;
}

export interface ItemLinkStatus {
  readonly itemId: string;
  /** Every table the item's formula reads. */
  readonly needs: readonly TableId[];
  /** Of those, the ones the workbook has no sheet for. */
  readonly missing: readonly TableId[];
  /** Tables the item needs rows in that are present but empty: it shows «Mangler data» until they are filled. */
  readonly empty: readonly TableId[];
}

export interface LinkCheck {
  readonly items: readonly ItemLinkStatus[];
  /** Tables present, in sheet order: what the wired formulas may refer to. */
  readonly present: readonly TableId[];
  /** Tables some item reads that the workbook lacks, in sheet order. */
  readonly missing: readonly TableId[];
  /** Tables some item needs rows in that are present but empty, in sheet order. */
  readonly empty: readonly TableId[];
  /** The sheets that insert the missing tables (header, help, validations), in the check's language. */
  readonly insertPlans: readonly InputSheetPlan[];
}

export interface LinkCheckOptions {
  /** Rows the inserted tables' validations reach. */
  readonly capacity?: TableCapacity;
  /** The service's own word for «behandlingsteam», as the pane's table plans use it. */
  readonly teamWord?: string;
}

/**
 * The tables each wired item needs, for a workbook with these sheets. Tables are found by their
 * sheet name in `language`, the language the formulas are written in.
 */
export function linkCheck(workbook: TablesInWorkbook, language: Language, options: LinkCheckOptions = {}): LinkCheck {
  const names = new Set(workbook.sheets);
  const present = INPUT_TABLES.filter((table) => names.has(table.sheet[language])).map((table) => table.id);
  const isPresent = (id: TableId) => present.includes(id);
  const isEmpty = (id: TableId) => isPresent(id) && workbook.rows?.[id] === 0;
  const items = wiredItemIds().map((itemId): ItemLinkStatus => {
    const needs = itemTables(itemId);
    return {
      itemId,
      needs,
      missing: needs.filter((id) => !isPresent(id)),
      empty: itemNeedsRows(itemId).filter(isEmpty),
    };
  });
  const inOrder = (ids: Set<TableId>) => INPUT_TABLES.map((table) => table.id).filter((id) => ids.has(id));
  const missing = inOrder(new Set(items.flatMap((item) => item.missing)));
  const word = options.teamWord?.trim() ?? '';
  const planOf = (id: TableId) =>
    tableSheetPlan(
      word === '' ? TABLES[id] : withTeamTerm(TABLES[id], { nb: word, en: word }),
      language,
      options.capacity ? { capacity: options.capacity } : {},
    );
  return {
    items,
    present,
    missing,
    empty: inOrder(new Set(items.flatMap((item) => item.empty))),
    insertPlans: missing.map(planOf),
  };
}

/** Rows of a table's sheet (values from A1, as Workbook.readSheet gives them) with any key column filled. */
export function filledRows(table: TableDefinition, values: readonly (readonly CellValue[])[]): number {
  const keys = table.keyColumns.map((column) => columnIndex(table, column));
  let count = 0;
  for (let row = TABLE_LAYOUT.firstDataRow; row < values.length; row++) {
    const cells = values[row]!;
    if (keys.some((index) => String(cells[index] ?? '').trim() !== '')) count++;
  }
  return count;
}
