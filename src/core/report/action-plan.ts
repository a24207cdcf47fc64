import { readDate } from '../cells';
import { effectiveScores } from '../review/corrections';
import type { Review } from '../review/model';
import { DEFAULT_SCALE, itemLabel } from '../scale/registry';
import type { ScaleDefinition, Score } from '../scale/types';
import { dateValue, type PlanFormat, type PlanValue, type SheetPlan } from '../workbook/plan';
import type { Language, Text } from '../text';
import { formatDate } from './labels';
import { TERMS } from '../i18n/terms';

/**
 * The organisation's IPS action plan, drafted from the report's recommendations (manual ch. 8,
 * [000:2580–2592]; glossary «Handlingsplan» [000:9256–9262]: which actions, who is responsible,
 * when it should be done). Named «IPS-handlingsplan (kvalitet)» so it is not confused with a
 * participant's «individuell handlingsplan».
 *
 * Which items: by default those scoring below 4 (1–3, "not implemented to varying degrees").
 * Chapter 1 says the plan covers the areas not fully implemented, i.e. below 5 [000:372–374],
 * while the steering group makes a plan it finds feasible and may leave some out
 * [000:5627–5631]; `includeFours: true` adds the items at 4 (adequately implemented).
 */

export const ACTION_PLAN_SHEET: Text = { nb: 'IPS-handlingsplan (kvalitet)', en: 'IPS action plan (fidelity)' };

export const ACTION_PLAN_COLUMNS = {
  item: { nb: 'Evalueringspunkt', en: 'Item' },
  score: TERMS.score,
  recommendation: { nb: 'Anbefaling (fra rapporten)', en: 'Recommendation (from the report)' },
  action: { nb: 'Tiltak', en: 'Action' },
  // One person or several: «Ansvarlig» is both in a column header (no «Ansvarlig(e)»).
  responsible: { nb: 'Ansvarlig', en: 'Responsible' },
  targetDate: { nb: 'Måldato', en: 'Target date' },
  status: { nb: 'Status', en: 'Status' },
  doneDate: { nb: 'Dato gjennomført', en: 'Date completed' },
  note: { nb: 'Merknad', en: 'Note' },
} as const satisfies Record<string, Text>;

type ColumnKey = keyof typeof ACTION_PLAN_COLUMNS;
const COLUMN_ORDER: readonly ColumnKey[] = [
  'item',
  'score',
  'recommendation',
  'action',
  'responsible',
  'targetDate',
  'status',
  'doneDate',
  'note',
];
/** 0-based column of each field. */
export const ACTION_PLAN_COLUMN_INDEX: Readonly<Record<ColumnKey, number>> = Object.fromEntries(
  COLUMN_ORDER.map((key, index) => [key, index]),
) as Record<ColumnKey, number>;

export const ACTION_STATUS: Readonly<Record<Language, readonly [string, string, string]>> = {
  nb: ['Ikke startet', 'Pågår', 'Fullført'],
  en: ['Not started', 'In progress', 'Done'],
};

const TEXTS = {
  noRecommendation: {
    nb: 'Rapporten mangler anbefaling for dette punktet.',
    en: 'The report has no recommendation for this item.',
  },
  scope: {
    nb: 'Evalueringspunkter med skår under 4 (1–3: ikke implementert).',
    en: 'Items scoring below 4 (1–3: not implemented).',
  },
  scopeWithFours: {
    nb: 'Evalueringspunkter med skår under 5 (ikke fullt ut implementert).',
    en: 'Items scoring below 5 (not fully implemented).',
  },
  header: {
    nb: 'Sted: {service} · Team: {team} · Evaluering {date} ({id})',
    en: 'Site: {service} · Team: {team} · Review {date} ({id})',
  },
  dateHelp: {
    nb: 'Skriv en dato (åååå-mm-dd) mellom 2000 og 2099.',
    en: 'Enter a date (yyyy-mm-dd) from 2000 to 2099.',
  },
  statusHelp: { nb: 'Velg Ikke startet, Pågår eller Fullført.', en: 'Choose Not started, In progress or Done.' },
} as const satisfies Record<string, Text>;

export interface ActionPlanRow {
  readonly itemId: string;
  readonly sheetNumber: number;
  /** "Organisasjon 1 – Integrering av …" */
  readonly item: string;
  readonly score: Score;
  readonly recommendation: string;
  readonly action: string;
  readonly responsible: string;
  readonly targetDate: string | null;
  readonly status: string;
  readonly doneDate: string | null;
  readonly note: string;
}

export interface ActionPlanOptions {
  /** Also list the items at 4 (default false: only items below 4). */
  readonly includeFours?: boolean;
  readonly scale?: ScaleDefinition;
}

/**
 * The rows of the action plan, in score-sheet order: one per recommendation (a recommendation
 * text with several lines gives several rows), or one row with a note when the report has none.
 * Uses the effective scores (corrections count).
 */
export function actionPlanRows(review: Review, language: Language, options: ActionPlanOptions = {}): ActionPlanRow[] {
  const scale = options.scale ?? DEFAULT_SCALE;
  const limit = options.includeFours ? 5 : 4;
  const scores = effectiveScores(review, scale);
  const rows: ActionPlanRow[] = [];
  for (const item of scale.items) {
    const score = scores[item.id];
    if (score == null || score >= limit) continue;
    const recommendations = (review.items[item.id]?.recommendation ?? '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
    const base = {
      itemId: item.id,
      sheetNumber: item.sheetNumber,
      item: `${itemLabel(item, language, scale)} – ${item.name[language]}`,
      score,
      action: '',
      responsible: '',
      targetDate: null,
      status: ACTION_STATUS[language][0],
      doneDate: null,
    };
    if (recommendations.length === 0)
      rows.push({ ...base, recommendation: '', note: TEXTS.noRecommendation[language] });
    for (const recommendation of recommendations) rows.push({ ...base, recommendation, note: '' });
  }
  return rows;
}

export interface ActionPlanSheetOptions extends ActionPlanOptions {
  readonly language: Language;
  /** Defaults to «IPS-handlingsplan (kvalitet)» / "IPS action plan (fidelity)". */
  readonly sheet?: string;
  /** Empty rows below the prefilled ones, with the same validations, for further actions. Default 20. */
  readonly spareRows?: number;
}

/** Row layout of the action-plan sheet (0-based). */
export const ACTION_PLAN_LAYOUT = { title: 0, header: 1, scope: 2, columnHeads: 4, firstRow: 5 } as const;

const FIRST_DATE = readDate('2000-01-01', { argument: 'date' });
const LAST_DATE = readDate('2099-12-31', { argument: 'date' });

/**
 * The action plan as a sheet: title, service line, the nine columns, the rows prefilled from the
 * recommendations, status as a list (Ikke startet / Pågår / Fullført) and the two date columns
 * validated as dates. SheetPlan has no date rule, so dates are validated as whole day numbers
 * from 2000-01-01 to 2099-12-31 (how both hosts store dates) and formatted yyyy-mm-dd.
 */
export function actionPlanSheetPlan(review: Review, options: ActionPlanSheetOptions): SheetPlan {
  const { language } = options;
  const rows = actionPlanRows(review, language, options);
  const spare = options.spareRows ?? 20;
  const width = COLUMN_ORDER.length;
  const L = ACTION_PLAN_LAYOUT;
  const pad = (values: PlanValue[]) => [...values, ...new Array<PlanValue>(width - values.length).fill('')];
  const header = TEXTS.header[language]
    .replace('{service}', review.service)
    .replace('{team}', review.team)
    .replace('{date}', formatDate(review.date, language))
    .replace('{id}', review.id);
  const values: PlanValue[][] = [
    pad([ACTION_PLAN_SHEET[language]]),
    pad([header]),
    pad([(options.includeFours ? TEXTS.scopeWithFours : TEXTS.scope)[language]]),
    pad([]),
    COLUMN_ORDER.map((key) => ACTION_PLAN_COLUMNS[key][language]),
    ...rows.map((row) => [
      row.item,
      row.score,
      row.recommendation,
      row.action,
      row.responsible,
      row.targetDate ? dateValue(row.targetDate) : '',
      row.status,
      row.doneDate ? dateValue(row.doneDate) : '',
      row.note,
    ]),
  ];
  const bodyRows = rows.length + spare;
  const column = (key: ColumnKey, columns = 1) => ({
    row: L.firstRow,
    column: ACTION_PLAN_COLUMN_INDEX[key],
    rows: bodyRows,
    columns,
  });
  const dateRule = { type: 'wholeNumber', min: FIRST_DATE, max: LAST_DATE, message: TEXTS.dateHelp[language] } as const;
  const formats: PlanFormat[] = [
    { range: { row: L.title, column: 0, rows: 1, columns: 1 }, bold: true, fontSize: 14 },
    { range: { row: L.scope, column: 0, rows: 1, columns: 1 }, italic: true, fontColor: '#605E5C' },
    { range: { row: L.columnHeads, column: 0, rows: 1, columns: width }, bold: true, fill: '#DEECF9', wrap: true },
    { range: { row: L.firstRow, column: 0, rows: bodyRows, columns: width }, wrap: true },
    { range: column('score'), horizontalAlignment: 'center' },
    { range: column('targetDate'), numberFormat: 'yyyy-mm-dd' },
    { range: column('doneDate'), numberFormat: 'yyyy-mm-dd' },
  ];
  return {
    sheet: options.sheet ?? ACTION_PLAN_SHEET[language],
    blocks: [{ row: 0, column: 0, values }],
    formats,
    validations: [
      {
        range: column('status'),
        rule: { type: 'list', values: [...ACTION_STATUS[language]], message: TEXTS.statusHelp[language] },
      },
      { range: column('targetDate'), rule: dateRule },
      { range: column('doneDate'), rule: dateRule },
    ],
    columnWidths: [220, 50, 260, 220, 120, 90, 90, 100, 180],
    frozenRows: L.columnHeads + 1,
    print: { orientation: 'landscape', fitToWidth: true },
  };
}
