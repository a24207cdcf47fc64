/**
 * The three Workbook hosts side by side for tests that must hold on every host: the preview's
 * MemoryWorkbook, ExcelWorkbook on the Office.js stand-in (tests/excel/fake-excel.ts) and the
 * Sheets sidebar's workbook over google.script.run to the Apps Script server on the SpreadsheetApp
 * stand-in (tests/gas/fake-spreadsheet-app.ts). Each also says how a cell is held, which a
 * Workbook does not: a formula, or text.
 */
import { scriptRunWorkbook } from '../../gas/client/script-run-workbook';
import { workbookServer } from '../../gas/server/workbook-server';
import { isRawFormula } from '../../src/preview/engine/raw-cell';
import type { Workbook } from '../../src/core/workbook/workbook';
import { ExcelWorkbook } from '../../src/excel/workbook';
import { MemoryWorkbook } from '../../src/preview/memory-workbook';
import { FakeExcel } from '../excel/fake-excel';
import { fakeScriptRun } from '../gas/fake-script-run';
import { fakeServices } from '../gas/fake-spreadsheet-app';

export interface HostUnderTest {
  readonly name: 'preview' | 'excel' | 'sheets';
  readonly workbook: Workbook;
  /** Whether the cell (A1 address) holds a formula. */
  isFormula(sheet: string, address: string): boolean;
  /** Whether readSheet gives formulas' computed values (the Sheets stand-in does not calculate). */
  readonly calculates: boolean;
}

export const HOST_NAMES = ['preview', 'excel', 'sheets'] as const;

/** A fresh, empty workbook on one host. */
export function hostUnderTest(name: HostUnderTest['name']): HostUnderTest {
  switch (name) {
    case 'preview': {
      const workbook = new MemoryWorkbook();
      return {
        name,
        workbook,
        calculates: true,
        isFormula: (sheet, address) => isRawFormula(workbook.rawAt(sheet, address)),
      };
    }
    case 'excel': {
      const excel = new FakeExcel({ sheets: { Ark1: [] } });
      const workbook = new ExcelWorkbook({ excel, supports: () => true });
      return { name, workbook, calculates: true, isFormula: (sheet, address) => excel.isFormula(sheet, address) };
    }
    case 'sheets': {
      const services = fakeServices();
      const { run } = fakeScriptRun(
        workbookServer(services) as unknown as Record<string, (...args: never[]) => unknown>,
      );
      return {
        name,
        workbook: scriptRunWorkbook(run),
        calculates: false,
        isFormula: (sheet, address) => services.book.sheet(sheet)!.isFormula(address),
      };
    }
  }
}
