/**
 * The custom functions (every IPS_* call is an execution of its own) and the menu (onOpen runs
 * each time the file is opened): the part of Code.js most executions need (scripts/build-gas.mjs),
 * which the other parts (sidebar-main.ts, score-sheet-main.ts) build on. Nothing here reaches the
 * score sheet, the input tables, charts or the writing of plans, and the scale's long texts are
 * read only when a function asks for one.
 */
import { FUNCTIONS, FUNCTION_LIST } from '../../src/core/functions/table';
import type { CellResult } from '../../src/core/cells';
import { runCustomFunction } from './custom-functions';
import { addMenu, menuLanguage } from './menu';
import { localCalendar, zonedCalendar, type CalendarReader } from './values';

export { FUNCTION_LIST };

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
