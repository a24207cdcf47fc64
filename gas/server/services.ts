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
  getA1Notation(): string;
  getValues(): unknown[][];
  getFormulas(): string[][];
  setValues(values: unknown[][]): unknown;
  setFormulas(formulas: string[][]): unknown;
  setDataValidation(rule: DataValidationLike | null): unknown;
  /** Selects the range (and brings its sheet to the front). */
  activate(): unknown;
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
  /** Inserts blank rows at a 1-based position; the rows there and below move down. */
  insertRowsBefore(beforePosition: number, howMany: number): unknown;
  insertColumnsAfter(afterPosition: number, howMany: number): unknown;
  setColumnWidths(startColumn: number, numColumns: number, width: number): unknown;
  setFrozenRows(rows: number): void;
  hideColumns(columnIndex: number, numColumns: number): void;
  activate(): unknown;
  getCharts(): EmbeddedChartLike[];
  newChart(): EmbeddedChartBuilderLike;
  insertChart(chart: EmbeddedChartLike): void;
  removeChart(chart: EmbeddedChartLike): void;
  getDeveloperMetadata(): DeveloperMetadataLike[];
  addDeveloperMetadata(key: string, value: string): unknown;
  getConditionalFormatRules(): ConditionalFormatRuleLike[];
  setConditionalFormatRules(rules: ConditionalFormatRuleLike[]): void;
}

/** A chart on a sheet. Charts have no name in Apps Script; their id is stable across the spreadsheet. */
export interface EmbeddedChartLike {
  getChartId(): number | null;
  /** Where the chart sits: its anchor cell, 1-based. */
  getContainerInfo(): ContainerInfoLike;
}

export interface ContainerInfoLike {
  getAnchorRow(): number;
  getAnchorColumn(): number;
}

export interface EmbeddedChartBuilderLike {
  setChartType(type: GoogleAppsScript.Charts.ChartType): EmbeddedChartBuilderLike;
  addRange(range: RangeLike): EmbeddedChartBuilderLike;
  setMergeStrategy(mergeStrategy: GoogleAppsScript.Charts.ChartMergeStrategy): EmbeddedChartBuilderLike;
  setNumHeaders(headers: number): EmbeddedChartBuilderLike;
  setOption(option: string, value: unknown): EmbeddedChartBuilderLike;
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): EmbeddedChartBuilderLike;
  build(): EmbeddedChartLike;
}

/** Key–value data stored on a sheet, invisible to users (here: which chart is which plan's). */
export interface DeveloperMetadataLike {
  getKey(): string;
  getValue(): string | null;
  remove(): void;
}

export interface ConditionalFormatRuleLike {
  /** The gradient (colour scale) of the rule, or null for other kinds of rule. */
  getGradientCondition(): GradientConditionLike | null;
  getRanges(): RangeLike[];
}

/** A colour scale's points: colour as hex text, type, value as text ("" where the point has none). */
export interface GradientConditionLike {
  getMinColor(): string;
  getMinType(): GoogleAppsScript.Spreadsheet.InterpolationType | null;
  getMinValue(): string;
  getMidColor(): string;
  getMidType(): GoogleAppsScript.Spreadsheet.InterpolationType | null;
  getMidValue(): string;
  getMaxColor(): string;
  getMaxType(): GoogleAppsScript.Spreadsheet.InterpolationType | null;
  getMaxValue(): string;
}

export interface ConditionalFormatRuleBuilderLike {
  setGradientMinpointWithValue(
    color: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string,
  ): ConditionalFormatRuleBuilderLike;
  setGradientMidpointWithValue(
    color: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string,
  ): ConditionalFormatRuleBuilderLike;
  setGradientMaxpointWithValue(
    color: string,
    type: GoogleAppsScript.Spreadsheet.InterpolationType,
    value: string,
  ): ConditionalFormatRuleBuilderLike;
  setRanges(ranges: RangeLike[]): ConditionalFormatRuleBuilderLike;
  build(): ConditionalFormatRuleLike;
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
  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilderLike;
  requireNumberLessThanOrEqualTo(number: number): DataValidationBuilderLike;
  requireDate(): DataValidationBuilderLike;
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
  /** Needs the same scope as showSidebar (script.container.ui). */
  showModalDialog(userInterface: HtmlOutputLike, title: string): void;
  prompt(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): PromptResponseLike;
  alert(title: string, prompt: string, buttons: GoogleAppsScript.Base.ButtonSet): GoogleAppsScript.Base.Button;
}

export interface SpreadsheetAppLike {
  readonly InterpolationType: typeof GoogleAppsScript.Spreadsheet.InterpolationType;
  getActiveSpreadsheet(): SpreadsheetLike;
  /** Applies all pending changes (before a lock is released, so the next holder sees them). */
  flush(): void;
  newDataValidation(): DataValidationBuilderLike;
  newConditionalFormatRule(): ConditionalFormatRuleBuilderLike;
  getUi(): UiLike;
}

/** The `Charts` service: only its enums are used. */
export interface ChartsLike {
  readonly ChartType: typeof GoogleAppsScript.Charts.ChartType;
  readonly ChartMergeStrategy: typeof GoogleAppsScript.Charts.ChartMergeStrategy;
}

export interface HtmlOutputLike {
  setTitle(title: string): HtmlOutputLike;
  setWidth(width: number): HtmlOutputLike;
  setHeight(height: number): HtmlOutputLike;
}

export interface HtmlServiceLike {
  createHtmlOutputFromFile(filename: string): HtmlOutputLike;
  createHtmlOutput(html: string): HtmlOutputLike;
}

export interface UtilitiesLike {
  formatDate(date: Date, timeZone: string, format: string): string;
}

/** A mutual-exclusion lock: waitLock throws when it cannot be had in time. */
export interface LockLike {
  waitLock(timeoutInMillis: number): void;
  releaseLock(): void;
}

/** The Lock service. It needs no OAuth scope (its reference lists none). */
export interface LockServiceLike {
  /** The lock of the current document (null outside a container-bound or add-on context). */
  getDocumentLock(): LockLike | null;
}

/** Everything the server code needs from Apps Script. */
export interface GasServices {
  readonly spreadsheetApp: SpreadsheetAppLike;
  readonly htmlService: HtmlServiceLike;
  readonly utilities: UtilitiesLike;
  readonly charts: ChartsLike;
  readonly lockService: LockServiceLike;
}
