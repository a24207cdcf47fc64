/**
 * Injected into the sidebar page before its own script (page.addInitScript): a google.script.run
 * stand-in backed by the real server code (gas/server/workbook-server.ts) over the in-memory
 * spreadsheet, so the sidebar's calls travel the same path as in Apps Script, minus the network.
 * `window.__ips` lets the test look at the spreadsheet and the calls, as plain data.
 */
import { workbookServer } from '../../../gas/server/workbook-server';
import { fakeScriptRun } from '../fake-script-run';
import { fakeServices, parseA1 } from '../fake-spreadsheet-app';

const services = fakeServices();
const server = workbookServer(services);
const { run, calls } = fakeScriptRun(server as unknown as Record<string, (...args: never[]) => unknown>);

const script = {};
Object.defineProperty(script, 'run', { get: run, enumerable: true });
(window as unknown as { google: unknown }).google = { script };

function plain(value: unknown): unknown {
  if (Object.prototype.toString.call(value) === '[object Date]') return { date: (value as Date).toISOString() };
  return value;
}

(window as unknown as { __ips: unknown }).__ips = {
  calls: () => calls.map((call) => ({ name: call.name, ok: call.ok, error: call.error ?? null })),
  lastWrite: () => {
    const write = [...calls].reverse().find((call) => call.name === 'ipsWrite' && call.ok);
    return write ? JSON.parse(JSON.stringify(write.args)) : null;
  },
  sheets: () => services.book.sheets.map((sheet) => sheet.name),
  activeSheet: () => services.book.active.name,
  cell: (sheet: string, a1: string) => plain(services.book.sheet(sheet)?.at(a1) ?? null),
  column: (sheet: string, a1Range: string) => {
    const target = services.book.sheet(sheet);
    const rect = parseA1(a1Range);
    return Array.from({ length: rect.rows }, (_, r) =>
      plain(target?.cell(rect.row + r, rect.column).formula || target?.cell(rect.row + r, rect.column).value),
    );
  },
  type: (sheet: string, a1: string, value: unknown) => services.book.sheet(sheet)?.type(a1, value),
  serviceCalls: () => services.log.length,
};
