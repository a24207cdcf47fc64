import type { PlanFormat, PlanValue, SheetPlan } from '../workbook/plan';
import { totalLine, meanText, type Report } from './build';
import { label } from './labels';

export interface ReportSheetOptions {
  readonly sheet: string;
  /** Put the validation warnings at the top (default true; they are for the author, not the reader). */
  readonly includeWarnings?: boolean;
}

/** Column widths in pixels: label | text | score. About 680 px: fits an A4 page in portrait. */
const WIDTHS = [150, 460, 70] as const;
const HEADING_FILL = '#DEECF9';
const SECTION_FILL = '#F3F2F1';
const WARNING_FILL = '#FFF4CE';

/**
 * The report on a sheet that prints well: three columns (label, wrapped text, score), bold
 * headings, portrait and fit to width. One row per paragraph so nothing is cut at a page edge.
 */
export function reportSheetPlan(report: Report, options: ReportSheetOptions): SheetPlan {
  const lang = report.language;
  const L = (key: Parameters<typeof label>[0]) => label(key, lang);
  const rows: PlanValue[][] = [];
  const formats: PlanFormat[] = [];
  const add = (a: PlanValue, b: PlanValue = '', c: PlanValue = ''): number => {
    rows.push([a, b, c]);
    return rows.length - 1;
  };
  const style = (row: number, format: Omit<PlanFormat, 'range'>, column = 0, columns = 3) =>
    formats.push({ range: { row, column, rows: 1, columns }, ...format });
  const blank = () => add('');

  style(add(report.title), { bold: true, fontSize: 16 });
  const headerStart = rows.length;
  add(`${L('date')}:`, report.header.dateText);
  add(`${L('service')}:`, report.header.service);
  add(`${L('team')}:`, report.header.team);
  add(`${L('evaluators')}:`, report.header.evaluators);
  add(`${L('reviewId')}:`, report.header.reviewId);
  formats.push({ range: { row: headerStart, column: 0, rows: 5, columns: 1 }, bold: true });
  formats.push({ range: { row: headerStart + 4, column: 0, rows: 1, columns: 2 }, italic: true, fontColor: '#605E5C' });

  if ((options.includeWarnings ?? true) && report.warnings.length > 0) {
    blank();
    style(add(L('warnings')), { bold: true, fill: WARNING_FILL });
    for (const warning of report.warnings) style(add('⚠', warning.message), { fill: WARNING_FILL });
  }

  blank();
  style(add(`${L('purpose')}:`), { bold: true, fill: HEADING_FILL });
  add('', report.purpose.text);

  blank();
  style(add(`${L('result')}:`), { bold: true, fill: HEADING_FILL });
  style(add(`${L('total')}:`, totalLine(report), report.total.total ?? ''), { bold: true });
  if (report.total.previousTotal !== null) {
    const change = report.total.change;
    add(
      `${L('previousTotal')}:`,
      `${report.total.previousTotal}${report.total.previousLevel ? ` – ${report.total.previousLevel.name}` : ''}`,
      report.total.previousTotal,
    );
    if (change !== null) add(`${L('change')}:`, change > 0 ? `+${change}` : String(change), change);
  }
  for (const section of report.total.sections) {
    add(
      section.name,
      `${L('sum')} ${section.total ?? '–'} ${L('of')} ${section.itemCount * 5}; ${L('mean').toLowerCase()} ${meanText(section.mean, lang)}`,
      section.total ?? '',
    );
  }

  blank();
  style(add(`${L('summary')}:`), { bold: true, fill: HEADING_FILL });
  style(add('', report.purpose.kind === 'followUp' ? L('strengths') : L('strengthsBaseline')), { bold: true }, 1, 1);
  if (report.summary.strengths.length === 0) add('', L('noStrengths'));
  for (const strength of report.summary.strengths)
    add(strength.label, `${strength.name}. ${strength.text}`, strength.score);
  style(add('', L('priorities')), { bold: true }, 1, 1);
  if (report.summary.priorities.length === 0) add('', L('noPriorities'));
  for (const priority of report.summary.priorities)
    add(priority.label, `${priority.name}. ${priority.gapText}`, priority.score);

  if (report.corrections.length > 0) {
    blank();
    style(add(`${L('corrections')}:`), { bold: true, fill: HEADING_FILL });
    for (const correction of report.corrections) add(correction.label, correction.text, correction.corrected);
  }

  blank();
  style(add(L('reportBody')), { bold: true, fontSize: 14 });
  for (const section of report.sections) {
    blank();
    style(add(section.name), { bold: true, fill: SECTION_FILL, fontSize: 13 });
    for (const item of section.items) {
      blank();
      style(add(item.label, `${item.number}. ${item.name}`), { bold: true });
      style(add('', item.criterion), { italic: true }, 1, 1);
      const rating = item.score === null ? L('noScore') : `${item.score}${item.anchor ? ` – ${item.anchor}` : ''}`;
      style(add(`${L('rating')}:`, rating, item.score ?? ''), { bold: true }, 0, 1);
      if (item.previousScore !== null) add(`${L('previousScore')}:`, String(item.previousScore), item.previousScore);
      if (item.heldConstant) add('', L('heldConstant'));
      for (const correction of item.corrections) add(`${L('correctedOn')}:`, correction.text);
      style(add(`${L('sources')}:`, item.sources), { bold: true }, 0, 1);
      if (item.components) {
        style(add(`${L('components')}:`), { bold: true }, 0, 1);
        for (const component of item.components) add('', `${component.present ? '☒' : '☐'} ${component.text}`);
      }
      style(add(`${L('comments')}:`, item.comments), { bold: true }, 0, 1);
      if (item.recommendations.length > 0) {
        style(add(`${L('recommendations')}:`, item.recommendations[0]!), { bold: true }, 0, 1);
        for (const recommendation of item.recommendations.slice(1)) add('', recommendation);
      }
    }
  }

  blank();
  style(add(L('scoreSheet')), { bold: true, fontSize: 14 });
  style(add(L('item'), L('criterionName'), L('score')), { bold: true, fill: HEADING_FILL });
  let section = '';
  for (const row of report.scoreSheet.rows) {
    if (row.sectionId !== section) {
      section = row.sectionId;
      const name = report.sections.find((candidate) => candidate.sectionId === section)?.name ?? section;
      style(add(name), { bold: true, fill: SECTION_FILL });
    }
    add(row.label, row.name, row.score ?? '');
  }
  style(add('', `${L('total')}:`, report.total.total ?? ''), { bold: true });
  blank();
  style(add(L('levels')), { bold: true });
  for (const band of report.scoreSheet.levels) {
    const row = add(band.range, band.name);
    if (band.current) style(row, { bold: true, fill: HEADING_FILL });
  }

  // Whole-sheet formats first, then the specific ones (hosts apply them in order).
  const general: PlanFormat[] = [
    { range: { row: 0, column: 0, rows: rows.length, columns: 3 }, wrap: true },
    { range: { row: 0, column: 2, rows: rows.length, columns: 1 }, horizontalAlignment: 'center' },
  ];
  return {
    sheet: options.sheet,
    blocks: [{ row: 0, column: 0, values: rows }],
    formats: [...general, ...formats],
    columnWidths: [...WIDTHS],
    print: { orientation: 'portrait', fitToWidth: true },
  };
}
