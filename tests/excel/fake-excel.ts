/**
 * A small, faithful stand-in for the parts of Office.js Excel that src/excel/workbook.ts uses.
 *
 * What it models, as Office.js does:
 * - proxies queue their operations; nothing touches the workbook until `context.sync()`, which
 *   runs the queue in order, stops at the first failure (earlier operations stay applied, as in
 *   Office: batches are not transactions) and rejects with an error carrying Office's `code`;
 * - `Excel.run` syncs once more after the batch if operations are still queued;
 * - a sync with nothing queued is not a round trip; `roundTrips` counts the real ones;
 * - loaded properties are readable only after load + sync. Ranges use office-addin-mock's
 *   `OfficeMockObject` for this bookkeeping (it returns its "not loaded" / "not synced" markers,
 *   which the fake turns into thrown errors, as Office.js throws PropertyNotLoaded);
 * - `*OrNullObject` results with `isNullObject`, readable after a sync;
 * - `worksheets.load('items/name')` (a collection load, which OfficeMockObject cannot express);
 * - shape checks Office makes: a 2-D array written to a range must match its size;
 * - what is written through `formulas` or `values` is read as typed input, as Excel does (its
 *   documentation: a string starting with "=", "+" or "-" is taken as a formula): "=…" is a
 *   formula, "+…", "-…" (not a number) and "@…" become formulas too, "42" a number, "TRUE" a
 *   boolean, "1/2" (en-US) and "2025-06-07" a date serial; a leading apostrophe (Excel's quote
 *   prefix) makes the rest literal text and is hidden: `formulas` and `values` read the text
 *   without it (office-js issue #6687); a cell formatted as text ("@") keeps a typed string as text,
 *   a formula's text included (its apostrophe is still the hidden prefix);
 * - formula cells are calculated when read through `values`, by the add-in's formula engine
 *   (errors read as their code, e.g. "#NAME?"); `formulas` gives their text;
 * - charts (worksheet.charts: add, load('items/name'), delete, series, axes, position) and
 *   colour-scale conditional formats (range.conditionalFormats), recorded per sheet;
 * - range.getEntireRow() and range.insert('Down'), which moves the cells below down;
 * - other writers: `beforeSync` runs a test's hook between one batch's look and its write.
 *   The fake does not calculate; `sheet.shows` says what a formula cell shows, where it matters.
 *
 * Anything the add-in does that is not modelled throws "fake Excel: unsupported …", so a new API
 * use cannot pass the tests silently.
 */
import { OfficeMockObject } from 'office-addin-mock';
import { FormulaBook } from '../../src/preview/engine/book';
import { SheetError, type Scalar } from '../../src/preview/engine/values';

export type Cell = string | number | boolean;

export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface FakeSheet {
  name: string;
  /** "row,column" (0-based) → formula text or value (text without its quote prefix). Empty cells are absent. */
  cells: Map<string, Cell>;
  /** What a formula cell shows, by "row,column", where a test says so (otherwise it is calculated). */
  shows: Map<string, Cell>;
  /** Cells holding a formula (their `cells` entry is the formula text). */
  formulaCells: Set<string>;
  /** Cells whose text was entered behind Excel's quote prefix ("'"). */
  quotePrefixed: Set<string>;
  /** Every property set on a range of this sheet, in order: address, property path, value. */
  sets: { address: string; path: string; value: unknown }[];
  /** Data validation by address (after clear + rule/errorAlert/prompt). */
  validations: Map<string, { rule?: unknown; errorAlert?: unknown; prompt?: unknown }>;
  /** Column widths in points, by 0-based column. */
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  frozenRows: number;
  pageLayout: { orientation?: unknown; zoom?: unknown };
  /** Number format by "row,column". */
  numberFormats: Map<string, string>;
  /** Charts in creation order. */
  charts: FakeChart[];
  conditionalFormats: FakeConditionalFormat[];
}

/** A range as a chart refers to it. */
export interface RangeRefData {
  sheet: string;
  address: string;
}

export interface FakeChartSeries {
  name?: string;
  values: RangeRefData;
  xValues?: RangeRefData;
  chartType?: string;
  lineColor?: string;
  lineWeight?: number;
  lineStyle?: string;
  markerStyle?: string;
  markerBackgroundColor?: string;
  markerForegroundColor?: string;
  fill?: string;
  hasDataLabels?: boolean;
  /** Labels set on single points (points.getItemAt(i)), by point index. */
  pointLabels?: Record<number, { hasDataLabel?: boolean; showSeriesName?: boolean; showValue?: boolean }>;
}

export interface FakeChart {
  name: string;
  type: string;
  seriesBy: string;
  source: RangeRefData;
  title?: string;
  legendPosition?: string;
  valueAxis: { minimum?: number; maximum?: number; majorUnit?: number; title?: string; numberFormat?: string };
  categoryAxis: { title?: string; categoryType?: string };
  series: FakeChartSeries[];
  position?: { start: string; end?: string };
  width?: number;
  height?: number;
}

export interface FakeConditionalFormat {
  address: string;
  rect: Rect;
  type: string;
  criteria?: unknown;
}

export interface FakeExcelOptions {
  /** Initial sheets: name → rows from A1 (null = empty cell). Order = tab order. */
  sheets?: Record<string, readonly (readonly (Cell | null)[])[]>;
  /**
   * How the host treats operations on a null object (e.g. a range of a missing sheet got through
   * getItemOrNullObject): 'propagate' gives null objects, 'reject' fails the sync.
   */
  nullObjects?: 'propagate' | 'reject';
}

class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
  }
}

const NOT_LOADED = ['Error, property was not loaded', 'Error, context.sync() was not called'];

export function a1(row: number, column: number): string {
  let name = '';
  for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return `${name}${row + 1}`;
}

/** "B3:D7" / "A1" → rectangle. */
export function parseAddress(a1Address: string): Rect {
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1Address);
  if (!match) throw new Error(`bad address ${a1Address}`);
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const r1 = Number(match[2]) - 1,
    c1 = col(match[1]!);
  const r2 = match[3] ? Number(match[4]) - 1 : r1,
    c2 = match[3] ? col(match[3]) : c1;
  return { row: r1, column: c1, rows: r2 - r1 + 1, columns: c2 - c1 + 1 };
}

function address(rect: Rect): string {
  const start = a1(rect.row, rect.column);
  return rect.rows === 1 && rect.columns === 1
    ? start
    : `${start}:${a1(rect.row + rect.rows - 1, rect.column + rect.columns - 1)}`;
}

/** Property paths a range accepts (set) and the methods it has, as Office.js names them. */
const RANGE_SETTABLE = new Set([
  'formulas',
  'values',
  'numberFormat',
  'columnHidden',
  'format.font.bold',
  'format.font.italic',
  'format.font.color',
  'format.font.size',
  'format.fill.color',
  'format.wrapText',
  'format.horizontalAlignment',
  'format.columnWidth',
  'dataValidation.rule',
  'dataValidation.errorAlert',
  'dataValidation.prompt',
]);
const RANGE_LOADABLE = new Set(['formulas', 'values', 'rowIndex', 'columnIndex', 'address']);
/** Chart properties the add-in may set, by path, and where the fake keeps them. */
const CHART_SETTABLE: Record<string, (chart: FakeChart, value: unknown) => void> = {
  name: (chart, value) => (chart.name = String(value)),
  'title.text': (chart, value) => (chart.title = String(value)),
  'legend.position': (chart, value) => (chart.legendPosition = String(value)),
  'axes.valueAxis.minimum': (chart, value) => (chart.valueAxis.minimum = Number(value)),
  'axes.valueAxis.maximum': (chart, value) => (chart.valueAxis.maximum = Number(value)),
  'axes.valueAxis.majorUnit': (chart, value) => (chart.valueAxis.majorUnit = Number(value)),
  'axes.valueAxis.title.text': (chart, value) => (chart.valueAxis.title = String(value)),
  'axes.valueAxis.numberFormat': (chart, value) => (chart.valueAxis.numberFormat = String(value)),
  'axes.categoryAxis.title.text': (chart, value) => (chart.categoryAxis.title = String(value)),
  'axes.categoryAxis.categoryType': (chart, value) => (chart.categoryAxis.categoryType = String(value)),
  width: (chart, value) => (chart.width = Number(value)),
  height: (chart, value) => (chart.height = Number(value)),
};
const SERIES_SETTABLE: Record<string, (series: FakeChartSeries, value: unknown) => void> = {
  name: (series, value) => (series.name = String(value)),
  chartType: (series, value) => {
    if (!SERIES_TYPES.has(String(value))) throw new Error(`fake Excel: unsupported series chartType ${String(value)}`);
    series.chartType = String(value);
  },
  'format.line.color': (series, value) => (series.lineColor = String(value)),
  'format.line.weight': (series, value) => (series.lineWeight = Number(value)),
  'format.line.lineStyle': (series, value) => (series.lineStyle = String(value)),
  markerStyle: (series, value) => (series.markerStyle = String(value)),
  markerBackgroundColor: (series, value) => (series.markerBackgroundColor = String(value)),
  markerForegroundColor: (series, value) => (series.markerForegroundColor = String(value)),
  hasDataLabels: (series, value) => (series.hasDataLabels = Boolean(value)),
};
/** Types a series may take in a combination chart. */
const SERIES_TYPES = new Set(['Line', 'LineMarkers', 'ColumnClustered', 'AreaStacked']);
const CHART_TYPES = new Set(['Line', 'LineMarkers', 'ColumnClustered']);
/** A slash date Excel (en-US) turns into a date unless the cell is formatted as text. */
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/;
/** How the fake finds out which range a range proxy stands for (charts and series take ranges). */
const RANGE_INFO = Symbol('fake Excel range');

function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

const MATRIX_PROPERTIES = new Set(['formulas', 'values', 'numberFormat']);
/** Columns of a worksheet (A:XFD). */
const EXCEL_COLUMNS = 16_384;

type Op = () => void | Promise<void>;

/** A computed value as Excel's `values` gives it: errors as their code text, blank "". */
function shownValue(value: Scalar): Cell {
  if (value === null) return '';
  if (value instanceof SheetError) return value.code;
  return value;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A cell's content as Excel keeps it: a value or a formula's text, and whether it is a formula or quote-prefixed text. */
export interface Entered {
  readonly content: Cell;
  readonly formula: boolean;
  readonly quotePrefixed: boolean;
}

/** What Excel (en-US) makes of a string typed into a cell that is not formatted as text. */
function typedText(text: string): Cell {
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return Number(trimmed);
  if (/^(true|false)$/i.test(trimmed)) return trimmed.toUpperCase() === 'TRUE';
  const serial = (year: number, month: number, day: number) =>
    Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
  const iso = ISO_DATE.exec(trimmed);
  if (iso) return serial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const date = SLASH_DATE.exec(trimmed);
  if (date)
    return serial(
      date[3] ? (date[3].length === 2 ? 2000 + Number(date[3]) : Number(date[3])) : 2026,
      Number(date[1]),
      Number(date[2]),
    );
  return text;
}

/** A value written through `formulas` / `values`, as Excel takes it (typed input). */
export function enter(cell: Cell, textFormat: boolean): Entered {
  if (typeof cell !== 'string') return { content: cell, formula: false, quotePrefixed: false };
  if (cell.startsWith("'")) return { content: cell.slice(1), formula: false, quotePrefixed: true };
  if (textFormat) return { content: cell, formula: false, quotePrefixed: false };
  if (cell.startsWith('=') && cell.length > 1) return { content: cell, formula: true, quotePrefixed: false };
  if (/^[+\-@]./s.test(cell) && !NUMBER.test(cell.trim()))
    return { content: `=${cell}`, formula: true, quotePrefixed: false };
  return { content: typedText(cell), formula: false, quotePrefixed: false };
}

interface SheetRef {
  readonly name: string;
  readonly nullable: boolean;
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  /** Syncs that carried operations (real round trips to Excel). */
  roundTrips = 0;
  /** Every `context.sync()` call, including empty ones. */
  syncCalls = 0;
  runs = 0;
  activeSheet: string | null = null;
  /** The chart selected last with Chart.activate. */
  activeChart: { sheet: string; name: string } | null = null;
  /** A readable log of executed operations. */
  readonly log: string[] = [];
  private readonly nullObjects: 'propagate' | 'reject';
  private queue: { describe: string; run: Op }[] = [];
  /** When set, the next operation whose description matches fails with this code. */
  failNext: { match: RegExp; code: string } | null = null;
  /**
   * Called before each round trip runs, with the descriptions of its operations: lets a test have
   * another writer (a co-author, a second pane) change the workbook between one batch's look and
   * its write. Operations queued inside the hook belong to that other writer's own batches.
   */
  beforeSync: ((operations: readonly string[]) => void | Promise<void>) | null = null;

  constructor(options: FakeExcelOptions = {}) {
    this.nullObjects = options.nullObjects ?? 'propagate';
    for (const [name, rows] of Object.entries(options.sheets ?? {})) {
      const sheet = this.newSheet(name);
      rows.forEach((row, r) =>
        row.forEach((value, c) => {
          // Given as the cells hold them: "=…" is a formula, anything else the value itself.
          const formula = typeof value === 'string' && value.startsWith('=') && value.length > 1;
          if (value !== null && value !== '')
            this.put(sheet, `${r},${c}`, { content: value, formula, quotePrefixed: false });
        }),
      );
    }
  }

  /** The `Excel` global's `run`. */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.runs++;
    const context = this.context();
    const result = await batch(context as unknown as Excel.RequestContext);
    if (this.queue.length > 0) await context.sync();
    return result;
  };

  sheet(name: string): FakeSheet {
    const sheet = this.find(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  /** The content of one cell by A1 address, '' when empty. */
  cell(sheetName: string, a1Address: string): Cell {
    const match = /^([A-Z]+)(\d+)$/.exec(a1Address);
    if (!match) throw new Error(`bad address ${a1Address}`);
    let column = 0;
    for (const char of match[1]!) column = column * 26 + (char.charCodeAt(0) - 64);
    return this.sheet(sheetName).cells.get(`${Number(match[2]) - 1},${column - 1}`) ?? '';
  }

  /** Whether a cell (A1 address) holds a formula, not text or a value. */
  isFormula(sheetName: string, a1Address: string): boolean {
    const { row, column } = parseAddress(a1Address);
    return this.sheet(sheetName).formulaCells.has(`${row},${column}`);
  }

  /** Whether a cell's text was entered behind the quote prefix (Excel shows it only in the formula bar). */
  isQuotePrefixed(sheetName: string, a1Address: string): boolean {
    const { row, column } = parseAddress(a1Address);
    return this.sheet(sheetName).quotePrefixed.has(`${row},${column}`);
  }

  /** Stores an entered cell (test setup and writes). */
  put(sheet: FakeSheet, key: string, entered: Entered): void {
    sheet.cells.set(key, entered.content);
    if (entered.formula) sheet.formulaCells.add(key);
    else sheet.formulaCells.delete(key);
    if (entered.quotePrefixed) sheet.quotePrefixed.add(key);
    else sheet.quotePrefixed.delete(key);
  }

  private clearCell(sheet: FakeSheet, key: string): void {
    sheet.cells.delete(key);
    sheet.formulaCells.delete(key);
    sheet.quotePrefixed.delete(key);
  }

  /** Sets of one property path on a sheet, e.g. 'format.font.bold'. */
  setsOf(sheetName: string, path: string): { address: string; value: unknown }[] {
    return this.sheet(sheetName)
      .sets.filter((set) => set.path === path)
      .map(({ address: at, value }) => ({ address: at, value }));
  }

  private find(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  private newSheet(name: string): FakeSheet {
    const sheet: FakeSheet = {
      name,
      cells: new Map(),
      shows: new Map(),
      formulaCells: new Set(),
      quotePrefixed: new Set(),
      sets: [],
      validations: new Map(),
      columnWidths: new Map(),
      hiddenColumns: new Set(),
      frozenRows: 0,
      pageLayout: {},
      numberFormats: new Map(),
      charts: [],
      conditionalFormats: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  private enqueue(describe: string, run: Op): void {
    this.queue.push({ describe, run });
  }

  /** Runs the queue in order; the first failure rejects the sync (earlier operations stay applied). */
  private async sync(): Promise<void> {
    this.syncCalls++;
    const queue = this.queue;
    this.queue = [];
    if (queue.length === 0) return;
    this.roundTrips++;
    if (this.beforeSync) await this.beforeSync(queue.map((op) => op.describe));
    for (const op of queue) {
      if (this.failNext && this.failNext.match.test(op.describe)) {
        const { code } = this.failNext;
        this.failNext = null;
        throw new OfficeError(code, `injected failure at ${op.describe}`);
      }
      await op.run();
      this.log.push(op.describe);
    }
  }

  /** Resolves a sheet reference when an operation runs: null for a missing nullable sheet. */
  private resolve(ref: SheetRef, forWhat: string): FakeSheet | null {
    const sheet = this.find(ref.name);
    if (sheet) return sheet;
    if (!ref.nullable) throw new OfficeError('ItemNotFound', `worksheet ${ref.name} (${forWhat})`);
    if (this.nullObjects === 'reject')
      throw new OfficeError('InvalidArgument', `operation on a null object (${forWhat})`);
    return null;
  }

  private context() {
    return {
      workbook: { worksheets: this.worksheets() },
      sync: async () => this.sync(),
      trackedObjects: { add() {}, remove() {} },
    };
  }

  private worksheets() {
    const fake = this;
    let items: { name: string }[] | undefined;
    let loadState: 'none' | 'queued' | 'loaded' = 'none';
    return {
      load(what: string) {
        if (what !== 'items/name' && what !== 'items')
          throw new Error(`fake Excel: unsupported worksheets.load(${what})`);
        loadState = 'queued';
        fake.enqueue('worksheets.load(items/name)', () => {
          items = fake.sheets.map((sheet) => ({ name: sheet.name }));
          loadState = 'loaded';
        });
      },
      get items() {
        if (loadState !== 'loaded' || !items) throw new OfficeError('PropertyNotLoaded', 'worksheets.items');
        return items;
      },
      getItem: (name: string) => fake.sheetProxy({ name, nullable: false }),
      getItemOrNullObject: (name: string) => fake.sheetProxy({ name, nullable: true }),
      add: (name: string) => {
        fake.enqueue(`worksheets.add(${name})`, () => {
          if (fake.find(name)) throw new OfficeError('ItemAlreadyExists', `worksheet ${name}`);
          fake.newSheet(name);
        });
        return fake.sheetProxy({ name, nullable: false });
      },
    };
  }

  private sheetProxy(ref: SheetRef) {
    const fake = this;
    let isNull: boolean | undefined;
    fake.enqueue(`worksheet(${ref.name})`, () => {
      isNull = fake.find(ref.name) === undefined;
      if (isNull && !ref.nullable) throw new OfficeError('ItemNotFound', `worksheet ${ref.name}`);
    });
    const pageLayout = {
      set orientation(value: unknown) {
        fake.enqueue(`pageLayout.orientation(${ref.name})`, () => {
          const sheet = fake.resolve(ref, 'pageLayout');
          if (sheet) sheet.pageLayout.orientation = value;
        });
      },
      set zoom(value: unknown) {
        fake.enqueue(`pageLayout.zoom(${ref.name})`, () => {
          const sheet = fake.resolve(ref, 'pageLayout');
          if (sheet) sheet.pageLayout.zoom = value;
        });
      },
    };
    return {
      get isNullObject() {
        if (isNull === undefined) throw new OfficeError('PropertyNotLoaded', 'isNullObject before sync');
        return isNull;
      },
      getRangeByIndexes: (row: number, column: number, rows: number, columns: number) => {
        if (rows < 1 || columns < 1) throw new OfficeError('InvalidArgument', 'getRangeByIndexes with an empty size');
        return fake.rangeProxy(ref, () => ({ row, column, rows, columns }));
      },
      getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
        if (valuesOnly !== true) throw new Error('fake Excel: only getUsedRangeOrNullObject(true) is modelled');
        return fake.rangeProxy(ref, (sheet) => fake.usedRange(sheet), true);
      },
      freezePanes: {
        freezeRows: (count: number) =>
          fake.enqueue(`freezeRows(${ref.name}, ${count})`, () => {
            const sheet = fake.resolve(ref, 'freezePanes');
            if (sheet) sheet.frozenRows = count;
          }),
        unfreeze: () =>
          fake.enqueue(`unfreeze(${ref.name})`, () => {
            const sheet = fake.resolve(ref, 'freezePanes');
            if (sheet) sheet.frozenRows = 0;
          }),
      },
      pageLayout,
      charts: fake.chartCollection(ref),
      activate: () =>
        fake.enqueue(`activate(${ref.name})`, () => {
          const sheet = fake.resolve(ref, 'activate');
          if (sheet) fake.activeSheet = sheet.name;
        }),
    };
  }

  private usedRange(sheet: FakeSheet): Rect | null {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    for (const key of sheet.cells.keys()) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom < 0 ? null : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  /**
   * A range proxy. `locate` gives its rectangle when an operation runs (null = a null object,
   * e.g. the used range of an empty sheet).
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a Proxy standing in for Excel.Range: the code under test reads any of its members
  private rangeProxy(ref: SheetRef, locate: (sheet: FakeSheet) => Rect | null, nullable = false): any {
    const fake = this;
    let mock: OfficeMockObject | null = null;
    let isNull: boolean | undefined;
    const located = (forWhat: string): { sheet: FakeSheet; rect: Rect } | null => {
      const sheet = fake.resolve(ref, forWhat);
      if (!sheet) return null;
      const rect = locate(sheet);
      if (!rect) {
        if (!nullable) throw new OfficeError('InvalidArgument', `no range (${forWhat})`);
        return null;
      }
      return { sheet, rect };
    };
    const set = (path: string, value: unknown) => {
      if (!RANGE_SETTABLE.has(path)) throw new Error(`fake Excel: unsupported range property ${path}`);
      fake.enqueue(`set ${path}`, () => {
        const target = located(`set ${path}`);
        if (!target) throw new OfficeError('InvalidArgument', `set ${path} on a null object`);
        fake.applySet(target.sheet, target.rect, path, value);
      });
    };
    const call = (path: string, args: unknown[]) => {
      if (path === 'dataValidation.clear' && args.length === 0) {
        fake.enqueue('dataValidation.clear', () => {
          const target = located('dataValidation.clear');
          if (target) target.sheet.validations.delete(address(target.rect));
        });
        return undefined;
      }
      if (path === 'getEntireRow' && args.length === 0) {
        return fake.rangeProxy(ref, (sheet) => {
          const rect = locate(sheet);
          return rect ? { row: rect.row, column: 0, rows: rect.rows, columns: EXCEL_COLUMNS } : null;
        });
      }
      if (path === 'insert' && args.length === 1) {
        if (args[0] !== 'Down') throw new Error(`fake Excel: only insert("Down") is modelled, not ${String(args[0])}`);
        fake.enqueue('insert Down', () => {
          const target = located('insert');
          if (!target) throw new OfficeError('InvalidArgument', 'insert on a null object');
          fake.shiftDown(target.sheet, target.rect);
        });
        return fake.rangeProxy(ref, locate);
      }
      if (path === 'getEntireColumn' && args.length === 0) {
        return fake.rangeProxy(ref, (sheet) => {
          const rect = locate(sheet);
          return rect ? { row: 0, column: rect.column, rows: 1_048_576, columns: rect.columns } : null;
        });
      }
      throw new Error(`fake Excel: unsupported range method ${path}()`);
    };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a Proxy for a nested Office object (format, font, axes…): any member may be read
    const nested = (path: string): any =>
      new Proxy(() => undefined, {
        get: (_target, prop) => (prop === 'then' ? undefined : nested(`${path}.${String(prop)}`)),
        set: (_target, prop, value) => {
          set(`${path}.${String(prop)}`, value);
          return true;
        },
        apply: (_target, _this, args) => call(path, args),
      });

    const range = new Proxy(
      {},
      {
        get(_target, prop) {
          if (prop === 'then') return undefined;
          if (prop === RANGE_INFO) return { located };
          if (prop === 'conditionalFormats') return fake.conditionalFormatCollection(located);
          if (prop === 'load') {
            return (what: string) => {
              const properties = what.split(',').map((property) => property.trim());
              for (const property of properties) {
                if (!RANGE_LOADABLE.has(property)) throw new Error(`fake Excel: unsupported range load ${property}`);
              }
              fake.enqueue(`load ${what}`, async () => {
                const target = located(`load ${what}`);
                isNull = target === null;
                // A null object's properties are absent (undefined), as in Office.js.
                const data = target
                  ? fake.rangeData(target.sheet, target.rect)
                  : {
                      formulas: undefined,
                      values: undefined,
                      rowIndex: undefined,
                      columnIndex: undefined,
                      address: undefined,
                    };
                const loaded = new OfficeMockObject(data as ConstructorParameters<typeof OfficeMockObject>[0]);
                loaded.load(properties);
                await loaded.sync();
                mock = loaded;
              });
              return range;
            };
          }
          if (prop === 'isNullObject') {
            if (isNull === undefined) throw new OfficeError('PropertyNotLoaded', 'isNullObject before sync');
            return isNull;
          }
          if (prop === 'format' || prop === 'dataValidation') return nested(prop);
          if (prop === 'getEntireColumn' || prop === 'getEntireRow' || prop === 'insert')
            return (...args: unknown[]) => call(prop, args);
          if (typeof prop === 'string' && RANGE_LOADABLE.has(prop)) {
            if (!mock) throw new OfficeError('PropertyNotLoaded', `range.${prop}`);
            const value = (mock as unknown as Record<string, unknown>)[prop];
            if (typeof value === 'string' && NOT_LOADED.includes(value))
              throw new OfficeError('PropertyNotLoaded', `range.${prop}: ${value}`);
            return value;
          }
          throw new Error(`fake Excel: unsupported range member ${String(prop)}`);
        },
        set(_target, prop, value) {
          set(String(prop), value);
          return true;
        },
      },
    );
    // A nullable range (getUsedRangeOrNullObject) learns isNullObject at the next sync even unloaded.
    if (nullable) {
      fake.enqueue('usedRange', () => {
        const sheet = fake.resolve(ref, 'usedRange');
        isNull = !sheet || locate(sheet) === null;
      });
    }
    return range;
  }

  /** The sheet and address a range proxy stands for, when an operation runs. */
  private rangeRef(range: unknown, forWhat: string): RangeRefData {
    const info = (range as Record<symbol, unknown> | null)?.[RANGE_INFO] as
      { located: (forWhat: string) => { sheet: FakeSheet; rect: Rect } | null } | undefined;
    if (!info) throw new Error(`fake Excel: ${forWhat} needs a Range`);
    const target = info.located(forWhat);
    if (!target) throw new OfficeError('InvalidArgument', `${forWhat}: a null range`);
    return { sheet: target.sheet.name, address: address(target.rect) };
  }

  /** worksheet.charts: add, load('items/name') and the loaded items' name and delete(). */
  private chartCollection(ref: SheetRef) {
    const fake = this;
    let items: { name: string; delete(): void; activate(): void }[] | undefined;
    let isNull: boolean | undefined;
    return {
      load(what: string) {
        if (what !== 'items/name') throw new Error(`fake Excel: unsupported charts.load(${what})`);
        fake.enqueue(`charts.load(${ref.name})`, () => {
          const sheet = fake.resolve(ref, 'charts.load');
          isNull = sheet === null;
          items = (sheet?.charts ?? []).map((chart) => ({
            name: chart.name,
            activate: () =>
              fake.enqueue(`chart.activate(${chart.name})`, () => {
                if (!sheet!.charts.includes(chart)) throw new OfficeError('ItemNotFound', `chart ${chart.name}`);
                fake.activeSheet = sheet!.name;
                fake.activeChart = { sheet: sheet!.name, name: chart.name };
              }),
            delete: () =>
              fake.enqueue(`chart.delete(${chart.name})`, () => {
                const index = sheet!.charts.indexOf(chart);
                if (index < 0) throw new OfficeError('ItemNotFound', `chart ${chart.name}`);
                sheet!.charts.splice(index, 1);
              }),
          }));
        });
      },
      get isNullObject() {
        if (isNull === undefined) throw new OfficeError('PropertyNotLoaded', 'charts.isNullObject before sync');
        return isNull;
      },
      get items() {
        if (!items) throw new OfficeError('PropertyNotLoaded', 'charts.items');
        if (isNull) throw new OfficeError('InvalidArgument', 'charts of a null object');
        return items;
      },
      add: (type: string, sourceData: unknown, seriesBy?: string) => {
        if (!CHART_TYPES.has(type)) throw new Error(`fake Excel: unsupported chart type ${type}`);
        if (seriesBy !== 'Columns') throw new Error('fake Excel: only charts.add(type, range, "Columns") is modelled');
        let chart: FakeChart | undefined;
        fake.enqueue(`charts.add(${ref.name}, ${type})`, () => {
          const sheet = fake.resolve(ref, 'charts.add');
          if (!sheet) throw new OfficeError('InvalidArgument', 'charts.add on a null object');
          const source = fake.rangeRef(sourceData, 'charts.add');
          const rect = parseAddress(source.address);
          // Series by columns: one series per column of the source.
          const series = Array.from({ length: rect.columns }, (_, c) => ({
            values: { sheet: source.sheet, address: address({ ...rect, column: rect.column + c, columns: 1 }) },
          }));
          chart = {
            name: `Chart ${sheet.charts.length + 1}`,
            type,
            seriesBy,
            source,
            valueAxis: {},
            categoryAxis: {},
            series,
          };
          sheet.charts.push(chart);
        });
        const created = (forWhat: string): FakeChart => {
          if (!chart) throw new OfficeError('InvalidArgument', `${forWhat} before the chart exists`);
          return chart;
        };
        return fake.chartProxy(created);
      },
    };
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a Proxy standing in for Excel.Chart: the code under test reads any of its members
  private chartProxy(created: (forWhat: string) => FakeChart): any {
    const fake = this;
    /** A point of a series: its data label (hasDataLabel, dataLabel.showSeriesName / showValue). */
    const POINT_SETTABLE = new Set(['hasDataLabel', 'dataLabel.showSeriesName', 'dataLabel.showValue']);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a Proxy standing in for Excel.ChartPoint: the code under test reads any of its members
    const pointProxy = (locate: (forWhat: string) => FakeChartSeries, index: number): any => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a nested Office object (dataLabel)
      const nested = (path: string): any =>
        new Proxy(() => undefined, {
          get: (_target, prop) =>
            prop === 'then' ? undefined : nested(path ? `${path}.${String(prop)}` : String(prop)),
          set: (_target, prop, value) => {
            const full = path ? `${path}.${String(prop)}` : String(prop);
            if (!POINT_SETTABLE.has(full)) throw new Error(`fake Excel: unsupported point property ${full}`);
            fake.enqueue(`point.${full}`, () => {
              const series = locate(full);
              const rect = parseAddress(series.values.address);
              if (index < 0 || index >= rect.rows * rect.columns)
                throw new OfficeError('ItemNotFound', `point ${index}`);
              const labels = (series.pointLabels ??= {});
              const label = (labels[index] ??= {});
              const key = full.replace('dataLabel.', '') as 'hasDataLabel' | 'showSeriesName' | 'showValue';
              label[key] = Boolean(value);
            });
            return true;
          },
          apply: () => {
            throw new Error(`fake Excel: unsupported point method ${path}()`);
          },
        });
      return nested('');
    };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a Proxy standing in for Excel.ChartSeries: the code under test reads any of its members
    const seriesProxy = (locate: (forWhat: string) => FakeChartSeries): any => {
      const call = (path: string, args: unknown[]) => {
        if ((path === 'setValues' || path === 'setXAxisValues') && args.length === 1) {
          fake.enqueue(`series.${path}`, () => {
            const series = locate(path);
            const ref = fake.rangeRef(args[0], path);
            if (path === 'setValues') series.values = ref;
            else series.xValues = ref;
          });
          return undefined;
        }
        if (path === 'points.getItemAt' && args.length === 1) return pointProxy(locate, Number(args[0]));
        if (path === 'format.fill.setSolidColor' && args.length === 1) {
          fake.enqueue('series.fill', () => {
            locate('fill').fill = String(args[0]);
          });
          return undefined;
        }
        throw new Error(`fake Excel: unsupported series method ${path}()`);
      };
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a Proxy for a nested Office object (format, font, axes…): any member may be read
      const nested = (path: string): any =>
        new Proxy(() => undefined, {
          get: (_target, prop) =>
            prop === 'then' ? undefined : nested(path ? `${path}.${String(prop)}` : String(prop)),
          set: (_target, prop, value) => {
            const full = path ? `${path}.${String(prop)}` : String(prop);
            const setter = SERIES_SETTABLE[full];
            if (!setter) throw new Error(`fake Excel: unsupported series property ${full}`);
            fake.enqueue(`series.${full}`, () => {
              setter(locate(full), value);
            });
            return true;
          },
          apply: (_target, _this, args) => call(path, args),
        });
      return nested('');
    };
    const call = (path: string, args: unknown[]): unknown => {
      if (path === 'delete' && args.length === 0) {
        fake.enqueue('chart.delete', () => {
          const chart = created('delete');
          for (const sheet of fake.sheets) {
            const index = sheet.charts.indexOf(chart);
            if (index >= 0) sheet.charts.splice(index, 1);
          }
        });
        return undefined;
      }
      if (path === 'setPosition' && args.length >= 1) {
        if (args.some((arg) => typeof arg !== 'string'))
          throw new Error('fake Excel: only setPosition with addresses is modelled');
        fake.enqueue('chart.setPosition', () => {
          created('setPosition').position = {
            start: String(args[0]),
            ...(args[1] !== undefined ? { end: String(args[1]) } : {}),
          };
        });
        return undefined;
      }
      if (path === 'series.getItemAt' && args.length === 1) {
        const index = Number(args[0]);
        return seriesProxy((forWhat) => {
          const series = created(forWhat).series[index];
          if (!series) throw new OfficeError('ItemNotFound', `series ${index}`);
          return series;
        });
      }
      if (path === 'series.add' && args.length >= 1) {
        let added: FakeChartSeries | undefined;
        fake.enqueue('series.add', () => {
          const chart = created('series.add');
          // A new series starts without values until setValues (Excel shows it empty).
          added = { name: String(args[0]), values: { sheet: '', address: '' } };
          chart.series.push(added);
        });
        return seriesProxy((forWhat) => {
          if (!added) throw new OfficeError('InvalidArgument', `${forWhat} before series.add`);
          return added;
        });
      }
      throw new Error(`fake Excel: unsupported chart method ${path}()`);
    };
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a Proxy for a nested Office object (format, font, axes…): any member may be read
    const nested = (path: string): any =>
      new Proxy(() => undefined, {
        get: (_target, prop) => (prop === 'then' ? undefined : nested(path ? `${path}.${String(prop)}` : String(prop))),
        set: (_target, prop, value) => {
          const full = path ? `${path}.${String(prop)}` : String(prop);
          const setter = CHART_SETTABLE[full];
          if (!setter) throw new Error(`fake Excel: unsupported chart property ${full}`);
          fake.enqueue(`chart.${full}`, () => {
            setter(created(full), value);
          });
          return true;
        },
        apply: (_target, _this, args) => call(path, args),
      });
    return nested('');
  }

  /**
   * range.conditionalFormats: add('ColorScale') with colorScale.criteria, load('items/type') or
   * load('items/type,items/colorScaleOrNullObject/criteria') (the criteria of a colour scale, a
   * null object for other types; unloaded, reading them throws), delete().
   */
  private conditionalFormatCollection(located: (forWhat: string) => { sheet: FakeSheet; rect: Rect } | null) {
    const fake = this;
    let items: { type: string; readonly colorScaleOrNullObject: unknown; delete(): void }[] | undefined;
    return {
      load(what: string) {
        const paths = what.split(',').map((path) => path.trim());
        if (paths.some((path) => path !== 'items/type' && path !== 'items/colorScaleOrNullObject/criteria')) {
          throw new Error(`fake Excel: unsupported conditionalFormats.load(${what})`);
        }
        const withCriteria = paths.includes('items/colorScaleOrNullObject/criteria');
        fake.enqueue('conditionalFormats.load', () => {
          const target = located('conditionalFormats.load');
          // The collection of a range holds the formats that intersect it.
          items = (target?.sheet.conditionalFormats ?? [])
            .filter((format) => intersects(format.rect, target!.rect))
            .map((format) => ({
              type: format.type,
              get colorScaleOrNullObject() {
                if (!withCriteria) throw new OfficeError('PropertyNotLoaded', 'colorScaleOrNullObject');
                const isColorScale = format.type === 'ColorScale';
                return {
                  isNullObject: !isColorScale,
                  get criteria() {
                    if (!isColorScale) throw new OfficeError('InvalidArgument', 'criteria of a null object');
                    return JSON.parse(JSON.stringify(format.criteria ?? {}));
                  },
                };
              },
              delete: () =>
                fake.enqueue('conditionalFormat.delete', () => {
                  const index = target!.sheet.conditionalFormats.indexOf(format);
                  if (index < 0) throw new OfficeError('ItemNotFound', 'conditional format');
                  target!.sheet.conditionalFormats.splice(index, 1);
                }),
            }));
        });
      },
      get items() {
        if (!items) throw new OfficeError('PropertyNotLoaded', 'conditionalFormats.items');
        return items;
      },
      add(type: string) {
        if (type !== 'ColorScale') throw new Error(`fake Excel: unsupported conditional format type ${type}`);
        let format: FakeConditionalFormat | undefined;
        fake.enqueue('conditionalFormats.add(ColorScale)', () => {
          const target = located('conditionalFormats.add');
          if (!target) throw new OfficeError('InvalidArgument', 'conditionalFormats.add on a null object');
          format = { address: address(target.rect), rect: target.rect, type };
          target.sheet.conditionalFormats.push(format);
        });
        return {
          colorScale: {
            set criteria(value: unknown) {
              fake.enqueue('colorScale.criteria', () => {
                if (!format) throw new OfficeError('InvalidArgument', 'criteria before add');
                format.criteria = value;
              });
            },
          },
        };
      },
    };
  }

  /** Inserting cells in place of `rect`: what is in its columns at or below its top moves down by its height. */
  private shiftDown(sheet: FakeSheet, rect: Rect): void {
    const move = <T>(map: Map<string, T>) => {
      const moved = [...map.entries()].map(([key, value]) => {
        const [r, c] = key.split(',').map(Number) as [number, number];
        const shifts = r >= rect.row && c >= rect.column && c < rect.column + rect.columns;
        return [shifts ? `${r + rect.rows},${c}` : key, value] as const;
      });
      map.clear();
      for (const [key, value] of moved) map.set(key, value);
    };
    const moveSet = (set: Set<string>) => {
      const keys = new Map([...set].map((key) => [key, true as const]));
      move(keys);
      set.clear();
      for (const key of keys.keys()) set.add(key);
    };
    move(sheet.cells);
    move(sheet.shows);
    move(sheet.numberFormats);
    moveSet(sheet.formulaCells);
    moveSet(sheet.quotePrefixed);
  }

  private rangeData(sheet: FakeSheet, rect: Rect) {
    const formulas: Cell[][] = [];
    const values: Cell[][] = [];
    const engine = this.calculator();
    for (let r = 0; r < rect.rows; r++) {
      const formulaRow: Cell[] = [];
      const valueRow: Cell[] = [];
      for (let c = 0; c < rect.columns; c++) {
        const key = `${rect.row + r},${rect.column + c}`;
        // Text reads without its quote prefix through both properties.
        formulaRow.push(sheet.cells.get(key) ?? '');
        const shown = sheet.shows.get(key);
        if (shown !== undefined) valueRow.push(shown);
        else
          valueRow.push(
            sheet.formulaCells.has(key)
              ? shownValue(engine.value(sheet.name, rect.row + r, rect.column + c))
              : (sheet.cells.get(key) ?? ''),
          );
      }
      formulas.push(formulaRow);
      values.push(valueRow);
    }
    return { formulas, values, rowIndex: rect.row, columnIndex: rect.column, address: address(rect) };
  }

  /** The add-in's formula engine over the fake's cells as they are now (formulas calculate as Excel would). */
  private calculator(): FormulaBook {
    return new FormulaBook({
      hasSheet: (name) => this.find(name) !== undefined,
      raw: (name, row, column) => {
        const sheet = this.find(name);
        const key = `${row},${column}`;
        const content = sheet?.cells.get(key);
        if (!sheet || content === undefined) return null;
        if (sheet.formulaCells.has(key)) return content;
        // Literal text that looks like a formula or starts with an apostrophe keeps the engine's quote prefix.
        return typeof content === 'string' && (content.startsWith('=') || content.startsWith("'"))
          ? `'${content}`
          : content;
      },
    });
  }

  private applySet(sheet: FakeSheet, rect: Rect, path: string, value: unknown): void {
    if (MATRIX_PROPERTIES.has(path) && Array.isArray(value)) {
      const rows = value as unknown[][];
      if (rows.length !== rect.rows || rows.some((row) => !Array.isArray(row) || row.length !== rect.columns)) {
        throw new OfficeError(
          'InvalidArgument',
          `${path}: a ${rows.length}×${(rows[0] as unknown[] | undefined)?.length} array for ${address(rect)}`,
        );
      }
    }
    sheet.sets.push({ address: address(rect), path, value });
    if (path === 'formulas' || path === 'values') {
      const rows = Array.isArray(value)
        ? (value as unknown[][])
        : Array.from({ length: rect.rows }, () => new Array(rect.columns).fill(value));
      rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell === null || cell === undefined) return; // Office leaves null cells unchanged
          const key = `${rect.row + r},${rect.column + c}`;
          sheet.shows.delete(key);
          if (cell === '') this.clearCell(sheet, key);
          else this.put(sheet, key, enter(cell as Cell, sheet.numberFormats.get(key) === '@'));
        }),
      );
    } else if (path === 'numberFormat') {
      const rows = Array.isArray(value)
        ? (value as unknown[][])
        : Array.from({ length: rect.rows }, () => new Array(rect.columns).fill(value));
      rows.forEach((row, r) =>
        row.forEach((format, c) => sheet.numberFormats.set(`${rect.row + r},${rect.column + c}`, String(format))),
      );
    } else if (path === 'format.columnWidth') {
      for (let c = 0; c < rect.columns; c++) sheet.columnWidths.set(rect.column + c, value as number);
    } else if (path === 'columnHidden') {
      for (let c = 0; c < rect.columns; c++) {
        if (value) sheet.hiddenColumns.add(rect.column + c);
        else sheet.hiddenColumns.delete(rect.column + c);
      }
    } else if (path.startsWith('dataValidation.')) {
      const key = address(rect);
      const entry = sheet.validations.get(key) ?? {};
      if (path === 'dataValidation.rule' && entry.rule !== undefined) {
        throw new OfficeError('InvalidOperation', `a data validation rule already exists at ${key}; clear it first`);
      }
      (entry as Record<string, unknown>)[path.slice('dataValidation.'.length)] = value;
      sheet.validations.set(key, entry);
    }
  }
}
