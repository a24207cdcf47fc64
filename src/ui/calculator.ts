import type { CellArg, CellValue } from '../core/cells';
import { invokeSafely } from '../core/functions/invoke';
import type { FunctionSpec, ParameterSpec } from '../core/functions/types';
import type { Score } from '../core/scale/types';
import type { Language } from '../core/text';
import { ERROR_CODES } from './strings';

/**
 * The pane's item calculator: the inputs of an item's spreadsheet function (from the one
 * function table), entered as a small table or pasted from a sheet, and the function's own
 * score, metric and reason. Pure: no DOM.
 */

/** Trailing parameters every item function has; the pane supplies them itself. */
const OUTPUT = 'output';
const LANGUAGE = 'language';

export interface CalculatorSpec {
  readonly fn: FunctionSpec;
  /** Single-cell inputs, in parameter order. */
  readonly scalars: readonly ParameterSpec[];
  /** Range inputs, in parameter order: the columns of the input table. */
  readonly ranges: readonly ParameterSpec[];
}

export function calculatorFor(itemId: string, functions: readonly FunctionSpec[]): CalculatorSpec | null {
  const fn = functions.find((candidate) => candidate.itemId === itemId);
  if (!fn) return null;
  const inputs = fn.parameters.filter((parameter) => parameter.name !== OUTPUT && parameter.name !== LANGUAGE);
  return {
    fn,
    scalars: inputs.filter((parameter) => parameter.dimensionality === 'scalar'),
    ranges: inputs.filter((parameter) => parameter.dimensionality === 'matrix'),
  };
}

/** What the user typed: text per scalar parameter, and the table (rows × range parameters). */
export interface CalculatorInput {
  readonly scalars: Readonly<Record<string, string>>;
  readonly rows: readonly (readonly string[])[];
}

export const DEFAULT_ROWS = 3;

export function emptyCalculatorInput(spec: CalculatorSpec, rows = DEFAULT_ROWS): CalculatorInput {
  return {
    scalars: Object.fromEntries(spec.scalars.map((parameter) => [parameter.name, ''])),
    rows: spec.ranges.length === 0 ? [] : Array.from({ length: rows }, () => spec.ranges.map(() => '')),
  };
}

/**
 * A typed or pasted cell as a spreadsheet would hold it: numbers (decimal comma or point,
 * percentages), TRUE/FALSE, dates (dd.mm.yyyy becomes yyyy-mm-dd), otherwise the text.
 * Blank is null.
 */
export function parseCellText(raw: string): CellValue {
  const textValue = raw.replace(/\u00a0/g, ' ').trim();
  if (textValue === '') return null;
  const numeric = /^[-+]?(\d+|\d{1,3}( \d{3})+)([.,]\d+)?$/;
  if (numeric.test(textValue)) return Number(textValue.replace(/ /g, '').replace(',', '.'));
  const percent = /^([-+]?\d+([.,]\d+)?)\s*%$/.exec(textValue);
  if (percent) return Number(percent[1]!.replace(',', '.')) / 100;
  const upper = textValue.toUpperCase();
  if (upper === 'TRUE' || upper === 'SANN') return true;
  if (upper === 'FALSE' || upper === 'USANN') return false;
  const date = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(textValue);
  if (date) return `${date[3]}-${date[2]!.padStart(2, '0')}-${date[1]!.padStart(2, '0')}`;
  return textValue;
}

/** Tab/newline text as copied from a spreadsheet: rows of cells, without the trailing line break. */
export function parsePasted(textValue: string): string[][] {
  const lines = textValue.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split('\t'));
}

/** True when pasted text spans more than one cell, so the table should take it over. */
export function isMultiCellPaste(textValue: string): boolean {
  return /[\t\n\r]/.test(textValue.replace(/[\r\n]+$/, ''));
}

/**
 * Puts pasted text into the table from (row, column) down and to the right, adding rows as
 * needed. Cells beyond the table's columns are dropped.
 */
export function pasteIntoRows(
  rows: readonly (readonly string[])[],
  row: number,
  column: number,
  textValue: string,
  columnCount: number,
): string[][] {
  const next = rows.map((cells) => [...cells]);
  const pasted = parsePasted(textValue);
  pasted.forEach((cells, r) => {
    while (next.length <= row + r) next.push(new Array<string>(columnCount).fill(''));
    cells.forEach((cell, c) => {
      if (column + c < columnCount) next[row + r]![column + c] = cell.trim();
    });
  });
  return next;
}

/** The function's arguments in parameter order, for the given output and language. */
export function calculatorArgs(
  spec: CalculatorSpec,
  input: CalculatorInput,
  output: 'score' | 'metric' | 'reason',
  language: Language,
): CellArg[] {
  return spec.fn.parameters.map((parameter) => {
    if (parameter.name === OUTPUT) return output;
    if (parameter.name === LANGUAGE) return language;
    if (parameter.dimensionality === 'scalar') return parseCellText(input.scalars[parameter.name] ?? '');
    const column = spec.ranges.indexOf(parameter);
    const cells = input.rows.map((cells) => [parseCellText(cells[column] ?? '')]);
    if (parameter.optional && cells.every(([cell]) => cell === null)) return null;
    return cells;
  });
}

export type CalcOutcome =
  | { readonly ok: true; readonly score: Score; readonly metric: number | null; readonly reason: string }
  | { readonly ok: false; readonly code: string; readonly message: string };

/**
 * Runs the item's function three times (score, metric, reason), exactly as a sheet would. The
 * result is only shown: the user decides whether to use the score.
 */
export function runCalculator(spec: CalculatorSpec, input: CalculatorInput, language: Language): CalcOutcome {
  const score = invokeSafely(spec.fn, calculatorArgs(spec, input, 'score', language));
  if (!score.ok) return { ok: false, code: ERROR_CODES[score.code] ?? score.code, message: score.message };
  if (typeof score.value !== 'number' || !Number.isInteger(score.value) || score.value < 1 || score.value > 5) {
    return { ok: false, code: '#VALUE!', message: `${spec.fn.name}: unexpected result ${JSON.stringify(score.value)}` };
  }
  const metric = invokeSafely(spec.fn, calculatorArgs(spec, input, 'metric', language));
  const reason = invokeSafely(spec.fn, calculatorArgs(spec, input, 'reason', language));
  return {
    ok: true,
    score: score.value as Score,
    metric: metric.ok && typeof metric.value === 'number' ? metric.value : null,
    reason: reason.ok ? String(reason.value) : '',
  };
}
