/**
 * IPS Fidelity for Google Sheets: the Apps Script entry points.
 *
 * @OnlyCurrentDoc
 *
 * Thin on purpose (Google's "aside" model): the logic lives in the modules next to this file and
 * is tested there. scripts/build-gas.mjs bundles this module into dist/gas/Code.js as
 * `var IPS = (() => { ... })()` and then declares, at the top level of Code.js,
 * - one global function per function exported here (same name, delegating to IPS.<name>), so
 *   Apps Script finds onOpen/onInstall, the menu actions and the google.script.run endpoints;
 *   `customFunction` is the exception, it is called by
 * - one custom function IPS_<NAME> per entry of FUNCTION_LIST, with JSDoc and @customfunction.
 */
import { FUNCTIONS, FUNCTION_LIST } from '../../src/core/functions/table';
import { IPS_25 } from '../../src/core/scale/ips25';
import { provideScaleTexts } from '../../src/core/scale/registry';
import type { CellResult } from '../../src/core/cells';
import type { ServerEndpoints } from '../shared/protocol';
import { runCustomFunction } from './custom-functions';
import { addMenu, insertScoreSheet, menuLanguage, openSidebar } from './menu';
import type { GasServices } from './services';
import { localCalendar, zonedCalendar, type CalendarReader } from './values';
import { workbookServer } from './workbook-server';

export { FUNCTION_LIST };

// Apps Script has one file and no chunks: the scale's texts are in Code.js, given to the registry here.
provideScaleTexts(IPS_25);

function services(): GasServices {
  return {
    spreadsheetApp: SpreadsheetApp,
    htmlService: HtmlService,
    utilities: Utilities,
    // Looked up only when a chart is written (simple triggers such as onOpen never touch it).
    get charts() {
      return Charts;
    },
    // Looked up only when a row is appended to the history.
    get lockService() {
      return LockService;
    },
  };
}

function server(): ServerEndpoints {
  return workbookServer(services());
}

/**
 * Simple trigger (bound script) and the Editor add-on's: adds the menu. As an add-on this runs in
 * AuthMode.NONE in files where the add-on is installed but not yet used, where any service that
 * needs authorization fails and the menu would be missing; so it reads only SpreadsheetApp.getUi()
 * in every mode: no properties, no spreadsheet, no HtmlService.
 */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  addMenu(
    SpreadsheetApp.getUi(),
    menuLanguage(_event?.authMode, () => Session.getActiveUserLocale()),
  );
}

/** Runs (in AuthMode.FULL) when the add-on is installed: the menu right away, without reopening the file. */
export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** Menu «Åpne IPS-panelet». */
export function showSidebar(): void {
  openSidebar(services());
}

/** Menu «Sett inn nytt skårskjema…». */
export function ipsInsertScoreSheet(): void {
  insertScoreSheet(services());
}

// The Workbook operations, called by the sidebar through google.script.run.
export const ipsListSheets: ServerEndpoints['ipsListSheets'] = () => server().ipsListSheets();
export const ipsReadSheet: ServerEndpoints['ipsReadSheet'] = (name) => server().ipsReadSheet(name);
export const ipsReadSheets: ServerEndpoints['ipsReadSheets'] = (names) => server().ipsReadSheets(names);
export const ipsReadTargets: ServerEndpoints['ipsReadTargets'] = (plans) => server().ipsReadTargets(plans);
export const ipsWrite: ServerEndpoints['ipsWrite'] = (plans) => server().ipsWrite(plans);
export const ipsAppendRow: ServerEndpoints['ipsAppendRow'] = (request) => server().ipsAppendRow(request);
export const ipsWriteCharts: ServerEndpoints['ipsWriteCharts'] = (charts, language) =>
  server().ipsWriteCharts(charts, language);
export const ipsActivate: ServerEndpoints['ipsActivate'] = (name) => server().ipsActivate(name);
export const ipsShowChart: ServerEndpoints['ipsShowChart'] = (sheet, chartId) => server().ipsShowChart(sheet, chartId);
export const ipsShowReport: ServerEndpoints['ipsShowReport'] = (html, title, language) =>
  server().ipsShowReport(html, title, language);

let calendar: CalendarReader | undefined;

/**
 * Dates in custom-function arguments are instants at midnight in the spreadsheet's time zone;
 * read them in that zone (looked up once per execution, only when a date is met). Outside Apps
 * Script (tests) the runtime's own zone is used.
 */
function customFunctionCalendar(date: Date): ReturnType<CalendarReader> {
  if (!calendar) {
    try {
      calendar =
        typeof SpreadsheetApp === 'undefined' || typeof Utilities === 'undefined'
          ? localCalendar
          : zonedCalendar(Utilities, SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone());
    } catch {
      calendar = localCalendar;
    }
  }
  return calendar(date);
}

/** Called by every generated IPS_<NAME> custom function with its `arguments`. */
export function customFunction(name: string, args: ArrayLike<unknown>): CellResult | Date {
  return runCustomFunction(FUNCTIONS, name, args, customFunctionCalendar);
}
