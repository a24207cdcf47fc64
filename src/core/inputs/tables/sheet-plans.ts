/** Sheet plans of the input tables: headers, help row, column formats, validations and widths. */
import { type ColumnType, type ColumnDefinition, type TableDefinition, type TableId, TABLE_LAYOUT } from './types';
import { INPUT_TABLES, type TableCapacity, lastDataRow } from './registry';
import { chartReviewCounterBlock } from './chart-review-counter';
import type { Language } from '../../text';
import type { PlanBlock, PlanFormat, PlanValidation, PlanValue, RangeRect, SheetPlan } from '../../workbook/plan';

/** Validations the current plan rules cannot express yet (decimal numbers and dates). */
export type InputValidationRule =
  | {
      readonly type: 'decimal';
      readonly min?: number;
      readonly max?: number;
      readonly minExclusive?: boolean;
      readonly message: string;
    }
  | { readonly type: 'date'; readonly message: string };

export interface InputValidation {
  readonly range: RangeRect;
  readonly rule: InputValidationRule;
}

/** A sheet plan plus the validations a host applies once it supports decimal and date rules. */
export interface InputSheetPlan extends SheetPlan {
  readonly table: TableId;
  readonly extraValidations: readonly InputValidation[];
}

const DEFAULT_WIDTH: Readonly<Record<ColumnType, number>> = {
  text: 150,
  number: 110,
  date: 110,
  yesno: 90,
  list: 150,
};

function validationMessage(column: ColumnDefinition, language: Language): string {
  const nb = language === 'nb';
  switch (column.type) {
    case 'list':
    case 'yesno':
      return `${nb ? 'Velg' : 'Choose'}: ${column.options!.map((option) => option.label[language]).join(' / ')}`;
    case 'date':
      return nb ? 'Skriv en dato, f.eks. 2025-03-31 eller 31.03.2025.' : 'Enter a date, e.g. 2025-03-31.';
    case 'number': {
      const rule = column.number ?? {};
      if (rule.percent) return nb ? 'Skriv en prosent fra 0 til 100 %.' : 'Enter a percent from 0 to 100 %.';
      const shown = (value: number) => (nb ? String(value).replace('.', ',') : String(value));
      const low = shown(rule.min ?? 0);
      const range =
        rule.max === undefined
          ? `≥ ${low}`
          : `${rule.minExclusive ? `over ${low} ${nb ? 'og høyst' : 'and at most'}` : `${low} –`} ${shown(rule.max)}`;
      return nb
        ? `Skriv ${rule.integer ? 'et helt tall' : 'et tall'} ${range}.`
        : `Enter ${rule.integer ? 'a whole number' : 'a number'} ${range}.`;
    }
    default:
      return '';
  }
}

/**
 * The sheet of an input table: header row, a short help row, data rows with list, number and
 * date validations, widths, frozen header and help rows. The chart-review sheet also gets the
 * manual's category counter to the right of the table.
 */
export interface TableSheetOptions {
  /** Data rows the validations and formats cover (and the chart-review counter counts). */
  readonly capacity?: TableCapacity;
}

export function tableSheetPlan(
  table: TableDefinition,
  language: Language,
  options: TableSheetOptions = {},
): InputSheetPlan {
  const width = table.columns.length;
  const first = TABLE_LAYOUT.firstDataRow;
  const last = lastDataRow(table, options.capacity);
  const dataRows = last - first + 1;
  const headers: PlanValue[] = table.columns.map((column) => column.header[language]);
  const help: PlanValue[] = table.columns.map((column) => column.help[language]);
  const blocks: PlanBlock[] = [{ row: TABLE_LAYOUT.headerRow, column: 0, values: [headers, help] }];
  if (table.singleRow) {
    const defaults = table.columns.map((column) => column.defaultValue ?? null);
    if (defaults.some((value) => value !== null)) blocks.push({ row: first, column: 0, values: [defaults] });
  }

  const rect = (column: number, columns = 1): RangeRect => ({ row: first, column, rows: dataRows, columns });
  const formats: PlanFormat[] = [
    {
      range: { row: TABLE_LAYOUT.headerRow, column: 0, rows: 1, columns: width },
      bold: true,
      fill: '#DEECF9',
      wrap: true,
    },
    {
      range: { row: TABLE_LAYOUT.helpRow, column: 0, rows: 1, columns: width },
      italic: true,
      fontColor: '#605E5C',
      fontSize: 9,
      wrap: true,
    },
  ];
  const validations: PlanValidation[] = [];
  const extraValidations: InputValidation[] = [];
  table.columns.forEach((column, index) => {
    const message = validationMessage(column, language);
    switch (column.type) {
      case 'list':
      case 'yesno':
        validations.push({
          range: rect(index),
          rule: { type: 'list', values: column.options!.map((option) => option.label[language]), message },
        });
        break;
      case 'date':
        formats.push({ range: rect(index), numberFormat: 'yyyy-mm-dd', horizontalAlignment: 'left' });
        extraValidations.push({ range: rect(index), rule: { type: 'date', message } });
        break;
      case 'number': {
        const rule = column.number ?? {};
        if (rule.percent) formats.push({ range: rect(index), numberFormat: '0%' });
        if (rule.integer && !rule.minExclusive) {
          validations.push({
            range: rect(index),
            rule: { type: 'wholeNumber', min: rule.min ?? 0, max: rule.max ?? 1_000_000, message },
          });
        } else {
          extraValidations.push({
            range: rect(index),
            rule: {
              type: 'decimal',
              ...(rule.min !== undefined ? { min: rule.min } : {}),
              ...(rule.max !== undefined ? { max: rule.max } : {}),
              ...(rule.minExclusive ? { minExclusive: true } : {}),
              message,
            },
          });
        }
        break;
      }
      case 'text':
        break;
    }
  });

  const columnWidths = table.columns.map((column) => column.width ?? DEFAULT_WIDTH[column.type]);
  if (table.id === 'chartReview') {
    const counter = chartReviewCounterBlock(table, language, width + 1, last);
    blocks.push(counter.block);
    formats.push(...counter.formats);
    columnWidths.push(30, 260, 80, 80, 160);
  }
  return {
    sheet: table.sheet[language],
    table: table.id,
    blocks,
    formats,
    validations,
    extraValidations,
    columnWidths,
    frozenRows: TABLE_LAYOUT.firstDataRow,
  };
}

/** Plans for every input table, in sheet order. */
export function inputSheetPlans(language: Language, options: TableSheetOptions = {}): InputSheetPlan[] {
  return INPUT_TABLES.map((table) => tableSheetPlan(table, language, options));
}
