import { readDate, serialToIso, type CellValue } from '../cells';
import { INPUT_TABLES, TABLE_LAYOUT, type TableCapacity, type TableId } from '../inputs/tables';
import { hasWiring, itemFormula, type Host } from '../inputs/wiring';
import type { NotPersonalData, Review, Rater } from '../review/model';
import { emptyItemRecord } from '../review/model';
import { privacyFieldLabel } from '../review/privacy';
import { DEFAULT_SCALE, itemLabel } from '../scale/registry';
import type { ScaleDefinition, Score } from '../scale/types';
import type { Language, Text } from '../text';
import {
  cellAddress,
  dateValue,
  formula,
  type PlanBlock,
  type PlanFormat,
  type PlanValidation,
  type PlanValue,
  type SheetPlan,
} from '../workbook/plan';
import { TERMS } from '../i18n/terms';

/** A term as a label before its value on the sheet: «Sted:». */
const withColon = (term: Text): Text => ({ nb: `${term.nb}:`, en: `${term.en}:` });

/** Labels of the score sheet, as on the manual's «Skårskjema» and scale form header; the shared terms from the glossary. */
export const SCORE_SHEET_LABELS = {
  title: { nb: 'Skårskjema for IPS-kvalitetsskalaen', en: 'Score sheet for the IPS Fidelity Scale' },
  ratedBy: withColon(TERMS.ratedBy),
  site: withColon(TERMS.site),
  team: withColon(TERMS.team),
  date: withColon(TERMS.date),
  totalResult: { nb: 'Totalresultat:', en: 'Total score:' },
  reviewId: withColon(TERMS.reviewId),
  previousReview: { nb: 'Forrige evaluering:', en: 'Previous review:' },
  number: { nb: 'Nr.', en: 'No.' },
  item: TERMS.item,
  criterion: { nb: 'Evalueringspunkt', en: 'Criterion' },
  score: TERMS.score,
  comments: TERMS.comments,
  recommendations: TERMS.recommendations,
  consensusNote: { nb: 'Konsensusnotat', en: 'Consensus note' },
  components: { nb: 'Komponenter', en: 'Components' },
  sources: { nb: 'Datakilde', en: 'Data source' },
  itemId: { nb: 'ID', en: 'ID' },
  rater: { nb: 'Vurdering', en: 'Rating' },
  computed: { nb: 'Beregnet', en: 'Computed' },
  reason: { nb: 'Begrunnelse', en: 'Reason' },
  previousScore: { nb: 'Forrige skår', en: 'Previous score' },
  total: withColon(TERMS.total),
  sectionTotal: { nb: 'Sum', en: 'Sum' },
  sectionMean: TERMS.mean,
  missing: { nb: 'Mangler', en: 'Missing' },
  of: { nb: 'av', en: 'of' },
  scoreHelp: { nb: 'Skriv en hel skår fra 1 til 5.', en: 'Enter a whole score from 1 to 5.' },
  notPersonalData: { nb: 'Merket som ikke personopplysninger', en: 'Marked as not personal data' },
} as const satisfies Record<string, Text>;

/**
 * Fixed columns (0-based). Rater columns follow, one per rater, so fixed formulas never move.
 * `computed` and `reason` hold the wired items' live formulas over the input tables (blank for
 * items scored by judgement, and left untouched by a plan without wiring). `previous` holds a
 * repeat review's suggested score (the previous review's), so a suggestion not yet confirmed
 * survives saving and opening the sheet again; the previous review is named in the header
 * (HEADER_ROWS.previousReview).
 */
export const COLUMNS = {
  number: 0,
  label: 1,
  name: 2,
  score: 3,
  comments: 4,
  recommendations: 5,
  consensusNote: 6,
  components: 7,
  sources: 8,
  itemId: 9,
  computed: 10,
  reason: 11,
  previous: 12,
  firstRater: 13,
} as const;

/** Header rows (0-based): label in column A, value in column C. */
export const HEADER_ROWS = {
  title: 0,
  ratedBy: 1,
  site: 2,
  team: 3,
  date: 4,
  total: 5,
  reviewId: 6,
  previousReview: 7,
  columnHeads: 8,
} as const;
const FIRST_BODY_ROW = 9;

export interface ScoreSheetLayout {
  /** Row of each item, keyed by item id. */
  readonly itemRows: Readonly<Record<string, number>>;
  readonly sectionRows: Readonly<Record<string, number>>;
  readonly firstScoreRow: number;
  readonly lastScoreRow: number;
  readonly totalRow: number;
  /** A1 address of the cell holding the total. */
  readonly totalCell: string;
  readonly levelCell: string;
}

export function scoreSheetLayout(scale: ScaleDefinition = DEFAULT_SCALE): ScoreSheetLayout {
  const itemRows: Record<string, number> = {};
  const sectionRows: Record<string, number> = {};
  let row = FIRST_BODY_ROW;
  for (const section of scale.sections) {
    sectionRows[section.id] = row++;
    for (const item of scale.items.filter((candidate) => candidate.sectionId === section.id)) itemRows[item.id] = row++;
  }
  const totalRow = row;
  return {
    itemRows,
    sectionRows,
    firstScoreRow: FIRST_BODY_ROW + 1,
    lastScoreRow: totalRow - 1,
    totalRow,
    totalCell: cellAddress(HEADER_ROWS.total, 2),
    levelCell: cellAddress(HEADER_ROWS.total, 3),
  };
}

function quote(textValue: string): string {
  return `"${textValue.replace(/"/g, '""')}"`;
}

/**
 * Native formulas (no IPS.* functions) so the sheet computes in Excel and Google Sheets alike,
 * and after the workbook moves between them. An incomplete sheet shows what is missing, never 0.
 */
export function totalFormula(scoreRange: string, itemCount: number, language: Language): string {
  const missing = `${quote(SCORE_SHEET_LABELS.missing[language] + ' ')}&(${itemCount}-COUNT(${scoreRange}))&${quote(` ${SCORE_SHEET_LABELS.of[language]} ${itemCount}`)}`;
  return `=IF(COUNT(${scoreRange})<${itemCount},${missing},SUM(${scoreRange}))`;
}

export function levelFormula(totalCell: string, language: Language, scale: ScaleDefinition = DEFAULT_SCALE): string {
  const ascending = [...scale.levels].sort((a, b) => a.min - b.min);
  const mins = ascending.map((level) => level.min).join(',');
  const names = ascending.map((level) => quote(level.name[language])).join(',');
  return `=IF(ISNUMBER(${totalCell}),LOOKUP(${totalCell},{${mins}},{${names}}),"")`;
}

function scoreRange(layout: ScoreSheetLayout): string {
  return `${cellAddress(layout.firstScoreRow, COLUMNS.score)}:${cellAddress(layout.lastScoreRow, COLUMNS.score)}`;
}

/** Live formulas from the input tables in the score sheet. */
export interface ScoreSheetWiring {
  /** Formula syntax: Excel (IPS.NAME) or Google Sheets (IPS_NAME, ARRAYFORMULA). */
  readonly host: Host;
  /** Data rows of the input tables the formulas reach (default rows 3–2000). */
  readonly capacity?: TableCapacity;
  /**
   * Items whose consensus cell keeps following the computed score even though the review has a
   * consensus for them — the value read back from a following cell (see followingItems). Leave
   * out an item the evaluators changed: their consensus then replaces the formula.
   */
  readonly follow?: readonly string[];
  /**
   * The input tables the workbook has (see linkCheck). Given, an item reading a missing table gets
   * #N/A saying which instead of a reference to it. Left out, every table is taken to exist.
   */
  readonly tablesPresent?: readonly TableId[];
}

export interface ScoreSheetOptions {
  readonly sheet: string;
  readonly language: Language;
  readonly scale?: ScaleDefinition;
  /**
   * Adds, for every item with a wiring, its computed score and reason as live formulas over the
   * input tables, and makes the consensus score of such an item without a consensus yet follow
   * the computed score (`=IFERROR(K12,"")`) until an evaluator types over it. Without wiring the
   * computed and reason cells are left as they are (null in the plan).
   */
  readonly wiring?: ScoreSheetWiring;
}

/** The formula a wired item's consensus cell holds until the evaluators set a consensus. */
export function followComputedFormula(row: number): string {
  return `=IFERROR(${cellAddress(row, COLUMNS.computed)},"")`;
}

/** What every block of the score sheet is written with: the review, its scale and layout, and `put`. */
interface ScoreSheetDraft {
  readonly review: Review;
  readonly scale: ScaleDefinition;
  readonly language: Language;
  readonly layout: ScoreSheetLayout;
  readonly wiring: ScoreSheetWiring | undefined;
  /** Fixed columns and one per rater. */
  readonly width: number;
  readonly label: (key: keyof typeof SCORE_SHEET_LABELS) => string;
  readonly put: (row: number, column: number, value: PlanValue) => void;
}

/** The score sheet of a review, laid out like the manual's «Skårskjema», as a plan any host can write. */
export function scoreSheetPlan(review: Review, options: ScoreSheetOptions): SheetPlan {
  const scale = options.scale ?? DEFAULT_SCALE;
  const { language, wiring } = options;
  const width = COLUMNS.firstRater + review.raters.length;
  const rows: PlanValue[][] = [];
  const draft: ScoreSheetDraft = {
    review,
    scale,
    language,
    layout: scoreSheetLayout(scale),
    wiring,
    width,
    label: (key) => SCORE_SHEET_LABELS[key][language],
    put: (row, column, value) => {
      while (rows.length <= row) rows.push(new Array<PlanValue>(width).fill(''));
      rows[row]![column] = value;
    },
  };

  const source = suggestionSource(review);
  putHeader(draft, source);
  putColumnHeads(draft);
  for (const section of scale.sections) draft.put(draft.layout.sectionRows[section.id]!, 0, section.name[language]);
  const follow = new Set(wiring?.follow ?? []);
  for (const item of scale.items) putItemRow(draft, item, follow);
  const levelsRow = putTotals(draft);
  const afterLevels = putLevels(draft, levelsRow);
  const marks = review.notPersonalData ?? [];
  const markRow = afterLevels + 1;
  if (marks.length > 0) putNotPersonalData(draft.put, markRow, marks, language, scale);

  const blocks: PlanBlock[] = [{ row: 0, column: 0, values: rows }];
  return {
    sheet: options.sheet,
    blocks,
    formats: [
      ...headerFormats(draft),
      ...itemFormats(draft),
      ...(marks.length > 0 ? notPersonalDataFormats(markRow, marks.length) : []),
      ...computedFormats(draft),
    ],
    validations: scoreValidations(draft),
    columnWidths: columnWidths(draft, source !== null),
    frozenRows: HEADER_ROWS.columnHeads + 1,
    hiddenColumns: [COLUMNS.itemId],
    print: { orientation: 'landscape', fitToWidth: true },
  };
}

/** The header above the column heads: who rated, where, when, the total and level, the review's ID, the previous review. */
function putHeader(
  { review, scale, language, layout, label, put }: ScoreSheetDraft,
  source: { reviewId: string; date: string } | null,
): void {
  put(HEADER_ROWS.title, 0, label('title'));
  put(HEADER_ROWS.ratedBy, 0, label('ratedBy'));
  put(HEADER_ROWS.ratedBy, 2, review.evaluators);
  put(HEADER_ROWS.site, 0, label('site'));
  put(HEADER_ROWS.site, 2, review.service);
  put(HEADER_ROWS.team, 0, label('team'));
  put(HEADER_ROWS.team, 2, review.team);
  put(HEADER_ROWS.date, 0, label('date'));
  put(HEADER_ROWS.date, 2, dateValue(review.date));
  put(HEADER_ROWS.total, 0, label('totalResult'));
  put(HEADER_ROWS.total, 2, formula(totalFormula(scoreRange(layout), scale.items.length, language)));
  put(HEADER_ROWS.total, 3, formula(levelFormula(layout.totalCell, language, scale)));
  put(HEADER_ROWS.reviewId, 0, label('reviewId'));
  put(HEADER_ROWS.reviewId, 2, review.id);
  put(HEADER_ROWS.previousReview, 0, source ? label('previousReview') : '');
  put(HEADER_ROWS.previousReview, 2, source?.reviewId ?? '');
  put(HEADER_ROWS.previousReview, 3, source ? dateValue(source.date) : '');
}

/** The column heads; the computed and reason heads are left alone (null) on a sheet without wiring. */
function putColumnHeads({ review, wiring, label, put }: ScoreSheetDraft): void {
  const heads: [number, PlanValue][] = [
    [COLUMNS.number, label('number')],
    [COLUMNS.label, label('item')],
    [COLUMNS.name, label('criterion')],
    [COLUMNS.score, label('score')],
    [COLUMNS.comments, label('comments')],
    [COLUMNS.recommendations, label('recommendations')],
    [COLUMNS.consensusNote, label('consensusNote')],
    [COLUMNS.components, label('components')],
    [COLUMNS.sources, label('sources')],
    [COLUMNS.itemId, label('itemId')],
    [COLUMNS.computed, wiring ? label('computed') : null],
    [COLUMNS.reason, wiring ? label('reason') : null],
    [COLUMNS.previous, label('previousScore')],
  ];
  for (const [column, value] of heads) put(HEADER_ROWS.columnHeads, column, value);
  review.raters.forEach((rater, index) =>
    put(HEADER_ROWS.columnHeads, COLUMNS.firstRater + index, `${label('rater')}: ${rater.name}`),
  );
}

/** One item's row: its consensus (or the formula following the computed score), texts and rater scores. */
function putItemRow(draft: ScoreSheetDraft, item: ScaleDefinition['items'][number], follow: ReadonlySet<string>): void {
  const { review, scale, language, layout, wiring, put } = draft;
  const row = layout.itemRows[item.id]!;
  const record = review.items[item.id] ?? emptyItemRecord(review.raters);
  put(row, COLUMNS.number, item.sheetNumber);
  put(row, COLUMNS.label, itemLabel(item, language, scale));
  put(row, COLUMNS.name, item.name[language]);
  const wired = wiring !== undefined && hasWiring(item.id);
  const follows = wired && (record.consensus === null || follow.has(item.id));
  put(row, COLUMNS.score, follows ? formula(followComputedFormula(row)) : (record.consensus ?? ''));
  putComputedCells(draft, item.id, row, wired);
  put(row, COLUMNS.comments, record.evidence);
  put(row, COLUMNS.recommendations, record.recommendation);
  put(row, COLUMNS.consensusNote, record.consensusNote);
  put(row, COLUMNS.components, record.components ? componentsText(record.components) : '');
  put(row, COLUMNS.sources, item.sources.join(', '));
  put(row, COLUMNS.itemId, item.id);
  put(row, COLUMNS.previous, record.suggested?.score ?? '');
  review.raters.forEach((rater, index) => put(row, COLUMNS.firstRater + index, record.raterScores[rater.id] ?? ''));
}

/** A wired item's computed score and reason as live formulas over the input tables. */
function putComputedCells({ language, wiring, put }: ScoreSheetDraft, itemId: string, row: number, wired: boolean) {
  if (wired && wiring) {
    const formulaOptions = {
      ...(wiring.capacity ? { capacity: wiring.capacity } : {}),
      ...(wiring.tablesPresent ? { tablesPresent: wiring.tablesPresent } : {}),
    };
    put(row, COLUMNS.computed, formula(itemFormula(itemId, wiring.host, language, formulaOptions)));
    put(
      row,
      COLUMNS.reason,
      formula(itemFormula(itemId, wiring.host, language, { ...formulaOptions, output: 'reason' })),
    );
  } else {
    // Without wiring the computed cells are left alone (a later plan without wiring keeps them).
    put(row, COLUMNS.computed, wiring ? '' : null);
    put(row, COLUMNS.reason, wiring ? '' : null);
  }
}

/** The total row, then section subtotals and means as native formulas (for charts and the report); the next free row. */
function putTotals({ scale, language, layout, label, put }: ScoreSheetDraft): number {
  put(layout.totalRow, COLUMNS.name, label('total'));
  put(layout.totalRow, COLUMNS.score, formula(`=${layout.totalCell}`));
  let row = layout.totalRow + 2;
  put(row, COLUMNS.name, '');
  put(row, COLUMNS.score, label('sectionTotal'));
  put(row, COLUMNS.comments, label('sectionMean'));
  for (const section of scale.sections) {
    row++;
    const items = scale.items.filter((item) => item.sectionId === section.id);
    const first = layout.itemRows[items[0]!.id]!;
    const last = layout.itemRows[items[items.length - 1]!.id]!;
    const range = `${cellAddress(first, COLUMNS.score)}:${cellAddress(last, COLUMNS.score)}`;
    put(row, COLUMNS.name, section.name[language]);
    put(row, COLUMNS.score, formula(`=IF(COUNT(${range})=${items.length},SUM(${range}),"")`));
    put(row, COLUMNS.comments, formula(`=IF(COUNT(${range})=${items.length},ROUND(AVERAGE(${range}),2),"")`));
  }
  return row + 2;
}

/** The level bands (total range → level name) from `row`; the row after the last band. */
function putLevels({ scale, language, put }: ScoreSheetDraft, row: number): number {
  for (const level of scale.levels) {
    const lowest = level.min <= scale.items.length;
    put(
      row,
      COLUMNS.name,
      lowest ? `${level.max} ${language === 'nb' ? 'og mindre' : 'or less'}` : `${level.min}–${level.max}`,
    );
    put(row, COLUMNS.score, level.name[language]);
    row++;
  }
  return row;
}

/** The item rows' score column (consensus), where validation and centring apply. */
function scoreColumn({ layout }: ScoreSheetDraft) {
  return {
    row: layout.firstScoreRow,
    column: COLUMNS.score,
    rows: layout.lastScoreRow - layout.firstScoreRow + 1,
    columns: 1,
  };
}

/** The header's look: title, bold labels and total, the muted ID lines, dates, column heads, section rows. */
function headerFormats({ scale, layout, width }: ScoreSheetDraft): PlanFormat[] {
  return [
    { range: { row: HEADER_ROWS.title, column: 0, rows: 1, columns: 1 }, bold: true, fontSize: 14 },
    { range: { row: HEADER_ROWS.ratedBy, column: 0, rows: 6, columns: 1 }, bold: true },
    { range: { row: HEADER_ROWS.total, column: 2, rows: 1, columns: 2 }, bold: true },
    { range: { row: HEADER_ROWS.reviewId, column: 0, rows: 1, columns: 3 }, italic: true, fontColor: '#605E5C' },
    { range: { row: HEADER_ROWS.previousReview, column: 0, rows: 1, columns: 4 }, italic: true, fontColor: '#605E5C' },
    {
      range: { row: HEADER_ROWS.previousReview, column: 3, rows: 1, columns: 1 },
      numberFormat: 'yyyy-mm-dd',
      horizontalAlignment: 'left',
    },
    { range: { row: HEADER_ROWS.columnHeads, column: 0, rows: 1, columns: width }, bold: true, fill: '#DEECF9' },
    ...scale.sections.map((section) => ({
      range: { row: layout.sectionRows[section.id]!, column: 0, rows: 1, columns: width },
      bold: true,
      fill: '#F3F2F1',
    })),
  ];
}

/** The item rows' look: wrapped criteria, centred bold scores, the total, the date, free text kept as text. */
function itemFormats(draft: ScoreSheetDraft): PlanFormat[] {
  const { layout } = draft;
  const itemRows = layout.lastScoreRow - layout.firstScoreRow + 1;
  return [
    { range: { row: layout.firstScoreRow, column: COLUMNS.name, rows: itemRows, columns: 1 }, wrap: true },
    { range: scoreColumn(draft), horizontalAlignment: 'center', bold: true },
    { range: { row: layout.totalRow, column: COLUMNS.name, rows: 1, columns: 2 }, bold: true },
    {
      range: { row: HEADER_ROWS.date, column: 2, rows: 1, columns: 1 },
      numberFormat: 'yyyy-mm-dd',
      horizontalAlignment: 'left',
    },
    // Free-text columns are text, so a comment such as "1/2" or "70 %" is never turned into a date or number.
    {
      range: { row: layout.firstScoreRow, column: COLUMNS.comments, rows: itemRows, columns: 4 },
      numberFormat: '@',
      wrap: true,
    },
  ];
}

/** The computed and reason columns' look, on a wired sheet only. */
function computedFormats({ layout, wiring }: ScoreSheetDraft): PlanFormat[] {
  if (!wiring) return [];
  const itemRows = layout.lastScoreRow - layout.firstScoreRow + 1;
  return [
    {
      range: { row: layout.firstScoreRow, column: COLUMNS.computed, rows: itemRows, columns: 1 },
      horizontalAlignment: 'center',
      fontColor: '#0F6CBD',
    },
    {
      range: { row: layout.firstScoreRow, column: COLUMNS.reason, rows: itemRows, columns: 1 },
      wrap: true,
      fontSize: 9,
    },
  ];
}

/** Whole scores 1–5 in the consensus column and in every rater's column. */
function scoreValidations(draft: ScoreSheetDraft): PlanValidation[] {
  const scoreColumns = scoreColumn(draft);
  const raters = draft.review.raters.length;
  const scoreRule = { type: 'wholeNumber', min: 1, max: 5, message: draft.label('scoreHelp') } as const;
  return [
    { range: scoreColumns, rule: scoreRule },
    ...(raters > 0
      ? [{ range: { ...scoreColumns, column: COLUMNS.firstRater, columns: raters }, rule: scoreRule }]
      : []),
  ];
}

/** Column widths; the computed and reason columns are narrow until the sheet is wired, the previous score without one. */
function columnWidths({ review, wiring }: ScoreSheetDraft, hasPrevious: boolean): number[] {
  return [
    40,
    110,
    320,
    60,
    260,
    260,
    200,
    90,
    110,
    150,
    ...(wiring ? [80, 320] : [24, 24]),
    hasPrevious ? 80 : 24,
    ...review.raters.map(() => 110),
  ];
}

/*
 * Values marked as not personal data, below the level bands: a heading, then per mark the field
 * (as the user knows it), the value, the date, and the field's key in the hidden ID column so
 * the mark reads back in either language.
 */
const MARK_COLUMNS = {
  field: COLUMNS.name,
  value: COLUMNS.comments,
  date: COLUMNS.recommendations,
  key: COLUMNS.itemId,
} as const;
const NOT_PERSONAL_HEADS: ReadonlySet<string> = new Set<string>([
  SCORE_SHEET_LABELS.notPersonalData.nb,
  SCORE_SHEET_LABELS.notPersonalData.en,
]);

function putNotPersonalData(
  put: (row: number, column: number, value: PlanValue) => void,
  row: number,
  marks: readonly NotPersonalData[],
  language: Language,
  scale: ScaleDefinition,
): void {
  put(row, 0, SCORE_SHEET_LABELS.notPersonalData[language]);
  marks.forEach((mark, index) => {
    put(row + 1 + index, MARK_COLUMNS.field, privacyFieldLabel(mark.field, scale)[language]);
    put(row + 1 + index, MARK_COLUMNS.value, mark.value);
    put(row + 1 + index, MARK_COLUMNS.date, mark.markedAt);
    put(row + 1 + index, MARK_COLUMNS.key, mark.field);
  });
}

function notPersonalDataFormats(row: number, count: number): PlanFormat[] {
  return [
    { range: { row, column: 0, rows: 1, columns: 1 }, bold: true },
    // The value stays text: "01019012480" keeps its leading zero.
    { range: { row: row + 1, column: MARK_COLUMNS.value, rows: count, columns: 1 }, numberFormat: '@' },
    {
      range: { row: row + 1, column: MARK_COLUMNS.date, rows: count, columns: 1 },
      numberFormat: 'yyyy-mm-dd',
      horizontalAlignment: 'left',
    },
  ];
}

/** The marks below the heading written by putNotPersonalData (none when there is no heading). */
function readNotPersonalData(values: readonly (readonly CellValue[])[]): NotPersonalData[] {
  const head = values.findIndex((row) => NOT_PERSONAL_HEADS.has(cellText(row[0])));
  if (head < 0) return [];
  const marks: NotPersonalData[] = [];
  for (let row = head + 1; row < values.length; row++) {
    const field = cellText(values[row]?.[MARK_COLUMNS.key]);
    if (field === '') break;
    marks.push({
      field,
      value: cellText(values[row]?.[MARK_COLUMNS.value]),
      markedAt: cellDate(values[row]?.[MARK_COLUMNS.date]),
    });
  }
  return marks;
}

const PRESENT = '☒';
const ABSENT = '☐';

/** Components as the sample report prints them: ☒ present, ☐ not present, in the scale's order. */
export function componentsText(present: readonly boolean[]): string {
  return present.map((isPresent) => (isPresent ? PRESENT : ABSENT)).join('');
}

function readComponentsText(value: string): boolean[] | undefined {
  const marks = [...value.replace(/\s+/g, '')];
  if (marks.length === 0 || marks.some((mark) => mark !== PRESENT && mark !== ABSENT)) return undefined;
  return marks.map((mark) => mark === PRESENT);
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** Free text as the cell holds it, not trimmed: what the evaluators wrote reads back unchanged. */
function freeText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** A rater's name from a column head "Vurdering: <name>" (the name as written), else the text after a colon. */
function raterName(head: CellValue): string {
  const text = freeText(head);
  for (const label of [SCORE_SHEET_LABELS.rater.nb, SCORE_SHEET_LABELS.rater.en]) {
    if (text.startsWith(`${label}: `)) return text.slice(label.length + 2);
  }
  const trimmed = text.trim();
  return trimmed.includes(':') ? trimmed.slice(trimmed.indexOf(':') + 1).trim() : trimmed;
}

function cellScore(value: CellValue): Score | null {
  const number = typeof value === 'string' && /^\s*[1-5]\s*$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 1 && number <= 5
    ? (number as Score)
    : null;
}

function cellDate(value: CellValue): string {
  try {
    return serialToIso(readDate(value, { argument: 'date' }));
  } catch {
    return cellText(value);
  }
}

const COMPUTED_HEADS: ReadonlySet<string> = new Set<string>(
  [SCORE_SHEET_LABELS.computed, SCORE_SHEET_LABELS.reason].flatMap((label) => [label.nb, label.en]),
);
const PREVIOUS_HEADS: ReadonlySet<string> = new Set<string>([
  SCORE_SHEET_LABELS.previousScore.nb,
  SCORE_SHEET_LABELS.previousScore.en,
]);
const PREVIOUS_REVIEW_LABELS: ReadonlySet<string> = new Set<string>([
  SCORE_SHEET_LABELS.previousReview.nb,
  SCORE_SHEET_LABELS.previousReview.en,
]);

/** The previous review a repeat review's suggestions come from (the first suggestion's), if any. */
function suggestionSource(review: Review): { reviewId: string; date: string } | null {
  for (const record of Object.values(review.items)) {
    if (record.suggested) return { reviewId: record.suggested.reviewId, date: record.suggested.date };
  }
  return null;
}

/**
 * Columns holding raters' scores: every headed column after the hidden ID column except the
 * computed, reason and previous-score columns. Found by header, so a sheet written before the computed columns
 * existed (raters from column K) reads the same.
 */
function raterColumnsOf(headRow: readonly CellValue[]): number[] {
  const columns: number[] = [];
  for (let column = COLUMNS.itemId + 1; column < headRow.length; column++) {
    const head = cellText(headRow[column]);
    if (head === '' || COMPUTED_HEADS.has(head) || PREVIOUS_HEADS.has(head)) continue;
    columns.push(column);
  }
  return columns;
}

/** True when a score sheet's values (from A1) have the computed and reason columns of a wired sheet. */
export function isWiredScoreSheet(values: readonly (readonly CellValue[])[]): boolean {
  return COMPUTED_HEADS.has(cellText(values[HEADER_ROWS.columnHeads]?.[COLUMNS.computed]));
}

/**
 * Items whose consensus cell holds the formula following the computed score, from a score
 * sheet's contents as formula text (from A1, e.g. what Workbook.readTargets gives for a plan
 * from A1). A pane that opened the sheet passes them as `wiring.follow` when it saves, so the
 * consensus keeps following the tables instead of freezing at the value read.
 */
export function followingItems(
  formulas: readonly (readonly CellValue[])[],
  scale: ScaleDefinition = DEFAULT_SCALE,
): string[] {
  const ids = new Set(scale.items.map((item) => item.id));
  const following: string[] = [];
  formulas.forEach((row, index) => {
    const id = cellText(row[COLUMNS.itemId]);
    if (!ids.has(id)) return;
    const score = cellText(row[COLUMNS.score]).replace(/\s+/g, '').toUpperCase();
    if (score === followComputedFormula(index).toUpperCase()) following.push(id);
  });
  return following;
}

/**
 * The `wiring.follow` to save a review with: the items whose consensus cell follows the computed
 * score now (from the sheet's formula text) and whose consensus in the review is blank or still
 * the computed score shown (from the sheet's values), i.e. not changed by the evaluators.
 */
export function keepFollowing(
  review: Review,
  formulas: readonly (readonly CellValue[])[],
  values: readonly (readonly CellValue[])[],
  scale: ScaleDefinition = DEFAULT_SCALE,
): string[] {
  const shown = readComputedScores(values, scale);
  return followingItems(formulas, scale).filter((id) => {
    const consensus = review.items[id]?.consensus ?? null;
    return consensus === null || consensus === shown[id]?.score;
  });
}

/**
 * The consensus scores to take over from a wired score sheet read again (e.g. after rows were
 * imported into the input tables), keyed by item id: the items whose consensus cell shows the
 * computed score (it follows it) and whose consensus in the review was not set by the
 * evaluators — blank, or the computed score the sheet showed before (`before`: its values when
 * last read; [] if never). An item whose consensus the evaluators typed is never in the result.
 */
export function followedScores(
  review: Review,
  before: readonly (readonly CellValue[])[],
  after: readonly (readonly CellValue[])[],
  scale: ScaleDefinition = DEFAULT_SCALE,
): Record<string, Score | null> {
  const shownBefore = readComputedScores(before, scale);
  const shownNow = readComputedScores(after, scale);
  const rows = new Map<string, readonly CellValue[]>();
  for (const row of after) rows.set(cellText(row[COLUMNS.itemId]), row);
  const result: Record<string, Score | null> = {};
  for (const [id, computed] of Object.entries(shownNow)) {
    const consensus = review.items[id]?.consensus ?? null;
    if (consensus !== null && consensus !== (shownBefore[id]?.score ?? null)) continue;
    const cell = rows.get(id)?.[COLUMNS.score] ?? null;
    const sheetConsensus = cellScore(cell);
    // The consensus cell follows: it shows the computed score (blank while that is an error).
    const follows = computed.score === null ? cellText(cell) === '' : sheetConsensus === computed.score;
    if (follows && sheetConsensus !== consensus) result[id] = sheetConsensus;
  }
  return result;
}

/**
 * The table capacities a wired score sheet's formulas reach (from its formula text, e.g. what
 * Workbook.readTargets gives), for tables extended beyond the default rows 3–2000, so rewriting
 * the sheet keeps the ranges. Tables at the default are left out.
 */
export function wiringCapacity(formulas: readonly (readonly CellValue[])[]): TableCapacity {
  const capacity: Partial<Record<TableId, number>> = {};
  const first = TABLE_LAYOUT.firstDataRow + 1;
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = INPUT_TABLES.filter((table) => !table.singleRow).map((table) => ({
    id: table.id,
    pattern: new RegExp(
      `'(?:${[table.sheet.nb, table.sheet.en].map(escape).join('|')})'!\\$[A-Z]+\\$${first}:\\$[A-Z]+\\$(\\d+)`,
      'gi',
    ),
  }));
  for (const row of formulas) {
    for (const cell of row) {
      if (typeof cell !== 'string' || !cell.startsWith('=')) continue;
      for (const { id, pattern } of patterns) {
        for (const match of cell.matchAll(pattern)) {
          const rows = Number(match[1]) - first + 1;
          if (rows > (capacity[id] ?? TABLE_LAYOUT.lastDataRow - TABLE_LAYOUT.firstDataRow + 1)) capacity[id] = rows;
        }
      }
    }
  }
  return capacity;
}

/** A wired item's live result as the score sheet shows it. */
export interface ComputedScore {
  /** The computed score, or null when the cell shows an error or nothing. */
  readonly score: Score | null;
  /** The reason text, or the error the cell shows (e.g. "#N/A"). */
  readonly reason: string;
  /** The cell's error code when the score could not be computed (e.g. "#N/A" with empty tables). */
  readonly error?: string;
}

/**
 * The computed scores and reasons of the wired items, from a score sheet's displayed values,
 * keyed by item id. Items whose computed cell is blank (not wired, or a sheet without wiring)
 * are left out.
 */
export function readComputedScores(
  values: readonly (readonly CellValue[])[],
  scale: ScaleDefinition = DEFAULT_SCALE,
): Record<string, ComputedScore> {
  const ids = new Set(scale.items.map((item) => item.id));
  const headRow = values[HEADER_ROWS.columnHeads] ?? [];
  if (!COMPUTED_HEADS.has(cellText(headRow[COLUMNS.computed]))) return {};
  const result: Record<string, ComputedScore> = {};
  for (const row of values) {
    const id = cellText(row[COLUMNS.itemId]);
    if (!ids.has(id)) continue;
    const shown = cellText(row[COLUMNS.computed]);
    if (shown === '') continue;
    const score = cellScore(row[COLUMNS.computed] ?? null);
    const reason = cellText(row[COLUMNS.reason]);
    result[id] = score === null ? { score, reason, error: shown } : { score, reason };
  }
  return result;
}

/**
 * Reads a review back from a score sheet's values (from A1). Items are found by their id in the
 * hidden ID column, so a user's inserted rows or sorted sections do not break the reading.
 * Returns null when the values are not an IPS score sheet.
 */
export function readScoreSheet(
  values: readonly (readonly CellValue[])[],
  scale: ScaleDefinition = DEFAULT_SCALE,
): Review | null {
  const at = (row: number, column: number) => values[row]?.[column];
  const ids = new Set(scale.items.map((item) => item.id));
  const itemRows = new Map<string, number>();
  values.forEach((row, index) => {
    const id = cellText(row[COLUMNS.itemId]);
    if (ids.has(id)) itemRows.set(id, index);
  });
  if (itemRows.size === 0) return null;

  const headRow = values[HEADER_ROWS.columnHeads] ?? [];
  const raters: Rater[] = [];
  const raterColumns: number[] = [];
  for (const column of raterColumnsOf(headRow)) {
    raters.push({ id: `r${raters.length + 1}`, name: raterName(headRow[column]) });
    raterColumns.push(column);
  }

  // A repeat review's suggestions: the previous review in the header, its scores by column head.
  const previousColumn = headRow.findIndex((head) => PREVIOUS_HEADS.has(cellText(head)));
  const previousLabel = PREVIOUS_REVIEW_LABELS.has(cellText(at(HEADER_ROWS.previousReview, 0)));
  const previousId = previousLabel ? cellText(at(HEADER_ROWS.previousReview, 2)) : '';
  const previousDate = previousLabel ? cellDate(at(HEADER_ROWS.previousReview, 3)) : '';
  const suggests = previousColumn >= 0 && previousId !== '' && /^\d{4}-\d{2}-\d{2}$/.test(previousDate);

  const items: Review['items'] = {};
  for (const item of scale.items) {
    const row = itemRows.get(item.id);
    const record = emptyItemRecord(raters);
    if (row !== undefined) {
      record.consensus = cellScore(at(row, COLUMNS.score));
      record.evidence = freeText(at(row, COLUMNS.comments));
      record.recommendation = freeText(at(row, COLUMNS.recommendations));
      record.consensusNote = freeText(at(row, COLUMNS.consensusNote));
      const components = readComponentsText(cellText(at(row, COLUMNS.components)));
      if (components) record.components = components;
      raters.forEach((rater, index) => {
        record.raterScores[rater.id] = cellScore(at(row, raterColumns[index]!));
      });
      const previousScore = suggests ? cellScore(at(row, previousColumn)) : null;
      if (previousScore !== null) record.suggested = { score: previousScore, reviewId: previousId, date: previousDate };
    }
    items[item.id] = record;
  }
  const marks = readNotPersonalData(values);
  return {
    schemaVersion: 1,
    scaleId: scale.id,
    id: cellText(at(HEADER_ROWS.reviewId, 2)) || 'review',
    service: freeText(at(HEADER_ROWS.site, 2)),
    team: freeText(at(HEADER_ROWS.team, 2)),
    date: cellDate(at(HEADER_ROWS.date, 2)),
    evaluators: freeText(at(HEADER_ROWS.ratedBy, 2)),
    raters,
    items,
    ...(suggests ? { previousReviewId: previousId } : {}),
    corrections: [],
    ...(marks.length > 0 ? { notPersonalData: marks } : {}),
  };
}
