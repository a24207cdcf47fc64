import type { EvidenceEntry } from '../core/cycle/evidence';
import type { CellValue } from '../core/cells';
import { currentHistory, HISTORY_SHEET, historyRow, readHistory, type HistoryRow } from '../core/history/table';
import { appendRule } from '../core/history/append-rules';
import { multiServiceSummary, serviceTrend } from '../core/history/trends';
import { actionPlanSheetPlan, ACTION_PLAN_LAYOUT } from '../core/report/action-plan';
import { buildReport, type Report, type ReportTrendPoint } from '../core/report/build';
import { reportSheetPlan } from '../core/report/sheet';
import { effectiveScore, effectiveScores } from '../core/review/corrections';
import { newReview, type Correction, type Review } from '../core/review/model';
import { DEFAULT_SCALE, itemLabel } from '../core/scale/registry';
import type { ScaleDefinition, Score } from '../core/scale/types';
import { type ChartPlan } from '../core/workbook/chart-plan';
import {
  historyHeatmapChart,
  multiServiceLatestChart,
  multiServiceTablePlan,
  serviceChartsPlan,
} from '../core/history/charts';
import {
  findConflicts,
  isPlanFormula,
  planBounds,
  type Conflict,
  type PlanValue,
  type SheetPlan,
} from '../core/workbook/plan';
import type { Language, Text } from '../core/text';
import { INPUT_TABLES } from '../core/inputs/tables';
import { CHECKLIST_SHEET } from '../core/cycle/checklist-sheet';
import { EVIDENCE_SHEET } from '../core/cycle/evidence-sheet';
import { RECORD_SAMPLE_SHEET } from '../core/cycle/record-sample-sheet';
import { REVIEW_PLAN_SHEET } from '../core/cycle/review-plan-sheet';
import { RESULTS_TABLE } from '../core/outcomes/results-table';
import { sheetName } from './sheet-names';

/**
 * The review workflow's pure glue between the core and the pane: sheet names, reading the
 * history back into a review (corrections included), finding the previous review, and the plans
 * the report and history commands write. No DOM and no host calls: app.ts does those.
 */

export { MAX_SHEET_NAME } from './sheet-names';

export const SHEET_PREFIXES = {
  report: { nb: 'Rapport', en: 'Report' },
  actionPlan: { nb: 'Handlingsplan', en: 'Action plan' },
  charts: { nb: 'IPS-diagram', en: 'IPS charts' },
} as const satisfies Record<string, Text>;

export const OVERVIEW_SHEET: Text = { nb: 'IPS-oversikt', en: 'IPS overview' };

export interface ReviewSheetNames {
  readonly report: string;
  readonly actionPlan: string;
  /** The chart sheet of this service and team: the charts from A1 down, their data from column I. */
  readonly charts: string;
  /** All services: latest totals and counts per level. */
  readonly overview: string;
}

/**
 * The report, action plan and charts sheets of a review: the same name for the same review every
 * time (a new report replaces the pane's own cells), built and shortened as sheet-names.ts does.
 */
export function reviewSheetNames(
  review: Pick<Review, 'service' | 'team' | 'date'>,
  language: Language,
): ReviewSheetNames {
  const unit = { service: review.service, team: review.team };
  return {
    report: sheetName({ prefix: SHEET_PREFIXES.report[language], ...unit, date: review.date, month: true }),
    actionPlan: sheetName({ prefix: SHEET_PREFIXES.actionPlan[language], ...unit, date: review.date, month: true }),
    charts: sheetName({ prefix: SHEET_PREFIXES.charts[language], ...unit }),
    overview: OVERVIEW_SHEET[language],
  };
}

/** Both languages' names of the history sheet, the current language's first. */
export function historySheetCandidates(language: Language): string[] {
  return language === 'nb' ? [HISTORY_SHEET.nb, HISTORY_SHEET.en] : [HISTORY_SHEET.en, HISTORY_SHEET.nb];
}

export function isHistorySheet(name: string): boolean {
  return name === HISTORY_SHEET.nb || name === HISTORY_SHEET.en;
}

const INPUT_SHEETS = new Set(
  [
    ...INPUT_TABLES.map((table) => table.sheet),
    // The review cycle's and the outcomes' sheets (the plan sheet's formulas run far down).
    CHECKLIST_SHEET,
    RECORD_SAMPLE_SHEET,
    EVIDENCE_SHEET,
    REVIEW_PLAN_SHEET,
    RESULTS_TABLE.sheet,
  ].flatMap((sheet) => [sheet.nb, sheet.en]),
);
const GENERATED_PREFIXES = [...Object.values(SHEET_PREFIXES).flatMap((prefix) => [`${prefix.nb} `, `${prefix.en} `])];

/**
 * Sheets the start screen need not read to find score sheets: the input tables, the review
 * cycle's and outcome sheets, and the sheets the pane generates (report, action plan, charts,
 * overview). The history is read (it tells
 * which reviews are saved).
 */
export function isScanSkipped(name: string): boolean {
  return (
    INPUT_SHEETS.has(name) ||
    name === OVERVIEW_SHEET.nb ||
    name === OVERVIEW_SHEET.en ||
    GENERATED_PREFIXES.some((prefix) => name.startsWith(prefix))
  );
}

// ---------------------------------------------------------------------------------------------
// History

export interface HistorySnapshot {
  /** The history sheet: the one found in the workbook, or the one the first append creates. */
  readonly sheet: string;
  readonly exists: boolean;
  readonly rows: readonly HistoryRow[];
  /** The sheet exists but is not a readable history table. */
  readonly error?: string;
}

/** The history from what a host read for the candidate names (see historySheetCandidates). */
export function historySnapshot(
  candidates: readonly string[],
  values: readonly (CellValue[][] | null)[],
  scale: ScaleDefinition = DEFAULT_SCALE,
): HistorySnapshot {
  const index = values.findIndex((sheet) => sheet !== null);
  if (index < 0) return { sheet: candidates[0]!, exists: false, rows: [] };
  const sheet = candidates[index]!;
  try {
    return { sheet, exists: true, rows: readHistory(values[index]!, scale) };
  } catch (error) {
    return { sheet, exists: true, rows: [], error: error instanceof Error ? error.message : String(error) };
  }
}

/** The row that counts for a review id: its highest revision. */
export function historyEntry(rows: readonly HistoryRow[], reviewId: string): HistoryRow | null {
  let entry: HistoryRow | null = null;
  for (const row of rows) if (row.reviewId === reviewId && (!entry || row.revision >= entry.revision)) entry = row;
  return entry;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The corrections as the history's corrections column holds them (historyRow writes
 * "Bemanning 1: 3→4 (2025-09-01) reason; …", nb labels), back as Correction records.
 */
export function parseCorrectionsText(textValue: string, scale: ScaleDefinition = DEFAULT_SCALE): Correction[] {
  const trimmed = textValue.trim();
  if (trimmed === '') return [];
  const byLabel = new Map(scale.items.map((item) => [itemLabel(item, 'nb', scale), item.id]));
  const labels = [...byLabel.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const pattern = new RegExp(`(?:^|; )(${labels}): ([1-5]|–)→([1-5]) \\((\\d{4}-\\d{2}-\\d{2})\\)`, 'gu');
  const matches = [...trimmed.matchAll(pattern)];
  return matches.map((match, index) => {
    const end = index + 1 < matches.length ? matches[index + 1]!.index! : trimmed.length;
    return {
      itemId: byLabel.get(match[1]!)!,
      previous: match[2] === '–' ? null : (Number(match[2]) as Score),
      corrected: Number(match[3]) as Score,
      date: match[4]!,
      reason: trimmed.slice(match.index! + match[0].length, end).trim(),
    };
  });
}

export interface Reconciled {
  /** The review as saved (history scores, corrections re-attached). */
  readonly review: Review;
  /** The history row that counts for this review, or null when it is not in the history. */
  readonly entry: HistoryRow | null;
  /** Items whose score on the sheet differs from the history: changes not recorded as corrections. */
  readonly unrecorded: Readonly<Record<string, Score>>;
  /** The corrections column could not be read back consistently (edited by hand). */
  readonly correctionsUnreadable: boolean;
}

/**
 * A review read from a score sheet, set against the history. When the review is in the history,
 * the history is what was saved: its scores are the review's, its corrections are re-attached
 * (the sheet has no place for them), and a sheet score that differs is reported as unrecorded
 * (the pane then asks for a reason), never taken over silently.
 */
export function reconcileWithHistory(
  review: Review,
  rows: readonly HistoryRow[],
  scale: ScaleDefinition = DEFAULT_SCALE,
): Reconciled {
  const entry = historyEntry(rows, review.id);
  if (!entry) return { review, entry: null, unrecorded: {}, correctionsUnreadable: false };
  const parsed = parseCorrectionsText(entry.corrections, scale);
  // Replaying the corrections on top of their first "previous" must end at the history's scores.
  const firstPrevious = new Map<string, Score | null>();
  const last = new Map<string, Score>();
  for (const correction of parsed) {
    if (!firstPrevious.has(correction.itemId)) firstPrevious.set(correction.itemId, correction.previous);
    last.set(correction.itemId, correction.corrected);
  }
  const consistent =
    parsed.length === entry.revision &&
    scale.items.every((item, index) => !last.has(item.id) || last.get(item.id) === entry.scores[index]);
  const corrections = consistent ? parsed : [];
  const items: Review['items'] = { ...review.items };
  const unrecorded: Record<string, Score> = {};
  scale.items.forEach((item, index) => {
    const saved = entry.scores[index] ?? null;
    const record = review.items[item.id];
    if (!record) return;
    const onSheet = record.consensus;
    const base = consistent && firstPrevious.has(item.id) ? firstPrevious.get(item.id)! : saved;
    if (onSheet !== null && onSheet !== saved) unrecorded[item.id] = onSheet;
    items[item.id] = { ...record, consensus: base };
  });
  const reconciled: Review = { ...review, items, corrections };
  if (entry.type === 'followUp' && !reconciled.previousReviewId) {
    const before = previousHistoryRow(rows, review);
    reconciled.previousReviewId = before?.reviewId ?? '?';
  }
  if (entry.type === 'baseline') delete reconciled.previousReviewId;
  return { review: reconciled, entry, unrecorded, correctionsUnreadable: !consistent };
}

const norm = (value: string) => value.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');

export function sameServiceAndTeam(a: Pick<Review, 'service' | 'team'>, b: Pick<Review, 'service' | 'team'>): boolean {
  return norm(a.service) === norm(b.service) && norm(a.team) === norm(b.team);
}

function previousHistoryRow(rows: readonly HistoryRow[], review: Review): HistoryRow | null {
  let best: HistoryRow | null = null;
  for (const row of currentHistory(rows)) {
    if (row.reviewId === review.id || !sameServiceAndTeam(row, review) || !(row.date < review.date)) continue;
    if (!best || row.date > best.date) best = row;
  }
  return best;
}

/** A review as the history holds it: the scores (corrections re-attached), no texts. */
export function reviewFromHistoryRow(row: HistoryRow, scale: ScaleDefinition = DEFAULT_SCALE): Review {
  const review = newReview(
    { id: row.reviewId, service: row.service, team: row.team, date: row.date, raters: [] },
    scale,
  );
  review.evaluators = row.evaluators;
  scale.items.forEach((item, index) => {
    review.items[item.id]!.consensus = row.scores[index] ?? null;
  });
  return reconcileWithHistory(review, [row], scale).review;
}

/**
 * The previous review of the same service and team (latest earlier date): from a score sheet in
 * the workbook, or from the history when its sheet is gone; with its corrections.
 */
export function findPrevious(
  review: Review,
  sheets: readonly { readonly review: Review }[],
  rows: readonly HistoryRow[],
  scale: ScaleDefinition = DEFAULT_SCALE,
): Review | null {
  let fromSheet: Review | null = null;
  for (const { review: candidate } of sheets) {
    if (candidate.id === review.id || !sameServiceAndTeam(candidate, review) || !(candidate.date < review.date))
      continue;
    if (!fromSheet || candidate.date > fromSheet.date) fromSheet = candidate;
  }
  const fromHistory = previousHistoryRow(rows, review);
  if (fromSheet && (!fromHistory || fromSheet.date >= fromHistory.date))
    return reconcileWithHistory(fromSheet, rows, scale).review;
  return fromHistory ? reviewFromHistoryRow(fromHistory, scale) : null;
}

/** The review as the score sheet stores it: the effective scores (the sheet has no corrections column). */
export function reviewForSheet(review: Review, scale: ScaleDefinition = DEFAULT_SCALE): Review {
  if (review.corrections.length === 0) return review;
  const scores = effectiveScores(review, scale);
  const items: Review['items'] = {};
  for (const [id, record] of Object.entries(review.items))
    items[id] = { ...record, consensus: scores[id] ?? record.consensus };
  return { ...review, items };
}

export type HistoryStatus =
  | { readonly kind: 'absent' }
  /** Saved and unchanged since. */
  | { readonly kind: 'saved'; readonly revision: number; readonly row: number | null }
  /** Saved; corrections made since are not in the history yet. */
  | { readonly kind: 'correctionsPending'; readonly revision: number; readonly pending: number }
  /** The history holds a newer revision than this copy. */
  | { readonly kind: 'stale'; readonly revision: number };

export function historyStatus(review: Review, rows: readonly HistoryRow[]): HistoryStatus {
  const entry = historyEntry(rows, review.id);
  if (!entry) return { kind: 'absent' };
  const revision = review.corrections.length;
  if (revision > entry.revision)
    return { kind: 'correctionsPending', revision: entry.revision, pending: revision - entry.revision };
  if (revision < entry.revision) return { kind: 'stale', revision: entry.revision };
  return { kind: 'saved', revision: entry.revision, row: entry.sheetRow ?? null };
}

export type AppendCheck =
  | { readonly ok: true; readonly kind: 'new' | 'revision' | 'unchanged' }
  | {
      readonly ok: false;
      readonly kind: 'changed' | 'stale' | 'incomplete';
      readonly row?: number;
      readonly revision?: number;
    };

/**
 * What planHistoryAppend will do with this review, decided beforehand so the pane can say it in
 * the user's language: a new review or a new revision is appended, an identical one is left
 * alone, a changed copy of a saved revision or an older revision is refused.
 */
export function checkHistoryAppend(
  rows: readonly HistoryRow[],
  review: Review,
  scale: ScaleDefinition = DEFAULT_SCALE,
): AppendCheck {
  let row: HistoryRow;
  try {
    row = historyRow(review, scale);
  } catch {
    return { ok: false, kind: 'incomplete' };
  }
  if (row.total === null) return { ok: false, kind: 'incomplete' };
  // The core's append rules (core/history/append-rules.ts), put in the pane's terms.
  const rule = appendRule(rows, row);
  if (rule.kind === 'changed') return { ok: false, kind: 'changed', row: (rule.existing.sheetRow ?? 0) + 1 };
  if (rule.kind === 'stale') return { ok: false, kind: 'stale', revision: rule.highest };
  return { ok: true, kind: rule.kind };
}

// ---------------------------------------------------------------------------------------------
// Report

export interface ReportInputs {
  readonly review: Review;
  readonly previous: Review | null;
  readonly rows: readonly HistoryRow[];
  readonly language: Language;
  /** Names that must not appear in the report, one per line. */
  readonly roster: string;
  readonly scale?: ScaleDefinition;
  /** The review's evidence log: «Informasjonskilder» then lists the sources that gave evidence. */
  readonly evidence?: readonly EvidenceEntry[] | null;
}

/** Totals over time for the report's trend: the history's, with this review as it stands now. */
export function reportTrend(
  review: Review,
  rows: readonly HistoryRow[],
  scale: ScaleDefinition = DEFAULT_SCALE,
): ReportTrendPoint[] {
  let points: ReportTrendPoint[];
  try {
    points = serviceTrend(rows, review.service, review.team, scale).points.map((point) => ({
      reviewId: point.reviewId,
      date: point.date,
      total: point.total,
    }));
  } catch {
    points = [];
  }
  const scores = effectiveScores(review, scale);
  const complete = scale.items.every((item) => scores[item.id] != null);
  const total = complete ? scale.items.reduce((sum, item) => sum + (scores[item.id] as number), 0) : null;
  const current = { reviewId: review.id, date: review.date, total };
  points = points.filter((point) => point.reviewId !== review.id);
  if (points.length === 0) return [];
  return [...points, current].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export function rosterNames(roster: string): string[] {
  return roster
    .split(/[\n,;]/)
    .map((name) => name.trim())
    .filter((name) => name.length >= 2);
}

export function reportFor(inputs: ReportInputs): Report {
  const scale = inputs.scale ?? DEFAULT_SCALE;
  return buildReport(inputs.review, {
    language: inputs.language,
    previous: inputs.previous ?? undefined,
    roster: rosterNames(inputs.roster),
    trend: reportTrend(inputs.review, inputs.rows, scale),
    scale,
    ...(inputs.evidence ? { evidence: inputs.evidence } : {}),
  });
}

/** Blank rows under a plan's block so a shorter report clears what a longer one left below. */
function padded(plan: SheetPlan, toRows: number, width: number): SheetPlan {
  const block = plan.blocks[0];
  if (!block || block.values.length >= toRows) return plan;
  const blank = (): PlanValue[] => new Array<PlanValue>(width).fill('');
  const values = [
    ...block.values.map((row) =>
      row.length < width ? [...row, ...new Array<PlanValue>(width - row.length).fill('')] : row,
    ),
    ...Array.from({ length: toRows - block.values.length }, blank),
  ];
  return { ...plan, blocks: [{ ...block, values }, ...plan.blocks.slice(1)] };
}

export const REPORT_PADDING_ROWS = 60;
export const ACTION_PLAN_SPARE_ROWS = 20;

export interface ReportPlans {
  readonly report: Report;
  readonly reportPlan: SheetPlan;
  readonly actionPlan: SheetPlan;
  readonly actionRows: number;
}

export function reportPlans(
  inputs: ReportInputs & { readonly includeFours: boolean; readonly names: ReviewSheetNames },
): ReportPlans {
  const scale = inputs.scale ?? DEFAULT_SCALE;
  const report = reportFor(inputs);
  const reportPlan = reportSheetPlan(report, { sheet: inputs.names.report });
  const actionPlan = actionPlanSheetPlan(inputs.review, {
    language: inputs.language,
    includeFours: inputs.includeFours,
    sheet: inputs.names.actionPlan,
    spareRows: ACTION_PLAN_SPARE_ROWS,
    scale,
  });
  const actionRows = (actionPlan.blocks[0]?.values.length ?? 0) - ACTION_PLAN_LAYOUT.firstRow;
  return {
    report,
    reportPlan: padded(reportPlan, (reportPlan.blocks[0]?.values.length ?? 0) + REPORT_PADDING_ROWS, 3),
    // The spare rows are written blank too: a user's entries there are asked about, not kept half.
    actionPlan: padded(actionPlan, ACTION_PLAN_LAYOUT.firstRow + actionRows + ACTION_PLAN_SPARE_ROWS, 9),
    actionRows,
  };
}

/** A file name for the exported report: letters, digits, spaces, dots and dashes only. */
export function reportFileName(review: Pick<Review, 'service' | 'team' | 'date'>, language: Language): string {
  const base = `${language === 'nb' ? 'IPS-rapport' : 'IPS report'} ${review.service} ${review.team} ${review.date}`;
  return `${base
    .replace(/[^\p{L}\p{N} ._-]+/gu, '-')
    .replace(/\s+/g, ' ')
    .trim()}.html`;
}

// ---------------------------------------------------------------------------------------------
// History append and charts

export interface ChartsOutput {
  /** Chart-data sheets to write (service trend, and the overview when there are several services). */
  readonly data: readonly SheetPlan[];
  readonly charts: readonly ChartPlan[];
  /** What the same history without the new row would have produced on those sheets (the pane's own cells). */
  readonly before: readonly (SheetPlan | null)[];
  readonly services: number;
  readonly points: number;
}

function chartsFor(
  rows: readonly HistoryRow[],
  review: Review,
  names: ReviewSheetNames,
  language: Language,
  scale: ScaleDefinition,
) {
  let service: ReturnType<typeof serviceChartsPlan> | null;
  let points = 0;
  try {
    const trend = serviceTrend(rows, review.service, review.team, scale);
    points = trend.points.length;
    service = serviceChartsPlan(trend, { sheet: names.charts, language, scale });
  } catch {
    service = null;
  }
  const summary = multiServiceSummary(rows, scale);
  const multi =
    summary.services.length > 1 ? multiServiceTablePlan(summary, { sheet: names.overview, language, scale }) : null;
  const dataRows = currentHistory(rows).length > 0 ? Math.max(...rows.map((row) => row.sheetRow ?? 0)) : 0;
  return { service, multi, services: summary.services.length, points, dataRows };
}

/**
 * The chart-data tables and charts for a history (rows as they will be after the append): this
 * service's total over time with level bands, section means and item heat map; the overview of
 * all services when there are several; the heat map on the history table itself.
 */
export function chartsOutput(
  rowsAfter: readonly HistoryRow[],
  rowsBefore: readonly HistoryRow[],
  review: Review,
  names: ReviewSheetNames,
  historySheet: string,
  language: Language,
  scale: ScaleDefinition = DEFAULT_SCALE,
): ChartsOutput {
  const after = chartsFor(rowsAfter, review, names, language, scale);
  const before = chartsFor(rowsBefore, review, names, language, scale);
  const data: SheetPlan[] = [];
  const previous: (SheetPlan | null)[] = [];
  const charts: ChartPlan[] = [];
  if (after.service) {
    data.push(after.service.data);
    previous.push(before.service?.data ?? null);
    charts.push(...after.service.charts);
  }
  if (after.multi) {
    data.push(after.multi.plan);
    previous.push(before.multi?.plan ?? null);
    charts.push(multiServiceLatestChart(after.multi.layout));
  }
  if (after.dataRows > 0) charts.push(historyHeatmapChart(historySheet, after.dataRows, scale));
  return { data, charts, before: previous, services: after.services, points: after.points };
}

function loose(value: unknown): string {
  if (isPlanFormula(value)) return value.formula.trim();
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** The values of `sheet` (read from A1) within a plan's bounds, as readTargets would give them. */
export function valuesInBounds(plan: SheetPlan, sheet: readonly (readonly CellValue[])[] | null): CellValue[][] | null {
  if (!sheet) return null;
  const bounds = planBounds(plan);
  return Array.from({ length: bounds.rows }, (_, r) =>
    Array.from({ length: bounds.columns }, (_, c) => sheet[bounds.row + r]?.[bounds.column + c] ?? ''),
  );
}

/**
 * Cells of a regenerated data sheet that hold something else than both the new plan and what the
 * pane would have written there before: a user's own data, to be asked about. Values are compared
 * as displayed text (a host may show 103 as "103" or a date as text).
 */
export function foreignDataConflicts(
  plan: SheetPlan,
  existing: readonly (readonly CellValue[])[] | null,
  before: SheetPlan | null,
): Conflict[] {
  return foreignConflictsInBounds(plan, valuesInBounds(plan, existing), before);
}

/** foreignDataConflicts over what the plan's bounds hold (as readTargets gives it). */
export function foreignConflictsInBounds(
  plan: SheetPlan,
  inBounds: readonly (readonly CellValue[])[] | null,
  before: SheetPlan | null,
): Conflict[] {
  const conflicts = findConflicts(plan, inBounds).filter(
    (conflict) => loose(conflict.existing) !== loose(conflict.planned),
  );
  if (!before || conflicts.length === 0) return conflicts;
  const own = new Map<string, string>();
  for (const block of before.blocks) {
    block.values.forEach((values, r) =>
      values.forEach((value, c) => {
        if (value !== null) own.set(cellKey(block.row + r, block.column + c), loose(value));
      }),
    );
  }
  return conflicts.filter((conflict) => own.get(conflict.address) !== loose(conflict.existing));
}

function cellKey(row: number, column: number): string {
  let name = '';
  for (let c = column + 1; c > 0; c = Math.floor((c - 1) / 26)) name = String.fromCharCode(65 + ((c - 1) % 26)) + name;
  return `${name}${row + 1}`;
}

/** The history rows after appending this review at `row` (0-based sheet row). */
export function rowsWithAppended(
  rows: readonly HistoryRow[],
  review: Review,
  row: number,
  scale: ScaleDefinition = DEFAULT_SCALE,
): HistoryRow[] {
  return [...rows, { ...historyRow(review, scale), sheetRow: row }];
}

// ---------------------------------------------------------------------------------------------
// Small derived values for the views

/** The score that counts for an item (a correction's, otherwise the consensus). */
export function scoreNow(review: Review, itemId: string): Score | null {
  return effectiveScore(review, itemId);
}

/** Items a rater has scored. */
export function raterProgress(review: Review, raterId: string, scale: ScaleDefinition = DEFAULT_SCALE): number {
  return scale.items.filter((item) => review.items[item.id]?.raterScores[raterId] != null).length;
}

/** The first item a rater has not scored (the rater mode starts there), or 0. */
export function firstUnscoredForRater(review: Review, raterId: string, scale: ScaleDefinition = DEFAULT_SCALE): number {
  const index = scale.items.findIndex((item) => review.items[item.id]?.raterScores[raterId] == null);
  return index < 0 ? 0 : index;
}
