import { invalidValue } from '../errors';
import { isBlank, readDate, serialToIso, type CellValue } from '../cells';
import { effectiveScores } from '../review/corrections';
import type { Review } from '../review/model';
import { DEFAULT_SCALE, itemLabel } from '../scale/registry';
import type { FidelityLevel, ScaleDefinition, Score } from '../scale/types';
import { cellAddress, dateValue, type PlanFormat, type SheetPlan } from '../workbook/plan';
import type { Language, Text } from '../text';
import { fidelityLevel, totalScore } from '../totals';
import { TERMS } from '../i18n/terms';
import { appendRule } from './append-rules';

/**
 * The review history: one row per saved review, for trend charts over time (the manual
 * recommends exactly this spreadsheet, [000:2396–2406]). Rows are only ever appended. A
 * corrected review (tip 10) is appended again with a higher revision; the earlier row stays, and
 * readers use the latest revision of each review id.
 *
 * Columns (0-based, fixed so formulas and charts can point at them):
 * review id | service | team | date | the scale's item scores in sheet order | one mean per
 * section | total | level | type | evaluators | revision | corrections | add-in version | scale
 * version. Columns are only ever added at the end: a history written before a column existed
 * still reads (the missing cells read as blank).
 */

export const HISTORY_SHEET: Text = { nb: 'IPS-historikk', en: 'IPS history' };

export const HISTORY_LABELS = {
  reviewId: TERMS.reviewId,
  service: TERMS.site,
  team: TERMS.team,
  date: TERMS.date,
  meanSuffix: { nb: 'gjennomsnitt', en: 'mean' },
  total: TERMS.total,
  level: TERMS.level,
  type: { nb: 'Type', en: 'Type' },
  evaluators: TERMS.ratedBy,
  revision: { nb: 'Revisjon', en: 'Revision' },
  corrections: TERMS.corrections,
  appVersion: { nb: 'Programversjon', en: 'Add-in version' },
  scaleVersion: { nb: 'Skalaversjon', en: 'Scale version' },
  baseline: { nb: 'Baseline', en: 'Baseline' },
  followUp: { nb: 'Oppfølging', en: 'Follow-up' },
} as const satisfies Record<string, Text>;

export interface HistoryLayout {
  readonly reviewId: number;
  readonly service: number;
  readonly team: number;
  readonly date: number;
  /** First item-score column; the items follow in score-sheet order. */
  readonly firstScore: number;
  readonly itemCount: number;
  /** First section-mean column; one per section, in scale order. */
  readonly firstMean: number;
  readonly sectionCount: number;
  readonly total: number;
  readonly level: number;
  readonly type: number;
  readonly evaluators: number;
  readonly revision: number;
  readonly corrections: number;
  /** The add-in's version that wrote the row (blank in rows written before it was recorded). */
  readonly appVersion: number;
  /** The scale's version the review was scored on (blank in rows written before it was recorded). */
  readonly scaleVersion: number;
  readonly width: number;
}

export function historyLayout(scale: ScaleDefinition = DEFAULT_SCALE): HistoryLayout {
  const firstScore = 4;
  const firstMean = firstScore + scale.items.length;
  const total = firstMean + scale.sections.length;
  return {
    reviewId: 0,
    service: 1,
    team: 2,
    date: 3,
    firstScore,
    itemCount: scale.items.length,
    firstMean,
    sectionCount: scale.sections.length,
    total,
    level: total + 1,
    type: total + 2,
    evaluators: total + 3,
    revision: total + 4,
    corrections: total + 5,
    appVersion: total + 6,
    scaleVersion: total + 7,
    width: total + 8,
  };
}

export type ReviewType = 'baseline' | 'followUp';

/** One history row, as read back or as about to be written. */
export interface HistoryRow {
  readonly reviewId: string;
  readonly service: string;
  readonly team: string;
  /** yyyy-mm-dd */
  readonly date: string;
  /** Effective consensus scores in score-sheet order (null only in a row a user blanked). */
  readonly scores: readonly (Score | null)[];
  /** Per section, in scale order; null when a score in the section is missing. */
  readonly sectionMeans: readonly (number | null)[];
  readonly total: number | null;
  readonly level: FidelityLevel | null;
  readonly type: ReviewType;
  readonly evaluators: string;
  /** Number of corrections in the review when the row was written (0 = as saved). */
  readonly revision: number;
  /** The corrections, as text ("Bemanning 1: 3→4 (2025-09-01) reason"; "; "-separated). */
  readonly corrections: string;
  /** The add-in's version that wrote the row; '' when not recorded (older rows). */
  readonly appVersion?: string;
  /** The scale's version; '' when not recorded (older rows). */
  readonly scaleVersion?: string;
  /** 0-based sheet row, when read from a sheet. */
  readonly sheetRow?: number;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function sectionMeansOf(scores: readonly (Score | null)[], scale: ScaleDefinition): (number | null)[] {
  return scale.sections.map((section) => {
    const values: number[] = [];
    scale.items.forEach((item, index) => {
      if (item.sectionId === section.id) {
        const score = scores[index];
        if (score != null) values.push(score);
        else values.push(NaN);
      }
    });
    if (values.length === 0 || values.some(Number.isNaN)) return null;
    return round2(values.reduce((sum, value) => sum + value, 0) / values.length);
  });
}

function correctionsText(review: Review, scale: ScaleDefinition): string {
  return review.corrections
    .map((correction) => {
      const item = scale.items.find((candidate) => candidate.id === correction.itemId);
      const name = item ? itemLabel(item, 'nb', scale) : correction.itemId;
      return `${name}: ${correction.previous ?? '–'}→${correction.corrected} (${correction.date}) ${correction.reason}`.trim();
    })
    .join('; ');
}

/**
 * The history row of a saved review: its effective scores (corrections applied), section means,
 * total and level. An incomplete review is refused (#N/A naming the missing items): the history
 * holds only scored reviews. `appVersion` is the add-in's version, saved with the row so an old
 * review stays interpretable after an upgrade.
 */
export function historyRow(review: Review, scale: ScaleDefinition = DEFAULT_SCALE, appVersion = ''): HistoryRow {
  if (review.scaleId !== scale.id) throw invalidValue(`the review uses scale "${review.scaleId}", not "${scale.id}"`);
  const byId = effectiveScores(review, scale);
  const result = totalScore(byId, scale);
  const scores = scale.items.map((item) => byId[item.id] ?? null);
  return {
    reviewId: review.id,
    service: review.service.trim(),
    team: review.team.trim(),
    date: review.date,
    scores,
    sectionMeans: result.sections.map((section) => round2(section.mean)),
    total: result.total,
    level: result.level,
    type: review.previousReviewId ? 'followUp' : 'baseline',
    evaluators: review.evaluators.trim(),
    revision: review.corrections.length,
    corrections: correctionsText(review, scale),
    appVersion,
    scaleVersion: scale.version ?? '',
  };
}

/** The header row of the history table. */
export function historyHeader(language: Language, scale: ScaleDefinition = DEFAULT_SCALE): string[] {
  const H = HISTORY_LABELS;
  return [
    H.reviewId[language],
    H.service[language],
    H.team[language],
    H.date[language],
    ...scale.items.map((item) => itemLabel(item, language, scale)),
    ...scale.sections.map((section) => `${section.name[language]} ${H.meanSuffix[language]}`),
    H.total[language],
    H.level[language],
    H.type[language],
    H.evaluators[language],
    H.revision[language],
    H.corrections[language],
    H.appVersion[language],
    H.scaleVersion[language],
  ];
}

/** The cells of a history row, in column order. */
export function historyRowValues(row: HistoryRow, language: Language): (string | number)[] {
  return [
    row.reviewId,
    row.service,
    row.team,
    dateValue(row.date),
    ...row.scores.map((score) => score ?? ''),
    ...row.sectionMeans.map((mean) => mean ?? ''),
    row.total ?? '',
    row.level ? row.level.name[language] : '',
    HISTORY_LABELS[row.type === 'baseline' ? 'baseline' : 'followUp'][language],
    row.evaluators,
    row.revision,
    row.corrections,
    row.appVersion ?? '',
    row.scaleVersion ?? '',
  ];
}

function text(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return serialToIso(readDate(value, { argument: 'date' }));
  return String(value).trim();
}

function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  return !row || row.every((cell) => isBlank(cell));
}

const REVIEW_ID_HEADS = new Set([HISTORY_LABELS.reviewId.nb.toLowerCase(), HISTORY_LABELS.reviewId.en.toLowerCase()]);
const BASELINE_WORDS = new Set([HISTORY_LABELS.baseline.nb.toLowerCase(), HISTORY_LABELS.baseline.en.toLowerCase()]);

/** Index of the header row: the first non-blank row, which must start with the review-id heading. */
function headerRowIndex(values: readonly (readonly CellValue[])[]): number | null {
  const index = values.findIndex((row) => !isBlankRow(row));
  if (index < 0) return null;
  const head = text(values[index]![0]).toLowerCase();
  if (!REVIEW_ID_HEADS.has(head)) {
    throw invalidValue(
      `not an IPS history table: row ${index + 1} should start with "${HISTORY_LABELS.reviewId.nb}" or "${HISTORY_LABELS.reviewId.en}", found "${text(values[index]![0])}"`,
    );
  }
  return index;
}

function readScoreCell(value: CellValue, where: string): Score | null {
  if (isBlank(value)) return null;
  const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof number === 'number' && Number.isInteger(number) && number >= 1 && number <= 5) return number as Score;
  throw invalidValue(`${where}: expected a score 1–5, got ${JSON.stringify(value)}`);
}

/**
 * Reads the history table (values from A1, as a host reads the sheet). Blank rows are skipped.
 * Scores are the source of truth: means, total and level are recomputed from them, so a row a
 * user edited stays consistent. A cell that is not a score or date is #VALUE! naming the row.
 * Returns every row in sheet order, including superseded revisions (see `currentHistory`).
 */
export function readHistory(
  values: readonly (readonly CellValue[])[] | null,
  scale: ScaleDefinition = DEFAULT_SCALE,
): HistoryRow[] {
  if (!values) return [];
  const headerIndex = headerRowIndex(values);
  if (headerIndex === null) return [];
  const layout = historyLayout(scale);
  const headers = historyHeader('nb', scale);
  const rows: HistoryRow[] = [];
  for (let r = headerIndex + 1; r < values.length; r++) {
    const row = values[r]!;
    if (isBlankRow(row)) continue;
    const at = (column: number) => row[column];
    const where = (column: number) =>
      `history row ${r + 1}, column ${cellAddress(r, column).replace(/\d+$/, '')} (${headers[column]})`;
    const reviewId = text(at(layout.reviewId));
    if (reviewId === '') throw invalidValue(`${where(layout.reviewId)}: the review id is blank`);
    let date: string;
    try {
      date = serialToIso(readDate(at(layout.date), { argument: 'date' }));
    } catch {
      throw invalidValue(`${where(layout.date)}: expected a date, got ${JSON.stringify(at(layout.date))}`);
    }
    const scores = Array.from({ length: layout.itemCount }, (_, index) =>
      readScoreCell(at(layout.firstScore + index), where(layout.firstScore + index)),
    );
    const complete = scores.every((score) => score !== null);
    const total = complete ? scores.reduce<number>((sum, score) => sum + score!, 0) : null;
    const revisionCell = at(layout.revision);
    const revision =
      typeof revisionCell === 'number' && Number.isInteger(revisionCell) && revisionCell >= 0
        ? revisionCell
        : typeof revisionCell === 'string' && /^\s*\d+\s*$/.test(revisionCell)
          ? Number(revisionCell)
          : 0;
    rows.push({
      reviewId,
      service: text(at(layout.service)),
      team: text(at(layout.team)),
      date,
      scores,
      sectionMeans: sectionMeansOf(scores, scale),
      total,
      level: total !== null ? fidelityLevel(total, scale) : null,
      type: BASELINE_WORDS.has(text(at(layout.type)).toLowerCase()) ? 'baseline' : 'followUp',
      evaluators: text(at(layout.evaluators)),
      revision,
      corrections: text(at(layout.corrections)),
      appVersion: text(at(layout.appVersion)),
      scaleVersion: text(at(layout.scaleVersion)),
      sheetRow: r,
    });
  }
  return rows;
}

/** The rows that count: for each review id, its highest revision (the last such row on ties). */
export function currentHistory(rows: readonly HistoryRow[]): HistoryRow[] {
  const latest = new Map<string, HistoryRow>();
  for (const row of rows) {
    const seen = latest.get(row.reviewId);
    if (!seen || row.revision >= seen.revision) latest.set(row.reviewId, row);
  }
  return rows.filter((row) => latest.get(row.reviewId) === row);
}

export { sameRow } from './append-rules';

export interface HistoryAppendOptions {
  /** Defaults to «IPS-historikk» / "IPS history". */
  readonly sheet?: string;
  readonly language: Language;
  readonly scale?: ScaleDefinition;
  /** The add-in's version, saved in the row (see APP_VERSION in src/ui/commands/version.ts). */
  readonly appVersion?: string;
}

export type HistoryAppendAction = 'created' | 'appended' | 'unchanged';

export interface HistoryAppend {
  readonly action: HistoryAppendAction;
  /** 0-based row the review goes to (or already is in, when unchanged). */
  readonly row: number;
  readonly plan: SheetPlan;
}

/**
 * Plans adding a review to the history below the existing rows, never touching them.
 * `existingValues` is what the host read from the history sheet (from A1), or null when the
 * sheet does not exist: then the plan also writes the header row. The rules are appendRule's
 * (append-rules.ts, the one place they are written; the pane's checkHistoryAppend uses them too):
 *
 * - A review id not yet in the history: appended.
 * - The same id and revision with identical content: nothing to write (action "unchanged").
 * - The same id and revision with other content: refused (#VALUE!): a saved review is changed
 *   only by a correction (`correctSavedReview`), which raises the revision.
 * - The same id with a higher revision (a corrected review): appended; the older row stays.
 * - The same id with a lower revision than one already written: refused (stale review).
 */
export function planHistoryAppend(
  existingValues: readonly (readonly CellValue[])[] | null,
  review: Review,
  options: HistoryAppendOptions,
): HistoryAppend {
  const scale = options.scale ?? DEFAULT_SCALE;
  const { language } = options;
  const sheet = options.sheet ?? HISTORY_SHEET[language];
  const row = historyRow(review, scale, options.appVersion);
  const existing = readHistory(existingValues, scale);
  const rule = appendRule(existing, row);
  const emptyPlan: SheetPlan = { sheet, blocks: [] };
  if (rule.kind === 'unchanged') return { action: 'unchanged', row: rule.match.sheetRow ?? 0, plan: emptyPlan };
  if (rule.kind === 'changed') {
    throw invalidValue(
      `review "${row.reviewId}" is already in the history (row ${(rule.existing.sheetRow ?? 0) + 1}) with other values; ` +
        `the history is never rewritten: record a correction of the saved review instead`,
    );
  }
  if (rule.kind === 'stale') {
    throw invalidValue(
      `review "${row.reviewId}" is in the history with revision ${rule.highest}, newer than this copy (revision ${row.revision})`,
    );
  }

  const headerIndex = existingValues ? headerRowIndex(existingValues) : null;
  let target: number;
  if (headerIndex === null) {
    target = 1;
  } else {
    let last = headerIndex;
    existingValues!.forEach((values, index) => {
      if (!isBlankRow(values)) last = index;
    });
    target = last + 1;
  }
  const creating = headerIndex === null;
  const header = creating ? historyHeaderPlan(sheet, language, scale) : emptyPlan;
  const rowFormats = historyRowFormats(scale).map((format) => ({
    ...format,
    range: { ...format.range, row: target + format.range.row },
  }));
  return {
    action: creating ? 'created' : 'appended',
    row: target,
    plan: {
      ...header,
      blocks: [...header.blocks, { row: target, column: 0, values: [historyRowValues(row, language)] }],
      formats: [...(header.formats ?? []), ...rowFormats],
    },
  };
}

/** What a new history starts with: the header row, its formats, column widths, frozen header, print setup. */
export function historyHeaderPlan(
  sheet: string,
  language: Language,
  scale: ScaleDefinition = DEFAULT_SCALE,
): SheetPlan {
  const layout = historyLayout(scale);
  return {
    sheet,
    blocks: [{ row: 0, column: 0, values: [historyHeader(language, scale)] }],
    formats: [
      { range: { row: 0, column: 0, rows: 1, columns: layout.width }, bold: true, fill: '#DEECF9', wrap: true },
    ],
    columnWidths: [
      150,
      160,
      110,
      90,
      ...new Array<number>(layout.itemCount).fill(44),
      ...new Array<number>(layout.sectionCount).fill(80),
      60,
      130,
      90,
      160,
      70,
      260,
      100,
      90,
    ],
    frozenRows: 1,
    print: { orientation: 'landscape', fitToWidth: true },
  };
}

/** The formats of one history row; ranges' rows are counted from that row (0). */
export function historyRowFormats(scale: ScaleDefinition = DEFAULT_SCALE): PlanFormat[] {
  const layout = historyLayout(scale);
  return [
    {
      range: { row: 0, column: layout.date, rows: 1, columns: 1 },
      numberFormat: 'yyyy-mm-dd',
      horizontalAlignment: 'left',
    },
    { range: { row: 0, column: layout.firstScore, rows: 1, columns: layout.itemCount }, horizontalAlignment: 'center' },
    { range: { row: 0, column: layout.firstMean, rows: 1, columns: layout.sectionCount }, numberFormat: '0.00' },
  ];
}

/** The SheetPlan that appends a review to the history (see `planHistoryAppend`). */
export function appendHistoryPlan(
  existingValues: readonly (readonly CellValue[])[] | null,
  review: Review,
  options: HistoryAppendOptions,
): SheetPlan {
  return planHistoryAppend(existingValues, review, options).plan;
}
