/**
 * A tiny spreadsheet formula evaluator for the preview's in-memory workbook: enough for the
 * formulas our sheet plans write (SUM, COUNT, AVERAGE, ROUND, IF, ISNUMBER, LOOKUP with array
 * constants, & concatenation, cell references and ranges, comparisons, arithmetic) plus a few
 * neighbours (MIN, MAX, AND, OR, NOT, IFERROR, COUNTA, ISBLANK, ISTEXT, ISERROR, ABS, INT,
 * ROUNDUP, ROUNDDOWN, LEN, CONCATENATE). Semantics follow Excel where it matters for display:
 * blanks are 0 in arithmetic and "" in text, text in ranges is ignored by SUM/COUNT/AVERAGE,
 * errors propagate, ROUND rounds half away from zero.
 */

export type ErrorCode = '#VALUE!' | '#N/A' | '#NUM!' | '#DIV/0!' | '#REF!' | '#NAME?' | '#NULL!';

export class FormulaError {
  constructor(readonly code: ErrorCode, readonly detail = '') {}
  toString(): string {
    return this.code;
  }
}

/** A computed value; null is a blank cell. */
export type Scalar = number | string | boolean | null | FormulaError;

export interface Matrix {
  readonly kind: 'matrix';
  readonly values: readonly (readonly Scalar[])[];
}

export type Value = Scalar | Matrix;

export function isError(value: unknown): value is FormulaError {
  return value instanceof FormulaError;
}

function isMatrix(value: Value): value is Matrix {
  return typeof value === 'object' && value !== null && (value as Matrix).kind === 'matrix';
}

// ---- syntax ------------------------------------------------------------------------------------

export type Node =
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'boolean'; readonly value: boolean }
  | { readonly type: 'error'; readonly code: ErrorCode }
  | { readonly type: 'ref'; readonly sheet?: string; readonly row: number; readonly column: number }
  | { readonly type: 'range'; readonly sheet?: string; readonly row: number; readonly column: number; readonly row2: number; readonly column2: number }
  | { readonly type: 'call'; readonly name: string; readonly args: readonly Node[] }
  | { readonly type: 'binary'; readonly op: string; readonly left: Node; readonly right: Node }
  | { readonly type: 'unary'; readonly op: '-' | '+'; readonly operand: Node }
  | { readonly type: 'percent'; readonly operand: Node }
  | { readonly type: 'array'; readonly rows: readonly (readonly Scalar[])[] };

type Token =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'ref'; readonly sheet?: string; readonly row: number; readonly column: number }
  | { readonly kind: 'name'; readonly value: string }
  | { readonly kind: 'error'; readonly code: ErrorCode }
  | { readonly kind: 'op'; readonly value: string };

export class FormulaSyntaxError extends Error {}

const ERROR_CODES: readonly ErrorCode[] = ['#DIV/0!', '#VALUE!', '#NAME?', '#NULL!', '#REF!', '#NUM!', '#N/A'];

/** Column letters to a 0-based index: "A" → 0, "AB" → 27. */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** "C12" → { row: 11, column: 2 }. */
export function parseAddress(address: string): { row: number; column: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new FormulaSyntaxError(`not a cell address: ${address}`);
  return { row: Number(match[2]) - 1, column: columnIndex(match[1]!) };
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const refPattern = /^\$?([A-Za-z]{1,3})\$?(\d+)(?![A-Za-z0-9_(])/;
  while (i < source.length) {
    const rest = source.slice(i);
    const char = source[i]!;
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    if (char === '"') {
      let value = '';
      let j = i + 1;
      for (;;) {
        if (j >= source.length) throw new FormulaSyntaxError('unterminated text');
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
      const code = ERROR_CODES.find((candidate) => rest.toUpperCase().startsWith(candidate));
      if (!code) throw new FormulaSyntaxError(`unknown error literal at ${rest}`);
      tokens.push({ kind: 'error', code });
      i += code.length;
      continue;
    }
    const number = /^(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?/.exec(rest);
    if (number) {
      tokens.push({ kind: 'number', value: Number(number[0]) });
      i += number[0].length;
      continue;
    }
    // Sheet-qualified reference: 'My sheet'!A1 or Sheet1!A1
    const quoted = /^'((?:[^']|'')+)'!/.exec(rest);
    const bare = /^([A-Za-z_][A-Za-z0-9_.]*)!/.exec(rest);
    const qualifier = quoted ?? bare;
    if (qualifier) {
      const sheet = quoted ? quoted[1]!.replace(/''/g, "'") : bare![1]!;
      const after = source.slice(i + qualifier[0].length);
      const ref = refPattern.exec(after);
      if (!ref) throw new FormulaSyntaxError(`expected a cell reference after ${qualifier[0]}`);
      tokens.push({ kind: 'ref', sheet, row: Number(ref[2]) - 1, column: columnIndex(ref[1]!) });
      i += qualifier[0].length + ref[0].length;
      continue;
    }
    const ref = refPattern.exec(rest);
    if (ref) {
      tokens.push({ kind: 'ref', row: Number(ref[2]) - 1, column: columnIndex(ref[1]!) });
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
    throw new FormulaSyntaxError(`unexpected character "${char}"`);
  }
  return tokens;
}

/** Parses a formula (with or without the leading "="). Throws FormulaSyntaxError. */
export function parseFormula(formula: string): Node {
  const tokens = tokenize(formula.startsWith('=') ? formula.slice(1) : formula);
  let position = 0;
  const peek = () => tokens[position];
  const isOp = (value: string) => {
    const token = peek();
    return token?.kind === 'op' && token.value === value;
  };
  const expect = (value: string) => {
    if (!isOp(value)) throw new FormulaSyntaxError(`expected "${value}"`);
    position++;
  };

  const binaryLevel = (operators: readonly string[], next: () => Node) => (): Node => {
    let left = next();
    for (;;) {
      const token = peek();
      if (token?.kind !== 'op' || !operators.includes(token.value)) return left;
      position++;
      left = { type: 'binary', op: token.value, left, right: next() };
    }
  };

  const primary = (): Node => {
    const token = peek();
    if (!token) throw new FormulaSyntaxError('unexpected end of formula');
    position++;
    switch (token.kind) {
      case 'number':
        return { type: 'number', value: token.value };
      case 'string':
        return { type: 'string', value: token.value };
      case 'error':
        return { type: 'error', code: token.code };
      case 'ref': {
        if (isOp(':')) {
          position++;
          const end = peek();
          if (end?.kind !== 'ref') throw new FormulaSyntaxError('expected a cell reference after ":"');
          position++;
          return {
            type: 'range',
            ...(token.sheet !== undefined ? { sheet: token.sheet } : {}),
            row: Math.min(token.row, end.row),
            column: Math.min(token.column, end.column),
            row2: Math.max(token.row, end.row),
            column2: Math.max(token.column, end.column),
          };
        }
        return { type: 'ref', ...(token.sheet !== undefined ? { sheet: token.sheet } : {}), row: token.row, column: token.column };
      }
      case 'name': {
        if (isOp('(')) {
          position++;
          const args: Node[] = [];
          if (!isOp(')')) {
            for (;;) {
              // An empty argument (e.g. IF(a,,b)) is a blank.
              if (isOp(',') || isOp(')')) args.push({ type: 'string', value: '' });
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
      case 'op': {
        if (token.value === '(') {
          const inner = comparison();
          expect(')');
          return inner;
        }
        if (token.value === '{') return arrayConstant();
        throw new FormulaSyntaxError(`unexpected "${token.value}"`);
      }
    }
  };

  const arrayConstant = (): Node => {
    const rows: Scalar[][] = [[]];
    for (;;) {
      let sign = 1;
      while (isOp('-') || isOp('+')) {
        if (isOp('-')) sign = -sign;
        position++;
      }
      const token = peek();
      position++;
      if (token?.kind === 'number') rows[rows.length - 1]!.push(sign * token.value);
      else if (token?.kind === 'string') rows[rows.length - 1]!.push(token.value);
      else if (token?.kind === 'name' && (token.value === 'TRUE' || token.value === 'FALSE')) rows[rows.length - 1]!.push(token.value === 'TRUE');
      else if (token?.kind === 'error') rows[rows.length - 1]!.push(new FormulaError(token.code));
      else throw new FormulaSyntaxError('expected a constant in an array');
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
    const width = rows[0]!.length;
    if (rows.some((row) => row.length !== width)) throw new FormulaSyntaxError('array rows differ in length');
    return { type: 'array', rows };
  };

  const postfix = (): Node => {
    let node = primary();
    while (isOp('%')) {
      position++;
      node = { type: 'percent', operand: node };
    }
    return node;
  };
  const unary = (): Node => {
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
  const comparison: () => Node = binaryLevel(['=', '<>', '<', '>', '<=', '>='], concat);

  const node = comparison();
  if (position < tokens.length) throw new FormulaSyntaxError('unexpected text after the formula');
  return node;
}

// ---- values ------------------------------------------------------------------------------------

/** How a number shows in a cell or in concatenated text (Excel's 15 significant digits). */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(15)));
}

export function toText(value: Scalar): string | FormulaError {
  if (isError(value)) return value;
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return formatNumber(value);
  return value;
}

export function toNumber(value: Scalar): number | FormulaError {
  if (isError(value)) return value;
  if (value === null) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  const trimmed = value.trim();
  if (trimmed !== '' && Number.isFinite(Number(trimmed))) return Number(trimmed);
  return new FormulaError('#VALUE!', `cannot use text "${value}" as a number`);
}

function toBoolean(value: Scalar): boolean | FormulaError {
  if (isError(value)) return value;
  if (value === null) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  const upper = value.trim().toUpperCase();
  if (upper === 'TRUE') return true;
  if (upper === 'FALSE') return false;
  return new FormulaError('#VALUE!', `cannot use text "${value}" as TRUE/FALSE`);
}

/** Excel's ordering: numbers < text < logicals; text compares without case. */
export function compare(a: Scalar, b: Scalar): number {
  const rank = (value: Scalar) => (typeof value === 'number' ? 0 : typeof value === 'string' ? 1 : 2);
  // A blank takes the type of the other side.
  if (a === null) a = typeof b === 'string' ? '' : typeof b === 'boolean' ? false : 0;
  if (b === null) b = typeof a === 'string' ? '' : typeof a === 'boolean' ? false : 0;
  const ra = rank(a), rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'number' && typeof b === 'number') return a === b ? 0 : a < b ? -1 : 1;
  if (typeof a === 'string' && typeof b === 'string') {
    const x = a.toLowerCase(), y = b.toLowerCase();
    return x === y ? 0 : x < y ? -1 : 1;
  }
  return Number(a) - Number(b);
}

function roundHalfAway(value: number, digits: number, mode: 'round' | 'up' | 'down'): number {
  const factor = 10 ** digits;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = mode === 'round' ? Math.round(scaled) : mode === 'up' ? Math.ceil(scaled) : Math.floor(scaled);
  return (Math.sign(value) * rounded) / factor;
}

function flatten(value: Value): Scalar[] {
  return isMatrix(value) ? value.values.flat() : [value];
}

/** Where the evaluator reads cells from. */
export interface CellSource {
  /** The computed value of a cell (blank → null); `sheet` undefined is the formula's own sheet. */
  value(sheet: string | undefined, row: number, column: number): Scalar;
}

type Aggregate = { readonly fromRef: boolean; readonly value: Value };

export function evaluate(node: Node, cells: CellSource): Value {
  const scalar = (n: Node): Scalar => {
    const value = evaluate(n, cells);
    if (!isMatrix(value)) return value;
    return value.values[0]?.[0] ?? null;
  };

  switch (node.type) {
    case 'number':
    case 'string':
    case 'boolean':
      return node.value;
    case 'error':
      return new FormulaError(node.code);
    case 'ref':
      return cells.value(node.sheet, node.row, node.column);
    case 'range': {
      const values: Scalar[][] = [];
      for (let r = node.row; r <= node.row2; r++) {
        const row: Scalar[] = [];
        for (let c = node.column; c <= node.column2; c++) row.push(cells.value(node.sheet, r, c));
        values.push(row);
      }
      return { kind: 'matrix', values };
    }
    case 'array':
      return { kind: 'matrix', values: node.rows };
    case 'unary': {
      const value = toNumber(scalar(node.operand));
      if (isError(value)) return value;
      return node.op === '-' ? -value : value;
    }
    case 'percent': {
      const value = toNumber(scalar(node.operand));
      return isError(value) ? value : value / 100;
    }
    case 'binary': {
      const left = scalar(node.left);
      const right = scalar(node.right);
      if (isError(left)) return left;
      if (isError(right)) return right;
      if (node.op === '&') return `${toText(left) as string}${toText(right) as string}`;
      if (['=', '<>', '<', '>', '<=', '>='].includes(node.op)) {
        const order = compare(left, right);
        switch (node.op) {
          case '=': return order === 0;
          case '<>': return order !== 0;
          case '<': return order < 0;
          case '>': return order > 0;
          case '<=': return order <= 0;
          default: return order >= 0;
        }
      }
      const a = toNumber(left), b = toNumber(right);
      if (isError(a)) return a;
      if (isError(b)) return b;
      switch (node.op) {
        case '+': return a + b;
        case '-': return a - b;
        case '*': return a * b;
        case '/': return b === 0 ? new FormulaError('#DIV/0!') : a / b;
        case '^': {
          const result = a ** b;
          return Number.isFinite(result) ? result : new FormulaError('#NUM!');
        }
      }
      return new FormulaError('#VALUE!');
    }
    case 'call':
      return call(node.name, node.args, cells, scalar);
  }
}

function call(name: string, args: readonly Node[], cells: CellSource, scalar: (n: Node) => Scalar): Value {
  const aggregateArgs = (): Aggregate[] =>
    args.map((arg) => ({ fromRef: arg.type === 'ref' || arg.type === 'range' || arg.type === 'array', value: evaluate(arg.type === 'ref' ? { ...arg, type: 'range', row2: arg.row, column2: arg.column } : arg, cells) }));

  /** Numbers as SUM sees them: in ranges only numbers count; typed arguments are converted. */
  const numbers = (): number[] | FormulaError => {
    const result: number[] = [];
    for (const arg of aggregateArgs()) {
      if (arg.fromRef || isMatrix(arg.value)) {
        for (const value of flatten(arg.value)) {
          if (isError(value)) return value;
          if (typeof value === 'number') result.push(value);
        }
      } else {
        const value = toNumber(arg.value as Scalar);
        if (isError(value)) return value;
        result.push(value);
      }
    }
    return result;
  };
  const arity = (min: number, max: number): FormulaError | null =>
    args.length < min || args.length > max ? new FormulaError('#VALUE!', `${name} takes ${min}–${max} arguments`) : null;
  const number = (index: number, fallback?: number): number | FormulaError => {
    if (args[index] === undefined) return fallback ?? new FormulaError('#VALUE!');
    return toNumber(scalar(args[index]!));
  };

  switch (name) {
    case 'SUM': {
      const values = numbers();
      return isError(values) ? values : values.reduce((sum, value) => sum + value, 0);
    }
    case 'AVERAGE': {
      const values = numbers();
      if (isError(values)) return values;
      return values.length === 0 ? new FormulaError('#DIV/0!') : values.reduce((sum, value) => sum + value, 0) / values.length;
    }
    case 'MIN':
    case 'MAX': {
      const values = numbers();
      if (isError(values)) return values;
      return values.length === 0 ? 0 : name === 'MIN' ? Math.min(...values) : Math.max(...values);
    }
    case 'COUNT':
      return aggregateArgs().reduce((count, arg) => count + flatten(arg.value).filter((value) => typeof value === 'number').length, 0);
    case 'COUNTA':
      return aggregateArgs().reduce((count, arg) => count + flatten(arg.value).filter((value) => value !== null).length, 0);
    case 'ROUND':
    case 'ROUNDUP':
    case 'ROUNDDOWN': {
      const bad = arity(2, 2);
      if (bad) return bad;
      const value = number(0), digits = number(1);
      if (isError(value)) return value;
      if (isError(digits)) return digits;
      return roundHalfAway(value, Math.trunc(digits), name === 'ROUND' ? 'round' : name === 'ROUNDUP' ? 'up' : 'down');
    }
    case 'INT': {
      const value = number(0);
      return isError(value) ? value : Math.floor(value);
    }
    case 'ABS': {
      const value = number(0);
      return isError(value) ? value : Math.abs(value);
    }
    case 'IF': {
      const bad = arity(2, 3);
      if (bad) return bad;
      const condition = toBoolean(scalar(args[0]!));
      if (isError(condition)) return condition;
      if (condition) return evaluate(args[1]!, cells);
      return args[2] === undefined ? false : evaluate(args[2], cells);
    }
    case 'IFERROR': {
      const bad = arity(2, 2);
      if (bad) return bad;
      const value = evaluate(args[0]!, cells);
      return isError(value) ? evaluate(args[1]!, cells) : value;
    }
    case 'AND':
    case 'OR': {
      const values: boolean[] = [];
      for (const arg of aggregateArgs()) {
        for (const value of flatten(arg.value)) {
          if (value === null || (arg.fromRef && typeof value === 'string')) continue;
          const flag = toBoolean(value);
          if (isError(flag)) return flag;
          values.push(flag);
        }
      }
      if (values.length === 0) return new FormulaError('#VALUE!');
      return name === 'AND' ? values.every(Boolean) : values.some(Boolean);
    }
    case 'NOT': {
      const value = toBoolean(scalar(args[0] ?? { type: 'boolean', value: false }));
      return isError(value) ? value : !value;
    }
    case 'ISNUMBER':
      return typeof scalar(args[0] ?? { type: 'string', value: '' }) === 'number';
    case 'ISTEXT':
      return typeof scalar(args[0] ?? { type: 'number', value: 0 }) === 'string';
    case 'ISBLANK':
      return args[0] !== undefined && scalar(args[0]) === null;
    case 'ISERROR':
      return args[0] !== undefined && isError(scalar(args[0]));
    case 'LEN': {
      const value = toText(scalar(args[0] ?? { type: 'string', value: '' }));
      return isError(value) ? value : value.length;
    }
    case 'CONCATENATE':
    case 'CONCAT': {
      let result = '';
      for (const arg of args) {
        for (const value of flatten(evaluate(arg, cells))) {
          const textValue = toText(value);
          if (isError(textValue)) return textValue;
          result += textValue;
        }
      }
      return result;
    }
    case 'LOOKUP':
      return lookup(args, cells, scalar);
    default:
      return new FormulaError('#NAME?', `unknown function ${name}`);
  }
}

/**
 * LOOKUP(value, lookup_vector, [result_vector]) and the array form LOOKUP(value, array):
 * approximate match on ascending data, the largest entry ≤ value; #N/A when none.
 */
function lookup(args: readonly Node[], cells: CellSource, scalar: (n: Node) => Scalar): Value {
  if (args.length < 2 || args.length > 3) return new FormulaError('#VALUE!', 'LOOKUP takes 2–3 arguments');
  const wanted = scalar(args[0]!);
  if (isError(wanted)) return wanted;
  const asMatrix = (value: Value): readonly (readonly Scalar[])[] => (isMatrix(value) ? value.values : [[value]]);
  const source = asMatrix(evaluate(args[1]!, cells));
  let keys: Scalar[];
  let results: Scalar[];
  if (args[2] !== undefined) {
    keys = source.flat();
    results = asMatrix(evaluate(args[2], cells)).flat();
  } else {
    const rows = source.length, columns = source[0]?.length ?? 0;
    if (columns > rows) {
      keys = [...(source[0] ?? [])];
      results = [...(source[rows - 1] ?? [])];
    } else {
      keys = source.map((row) => row[0] ?? null);
      results = source.map((row) => row[columns - 1] ?? null);
    }
  }
  let found = -1;
  const wantedRank = typeof wanted;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index]!;
    if (key === null || isError(key) || typeof key !== wantedRank) continue;
    if (compare(key, wanted) <= 0) found = index;
    else break;
  }
  if (found < 0) return new FormulaError('#N/A', 'LOOKUP: no entry at or below the value');
  return results[found] ?? new FormulaError('#N/A');
}
