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
 * ISTEXT, ISBLANK, ISERROR, LEN, CONCATENATE, LOOKUP, COUNTIF, COUNTIFS, SUMPRODUCT, EDATE, YEAR,
 * MONTH, DAY, ARRAYFORMULA and every function of the function table.
 */
import type { CellArg, CellValue } from '../functions/cells';
import { invokeSafely } from '../functions/invoke';
import { FUNCTIONS } from '../functions/table';
import type { FunctionSpec } from '../functions/types';
import { isRawFormula, rawLiteral, type RawCell } from '../sheets/raw-cell';

// ---- values ------------------------------------------------------------------------------------

export type SheetErrorCode = '#VALUE!' | '#N/A' | '#NUM!' | '#DIV/0!' | '#REF!' | '#NAME?' | '#NULL!';

/** A spreadsheet error value; `detail` says why (the IPS function's message, for one). */
export class SheetError {
  constructor(
    readonly code: SheetErrorCode,
    readonly detail = '',
  ) {}
  toString(): string {
    return this.code;
  }
}

/** A computed cell value; null is a blank cell. */
export type Scalar = number | string | boolean | null | SheetError;

/** A rectangle of values, row-major. `fromRange` marks values read from cells (not computed). */
export interface Grid {
  readonly rows: number;
  readonly columns: number;
  readonly data: readonly Scalar[];
  readonly fromRange?: boolean;
}

export type Value = Scalar | Grid;

export function isSheetError(value: unknown): value is SheetError {
  return value instanceof SheetError;
}

export function isGrid(value: Value): value is Grid {
  return typeof value === 'object' && value !== null && !(value instanceof SheetError);
}

const grid = (rows: number, columns: number, data: Scalar[]): Grid => ({ rows, columns, data });

// ---- syntax ------------------------------------------------------------------------------------

export type FormulaNode =
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'boolean'; readonly value: boolean }
  | { readonly type: 'error'; readonly code: SheetErrorCode }
  | { readonly type: 'missing' }
  | { readonly type: 'ref'; readonly sheet?: string; readonly row: number; readonly column: number }
  | { readonly type: 'range'; readonly sheet?: string; readonly row: number; readonly column: number; readonly row2: number; readonly column2: number }
  | { readonly type: 'call'; readonly name: string; readonly args: readonly FormulaNode[] }
  | { readonly type: 'binary'; readonly op: string; readonly left: FormulaNode; readonly right: FormulaNode }
  | { readonly type: 'unary'; readonly op: '-' | '+'; readonly operand: FormulaNode }
  | { readonly type: 'percent'; readonly operand: FormulaNode }
  | { readonly type: 'array'; readonly rows: readonly (readonly Scalar[])[] };

export class FormulaParseError extends Error {}

type Token =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'ref'; readonly sheet?: string; readonly row: number; readonly column: number }
  | { readonly kind: 'name'; readonly value: string }
  | { readonly kind: 'error'; readonly code: SheetErrorCode }
  | { readonly kind: 'op'; readonly value: string };

const ERROR_LITERALS: readonly SheetErrorCode[] = ['#DIV/0!', '#VALUE!', '#NAME?', '#NULL!', '#REF!', '#NUM!', '#N/A'];

function columnNumber(letters: string): number {
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

const REF = /^\$?([A-Za-z]{1,3})\$?(\d+)(?![A-Za-z0-9_(.])/;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i]!;
    if (char === ' ' || char === '\n' || char === '\t' || char === '\r') {
      i++;
      continue;
    }
    const rest = source.slice(i, i + 300);
    if (char === '"') {
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= source.length) throw new FormulaParseError('unterminated text');
        if (source[j] === '"') {
          if (source[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          break;
        }
        value += source[j];
        j++;
      }
      tokens.push({ kind: 'string', value });
      i = j + 1;
      continue;
    }
    if (char === '#') {
      const code = ERROR_LITERALS.find((candidate) => rest.toUpperCase().startsWith(candidate));
      if (!code) throw new FormulaParseError(`unknown error literal at ${rest.slice(0, 10)}`);
      tokens.push({ kind: 'error', code });
      i += code.length;
      continue;
    }
    const number = /^(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?/.exec(rest);
    // Not a number when letters follow (1E5 is one; 2025A… is not).
    if (number && !/^[A-Za-z_!]/.test(rest.slice(number[0].length))) {
      tokens.push({ kind: 'number', value: Number(number[0]) });
      i += number[0].length;
      continue;
    }
    if (char === "'") {
      const quoted = /^'((?:[^']|'')+)'!/.exec(source.slice(i));
      if (!quoted) throw new FormulaParseError('a quoted sheet name must be followed by !');
      const ref = REF.exec(source.slice(i + quoted[0].length));
      if (!ref) throw new FormulaParseError(`expected a cell reference after ${quoted[0]}`);
      tokens.push({ kind: 'ref', sheet: quoted[1]!.replace(/''/g, "'"), row: Number(ref[2]) - 1, column: columnNumber(ref[1]!) });
      i += quoted[0].length + ref[0].length;
      continue;
    }
    const bare = /^([A-Za-z_][A-Za-z0-9_.]*)!/.exec(rest);
    if (bare) {
      const ref = REF.exec(source.slice(i + bare[0].length));
      if (!ref) throw new FormulaParseError(`expected a cell reference after ${bare[0]}`);
      tokens.push({ kind: 'ref', sheet: bare[1]!, row: Number(ref[2]) - 1, column: columnNumber(ref[1]!) });
      i += bare[0].length + ref[0].length;
      continue;
    }
    const ref = REF.exec(rest);
    if (ref) {
      tokens.push({ kind: 'ref', row: Number(ref[2]) - 1, column: columnNumber(ref[1]!) });
      i += ref[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest);
    if (name) {
      tokens.push({ kind: 'name', value: name[0].toUpperCase() });
      i += name[0].length;
      continue;
    }
    const op = /^(<>|<=|>=|[-+*/^&=<>(),;:{}%])/.exec(rest);
    if (op) {
      tokens.push({ kind: 'op', value: op[0] });
      i += op[0].length;
      continue;
    }
    throw new FormulaParseError(`unexpected character "${char}"`);
  }
  return tokens;
}

/** Parses a formula (with or without the leading "="). Throws FormulaParseError. */
export function parseSheetFormula(formula: string): FormulaNode {
  const tokens = tokenize(formula.startsWith('=') ? formula.slice(1) : formula);
  let position = 0;
  const peek = () => tokens[position];
  const isOp = (value: string) => {
    const token = peek();
    return token?.kind === 'op' && token.value === value;
  };
  const expect = (value: string) => {
    if (!isOp(value)) throw new FormulaParseError(`expected "${value}"`);
    position++;
  };
  const binaryLevel = (operators: readonly string[], next: () => FormulaNode) => (): FormulaNode => {
    let left = next();
    for (;;) {
      const token = peek();
      if (token?.kind !== 'op' || !operators.includes(token.value)) return left;
      position++;
      left = { type: 'binary', op: token.value, left, right: next() };
    }
  };
  const arrayConstant = (): FormulaNode => {
    const rows: Scalar[][] = [[]];
    for (;;) {
      let sign = 1;
      while (isOp('-') || isOp('+')) {
        if (isOp('-')) sign = -sign;
        position++;
      }
      const token = peek();
      position++;
      const row = rows[rows.length - 1]!;
      if (token?.kind === 'number') row.push(sign * token.value);
      else if (token?.kind === 'string') row.push(token.value);
      else if (token?.kind === 'name' && (token.value === 'TRUE' || token.value === 'FALSE')) row.push(token.value === 'TRUE');
      else if (token?.kind === 'error') row.push(new SheetError(token.code));
      else throw new FormulaParseError('expected a constant in an array');
      if (isOp(',')) {
        position++;
        continue;
      }
      if (isOp(';')) {
        position++;
        rows.push([]);
        continue;
      }
      expect('}');
      break;
    }
    if (rows.some((row) => row.length !== rows[0]!.length)) throw new FormulaParseError('array rows differ in length');
    return { type: 'array', rows };
  };
  const primary = (): FormulaNode => {
    const token = peek();
    if (!token) throw new FormulaParseError('unexpected end of formula');
    position++;
    switch (token.kind) {
      case 'number':
        return { type: 'number', value: token.value };
      case 'string':
        return { type: 'string', value: token.value };
      case 'error':
        return { type: 'error', code: token.code };
      case 'ref': {
        const sheet = token.sheet !== undefined ? { sheet: token.sheet } : {};
        if (isOp(':')) {
          position++;
          const end = peek();
          if (end?.kind !== 'ref') throw new FormulaParseError('expected a cell reference after ":"');
          position++;
          return {
            type: 'range',
            ...sheet,
            row: Math.min(token.row, end.row),
            column: Math.min(token.column, end.column),
            row2: Math.max(token.row, end.row),
            column2: Math.max(token.column, end.column),
          };
        }
        return { type: 'ref', ...sheet, row: token.row, column: token.column };
      }
      case 'name': {
        if (isOp('(')) {
          position++;
          const args: FormulaNode[] = [];
          if (!isOp(')')) {
            for (;;) {
              if (isOp(',') || isOp(')')) args.push({ type: 'missing' });
              else args.push(comparison());
              if (isOp(',')) {
                position++;
                continue;
              }
              break;
            }
          }
          expect(')');
          return { type: 'call', name: token.value, args };
        }
        if (token.value === 'TRUE' || token.value === 'FALSE') return { type: 'boolean', value: token.value === 'TRUE' };
        return { type: 'error', code: '#NAME?' };
      }
      case 'op':
        if (token.value === '(') {
          const inner = comparison();
          expect(')');
          return inner;
        }
        if (token.value === '{') return arrayConstant();
        throw new FormulaParseError(`unexpected "${token.value}"`);
    }
  };
  const postfix = (): FormulaNode => {
    let node = primary();
    while (isOp('%')) {
      position++;
      node = { type: 'percent', operand: node };
    }
    return node;
  };
  const unary = (): FormulaNode => {
    if (isOp('-') || isOp('+')) {
      const op = (peek() as { value: '-' | '+' }).value;
      position++;
      return { type: 'unary', op, operand: unary() };
    }
    return postfix();
  };
  const power = binaryLevel(['^'], unary);
  const term = binaryLevel(['*', '/'], power);
  const additive = binaryLevel(['+', '-'], term);
  const concat = binaryLevel(['&'], additive);
  const comparison: () => FormulaNode = binaryLevel(['=', '<>', '<', '>', '<=', '>='], concat);
  const node = comparison();
  if (position < tokens.length) throw new FormulaParseError('unexpected text after the formula');
  return node;
}

// ---- conversions --------------------------------------------------------------------------------

/** How a number shows in text (Excel's 15 significant digits). */
export function numberText(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(15)));
}

function toText(value: Scalar): string | SheetError {
  if (value instanceof SheetError) return value;
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return numberText(value);
  return value;
}

function toNumber(value: Scalar): number | SheetError {
  if (value instanceof SheetError) return value;
  if (value === null) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  const trimmed = value.trim();
  if (trimmed !== '' && Number.isFinite(Number(trimmed))) return Number(trimmed);
  return new SheetError('#VALUE!', `text "${value}" used as a number`);
}

function toBoolean(value: Scalar): boolean | SheetError {
  if (value instanceof SheetError) return value;
  if (value === null) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  const upper = value.trim().toUpperCase();
  if (upper === 'TRUE') return true;
  if (upper === 'FALSE') return false;
  return new SheetError('#VALUE!', `text "${value}" used as TRUE/FALSE`);
}

/** Spreadsheet ordering: numbers < text < logicals, text without case; a blank takes the other side's type. */
export function compareValues(a: Scalar, b: Scalar): number {
  if (a === null) a = typeof b === 'string' ? '' : typeof b === 'boolean' ? false : 0;
  if (b === null) b = typeof a === 'string' ? '' : typeof a === 'boolean' ? false : 0;
  const rank = (value: Scalar) => (typeof value === 'number' ? 0 : typeof value === 'string' ? 1 : 2);
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'string' && typeof b === 'string') {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x === y ? 0 : x < y ? -1 : 1;
  }
  const x = Number(a);
  const y = Number(b);
  return x === y ? 0 : x < y ? -1 : 1;
}

const ms = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);
function dateParts(serial: number): [number, number, number] {
  const date = new Date(EPOCH + Math.floor(serial) * ms);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}
function addMonths(serial: number, months: number): number {
  const [year, month, day] = dateParts(serial);
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return Math.round((Date.UTC(year, month - 1 + months, Math.min(day, lastDay)) - EPOCH) / ms);
}

// ---- element-wise helpers ------------------------------------------------------------------------

function at(value: Grid, row: number, column: number): Scalar {
  const r = value.rows === 1 ? 0 : row;
  const c = value.columns === 1 ? 0 : column;
  if (r >= value.rows || c >= value.columns) return new SheetError('#N/A', 'arrays of different sizes');
  return value.data[r * value.columns + c]!;
}

/** Applies f element by element; grids broadcast (a 1-row or 1-column side repeats), as in Excel. */
function mapValues(values: readonly Value[], f: (scalars: Scalar[]) => Scalar): Value {
  const grids = values.filter(isGrid);
  if (grids.length === 0) return f(values as Scalar[]);
  const rows = Math.max(...grids.map((g) => g.rows));
  const columns = Math.max(...grids.map((g) => g.columns));
  const data = new Array<Scalar>(rows * columns);
  const scratch = new Array<Scalar>(values.length);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      for (let i = 0; i < values.length; i++) {
        const value = values[i]!;
        scratch[i] = isGrid(value) ? at(value, r, c) : value;
      }
      data[r * columns + c] = f(scratch);
    }
  }
  return grid(rows, columns, data);
}

/** Two operands element by element (the hot path of operators over long ranges). */
function map2(a: Value, b: Value, f: (x: Scalar, y: Scalar) => Scalar): Value {
  const ga = isGrid(a);
  const gb = isGrid(b);
  if (!ga && !gb) return f(a, b);
  if (ga && !gb) return grid(a.rows, a.columns, a.data.map((x) => f(x, b)));
  if (!ga && gb) return grid(b.rows, b.columns, b.data.map((y) => f(a, y)));
  const x = a as Grid;
  const y = b as Grid;
  if (x.rows === y.rows && x.columns === y.columns) {
    const data = new Array<Scalar>(x.data.length);
    for (let i = 0; i < data.length; i++) data[i] = f(x.data[i]!, y.data[i]!);
    return grid(x.rows, x.columns, data);
  }
  return mapValues([a, b], (pair) => f(pair[0]!, pair[1]!));
}

function map1(a: Value, f: (x: Scalar) => Scalar): Value {
  return isGrid(a) ? grid(a.rows, a.columns, a.data.map(f)) : f(a);
}

function flatten(value: Value): readonly Scalar[] {
  return isGrid(value) ? value.data : [value];
}

function firstScalar(value: Value): Scalar {
  return isGrid(value) ? (value.data[0] ?? null) : value;
}

// ---- criteria (COUNTIF, COUNTIFS) -----------------------------------------------------------------

type CriterionOp = '=' | '<>' | '<' | '<=' | '>' | '>=';
interface Criterion {
  readonly op: CriterionOp;
  /** Number, lower-case text, boolean, or '' for "blank". */
  readonly operand: number | string | boolean;
  /** For text with * or ?: the pattern. */
  readonly pattern?: RegExp;
}

function parseCriterion(value: Scalar): Criterion | SheetError {
  if (value instanceof SheetError) return value;
  // A reference to an empty cell is taken as 0, as Excel documents for COUNTIFS.
  if (value === null) return { op: '=', operand: 0 };
  if (typeof value === 'number' || typeof value === 'boolean') return { op: '=', operand: value };
  const match = /^(<>|<=|>=|<|>|=)?([\s\S]*)$/.exec(value)!;
  const op = (match[1] ?? '=') as CriterionOp;
  const rest = match[2]!;
  if (rest !== '' && rest.trim() !== '' && Number.isFinite(Number(rest))) return { op, operand: Number(rest) };
  const upper = rest.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { op, operand: upper === 'TRUE' };
  const lower = rest.toLowerCase();
  if ((op === '=' || op === '<>') && /[*?]/.test(lower)) {
    const source = lower.replace(/~([*?~])|([*?])|([.+^${}()|[\]\\])/g, (_, escaped: string, wild: string, special: string) =>
      escaped ? `\\${escaped}` : wild ? (wild === '*' ? '[\\s\\S]*' : '[\\s\\S]') : `\\${special}`,
    );
    return { op, operand: lower, pattern: new RegExp(`^${source}$`) };
  }
  return { op, operand: lower };
}

function criterionHolds(cell: Scalar, criterion: Criterion): boolean {
  const { op, operand } = criterion;
  if (cell instanceof SheetError) return false;
  const blank = cell === null || cell === '';
  if (operand === '') {
    if (op === '=') return blank;
    if (op === '<>') return !blank;
    return false;
  }
  if (typeof operand === 'number') {
    let number: number | null = null;
    if (typeof cell === 'number') number = cell;
    else if (typeof cell === 'string' && cell.trim() !== '' && Number.isFinite(Number(cell))) number = Number(cell);
    if (number === null) return op === '<>';
    switch (op) {
      case '=':
        return number === operand;
      case '<>':
        return number !== operand;
      case '<':
        return number < operand;
      case '<=':
        return number <= operand;
      case '>':
        return number > operand;
      case '>=':
        return number >= operand;
    }
  }
  if (typeof operand === 'boolean') {
    if (typeof cell !== 'boolean') return op === '<>';
    return op === '=' ? cell === operand : op === '<>' ? cell !== operand : false;
  }
  if (typeof cell !== 'string' || blank) return op === '<>';
  const text = cell.toLowerCase();
  switch (op) {
    case '=':
      return criterion.pattern ? criterion.pattern.test(text) : text === operand;
    case '<>':
      return criterion.pattern ? !criterion.pattern.test(text) : text !== operand;
    case '<':
      return text < operand;
    case '<=':
      return text <= operand;
    case '>':
      return text > operand;
    case '>=':
      return text >= operand;
  }
}

/** A key for equality matching ("e" for a blank), or null when the value cannot match by key (an error). */
function equalityKey(value: Scalar): string | null {
  if (value instanceof SheetError) return null;
  if (value === null || value === '') return 'e';
  if (typeof value === 'number') return `n${value}`;
  if (typeof value === 'boolean') return `b${value}`;
  if (value.trim() !== '' && Number.isFinite(Number(value))) return `n${Number(value)}`;
  return `t${value.toLowerCase()}`;
}

/** The key a criterion matches by, when it is a plain equality without wildcards. */
function criterionKey(criterion: Criterion): string | null {
  if (criterion.op !== '=' || criterion.pattern) return null;
  const operand = criterion.operand;
  if (operand === '') return 'e';
  if (typeof operand === 'number') return `n${operand}`;
  if (typeof operand === 'boolean') return `b${operand}`;
  return `t${operand}`;
}

// ---- evaluation -----------------------------------------------------------------------------------

/** Where the engine reads cells. */
export interface CellReader {
  /** The computed value of a cell (blank → null); `sheet` undefined = the formula's own sheet. */
  value(sheet: string | undefined, row: number, column: number): Scalar;
  /** A whole range at once (faster for long ranges); optional. */
  range?(sheet: string | undefined, row: number, column: number, rows: number, columns: number): Grid;
}

export interface EngineOptions {
  /**
   * COUNTIFS with a range of criteria: match by a hash index (default) instead of testing every
   * criterion against every row, which is what a spreadsheet's cost grows like.
   */
  readonly indexedCriteria?: boolean;
}

function functionError(code: string, message: string): SheetError {
  const map: Readonly<Record<string, SheetErrorCode>> = {
    invalidValue: '#VALUE!',
    invalidNumber: '#NUM!',
    notAvailable: '#N/A',
    divisionByZero: '#DIV/0!',
  };
  return new SheetError(map[code] ?? '#VALUE!', message);
}

/** Evaluates a parsed formula. */
export function evaluateNode(node: FormulaNode, cells: CellReader, options: EngineOptions = {}): Value {
  const ev = (n: FormulaNode): Value => evaluateNode(n, cells, options);
  switch (node.type) {
    case 'number':
    case 'string':
    case 'boolean':
      return node.value;
    case 'missing':
      return null;
    case 'error':
      return new SheetError(node.code);
    case 'ref':
      return cells.value(node.sheet, node.row, node.column);
    case 'range': {
      const rows = node.row2 - node.row + 1;
      const columns = node.column2 - node.column + 1;
      if (cells.range) return { ...cells.range(node.sheet, node.row, node.column, rows, columns), fromRange: true };
      const data: Scalar[] = new Array<Scalar>(rows * columns);
      for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) data[r * columns + c] = cells.value(node.sheet, node.row + r, node.column + c);
      return { rows, columns, data, fromRange: true };
    }
    case 'array':
      return grid(node.rows.length, node.rows[0]?.length ?? 0, node.rows.flat());
    case 'unary': {
      const negate = node.op === '-';
      return map1(ev(node.operand), (value) => {
        const number = toNumber(value);
        return number instanceof SheetError ? number : negate ? -number : number;
      });
    }
    case 'percent':
      return map1(ev(node.operand), (value) => {
        const number = toNumber(value);
        return number instanceof SheetError ? number : number / 100;
      });
    case 'binary':
      return binary(node.op, ev(node.left), ev(node.right));
    case 'call':
      return call(node.name, node.args, cells, options);
  }
}

type Operator = (a: Scalar, b: Scalar) => Scalar;

function arithmetic(f: (x: number, y: number) => Scalar): Operator {
  return (a, b) => {
    if (a instanceof SheetError) return a;
    if (b instanceof SheetError) return b;
    const x = toNumber(a);
    if (x instanceof SheetError) return x;
    const y = toNumber(b);
    if (y instanceof SheetError) return y;
    return f(x, y);
  };
}

function comparison(test: (order: number) => boolean): Operator {
  return (a, b) => {
    if (a instanceof SheetError) return a;
    if (b instanceof SheetError) return b;
    return test(compareValues(a, b));
  };
}

const OPERATORS: Readonly<Record<string, Operator>> = {
  '+': arithmetic((x, y) => x + y),
  '-': arithmetic((x, y) => x - y),
  '*': arithmetic((x, y) => x * y),
  '/': arithmetic((x, y) => (y === 0 ? new SheetError('#DIV/0!') : x / y)),
  '^': arithmetic((x, y) => {
    const result = x ** y;
    return Number.isFinite(result) ? result : new SheetError('#NUM!');
  }),
  '&': (a, b) => {
    if (a instanceof SheetError) return a;
    if (b instanceof SheetError) return b;
    return `${toText(a) as string}${toText(b) as string}`;
  },
  '=': comparison((order) => order === 0),
  '<>': comparison((order) => order !== 0),
  '<': comparison((order) => order < 0),
  '>': comparison((order) => order > 0),
  '<=': comparison((order) => order <= 0),
  '>=': comparison((order) => order >= 0),
};

function binary(op: string, left: Value, right: Value): Value {
  const operator = OPERATORS[op];
  if (!operator) return new SheetError('#VALUE!', `unknown operator ${op}`);
  return map2(left, right, operator);
}

/** Numbers as SUM sees them: in ranges and arrays only numbers; typed scalars converted. */
function numbersOf(values: readonly Value[]): number[] | SheetError {
  const result: number[] = [];
  for (const value of values) {
    if (isGrid(value)) {
      for (const item of value.data) {
        if (item instanceof SheetError) return item;
        if (typeof item === 'number') result.push(item);
      }
    } else {
      if (value === null) continue;
      const number = toNumber(value);
      if (number instanceof SheetError) return number;
      result.push(number);
    }
  }
  return result;
}

function roundHalfAway(value: number, digits: number, mode: 'round' | 'up' | 'down'): number {
  const factor = 10 ** digits;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = mode === 'round' ? Math.round(scaled) : mode === 'up' ? Math.ceil(scaled) : Math.floor(scaled);
  return (Math.sign(value) * rounded) / factor;
}

/** A single-cell reference read as a range of one cell (SUM, AND… ignore text in references, not in typed arguments). */
function asRange(node: FormulaNode): FormulaNode {
  return node.type === 'ref' ? { type: 'range', ...(node.sheet !== undefined ? { sheet: node.sheet } : {}), row: node.row, column: node.column, row2: node.row, column2: node.column } : node;
}

function call(name: string, argNodes: readonly FormulaNode[], cells: CellReader, options: EngineOptions): Value {
  const ev = (n: FormulaNode): Value => evaluateNode(n, cells, options);
  const aggregate = (): Value[] => argNodes.map((node) => ev(asRange(node)));
  const arity = (min: number, max: number): SheetError | null =>
    argNodes.length < min || argNodes.length > max ? new SheetError('#VALUE!', `${name} takes ${min}–${max} arguments`) : null;
  const elementwise = (f: (scalars: Scalar[]) => Scalar): Value => mapValues(argNodes.map(ev), f);

  if (name.startsWith('IPS.') || name.startsWith('IPS_')) return ipsCall(name.slice(4), argNodes.map(ev));

  switch (name) {
    case 'ARRAYFORMULA':
      return argNodes[0] ? ev(argNodes[0]) : new SheetError('#VALUE!');
    case 'SUM': {
      const numbers = numbersOf(aggregate());
      return numbers instanceof SheetError ? numbers : numbers.reduce((sum, value) => sum + value, 0);
    }
    case 'AVERAGE': {
      const numbers = numbersOf(aggregate());
      if (numbers instanceof SheetError) return numbers;
      return numbers.length === 0 ? new SheetError('#DIV/0!') : numbers.reduce((sum, value) => sum + value, 0) / numbers.length;
    }
    case 'MIN':
    case 'MAX': {
      const numbers = numbersOf(aggregate());
      if (numbers instanceof SheetError) return numbers;
      if (numbers.length === 0) return 0;
      return numbers.reduce((best, value) => (name === 'MIN' ? Math.min(best, value) : Math.max(best, value)));
    }
    case 'COUNT':
      return argNodes.reduce((count, node) => count + flatten(ev(node)).filter((value) => typeof value === 'number').length, 0);
    case 'COUNTA':
      return argNodes.reduce((count, node) => count + flatten(ev(node)).filter((value) => value !== null).length, 0);
    case 'SUMPRODUCT': {
      const arrays = argNodes.map(ev);
      const first = arrays[0];
      if (first === undefined) return new SheetError('#VALUE!', 'SUMPRODUCT needs an array');
      const size = (value: Value) => (isGrid(value) ? [value.rows, value.columns] : [1, 1]);
      const [rows, columns] = size(first);
      if (arrays.some((value) => size(value)[0] !== rows || size(value)[1] !== columns)) return new SheetError('#VALUE!', 'SUMPRODUCT: arrays of different sizes');
      let sum = 0;
      const count = rows! * columns!;
      for (let i = 0; i < count; i++) {
        let product = 1;
        for (const value of arrays) {
          const item = isGrid(value) ? value.data[i]! : value;
          if (item instanceof SheetError) return item;
          product *= typeof item === 'number' ? item : 0;
        }
        sum += product;
      }
      return sum;
    }
    case 'COUNTIF':
    case 'COUNTIFS':
      return countIfs(argNodes.map(ev), options);
    case 'ROUND':
    case 'ROUNDUP':
    case 'ROUNDDOWN':
      return (
        arity(2, 2) ??
        elementwise(([value, digits]) => {
          const x = toNumber(value!);
          if (x instanceof SheetError) return x;
          const d = toNumber(digits!);
          if (d instanceof SheetError) return d;
          return roundHalfAway(x, Math.trunc(d), name === 'ROUND' ? 'round' : name === 'ROUNDUP' ? 'up' : 'down');
        })
      );
    case 'INT':
    case 'ABS':
    case 'YEAR':
    case 'MONTH':
    case 'DAY':
      return (
        arity(1, 1) ??
        elementwise(([value]) => {
          const x = toNumber(value!);
          if (x instanceof SheetError) return x;
          if (name === 'INT') return Math.floor(x);
          if (name === 'ABS') return Math.abs(x);
          if (x < 0) return new SheetError('#NUM!', `${name} needs a date`);
          const [year, month, day] = dateParts(x);
          return name === 'YEAR' ? year : name === 'MONTH' ? month : day;
        })
      );
    case 'EDATE':
      return (
        arity(2, 2) ??
        elementwise(([date, months]) => {
          const x = toNumber(date!);
          if (x instanceof SheetError) return x;
          const m = toNumber(months!);
          if (m instanceof SheetError) return m;
          if (x < 0) return new SheetError('#NUM!', 'EDATE needs a date');
          return addMonths(x, Math.trunc(m));
        })
      );
    case 'IF': {
      const bad = arity(2, 3);
      if (bad) return bad;
      const condition = ev(argNodes[0]!);
      const otherwise = (): Value => (argNodes[2] === undefined ? false : argNodes[2].type === 'missing' ? 0 : ev(argNodes[2]));
      if (!isGrid(condition)) {
        const flag = toBoolean(condition);
        if (flag instanceof SheetError) return flag;
        return flag ? ev(argNodes[1]!) : otherwise();
      }
      // An array condition: both branches are computed, as spreadsheets do.
      return mapValues([condition, ev(argNodes[1]!), otherwise()], (triple) => {
        const flag = toBoolean(triple[0]!);
        if (flag instanceof SheetError) return flag;
        return flag ? triple[1]! : triple[2]!;
      });
    }
    case 'IFERROR': {
      const bad = arity(2, 2);
      if (bad) return bad;
      const value = ev(argNodes[0]!);
      if (!isGrid(value)) return value instanceof SheetError ? ev(argNodes[1]!) : value;
      return mapValues([value, ev(argNodes[1]!)], ([v, alternative]) => (v instanceof SheetError ? alternative! : v!));
    }
    case 'AND':
    case 'OR': {
      const flags: boolean[] = [];
      for (const value of aggregate()) {
        for (const item of flatten(value)) {
          if (item === null || (isGrid(value) && value.fromRange && typeof item === 'string')) continue;
          const flag = toBoolean(item);
          if (flag instanceof SheetError) return flag;
          flags.push(flag);
        }
      }
      if (flags.length === 0) return new SheetError('#VALUE!');
      return name === 'AND' ? flags.every(Boolean) : flags.some(Boolean);
    }
    case 'NOT':
      return elementwise(([value]) => {
        const flag = toBoolean(value ?? false);
        return flag instanceof SheetError ? flag : !flag;
      });
    case 'ISNUMBER':
      return elementwise(([value]) => typeof value === 'number');
    case 'ISTEXT':
      return elementwise(([value]) => typeof value === 'string');
    case 'ISBLANK':
      return elementwise(([value]) => value === null);
    case 'ISERROR':
      return elementwise(([value]) => value instanceof SheetError);
    case 'LEN':
      return elementwise(([value]) => {
        const text = toText(value ?? null);
        return text instanceof SheetError ? text : text.length;
      });
    case 'CONCATENATE':
    case 'CONCAT': {
      let result = '';
      for (const node of argNodes) {
        for (const item of flatten(ev(node))) {
          const text = toText(item);
          if (text instanceof SheetError) return text;
          result += text;
        }
      }
      return result;
    }
    case 'LOOKUP':
      return lookup(argNodes.map(ev));
    default:
      return new SheetError('#NAME?', `unknown function ${name}`);
  }
}

function countIfs(args: readonly Value[], options: EngineOptions): Value {
  if (args.length < 2 || args.length % 2 !== 0) return new SheetError('#VALUE!', 'COUNTIFS takes pairs of range and criterion');
  const ranges: Grid[] = [];
  const criteria: Value[] = [];
  for (let i = 0; i < args.length; i += 2) {
    const range = args[i]!;
    if (!isGrid(range) || !range.fromRange) return new SheetError('#VALUE!', 'COUNTIFS: the ranges must be cell ranges');
    ranges.push(range);
    criteria.push(args[i + 1]!);
  }
  const size = ranges[0]!.data.length;
  if (ranges.some((range) => range.rows !== ranges[0]!.rows || range.columns !== ranges[0]!.columns)) {
    return new SheetError('#VALUE!', 'COUNTIFS: ranges of different sizes');
  }
  // Rows passing every single (scalar) criterion, computed once.
  const mask = new Uint8Array(size).fill(1);
  const perElement: number[] = [];
  for (let k = 0; k < criteria.length; k++) {
    const criterion = criteria[k]!;
    if (isGrid(criterion)) {
      perElement.push(k);
      continue;
    }
    const parsed = parseCriterion(criterion);
    if (parsed instanceof SheetError) return parsed;
    const data = ranges[k]!.data;
    for (let i = 0; i < size; i++) if (mask[i] && !criterionHolds(data[i]!, parsed)) mask[i] = 0;
  }
  if (perElement.length === 0) {
    let count = 0;
    for (let i = 0; i < size; i++) count += mask[i]!;
    return count;
  }
  const shapes = perElement.map((k) => criteria[k] as Grid);
  const rows = Math.max(...shapes.map((g) => g.rows));
  const columns = Math.max(...shapes.map((g) => g.columns));
  const out = new Array<Scalar>(rows * columns);
  // Index: the rows passing the scalar criteria, by their values in the array criteria's ranges.
  let index: Map<string, number> | null = null;
  const indexed = options.indexedCriteria !== false;
  const parsedCache = new Map<Scalar, Criterion | SheetError>();
  const parseCached = (value: Scalar): Criterion | SheetError => {
    if (value instanceof SheetError) return value;
    let parsed = parsedCache.get(value);
    if (parsed === undefined) {
      parsed = parseCriterion(value);
      parsedCache.set(value, parsed);
    }
    return parsed;
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const parsed: Criterion[] = [];
      let failed: SheetError | null = null;
      for (const grid of shapes) {
        const one = parseCached(at(grid, r, c));
        if (one instanceof SheetError) {
          failed = one;
          break;
        }
        parsed.push(one);
      }
      if (failed) {
        out[r * columns + c] = failed;
        continue;
      }
      const keys = indexed ? parsed.map(criterionKey) : [];
      if (indexed && keys.every((key) => key !== null)) {
        if (!index) {
          index = new Map();
          for (let i = 0; i < size; i++) {
            if (!mask[i]) continue;
            const parts: string[] = [];
            let ok = true;
            for (const k of perElement) {
              const key = equalityKey(ranges[k]!.data[i]!);
              if (key === null) {
                ok = false;
                break;
              }
              parts.push(key);
            }
            if (!ok) continue;
            const joined = parts.join('\u0000');
            index.set(joined, (index.get(joined) ?? 0) + 1);
          }
        }
        out[r * columns + c] = index.get(keys.join('\u0000')) ?? 0;
        continue;
      }
      let count = 0;
      for (let i = 0; i < size; i++) {
        if (!mask[i]) continue;
        let holds = true;
        for (let j = 0; j < perElement.length; j++) {
          if (!criterionHolds(ranges[perElement[j]!]!.data[i]!, parsed[j]!)) {
            holds = false;
            break;
          }
        }
        if (holds) count++;
      }
      out[r * columns + c] = count;
    }
  }
  return grid(rows, columns, out);
}

function lookup(args: readonly Value[]): Value {
  if (args.length < 2 || args.length > 3) return new SheetError('#VALUE!', 'LOOKUP takes 2–3 arguments');
  const wanted = firstScalar(args[0]!);
  if (wanted instanceof SheetError) return wanted;
  const asGrid = (value: Value): Grid => (isGrid(value) ? value : grid(1, 1, [value]));
  const source = asGrid(args[1]!);
  let keys: readonly Scalar[];
  let results: readonly Scalar[];
  if (args[2] !== undefined) {
    keys = source.data;
    results = asGrid(args[2]).data;
  } else if (source.columns > source.rows) {
    keys = source.data.slice(0, source.columns);
    results = source.data.slice((source.rows - 1) * source.columns);
  } else {
    keys = Array.from({ length: source.rows }, (_, r) => source.data[r * source.columns]!);
    results = Array.from({ length: source.rows }, (_, r) => source.data[r * source.columns + source.columns - 1]!);
  }
  let found = -1;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key === null || key instanceof SheetError || typeof key !== typeof wanted) continue;
    if (compareValues(key, wanted) <= 0) found = i;
    else break;
  }
  if (found < 0) return new SheetError('#N/A', 'LOOKUP: no entry at or below the value');
  return results[found] ?? new SheetError('#N/A');
}

/** An argument as a custom function receives it: a matrix for range parameters, a value for scalars. */
function toCellArg(value: Value, spec: FunctionSpec, index: number): CellArg | SheetError {
  const parameter = spec.parameters[index];
  const cell = (item: Scalar): CellValue | SheetError => (item instanceof SheetError ? item : item);
  if (isGrid(value)) {
    if (parameter?.dimensionality === 'scalar') return cell(value.data[0] ?? null);
    const rows: CellValue[][] = [];
    for (let r = 0; r < value.rows; r++) {
      const row: CellValue[] = [];
      for (let c = 0; c < value.columns; c++) {
        const item = value.data[r * value.columns + c]!;
        if (item instanceof SheetError) return item;
        row.push(item);
      }
      rows.push(row);
    }
    return rows;
  }
  if (value instanceof SheetError) return value;
  return parameter?.dimensionality === 'matrix' && value !== null ? [[value]] : value;
}

function ipsCall(name: string, values: readonly Value[]): Value {
  const spec = FUNCTIONS[name];
  if (!spec) return new SheetError('#NAME?', `unknown function IPS.${name}`);
  if (values.length > spec.parameters.length) return new SheetError('#VALUE!', `IPS.${name} takes at most ${spec.parameters.length} arguments`);
  const args: CellArg[] = [];
  for (let i = 0; i < values.length; i++) {
    const arg = toCellArg(values[i]!, spec, i);
    if (arg instanceof SheetError) return arg;
    args.push(arg);
  }
  const outcome = invokeSafely(spec, args);
  if (!outcome.ok) return functionError(outcome.code, outcome.message);
  const result = outcome.value;
  if (Array.isArray(result)) return grid(result.length, result[0]?.length ?? 0, result.flat());
  return result;
}

// ---- a workbook of formulas -----------------------------------------------------------------------

/**
 * The raw contents of the cells: values, formula text starting with "=", or literal text behind
 * a quote prefix ("'=1+1" is the text "=1+1"), see src/core/sheets/raw-cell.ts.
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
  readonly ranges: Map<string, { readonly row: number; readonly column: number; readonly rows: number; readonly columns: number; readonly grid: Grid }>;
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
        else for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) data[r * columns + c] = this.value(target, row + r, column + c);
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
