import { newReview } from '../../src/core/review/model';
import type { Language, Text } from '../../src/core/text';
import { scoreSheetPlan } from '../../src/core/sheets/score-sheet';
import type { GasServices, MenuLike } from './services';
import { isoDay, zonedCalendar } from './values';
import { writePlans } from './write-plan';

/**
 * The name the menu appears under in Extensions: an add-on menu takes the add-on's name (bound
 * to a spreadsheet, the script project's name), so the template's project is named this too.
 */
export const MENU_TITLE = 'IPS-kvalitet';
export const SIDEBAR_TITLE = 'IPS-kvalitet';
export const SIDEBAR_WIDTH = 360;
/** The built sidebar file in the Apps Script project (dist/gas/Sidebar.html). */
export const SIDEBAR_FILE = 'Sidebar';
export const SCORE_SHEET_NAME = 'Skårskjema';

/** Menu captions and the global functions they call (generated in Code.js from main.ts's exports). */
export const MENU_ITEMS: readonly { readonly caption: Text; readonly functionName: string }[] = [
  { caption: { nb: 'Åpne IPS-panelet', en: 'Open the IPS panel' }, functionName: 'showSidebar' },
  {
    caption: { nb: 'Sett inn nytt skårskjema…', en: 'Insert a new score sheet…' },
    functionName: 'ipsInsertScoreSheet',
  },
];

/** The menu's language: the user's, or both side by side when it cannot be known. */
export type MenuLanguage = Language | 'both';

/** The captions in a language; 'both': «Åpne IPS-panelet / Open the IPS panel». */
export function menuItems(language: MenuLanguage): { caption: string; functionName: string }[] {
  return MENU_ITEMS.map((item) => ({
    caption: language === 'both' ? `${item.caption.nb} / ${item.caption.en}` : item.caption[language],
    functionName: item.functionName,
  }));
}

/** Norwegian (bokmål, nynorsk or plain "no", any region) reads the menu in Norwegian; every other locale in English. */
export function localeLanguage(locale: string): Language {
  return /^(nb|nn|no)(?:[_-]|$)/i.test(locale.trim()) ? 'nb' : 'en';
}

/**
 * The menu's language when the file opens. In AuthMode.NONE (an add-on installed but not yet used
 * in this file) only the menu may be built: no service that needs authorization, so Session is
 * not read and the captions are bilingual. In every other mode the user's locale
 * (Session.getActiveUserLocale) decides; if it cannot be read, bilingual again.
 */
export function menuLanguage(authMode: unknown, readLocale: () => string): MenuLanguage {
  if (authMode !== undefined && authMode !== null && String(authMode) === 'NONE') return 'both';
  try {
    const locale = readLocale();
    return typeof locale === 'string' && locale.trim() !== '' ? localeLanguage(locale) : 'both';
  } catch {
    return 'both';
  }
}

/** The one Ui call the menu needs. SpreadsheetApp.getUi() has it in every authorization mode. */
export interface AddonMenuUi {
  createAddonMenu(): MenuLike;
}

/**
 * The menu under Extensions, the same in every authorization mode: an Editor add-on must build
 * its menu before the user has authorized it (AuthMode.NONE), and createAddonMenu also works for
 * a script bound to the spreadsheet (the template). Menu items only: nothing here needs
 * authorization.
 */
export function addMenu(ui: AddonMenuUi, language: MenuLanguage = 'both'): void {
  const menu = ui.createAddonMenu();
  for (const item of menuItems(language)) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}

export function openSidebar(services: GasServices): void {
  const output = services.htmlService
    .createHtmlOutputFromFile(SIDEBAR_FILE)
    .setTitle(SIDEBAR_TITLE)
    .setWidth(SIDEBAR_WIDTH);
  services.spreadsheetApp.getUi().showSidebar(output);
}

/** "Skårskjema", or "Skårskjema 2", … when taken. */
export function freeSheetName(taken: readonly string[], base = SCORE_SHEET_NAME): string {
  const names = new Set(taken.map((name) => name.toLowerCase()));
  if (!names.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!names.has(`${base} ${n}`.toLowerCase())) return `${base} ${n}`;
}

/**
 * Menu «Sett inn nytt skårskjema…»: asks for the sheet's name and writes a blank score sheet
 * (today's date, no raters) with the same layout as the sidebar writes. Never overwrites a sheet.
 */
export function insertScoreSheet(services: GasServices): void {
  const app = services.spreadsheetApp;
  const ui = app.getUi();
  const book = app.getActiveSpreadsheet();
  const suggested = freeSheetName(book.getSheets().map((sheet) => sheet.getName()));
  const response = ui.prompt(
    'Nytt skårskjema',
    `Navn på det nye arket (tomt gir «${suggested}»):`,
    ui.ButtonSet.OK_CANCEL,
  );
  if (response.getSelectedButton() !== ui.Button.OK) return;
  const name = response.getResponseText().trim() || suggested;
  if (book.getSheetByName(name)) {
    ui.alert('Nytt skårskjema', `Arket «${name}» finnes allerede. Velg et annet navn.`, ui.ButtonSet.OK);
    return;
  }
  const today = isoDay(zonedCalendar(services.utilities, book.getSpreadsheetTimeZone())(new Date()));
  const review = newReview({ id: `ips-${today}`, service: '', team: '', date: today, raters: [] });
  const [sheet] = writePlans(app, book, [scoreSheetPlan(review, { sheet: name, language: 'nb' })]);
  sheet?.activate();
}
