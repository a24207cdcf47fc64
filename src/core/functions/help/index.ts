/**
 * The help texts of the spreadsheet functions, in Norwegian and English: what each function gives
 * and what each parameter takes. The runtime specs (functions/table.ts) carry only what a call
 * needs; the help is read at build time (Excel's functions.json, the function reference, the Apps
 * Script JSDoc) and by the pane's calculator, in a chunk loaded on first use. Neither Excel's
 * functions.js nor the Apps Script custom functions import this module, so they carry none of it.
 */
import type { Text } from '../../text';
import type { FunctionSpec, ParameterSpec } from '../types';
import { GENERAL_HELP } from './general';
import { OUTCOME_HELP } from './outcomes';
import { SERVICES_HELP } from './services';
import { SHARED_PARAMETER_HELP } from './shared';
import { STAFFING_ORGANIZATION_HELP } from './staffing-organization';
import type { FunctionHelp } from './types';

export type { FunctionHelp } from './types';
export { SHARED_PARAMETER_HELP } from './shared';

/** Every function's help, by function name. */
export const FUNCTION_HELP: Readonly<Record<string, FunctionHelp>> = {
  ...STAFFING_ORGANIZATION_HELP,
  ...SERVICES_HELP,
  ...GENERAL_HELP,
  ...OUTCOME_HELP,
};

/** An own key, so a name such as "constructor" is not found on a prototype. */
function has(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

/** What a function gives, or undefined when it has no help (a test requires it for all). */
export function functionHelp(functionName: string): Text | undefined {
  return has(FUNCTION_HELP, functionName) ? FUNCTION_HELP[functionName]!.description : undefined;
}

/** What a parameter takes: the function's own text for it, else the shared one; undefined when neither. */
export function parameterHelp(functionName: string, parameterName: string): Text | undefined {
  const own = has(FUNCTION_HELP, functionName) ? FUNCTION_HELP[functionName]!.parameters : undefined;
  if (own && has(own, parameterName)) return own[parameterName];
  return has(SHARED_PARAMETER_HELP, parameterName) ? SHARED_PARAMETER_HELP[parameterName] : undefined;
}

/** A parameter with its help. */
export interface DocumentedParameterSpec extends ParameterSpec {
  readonly description: Text;
}

/** A function with its help and its parameters' help, as the metadata, the docs and the JSDoc need it. */
export interface DocumentedFunctionSpec extends Omit<FunctionSpec, 'parameters'> {
  readonly description: Text;
  readonly parameters: readonly DocumentedParameterSpec[];
}

const MISSING: Text = { nb: '', en: '' };

/**
 * The spec with its help filled in. A function or parameter without help gets empty texts, which
 * the metadata generator's check (checkFunctionTable) reports by name.
 */
export function documented(spec: FunctionSpec): DocumentedFunctionSpec {
  return {
    ...spec,
    description: functionHelp(spec.name) ?? MISSING,
    parameters: spec.parameters.map((parameter) => ({
      ...parameter,
      description: parameterHelp(spec.name, parameter.name) ?? MISSING,
    })),
  };
}
