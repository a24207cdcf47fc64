// The scale's long texts are not in functions.js (they are 46 % of it): they are a chunk of their
// own, loaded the first time a function reads one. Such a call answers with a Promise (Excel
// accepts one from any custom function) and runs again once the texts are there; every other call,
// and every call after the texts have come, answers at once as before.

/** How the texts are reached: src/core/scale/registry.ts in the bundle, a stand-in in tests. */
export interface ScaleTextSource {
  loaded(): boolean;
  /** Grows each time a text is asked for before it is loaded. */
  readsBeforeLoad(): number;
  load(): Promise<void>;
}

/** `fn`, but a call that needed the texts before they were loaded is run again after loading them. */
export function textsOnFirstUse<Args extends unknown[], Result>(
  fn: (...args: Args) => Result,
  texts: ScaleTextSource,
): (...args: Args) => Result | Promise<Result> {
  return (...args: Args) => {
    if (texts.loaded()) return fn(...args);
    const before = texts.readsBeforeLoad();
    const again = () => texts.load().then(() => fn(...args));
    let result: Result;
    try {
      result = fn(...args);
    } catch (error) {
      // The core turns a missing text into an error value; the count says whether that was the cause.
      if (texts.readsBeforeLoad() !== before) return again();
      throw error;
    }
    return texts.readsBeforeLoad() === before ? result : again();
  };
}
