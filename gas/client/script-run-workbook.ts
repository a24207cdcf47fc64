import type { CellValue } from '../../src/core/cells';
import type { AppendRowOutcome, AppendRowRequest } from '../../src/core/workbook/append';
import type { ChartPlan } from '../../src/core/workbook/chart-plan';
import type { SheetPlan } from '../../src/core/workbook/plan';
import type { Language } from '../../src/core/text';
import type { Workbook } from '../../src/core/workbook/workbook';
import type { ServerEndpointName, ServerEndpoints } from '../shared/protocol';

/**
 * The client half of google.script.run, as far as we use it. Each server call starts from a fresh
 * runner: `google.script.run.withSuccessHandler(ok).withFailureHandler(fail).ipsWrite(plans)`.
 */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown, userObject?: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown, userObject?: unknown) => void): ScriptRunner;
  [serverFunction: string]: unknown;
}

/**
 * Only primitives, null, arrays and plain objects cross google.script.run (a Date or a class
 * instance anywhere makes the call fail; undefined properties vanish). Plans are data already;
 * a JSON round trip makes that certain, drops undefined and turns odd numbers (NaN) into null.
 */
export function toPlain<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function asError(error: unknown): Error {
  if (error instanceof Error) return error;
  if (error && typeof error === 'object' && 'message' in error)
    return new Error(String((error as { message: unknown }).message));
  return new Error(String(error));
}

/** Calls one server function and resolves with what it returned. */
export function callServer<K extends ServerEndpointName>(
  runner: () => ScriptRunner,
  name: K,
  ...args: Parameters<ServerEndpoints[K]>
): Promise<ReturnType<ServerEndpoints[K]>> {
  return new Promise((resolve, reject) => {
    const ready = runner()
      .withSuccessHandler((value) => resolve(value as ReturnType<ServerEndpoints[K]>))
      .withFailureHandler((error) => reject(asError(error)));
    const fn = ready[name];
    if (typeof fn !== 'function') {
      reject(new Error(`google.script.run has no server function ${name}`));
      return;
    }
    (fn as (...plain: unknown[]) => void).apply(
      ready,
      args.map((arg) => toPlain(arg)),
    );
  });
}

/**
 * The Workbook the shared UI is written against, for Google Sheets: each operation is one
 * google.script.run call to the server functions in gas/server/main.ts.
 */
export function scriptRunWorkbook(runner: () => ScriptRunner): Workbook {
  return {
    host: 'sheets',
    listSheets: () => callServer(runner, 'ipsListSheets'),
    readSheet: (name: string) => callServer(runner, 'ipsReadSheet', name) as Promise<CellValue[][] | null>,
    readSheets: (names: readonly string[]) =>
      callServer(runner, 'ipsReadSheets', [...names]) as Promise<(CellValue[][] | null)[]>,
    readTargets: (plans: readonly SheetPlan[]) =>
      callServer(runner, 'ipsReadTargets', [...plans]) as Promise<(CellValue[][] | null)[]>,
    write: async (plans: readonly SheetPlan[]) => {
      await callServer(runner, 'ipsWrite', [...plans]);
    },
    appendRow: (request: AppendRowRequest) => callServer(runner, 'ipsAppendRow', request) as Promise<AppendRowOutcome>,
    writeCharts: async (charts: readonly ChartPlan[], language: Language = 'nb') => {
      if (charts.length === 0) return;
      await callServer(runner, 'ipsWriteCharts', [...charts], language);
    },
    activate: async (name: string) => {
      await callServer(runner, 'ipsActivate', name);
    },
    showChart: (sheet: string, chartId: string) => callServer(runner, 'ipsShowChart', sheet, chartId),
    showReport: async (html: string, title: string, language: Language) => {
      await callServer(runner, 'ipsShowReport', html, title, language);
      return 'dialog' as const;
    },
  };
}
