/** Built-ins with criteria: COUNTIF/COUNTIFS, MAXIFS/MINIFS (the criteria themselves are in ../criteria). */
import { countIfs, extremeIfs } from '../criteria';
import { evaluatedArgs, type BuiltinTable, type CallContext } from './context';

const countMatching = (context: CallContext) => countIfs(evaluatedArgs(context), context.options);

export const CONDITIONAL_FUNCTIONS: BuiltinTable = {
  COUNTIF: countMatching,
  COUNTIFS: countMatching,
  MAXIFS: (context) => extremeIfs('MAXIFS', evaluatedArgs(context)),
  MINIFS: (context) => extremeIfs('MINIFS', evaluatedArgs(context)),
};
