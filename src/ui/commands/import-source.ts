import { runChunked } from '../chunked';
import { refreshSteps } from '../import-draft';
import type { InputsAction, InputsState } from '../inputs-state';
import { fileSizeProblem } from '../../core/inputs/limits';
import type { Language } from '../../core/text';

type Dispatch = (action: InputsAction) => void;

/** Reading a file or a large paste into the import draft, in slices with progress. */

/** Reads a chosen file: its size is checked before any byte is read. */
export async function readFileAction(file: File, language: Language): Promise<InputsAction> {
  const tooLarge = fileSizeProblem(file.size);
  if (tooLarge) return { type: 'message', message: { kind: 'error', text: tooLarge } };
  return { type: 'startFile', bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name, language };
}

const reading = new WeakSet<object>();

/**
 * Derives a draft too large for the reducer in slices of about 40 ms, with progress, until it is
 * current (a change made meanwhile is read too). One read at a time per `owner`.
 */
export async function readInSlices(owner: object, current: () => InputsState, dispatch: Dispatch): Promise<void> {
  if (reading.has(owner)) return;
  reading.add(owner);
  try {
    for (let state = current(); state.draft && state.draft.needs !== null; state = current()) {
      const revision = state.draft.revision;
      const refreshed = await runChunked(refreshSteps(state.draft, state.pseudonyms), {
        onProgress: (progress) => dispatch({ type: 'progress', progress }),
        // Cancelled or changed meanwhile: this read is no longer wanted.
        stop: () => current().draft?.revision !== revision,
      });
      if (refreshed) dispatch({ type: 'refreshed', ...refreshed });
    }
  } finally {
    reading.delete(owner);
  }
}
