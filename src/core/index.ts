/**
 * The IPS Fidelity scoring core: the scale registry, item calculators, totals and levels, the
 * review model and sheet layouts, and the spreadsheet function table. Free of DOM, Node and
 * host APIs: it runs unchanged in Excel's runtime, Apps Script's V8 and Node.
 */
export * from './text';
export * from './errors';
export * from './result';
export * from './scale/types';
export { IPS_25 } from './scale/ips25';
export {
  SCALES,
  DEFAULT_SCALE,
  itemById,
  findItem,
  sectionOf,
  itemsInSection,
  itemLabel,
  provideScaleTexts,
  loadScaleTexts,
  ScaleTextsNotLoaded,
} from './scale/registry';
export * from './totals';
export * from './items/calculators';
export * from './review/model';
export { sampleReview, SAMPLE_SCORES } from './review/sample';
export * from './review/consensus';
export * from './review/corrections';
export * from './review/repeat';
export * from './review/privacy';
export * from './report';
export * from './history';
export * from './history/charts';
export * from './workbook/chart-plan';
export * from './workbook/plan';
export * from './workbook/workbook';
export * from './sheets/score-sheet';
export * from './inputs/tables';
export * from './inputs/wiring';
export * from './inputs/import';
export * from './inputs/analyse';
export * from './inputs/decode';
export * from './inputs/limits';
export * from './inputs/steps';
export * from './inputs/anonymity';
export * from './inputs/free-text';
export * from './inputs/terminology';
export * from './cycle';
export * from './outcomes/employment-rate';
export type { CellValue, CellArg, CellResult, CellMatrix } from './cells';
export type { FunctionSpec, ParameterSpec } from './functions/types';
export { FUNCTIONS, FUNCTION_LIST } from './functions/table';
// The functions' help texts, apart from the specs (the runtime bundles leave them out).
export {
  documented,
  functionHelp,
  parameterHelp,
  FUNCTION_HELP,
  SHARED_PARAMETER_HELP,
  type DocumentedFunctionSpec,
  type FunctionHelp,
} from './functions/help';
export { invokeSafely, type InvokeOutcome } from './functions/invoke';

import { IPS_25 } from './scale/ips25';
import { DEFAULT_SCALE, provideScaleTexts } from './scale/registry';

// The library for Node carries the whole scale: its texts are there from the start.
provideScaleTexts(IPS_25);

/** All items of the default scale, in score-sheet order. */
export const ITEMS = DEFAULT_SCALE.items;
