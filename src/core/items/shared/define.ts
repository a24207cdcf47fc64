import { invalidValue, notAvailable } from '../../errors';
import type { ItemResult, Reason } from '../../result';
import { isBlank, isOmitted, list, readLanguage, readYesNo, scalar, type CellArg, type CellResult } from '../../cells';
import type { FunctionSpec, ParameterSpec } from '../../functions/types';

/** What an item function returns to its cell; chosen by the trailing optional `output` argument. */
export type OutputKind = 'score' | 'metric' | 'reason';

/** The words accepted for `output`. A Map, so a word such as "constructor" or "toString" is not found on a prototype. */
const OUTPUT_WORDS: ReadonlyMap<string, OutputKind> = new Map<string, OutputKind>([
  ['score', 'score'],
  ['skår', 'score'],
  ['skaar', 'score'],
  ['metric', 'metric'],
  ['verdi', 'metric'],
  ['mål', 'metric'],
  ['reason', 'reason'],
  ['begrunnelse', 'reason'],
  ['explain', 'reason'],
]);

export function readOutput(arg: CellArg): OutputKind {
  const value = scalar(arg, 'output');
  if (isOmitted(value) || isBlank(value)) return 'score';
  const kind = typeof value === 'string' ? OUTPUT_WORDS.get(value.trim().toLowerCase()) : undefined;
  if (!kind) {
    throw invalidValue(
      `argument 'output': expected "score", "metric" or "reason" (skår, verdi, begrunnelse), got ${JSON.stringify(value)}`,
    );
  }
  return kind;
}

export const OUTPUT_PARAMETER: ParameterSpec = {
  name: 'output',
  type: 'any',
  dimensionality: 'scalar',
  optional: true,
};

export const LANGUAGE_PARAMETER: ParameterSpec = {
  name: 'language',
  type: 'any',
  dimensionality: 'scalar',
  optional: true,
};

/**
 * The optional `unit` of a column of percentages (VOCATIONAL_TIME, COMMUNITY_TIME), read with
 * readPercentUnit: left out, the unit is inferred from the values (see readPercentColumn).
 */
export const PERCENT_UNIT_PARAMETER: ParameterSpec = {
  name: 'unit',
  type: 'any',
  dimensionality: 'scalar',
  optional: true,
};

/** The explanation of a column of percentages read as fractions (0.93 = 93 %), put first in the reasons. */
export function fractionNote(rule: string, inferred: boolean): Reason {
  return {
    rule,
    text: {
      nb: inferred
        ? 'Alle verdiene er mellom 0 og 1 og er lest som andeler (0,93 = 93 %).'
        : 'Verdiene er lest som andeler (0,93 = 93 %).',
      en: inferred
        ? 'All values are between 0 and 1 and are read as fractions (0.93 = 93 %).'
        : 'The values are read as fractions (0.93 = 93 %).',
    },
  };
}

/** The result with a note put first in its reasons. */
export function withNote(result: ItemResult, note: Reason | undefined): ItemResult {
  return note ? { ...result, reasons: [note, ...result.reasons] } : result;
}

/** Renders an item result as the cell asked for. */
export function renderResult(result: ItemResult, output: OutputKind, language: 'nb' | 'en'): CellResult {
  switch (output) {
    case 'score':
      return result.score;
    case 'metric':
      if (result.metric === undefined) throw notAvailable(`this item has no metric; use output "score" or "reason"`);
      return result.metric;
    case 'reason':
      return result.reasons.map((reason) => reason.text[language]).join(' ');
  }
}

export interface ItemFunctionDefinition {
  readonly name: string;
  readonly itemId: string;
  /** The item-specific leading parameters; `output` and `language` are appended. */
  readonly parameters: readonly ParameterSpec[];
  /** Reads the leading arguments and computes the item result. */
  readonly compute: (args: readonly CellArg[]) => ItemResult;
}

/**
 * An item-scoring function: the leading parameters are the item's inputs, then the optional
 * `output` ("score" | "metric" | "reason") and `language` ("nb" | "en").
 */
export function itemFunction(definition: ItemFunctionDefinition): FunctionSpec {
  const leading = definition.parameters.length;
  return {
    name: definition.name,
    itemId: definition.itemId,
    parameters: [...definition.parameters, OUTPUT_PARAMETER, LANGUAGE_PARAMETER],
    result: { type: 'any', dimensionality: 'scalar' },
    invoke: (...args: CellArg[]) => invokeWithNotes([], ...args),
    invokeWithNotes,
  };

  function invokeWithNotes(notes: readonly Reason[], ...args: CellArg[]): CellResult {
    const output = readOutput(args[leading] ?? null);
    const language = readLanguage(scalar(args[leading + 1] ?? null, 'language'));
    const result = definition.compute(args.slice(0, leading));
    return renderResult(
      notes.length > 0 ? { ...result, reasons: [...result.reasons, ...notes] } : result,
      output,
      language,
    );
  }
}

/** A range parameter (one row per specialist, job, contact, …). */
export function rangeParameter(name: string, optional = false): ParameterSpec {
  return { name, type: 'any', dimensionality: 'matrix', optional };
}

/** A range of one row per specialist, job, contact or item, read in parallel with the function's other record ranges (see ParameterSpec.rows). */
export function recordsParameter(name: string, optional = false): ParameterSpec {
  return { ...rangeParameter(name, optional), rows: 'records' };
}

/** A single-cell parameter. */
export function scalarParameter(name: string, optional = false): ParameterSpec {
  return { name, type: 'any', dimensionality: 'scalar', optional };
}

/** The optional `caps` range: one yes/no cell per cap of the item, in the order IPS.CAPS lists them. */
export const CAPS_PARAMETER: ParameterSpec = rangeParameter('caps', true);

/** The caps argument: omitted or all blank = none apply (an empty list); otherwise one flag per cell. */
export function readCapFlags(arg: CellArg): boolean[] {
  const cells = isOmitted(arg ?? null) ? [] : list(arg ?? null, 'caps');
  if (cells.every(isBlank)) return [];
  return cells.map((cell, index) => readYesNo(cell, { argument: 'caps', row: index + 1 }));
}
