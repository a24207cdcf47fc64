import { planBounds, type SheetPlan } from '../../src/core/workbook/plan';
import type { PlainCell, ServerEndpoints } from '../shared/protocol';
import { assertCharts, showChart, writeCharts } from './charts';
import type { GasServices } from './services';
import { appendRow } from './append-row';
import { showReportDialog } from './report-dialog';
import { calendarOf, plainCell, plainMatrix } from './values';
import { assertPlans, writePlans } from './write-plan';

function requireName(name: unknown, operation: string): string {
  if (typeof name !== 'string' || name === '') throw new Error(`${operation}: expected a sheet name`);
  return name;
}

/**
 * The Workbook operations on the server, one google.script.run call each, over SpreadsheetApp.
 * Everything returned is plain (see shared/protocol.ts).
 */
export function workbookServer(services: GasServices): ServerEndpoints {
  const spreadsheet = () => services.spreadsheetApp.getActiveSpreadsheet();
  return {
    ipsListSheets() {
      return spreadsheet()
        .getSheets()
        .map((sheet) => sheet.getName());
    },

    ipsReadSheet(name) {
      const book = spreadsheet();
      const sheet = book.getSheetByName(requireName(name, 'ipsReadSheet'));
      if (!sheet) return null;
      return plainMatrix(sheet.getDataRange().getValues(), calendarOf(services, book));
    },

    ipsReadSheets(names) {
      if (!Array.isArray(names)) throw new Error('ipsReadSheets: expected a list of sheet names');
      names.forEach((name) => requireName(name, 'ipsReadSheets'));
      const book = spreadsheet();
      const calendar = calendarOf(services, book);
      return names.map((name) => {
        const sheet = book.getSheetByName(name);
        return sheet ? plainMatrix(sheet.getDataRange().getValues(), calendar) : null;
      });
    },

    ipsReadTargets(plans) {
      assertPlans(plans);
      const book = spreadsheet();
      const calendar = calendarOf(services, book);
      return plans.map((plan: SheetPlan) => {
        const sheet = book.getSheetByName(plan.sheet);
        if (!sheet) return null;
        const bounds = planBounds(plan);
        // Cells beyond the sheet's grid are empty: read only what exists.
        const rows = Math.min(bounds.rows, sheet.getMaxRows() - bounds.row);
        const columns = Math.min(bounds.columns, sheet.getMaxColumns() - bounds.column);
        if (rows <= 0 || columns <= 0) return [];
        const range = sheet.getRange(bounds.row + 1, bounds.column + 1, rows, columns);
        const formulas = range.getFormulas();
        const values = range.getValues();
        return values.map((row, r) =>
          row.map((value, c): PlainCell => {
            const formula = formulas[r]?.[c];
            return formula ? formula : plainCell(value, calendar);
          }),
        );
      });
    },

    ipsWrite(plans) {
      assertPlans(plans);
      writePlans(services.spreadsheetApp, spreadsheet(), plans);
    },

    ipsAppendRow(request) {
      return appendRow(services, spreadsheet(), request);
    },

    ipsWriteCharts(charts, language) {
      assertCharts(charts);
      writeCharts(services, spreadsheet(), charts, language === 'en' ? 'en' : 'nb');
    },

    ipsActivate(name) {
      const sheet = spreadsheet().getSheetByName(requireName(name, 'ipsActivate'));
      if (!sheet) throw new Error(`ipsActivate: there is no sheet named "${name}"`);
      sheet.activate();
    },

    ipsShowChart(sheet, chartId) {
      return showChart(spreadsheet(), requireName(sheet, 'ipsShowChart'), String(chartId));
    },
    ipsShowReport(html, title, language) {
      showReportDialog(services, html, title, language === 'en' ? 'en' : 'nb');
    },
  };
}
