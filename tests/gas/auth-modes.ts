/**
 * Apps Script's global services as each authorization mode lets a script use them, for the
 * Editor add-on lifecycle tests (tests/gas/addon-lifecycle.test.ts).
 *
 * Every service is a Proxy that logs each property read. A read the mode does not allow throws,
 * as Apps Script does ("You do not have permission to call …"), and is also recorded in `refused`
 * so a test sees it even when the code under test catches the error.
 *
 * - NONE (an add-on installed by the user but not yet used in this file): SpreadsheetApp.getUi()
 *   and menus only. Nothing else: no properties, no spreadsheet, no HtmlService, no Utilities.
 * - LIMITED and FULL: every service (logged, never refused).
 * - CUSTOM_FUNCTION: reading the open spreadsheet (getActiveSpreadsheet and get… methods) and
 *   Utilities; no Ui, no HtmlService, no PropertiesService or any other service.
 */
import { FakeUtilities } from './fake-spreadsheet-app';

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export const AUTH_MODES: readonly AuthMode[] = ['NONE', 'LIMITED', 'FULL', 'CUSTOM_FUNCTION'];

/** The Apps Script services a script could reach for; each one is a global of the same name. */
export const SERVICE_NAMES = [
  'SpreadsheetApp',
  'HtmlService',
  'PropertiesService',
  'CacheService',
  'LockService',
  'ScriptApp',
  'Session',
  'Utilities',
  'Charts',
  'DriveApp',
  'UrlFetchApp',
  'MailApp',
  'GmailApp',
  'DocumentApp',
  'Logger',
] as const;

export interface MenuRecord {
  readonly kind: 'addon' | 'top-level';
  readonly caption: string | null;
  readonly items: { caption: string; functionName: string }[];
  added: boolean;
}

export interface AppsScriptWorld {
  readonly mode: AuthMode;
  /** The globals to install: one per SERVICE_NAMES entry. */
  readonly globals: Record<string, unknown>;
  /** Every property read, in order, e.g. "SpreadsheetApp.getUi", "Ui.createAddonMenu". */
  readonly calls: string[];
  /** The reads the mode does not allow (each also threw). */
  readonly refused: string[];
  readonly menus: MenuRecord[];
}

type Rule = (path: string) => boolean;

/** The spreadsheet's zone: the runtime's, as tests/shared/host-cases.ts makes Sheets dates in it. */
const SPREADSHEET_TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Which reads each mode allows; `path` is "<Object>.<property>". */
function rule(mode: AuthMode): Rule {
  switch (mode) {
    case 'NONE':
      return (path) => path === 'SpreadsheetApp.getUi' || path.startsWith('Ui.create') || path.startsWith('Menu.');
    case 'LIMITED':
    case 'FULL':
      return () => true;
    case 'CUSTOM_FUNCTION':
      return (path) =>
        path === 'SpreadsheetApp.getActiveSpreadsheet' ||
        /^Spreadsheet\.get(?!Ui)/.test(path) ||
        path.startsWith('Utilities.');
  }
}

/** `locale`: what Session.getActiveUserLocale() gives (left out: Session has no such method here). */
export function appsScriptWorld(mode: AuthMode, options: { readonly locale?: string } = {}): AppsScriptWorld {
  const calls: string[] = [];
  const refused: string[] = [];
  const menus: MenuRecord[] = [];
  const allowed = rule(mode);

  /** A logging, refusing view of `target` named `name` in the log. */
  const guard = <T extends object>(name: string, target: T): T =>
    new Proxy(target, {
      get(object, property, receiver) {
        if (typeof property === 'symbol') return Reflect.get(object, property, receiver);
        const path = `${name}.${property}`;
        calls.push(path);
        if (!allowed(path)) {
          refused.push(path);
          throw new Error(`Exception: You do not have permission to call ${path} (authorization mode ${mode})`);
        }
        return Reflect.get(object, property, receiver);
      },
    });

  const menu = (kind: MenuRecord['kind'], caption: string | null) => {
    const record: MenuRecord = { kind, caption, items: [], added: false };
    const api: Record<string, unknown> = {
      addItem(itemCaption: string, functionName: string) {
        record.items.push({ caption: itemCaption, functionName });
        return proxy;
      },
      addSeparator: () => proxy,
      addToUi() {
        record.added = true;
        menus.push(record);
      },
    };
    const proxy = guard('Menu', api);
    return proxy;
  };

  const ui = guard('Ui', {
    createAddonMenu: () => menu('addon', null),
    createMenu: (caption: string) => menu('top-level', caption),
    showSidebar: () => undefined,
  });

  const spreadsheet = guard('Spreadsheet', {
    getSpreadsheetTimeZone: () => SPREADSHEET_TIME_ZONE,
    getSheets: () => [],
    getSheetByName: () => null,
  });

  const formatter = new FakeUtilities([]);
  const utilities = guard('Utilities', { formatDate: formatter.formatDate.bind(formatter) });

  const globals: Record<string, unknown> = {};
  for (const name of SERVICE_NAMES) globals[name] = guard(name, {});
  globals['SpreadsheetApp'] = guard('SpreadsheetApp', { getUi: () => ui, getActiveSpreadsheet: () => spreadsheet });
  globals['Utilities'] = utilities;
  if (options.locale !== undefined) {
    const locale = options.locale;
    globals['Session'] = guard('Session', { getActiveUserLocale: () => locale });
  }
  return { mode, globals, calls, refused, menus };
}

/** Installs a world's services as globals of this process until the returned function is called. */
export function installGlobals(world: AppsScriptWorld): () => void {
  const scope = globalThis as Record<string, unknown>;
  const before = new Map(
    Object.keys(world.globals).map((name) => [name, Object.getOwnPropertyDescriptor(scope, name)]),
  );
  for (const [name, value] of Object.entries(world.globals)) scope[name] = value;
  return () => {
    for (const [name, descriptor] of before) {
      if (descriptor) Object.defineProperty(scope, name, descriptor);
      else delete scope[name];
    }
  };
}
