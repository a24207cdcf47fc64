/** The counter beside the chart-review sheet: records sampled per category against the manual's minimums. */
import { type TableDefinition, TABLE_LAYOUT } from './types';
import { YES_NO_OPTIONS } from './options';
import { CHART_REVIEW_CATEGORIES, CHART_REVIEW_RECORDS } from './chart-review';
import { columnIndex, absolute } from './registry';
import { type Language, text as t } from '../../text';
import { cellAddress, formula, type PlanBlock, type PlanFormat, type PlanValue } from '../../workbook/plan';

export const COUNTER_TEXT = {
  title: t('Utvalg av journaler', 'Records sampled'),
  category: t('Kategori', 'Category'),
  count: t('Antall', 'Count'),
  minimum: t('Minst', 'Minimum'),
  status: t('Status', 'Status'),
  records: t('Journaler i alt (10–15)', 'Records in all (10–15)'),
  ok: t('OK', 'OK'),
  missing: t('Mangler', 'Missing'),
} as const;

export function chartReviewCounterBlock(
  table: TableDefinition,
  language: Language,
  column: number,
  last: number,
): { block: PlanBlock; formats: PlanFormat[] } {
  const first = TABLE_LAYOUT.firstDataRow;
  const yes = YES_NO_OPTIONS[0]!.label[language];
  const rangeOf = (columnId: string) => {
    const index = columnIndex(table, columnId);
    return `${absolute(first, index)}:${absolute(last, index)}`;
  };
  const q = (value: string) => `"${value.replace(/"/g, '""')}"`;
  const rows: PlanValue[][] = [
    [COUNTER_TEXT.title[language], '', '', ''],
    [
      COUNTER_TEXT.category[language],
      COUNTER_TEXT.count[language],
      COUNTER_TEXT.minimum[language],
      COUNTER_TEXT.status[language],
    ],
  ];
  const statusFormula = (countCell: string, minimumCell: string) =>
    formula(
      `=IF(${countCell}>=${minimumCell},${q(COUNTER_TEXT.ok[language])},${q(COUNTER_TEXT.missing[language] + ' ')}&(${minimumCell}-${countCell}))`,
    );
  for (const category of CHART_REVIEW_CATEGORIES) {
    const r = rows.length;
    const countCell = cellAddress(r, column + 1);
    const minimumCell = cellAddress(r, column + 2);
    rows.push([
      category.label[language],
      formula(`=COUNTIF(${rangeOf(category.column)},${q(yes)})`),
      category.minimum,
      statusFormula(countCell, minimumCell),
    ]);
  }
  const r = rows.length;
  const countCell = cellAddress(r, column + 1);
  const minimumCell = cellAddress(r, column + 2);
  rows.push([
    COUNTER_TEXT.records[language],
    formula(`=COUNTA(${rangeOf('record')})`),
    CHART_REVIEW_RECORDS.minimum,
    statusFormula(countCell, minimumCell),
  ]);
  return {
    block: { row: 0, column, values: rows },
    formats: [
      { range: { row: 0, column, rows: 1, columns: 4 }, bold: true },
      { range: { row: 1, column, rows: 1, columns: 4 }, bold: true, fill: '#F3F2F1' },
    ],
  };
}
