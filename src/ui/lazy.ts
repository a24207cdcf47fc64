/**
 * A module the pane loads on first use. With webpack (the Excel task pane) `import()` is an async
 * chunk fetched from the add-in's own origin; the single-file builds (Apps Script sidebar, e2e
 * preview, both esbuild without splitting) inline it, so there it is ready at the first microtask.
 *
 * `current` is the module once loaded (else undefined); `load()` starts loading once and
 * resolves to it; a failed load may be retried.
 */
export interface Lazy<T> {
  readonly current: T | undefined;
  load(): Promise<T>;
}

export function lazy<T>(importer: () => Promise<T>): Lazy<T> {
  let value: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    get current() {
      return value;
    },
    load() {
      pending ??= importer().then(
        (module) => (value = module),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
  };
}
