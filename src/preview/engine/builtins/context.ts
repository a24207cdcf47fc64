/** What a built-in receives: its unevaluated arguments and the caller's evaluator, as a plugin's function does. */
import type { EngineOptions } from '../evaluate';
import type { FormulaNode } from '../parse';
import { SheetError, isGrid, mapValues, toNumber, type Scalar, type Value } from '../values';

export interface CallContext {
  /** The function's name as written, upper case (one implementation may serve several names). */
  readonly name: string;
  readonly argNodes: readonly FormulaNode[];
  /** Evaluates an argument node in the caller's cells. */
  readonly ev: (node: FormulaNode) => Value;
  readonly options: EngineOptions;
}

/** One built-in: its value for a call. */
export type Builtin = (context: CallContext) => Value;

/** A group of built-ins by name (math, text, …), merged into the engine's table. */
export type BuiltinTable = Readonly<Record<string, Builtin>>;

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

/** The arguments as an aggregate (SUM, AND…) reads them: single references as ranges. */
export function aggregateArgs({ argNodes, ev }: CallContext): Value[] {
  return argNodes.map((node) => ev(asRange(node)));
}

/** Every argument evaluated. */
export function evaluatedArgs({ argNodes, ev }: CallContext): Value[] {
  return argNodes.map(ev);
}

/** #VALUE! when the call has fewer than `min` or more than `max` arguments, else null. */
export function arityError({ name, argNodes }: CallContext, min: number, max: number): SheetError | null {
  return argNodes.length < min || argNodes.length > max
    ? new SheetError('#VALUE!', `${name} takes ${min}–${max} arguments`)
    : null;
}

/** The function applied element by element over the evaluated arguments (arrays give arrays). */
export function elementwise(context: CallContext, f: (scalars: Scalar[]) => Scalar): Value {
  return mapValues(evaluatedArgs(context), f);
}

/** Numbers as SUM sees them: in ranges and arrays only numbers; typed scalars converted. */
export function numbersOf(values: readonly Value[]): number[] | SheetError {
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
