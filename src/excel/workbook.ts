import type { CellValue } from '../core/cells';
import type { ChartPlan } from '../core/workbook/chart-plan';
import {
  isPlanFormula,
  planBounds,
  writeRuns,
  type PlanFormat,
  type PlanValidation,
  type PlanValue,
  type RangeRect,
  type SheetPlan,
  type ValidationRule,
} from '../core/workbook/plan';
import {
  appendPlan,
  appendTarget,
  findIdentity,
  holdsIdentity,
  MAX_APPEND_ATTEMPTS,
  type AppendRowOutcome,
  type AppendRowRequest,
} from '../core/workbook/append';
import type { Workbook } from '../core/workbook/workbook';
import type { Language } from '../core/text';
import {
  chartSheetOf,
  AXIS_FORMAT_API,
  CHARTS_API,
  HEATMAP_API,
  SHOW_CHART_API,
  isHeatmap,
  isOwnHeatmapFormat,
  latestPerId,
  queueChart,
  queueHeatmap,
} from './charts';

/** The part of the `Excel` namespace used here: the global in Office, a recording fake in tests. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export interface ExcelWorkbookOptions {
  /** Defaults to the global `Excel`. */
  readonly excel?: ExcelHost;
  /** Whether ExcelApi `version` is available; defaults to Office.context.requirements. */
  readonly supports?: (version: string) => boolean;
}

/** Plans give column widths in pixels; Excel's columnWidth is in points (96 px = 72 pt). */
export const POINTS_PER_PIXEL = 0.75;
// Excel's limits for data-validation texts.
const PROMPT_MESSAGE_MAX = 255;
const ALERT_MESSAGE_MAX = 225;
const TITLE_MAX = 32;
/** Errors that mean "the sheets are not what we last saw": worth one fresh look and a retry. */
const STALE_SHEET_ERRORS = new Set(['ItemNotFound', 'ItemAlreadyExists', 'InvalidReference']);

const sheetKey = (name: string) => name.toLowerCase();

function fill<T>(rows: number, columns: number, value: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(columns).fill(value));
}

/** A used range's matrix as from A1: blank rows above it and blank cells left of it. */
function fromA1(matrix: readonly (readonly unknown[])[], rowIndex: number, columnIndex: number): CellValue[][] {
  const values = matrix as readonly (readonly CellValue[])[];
  const width = columnIndex + (values[0]?.length ?? 0);
  const lead = new Array<CellValue>(columnIndex).fill('');
  return [...fill<CellValue>(rowIndex, width, ''), ...values.map((row) => [...lead, ...row])];
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

function defaultSupports(version: string): boolean {
  try {
    return typeof Office === 'undefined' || Office.context.requirements.isSetSupported('ExcelApi', version);
  } catch {
    return true;
  }
}

/**
 * The Workbook interface on Office.js. Every method is one `Excel.run`; reads (one sheet or
 * several) and writes are each ONE `context.sync` in the normal case, so `writeWithConsent` is two
 * round trips in all (three after an overwrite question: the targets are read again after consent);
 * writeCharts is two (look, then write), however many charts.
 *
 * Writing needs to know which sheets exist (to add the missing ones in the same batch). The
 * answer is remembered from the last look (readTargets, listSheets, readSheet); without one, or
 * when the sheets changed since (Excel answers ItemNotFound / ItemAlreadyExists), the write looks
 * again first: one more sync.
 */
export class ExcelWorkbook implements Workbook {
  readonly host = 'excel' as const;
  private readonly excel: ExcelHost;
  private readonly supports: (version: string) => boolean;
  /** Lower-cased sheet names as of the last look, or null before any look. */
  private sheetNames: Set<string> | null = null;

  constructor(options: ExcelWorkbookOptions = {}) {
    this.excel = options.excel ?? (globalThis as { Excel?: ExcelHost }).Excel!;
    if (!this.excel) throw new Error('ExcelWorkbook: Office.js (Excel) is not loaded');
    this.supports = options.supports ?? defaultSupports;
  }

  private remember(names: readonly string[]): Set<string> {
    this.sheetNames = new Set(names.map(sheetKey));
    return this.sheetNames;
  }

  async listSheets(): Promise<string[]> {
    return this.excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      const names = sheets.items.map((sheet) => sheet.name);
      this.remember(names);
      return names;
    });
  }

  /**
   * Reads from sheets that may not exist, in one sync: the sheet list is loaded together with
   * ranges got through getItemOrNullObject (a missing sheet yields null objects, whose values are
   * ignored). Should a host refuse that batch, it is done in two: the list, then existing sheets only.
   */
  private async readFromSheets<T>(
    queue: (
      context: Excel.RequestContext,
      sheet: (name: string) => Excel.Worksheet | null,
    ) => (exists: (name: string) => boolean) => T,
  ): Promise<T> {
    const attempt = (listFirst: boolean) =>
      this.excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        let known: Set<string> | null = null;
        if (listFirst) {
          await context.sync();
          known = this.remember(sheets.items.map((sheet) => sheet.name));
        }
        const finish = queue(context, (name) =>
          known ? (known.has(sheetKey(name)) ? sheets.getItem(name) : null) : sheets.getItemOrNullObject(name),
        );
        await context.sync();
        const present = known ?? this.remember(sheets.items.map((sheet) => sheet.name));
        return finish((name) => present.has(sheetKey(name)));
      });
    try {
      return await attempt(false);
    } catch {
      return attempt(true);
    }
  }

  async readTargets(plans: readonly SheetPlan[]): Promise<(CellValue[][] | null)[]> {
    if (plans.length === 0) return [];
    return this.readFromSheets((_context, sheet) => {
      const ranges = plans.map((plan) => {
        const bounds = planBounds(plan);
        const worksheet = sheet(plan.sheet);
        if (!worksheet || bounds.rows === 0 || bounds.columns === 0) return null;
        const range = worksheet.getRangeByIndexes(bounds.row, bounds.column, bounds.rows, bounds.columns);
        range.load('formulas');
        return range;
      });
      return (exists) =>
        plans.map((plan, index) => {
          if (!exists(plan.sheet)) return null;
          const range = ranges[index];
          return range ? (range.formulas as CellValue[][]).map((row) => [...row]) : [];
        });
    });
  }

  /**
   * See Workbook.appendRow. Two round trips: a look at the sheet (its used range: formula text for
   * where the row goes, displayed values for the identity), then one batch that inserts rows where
   * the row goes, writes it and reads the sheet back. Excel has no conditional write, and a
   * co-author's edit can land between the look and the batch: inserting moves whatever arrived in
   * those rows down instead of writing over it. If the row is not where it was written when read
   * back, the whole is tried again (MAX_APPEND_ATTEMPTS in all).
   */
  async appendRow(request: AppendRowRequest): Promise<AppendRowOutcome> {
    for (let attempt = 1; ; attempt++) {
      const seen = await this.readForAppend(request.sheet);
      const present = seen ? findIdentity(seen.values, request.identity) : -1;
      if (present >= 0) return { status: 'present', row: present, created: false, values: seen!.values };
      const { row, created } = appendTarget(request, seen?.content ?? null);
      let values: CellValue[][];
      try {
        values = await this.insertAndWrite(request, row, created, seen !== null);
      } catch (error) {
        this.sheetNames = null;
        // The sheet was added or removed since the look: look again.
        if (attempt < MAX_APPEND_ATTEMPTS && STALE_SHEET_ERRORS.has(errorCode(error) ?? '')) continue;
        throw error;
      }
      const landed = holdsIdentity(values, row, request.identity) ? row : findIdentity(values, request.identity);
      if (landed >= 0) return { status: 'appended', row: landed, created, values };
      if (attempt >= MAX_APPEND_ATTEMPTS)
        throw new Error(
          `appendRow: the row written to "${request.sheet}" was not there when read back (${attempt} attempts)`,
        );
    }
  }

  /** The used range of a sheet from A1: formula text (content) and displayed values; null for no such sheet. */
  private async readForAppend(name: string): Promise<{ content: CellValue[][]; values: CellValue[][] } | null> {
    return this.readFromSheets((_context, sheet) => {
      const used = sheet(name)?.getUsedRangeOrNullObject(true) ?? null;
      used?.load('formulas,values,rowIndex,columnIndex');
      return (exists) => {
        if (!exists(name)) return null;
        if (!used || used.isNullObject) return { content: [], values: [] };
        return {
          content: fromA1(used.formulas, used.rowIndex, used.columnIndex),
          values: fromA1(used.values, used.rowIndex, used.columnIndex),
        };
      };
    });
  }

  /** One batch: insert rows where the row goes (moving down anything that arrived there), write, read back. */
  private async insertAndWrite(
    request: AppendRowRequest,
    row: number,
    created: boolean,
    exists: boolean,
  ): Promise<CellValue[][]> {
    const values = await this.excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const sheet = exists ? sheets.getItem(request.sheet) : sheets.add(request.sheet);
      const start = created ? 0 : row;
      if (exists)
        sheet
          .getRangeByIndexes(start, 0, row - start + 1, 1)
          .getEntireRow()
          .insert('Down');
      this.queuePlan(sheet, appendPlan(request, row, created));
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('values,rowIndex,columnIndex');
      await context.sync();
      return used.isNullObject ? [] : fromA1(used.values, used.rowIndex, used.columnIndex);
    });
    this.sheetNames?.add(sheetKey(request.sheet));
    return values;
  }

  async readSheet(name: string): Promise<CellValue[][] | null> {
    return (await this.readSheets([name]))[0] ?? null;
  }

  /** The used ranges of all the sheets asked for, in one sync (see readFromSheets). */
  async readSheets(names: readonly string[]): Promise<(CellValue[][] | null)[]> {
    if (names.length === 0) return [];
    return this.readFromSheets((_context, sheet) => {
      const used = names.map((name) => {
        const range = sheet(name)?.getUsedRangeOrNullObject(true) ?? null;
        range?.load('values,rowIndex,columnIndex');
        return range;
      });
      return (exists) =>
        names.map((name, index) => {
          if (!exists(name)) return null;
          const range = used[index];
          if (!range || range.isNullObject) return [];
          return fromA1(range.values, range.rowIndex, range.columnIndex);
        });
    });
  }

  async write(plans: readonly SheetPlan[]): Promise<void> {
    if (plans.length === 0) return;
    const attempt = (look: boolean) =>
      this.excel.run(async (context) => {
        let known = this.sheetNames;
        if (look || !known) {
          const sheets = context.workbook.worksheets;
          sheets.load('items/name');
          await context.sync();
          known = this.remember(sheets.items.map((sheet) => sheet.name));
        }
        this.queueWrite(context, plans, known);
        await context.sync();
      });
    const looked = this.sheetNames === null;
    try {
      try {
        await attempt(false);
      } catch (error) {
        if (looked || !STALE_SHEET_ERRORS.has(errorCode(error) ?? '')) throw error;
        await attempt(true);
      }
    } catch (error) {
      // A failed batch may have done part of its work (Office batches are not transactions).
      this.sheetNames = null;
      throw error;
    }
    for (const plan of plans) this.sheetNames?.add(sheetKey(plan.sheet));
  }

  /**
   * Native charts and heat maps in two syncs, however many: the first finds the charts already on
   * the target sheets (by name = plan id) and the conditional formats on the heat-map ranges, the
   * second deletes the old ones and adds the new. A chart's sheet is created when missing; a
   * missing source sheet is an error before anything is changed. A heat map replaces the
   * add-in's own colour scales that meet its range (e.g. the previous, smaller heat map of the same
   * table, known by its criteria: see isOwnColorScale); every other conditional format, the user's
   * own colour scales included, is kept. Should Excel refuse the first batch (null objects
   * of missing sheets), it is done again after listing the sheets: one more sync.
   */
  async writeCharts(charts: readonly ChartPlan[], language: Language = 'nb'): Promise<void> {
    const plans = latestPerId(charts).filter(
      (plan) => !isHeatmap(plan) || (plan.heatmap && plan.heatmap.range.rows > 0 && plan.heatmap.range.columns > 0),
    );
    if (plans.length === 0) return;
    const native = plans.filter((plan) => !isHeatmap(plan));
    const heatmaps = plans.filter(isHeatmap);
    if (native.length > 0 && !this.supports(CHARTS_API))
      throw new Error(`Charts need ExcelApi ${CHARTS_API} (Excel 2019 or Microsoft 365).`);
    if (heatmaps.length > 0 && !this.supports(HEATMAP_API))
      throw new Error(`Heat maps need ExcelApi ${HEATMAP_API} (Excel 2016 or later).`);

    let looking = true;
    const added: string[] = [];
    const attempt = (listFirst: boolean) =>
      this.excel.run(async (context) => {
        looking = true;
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        let known: Set<string> | null = null;
        if (listFirst) {
          await context.sync();
          known = this.remember(sheets.items.map((sheet) => sheet.name));
        }
        const proxies = new Map<string, Excel.Worksheet | null>();
        const sheetOf = (name: string): Excel.Worksheet | null => {
          const key = sheetKey(name);
          if (!proxies.has(key))
            proxies.set(key, known ? (known.has(key) ? sheets.getItem(name) : null) : sheets.getItemOrNullObject(name));
          return proxies.get(key)!;
        };
        const chartLists = new Map<string, { name: string; list: Excel.ChartCollection | null }>();
        for (const plan of native) {
          const name = chartSheetOf(plan);
          if (chartLists.has(sheetKey(name))) continue;
          const list = sheetOf(name)?.charts ?? null;
          list?.load('items/name');
          chartLists.set(sheetKey(name), { name, list });
        }
        const formatLists = heatmaps.map((plan) => {
          const rect = plan.heatmap!.range;
          const range =
            sheetOf(plan.sourceSheet)?.getRangeByIndexes(rect.row, rect.column, rect.rows, rect.columns) ?? null;
          const list = range?.conditionalFormats ?? null;
          list?.load('items/type,items/colorScaleOrNullObject/criteria');
          return { plan, range, list };
        });
        await context.sync();
        looking = false;

        const present = known ?? this.remember(sheets.items.map((sheet) => sheet.name));
        for (const plan of plans) {
          if (!present.has(sheetKey(plan.sourceSheet)))
            throw new Error(`writeCharts: there is no sheet named "${plan.sourceSheet}" (chart "${plan.id}")`);
        }
        const targets = new Map<string, Excel.Worksheet>();
        for (const [key, { name, list }] of chartLists) {
          if (present.has(key) && list) {
            const ids = new Set(native.filter((plan) => sheetKey(chartSheetOf(plan)) === key).map((plan) => plan.id));
            for (const chart of list.items) if (ids.has(chart.name)) chart.delete();
            targets.set(key, sheetOf(name)!);
          } else {
            targets.set(key, sheets.add(name));
            added.push(name);
          }
        }
        for (const { plan, range, list } of formatLists) {
          for (const format of list!.items) if (isOwnHeatmapFormat(format, plan)) format.delete();
          queueHeatmap(range!, plan);
        }
        for (const plan of native)
          queueChart(
            targets.get(sheetKey(chartSheetOf(plan)))!,
            sheetOf(plan.sourceSheet)!,
            plan,
            language,
            this.supports(AXIS_FORMAT_API),
          );
        await context.sync();
      });
    try {
      try {
        await attempt(false);
      } catch (error) {
        if (!looking) throw error;
        added.length = 0;
        await attempt(true);
      }
    } catch (error) {
      if (!looking) this.sheetNames = null;
      throw error;
    }
    for (const name of added) this.sheetNames?.add(sheetKey(name));
  }

  async activate(name: string): Promise<void> {
    await this.excel.run(async (context) => {
      context.workbook.worksheets.getItem(name).activate();
      await context.sync();
    });
  }

  /**
   * «Vis diagrammer»: one look (the sheet's charts by name), then the sheet is activated and the
   * chart named after the plan id selected (Chart.activate, ExcelApi 1.9; before it, activating the
   * sheet shows the chart, which sits at A1). Two syncs.
   */
  async showChart(sheet: string, chartId: string): Promise<boolean> {
    return this.excel.run(async (context) => {
      const target = context.workbook.worksheets.getItemOrNullObject(sheet);
      const charts = target.charts;
      charts.load('items/name');
      await context.sync();
      if (charts.isNullObject) return false;
      target.activate();
      const chart = charts.items.find((candidate) => candidate.name === chartId);
      if (chart && this.supports(SHOW_CHART_API)) chart.activate();
      await context.sync();
      return chart !== undefined;
    });
  }

  /** Queues every plan into one batch, adding the sheets that do not exist. */
  private queueWrite(context: Excel.RequestContext, plans: readonly SheetPlan[], existing: ReadonlySet<string>): void {
    const sheets = context.workbook.worksheets;
    const targets = new Map<string, Excel.Worksheet>();
    for (const plan of plans) {
      const key = sheetKey(plan.sheet);
      let sheet = targets.get(key);
      if (!sheet) {
        sheet = existing.has(key) ? sheets.getItem(plan.sheet) : sheets.add(plan.sheet);
        targets.set(key, sheet);
      }
      this.queuePlan(sheet, plan);
    }
  }

  private queuePlan(sheet: Excel.Worksheet, plan: SheetPlan): void {
    const range = (rect: RangeRect) => sheet.getRangeByIndexes(rect.row, rect.column, rect.rows, rect.columns);
    // Formats first: a text number format ("@") must be on the cells before the values arrive, or
    // Excel reads "1/2" as a date and "007" as 7.
    for (const format of plan.formats ?? []) {
      if (format.range.rows > 0 && format.range.columns > 0) applyFormat(range(format.range), format);
    }
    for (const block of plan.blocks) {
      for (const run of writeRuns(block)) {
        sheet.getRangeByIndexes(run.row, run.column, run.values.length, run.values[0]!.length).formulas =
          run.values.map((row) => row.map(excelCell));
      }
    }
    if (this.supports('1.8')) {
      for (const validation of plan.validations ?? []) {
        if (validation.range.rows > 0 && validation.range.columns > 0)
          applyValidation(range(validation.range), validation);
      }
    }
    plan.columnWidths?.forEach((pixels, column) => {
      if (pixels > 0)
        sheet.getRangeByIndexes(0, column, 1, 1).getEntireColumn().format.columnWidth = pixels * POINTS_PER_PIXEL;
    });
    for (const column of plan.hiddenColumns ?? [])
      sheet.getRangeByIndexes(0, column, 1, 1).getEntireColumn().columnHidden = true;
    if (plan.frozenRows !== undefined) {
      if (plan.frozenRows > 0) sheet.freezePanes.freezeRows(plan.frozenRows);
      else sheet.freezePanes.unfreeze();
    }
    if (plan.print && this.supports('1.9')) {
      sheet.pageLayout.orientation = plan.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      // "Fit all columns on one page", as Excel's own action recorder writes it.
      if (plan.print.fitToWidth) {
        sheet.pageLayout.zoom = {
          horizontalFitToPages: 1,
          verticalFitToPages: 0,
          scale: null,
        } as unknown as Excel.PageLayoutZoomOptions;
      }
    }
  }
}

/**
 * A plan cell as written through `Range.formulas`, which takes input as if typed: a marked formula
 * its text; every other non-empty string behind Excel's quote prefix ("'"), so Excel stores it as
 * literal text whatever it looks like — "=1+1", "+cmd|' /C calc'!A0", "@SUM(1)", "-x", "'x", a
 * leading tab or CR, "007", "1/2", "1,5" or "SANN" (what Excel would parse depends on its locale,
 * so every string is prefixed). Excel hides the prefix: `values` and `formulas` read the text back
 * without it (office-js issue #6687), so a review reads back as written.
 */
export function excelCell(value: PlanValue): string | number | boolean {
  if (isPlanFormula(value)) return value.formula;
  if (typeof value === 'string') return value === '' ? '' : `'${value}`;
  return value ?? '';
}

function applyFormat(range: Excel.Range, format: PlanFormat): void {
  if (format.bold !== undefined) range.format.font.bold = format.bold;
  if (format.italic !== undefined) range.format.font.italic = format.italic;
  if (format.fontColor !== undefined) range.format.font.color = format.fontColor;
  if (format.fontSize !== undefined) range.format.font.size = format.fontSize;
  if (format.fill !== undefined) range.format.fill.color = format.fill;
  if (format.wrap !== undefined) range.format.wrapText = format.wrap;
  if (format.horizontalAlignment !== undefined) {
    range.format.horizontalAlignment = ({ left: 'Left', center: 'Center', right: 'Right' } as const)[
      format.horizontalAlignment
    ];
  }
  if (format.numberFormat !== undefined)
    range.numberFormat = fill(format.range.rows, format.range.columns, format.numberFormat);
}

function applyValidation(range: Excel.Range, validation: PlanValidation): void {
  const { rule } = validation;
  const validationApi = range.dataValidation;
  validationApi.clear();
  validationApi.rule = validationRule(rule);
  validationApi.errorAlert = {
    showAlert: true,
    style: 'Stop',
    title: clip('IPS', TITLE_MAX),
    message: clip(rule.message, ALERT_MESSAGE_MAX),
  };
  validationApi.prompt = {
    showPrompt: true,
    title: clip('IPS', TITLE_MAX),
    message: clip(rule.message, PROMPT_MESSAGE_MAX),
  };
}

/** "Any number" for a decimal rule without bounds (Excel's own limits are ±9.99E+307). */
export const ANY_NUMBER = 1e300;
/** The earliest date Excel's date validation accepts: serial 1. */
export const EARLIEST_DATE = '1900-01-01';

/** A plan's rule in Excel's terms. */
export function validationRule(rule: ValidationRule): Excel.DataValidationRule {
  switch (rule.type) {
    case 'wholeNumber':
      return { wholeNumber: { formula1: rule.min, formula2: rule.max, operator: 'Between' } };
    case 'list':
      return { list: { inCellDropDown: true, source: rule.values.join(',') } };
    case 'decimal':
      if (rule.min !== undefined && rule.max !== undefined)
        return { decimal: { formula1: rule.min, formula2: rule.max, operator: 'Between' } };
      if (rule.min !== undefined) return { decimal: { formula1: rule.min, operator: 'GreaterThanOrEqualTo' } };
      if (rule.max !== undefined) return { decimal: { formula1: rule.max, operator: 'LessThanOrEqualTo' } };
      return { decimal: { formula1: -ANY_NUMBER, formula2: ANY_NUMBER, operator: 'Between' } };
    case 'date':
      // Any valid date: Excel stores dates as serial numbers from 1900-01-01.
      return { date: { formula1: EARLIEST_DATE, operator: 'GreaterThanOrEqualTo' } };
  }
}
