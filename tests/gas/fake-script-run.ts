/**
 * A stand-in for the client's google.script.run, wired to server functions in the same process
 * (or page). Like the real one it is asynchronous, calls exactly one handler, and only carries
 * primitives, null, arrays and plain objects: a Date, function or class instance in an argument or
 * a return value fails the call, as it does in Apps Script. Everything is copied across, so the
 * client and the server never share objects.
 */
import type { ScriptRunner } from '../../gas/client/script-run-workbook';

export interface ScriptRunCall {
  readonly name: string;
  readonly args: unknown[];
  readonly ok: boolean;
  readonly error?: string;
}

type ServerFunctions = Readonly<Record<string, (...args: never[]) => unknown>>;

/** Throws when a value could not cross google.script.run. */
export function assertTransportable(value: unknown, where: string): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') return;
  if (value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((item, index) => assertTransportable(item, `${where}[${index}]`));
    return;
  }
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      throw new Error(`${where}: ${Object.prototype.toString.call(value)} cannot cross google.script.run`);
    }
    for (const [key, item] of Object.entries(value)) assertTransportable(item, `${where}.${key}`);
    return;
  }
  throw new Error(`${where}: a ${typeof value} cannot cross google.script.run`);
}

/** A copy as Apps Script's serialization makes it (undefined object properties are dropped). */
function transport<T>(value: T, where: string): T {
  assertTransportable(value, where);
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export function fakeScriptRun(
  server: ServerFunctions,
  calls: ScriptRunCall[] = [],
): { run: () => ScriptRunner; calls: ScriptRunCall[] } {
  const runner = (success?: (value: unknown) => void, failure?: (error: unknown) => void): ScriptRunner => {
    const target: Record<string, unknown> = {
      withSuccessHandler: (handler: (value: unknown) => void) => runner(handler, failure),
      withFailureHandler: (handler: (error: unknown) => void) => runner(success, handler),
    };
    for (const name of Object.keys(server)) {
      target[name] = (...args: unknown[]) => {
        let copied: unknown[];
        try {
          copied = transport(args, `${name} arguments`);
        } catch (error) {
          // The real client throws synchronously for illegal arguments.
          calls.push({ name, args, ok: false, error: (error as Error).message });
          throw error;
        }
        setTimeout(() => {
          try {
            const result = transport((server[name] as (...a: unknown[]) => unknown)(...copied), `${name} result`);
            calls.push({ name, args: copied, ok: true });
            success?.(result);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            calls.push({ name, args: copied, ok: false, error: message });
            failure?.(new Error(message));
          }
        }, 0);
      };
    }
    return target as ScriptRunner;
  };
  return { run: () => runner(), calls };
}
