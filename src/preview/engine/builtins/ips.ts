/** IPS.* (and IPS_* in Sheets) calls: the add-in's own functions from the core's function table. */
import type { CellArg, CellValue } from '../../../core/cells';
import { invokeSafely } from '../../../core/functions/invoke';
import { FUNCTIONS } from '../../../core/functions/table';
import type { FunctionSpec } from '../../../core/functions/types';
import { SheetError, grid, isGrid, type Scalar, type SheetErrorCode, type Value } from '../values';

function functionError(code: string, message: string): SheetError {
  const map: Readonly<Record<string, SheetErrorCode>> = {
    invalidValue: '#VALUE!',
    invalidNumber: '#NUM!',
    notAvailable: '#N/A',
    divisionByZero: '#DIV/0!',
  };
  return new SheetError(map[code] ?? '#VALUE!', message);
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

/** IPS.<name> with evaluated arguments; `name` is without the prefix. */
export function ipsCall(name: string, values: readonly Value[]): Value {
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
