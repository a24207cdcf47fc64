/**
 * The Apps Script project as an Editor add-on as well as a bound script: onOpen builds the menu
 * through createAddonMenu in every authorization mode and, in AuthMode.NONE, touches no service
 * that needs authorization; onInstall builds the same menu; the custom functions run with only
 * what the custom-function mode allows. Driven both on gas/server/main.ts (globals installed in
 * this process) and on the generated Code.js in a fresh node:vm scope, as Apps Script runs it.
 */
import vm from 'node:vm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildCode } from '../../scripts/build-gas.mjs';
import * as main from '../../gas/server/main';
import { MENU_ITEMS, menuItems, type MenuLanguage } from '../../gas/server/menu';
import { invokeSafely } from '../../src/core/functions/invoke';
import { FUNCTIONS } from '../../src/core/functions/table';
import type { CellArg } from '../../src/core/cells';
import { HOST_CASES, toExcelArgs, toSheetsArgs } from '../shared/host-cases';
import { appsScriptWorld, installGlobals, type AuthMode } from './auth-modes';
import { excelSerial, localCalendar } from '../../gas/server/values';

const TRIGGER_MODES: readonly AuthMode[] = ['NONE', 'LIMITED', 'FULL'];
/** What building the menu may read, and nothing more: in AuthMode.NONE not even the user's locale. */
const menuCalls = (mode: AuthMode) => [
  'SpreadsheetApp.getUi',
  ...(mode === 'NONE' ? [] : ['Session.getActiveUserLocale']),
  'Ui.createAddonMenu',
  ...MENU_ITEMS.map(() => 'Menu.addItem'),
  'Menu.addToUi',
];
/** The user's locale in these tests, and the menu language each mode gives for it. */
const LOCALE = 'nb_NO';
const menuLanguageIn = (mode: AuthMode): MenuLanguage => (mode === 'NONE' ? 'both' : 'nb');

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

describe('gas/server/main.ts as an Editor add-on', () => {
  it.each(TRIGGER_MODES)('onOpen in AuthMode.%s adds the add-on menu and reads nothing else', (mode) => {
    const world = appsScriptWorld(mode, { locale: LOCALE });
    restore = installGlobals(world);
    main.onOpen({ authMode: mode } as unknown as GoogleAppsScript.Events.SheetsOnOpen);
    expect(world.refused).toEqual([]);
    expect(world.calls).toEqual(menuCalls(mode));
    expect(world.menus).toEqual([
      { kind: 'addon', caption: null, items: menuItems(menuLanguageIn(mode)), added: true },
    ]);
  });

  it.each([
    ['nb_NO', 'nb'],
    ['no', 'nb'],
    ['nn-NO', 'nb'],
    ['en_US', 'en'],
    ['sv_SE', 'en'],
    ['', 'both'],
  ] as const)('with the user locale %s the menu is in %s (AuthMode.LIMITED)', (locale, language) => {
    const world = appsScriptWorld('LIMITED', { locale });
    restore = installGlobals(world);
    main.onOpen({ authMode: 'LIMITED' } as unknown as GoogleAppsScript.Events.SheetsOnOpen);
    expect(world.menus[0]!.items).toEqual(menuItems(language));
  });

  it('in AuthMode.NONE the captions are bilingual, in English and Norwegian, whatever the locale', () => {
    const world = appsScriptWorld('NONE', { locale: 'en_US' });
    restore = installGlobals(world);
    main.onOpen({ authMode: 'NONE' } as unknown as GoogleAppsScript.Events.SheetsOnOpen);
    expect(world.menus[0]!.items.map((item) => item.caption)).toEqual([
      'Åpne IPS-panelet / Open the IPS panel',
      'Sett inn nytt skårskjema… / Insert a new score sheet…',
    ]);
    expect(world.calls).not.toContain('Session.getActiveUserLocale');
  });

  it('falls back to bilingual captions when the locale cannot be read', () => {
    const world = appsScriptWorld('FULL');
    restore = installGlobals(world);
    main.onOpen({ authMode: 'FULL' } as unknown as GoogleAppsScript.Events.SheetsOnOpen);
    expect(world.menus[0]!.items).toEqual(menuItems('both'));
  });

  it('onOpen in AuthMode.NONE fails loudly if it reaches for any other service (the fake really refuses)', () => {
    const world = appsScriptWorld('NONE');
    restore = installGlobals(world);
    expect(() => main.showSidebar()).toThrow(/permission/);
    expect(world.refused.length).toBeGreaterThan(0);
  });

  it('onInstall (AuthMode.FULL) builds the same menu at once', () => {
    const world = appsScriptWorld('FULL', { locale: 'en_GB' });
    restore = installGlobals(world);
    main.onInstall({ authMode: 'FULL' } as unknown as GoogleAppsScript.Events.AddonOnInstall);
    expect(world.menus.map((menu) => [menu.kind, menu.items])).toEqual([['addon', menuItems('en')]]);
  });

  it('every menu item calls a function main.ts exports (a global in Code.js)', () => {
    for (const item of MENU_ITEMS)
      expect(typeof (main as Record<string, unknown>)[item.functionName], item.functionName).toBe('function');
  });
});

describe('dist/gas/Code.js as an Editor add-on', () => {
  let code = '';
  beforeAll(async () => {
    ({ code } = await buildCode());
  }, 120_000);

  function load(mode: AuthMode) {
    const world = appsScriptWorld(mode, { locale: LOCALE });
    const context = vm.createContext({ console, ...world.globals });
    new vm.Script(code, { filename: 'Code.js' }).runInContext(context);
    return { world, context };
  }

  it.each(TRIGGER_MODES)('the global onOpen in AuthMode.%s reads only the menu calls', (mode) => {
    const { world, context } = load(mode);
    (context['onOpen'] as (e: unknown) => void)({ authMode: mode });
    expect(world.refused).toEqual([]);
    expect(world.calls).toEqual(menuCalls(mode));
    expect(world.menus.map((menu) => menu.items)).toEqual([menuItems(menuLanguageIn(mode))]);
    for (const item of MENU_ITEMS) expect(typeof context[item.functionName], item.functionName).toBe('function');
  });

  it('the global onInstall in AuthMode.FULL builds the menu', () => {
    const { world, context } = load('FULL');
    (context['onInstall'] as (e: unknown) => void)({ authMode: 'FULL' });
    expect(world.menus).toHaveLength(1);
    expect(world.menus[0]!.kind).toBe('addon');
  });

  it('every custom function answers in the custom-function mode, reading no service it may not', () => {
    const { world, context } = load('CUSTOM_FUNCTION');
    const dated = HOST_CASES.filter((c) => JSON.stringify(c.args).includes('"date"'));
    expect(dated.length).toBeGreaterThan(0);
    for (const testCase of HOST_CASES) {
      const spec = FUNCTIONS[testCase.fn]!;
      const reference = invokeSafely(spec, toExcelArgs(spec.parameters, testCase.args) as CellArg[]);
      let sheets: { ok: true; value: unknown } | { ok: false; message: string };
      try {
        const value = (context[`IPS_${testCase.fn}`] as (...a: unknown[]) => unknown)(...toSheetsArgs(testCase.args));
        // A date result is a Date at midnight in the spreadsheet's (here the machine's) time zone:
        // compared as the day it shows. The Date comes from the script's context, so no instanceof.
        const isDate = Object.prototype.toString.call(value) === '[object Date]';
        sheets = { ok: true, value: isDate ? excelSerial(localCalendar(new Date((value as Date).getTime()))) : value };
      } catch (error) {
        sheets = { ok: false, message: (error as Error).message };
      }
      expect(JSON.stringify(sheets), testCase.name).toBe(
        JSON.stringify(reference.ok ? { ok: true, value: reference.value } : { ok: false, message: reference.message }),
      );
    }
    expect(world.refused).toEqual([]);
    // Dates were read in the spreadsheet's time zone: the open spreadsheet was read, once.
    expect(world.calls.filter((call) => call === 'Spreadsheet.getSpreadsheetTimeZone')).toHaveLength(1);
  });
});
