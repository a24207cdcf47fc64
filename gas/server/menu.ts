// The add-on's menu: its captions, their language, and building it (onOpen). What the items do is
// apart (open-sidebar.ts, insert-score-sheet.ts): onOpen runs each time the file is opened, with
// the custom functions' part of Code.js (functions-main.ts), which has no sidebar or score sheet.
import type { Language, Text } from '../../src/core/text';
import type { MenuLike } from './services';

/**
 * The name the menu appears under in Extensions: an add-on menu takes the add-on's name (bound
 * to a spreadsheet, the script project's name), so the template's project is named this too.
 */
export const MENU_TITLE = 'IPS-kvalitet';

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
