/** Arithmetic built-ins: SUM, AVERAGE, MIN/MAX, COUNT/COUNTA, SUMPRODUCT, ROUND…, INT, ABS. */
import { SheetError, flatten, isGrid, toNumber, type Value } from '../values';
import {
  aggregateArgs,
  arityError,
  elementwise,
  evaluatedArgs,
  numbersOf,
  type BuiltinTable,
  type CallContext,
} from './context';

function sum(context: CallContext): Value {
  const numbers = numbersOf(aggregateArgs(context));
  return numbers instanceof SheetError ? numbers : numbers.reduce((total, value) => total + value, 0);
}

function average(context: CallContext): Value {
  const numbers = numbersOf(aggregateArgs(context));
  if (numbers instanceof SheetError) return numbers;
  return numbers.length === 0
    ? new SheetError('#DIV/0!')
    : numbers.reduce((total, value) => total + value, 0) / numbers.length;
}

/** MIN and MAX: 0 when there is no number at all, as spreadsheets give. */
function extreme(context: CallContext): Value {
  const numbers = numbersOf(aggregateArgs(context));
  if (numbers instanceof SheetError) return numbers;
  if (numbers.length === 0) return 0;
  return numbers.reduce((best, value) => (context.name === 'MIN' ? Math.min(best, value) : Math.max(best, value)));
}

function count({ argNodes, ev }: CallContext): Value {
  return argNodes.reduce(
    (total, node) => total + flatten(ev(node)).filter((value) => typeof value === 'number').length,
    0,
  );
}

function countNonBlank({ argNodes, ev }: CallContext): Value {
  return argNodes.reduce((total, node) => total + flatten(ev(node)).filter((value) => value !== null).length, 0);
}

function sumProduct(context: CallContext): Value {
  const arrays = evaluatedArgs(context);
  const first = arrays[0];
  if (first === undefined) return new SheetError('#VALUE!', 'SUMPRODUCT needs an array');
  const size = (value: Value) => (isGrid(value) ? [value.rows, value.columns] : [1, 1]);
  const [rows, columns] = size(first);
  if (arrays.some((value) => size(value)[0] !== rows || size(value)[1] !== columns))
    return new SheetError('#VALUE!', 'SUMPRODUCT: arrays of different sizes');
  let total = 0;
  const cells = rows! * columns!;
  for (let i = 0; i < cells; i++) {
    let product = 1;
    for (const value of arrays) {
      const item = isGrid(value) ? value.data[i]! : value;
      if (item instanceof SheetError) return item;
      product *= typeof item === 'number' ? item : 0;
    }
    total += product;
  }
  return total;
}

function roundHalfAway(value: number, digits: number, mode: 'round' | 'up' | 'down'): number {
  const factor = 10 ** digits;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const rounded = mode === 'round' ? Math.round(scaled) : mode === 'up' ? Math.ceil(scaled) : Math.floor(scaled);
  return (Math.sign(value) * rounded) / factor;
}

/** ROUND, ROUNDUP and ROUNDDOWN: halves away from zero, as spreadsheets round. */
function round(context: CallContext): Value {
  const mode = context.name === 'ROUND' ? 'round' : context.name === 'ROUNDUP' ? 'up' : 'down';
  return (
    arityError(context, 2, 2) ??
    elementwise(context, ([value, digits]) => {
      const x = toNumber(value!);
      if (x instanceof SheetError) return x;
      const d = toNumber(digits!);
      if (d instanceof SheetError) return d;
      return roundHalfAway(x, Math.trunc(d), mode);
    })
  );
}

/** A one-number function (INT, ABS) applied element by element. */
function unary(f: (x: number) => number) {
  return (context: CallContext): Value =>
    arityError(context, 1, 1) ??
    elementwise(context, ([value]) => {
      const x = toNumber(value!);
      return x instanceof SheetError ? x : f(x);
    });
}

export const MATH_FUNCTIONS: BuiltinTable = {
  SUM: sum,
  AVERAGE: average,
  MIN: extreme,
  MAX: extreme,
  COUNT: count,
  COUNTA: countNonBlank,
  SUMPRODUCT: sumProduct,
  ROUND: round,
  ROUNDUP: round,
  ROUNDDOWN: round,
  INT: unary(Math.floor),
  ABS: unary(Math.abs),
};
