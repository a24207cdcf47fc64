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
 * - shape checks Office makes: a 2-D array written to a range must match its size.
 *
 * Anything the add-in does that is not modelled throws "fake Excel: unsupported …", so a new API
 * use cannot pass the tests silently.
 */
import { OfficeMockObject } from 'office-addin-mock';

export type Cell = string | number | boolean;

export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface FakeSheet {
  name: string;
  /** "row,column" (0-based) → formula text or value. Empty cells are absent. */
  cells: Map<string, Cell>;
  /** Every property set on a range of this sheet, in order: address, property path, value. */
  sets: { address: string; path: string; value: unknown }[];
  /** Data validation by address (after clear + rule/errorAlert/prompt). */
  validations: Map<string, { rule?: unknown; errorAlert?: unknown; prompt?: unknown }>;
  /** Column widths in points, by 0-based column. */
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  frozenRows: number;
  pageLayout: { orientation?: unknown; zoom?: unknown };
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
  constructor(readonly code: string, message: string) {
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

function address(rect: Rect): string {
  const start = a1(rect.row, rect.column);
  return rect.rows === 1 && rect.columns === 1 ? start : `${start}:${a1(rect.row + rect.rows - 1, rect.column + rect.columns - 1)}`;
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
const MATRIX_PROPERTIES = new Set(['formulas', 'values', 'numberFormat']);

type Op = () => void | Promise<void>;

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
  /** A readable log of executed operations. */
  readonly log: string[] = [];
  private readonly nullObjects: 'propagate' | 'reject';
  private queue: { describe: string; run: Op }[] = [];
  /** When set, the next operation whose description matches fails with this code. */
  failNext: { match: RegExp; code: string } | null = null;

  constructor(options: FakeExcelOptions = {}) {
    this.nullObjects = options.nullObjects ?? 'propagate';
    for (const [name, rows] of Object.entries(options.sheets ?? {})) {
      const sheet = this.newSheet(name);
      rows.forEach((row, r) =>
        row.forEach((value, c) => {
          if (value !== null && value !== '') sheet.cells.set(`${r},${c}`, value);
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

  /** Sets of one property path on a sheet, e.g. 'format.font.bold'. */
  setsOf(sheetName: string, path: string): { address: string; value: unknown }[] {
    return this.sheet(sheetName).sets.filter((set) => set.path === path).map(({ address: at, value }) => ({ address: at, value }));
  }

  private find(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  private newSheet(name: string): FakeSheet {
    const sheet: FakeSheet = {
      name,
      cells: new Map(),
      sets: [],
      validations: new Map(),
      columnWidths: new Map(),
      hiddenColumns: new Set(),
      frozenRows: 0,
      pageLayout: {},
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
    if (this.nullObjects === 'reject') throw new OfficeError('InvalidArgument', `operation on a null object (${forWhat})`);
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
        if (what !== 'items/name' && what !== 'items') throw new Error(`fake Excel: unsupported worksheets.load(${what})`);
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
      activate: () =>
        fake.enqueue(`activate(${ref.name})`, () => {
          const sheet = fake.resolve(ref, 'activate');
          if (sheet) fake.activeSheet = sheet.name;
        }),
    };
  }

  private usedRange(sheet: FakeSheet): Rect | null {
    let top = Infinity, left = Infinity, bottom = -1, right = -1;
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
      if (path === 'getEntireColumn' && args.length === 0) {
        return fake.rangeProxy(ref, (sheet) => {
          const rect = locate(sheet);
          return rect ? { row: 0, column: rect.column, rows: 1_048_576, columns: rect.columns } : null;
        });
      }
      throw new Error(`fake Excel: unsupported range method ${path}()`);
    };
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
                const data = target ? fake.rangeData(target.sheet, target.rect) : { formulas: undefined, values: undefined, rowIndex: undefined, columnIndex: undefined, address: undefined };
                const loaded = new OfficeMockObject(data as any);
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
          if (prop === 'getEntireColumn') return (...args: unknown[]) => call('getEntireColumn', args);
          if (typeof prop === 'string' && RANGE_LOADABLE.has(prop)) {
            if (!mock) throw new OfficeError('PropertyNotLoaded', `range.${prop}`);
            const value = (mock as any)[prop];
            if (typeof value === 'string' && NOT_LOADED.includes(value)) throw new OfficeError('PropertyNotLoaded', `range.${prop}: ${value}`);
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

  private rangeData(sheet: FakeSheet, rect: Rect) {
    const formulas: Cell[][] = [];
    for (let r = 0; r < rect.rows; r++) {
      const row: Cell[] = [];
      for (let c = 0; c < rect.columns; c++) row.push(sheet.cells.get(`${rect.row + r},${rect.column + c}`) ?? '');
      formulas.push(row);
    }
    // The fake does not calculate: a formula's value is reported as its text.
    return { formulas, values: formulas.map((row) => [...row]), rowIndex: rect.row, columnIndex: rect.column, address: address(rect) };
  }

  private applySet(sheet: FakeSheet, rect: Rect, path: string, value: unknown): void {
    if (MATRIX_PROPERTIES.has(path) && Array.isArray(value)) {
      const rows = value as unknown[][];
      if (rows.length !== rect.rows || rows.some((row) => !Array.isArray(row) || row.length !== rect.columns)) {
        throw new OfficeError('InvalidArgument', `${path}: a ${rows.length}×${(rows[0] as unknown[] | undefined)?.length} array for ${address(rect)}`);
      }
    }
    sheet.sets.push({ address: address(rect), path, value });
    if (path === 'formulas' || path === 'values') {
      const rows = Array.isArray(value) ? (value as unknown[][]) : Array.from({ length: rect.rows }, () => new Array(rect.columns).fill(value));
      rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell === null || cell === undefined) return; // Office leaves null cells unchanged
          const key = `${rect.row + r},${rect.column + c}`;
          if (cell === '') sheet.cells.delete(key);
          else sheet.cells.set(key, cell as Cell);
        }),
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
