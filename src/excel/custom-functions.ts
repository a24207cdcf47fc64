import type { IpsErrorCode } from '../core/errors';
import type { CellArg, CellResult } from '../core/cells';
import { invokeSafely } from '../core/functions/invoke';
import type { FunctionSpec } from '../core/functions/types';
import { emptyRowsNote, leaveOutEmptyRowsAtEnd } from './empty-rows';

/**
 * The part of Excel's `CustomFunctions` global this add-in uses. Passed in rather than read from
 * the global, so the mapping is testable without Excel (and needs no @types/custom-functions-runtime).
 */
export interface CustomFunctionsHost {
  // Office's CustomFunctions.associate takes any Function and CustomFunctions.Error an Office
  // ErrorCode; `any` lets both the real global and a test's stand-in satisfy this interface.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
  associate(id: string, implementation: (...args: any[]) => unknown): void;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
  readonly Error: new (code: any, message?: string) => unknown;
  readonly ErrorCode: Readonly<Record<IpsErrorCode, unknown>>;
}

/** Core error codes to Excel's, spelled out so a new core code fails the type check here. */
const EXCEL_ERROR: Readonly<Record<IpsErrorCode, IpsErrorCode>> = {
  invalidValue: 'invalidValue', // #VALUE!
  invalidNumber: 'invalidNumber', // #NUM!
  notAvailable: 'notAvailable', // #N/A
  divisionByZero: 'divisionByZero', // #DIV/0!
};

/**
 * Excel's arguments as the core's CellArgs: omitted optional arguments arrive as null or
 * undefined (kept, the core treats both as omitted); ranges as 2-D arrays (passed on as they are;
 * the core never changes an argument), a row that is not an array as a row of one cell; blank cells as null
 * (web), "" or 0 (desktop builds; see empty-rows.ts for the 0). Anything else is passed through.
 */
export function toCellArg(arg: unknown): CellArg {
  if (arg === undefined || arg === null) return arg;
  if (Array.isArray(arg))
    return everyRowAnArray(arg) ? (arg as CellArg) : (arg.map((row) => (Array.isArray(row) ? row : [row])) as CellArg);
  return arg as CellArg;
}

/** Excel's whole days from 1900-01-01 (1) to 9999-12-31 (2958465). */
function isSerialDay(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 2_958_465;
}

/** True when a range is rows of cells already, as Excel sends it: then it is passed on as it is, not copied (100 000 rows). */
function everyRowAnArray(range: readonly unknown[]): boolean {
  for (let index = 0; index < range.length; index++) if (!Array.isArray(range[index])) return false;
  return true;
}

type Shaped = { ok: true; value: CellResult } | { ok: false; code: IpsErrorCode; message: string };

/**
 * A spec's result as Excel wants it: matrix results as rectangular 2-D arrays (a scalar becomes
 * [[v]]), scalar results as one value (a 1×1 array is unwrapped). NaN or ±Infinity would reach the
 * cell as an untyped failure, so they become #NUM! naming the function.
 */
function shapeResult(spec: FunctionSpec, value: CellResult): Shaped {
  const finite = (cell: unknown) => typeof cell !== 'number' || Number.isFinite(cell);
  const notFinite: Shaped = {
    ok: false,
    code: 'invalidNumber',
    message: `${spec.name}: the result is not a finite number`,
  };
  if (spec.result.dimensionality === 'matrix') {
    const matrix = Array.isArray(value) ? value : [[value]];
    const width = matrix[0]?.length ?? 0;
    if (width === 0 || matrix.some((row) => !Array.isArray(row) || row.length !== width)) {
      return { ok: false, code: 'invalidValue', message: `${spec.name}: the result is not a rectangular range` };
    }
    return matrix.every((row) => row.every(finite)) ? { ok: true, value: matrix } : notFinite;
  }
  if (Array.isArray(value)) {
    if (value.length !== 1 || value[0]?.length !== 1) {
      return {
        ok: false,
        code: 'invalidValue',
        message: `${spec.name}: a range was returned where one value was expected`,
      };
    }
    value = value[0][0]!;
  }
  // A date result is Excel's own serial day number, shown as a date by the cell's format.
  if (spec.result.kind === 'date' && !isSerialDay(value)) {
    return { ok: false, code: 'invalidNumber', message: `${spec.name}: the result is not a date` };
  }
  return finite(value) ? { ok: true, value } : notFinite;
}

/**
 * The Excel implementation of one spec: calls the core and turns its typed failures into
 * CustomFunctions.Error (thrown, which is how Excel shows #VALUE!, #NUM!, #N/A, #DIV/0! with the
 * message in the cell's error tooltip).
 */
export function excelFunction(spec: FunctionSpec, host: CustomFunctionsHost): (...args: unknown[]) => CellResult {
  return (...args: unknown[]) => {
    // Excel passes one argument per declared parameter; extra trailing ones (none today) are dropped.
    const cellArgs = spec.parameters.map((_, index) => toCellArg(args[index]));
    // Desktop builds may send blank cells as 0: empty rows at the end of the ranges are left out.
    const read = leaveOutEmptyRowsAtEnd(spec.parameters, cellArgs);
    const outcome = invokeSafely(spec, read.args, read.leftOut > 0 ? [emptyRowsNote(read.leftOut)] : []);
    if (!outcome.ok) throw new host.Error(host.ErrorCode[EXCEL_ERROR[outcome.code]], outcome.message);
    const shaped = shapeResult(spec, outcome.value);
    if (!shaped.ok) throw new host.Error(host.ErrorCode[shaped.code], shaped.message);
    return shaped.value;
  };
}

/** Associates every spec with its Excel implementation (id = the spec's name, as in functions.json). */
export function associateAll(specs: readonly FunctionSpec[], host: CustomFunctionsHost): string[] {
  for (const spec of specs) host.associate(spec.name, excelFunction(spec, host));
  return specs.map((spec) => spec.name);
}
