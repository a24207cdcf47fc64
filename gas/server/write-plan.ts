import {
  isPlanFormula,
  planBounds,
  rangeAddress,
  writeRuns,
  type CellRun,
  type PlanFormat,
  type PlanValue,
  type RangeRect,
  type SheetPlan,
  type ValidationRule,
} from '../../src/core/workbook/plan';
import type { DataValidationLike, RangeListLike, SheetLike, SpreadsheetAppLike, SpreadsheetLike } from './services';

/** Sheets' plain-text number format: a typed string is stored as it is, never parsed. */
export const PLAIN_TEXT = '@';

/** A plan cell as setValues / setFormulas take it: a marked formula as its text, the rest as is. */
export function sheetsCell(value: PlanValue): string | number | boolean {
  if (isPlanFormula(value)) return value.formula;
  return value ?? '';
}

function isLiteralText(value: PlanValue): value is string {
  return typeof value === 'string' && value !== '';
}

function inside(rect: RangeRect, row: number, column: number): boolean {
  return row >= rect.row && row < rect.row + rect.rows && column >= rect.column && column < rect.column + rect.columns;
}

/**
 * A1 ranges of the cells of a plan that receive literal text, one per vertical stretch of such
 * cells in a column, leaving out cells the plan already formats as plain text. setValues parses a
 * string as if typed ("=…" and "+…" become formulas, "007" a number, "2025-06-07" a date) unless
 * the cell is formatted as plain text, so these get that format before the values arrive. A
 * leading apostrophe would not do: Sheets keeps it literally in a cell already formatted as plain
 * text (the score sheet's comment columns are), so text is never prefixed.
 */
export function literalTextRanges(plan: SheetPlan, runs: readonly CellRun[]): string[] {
  const plain = (plan.formats ?? [])
    .filter((format) => format.numberFormat === PLAIN_TEXT)
    .map((format) => format.range);
  const wanted = (run: CellRun, r: number, c: number) =>
    isLiteralText(run.values[r]![c]!) && !plain.some((rect) => inside(rect, run.row + r, run.column + c));
  const ranges: string[] = [];
  for (const run of runs) {
    const width = run.values[0]!.length;
    for (let c = 0; c < width; c++) {
      let r = 0;
      while (r < run.values.length) {
        if (!wanted(run, r, c)) {
          r++;
          continue;
        }
        const start = r;
        while (r < run.values.length && wanted(run, r, c)) r++;
        ranges.push(rangeAddress({ row: run.row + start, column: run.column + c, rows: r - start, columns: 1 }));
      }
    }
  }
  return ranges;
}

/** Rows and columns a plan touches, 1-based extents (so the sheet can be grown first). */
function extent(plan: SheetPlan): { rows: number; columns: number } {
  const rects: RangeRect[] = [
    planBounds(plan),
    ...(plan.formats ?? []).map((f) => f.range),
    ...(plan.validations ?? []).map((v) => v.range),
  ];
  let rows = 0,
    columns = 0;
  for (const rect of rects) {
    if (rect.rows <= 0 || rect.columns <= 0) continue;
    rows = Math.max(rows, rect.row + rect.rows);
    columns = Math.max(columns, rect.column + rect.columns);
  }
  columns = Math.max(columns, plan.columnWidths?.length ?? 0, ...(plan.hiddenColumns ?? []).map((c) => c + 1));
  rows = Math.max(rows, plan.frozenRows ?? 0);
  return { rows, columns };
}

type FormatSetter = (list: RangeListLike, value: string | number | boolean) => void;

/** One RangeList call per distinct value of each format property. */
const FORMAT_PROPERTIES: readonly { key: keyof Omit<PlanFormat, 'range'>; apply: FormatSetter }[] = [
  { key: 'bold', apply: (list, value) => list.setFontWeight(value ? 'bold' : 'normal') },
  { key: 'italic', apply: (list, value) => list.setFontStyle(value ? 'italic' : 'normal') },
  { key: 'fill', apply: (list, value) => list.setBackground(String(value)) },
  { key: 'fontColor', apply: (list, value) => list.setFontColor(String(value)) },
  { key: 'fontSize', apply: (list, value) => list.setFontSize(Number(value)) },
  { key: 'numberFormat', apply: (list, value) => list.setNumberFormat(String(value)) },
  { key: 'wrap', apply: (list, value) => list.setWrap(Boolean(value)) },
  { key: 'horizontalAlignment', apply: (list, value) => list.setHorizontalAlignment(String(value)) },
];

/** Format groups: for each property and value, the A1 ranges that get it. */
export function formatGroups(
  formats: readonly PlanFormat[],
): { apply: FormatSetter; value: string | number | boolean; ranges: string[] }[] {
  const groups: { apply: FormatSetter; value: string | number | boolean; ranges: string[] }[] = [];
  for (const property of FORMAT_PROPERTIES) {
    const byValue = new Map<string | number | boolean, string[]>();
    for (const format of formats) {
      const value = format[property.key];
      if (value === undefined || format.range.rows <= 0 || format.range.columns <= 0) continue;
      const ranges = byValue.get(value) ?? [];
      ranges.push(rangeAddress(format.range));
      byValue.set(value, ranges);
    }
    for (const [value, ranges] of byValue) groups.push({ apply: property.apply, value, ranges });
  }
  return groups;
}

/** "Any number" for a decimal rule without bounds (Sheets has no "is a number" criterion). */
export const ANY_NUMBER = 1e300;

function buildRule(app: SpreadsheetAppLike, rule: ValidationRule): DataValidationLike {
  const builder = app.newDataValidation();
  switch (rule.type) {
    case 'wholeNumber':
      builder.requireNumberBetween(rule.min, rule.max);
      break;
    case 'list':
      builder.requireValueInList([...rule.values], true);
      break;
    case 'decimal':
      if (rule.min !== undefined && rule.max !== undefined) builder.requireNumberBetween(rule.min, rule.max);
      else if (rule.min !== undefined) builder.requireNumberGreaterThanOrEqualTo(rule.min);
      else if (rule.max !== undefined) builder.requireNumberLessThanOrEqualTo(rule.max);
      else builder.requireNumberBetween(-ANY_NUMBER, ANY_NUMBER);
      break;
    case 'date':
      builder.requireDate();
      break;
  }
  return builder.setAllowInvalid(false).setHelpText(rule.message).build();
}

/** Runs of equal width: [40, 110, 110] → (1,1,40), (2,2,110). */
export function widthRuns(widths: readonly number[]): { start: number; count: number; width: number }[] {
  const runs: { start: number; count: number; width: number }[] = [];
  widths.forEach((width, index) => {
    const last = runs[runs.length - 1];
    if (last && last.width === width && last.start + last.count === index + 1) last.count++;
    else runs.push({ start: index + 1, count: 1, width });
  });
  return runs.filter((run) => Number.isFinite(run.width) && run.width > 0);
}

/** Runs of consecutive columns, 0-based in, 1-based out. */
export function columnRuns(columns: readonly number[]): { start: number; count: number }[] {
  const sorted = [...new Set(columns)].filter((c) => Number.isInteger(c) && c >= 0).sort((a, b) => a - b);
  const runs: { start: number; count: number }[] = [];
  for (const column of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.count === column + 1) last.count++;
    else runs.push({ start: column + 1, count: 1 });
  }
  return runs;
}

/**
 * Writes one plan to a sheet with range-level calls only: one RangeList call per format property
 * and value (before the values, so text formats hold), one setValues/setFormulas per rectangle of cells, one setDataValidation per
 * validation (rules built once per distinct rule), one setColumnWidths per run of equal widths.
 * Reads (the sheet's size) come first so Apps Script can batch all the writes that follow.
 * Print settings are not available through SpreadsheetApp and are left to the user.
 */
export function writePlan(app: SpreadsheetAppLike, sheet: SheetLike, plan: SheetPlan): void {
  const need = extent(plan);
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (need.rows > maxRows) sheet.insertRowsAfter(maxRows, need.rows - maxRows);
  if (need.columns > maxColumns) sheet.insertColumnsAfter(maxColumns, need.columns - maxColumns);

  // Formats first: a text number format ("@") must be on the cells before the values arrive, or
  // Sheets reads "1/2" as a date and "007" as 7.
  for (const group of formatGroups(plan.formats ?? [])) group.apply(sheet.getRangeList(group.ranges), group.value);

  const runs = plan.blocks.flatMap((block) => writeRuns(block));
  // Literal text is written into plain-text cells, so Sheets stores it as it is (see literalTextRanges).
  const textRanges = literalTextRanges(plan, runs);
  if (textRanges.length > 0) sheet.getRangeList(textRanges).setNumberFormat(PLAIN_TEXT);
  for (const run of runs) {
    const range = sheet.getRange(run.row + 1, run.column + 1, run.values.length, run.values[0]!.length);
    if (run.values.every((row) => row.every(isPlanFormula)))
      range.setFormulas(run.values.map((row) => row.map(sheetsCell)) as string[][]);
    // setValues takes a formula's text as a formula (its cell is not plain text), so mixed rectangles need one call.
    else range.setValues(run.values.map((row) => row.map(sheetsCell)));
  }

  const rules = new Map<string, DataValidationLike>();
  for (const validation of plan.validations ?? []) {
    const { range } = validation;
    if (range.rows <= 0 || range.columns <= 0) continue;
    const key = JSON.stringify(validation.rule);
    let rule = rules.get(key);
    if (!rule) {
      rule = buildRule(app, validation.rule);
      rules.set(key, rule);
    }
    sheet.getRange(range.row + 1, range.column + 1, range.rows, range.columns).setDataValidation(rule);
  }

  for (const run of widthRuns(plan.columnWidths ?? [])) sheet.setColumnWidths(run.start, run.count, run.width);
  if (plan.frozenRows !== undefined) sheet.setFrozenRows(plan.frozenRows);
  for (const run of columnRuns(plan.hiddenColumns ?? [])) sheet.hideColumns(run.start, run.count);
}

/** A cell as a plan may hold it after JSON: a value, null, or a formula object with text starting with "=". */
function isPlanCell(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  return isPlanFormula(value) && value.formula.startsWith('=') && Object.keys(value).length === 1;
}

/** Checks what came over google.script.run before touching the spreadsheet. */
export function assertPlans(plans: unknown): asserts plans is SheetPlan[] {
  if (!Array.isArray(plans)) throw new Error('ipsWrite: expected a list of sheet plans');
  for (const plan of plans as Partial<SheetPlan>[]) {
    if (!plan || typeof plan.sheet !== 'string' || plan.sheet.trim() === '')
      throw new Error('ipsWrite: a plan has no sheet name');
    if (!Array.isArray(plan.blocks)) throw new Error(`ipsWrite: the plan for "${plan.sheet}" has no blocks`);
    for (const block of plan.blocks) {
      if (
        !Number.isInteger(block.row) ||
        !Number.isInteger(block.column) ||
        block.row < 0 ||
        block.column < 0 ||
        !Array.isArray(block.values)
      ) {
        throw new Error(`ipsWrite: the plan for "${plan.sheet}" has a malformed block`);
      }
      for (const row of block.values) {
        if (!Array.isArray(row) || !row.every(isPlanCell))
          throw new Error(`ipsWrite: the plan for "${plan.sheet}" has a cell that is neither a value nor a formula`);
      }
    }
  }
}

/** Writes all plans, inserting missing sheets; returns the sheets written, in plan order. */
export function writePlans(
  app: SpreadsheetAppLike,
  spreadsheet: SpreadsheetLike,
  plans: readonly SheetPlan[],
): SheetLike[] {
  return plans.map((plan) => {
    const sheet = spreadsheet.getSheetByName(plan.sheet) ?? spreadsheet.insertSheet(plan.sheet);
    writePlan(app, sheet, plan);
    return sheet;
  });
}
