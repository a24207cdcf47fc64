/**
 * What the review-cycle sheets (checklist, record sample, evidence log) share: a labelled value
 * at the top, a table under a header row, dates written as serials and read back from whatever
 * a host gives (serial, Date, yyyy-mm-dd text).
 */
import { isBlank, readDate, serialToIso, type CellValue } from '../cells';
import { invalidValue } from '../errors';
import type { Language, Text } from '../text';
import { dateValue, type PlanFormat, type PlanValue, type SheetPlan } from '../workbook/plan';

export type SheetValues = readonly (readonly CellValue[])[];

/** A cell as trimmed text ('' for blank). */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return serialToIso(readDate(value, { argument: 'date' }));
  return String(value).trim();
}

/** A date cell as yyyy-mm-dd, null when blank; #VALUE! naming `where` otherwise. */
export function readDateCell(value: CellValue | undefined, where: string): string | null {
  if (value === undefined || isBlank(value)) return null;
  try {
    return serialToIso(readDate(value, { argument: 'date' }));
  } catch {
    throw invalidValue(`${where}: expected a date, got ${JSON.stringify(value)}`);
  }
}

/** A yyyy-mm-dd date (or null) as a plan value: its serial, or '' for none. */
export function dateCell(iso: string | null | undefined): PlanValue {
  return iso ? dateValue(iso) : '';
}

/** Whether a cell holds one of the texts, in either language, ignoring case. */
export function isLabel(value: CellValue | undefined, label: Text): boolean {
  const text = cellText(value).toLocaleLowerCase('nb');
  return text === label.nb.toLocaleLowerCase('nb') || text === label.en.toLocaleLowerCase('nb');
}

/** The row whose first cell is the heading (either language); #VALUE! naming the sheet when none is. */
export function headerRow(values: SheetValues, heading: Text, what: string): number {
  const index = values.findIndex((row) => isLabel(row?.[0], heading));
  if (index < 0) throw invalidValue(`${what}: no header row starting with "${heading.nb}" or "${heading.en}"`);
  return index;
}

/** The rows below a header up to the first blank row. */
export function tableRows(values: SheetValues, header: number): { row: number; cells: readonly CellValue[] }[] {
  const rows: { row: number; cells: readonly CellValue[] }[] = [];
  for (let r = header + 1; r < values.length; r++) {
    const cells = values[r] ?? [];
    if (cells.every((cell) => isBlank(cell ?? null))) break;
    rows.push({ row: r, cells });
  }
  return rows;
}

/** The value next to a label in the sheet's first column (either language); undefined when absent. */
export function labelledValue(values: SheetValues, label: Text): CellValue | undefined {
  return values.find((row) => isLabel(row?.[0], label))?.[1];
}

export const HEADER_FORMAT = (row: number, columns: number): PlanFormat => ({
  range: { row, column: 0, rows: 1, columns },
  bold: true,
  fill: '#DEECF9',
  wrap: true,
});

export const LABEL_FORMAT = (rows: number): PlanFormat => ({
  range: { row: 0, column: 0, rows, columns: 1 },
  bold: true,
});

export function dateFormat(row: number, column: number, rows: number): PlanFormat {
  return {
    range: { row, column, rows: Math.max(1, rows), columns: 1 },
    numberFormat: 'yyyy-mm-dd',
    horizontalAlignment: 'left',
  };
}

export const REVIEW_ID_LABEL: Text = { nb: 'Evaluering (ID)', en: 'Review (ID)' };

export const texts = (labels: readonly Text[], language: Language): string[] => labels.map((label) => label[language]);

/** The row a review's table starts on: the review id sits on top, the headers two rows down. */
export const REVIEW_TABLE_HEADER_ROW = 2;

/**
 * The blocks and the first formats of a review's table sheet (the checklist, the evidence log): the
 * review id labelled in A1:B1, the headers on REVIEW_TABLE_HEADER_ROW and the rows under them.
 */
export function reviewTableLayout(
  reviewId: string,
  headers: readonly Text[],
  rows: PlanValue[][],
  language: Language,
): Pick<SheetPlan, 'blocks'> & { readonly formats: PlanFormat[] } {
  return {
    blocks: [
      { row: 0, column: 0, values: [[REVIEW_ID_LABEL[language], reviewId]] },
      { row: REVIEW_TABLE_HEADER_ROW, column: 0, values: [texts(headers, language), ...rows] },
    ],
    formats: [LABEL_FORMAT(1), HEADER_FORMAT(REVIEW_TABLE_HEADER_ROW, headers.length)],
  };
}

/** A review's table sheet read back: its review id (#VALUE! when blank) and the rows under the headers. */
export function readReviewTable(
  values: SheetValues,
  firstHeader: Text,
  what: string,
): { readonly reviewId: string; readonly rows: { row: number; cells: readonly CellValue[] }[] } {
  const reviewId = cellText(labelledValue(values, REVIEW_ID_LABEL));
  if (reviewId === '') throw invalidValue(`${what}: the review id next to "${REVIEW_ID_LABEL.nb}" is blank`);
  return { reviewId, rows: tableRows(values, headerRow(values, firstHeader, what)) };
}
