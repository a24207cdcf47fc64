import { isIpsError, type IpsErrorCode } from '../errors';
import type { Reason } from '../result';
import type { CellArg, CellResult } from '../cells';
import type { FunctionSpec } from './types';

export type InvokeOutcome =
  | { readonly ok: true; readonly value: CellResult }
  | { readonly ok: false; readonly code: IpsErrorCode; readonly message: string };

/**
 * Calls a table function and turns every failure into a typed outcome, so a host never shows
 * an untyped crash: IpsErrors keep their code and message; anything else is reported as
 * #VALUE! with the function name, as it is a bug to fix, not a user's mistake.
 * `notes` (from the host) end the `reason` output of an item function; other functions have none.
 */
export function invokeSafely(
  spec: FunctionSpec,
  args: readonly CellArg[],
  notes: readonly Reason[] = [],
): InvokeOutcome {
  try {
    const value =
      notes.length > 0 && spec.invokeWithNotes ? spec.invokeWithNotes(notes, ...args) : spec.invoke(...args);
    return { ok: true, value };
  } catch (error) {
    if (isIpsError(error)) return { ok: false, code: error.code, message: error.message };
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, code: 'invalidValue', message: `${spec.name}: unexpected error (${detail})` };
  }
}
