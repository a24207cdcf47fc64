/** Lookup built-ins: LOOKUP in its vector and array forms. */
import { SheetError, compareValues, firstScalar, grid, isGrid, type Grid, type Scalar, type Value } from '../values';
import { evaluatedArgs, type BuiltinTable, type CallContext } from './context';

/** The keys and results LOOKUP searches: a result vector, or the array's first row/column and last row/column. */
function lookupVectors(source: Grid, resultVector: Grid | undefined): [readonly Scalar[], readonly Scalar[]] {
  if (resultVector !== undefined) return [source.data, resultVector.data];
  if (source.columns > source.rows)
    return [source.data.slice(0, source.columns), source.data.slice((source.rows - 1) * source.columns)];
  return [
    Array.from({ length: source.rows }, (_, r) => source.data[r * source.columns]!),
    Array.from({ length: source.rows }, (_, r) => source.data[r * source.columns + source.columns - 1]!),
  ];
}

function lookup(context: CallContext): Value {
  const args = evaluatedArgs(context);
  if (args.length < 2 || args.length > 3) return new SheetError('#VALUE!', 'LOOKUP takes 2–3 arguments');
  const wanted = firstScalar(args[0]!);
  if (wanted instanceof SheetError) return wanted;
  const asGrid = (value: Value): Grid => (isGrid(value) ? value : grid(1, 1, [value]));
  const [keys, results] = lookupVectors(asGrid(args[1]!), args[2] === undefined ? undefined : asGrid(args[2]));
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

export const LOOKUP_FUNCTIONS: BuiltinTable = { LOOKUP: lookup };
