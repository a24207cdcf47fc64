import { emptyCalculatorInput, pasteIntoRows, type CalculatorInput, type CalculatorSpec } from '../calculator';
import type { AppState, Action } from './types';
import { updateUi } from './update';

function updateCalc(
  state: AppState,
  spec: CalculatorSpec,
  itemId: string,
  change: (input: CalculatorInput) => CalculatorInput,
): AppState {
  return updateUi(state, itemId, (ui) => {
    const { calcResult: _stale, ...rest } = ui;
    return { ...rest, calc: change(ui.calc ?? emptyCalculatorInput(spec)) };
  });
}

/** An item's calculator input and result (pane only, not saved). */
export type CalculatorAction = Extract<
  Action,
  {
    readonly type:
      'calcScalar' | 'calcCell' | 'calcPaste' | 'calcAddRow' | 'calcRemoveRow' | 'calcClear' | 'calcResult';
  }
>;

export function reduceCalculator(state: AppState, action: CalculatorAction): AppState {
  switch (action.type) {
    case 'calcScalar':
      return updateCalc(state, action.spec, action.itemId, (input) => ({
        ...input,
        scalars: { ...input.scalars, [action.name]: action.value },
      }));
    case 'calcCell':
      return updateCalc(state, action.spec, action.itemId, (input) => ({
        ...input,
        rows: input.rows.map((cells, r) =>
          r === action.row ? cells.map((cell, c) => (c === action.column ? action.value : cell)) : cells,
        ),
      }));
    case 'calcPaste':
      return updateCalc(state, action.spec, action.itemId, (input) => ({
        ...input,
        rows: pasteIntoRows(input.rows, action.row, action.column, action.text, action.spec.ranges.length),
      }));
    case 'calcAddRow':
      return updateCalc(state, action.spec, action.itemId, (input) => ({
        ...input,
        rows: [...input.rows, action.spec.ranges.map(() => '')],
      }));
    case 'calcRemoveRow':
      return updateCalc(state, action.spec, action.itemId, (input) => ({
        ...input,
        rows: input.rows.length > 1 ? input.rows.slice(0, -1) : input.rows,
      }));
    case 'calcClear':
      return updateCalc(state, action.spec, action.itemId, () => emptyCalculatorInput(action.spec));
    case 'calcResult':
      return updateUi(state, action.itemId, (ui) => ({ ...ui, calcResult: action.result }));
  }
}
