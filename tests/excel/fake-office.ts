/**
 * A stand-in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in the task-pane browser
 * test: Office.onReady as in Excel, `Excel.run` on the recording FakeExcel, and a CustomFunctions
 * global that records the associations. Bundled for the browser by taskpane.e2e.test.ts.
 */
import { FakeExcel } from './fake-excel';
import { EXCEL_ERROR_CODES, StandInError } from './stand-in-host';

const excel = new FakeExcel({ sheets: { Ark1: [['Notater']] } });
const associated = new Map<string, (...args: unknown[]) => unknown>();

const global = window as unknown as Record<string, unknown>;
global.CustomFunctions = {
  associate: (id: string, implementation: (...args: unknown[]) => unknown) => associated.set(id, implementation),
  Error: StandInError,
  ErrorCode: EXCEL_ERROR_CODES,
};
global.Excel = { run: excel.run };
const info = { host: 'Excel', platform: 'OfficeOnline' };
global.Office = {
  HostType: { Excel: 'Excel', Word: 'Word' },
  context: { displayLanguage: 'nb-NO', requirements: { isSetSupported: () => true } },
  onReady: (callback?: (ready: typeof info) => void) =>
    new Promise((resolve) =>
      setTimeout(() => {
        callback?.(info);
        resolve(info);
      }, 0),
    ),
};

/** What the test reads back. */
global.__ipsExcel = {
  associated: () => [...associated.keys()],
  call(id: string, args: unknown[]) {
    try {
      return { value: associated.get(id)!(...args) };
    } catch (error) {
      return { error: (error as StandInError).code, message: (error as Error).message };
    }
  },
  roundTrips: () => excel.roundTrips,
  sheets: () => excel.sheets.map((sheet) => sheet.name),
  cell: (sheet: string, address: string) => excel.cell(sheet, address),
  isFormula: (sheet: string, address: string) => excel.isFormula(sheet, address),
  validations: (sheet: string) => [...excel.sheet(sheet).validations.keys()],
  frozenRows: (sheet: string) => excel.sheet(sheet).frozenRows,
  active: () => excel.activeSheet,
};
