/**
 * Long import work (decoding, parsing, reading rows, the privacy scan) is written once as a
 * generator that yields its progress every few thousand units of work. `runToEnd` drains one at
 * once (tests, small inputs, Node); the pane drains the same generator in slices between which it
 * gives the event loop back (src/ui/chunked.ts), so it never freezes on a large file.
 */

export type ImportPhase = 'decode' | 'parse' | 'rows' | 'privacy';

export interface ImportProgress {
  readonly phase: ImportPhase;
  /** Work done and in all, in the phase's own unit (bytes, characters, rows, columns). */
  readonly done: number;
  readonly total: number;
}

/** A unit of long work: yields progress now and then, returns its result. */
export type Steps<T> = Generator<ImportProgress, T, void>;

/** Runs the steps to the end at once and returns the result. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** How often the generators yield: every this many records, rows or bytes/64. */
export const STEP_EVERY = 2_000;
