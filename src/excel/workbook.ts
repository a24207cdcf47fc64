import type { CellValue } from '../core/functions/cells';
import {
  planBounds,
  type PlanBlock,
  type PlanFormat,
  type PlanValidation,
  type PlanValue,
  type RangeRect,
  type SheetPlan,
} from '../core/sheets/plan';
import type { Workbook } from '../core/sheets/workbook';

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

/** A rectangle of cells to write: the non-null cells of a block, split into rectangles. */
export interface CellRun {
  readonly row: number;
  readonly column: number;
  readonly values: PlanValue[][];
}

/**
 * The rectangles of a block that hold values: null cells (leave as is) are never written, so a
 * block with holes becomes several rectangular writes. Consecutive rows with the same runs are
 * merged, so a full block is one write.
 */
export function writeRuns(block: PlanBlock): CellRun[] {
  const done: { row: number; column: number; values: PlanValue[][] }[] = [];
  let open = new Map<string, { row: number; column: number; values: PlanValue[][] }>();
  block.values.forEach((rowValues, r) => {
    const next = new Map<string, { row: number; column: number; values: PlanValue[][] }>();
    let c = 0;
    while (c < rowValues.length) {
      if (rowValues[c] === null || rowValues[c] === undefined) {
        c++;
        continue;
      }
      const start = c;
      while (c < rowValues.length && rowValues[c] !== null && rowValues[c] !== undefined) c++;
      const key = `${start}:${c}`;
      const cells = rowValues.slice(start, c) as PlanValue[];
      const continuing = open.get(key);
      if (continuing) {
        continuing.values.push(cells);
        open.delete(key);
        next.set(key, continuing);
      } else {
        next.set(key, { row: block.row + r, column: block.column + start, values: [cells] });
      }
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done.sort((a, b) => a.row - b.row || a.column - b.column);
}

const sheetKey = (name: string) => name.toLowerCase();

function fill<T>(rows: number, columns: number, value: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(columns).fill(value));
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

function defaultSupports(version: string): boolean {
  try {
    return typeof Office === 'undefined' || Office.context.requirements.isSetSupported('ExcelApi', version);
  } catch {
    return true;
  }
}

/**
 * The Workbook interface on Office.js. Every method is one `Excel.run`; reads and writes are each
 * ONE `context.sync` in the normal case, so `writeWithConsent` is two round trips in all.
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
    queue: (context: Excel.RequestContext, sheet: (name: string) => Excel.Worksheet | null) => (exists: (name: string) => boolean) => T,
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

  async readSheet(name: string): Promise<CellValue[][] | null> {
    return this.readFromSheets((_context, sheet) => {
      const worksheet = sheet(name);
      const used = worksheet?.getUsedRangeOrNullObject(true) ?? null;
      used?.load('values,rowIndex,columnIndex');
      return (exists) => {
        if (!exists(name)) return null;
        if (!used || used.isNullObject) return [];
        const values = used.values as CellValue[][];
        const width = used.columnIndex + (values[0]?.length ?? 0);
        const lead = new Array<CellValue>(used.columnIndex).fill('');
        return [...fill<CellValue>(used.rowIndex, width, ''), ...values.map((row) => [...lead, ...row])];
      };
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

  async activate(name: string): Promise<void> {
    await this.excel.run(async (context) => {
      context.workbook.worksheets.getItem(name).activate();
      await context.sync();
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
    for (const block of plan.blocks) {
      for (const run of writeRuns(block)) {
        sheet.getRangeByIndexes(run.row, run.column, run.values.length, run.values[0]!.length).formulas = run.values as any[][];
      }
    }
    for (const format of plan.formats ?? []) {
      if (format.range.rows > 0 && format.range.columns > 0) applyFormat(range(format.range), format);
    }
    if (this.supports('1.8')) {
      for (const validation of plan.validations ?? []) {
        if (validation.range.rows > 0 && validation.range.columns > 0) applyValidation(range(validation.range), validation);
      }
    }
    plan.columnWidths?.forEach((pixels, column) => {
      if (pixels > 0) sheet.getRangeByIndexes(0, column, 1, 1).getEntireColumn().format.columnWidth = pixels * POINTS_PER_PIXEL;
    });
    for (const column of plan.hiddenColumns ?? []) sheet.getRangeByIndexes(0, column, 1, 1).getEntireColumn().columnHidden = true;
    if (plan.frozenRows !== undefined) {
      if (plan.frozenRows > 0) sheet.freezePanes.freezeRows(plan.frozenRows);
      else sheet.freezePanes.unfreeze();
    }
    if (plan.print && this.supports('1.9')) {
      sheet.pageLayout.orientation = plan.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      // "Fit all columns on one page", as Excel's own action recorder writes it.
      if (plan.print.fitToWidth) {
        sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0, scale: null } as unknown as Excel.PageLayoutZoomOptions;
      }
    }
  }
}

function applyFormat(range: Excel.Range, format: PlanFormat): void {
  if (format.bold !== undefined) range.format.font.bold = format.bold;
  if (format.italic !== undefined) range.format.font.italic = format.italic;
  if (format.fontColor !== undefined) range.format.font.color = format.fontColor;
  if (format.fontSize !== undefined) range.format.font.size = format.fontSize;
  if (format.fill !== undefined) range.format.fill.color = format.fill;
  if (format.wrap !== undefined) range.format.wrapText = format.wrap;
  if (format.horizontalAlignment !== undefined) {
    range.format.horizontalAlignment = ({ left: 'Left', center: 'Center', right: 'Right' } as const)[format.horizontalAlignment];
  }
  if (format.numberFormat !== undefined) range.numberFormat = fill(format.range.rows, format.range.columns, format.numberFormat);
}

function applyValidation(range: Excel.Range, validation: PlanValidation): void {
  const { rule } = validation;
  const validationApi = range.dataValidation;
  validationApi.clear();
  validationApi.rule =
    rule.type === 'wholeNumber'
      ? { wholeNumber: { formula1: rule.min, formula2: rule.max, operator: 'Between' } }
      : { list: { inCellDropDown: true, source: rule.values.join(',') } };
  validationApi.errorAlert = { showAlert: true, style: 'Stop', title: clip('IPS', TITLE_MAX), message: clip(rule.message, ALERT_MESSAGE_MAX) };
  validationApi.prompt = { showPrompt: true, title: clip('IPS', TITLE_MAX), message: clip(rule.message, PROMPT_MESSAGE_MAX) };
}
