// Menu «Åpne IPS-panelet»: the sidebar (dist/gas/Sidebar.html) next to the spreadsheet.
import type { GasServices } from './services';

export const SIDEBAR_TITLE = 'IPS-kvalitet';
export const SIDEBAR_WIDTH = 360;
/** The built sidebar file in the Apps Script project (dist/gas/Sidebar.html). */
export const SIDEBAR_FILE = 'Sidebar';

export function openSidebar(services: GasServices): void {
  const output = services.htmlService
    .createHtmlOutputFromFile(SIDEBAR_FILE)
    .setTitle(SIDEBAR_TITLE)
    .setWidth(SIDEBAR_WIDTH);
  services.spreadsheetApp.getUi().showSidebar(output);
}
