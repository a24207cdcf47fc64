/**
 * The Apps Script services the server code uses, narrowed to exactly the calls it makes.
 *
 * The server modules take these as parameters instead of reading globals, so the tests can run
 * them against an in-memory stand-in (tests/gas/fake-spreadsheet-app.ts) that implements these
 * interfaces and nothing more. `main.ts` passes the real globals; the compiler then checks that the
 * real SpreadsheetApp / HtmlService / Utilities really have these methods with these signatures.
 */

export type Alignment = 'left' | 'center' | 'right';

export interface RangeLike {
  getValues(): unknown[][];
  getFormulas(): string[][];
  setValues(values: unknown[][]): unknown;
  setFormulas(formulas: string[][]): unknown;
  setDataValidation(rule: DataValidationLike | null): unknown;
}

/** Formatting applied to several A1 ranges of one sheet in one call each. */
export interface RangeListLike {
  setFontWeight(fontWeight: string | null): unknown;
  setFontStyle(fontStyle: string | null): unknown;
  setBackground(color: string | null): unknown;
  setFontColor(color: string | null): unknown;
  setFontSize(size: number): unknown;
  setNumberFormat(numberFormat: string): unknown;
  setWrap(isWrapEnabled: boolean | null): unknown;
  setHorizontalAlignment(alignment: string | null): unknown;
}

export interface SheetLike {
  getName(): string;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeLike;
  getDataRange(): RangeLike;
  getRangeList(a1Notations: string[]): RangeListLike;
  getMaxRows(): number;
  getMaxColumns(): number;
  insertRowsAfter(afterPosition: number, howMany: number): unknown;
  insertColumnsAfter(afterPosition: number, howMany: number): unknown;
  setColumnWidths(startColumn: number, numColumns: number, width: number): unknown;
  setFrozenRows(rows: number): void;
  hideColumns(columnIndex: number, numColumns: number): void;
  activate(): unknown;
}

export interface SpreadsheetLike {
  getSheets(): SheetLike[];
  getSheetByName(name: string): SheetLike | null;
  insertSheet(sheetName: string): SheetLike;
  getSpreadsheetTimeZone(): string;
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DataValidationLike {}

export interface DataValidationBuilderLike {
  requireNumberBetween(start: number, end: number): DataValidationBuilderLike;
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilderLike;
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderLike;
  setHelpText(helpText: string): DataValidationBuilderLike;
  build(): DataValidationLike;
}

export interface MenuLike {
  addItem(caption: string, functionName: string): MenuLike;
  addSeparator(): MenuLike;
  addToUi(): void;
}

export interface PromptResponseLike {
  getResponseText(): string;
  getSelectedButton(): GoogleAppsScript.Base.Button;
}

export interface UiLike {
  readonly Button: typeof GoogleAppsScript.Base.Button;
  readonly ButtonSet: typeof GoogleAppsScript.Base.ButtonSet;
  createMenu(caption: string): MenuLike;
  showSidebar(userInterface: HtmlOutputLike): void;
  prompt(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): PromptResponseLike;
  alert(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
}

export interface SpreadsheetAppLike {
  getActiveSpreadsheet(): SpreadsheetLike;
  newDataValidation(): DataValidationBuilderLike;
  getUi(): UiLike;
}

export interface HtmlOutputLike {
  setTitle(title: string): HtmlOutputLike;
  setWidth(width: number): HtmlOutputLike;
}

export interface HtmlServiceLike {
  createHtmlOutputFromFile(filename: string): HtmlOutputLike;
}

export interface UtilitiesLike {
  formatDate(date: Date, timeZone: string, format: string): string;
}

/** Everything the server code needs from Apps Script. */
export interface GasServices {
  readonly spreadsheetApp: SpreadsheetAppLike;
  readonly htmlService: HtmlServiceLike;
  readonly utilities: UtilitiesLike;
}
