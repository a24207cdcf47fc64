/** The engine's functions: the spreadsheet built-ins the add-in's formulas use, and IPS.* from the function table. */
import { serialFromUtc, type CellArg, type CellValue } from '../../core/cells';
import { invokeSafely } from '../../core/functions/invoke';
import { FUNCTIONS } from '../../core/functions/table';
import type { FunctionSpec } from '../../core/functions/types';
import { countIfs, extremeIfs } from './criteria';
import type { EngineOptions } from './evaluate';
import type { FormulaNode } from './parse';
import {
  SheetError,
  addMonths,
  compareValues,
  dateParts,
  firstScalar,
  flatten,
  grid,
  isGrid,
  mapValues,
  toBoolean,
  toNumber,
  toText,
  type Grid,
  type Scalar,
  type SheetErrorCode,
  type Value,
} from './values';

function functionError(code: string, message: string): SheetError {
  const map: Readonly<Record<string, SheetErrorCode>> = {
    invalidValue: '#VALUE!',
    invalidNumber: '#NUM!',
    notAvailable: '#N/A',
    divisionByZero: '#DIV/0!',
  };
  return new SheetError(map[code] ?? '#VALUE!', message);
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
  return node.type === 'ref'
    ? {
        type: 'range',
        ...(node.sheet !== undefined ? { sheet: node.sheet } : {}),
        row: node.row,
        column: node.column,
        row2: node.row,
        column2: node.column,
      }
    : node;
}

/** A call of a built-in or IPS.* function; `ev` evaluates an argument node in the caller's cells. */
export function call(
  name: string,
  argNodes: readonly FormulaNode[],
  ev: (node: FormulaNode) => Value,
  options: EngineOptions,
): Value {
  const aggregate = (): Value[] => argNodes.map((node) => ev(asRange(node)));
  const arity = (min: number, max: number): SheetError | null =>
    argNodes.length < min || argNodes.length > max
      ? new SheetError('#VALUE!', `${name} takes ${min}–${max} arguments`)
      : null;
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
      return numbers.length === 0
        ? new SheetError('#DIV/0!')
        : numbers.reduce((sum, value) => sum + value, 0) / numbers.length;
    }
    case 'MIN':
    case 'MAX': {
      const numbers = numbersOf(aggregate());
      if (numbers instanceof SheetError) return numbers;
      if (numbers.length === 0) return 0;
      return numbers.reduce((best, value) => (name === 'MIN' ? Math.min(best, value) : Math.max(best, value)));
    }
    case 'COUNT':
      return argNodes.reduce(
        (count, node) => count + flatten(ev(node)).filter((value) => typeof value === 'number').length,
        0,
      );
    case 'COUNTA':
      return argNodes.reduce((count, node) => count + flatten(ev(node)).filter((value) => value !== null).length, 0);
    case 'SUMPRODUCT': {
      const arrays = argNodes.map(ev);
      const first = arrays[0];
      if (first === undefined) return new SheetError('#VALUE!', 'SUMPRODUCT needs an array');
      const size = (value: Value) => (isGrid(value) ? [value.rows, value.columns] : [1, 1]);
      const [rows, columns] = size(first);
      if (arrays.some((value) => size(value)[0] !== rows || size(value)[1] !== columns))
        return new SheetError('#VALUE!', 'SUMPRODUCT: arrays of different sizes');
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
    case 'MAXIFS':
    case 'MINIFS':
      return extremeIfs(name, argNodes.map(ev));
    case 'TODAY':
      return arity(0, 0) ?? (options.today ?? todaySerial)();
    case 'SUBSTITUTE':
      return arity(3, 4) ?? elementwise(substitute);
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
      const otherwise = (): Value =>
        argNodes[2] === undefined ? false : argNodes[2].type === 'missing' ? 0 : ev(argNodes[2]);
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
    case 'NA':
      return arity(0, 0) ?? new SheetError('#N/A');
    case 'N':
      // A number stays, TRUE is 1, text and blanks are 0: N("…") is the spreadsheets' way to put a note in a formula.
      return (
        arity(1, 1) ??
        elementwise(([value]) => {
          if (value instanceof SheetError || typeof value === 'number') return value!;
          return value === true ? 1 : 0;
        })
      );
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

/** Today's date in the computer's time zone, as a serial day number (what TODAY shows). */
export function todaySerial(): number {
  const now = new Date();
  return Math.round(serialFromUtc(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
}

/** SUBSTITUTE(text, old, new, [instance]): every occurrence of old, or only the instance-th (1-based). */
function substitute([textValue, oldValue, newValue, instanceValue]: Scalar[]): Scalar {
  const parts = [textValue, oldValue, newValue].map((value) => toText(value ?? null));
  const failed = parts.find((part) => part instanceof SheetError);
  if (failed) return failed;
  const [text, old, replacement] = parts as string[];
  if (old === '') return text!;
  if (instanceValue === undefined || instanceValue === null) return text!.split(old!).join(replacement!);
  const instance = toNumber(instanceValue);
  if (instance instanceof SheetError) return instance;
  if (instance < 1) return new SheetError('#VALUE!', 'SUBSTITUTE: the instance must be 1 or more');
  let from = 0;
  for (let seen = 1; ; seen++) {
    const found = text!.indexOf(old!, from);
    if (found < 0) return text!;
    if (seen === Math.trunc(instance)) return text!.slice(0, found) + replacement! + text!.slice(found + old!.length);
    from = found + old!.length;
  }
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
  if (values.length > spec.parameters.length)
    return new SheetError('#VALUE!', `IPS.${name} takes at most ${spec.parameters.length} arguments`);
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
