/**
 * IPS Fidelity for Google Sheets: the Apps Script entry points.
 *
 * @OnlyCurrentDoc
 *
 * Thin on purpose (Google's "aside" model): the logic lives in the modules next to this file and
 * is tested there. The entry points are in parts, by what an execution needs (every IPS_* call,
 * every opening of the file, every menu item and every call from the sidebar is an execution of
 * its own that evaluates all of Code.js, and Code.js makes ready only the part it calls):
 * - functions-main.ts: the custom functions and the menu (onOpen, onInstall);
 * - sidebar-main.ts: the sidebar (showSidebar) and its google.script.run endpoints;
 * - score-sheet-main.ts: the menu item that inserts a score sheet.
 * scripts/build-gas.mjs bundles each part and declares, at the top level of Code.js,
 * - one global function per function exported here (same name, delegating to its part), so Apps
 *   Script finds onOpen/onInstall, the menu actions and the google.script.run endpoints;
 *   `customFunction` is the exception, it is called by
 * - one custom function IPS_<NAME> per entry of FUNCTION_LIST, with JSDoc and @customfunction.
 * This module is both parts as one, for the tests and for the build's list of entry points.
 */
export * from './functions-main';
export * from './sidebar-main';
export * from './score-sheet-main';
