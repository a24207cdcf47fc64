import type { CellValue } from '../../core/cells';
import type { Conflict, SheetPlan } from '../../core/workbook/plan';
import { writeWithConsent, type Workbook, type WriteOutcome } from '../../core/workbook/workbook';
import type { DialogContent } from '../dialog';
import type { PrivacyGate } from '../privacy-gate';
import { baselineFromPlan, type Action, type AppState, type Baseline, type Notice } from '../state';
import type { Strings } from '../strings';

/**
 * What the pane's commands work with: the workbook, the one state container (read it again after
 * every await: the user may have moved on), the way to ask, and the pane's memory of its own cells.
 */
export interface PaneCommandContext {
  readonly workbook: Workbook;
  state(): AppState;
  dispatch(action: Action): void;
  notify(kind: Notice['kind'], text: (s: Strings) => string): void;
  /** Asks in the pane's dialog (or the host's confirm with the plain-text message). */
  ask(content: (s: Strings) => DialogContent, message: (s: Strings) => string): Promise<boolean>;
  /** Asks before overwriting: only the cells that are not the pane's own (see foreignConflicts). */
  confirm(conflicts: readonly Conflict[]): Promise<boolean>;
  /** Per sheet: what the pane last wrote there or read from it. */
  readonly baselines: Map<string, Baseline>;
  readonly privacy: PrivacyGate;
  /** Moves focus to the element with this data-key (after a command, where the user goes on). */
  focusKey(key: string): void;
  /** True once the pane is unmounted: nothing more is dispatched. */
  destroyed(): boolean;
}

/**
 * Several sheets in one host round trip. A host that has not got readSheets yet is read sheet
 * by sheet (one trip each), so the pane still works while the hosts catch up.
 */
export async function readMany(workbook: Workbook, names: readonly string[]): Promise<(CellValue[][] | null)[]> {
  if (names.length === 0) return [];
  if (typeof (workbook as Partial<Workbook>).readSheets === 'function') return workbook.readSheets(names);
  const values: (CellValue[][] | null)[] = [];
  for (const name of names) values.push(await workbook.readSheet(name));
  return values;
}

/** Measures an operation for the preview and tests (performance.measure "ips-<name>"). */
export function measure(name: string, start: number): void {
  try {
    performance.measure(`ips-${name}`, { start, end: performance.now() });
  } catch {
    // No User Timing Level 3 (old webviews): nothing to measure.
  }
}

/** Writes plans through writeWithConsent (read, ask, write) and remembers them as the pane's own cells. */
export async function writePlans(pane: PaneCommandContext, plans: readonly SheetPlan[]): Promise<WriteOutcome> {
  const outcome = await writeWithConsent(pane.workbook, plans, (conflicts) => pane.confirm(conflicts));
  if (outcome.written) for (const plan of plans) pane.baselines.set(plan.sheet, baselineFromPlan(plan));
  return outcome;
}
