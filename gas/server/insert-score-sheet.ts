// Menu «Sett inn nytt skårskjema…»: a blank score sheet, written as the sidebar writes one.
import { newReview } from '../../src/core/review/model';
import { scoreSheetPlan } from '../../src/core/sheets/score-sheet';
import type { GasServices } from './services';
import { isoDay, zonedCalendar } from './values';
import { writePlans } from './write-plan';

export const SCORE_SHEET_NAME = 'Skårskjema';

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
