/**
 * An in-memory stand-in for exactly the Apps Script calls gas/server uses (gas/server/services.ts),
 * counting every call. It behaves like Sheets where it matters to the server code:
 * - setValues parses strings as typed input: "=…" (and "+…" that is not a number) becomes a
 *   formula, "2025-06-07" a date, "42" a number, "TRUE" a boolean, and a leading apostrophe is
 *   hidden, making the rest text; in a cell formatted as plain text ("@") every string is kept as
 *   it is, a leading "=" or apostrophe included; setFormulas stores formulas;
 * - getValues gives Date objects for dates (also a number in a cell with a date format) and ""
 *   for empty cells (formula results are not computed: "" as well), getFormulas gives "" where a
 *   cell has no formula;
 * - ranges must lie inside the sheet's grid (1000 × 26 for a new sheet) and data must match the
 *   range's size, or the call throws as Apps Script does;
 * - sheet names are unique (case-insensitive);
 * - charts get an id (unique in the spreadsheet) when inserted — the built chart object itself
 *   keeps getChartId() null, as one cannot count on Apps Script updating it — and are listed in
 *   the order inserted; developer metadata and conditional-format rules are kept per sheet;
 * - insertRowsBefore moves the rows below down; the document lock admits one holder at a time;
 * - `afterRead` lets a test act between the server's reads and its writes (another writer).
 * No DOM or Node APIs: it also runs in the browser for the sidebar end-to-end test.
 */
import type {
  ChartsLike,
  ConditionalFormatRuleBuilderLike,
  ConditionalFormatRuleLike,
  DataValidationBuilderLike,
  DataValidationLike,
  DeveloperMetadataLike,
  EmbeddedChartBuilderLike,
  EmbeddedChartLike,
  GasServices,
  GradientConditionLike,
  HtmlOutputLike,
  HtmlServiceLike,
  LockLike,
  LockServiceLike,
  MenuLike,
  PromptResponseLike,
  RangeLike,
  RangeListLike,
  SheetLike,
  SpreadsheetAppLike,
  SpreadsheetLike,
  UiLike,
  UtilitiesLike,
} from '../../gas/server/services';

export type CallLog = string[];

interface Cell {
  value: unknown;
  formula: string;
}

export interface CellFormat {
  fontWeight?: string | null;
  fontStyle?: string | null;
  background?: string | null;
  fontColor?: string | null;
  fontSize?: number;
  numberFormat?: string;
  wrap?: boolean | null;
  horizontalAlignment?: string | null;
}

export interface FakeValidation {
  readonly criteria: string;
  readonly args: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A date number format such as "yyyy-mm-dd" or "dd.mm.yyyy". */
const DATE_FORMAT = /^(?=.*y)(?=.*d)[ymd.\-/ ]+$/i;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** What Sheets makes of a typed value in a cell that is not formatted as plain text. */
function parseTyped(value: unknown): Cell {
  if (value === null || value === undefined || value === '') return { value: '', formula: '' };
  if (typeof value === 'string') {
    if (value.startsWith("'")) return { value: value.slice(1), formula: '' };
    if (value.startsWith('=') && value.length > 1) return { value: '', formula: value };
    if (value.startsWith('+') && value.length > 1 && !NUMBER.test(value.trim()))
      return { value: '', formula: `=${value}` };
    const date = ISO_DATE.exec(value);
    if (date) return { value: new Date(Number(date[1]), Number(date[2]) - 1, Number(date[3])), formula: '' };
    if (NUMBER.test(value.trim())) return { value: Number(value), formula: '' };
    if (/^(true|false)$/i.test(value.trim())) return { value: value.trim().toUpperCase() === 'TRUE', formula: '' };
    return { value, formula: '' };
  }
  if (typeof value === 'number' || typeof value === 'boolean') return { value, formula: '' };
  if (Object.prototype.toString.call(value) === '[object Date]') return { value, formula: '' };
  return { value: String(value), formula: '' };
}

function a1Cell(row: number, column: number): string {
  let name = '';
  for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return `${name}${row + 1}`;
}

/** "B3:D7" / "A1" → 0-based rectangle. */
export function parseA1(a1: string): { row: number; column: number; rows: number; columns: number } {
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1);
  if (!match) throw new Error(`Range not found: ${a1}`);
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r1 = Number(match[2]) - 1,
    c1 = col(match[1]!);
  const r2 = match[3] ? Number(match[4]) - 1 : r1,
    c2 = match[3] ? col(match[3]) : c1;
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    rows: Math.abs(r2 - r1) + 1,
    columns: Math.abs(c2 - c1) + 1,
  };
}

export class FakeRange implements RangeLike {
  constructor(
    private readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly rows: number,
    readonly columns: number,
  ) {}

  private checkSize(data: readonly (readonly unknown[])[], what: string): void {
    if (data.length !== this.rows)
      throw new Error(
        `The number of rows in the ${what} does not match the number of rows in the range. The ${what} has ${data.length} but the range has ${this.rows}.`,
      );
    for (const line of data) {
      if (line.length !== this.columns) {
        throw new Error(
          `The number of columns in the ${what} does not match the number of columns in the range. The ${what} has ${line.length} but the range has ${this.columns}.`,
        );
      }
    }
  }

  private each<T>(fn: (r: number, c: number) => T): T[][] {
    return Array.from({ length: this.rows }, (_, r) =>
      Array.from({ length: this.columns }, (_, c) => fn(this.row + r, this.column + c)),
    );
  }

  getA1Notation(): string {
    this.sheet.log.push('Range.getA1Notation');
    return this.a1();
  }

  /** Selects the range: its sheet comes to the front, and the selection is recorded. */
  activate(): FakeRange {
    this.sheet.log.push('Range.activate');
    this.sheet.book.active = this.sheet;
    this.sheet.book.activeRange = { sheet: this.sheet.name, a1: this.a1() };
    return this;
  }

  /** Test helper (not counted). */
  a1(): string {
    const start = a1Cell(this.row, this.column);
    return this.rows === 1 && this.columns === 1
      ? start
      : `${start}:${a1Cell(this.row + this.rows - 1, this.column + this.columns - 1)}`;
  }

  get sheetName(): string {
    return this.sheet.name;
  }

  getValues(): unknown[][] {
    this.sheet.log.push('Range.getValues');
    const values = this.each((r, c) => {
      const value = this.sheet.cell(r, c).value;
      if (Object.prototype.toString.call(value) === '[object Date]') return new Date((value as Date).getTime());
      // A number in a date-formatted cell reads as a Date, as Sheets gives it (at midnight, local here).
      if (typeof value === 'number' && DATE_FORMAT.test(this.sheet.formats.get(`${r},${c}`)?.numberFormat ?? '')) {
        const utc = new Date(Date.UTC(1899, 11, 30) + Math.floor(value) * 86_400_000);
        return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
      }
      return value;
    });
    this.sheet.book.read(this.sheet);
    return values;
  }

  getFormulas(): string[][] {
    this.sheet.log.push('Range.getFormulas');
    const formulas = this.each((r, c) => this.sheet.cell(r, c).formula);
    this.sheet.book.read(this.sheet);
    return formulas;
  }

  setValues(values: unknown[][]): FakeRange {
    this.sheet.log.push('Range.setValues');
    this.checkSize(values, 'data');
    values.forEach((line, r) =>
      line.forEach((value, c) => {
        const text = this.sheet.formats.get(`${this.row + r},${this.column + c}`)?.numberFormat === '@';
        // A plain-text cell keeps a typed string exactly, "=" or apostrophe first included.
        const cell = text && typeof value === 'string' ? { value, formula: '' } : parseTyped(value);
        this.sheet.put(this.row + r, this.column + c, cell);
      }),
    );
    return this;
  }

  setFormulas(formulas: string[][]): FakeRange {
    this.sheet.log.push('Range.setFormulas');
    this.checkSize(formulas, 'data');
    formulas.forEach((line, r) =>
      line.forEach((formula, c) => {
        if (typeof formula !== 'string') throw new Error('Cannot convert the formula to a string');
        this.sheet.put(
          this.row + r,
          this.column + c,
          formula.startsWith('=') ? { value: '', formula } : parseTyped(formula),
        );
      }),
    );
    return this;
  }

  setDataValidation(rule: DataValidationLike | null): FakeRange {
    this.sheet.log.push('Range.setDataValidation');
    this.each((r, c) => {
      if (rule) this.sheet.validations.set(`${r},${c}`, rule as FakeValidation);
      else this.sheet.validations.delete(`${r},${c}`);
    });
    return this;
  }
}

export class FakeRangeList implements RangeListLike {
  constructor(
    private readonly sheet: FakeSheet,
    readonly a1Notations: readonly string[],
  ) {}

  private format(method: string, change: CellFormat): FakeRangeList {
    this.sheet.log.push(`RangeList.${method}`);
    for (const a1 of this.a1Notations) {
      const rect = parseA1(a1);
      this.sheet.checkInside(rect.row, rect.column, rect.rows, rect.columns);
      for (let r = rect.row; r < rect.row + rect.rows; r++) {
        for (let c = rect.column; c < rect.column + rect.columns; c++) {
          const key = `${r},${c}`;
          this.sheet.formats.set(key, { ...this.sheet.formats.get(key), ...change });
        }
      }
    }
    return this;
  }

  setFontWeight(fontWeight: string | null) {
    return this.format('setFontWeight', { fontWeight });
  }
  setFontStyle(fontStyle: string | null) {
    return this.format('setFontStyle', { fontStyle });
  }
  setBackground(background: string | null) {
    return this.format('setBackground', { background });
  }
  setFontColor(fontColor: string | null) {
    return this.format('setFontColor', { fontColor });
  }
  setFontSize(fontSize: number) {
    return this.format('setFontSize', { fontSize });
  }
  setNumberFormat(numberFormat: string) {
    return this.format('setNumberFormat', { numberFormat });
  }
  setWrap(wrap: boolean | null) {
    return this.format('setWrap', { wrap });
  }
  setHorizontalAlignment(horizontalAlignment: string | null) {
    return this.format('setHorizontalAlignment', { horizontalAlignment });
  }
}

export class FakeSheet implements SheetLike {
  readonly cells = new Map<string, Cell>();
  readonly formats = new Map<string, CellFormat>();
  readonly validations = new Map<string, FakeValidation>();
  readonly columnWidths = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  frozenRows = 0;
  maxRows = 1000;
  maxColumns = 26;
  charts: FakeEmbeddedChart[] = [];
  readonly metadata: FakeDeveloperMetadata[] = [];
  conditionalFormatRules: FakeConditionalFormatRule[] = [];

  constructor(
    readonly book: FakeSpreadsheet,
    public name: string,
    readonly log: CallLog,
  ) {}

  // ---- test helpers (not counted) ----

  cell(row: number, column: number): Cell {
    return this.cells.get(`${row},${column}`) ?? { value: '', formula: '' };
  }

  put(row: number, column: number, cell: Cell): void {
    if (cell.value === '' && cell.formula === '') this.cells.delete(`${row},${column}`);
    else this.cells.set(`${row},${column}`, cell);
  }

  /** Sets a cell as a user would type it, by A1 address. */
  type(a1: string, value: unknown): void {
    const rect = parseA1(a1);
    this.put(rect.row, rect.column, parseTyped(value));
  }

  /** Whether a cell holds a formula, by A1 address. */
  isFormula(a1: string): boolean {
    const rect = parseA1(a1);
    return this.cell(rect.row, rect.column).formula !== '';
  }

  /** What a cell shows as value or formula, by A1 address. */
  at(a1: string): unknown {
    const rect = parseA1(a1);
    const cell = this.cell(rect.row, rect.column);
    return cell.formula || cell.value;
  }

  checkInside(row: number, column: number, rows: number, columns: number): void {
    if (
      row < 0 ||
      column < 0 ||
      rows < 1 ||
      columns < 1 ||
      row + rows > this.maxRows ||
      column + columns > this.maxColumns
    ) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
  }

  lastRow(): number {
    let last = 0;
    for (const key of this.cells.keys()) last = Math.max(last, Number(key.split(',')[0]) + 1);
    return last;
  }

  lastColumn(): number {
    let last = 0;
    for (const key of this.cells.keys()) last = Math.max(last, Number(key.split(',')[1]) + 1);
    return last;
  }

  // ---- the Sheet API ----

  getName(): string {
    this.log.push('Sheet.getName');
    return this.name;
  }

  getRange(row: number, column: number, numRows: number, numColumns: number): FakeRange {
    this.log.push('Sheet.getRange');
    this.checkInside(row - 1, column - 1, numRows, numColumns);
    return new FakeRange(this, row - 1, column - 1, numRows, numColumns);
  }

  getDataRange(): FakeRange {
    this.log.push('Sheet.getDataRange');
    return new FakeRange(this, 0, 0, Math.max(1, this.lastRow()), Math.max(1, this.lastColumn()));
  }

  getRangeList(a1Notations: string[]): FakeRangeList {
    this.log.push('Sheet.getRangeList');
    return new FakeRangeList(this, [...a1Notations]);
  }

  getMaxRows(): number {
    this.log.push('Sheet.getMaxRows');
    return this.maxRows;
  }

  getMaxColumns(): number {
    this.log.push('Sheet.getMaxColumns');
    return this.maxColumns;
  }

  insertRowsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.log.push('Sheet.insertRowsAfter');
    if (afterPosition !== this.maxRows) throw new Error('fake: only appending rows is modelled');
    this.maxRows += howMany;
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): FakeSheet {
    this.log.push('Sheet.insertRowsBefore');
    if (!Number.isInteger(beforePosition) || beforePosition < 1 || beforePosition > this.maxRows || howMany < 1) {
      throw new Error('Those rows are out of bounds.');
    }
    // Everything from the row at beforePosition down moves down by howMany; the grid grows.
    const from = beforePosition - 1;
    const move = <T>(map: Map<string, T>) => {
      const moved = [...map.entries()].map(([key, value]) => {
        const [r, c] = key.split(',').map(Number) as [number, number];
        return [r >= from ? `${r + howMany},${c}` : key, value] as const;
      });
      map.clear();
      for (const [key, value] of moved) map.set(key, value);
    };
    move(this.cells);
    move(this.formats);
    move(this.validations);
    this.maxRows += howMany;
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): FakeSheet {
    this.log.push('Sheet.insertColumnsAfter');
    if (afterPosition !== this.maxColumns) throw new Error('fake: only appending columns is modelled');
    this.maxColumns += howMany;
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): FakeSheet {
    this.log.push('Sheet.setColumnWidths');
    this.checkInside(0, startColumn - 1, 1, numColumns);
    for (let c = startColumn - 1; c < startColumn - 1 + numColumns; c++) this.columnWidths.set(c, width);
    return this;
  }

  setFrozenRows(rows: number): void {
    this.log.push('Sheet.setFrozenRows');
    this.frozenRows = rows;
  }

  hideColumns(columnIndex: number, numColumns: number): void {
    this.log.push('Sheet.hideColumns');
    this.checkInside(0, columnIndex - 1, 1, numColumns);
    for (let c = columnIndex - 1; c < columnIndex - 1 + numColumns; c++) this.hiddenColumns.add(c);
  }

  activate(): FakeSheet {
    this.log.push('Sheet.activate');
    this.book.active = this;
    return this;
  }

  getCharts(): FakeEmbeddedChart[] {
    this.log.push('Sheet.getCharts');
    return [...this.charts];
  }

  newChart(): FakeEmbeddedChartBuilder {
    this.log.push('Sheet.newChart');
    return new FakeEmbeddedChartBuilder(this.log);
  }

  insertChart(chart: EmbeddedChartLike): void {
    this.log.push('Sheet.insertChart');
    const built = chart as FakeEmbeddedChart;
    if (!(built instanceof FakeEmbeddedChart) || built.id !== null)
      throw new Error('fake: insertChart takes a newly built chart');
    for (const range of built.ranges) {
      if (!this.book.sheets.some((sheet) => sheet.name === range.sheet))
        throw new Error(`fake: a chart range is on a missing sheet ${range.sheet}`);
    }
    this.charts.push(new FakeEmbeddedChart(this.log, { ...built.spec(), id: this.book.nextChartId++ }));
  }

  removeChart(chart: EmbeddedChartLike): void {
    this.log.push('Sheet.removeChart');
    const id = (chart as FakeEmbeddedChart).id;
    const index = this.charts.findIndex((candidate) => candidate.id === id && id !== null);
    if (index < 0) throw new Error('Chart not found.');
    this.charts.splice(index, 1);
  }

  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    this.log.push('Sheet.getDeveloperMetadata');
    return [...this.metadata];
  }

  addDeveloperMetadata(key: string, value: string): FakeSheet {
    this.log.push('Sheet.addDeveloperMetadata');
    this.metadata.push(new FakeDeveloperMetadata(this, key, value));
    return this;
  }

  getConditionalFormatRules(): FakeConditionalFormatRule[] {
    this.log.push('Sheet.getConditionalFormatRules');
    return [...this.conditionalFormatRules];
  }

  setConditionalFormatRules(rules: ConditionalFormatRuleLike[]): void {
    this.log.push('Sheet.setConditionalFormatRules');
    for (const rule of rules) {
      if (!(rule instanceof FakeConditionalFormatRule)) throw new Error('fake: not a conditional format rule');
      if (rule.ranges.some((range) => range.sheetName !== this.name))
        throw new Error('The conditional format rule cannot reference a different sheet.');
    }
    this.conditionalFormatRules = [...(rules as FakeConditionalFormatRule[])];
  }
}

export class FakeDeveloperMetadata implements DeveloperMetadataLike {
  constructor(
    private readonly sheet: FakeSheet,
    readonly key: string,
    readonly value: string | null,
  ) {}

  getKey(): string {
    this.sheet.log.push('DeveloperMetadata.getKey');
    return this.key;
  }

  getValue(): string | null {
    this.sheet.log.push('DeveloperMetadata.getValue');
    return this.value;
  }

  remove(): void {
    this.sheet.log.push('DeveloperMetadata.remove');
    const index = this.sheet.metadata.indexOf(this);
    if (index >= 0) this.sheet.metadata.splice(index, 1);
  }
}

/** What a chart is made of, as the builder recorded it. */
export interface FakeChartSpec {
  readonly id: number | null;
  readonly chartType: string;
  readonly mergeStrategy: string | null;
  readonly numHeaders: number;
  /** Ranges in the order added: sheet and A1. */
  readonly ranges: readonly { sheet: string; a1: string }[];
  readonly options: Readonly<Record<string, unknown>>;
  readonly position: { row: number; column: number; offsetX: number; offsetY: number } | null;
}

export class FakeEmbeddedChart implements EmbeddedChartLike {
  constructor(
    private readonly log: CallLog,
    private readonly data: FakeChartSpec,
  ) {}

  get id(): number | null {
    return this.data.id;
  }
  get chartType() {
    return this.data.chartType;
  }
  get ranges() {
    return this.data.ranges;
  }
  get options() {
    return this.data.options;
  }
  get position() {
    return this.data.position;
  }
  get numHeaders() {
    return this.data.numHeaders;
  }
  get mergeStrategy() {
    return this.data.mergeStrategy;
  }

  /** Test helper (not counted). */
  spec(): FakeChartSpec {
    return this.data;
  }

  getChartId(): number | null {
    this.log.push('EmbeddedChart.getChartId');
    return this.data.id;
  }

  /** The anchor cell as setPosition gave it (1-based); A1 when none was given, as Sheets places it. */
  getContainerInfo() {
    this.log.push('EmbeddedChart.getContainerInfo');
    const position = this.data.position;
    return {
      getAnchorRow: () => position?.row ?? 1,
      getAnchorColumn: () => position?.column ?? 1,
    };
  }
}

export class FakeEmbeddedChartBuilder implements EmbeddedChartBuilderLike {
  private chartType = '';
  private mergeStrategy: string | null = null;
  private numHeaders = -1;
  private readonly ranges: { sheet: string; a1: string }[] = [];
  private readonly options: Record<string, unknown> = {};
  private position: FakeChartSpec['position'] = null;

  constructor(private readonly log: CallLog) {}

  setChartType(type: GoogleAppsScript.Charts.ChartType) {
    this.log.push('EmbeddedChartBuilder.setChartType');
    this.chartType = String(type);
    return this;
  }

  addRange(range: RangeLike) {
    this.log.push('EmbeddedChartBuilder.addRange');
    const fake = range as FakeRange;
    this.ranges.push({ sheet: fake.sheetName, a1: fake.a1() });
    return this;
  }

  setMergeStrategy(mergeStrategy: GoogleAppsScript.Charts.ChartMergeStrategy) {
    this.log.push('EmbeddedChartBuilder.setMergeStrategy');
    this.mergeStrategy = String(mergeStrategy);
    return this;
  }

  setNumHeaders(headers: number) {
    this.log.push('EmbeddedChartBuilder.setNumHeaders');
    this.numHeaders = headers;
    return this;
  }

  setOption(option: string, value: unknown) {
    this.log.push('EmbeddedChartBuilder.setOption');
    // What Apps Script keeps: plain JSON-like data.
    this.options[option] = JSON.parse(JSON.stringify(value));
    return this;
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number) {
    this.log.push('EmbeddedChartBuilder.setPosition');
    if (!Number.isInteger(anchorRowPos) || !Number.isInteger(anchorColPos) || anchorRowPos < 1 || anchorColPos < 1)
      throw new Error('Invalid chart position.');
    this.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }

  build(): FakeEmbeddedChart {
    this.log.push('EmbeddedChartBuilder.build');
    if (!this.chartType) throw new Error('fake: a chart needs a chart type');
    if (this.ranges.length === 0) throw new Error('fake: a chart needs at least one range');
    return new FakeEmbeddedChart(this.log, {
      id: null,
      chartType: this.chartType,
      mergeStrategy: this.mergeStrategy,
      numHeaders: this.numHeaders,
      ranges: [...this.ranges],
      options: { ...this.options },
      position: this.position,
    });
  }
}

export interface FakeGradient {
  readonly min: { color: string; type: string; value: string } | null;
  readonly mid: { color: string; type: string; value: string } | null;
  readonly max: { color: string; type: string; value: string } | null;
}

/** GradientCondition: each point's colour, type and value; "" and null where a point is absent. */
export class FakeGradientCondition implements GradientConditionLike {
  constructor(
    private readonly log: CallLog,
    private readonly gradient: FakeGradient,
  ) {}

  private point(which: 'min' | 'mid' | 'max', what: 'color' | 'type' | 'value', method: string): string | null {
    this.log.push(`GradientCondition.${method}`);
    const point = this.gradient[which];
    if (!point) return what === 'type' ? null : '';
    return point[what];
  }

  getMinColor() {
    return this.point('min', 'color', 'getMinColor')!;
  }
  getMinType() {
    return this.point('min', 'type', 'getMinType') as GoogleAppsScript.Spreadsheet.InterpolationType | null;
  }
  getMinValue() {
    return this.point('min', 'value', 'getMinValue')!;
  }
  getMidColor() {
    return this.point('mid', 'color', 'getMidColor')!;
  }
  getMidType() {
    return this.point('mid', 'type', 'getMidType') as GoogleAppsScript.Spreadsheet.InterpolationType | null;
  }
  getMidValue() {
    return this.point('mid', 'value', 'getMidValue')!;
  }
  getMaxColor() {
    return this.point('max', 'color', 'getMaxColor')!;
  }
  getMaxType() {
    return this.point('max', 'type', 'getMaxType') as GoogleAppsScript.Spreadsheet.InterpolationType | null;
  }
  getMaxValue() {
    return this.point('max', 'value', 'getMaxValue')!;
  }
}

export class FakeConditionalFormatRule implements ConditionalFormatRuleLike {
  constructor(
    private readonly log: CallLog,
    readonly gradient: FakeGradient | null,
    readonly ranges: readonly FakeRange[],
    /** For rules that are not gradients: what they do (test data). */
    readonly description = '',
  ) {}

  getGradientCondition(): FakeGradientCondition | null {
    this.log.push('ConditionalFormatRule.getGradientCondition');
    return this.gradient ? new FakeGradientCondition(this.log, this.gradient) : null;
  }

  getRanges(): FakeRange[] {
    this.log.push('ConditionalFormatRule.getRanges');
    return [...this.ranges];
  }
}

class FakeConditionalFormatRuleBuilder implements ConditionalFormatRuleBuilderLike {
  private gradient: { min: FakeGradient['min']; mid: FakeGradient['mid']; max: FakeGradient['max'] } = {
    min: null,
    mid: null,
    max: null,
  };
  private ranges: FakeRange[] = [];

  constructor(private readonly log: CallLog) {}

  private point(
    which: 'min' | 'mid' | 'max',
    method: string,
    color: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string,
  ) {
    this.log.push(`ConditionalFormatRuleBuilder.${method}`);
    if (typeof value !== 'string') throw new Error(`${method}: the value must be a string`);
    this.gradient = { ...this.gradient, [which]: { color, type: String(type), value } };
    return this;
  }

  setGradientMinpointWithValue(color: string, type: GoogleAppsScript.Spreadsheet.InterpolationType, value: string) {
    return this.point('min', 'setGradientMinpointWithValue', color, type, value);
  }
  setGradientMidpointWithValue(color: string, type: GoogleAppsScript.Spreadsheet.InterpolationType, value: string) {
    return this.point('mid', 'setGradientMidpointWithValue', color, type, value);
  }
  setGradientMaxpointWithValue(color: string, type: GoogleAppsScript.Spreadsheet.InterpolationType, value: string) {
    return this.point('max', 'setGradientMaxpointWithValue', color, type, value);
  }

  setRanges(ranges: RangeLike[]) {
    this.log.push('ConditionalFormatRuleBuilder.setRanges');
    this.ranges = ranges as FakeRange[];
    return this;
  }

  build(): FakeConditionalFormatRule {
    this.log.push('ConditionalFormatRuleBuilder.build');
    if (!this.gradient.min || !this.gradient.max)
      throw new Error('fake: only gradient rules with a min and a max point are modelled');
    if (this.ranges.length === 0) throw new Error('A conditional format rule needs at least one range.');
    return new FakeConditionalFormatRule(this.log, { ...this.gradient }, [...this.ranges]);
  }
}

export class FakeSpreadsheet implements SpreadsheetLike {
  readonly sheets: FakeSheet[] = [];
  active: FakeSheet;
  /** The range selected last with Range.activate (null: none yet). */
  activeRange: { sheet: string; a1: string } | null = null;
  /** Chart ids are unique across the spreadsheet. */
  nextChartId = 1001;
  /**
   * Called after each read of cells (getValues, getFormulas), with the sheet read: lets a test have
   * another writer (a user typing, a second sidebar) act between the server's look and its write.
   */
  afterRead: ((sheet: FakeSheet) => void) | null = null;

  /** Test plumbing (not counted): runs the afterRead hook. */
  read(sheet: FakeSheet): void {
    this.afterRead?.(sheet);
  }

  constructor(
    readonly log: CallLog,
    public timeZone = 'Europe/Oslo',
  ) {
    this.active = this.addSheet('Ark1');
  }

  /** Test helper (not counted). */
  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(this, name, this.log);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Test helper (not counted). */
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
  }

  getSheets(): FakeSheet[] {
    this.log.push('Spreadsheet.getSheets');
    return [...this.sheets];
  }

  getSheetByName(name: string): FakeSheet | null {
    this.log.push('Spreadsheet.getSheetByName');
    return this.sheets.find((sheet) => sheet.name === name) ?? null;
  }

  insertSheet(sheetName: string): FakeSheet {
    this.log.push('Spreadsheet.insertSheet');
    if (this.sheets.some((sheet) => sheet.name.toLowerCase() === sheetName.toLowerCase())) {
      throw new Error(`A sheet with the name "${sheetName}" already exists. Please enter another name.`);
    }
    const sheet = this.addSheet(sheetName);
    this.active = sheet;
    return sheet;
  }

  getSpreadsheetTimeZone(): string {
    this.log.push('Spreadsheet.getSpreadsheetTimeZone');
    return this.timeZone;
  }
}

class FakeDataValidationBuilder implements DataValidationBuilderLike {
  private criteria = '';
  private args: unknown[] = [];
  private allowInvalid = true;
  private helpText = '';

  constructor(private readonly log: CallLog) {}

  requireNumberBetween(start: number, end: number) {
    this.log.push('DataValidationBuilder.requireNumberBetween');
    this.criteria = 'NUMBER_BETWEEN';
    this.args = [start, end];
    return this;
  }

  requireNumberGreaterThanOrEqualTo(number: number) {
    this.log.push('DataValidationBuilder.requireNumberGreaterThanOrEqualTo');
    this.criteria = 'NUMBER_GREATER_THAN_OR_EQUAL_TO';
    this.args = [number];
    return this;
  }

  requireNumberLessThanOrEqualTo(number: number) {
    this.log.push('DataValidationBuilder.requireNumberLessThanOrEqualTo');
    this.criteria = 'NUMBER_LESS_THAN_OR_EQUAL_TO';
    this.args = [number];
    return this;
  }

  requireDate() {
    this.log.push('DataValidationBuilder.requireDate');
    this.criteria = 'DATE_IS_VALID_DATE';
    this.args = [];
    return this;
  }

  requireValueInList(values: string[], showDropdown: boolean) {
    this.log.push('DataValidationBuilder.requireValueInList');
    this.criteria = 'VALUE_IN_LIST';
    this.args = [[...values], showDropdown];
    return this;
  }

  setAllowInvalid(allowInvalidData: boolean) {
    this.log.push('DataValidationBuilder.setAllowInvalid');
    this.allowInvalid = allowInvalidData;
    return this;
  }

  setHelpText(helpText: string) {
    this.log.push('DataValidationBuilder.setHelpText');
    this.helpText = helpText;
    return this;
  }

  build(): FakeValidation {
    this.log.push('DataValidationBuilder.build');
    return { criteria: this.criteria, args: this.args, allowInvalid: this.allowInvalid, helpText: this.helpText };
  }
}

export const BUTTON = { CLOSE: 0, OK: 1, CANCEL: 2, YES: 3, NO: 4 } as const;
export const BUTTON_SET = { OK: 0, OK_CANCEL: 1, YES_NO: 2, YES_NO_CANCEL: 3 } as const;

export class FakeMenu implements MenuLike {
  readonly items: { caption: string; functionName: string }[] = [];
  constructor(
    private readonly ui: FakeUi,
    readonly caption: string,
  ) {}
  addItem(caption: string, functionName: string) {
    this.ui.log.push('Menu.addItem');
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator() {
    this.ui.log.push('Menu.addSeparator');
    return this;
  }
  addToUi() {
    this.ui.log.push('Menu.addToUi');
    this.ui.menus.push(this);
  }
}

export class FakeUi implements UiLike {
  readonly Button = BUTTON as unknown as typeof GoogleAppsScript.Base.Button;
  readonly ButtonSet = BUTTON_SET as unknown as typeof GoogleAppsScript.Base.ButtonSet;
  readonly menus: FakeMenu[] = [];
  readonly sidebars: HtmlOutputLike[] = [];
  readonly dialogs: { output: HtmlOutputLike; title: string }[] = [];
  readonly alerts: { title: string; prompt: string }[] = [];
  /** Answers the next prompts: [button, text]. */
  readonly promptAnswers: { button: keyof typeof BUTTON; text: string }[] = [];

  constructor(readonly log: CallLog) {}

  createMenu(caption: string): FakeMenu {
    this.log.push('Ui.createMenu');
    return new FakeMenu(this, caption);
  }

  showSidebar(userInterface: HtmlOutputLike): void {
    this.log.push('Ui.showSidebar');
    this.sidebars.push(userInterface);
  }

  showModalDialog(userInterface: HtmlOutputLike, title: string): void {
    this.log.push('Ui.showModalDialog');
    this.dialogs.push({ output: userInterface, title });
  }

  prompt(_title: string, _prompt: string, _buttons: GoogleAppsScript.Base.ButtonSet): PromptResponseLike {
    this.log.push('Ui.prompt');
    const answer = this.promptAnswers.shift() ?? { button: 'CANCEL' as const, text: '' };
    return {
      getResponseText: () => answer.text,
      getSelectedButton: () => BUTTON[answer.button] as unknown as GoogleAppsScript.Base.Button,
    };
  }

  alert(title: string, prompt: string, _buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button {
    this.log.push('Ui.alert');
    this.alerts.push({ title, prompt });
    return BUTTON.OK as unknown as GoogleAppsScript.Base.Button;
  }
}

export class FakeHtmlOutput implements HtmlOutputLike {
  title = '';
  width = 0;
  height = 0;
  constructor(
    private readonly log: CallLog,
    readonly file: string,
    /** The HTML given to createHtmlOutput ('' for a file). */
    readonly content = '',
  ) {}
  setHeight(height: number) {
    this.log.push('HtmlOutput.setHeight');
    this.height = height;
    return this;
  }
  setTitle(title: string) {
    this.log.push('HtmlOutput.setTitle');
    this.title = title;
    return this;
  }
  setWidth(width: number) {
    this.log.push('HtmlOutput.setWidth');
    this.width = width;
    return this;
  }
}

export const INTERPOLATION_TYPE = { NUMBER: 'NUMBER', PERCENT: 'PERCENT', PERCENTILE: 'PERCENTILE' } as const;
export const CHART_TYPE = { LINE: 'LINE', COLUMN: 'COLUMN', COMBO: 'COMBO', BAR: 'BAR', AREA: 'AREA' } as const;
export const CHART_MERGE_STRATEGY = { MERGE_COLUMNS: 'MERGE_COLUMNS', MERGE_ROWS: 'MERGE_ROWS' } as const;

/** The Charts service's enums (reading an enum is not a call). */
export const FAKE_CHARTS: ChartsLike = {
  ChartType: CHART_TYPE as unknown as typeof GoogleAppsScript.Charts.ChartType,
  ChartMergeStrategy: CHART_MERGE_STRATEGY as unknown as typeof GoogleAppsScript.Charts.ChartMergeStrategy,
};

export class FakeSpreadsheetApp implements SpreadsheetAppLike {
  readonly InterpolationType = INTERPOLATION_TYPE as unknown as typeof GoogleAppsScript.Spreadsheet.InterpolationType;
  readonly log: CallLog;
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui: FakeUi;

  constructor(options: { timeZone?: string; log?: CallLog } = {}) {
    this.log = options.log ?? [];
    this.spreadsheet = new FakeSpreadsheet(this.log, options.timeZone);
    this.ui = new FakeUi(this.log);
  }

  getActiveSpreadsheet(): FakeSpreadsheet {
    this.log.push('SpreadsheetApp.getActiveSpreadsheet');
    return this.spreadsheet;
  }

  flush(): void {
    this.log.push('SpreadsheetApp.flush');
  }

  newDataValidation(): FakeDataValidationBuilder {
    this.log.push('SpreadsheetApp.newDataValidation');
    return new FakeDataValidationBuilder(this.log);
  }

  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    this.log.push('SpreadsheetApp.newConditionalFormatRule');
    return new FakeConditionalFormatRuleBuilder(this.log);
  }

  getUi(): FakeUi {
    this.log.push('SpreadsheetApp.getUi');
    return this.ui;
  }
}

export class FakeHtmlService implements HtmlServiceLike {
  constructor(private readonly log: CallLog) {}
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    this.log.push('HtmlService.createHtmlOutputFromFile');
    return new FakeHtmlOutput(this.log, filename);
  }
  createHtmlOutput(html: string): FakeHtmlOutput {
    this.log.push('HtmlService.createHtmlOutput');
    return new FakeHtmlOutput(this.log, '', html);
  }
}

/** Utilities.formatDate for the patterns the server uses, through Intl in the given zone. */
export class FakeUtilities implements UtilitiesLike {
  constructor(private readonly log: CallLog) {}
  formatDate(date: Date, timeZone: string, format: string): string {
    this.log.push('Utilities.formatDate');
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      })
        .formatToParts(date)
        .map((part) => [part.type, part.value]),
    ) as Record<string, string>;
    const ms = String(date.getUTCMilliseconds()).padStart(3, '0');
    return format
      .replace(/'T'/g, 'T')
      .replace('yyyy', parts['year']!)
      .replace('MM', parts['month']!)
      .replace('dd', parts['day']!)
      .replace('HH', parts['hour']!)
      .replace('mm', parts['minute']!)
      .replace('ss', parts['second']!)
      .replace('SSS', ms);
  }
}

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

/**
 * LockService's document lock. One execution runs at a time here, so a lock held by another
 * execution is never released while waitLock waits: waitLock then fails as Apps Script does when
 * the timeout passes.
 */
export class FakeLockService implements LockServiceLike {
  holder: FakeLock | null = null;
  constructor(readonly log: CallLog) {}

  getDocumentLock(): FakeLock {
    this.log.push('LockService.getDocumentLock');
    return new FakeLock(this);
  }
}

export class FakeLock implements LockLike {
  constructor(private readonly service: FakeLockService) {}

  waitLock(timeoutInMillis: number): void {
    this.service.log.push('Lock.waitLock');
    if (!(timeoutInMillis > 0)) throw new Error('fake: waitLock needs a timeout');
    if (this.service.holder && this.service.holder !== this) throw new Error(LOCK_TIMEOUT_MESSAGE);
    this.service.holder = this;
  }

  releaseLock(): void {
    this.service.log.push('Lock.releaseLock');
    if (this.service.holder === this) this.service.holder = null;
  }
}

/** All the fakes wired together, sharing one call log. */
export function fakeServices(options: { timeZone?: string } = {}): GasServices & {
  readonly spreadsheetApp: FakeSpreadsheetApp;
  readonly htmlService: FakeHtmlService;
  readonly utilities: FakeUtilities;
  readonly charts: ChartsLike;
  readonly lockService: FakeLockService;
  readonly log: CallLog;
  readonly book: FakeSpreadsheet;
} {
  const log: CallLog = [];
  const spreadsheetApp = new FakeSpreadsheetApp({ log, timeZone: options.timeZone });
  return {
    spreadsheetApp,
    htmlService: new FakeHtmlService(log),
    utilities: new FakeUtilities(log),
    charts: FAKE_CHARTS,
    lockService: new FakeLockService(log),
    log,
    book: spreadsheetApp.spreadsheet,
  };
}

/** Counts of each call in a log, e.g. { 'Range.setValues': 1, … }. */
export function callCounts(log: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const call of log) counts[call] = (counts[call] ?? 0) + 1;
  return counts;
}
