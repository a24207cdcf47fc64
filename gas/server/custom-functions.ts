import type { CellArg, CellResult, CellValue } from '../../src/core/cells';
import { invokeSafely } from '../../src/core/functions/invoke';
import type { FunctionSpec, ParameterSpec } from '../../src/core/functions/types';
import { dateAtMidnight, excelSerial, isDate, type CalendarReader } from './values';

/**
 * One cell as the core expects it from a host, shaped like Excel delivers it, so that every
 * answer and every error message is the same in both hosts: blank ("" in Sheets) → null,
 * Date → serial day number (Excel's dates), anything else as it is.
 */
function normalizeCell(value: unknown, calendar: CalendarReader): CellValue {
  if (value === undefined || value === null || value === '') return null;
  if (isDate(value)) return Number.isNaN(value.getTime()) ? (value as Date) : excelSerial(calendar(value));
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

/**
 * Sheets' arguments to Excel's shape, parameter by parameter:
 * - an omitted trailing argument (undefined, or not passed at all) → null, as Excel passes omitted
 *   optional arguments;
 * - a range → a 2-D array of normalized cells;
 * - a single cell for a range parameter → a 1×1 matrix, as Excel passes single cells to matrix
 *   parameters (Sheets passes the bare value);
 * - a bare blank ("") for an OPTIONAL range parameter → null (left out). Sheets cannot tell
 *   `=IPS_CASELOAD(A2:A4,,C2:C4)` from a reference to one blank cell; the skipped argument is the
 *   one people write, and reading it as a 1×1 blank range would make the parallel ranges differ in
 *   size. (Excel passes null for the skipped argument, so both hosts agree.)
 * - arguments beyond the declared parameters are ignored.
 */
export function normalizeArguments(
  parameters: readonly ParameterSpec[],
  args: ArrayLike<unknown>,
  calendar: CalendarReader,
): CellArg[] {
  return parameters.map((parameter, index) => {
    const raw = index < args.length ? args[index] : undefined;
    if (raw === undefined) return null;
    if (Array.isArray(raw)) {
      return raw.map((row: unknown) =>
        Array.isArray(row) ? row.map((cell: unknown) => normalizeCell(cell, calendar)) : [normalizeCell(row, calendar)],
      );
    }
    const cell = normalizeCell(raw, calendar);
    if (parameter.dimensionality !== 'matrix') return cell;
    return cell === null && parameter.optional === true ? null : [[cell]];
  });
}

/**
 * Runs a table function for a Sheets custom function. Failures become a plain Error carrying
 * exactly the message the Excel adapter shows (the message from invokeSafely); Sheets shows it in
 * the cell's #ERROR! tooltip. A date result (FunctionSpec.result.kind 'date', a serial day number
 * in the core) is returned as a Date at midnight in the spreadsheet's time zone, so Sheets shows a
 * date, as dates are read on the way in.
 */
export function runCustomFunction(
  functions: Readonly<Record<string, FunctionSpec>>,
  name: string,
  args: ArrayLike<unknown>,
  calendar: CalendarReader,
): CellResult | Date {
  const spec = Object.prototype.hasOwnProperty.call(functions, name) ? functions[name] : undefined;
  if (!spec) throw new Error(`IPS_${name}: unknown function`);
  const outcome = invokeSafely(spec, normalizeArguments(spec.parameters, args, calendar));
  if (!outcome.ok) throw new Error(outcome.message);
  if (spec.result.kind === 'date' && typeof outcome.value === 'number') return dateAtMidnight(outcome.value, calendar);
  return outcome.value;
}
