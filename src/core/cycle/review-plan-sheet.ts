/**
 * The «Vurderingsplan» sheet: the review plan (review-plan.ts) as live native formulas over the
 * history sheet (history/table.ts), so it stays current as reviews are appended and as days pass.
 * Per service and team: the baseline review [000:921–933], the last review, its total and level,
 * the next due date — 6 months after a review below «God kvalitet», 12 from it [000:10517–10521,
 * 16550–16560] — the days left and a status in words.
 *
 * Only MAXIFS, MINIFS, COUNTIFS, SUBSTITUTE, EDATE, TODAY, IF, LOOKUP and & are used: Excel,
 * Google Sheets and the preview's engine compute them alike, with or without the add-in loaded.
 *
 * Service and team names are data: each is written as literal text in its own cell, and the
 * formulas reach it by reference, never by splicing it into formula text. Two hidden columns
 * turn each into a criterion once per row: prefixed with "=" (so a name starting with "=", "<"
 * or ">" is compared as text), its wildcards escaped with "~" (so "A*" matches only "A*"). Criteria compare without case, as
 * the spreadsheets do; the rows group names the same way.
 */
import { isBlank, type CellValue } from '../cells';
import { TERMS } from '../i18n/terms';
import { currentHistory, historyLayout, HISTORY_LABELS, type HistoryRow } from '../history/table';
import { DEFAULT_SCALE } from '../scale/registry';
import type { ScaleDefinition } from '../scale/types';
import type { Language, Text } from '../text';
import { cellAddress, formula, type PlanValue, type SheetPlan } from '../workbook/plan';
import { REVIEW_INTERVALS } from './next-review';

export const REVIEW_PLAN_SHEET: Text = { nb: 'Vurderingsplan', en: 'Review plan' };

/** The history rows the formulas reach (1-based 2 to this): one row per review, decades of reviews. */
export const REVIEW_PLAN_HISTORY_ROWS = 5000;

export const REVIEW_PLAN_COLUMNS = {
  service: 0,
  team: 1,
  baseline: 2,
  last: 3,
  total: 4,
  level: 5,
  nextDue: 6,
  daysLeft: 7,
  status: 8,
  /** Hidden: the service and team as exact-match criteria, computed once per row. */
  serviceKey: 9,
  teamKey: 10,
} as const;

const HEADERS: readonly Text[] = [
  HISTORY_LABELS.service,
  HISTORY_LABELS.team,
  { nb: 'Baseline', en: 'Baseline' },
  { nb: 'Siste evaluering', en: 'Last review' },
  TERMS.totalScore,
  TERMS.level,
  { nb: 'Neste evaluering', en: 'Next review' },
  { nb: 'Dager igjen', en: 'Days left' },
  { nb: 'Status', en: 'Status' },
  { nb: 'Søkenøkkel tjeneste', en: 'Match key service' },
  { nb: 'Søkenøkkel team', en: 'Match key team' },
];

/** The status words, by days left; «N» is the number of days (the formula puts it in). */
const STATUS: Readonly<Record<'many' | 'one' | 'today' | 'oneLate' | 'manyLate', Text>> = {
  many: { nb: 'Forfaller om N dager', en: 'Due in N days' },
  one: { nb: 'Forfaller om 1 dag', en: 'Due in 1 day' },
  today: { nb: 'Forfaller i dag', en: 'Due today' },
  oneLate: { nb: 'Forfalt for 1 dag siden', en: 'Overdue by 1 day' },
  manyLate: { nb: 'Forfalt for N dager siden', en: 'Overdue by N days' },
};

export interface ReviewPlanSheetOptions {
  readonly language: Language;
  /** The history sheet's name (default «IPS-historikk» / "IPS history"). */
  readonly historySheet: string;
  /** Defaults to «Vurderingsplan» / "Review plan". */
  readonly sheet?: string;
  /**
   * What the plan sheet holds now (from A1), or null: its service rows keep their place, so
   * writing the plan again changes no cell the pane wrote before; new services go below.
   */
  readonly existing?: readonly (readonly CellValue[])[] | null;
  readonly scale?: ScaleDefinition;
}

export interface ReviewPlanSheetRow {
  readonly service: string;
  readonly team: string;
}

const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;
/** Case-insensitive, as spreadsheet criteria compare text. */
const key = (service: string, team: string) =>
  `${service.trim().toLocaleLowerCase('nb')}\u0000${team.trim().toLocaleLowerCase('nb')}`;
const cellText = (value: CellValue | undefined) =>
  value === null || value === undefined || value instanceof Date ? '' : String(value).trim();

/**
 * The services and teams of the plan, one row each: those already on the sheet first, in their
 * order, then the history's others in name order. Superseded revisions change nothing here.
 */
export function reviewPlanSheetRows(
  history: readonly HistoryRow[],
  existing: readonly (readonly CellValue[])[] | null = null,
): ReviewPlanSheetRow[] {
  const rows: ReviewPlanSheetRow[] = [];
  const seen = new Set<string>();
  const add = (service: string, team: string) => {
    const id = key(service, team);
    if (seen.has(id) || service.trim() === '') return;
    seen.add(id);
    rows.push({ service: service.trim(), team: team.trim() });
  };
  for (const line of (existing ?? []).slice(1)) {
    if (!line || isBlank(line[REVIEW_PLAN_COLUMNS.service] ?? null)) continue;
    add(cellText(line[REVIEW_PLAN_COLUMNS.service]), cellText(line[REVIEW_PLAN_COLUMNS.team]));
  }
  const fromHistory = currentHistory(history)
    .map((row) => ({ service: row.service, team: row.team }))
    .sort((a, b) => a.service.localeCompare(b.service, 'nb') || a.team.localeCompare(b.team, 'nb'));
  for (const row of fromHistory) add(row.service, row.team);
  return rows;
}

/** A formula giving a text cell as a criterion that matches exactly that text: "=" first, wildcards escaped. */
export function exactCriterionFormula(cell: string): string {
  return `="="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${cell},"~","~~"),"*","~*"),"?","~?")`;
}

/** The formulas of one plan row (0-based sheet row `row`). */
export function reviewPlanRowFormulas(
  row: number,
  language: Language,
  historySheet: string,
  scale: ScaleDefinition = DEFAULT_SCALE,
): PlanValue[] {
  const layout = historyLayout(scale);
  const sheet = quoteSheet(historySheet);
  const column = (index: number) => {
    const letters = cellAddress(0, index).replace(/\d+$/, '');
    return `${sheet}!$${letters}$2:$${letters}$${REVIEW_PLAN_HISTORY_ROWS}`;
  };
  const at = (index: number) => {
    const address = cellAddress(row, index);
    return `$${address.replace(/\d+$/, '')}${row + 1}`;
  };
  const C = REVIEW_PLAN_COLUMNS;
  const service = `${column(layout.service)},${at(C.serviceKey)}`;
  const team = `${column(layout.team)},${at(C.teamKey)}`;
  const ofService = `${service},${team}`;
  const dates = column(layout.date);
  const baselineWord = quote(HISTORY_LABELS.baseline[language]);
  const last = at(C.last);
  const total = at(C.total);
  const days = at(C.daysLeft);
  const sameDay = `${ofService},${dates},${last}`;
  const ascending = [...scale.levels].sort((a, b) => a.min - b.min);
  const levelMins = ascending.map((level) => level.min).join(',');
  const levelNames = ascending.map((level) => quote(level.name[language])).join(',');
  const s = (which: keyof typeof STATUS) => STATUS[which][language];
  const [beforeMany, afterMany] = s('many').split('N') as [string, string];
  const [beforeLate, afterLate] = s('manyLate').split('N') as [string, string];
  return [
    null,
    null,
    formula(
      `=IF(${last}="","",IF(COUNTIFS(${ofService},${column(layout.type)},${baselineWord})>0,` +
        `MINIFS(${dates},${ofService},${column(layout.type)},${baselineWord}),MINIFS(${dates},${ofService})))`,
    ),
    formula(`=IF(COUNTIFS(${ofService})=0,"",MAXIFS(${dates},${ofService}))`),
    // The latest revision of the last review: a corrected review's row is appended, the old one stays.
    formula(
      `=IF(${last}="","",MAXIFS(${column(layout.total)},${sameDay},${column(layout.revision)},` +
        `MAXIFS(${column(layout.revision)},${sameDay})))`,
    ),
    formula(`=IF(AND(ISNUMBER(${total}),${total}>0),LOOKUP(${total},{${levelMins}},{${levelNames}}),"")`),
    formula(
      `=IF(${last}="","",EDATE(${last},IF(${total}>=${REVIEW_INTERVALS.goodFidelityFrom},` +
        `${REVIEW_INTERVALS.monthsFromGoodFidelity},${REVIEW_INTERVALS.monthsBelowGoodFidelity})))`,
    ),
    formula(`=IF(${at(C.nextDue)}="","",${at(C.nextDue)}-TODAY())`),
    formula(
      `=IF(${days}="","",IF(${days}>1,${quote(beforeMany)}&${days}&${quote(afterMany)},` +
        `IF(${days}=1,${quote(s('one'))},IF(${days}=0,${quote(s('today'))},IF(${days}=-1,${quote(s('oneLate'))},` +
        `${quote(beforeLate)}&-${days}&${quote(afterLate)})))))`,
    ),
    formula(exactCriterionFormula(at(C.service))),
    formula(exactCriterionFormula(at(C.team))),
  ];
}

/**
 * The «Vurderingsplan» sheet: a header row, then one row per service and team with its names as
 * literal text and the formulas of `reviewPlanRowFormulas`.
 */
export function reviewPlanSheetPlan(history: readonly HistoryRow[], options: ReviewPlanSheetOptions): SheetPlan {
  const { language } = options;
  const scale = options.scale ?? DEFAULT_SCALE;
  const rows = reviewPlanSheetRows(history, options.existing ?? null);
  const values: PlanValue[][] = [HEADERS.map((header) => header[language])];
  rows.forEach((entry, index) => {
    const cells = reviewPlanRowFormulas(index + 1, language, options.historySheet, scale);
    cells[REVIEW_PLAN_COLUMNS.service] = entry.service;
    cells[REVIEW_PLAN_COLUMNS.team] = entry.team;
    values.push(cells);
  });
  const C = REVIEW_PLAN_COLUMNS;
  const dataRows = Math.max(1, rows.length);
  const visibleColumns = C.status + 1;
  const dateColumn = (column: number) => ({
    range: { row: 1, column, rows: dataRows, columns: 1 },
    numberFormat: 'yyyy-mm-dd',
    horizontalAlignment: 'left' as const,
  });
  return {
    sheet: options.sheet ?? REVIEW_PLAN_SHEET[language],
    blocks: [{ row: 0, column: 0, values }],
    formats: [
      { range: { row: 0, column: 0, rows: 1, columns: visibleColumns }, bold: true, fill: '#DEECF9', wrap: true },
      dateColumn(C.baseline),
      dateColumn(C.last),
      dateColumn(C.nextDue),
      { range: { row: 1, column: C.total, rows: dataRows, columns: 1 }, numberFormat: '0' },
      { range: { row: 1, column: C.daysLeft, rows: dataRows, columns: 1 }, numberFormat: '0' },
    ],
    columnWidths: [160, 110, 90, 110, 80, 150, 110, 80, 190, 120, 120],
    hiddenColumns: [C.serviceKey, C.teamKey],
    frozenRows: 1,
    print: { orientation: 'landscape', fitToWidth: true },
  };
}
