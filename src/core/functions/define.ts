import { invalidValue, notAvailable } from '../errors';
import type { ItemResult } from '../result';
import type { Text } from '../text';
import { isBlank, isOmitted, readLanguage, scalar, type CellArg, type CellResult } from './cells';
import type { FunctionSpec, ParameterSpec } from './types';

/** What an item function returns to its cell; chosen by the trailing optional `output` argument. */
export type OutputKind = 'score' | 'metric' | 'reason';

const OUTPUT_WORDS: Readonly<Record<string, OutputKind>> = {
  score: 'score', 'skår': 'score', skaar: 'score',
  metric: 'metric', verdi: 'metric', 'mål': 'metric',
  reason: 'reason', begrunnelse: 'reason', explain: 'reason',
};

export function readOutput(arg: CellArg): OutputKind {
  const value = scalar(arg, 'output');
  if (isOmitted(value) || isBlank(value)) return 'score';
  const kind = typeof value === 'string' ? OUTPUT_WORDS[value.trim().toLowerCase()] : undefined;
  if (!kind) {
    throw invalidValue(`argument 'output': expected "score", "metric" or "reason" (skår, verdi, begrunnelse), got ${JSON.stringify(value)}`);
  }
  return kind;
}

export const OUTPUT_PARAMETER: ParameterSpec = {
  name: 'output',
  description: {
    nb: 'Valgfritt: "score" (standard) gir skåren 1–5, "metric" gir verdien skåren er lest av, "reason" gir begrunnelsen.',
    en: 'Optional: "score" (default) gives the 1–5 score, "metric" the value the score was read from, "reason" the explanation.',
  },
  type: 'any',
  dimensionality: 'scalar',
  optional: true,
};

export const LANGUAGE_PARAMETER: ParameterSpec = {
  name: 'language',
  description: {
    nb: 'Valgfritt: "nb" (standard, skalaens offisielle ordlyd) eller "en".',
    en: 'Optional: "nb" (default, the scale\'s official wording) or "en".',
  },
  type: 'any',
  dimensionality: 'scalar',
  optional: true,
};

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
  readonly description: Text;
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
    description: definition.description,
    itemId: definition.itemId,
    parameters: [...definition.parameters, OUTPUT_PARAMETER, LANGUAGE_PARAMETER],
    result: { type: 'any', dimensionality: 'scalar' },
    invoke: (...args: CellArg[]) => {
      const output = readOutput(args[leading] ?? null);
      const language = readLanguage(scalar(args[leading + 1] ?? null, 'language'));
      return renderResult(definition.compute(args.slice(0, leading)), output, language);
    },
  };
}

/** A range parameter (one row per specialist, job, contact, …). */
export function rangeParameter(name: string, nb: string, en: string, optional = false): ParameterSpec {
  return { name, description: { nb, en }, type: 'any', dimensionality: 'matrix', optional };
}

/** A single-cell parameter. */
export function scalarParameter(name: string, nb: string, en: string, optional = false): ParameterSpec {
  return { name, description: { nb, en }, type: 'any', dimensionality: 'scalar', optional };
}
