import { INPUT_TABLES } from '../../core/inputs/tables';
import { hasWiring, tableFeeds } from '../../core/inputs/wiring';
import { type Conflict } from '../../core/workbook/plan';
import { type CellValue } from '../../core/cells';
import { type Workbook } from '../../core/workbook/workbook';
import { type ViewContext } from '../context';
import { initialInputsState, reduceInputs, type InputsAction, type InputsState } from '../inputs-state';

/**
 * The input tables' screen keeps its own state (inputs-state.ts) per mounted pane, apart from the
 * pane's reducer: one store per pane id prefix, connected to the workbook by connectInputs.
 */

/** What the view needs from the pane: the workbook, and optionally the pane's own overwrite question. */
export interface InputsHost {
  readonly workbook: Workbook;
  /** Asks before cells are overwritten (the pane's dialog); default: an in-pane dialog of this view. */
  readonly confirm?: (conflicts: readonly Conflict[]) => Promise<boolean>;
  /**
   * Reads the open review's score sheet again (one read) and brings the pane's review up to date
   * with it (consensus scores that follow the computed ones); returns the sheet's values. Called
   * after every write of this view. Default: the sheet is only read.
   */
  readonly reread?: () => Promise<CellValue[][] | null>;
}

export interface InputsStore {
  state: InputsState;
  host: InputsHost | null;
  ctx: ViewContext | null;
  container: HTMLElement | null;
  /** Renders the view again (set by the view when it shows). */
  render: ((store: InputsStore) => void) | null;
}

const stores = new Map<string, InputsStore>();

export function storeFor(prefix: string): InputsStore {
  let store = stores.get(prefix);
  if (!store) {
    store = { state: initialInputsState(), host: null, ctx: null, container: null, render: null };
    stores.set(prefix, store);
  }
  return store;
}

/**
 * Connects the view of the pane with this id prefix (ViewContext.prefix) to its workbook. Call
 * once when the pane is mounted; the returned function disconnects (on destroy).
 */
export function connectInputs(prefix: string, host: InputsHost): () => void {
  const store = storeFor(prefix);
  store.host = host;
  return () => {
    stores.delete(prefix);
  };
}

/** The view's state for a pane (tests and the preview inspect it). */
export function inputsStateOf(prefix: string): InputsState {
  return storeFor(prefix).state;
}

/** Applies an action to the store and renders the screen again (unless told not to). */
export function applyInputsAction(store: InputsStore, action: InputsAction, rerender = true): void {
  store.state = reduceInputs(store.state, action);
  if (rerender) store.render?.(store);
}

/** Item ids the input tables can compute (for a nav badge or a hint in the item view). */
export function computableItems(): string[] {
  return INPUT_TABLES.flatMap((table) => tableFeeds(table.id)).filter(
    (id, index, all) => all.indexOf(id) === index && hasWiring(id),
  );
}
