import { CYCLE_FUNCTIONS } from './cycle';
import { GENERAL_FUNCTIONS } from './general';
import { OUTCOME_FUNCTIONS } from './outcome-functions';
import { REVIEW_FUNCTIONS } from './review-functions';
import { ITEM_FUNCTIONS } from '../items';
import type { FunctionSpec } from './types';

/**
 * The one table of spreadsheet functions. Excel's functions.json, the Excel associations and
 * the Apps Script globals are all generated from it. The parameters' display names are not filled
 * in here: only the pane shows them (functions/parameter-labels.ts, parameterLabel), and this
 * table is in every custom-functions bundle (Excel's functions.js) where they would only cost.
 */
export const FUNCTION_LIST: readonly FunctionSpec[] = [
  ...ITEM_FUNCTIONS,
  ...GENERAL_FUNCTIONS,
  ...REVIEW_FUNCTIONS,
  ...CYCLE_FUNCTIONS,
  ...OUTCOME_FUNCTIONS,
];

export const FUNCTIONS: Readonly<Record<string, FunctionSpec>> = Object.fromEntries(
  FUNCTION_LIST.map((spec) => [spec.name, spec]),
);
