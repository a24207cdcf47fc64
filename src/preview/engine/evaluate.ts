/** The engine's evaluation: a parsed formula over a CellReader, operators element by element. */
import { call } from './functions';
import type { FormulaNode } from './parse';
import {
  SheetError,
  compareValues,
  grid,
  map1,
  map2,
  toNumber,
  toText,
  type Grid,
  type Scalar,
  type Value,
} from './values';

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
  /** TODAY's serial date; default the computer's date. Tests fix it. */
  readonly today?: () => number;
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
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < columns; c++)
          data[r * columns + c] = cells.value(node.sheet, node.row + r, node.column + c);
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
      return call(node.name, node.args, ev, options);
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
