/**
 * Runs long import work (a core Steps generator) in slices of about `budgetMs`, giving the event
 * loop back between slices, so the pane keeps answering (and can show progress) on large files.
 */
import type { ImportProgress, Steps } from '../core/inputs/steps';

export interface ChunkOptions {
  /** Longest slice of work before the event loop gets a turn (default 40 ms). */
  readonly budgetMs?: number;
  /** Called between slices with the latest progress. */
  readonly onProgress?: (progress: ImportProgress) => void;
  /** How the event loop gets its turn (default a zero timeout). */
  readonly pause?: () => Promise<void>;
  /** The clock (default performance.now or Date.now). */
  readonly now?: () => number;
  /** Asked between slices: true stops the work (its result is no longer wanted). */
  readonly stop?: () => boolean;
}

const defaultNow = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
const defaultPause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Drains the steps in slices; resolves with their result, or null when stopped. */
export async function runChunked<T>(steps: Steps<T>, options: ChunkOptions = {}): Promise<T | null> {
  const budget = options.budgetMs ?? 40;
  const now = options.now ?? defaultNow;
  const pause = options.pause ?? defaultPause;
  let sliceStart = now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (now() - sliceStart >= budget) {
      options.onProgress?.(next.value);
      await pause();
      if (options.stop?.()) return null;
      sliceStart = now();
    }
  }
}
