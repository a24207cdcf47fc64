import type { GasServices } from './services';

/** The Apps Script services of the running script, as GasServices (services.ts). */
export function liveServices(): GasServices {
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
