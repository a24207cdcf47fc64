/**
 * A spreadsheet formula engine for the formulas the add-in writes into sheets: the score
 * sheet's native formulas and the wired score cells (`=IPS.CASELOAD(IF('Ansatte'!$A$3:$A$2000="",
 * "",COUNTIFS(…)),…)`), in Excel (IPS.NAME) or Google Sheets (IPS_NAME, ARRAYFORMULA) syntax.
 *
 * It evaluates with array semantics as Excel 365 and Sheets' ARRAYFORMULA do: operators and IF
 * work element by element over ranges, COUNTIFS takes a range of criteria and gives one count per
 * criterion, SUMPRODUCT sums an array. IPS.* calls go to the function table (FUNCTIONS) exactly as
 * the hosts' custom functions do, and their typed errors become #VALUE!, #NUM!, #N/A or #DIV/0!.
 *
 * Pure: cells come from a CellReader, so the same engine is the preview's only calculator (its
 * in-memory workbook, src/preview/memory-workbook.ts, computes every cell with FormulaBook), and
 * serves the tests that check the wiring formulas' text against the manual's worked examples and
 * the recalculation measurement over large tables. Blanks are 0 in arithmetic and "" in text;
 * text and logicals in references are ignored by SUM, AVERAGE, MIN, MAX, AND and OR (not typed
 * arguments); errors propagate; ROUND rounds half away from zero.
 *
 * Supported: numbers, text, TRUE/FALSE, error literals, A1 references and ranges (absolute or
 * not, sheet-qualified), array constants, + - * / ^ & = <> < <= > >= %, and SUM, COUNT, COUNTA,
 * AVERAGE, MIN, MAX, ROUND, ROUNDUP, ROUNDDOWN, INT, ABS, IF, IFERROR, AND, OR, NOT, ISNUMBER,
 * ISTEXT, ISBLANK, ISERROR, LEN, CONCATENATE, SUBSTITUTE, LOOKUP, COUNTIF, COUNTIFS, MAXIFS, MINIFS,
 * SUMPRODUCT, EDATE, TODAY, YEAR, MONTH, DAY, ARRAYFORMULA and every function of the function table.
 *
 * Split by concern: values.ts, parse.ts, evaluate.ts, functions.ts, criteria.ts; this file holds
 * the workbook of formulas (FormulaBook) that the preview and the test fakes compute with.
 */
import { evaluateNode, type CellReader, type EngineOptions } from './evaluate';
import { parseSheetFormula, type FormulaNode } from './parse';
import { isRawFormula, rawLiteral, type RawCell } from './raw-cell';
import { SheetError, firstScalar, type Grid, type Scalar, type Value } from './values';

// ---- a workbook of formulas -----------------------------------------------------------------------

/**
 * The raw contents of the cells: values, formula text starting with "=", or literal text behind
 * a quote prefix ("'=1+1" is the text "=1+1"), see raw-cell.ts.
 */
export interface RawCells {
  raw(sheet: string, row: number, column: number): RawCell;
  hasSheet(sheet: string): boolean;
}

/** A rectangle of cells a formula read. */
interface Precedent {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

const holds = (rect: { row: number; column: number; rows: number; columns: number }, row: number, column: number) =>
  row >= rect.row && row < rect.row + rect.rows && column >= rect.column && column < rect.column + rect.columns;

/** What FormulaBook keeps per sheet: computed formula cells, what each read, and ranges read. */
interface SheetCache {
  /** By row * MAX_COLUMNS + column. */
  readonly values: Map<number, Scalar>;
  /** The cells and ranges each computed formula cell read (same keys). */
  readonly precedents: Map<number, Precedent[]>;
  readonly ranges: Map<
    string,
    {
      readonly row: number;
      readonly column: number;
      readonly rows: number;
      readonly columns: number;
      readonly grid: Grid;
    }
  >;
}

/** Excel's last column is XFD (16 384 columns): a cell's key in a sheet's cache. */
const MAX_COLUMNS = 16_384;

/**
 * Computes the cells of a workbook held as raw values and formula text, with a value cache per
 * sheet, parsed formulas kept, ranges read once per recalculation, and circular references
 * reported as #REF!.
 *
 * After a change the caller says what changed, and only what depends on it is computed again:
 * - changed(sheet, row, column), one cell (a user's edit): that cell, the ranges holding it, and
 *   every formula cell that read it (directly or through other formula cells) are forgotten. Typing
 *   a consensus into a score sheet recomputes its total, not the wired cells over 50 000 table rows.
 * - clear(sheets), whole sheets (a plan written): their computed values and those of every sheet
 *   whose formulas read them (directly or through other sheets).
 * - clear(): everything.
 */
export class FormulaBook {
  private readonly caches = new Map<string, SheetCache>();
  /** For each sheet, the sheets whose formulas read it (kept across clears: it only widens a clear). */
  private readonly readers = new Map<string, Set<string>>();
  private readonly parsed = new Map<string, FormulaNode | SheetError>();
  private readonly evaluating = new Set<string>();
  /** Formula cells evaluated since construction (for measurements). */
  evaluations = 0;

  constructor(
    private readonly cells: RawCells,
    private readonly options: EngineOptions = {},
  ) {}

  /** Forgets computed values: of the given sheets and the sheets that read them, or (no argument) of all. */
  clear(sheets?: Iterable<string>): void {
    if (sheets === undefined) {
      this.caches.clear();
      return;
    }
    const stale = new Set<string>();
    const queue = [...sheets];
    while (queue.length > 0) {
      const sheet = queue.pop()!;
      if (stale.has(sheet)) continue;
      stale.add(sheet);
      for (const reader of this.readers.get(sheet) ?? []) queue.push(reader);
    }
    for (const sheet of stale) this.caches.delete(sheet);
  }

  /** After one cell's contents changed: forgets it, the ranges holding it and every formula cell that read it. */
  changed(sheet: string, row: number, column: number): void {
    const queue: [string, number, number][] = [[sheet, row, column]];
    while (queue.length > 0) {
      const [at, r, c] = queue.pop()!;
      const own = this.caches.get(at);
      if (own) {
        const key = r * MAX_COLUMNS + c;
        own.values.delete(key);
        own.precedents.delete(key);
        for (const [id, range] of own.ranges) if (holds(range, r, c)) own.ranges.delete(id);
      }
      for (const [name, cache] of this.caches) {
        for (const [key, rects] of cache.precedents) {
          if (!rects.some((rect) => rect.sheet === at && holds(rect, r, c))) continue;
          // Forgotten now, so it is queued once.
          cache.values.delete(key);
          cache.precedents.delete(key);
          queue.push([name, Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS]);
        }
      }
    }
  }

  /** The computed value of a cell: blank null, errors SheetError; a formula's blank result shows 0. */
  value(sheet: string, row: number, column: number): Scalar {
    const raw = this.cells.raw(sheet, row, column);
    if (!isRawFormula(raw)) return rawLiteral(raw);
    const text = raw as string;
    const cache = this.cacheOf(sheet);
    const key = row * MAX_COLUMNS + column;
    const cached = cache.values.get(key);
    if (cached !== undefined) return cached;
    const busy = `${sheet}\u0000${key}`;
    if (this.evaluating.has(busy)) return new SheetError('#REF!', 'circular reference');
    this.evaluating.add(busy);
    const read: Precedent[] = [];
    let result: Scalar;
    try {
      const node = this.parse(text);
      if (node instanceof SheetError) result = node;
      else {
        this.evaluations++;
        const computed = evaluateNode(node, this.reader(sheet, read), this.options);
        result = firstScalar(computed);
        if (result === null) result = 0;
      }
    } finally {
      this.evaluating.delete(busy);
    }
    cache.values.set(key, result);
    cache.precedents.set(key, read);
    return result;
  }

  /** Evaluates formula text as if it stood in a cell of `sheet` (not cached). */
  evaluate(formula: string, sheet: string): Value {
    const node = this.parse(formula);
    return node instanceof SheetError ? node : evaluateNode(node, this.reader(sheet, []), this.options);
  }

  private cacheOf(sheet: string): SheetCache {
    let cache = this.caches.get(sheet);
    if (!cache) {
      cache = { values: new Map(), precedents: new Map(), ranges: new Map() };
      this.caches.set(sheet, cache);
    }
    return cache;
  }

  private dependOn(reader: string, target: string): void {
    if (reader === target) return;
    let set = this.readers.get(target);
    if (!set) {
      set = new Set();
      this.readers.set(target, set);
    }
    set.add(reader);
  }

  /** Reads cells for a formula in `sheet`, noting in `read` what it read. */
  private reader(sheet: string, read: Precedent[]): CellReader {
    return {
      value: (other, row, column) => {
        const target = other ?? sheet;
        // Noted before the sheet exists too: adding it later must recompute this one.
        this.dependOn(sheet, target);
        read.push({ sheet: target, row, column, rows: 1, columns: 1 });
        if (!this.cells.hasSheet(target)) return new SheetError('#REF!', `no sheet ${target}`);
        return this.value(target, row, column);
      },
      range: (other, row, column, rows, columns) => {
        const target = other ?? sheet;
        this.dependOn(sheet, target);
        read.push({ sheet: target, row, column, rows, columns });
        const cache = this.cacheOf(target);
        const key = `${row}\u0000${column}\u0000${rows}\u0000${columns}`;
        const cached = cache.ranges.get(key);
        if (cached) return cached.grid;
        const data = new Array<Scalar>(rows * columns);
        if (!this.cells.hasSheet(target)) data.fill(new SheetError('#REF!', `no sheet ${target}`));
        else
          for (let r = 0; r < rows; r++)
            for (let c = 0; c < columns; c++) data[r * columns + c] = this.value(target, row + r, column + c);
        const grid: Grid = { rows, columns, data, fromRange: true };
        cache.ranges.set(key, { row, column, rows, columns, grid });
        return grid;
      },
    };
  }

  private parse(formula: string): FormulaNode | SheetError {
    let node = this.parsed.get(formula);
    if (!node) {
      try {
        node = parseSheetFormula(formula);
      } catch (error) {
        node = new SheetError('#NAME?', error instanceof Error ? error.message : String(error));
      }
      this.parsed.set(formula, node);
    }
    return node;
  }
}
