/** The engine's syntax: a formula's text to a tree of nodes (Excel or Sheets syntax, en-US commas). */
import { SheetError, type Scalar, type SheetErrorCode } from './values';

// ---- syntax ------------------------------------------------------------------------------------

export type FormulaNode =
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'string'; readonly value: string }
  | { readonly type: 'boolean'; readonly value: boolean }
  | { readonly type: 'error'; readonly code: SheetErrorCode }
  | { readonly type: 'missing' }
  | { readonly type: 'ref'; readonly sheet?: string; readonly row: number; readonly column: number }
  | {
      readonly type: 'range';
      readonly sheet?: string;
      readonly row: number;
      readonly column: number;
      readonly row2: number;
      readonly column2: number;
    }
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
      tokens.push({
        kind: 'ref',
        sheet: quoted[1]!.replace(/''/g, "'"),
        row: Number(ref[2]) - 1,
        column: columnNumber(ref[1]!),
      });
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
      else if (token?.kind === 'name' && (token.value === 'TRUE' || token.value === 'FALSE'))
        row.push(token.value === 'TRUE');
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
        if (token.value === 'TRUE' || token.value === 'FALSE')
          return { type: 'boolean', value: token.value === 'TRUE' };
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
