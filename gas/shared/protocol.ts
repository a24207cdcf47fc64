import type { AppendRowRequest } from '../../src/core/workbook/append';
import type { ChartPlan } from '../../src/core/workbook/chart-plan';
import type { SheetPlan } from '../../src/core/workbook/plan';
import type { Language } from '../../src/core/text';

/**
 * What crosses google.script.run between the sidebar and the server. Apps Script only carries
 * primitives, null, arrays and plain objects (a Date, a function or a class instance anywhere in
 * an argument or a return value makes the call fail), so cells travel as plain values and dates
 * as ISO text (yyyy-mm-dd).
 */
export type PlainCell = string | number | boolean | null;
export type PlainMatrix = PlainCell[][];

/** AppendRowOutcome as it crosses google.script.run. */
export interface PlainAppendOutcome {
  readonly status: 'appended' | 'present';
  readonly row: number;
  readonly created: boolean;
  readonly values: PlainMatrix;
}

/** The server functions the sidebar calls, one per Workbook operation. */
export interface ServerEndpoints {
  ipsListSheets(): string[];
  ipsReadSheet(name: string): PlainMatrix | null;
  ipsReadSheets(names: string[]): (PlainMatrix | null)[];
  ipsReadTargets(plans: SheetPlan[]): (PlainMatrix | null)[];
  ipsWrite(plans: SheetPlan[]): void;
  /** Workbook.appendRow under the document lock; the sheet's values after it as plain cells. */
  ipsAppendRow(request: AppendRowRequest): PlainAppendOutcome;
  /** Chart plans are plain data already (Text is a plain object); language defaults to 'nb'. */
  ipsWriteCharts(charts: ChartPlan[], language?: Language): void;
  ipsActivate(name: string): void;
  /** Workbook.showChart: whether the chart was found and brought into view. */
  ipsShowChart(sheet: string, chartId: string): boolean;
  /** Workbook.showReport: the report's HTML in a modal dialog with «Skriv ut» and «Kopier». */
  ipsShowReport(html: string, title: string, language: Language): void;
}

export type ServerEndpointName = keyof ServerEndpoints;

export const SERVER_ENDPOINT_NAMES: readonly ServerEndpointName[] = [
  'ipsListSheets',
  'ipsReadSheet',
  'ipsReadSheets',
  'ipsReadTargets',
  'ipsWrite',
  'ipsAppendRow',
  'ipsWriteCharts',
  'ipsActivate',
  'ipsShowChart',
  'ipsShowReport',
];
