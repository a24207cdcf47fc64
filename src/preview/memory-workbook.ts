import type { CellValue } from '../core/cells';
import {
  appendPlan,
  appendTarget,
  findIdentity,
  holdsIdentity,
  type AppendRowOutcome,
  type AppendRowRequest,
} from '../core/workbook/append';
import type { ChartPlan, ColorStop } from '../core/workbook/chart-plan';
import { isOwnColorScale } from '../core/workbook/color-scale';
import {
  cellAddress,
  planBounds,
  type PlanFormat,
  type PlanValidation,
  type PlanValue,
  type RangeRect,
  type SheetPlan,
  type ValidationRule,
} from '../core/workbook/plan';
import type { Workbook } from '../core/workbook/workbook';
import type { Language } from '../core/text';
import { FormulaBook } from './engine/book';
import { type EngineOptions } from './engine/evaluate';
import { SheetError, type Scalar } from './engine/values';
import { formatValue } from './number-format';
import { QUOTE_PREFIX, isRawFormula, rawAsRead, rawFromPlan, type RawCell } from './engine/raw-cell';

/**
 * An in-memory Workbook for the preview page and for tests: sheets as 2-D arrays of values and
 * formulas, with formats, validations and layout recorded as written. Every formula computes
 * with the add-in's formula engine (FormulaBook, src/preview/engine/): the score
 * sheet's totals and levels, and the wired score cells (IPS.* over the input tables, COUNTIFS,
 * SUMPRODUCT, EDATE…), as in Excel and Sheets. Computed values are cached per sheet and read as
 * often as wanted; a written plan forgets the values of its sheet and of the sheets whose formulas
 * read it, an edited cell only the formula cells that read it (and theirs), nothing else.
 * Charts are kept per sheet as their plans (the grid draws them, see charts.ts). Every Workbook
 * method counts its calls, so tests can assert how many host round trips a feature takes.
 */

/** A chart on a sheet: its plan and the language it was written in. */
export interface MemoryChart {
  readonly plan: ChartPlan;
  readonly language: Language;
}

/** A raw cell: a value, a formula as text starting with "=", or quote-prefixed literal text ("'=1+1"). */
export type { RawCell };

export interface MemorySheet {
  readonly name: string;
  /** Raw contents (formula text where a cell has one, quote-prefixed literal text), row-major, ragged. */
  cells: RawCell[][];
  formats: PlanFormat[];
  validations: PlanValidation[];
  columnWidths?: readonly number[];
  frozenRows?: number;
  hiddenColumns?: readonly number[];
  print?: SheetPlan['print'];
  /** Charts (and heat maps) on this sheet, in the order written. */
  charts: MemoryChart[];
}

export type WorkbookMethod =
  | 'listSheets'
  | 'readSheet'
  | 'readSheets'
  | 'readTargets'
  | 'write'
  | 'appendRow'
  | 'writeCharts'
  | 'activate'
  | 'showChart';

export type WorkbookEvent =
  | { readonly type: 'write'; readonly sheets: readonly string[] }
  | { readonly type: 'charts'; readonly sheets: readonly string[] }
  | { readonly type: 'activate'; readonly sheet: string }
  | { readonly type: 'showChart'; readonly sheet: string; readonly chartId: string }
  | { readonly type: 'edit'; readonly sheet: string; readonly row: number; readonly column: number };

export interface MemoryWorkbookOptions extends EngineOptions {
  /** Milliseconds each Workbook call takes, to feel like a host round trip. */
  readonly latencyMs?: number;
}

/** Column letters to a 0-based index: "A" → 0, "AB" → 27. */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** "C12" → { row: 11, column: 2 }. */
export function parseAddress(address: string): { row: number; column: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new Error(`not a cell address: ${address}`);
  return { row: Number(match[2]) - 1, column: columnIndex(match[1]!) };
}

const EMPTY_CALLS = (): Record<WorkbookMethod, number> => ({
  listSheets: 0,
  readSheet: 0,
  readSheets: 0,
  readTargets: 0,
  write: 0,
  appendRow: 0,
  writeCharts: 0,
  activate: 0,
  showChart: 0,
});

function intersects(a: RangeRect, b: RangeRect): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

/** Whether a heat map on a sheet is one the add-in made, replaced by the new heat map `heat` (see isOwnColorScale). */
function isOwnHeatmap(old: ChartPlan, heat: NonNullable<ChartPlan['heatmap']>): boolean {
  if (old.kind !== 'heatmap-by-conditional-format' || !old.heatmap || !intersects(old.heatmap.range, heat.range))
    return false;
  const point = (stop: ColorStop | undefined) =>
    stop ? { isNumber: true, value: stop.value, color: stop.color } : null;
  const { min, mid, max } = old.heatmap.colorScale;
  return isOwnColorScale({ min: point(min), mid: point(mid), max: point(max) }, heat.colorScale);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NORWEGIAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * Whether a typed value passes a validation rule, as Excel and Sheets judge it: blanks always
 * pass (Excel's "ignore blank"), formulas are not judged here.
 */
export function passesValidation(rule: ValidationRule, value: RawCell): boolean {
  if (value === null || value === '' || isRawFormula(value)) return true;
  switch (rule.type) {
    case 'wholeNumber':
      return typeof value === 'number' && Number.isInteger(value) && value >= rule.min && value <= rule.max;
    case 'list': {
      const text = String(value).trim().toLowerCase();
      return rule.values.some((allowed) => allowed.trim().toLowerCase() === text);
    }
    case 'decimal':
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        (rule.min === undefined || value >= rule.min) &&
        (rule.max === undefined || value <= rule.max)
      );
    case 'date': {
      if (typeof value === 'number') return value >= 1 && value < 2958466; // Excel serials 1900-01-01 … 9999-12-31
      if (typeof value !== 'string') return false;
      const iso = ISO_DATE.exec(value.trim());
      if (iso) return isCalendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
      const nb = NORWEGIAN_DATE.exec(value.trim());
      return !!nb && isCalendarDate(Number(nb[3]), Number(nb[2]), Number(nb[1]));
    }
  }
}

function isBlank(value: RawCell | undefined): boolean {
  return value === null || value === undefined || value === '';
}

/**
 * What a user types into a cell: formulas, numbers (decimal point or comma), TRUE/FALSE, else text.
 * As in Excel, a leading apostrophe makes the rest literal text ("'=1+1" shows =1+1).
 */
export function parseTyped(input: string): RawCell {
  if (input === '') return null;
  if (isRawFormula(input) || input.startsWith(QUOTE_PREFIX)) return input;
  const trimmed = input.trim();
  if (/^[-+]?(\d+([.,]\d+)?|[.,]\d+)([eE][-+]?\d+)?$/.test(trimmed)) return Number(trimmed.replace(',', '.'));
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toUpperCase() === 'TRUE';
  return input;
}

/**
 * What the formula bar shows for a raw cell, so that committing it unchanged keeps the cell as it
 * is: text that typing would read as a number, TRUE/FALSE or a formula gets Excel's quote prefix.
 */
export function editText(raw: RawCell): string {
  if (raw === null) return '';
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  if (typeof raw === 'number') return String(raw);
  return parseTyped(raw) === raw ? raw : QUOTE_PREFIX + raw;
}

export class MemoryWorkbook implements Workbook {
  readonly host = 'preview' as const;
  /** Calls per Workbook method since construction or the last resetCalls(). */
  calls: Record<WorkbookMethod, number> = EMPTY_CALLS();
  private readonly sheets = new Map<string, MemorySheet>();
  private active: string | null = null;
  private readonly listeners = new Set<(event: WorkbookEvent) => void>();
  private readonly failures = new Map<WorkbookMethod, unknown>();
  /** Per sheet: a number that changes with every change to its cells or formats. */
  private readonly versions = new Map<string, number>();
  private readonly sizes = new Map<string, { version: number; rows: number; columns: number }>();
  /** The calculator: every formula cell, cached per sheet (see FormulaBook.clear). */
  readonly engine: FormulaBook;

  constructor(private readonly options: MemoryWorkbookOptions = {}) {
    this.engine = new FormulaBook(
      { raw: (sheet, row, column) => this.raw(sheet, row, column), hasSheet: (sheet) => this.sheets.has(sheet) },
      options,
    );
  }

  // ---- Workbook ------------------------------------------------------------------------------

  async listSheets(): Promise<string[]> {
    await this.enter('listSheets');
    return [...this.sheets.keys()];
  }

  async readSheet(name: string): Promise<CellValue[][] | null> {
    await this.enter('readSheet');
    return this.sheetValues(name);
  }

  async readSheets(names: readonly string[]): Promise<(CellValue[][] | null)[]> {
    await this.enter('readSheets');
    return names.map((name) => this.sheetValues(name));
  }

  async readTargets(plans: readonly SheetPlan[]): Promise<(CellValue[][] | null)[]> {
    await this.enter('readTargets');
    return plans.map((plan) => {
      const sheet = this.sheets.get(plan.sheet);
      if (!sheet) return null;
      const bounds = planBounds(plan);
      return Array.from({ length: bounds.rows }, (_, r) =>
        // Formula text where a cell has one, else its value: literal text without its quote prefix, as Excel reads it.
        Array.from({ length: bounds.columns }, (_, c) => rawAsRead(sheet.cells[bounds.row + r]?.[bounds.column + c])),
      );
    });
  }

  async write(plans: readonly SheetPlan[]): Promise<void> {
    await this.enter('write');
    for (const plan of plans) this.applyPlan(plan);
    this.invalidate(plans.map((plan) => plan.sheet));
    this.emit({ type: 'write', sheets: plans.map((plan) => plan.sheet) });
  }

  /**
   * Appends in one step (nothing can come between the look and the write here): below the last
   * row holding a value or a formula, the header first on a missing or empty sheet; nothing when a
   * row holds the identity already. Reads the row back to check it.
   */
  async appendRow(request: AppendRowRequest): Promise<AppendRowOutcome> {
    await this.enter('appendRow');
    const before = this.sheetValues(request.sheet);
    const present = before ? findIdentity(before, request.identity) : -1;
    if (present >= 0) return { status: 'present', row: present, created: false, values: before! };
    const content = this.sheets.get(request.sheet)?.cells.map((cells) => cells.map((cell) => cell ?? '')) ?? null;
    const { row, created } = appendTarget(request, content);
    this.applyPlan(appendPlan(request, row, created));
    this.invalidate([request.sheet]);
    this.emit({ type: 'write', sheets: [request.sheet] });
    const values = this.sheetValues(request.sheet)!;
    if (!holdsIdentity(values, row, request.identity))
      throw new Error(`appendRow: row ${row + 1} of "${request.sheet}" does not hold the row written`);
    return { status: 'appended', row, created, values };
  }

  /**
   * Keeps each chart with its plan on its sheet (the placement's, else the source sheet, which a
   * heat map always uses), replacing a chart with the same id there; a heat map also replaces the
   * add-in's heat maps whose range meets its own (known by their colour scale, as the hosts know
   * theirs); any other colour scale there stays. A missing chart sheet is
   * added; a missing source sheet is an error before anything changes.
   */
  async writeCharts(charts: readonly ChartPlan[], language: Language = 'nb'): Promise<void> {
    await this.enter('writeCharts');
    for (const plan of charts) {
      if (!this.sheets.has(plan.sourceSheet))
        throw new Error(`writeCharts: there is no sheet named "${plan.sourceSheet}" (chart "${plan.id}")`);
    }
    const touched = new Set<string>();
    for (const plan of charts) {
      const heat = plan.kind === 'heatmap-by-conditional-format' ? plan.heatmap : undefined;
      const name = heat ? plan.sourceSheet : (plan.placement?.sheet ?? plan.sourceSheet);
      const sheet = this.addSheet(name);
      sheet.charts = sheet.charts.filter((old) => old.plan.id !== plan.id && !(heat && isOwnHeatmap(old.plan, heat)));
      sheet.charts.push({ plan, language });
      touched.add(name);
    }
    if (touched.size > 0) this.emit({ type: 'charts', sheets: [...touched] });
  }

  /** The chart «Vis diagrammer» selected last (the grid outlines it and scrolls it into view). */
  selectedChart: { readonly sheet: string; readonly chartId: string } | null = null;

  async showChart(sheet: string, chartId: string): Promise<boolean> {
    await this.enter('showChart');
    const target = this.sheets.get(sheet);
    if (!target) return false;
    this.active = sheet;
    const found = target.charts.some(
      (chart) => chart.plan.id === chartId && chart.plan.kind !== 'heatmap-by-conditional-format',
    );
    this.selectedChart = found ? { sheet, chartId } : null;
    if (found) this.emit({ type: 'showChart', sheet, chartId });
    else this.emit({ type: 'activate', sheet });
    return found;
  }

  async activate(name: string): Promise<void> {
    await this.enter('activate');
    if (!this.sheets.has(name)) throw new Error(`The sheet "${name}" does not exist.`);
    this.active = name;
    this.emit({ type: 'activate', sheet: name });
  }

  // ---- the preview's and tests' side ---------------------------------------------------------

  /** Writes plans synchronously without counting a call (seeding the preview). */
  seed(plans: readonly SheetPlan[]): void {
    for (const plan of plans) this.applyPlan(plan);
    if (!this.active && plans[0]) this.active = plans[0].sheet;
    this.invalidate(plans.map((plan) => plan.sheet));
  }

  /** Forgets every computed value: the next reads recalculate everything (measurements). */
  recalculate(): void {
    this.engine.clear();
  }

  /** A number that changes whenever the sheet's cells or formats change (0 for no such sheet). */
  version(name: string): number {
    return this.versions.get(name) ?? 0;
  }

  resetCalls(): void {
    this.calls = EMPTY_CALLS();
  }

  /** The next call of `method` rejects with `error` (to show how the pane reports host errors). */
  failNext(method: WorkbookMethod, error: unknown): void {
    this.failures.set(method, error);
  }

  subscribe(listener: (event: WorkbookEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get sheetNames(): string[] {
    return [...this.sheets.keys()];
  }

  get activeSheet(): string | null {
    return this.active ?? this.sheetNames[0] ?? null;
  }

  /** Shows a sheet without counting a host call (the grid's tabs). */
  show(name: string): void {
    if (!this.sheets.has(name)) return;
    this.active = name;
    this.emit({ type: 'activate', sheet: name });
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheets.get(name);
  }

  addSheet(name: string): MemorySheet {
    let sheet = this.sheets.get(name);
    if (!sheet) {
      sheet = { name, cells: [], formats: [], validations: [], charts: [] };
      this.sheets.set(name, sheet);
    }
    return sheet;
  }

  /** The raw content of a cell: formula text, quote-prefixed literal text or value; blank is null. */
  raw(sheet: string, row: number, column: number): RawCell {
    const value = this.sheets.get(sheet)?.cells[row]?.[column];
    return value === undefined || value === '' ? null : value;
  }

  /** The computed value of a cell: blank is null, errors are SheetError. */
  value(sheet: string, row: number, column: number): Scalar {
    return this.engine.value(sheet, row, column);
  }

  /** The value as a host's readSheet gives it: blanks "", errors as their code text. */
  displayValue(sheet: string, row: number, column: number): CellValue {
    const value = this.value(sheet, row, column);
    if (value === null) return '';
    if (value instanceof SheetError) return value.code;
    return value;
  }

  /** The cell as the grid shows it: its value under its number format (a date serial as a date). */
  text(sheet: string, row: number, column: number, language?: Language): string {
    return formatValue(this.value(sheet, row, column), this.formatAt(sheet, row, column).numberFormat, language);
  }

  /** By A1 address, e.g. valueAt("IPS", "C6"). */
  valueAt(sheet: string, address: string): CellValue {
    const { row, column } = parseAddress(address);
    return this.displayValue(sheet, row, column);
  }

  rawAt(sheet: string, address: string): RawCell {
    const { row, column } = parseAddress(address);
    return this.raw(sheet, row, column);
  }

  /** A user's edit in the grid (not a Workbook call). */
  setCell(sheet: string, row: number, column: number, value: RawCell): void {
    const target = this.addSheet(sheet);
    while (target.cells.length <= row) target.cells.push([]);
    const cells = target.cells[row]!;
    while (cells.length <= column) cells.push(null);
    cells[column] = value === '' ? null : value;
    // One cell: only what read it computes again (FormulaBook.changed).
    this.versions.set(sheet, this.version(sheet) + 1);
    this.engine.changed(sheet, row, column);
    this.emit({ type: 'edit', sheet, row, column });
  }

  setCellAt(sheet: string, address: string, value: RawCell): void {
    const { row, column } = parseAddress(address);
    this.setCell(sheet, row, column, value);
  }

  /** Rows and columns from A1 to the last non-blank cell. */
  usedSize(name: string): { rows: number; columns: number } {
    const sheet = this.sheets.get(name);
    if (!sheet) return { rows: 0, columns: 0 };
    const version = this.version(name);
    const known = this.sizes.get(name);
    if (known && known.version === version) return { rows: known.rows, columns: known.columns };
    let rows = 0,
      columns = 0;
    sheet.cells.forEach((cells, r) => {
      for (let c = cells.length - 1; c >= 0; c--) {
        if (!isBlank(cells[c])) {
          rows = r + 1;
          columns = Math.max(columns, c + 1);
          break;
        }
      }
    });
    this.sizes.set(name, { version, rows, columns });
    return { rows, columns };
  }

  /** The formats that apply to a cell, merged in the order written. */
  formatAt(name: string, row: number, column: number): Omit<PlanFormat, 'range'> {
    const sheet = this.sheets.get(name);
    const merged: Record<string, unknown> = {};
    for (const format of sheet?.formats ?? []) {
      const { range, ...rest } = format;
      if (
        row >= range.row &&
        row < range.row + range.rows &&
        column >= range.column &&
        column < range.column + range.columns
      )
        Object.assign(merged, rest);
    }
    return merged as Omit<PlanFormat, 'range'>;
  }

  /** The charts (plans) on a sheet, in the order written. */
  chartsOf(name: string): ChartPlan[] {
    return (this.sheets.get(name)?.charts ?? []).map((chart) => chart.plan);
  }

  /** The message of the validation a value would break in a cell, or null when it may go in. */
  validate(name: string, row: number, column: number, value: RawCell): string | null {
    const validation = this.validationAt(name, row, column);
    return validation && !passesValidation(validation.rule, value) ? validation.rule.message : null;
  }

  validationAt(name: string, row: number, column: number): PlanValidation | undefined {
    return this.sheets
      .get(name)
      ?.validations.find(
        ({ range }) =>
          row >= range.row &&
          row < range.row + range.rows &&
          column >= range.column &&
          column < range.column + range.columns,
      );
  }

  /** Address of a cell, for messages. */
  static address(row: number, column: number): string {
    return cellAddress(row, column);
  }

  // ---- internals -----------------------------------------------------------------------------

  private async enter(method: WorkbookMethod): Promise<void> {
    this.calls[method]++;
    if (this.options.latencyMs) await new Promise((resolve) => setTimeout(resolve, this.options.latencyMs));
    if (this.failures.has(method)) {
      const error = this.failures.get(method);
      this.failures.delete(method);
      throw error;
    }
  }

  private sheetValues(name: string): CellValue[][] | null {
    if (!this.sheets.has(name)) return null;
    const { rows, columns } = this.usedSize(name);
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: columns }, (_, c) => this.displayValue(name, r, c)),
    );
  }

  private applyPlan(plan: SheetPlan): void {
    const sheet = this.addSheet(plan.sheet);
    for (const block of plan.blocks) {
      block.values.forEach((values, r) => {
        values.forEach((value: PlanValue, c) => {
          if (value === null) return;
          const row = block.row + r,
            column = block.column + c;
          while (sheet.cells.length <= row) sheet.cells.push([]);
          const cells = sheet.cells[row]!;
          while (cells.length <= column) cells.push(null);
          // Only a marked formula computes; text (even "=1+1") is kept literal behind a quote prefix.
          cells[column] = rawFromPlan(value);
        });
      });
    }
    if (plan.formats) sheet.formats.push(...plan.formats);
    if (plan.validations) {
      // A validation replaces any earlier one on the same range, as the hosts do.
      const same = (a: PlanValidation, b: PlanValidation) => JSON.stringify(a.range) === JSON.stringify(b.range);
      sheet.validations = [
        ...sheet.validations.filter((old) => !plan.validations!.some((added) => same(old, added))),
        ...plan.validations,
      ];
    }
    if (plan.columnWidths) sheet.columnWidths = plan.columnWidths;
    if (plan.frozenRows !== undefined) sheet.frozenRows = plan.frozenRows;
    if (plan.hiddenColumns) sheet.hiddenColumns = plan.hiddenColumns;
    if (plan.print) sheet.print = plan.print;
  }

  /** After a change to these sheets: new versions, and their computed values (and their readers') forgotten. */
  private invalidate(sheets: readonly string[]): void {
    for (const name of new Set(sheets)) this.versions.set(name, this.version(name) + 1);
    this.engine.clear(sheets);
  }

  private emit(event: WorkbookEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
