import type { EvidenceEntry } from '../cycle/evidence';
import { itemEvidenceSources } from './evidence-sources';
import { invalidValue } from '../errors';
import { effectiveScores } from '../review/corrections';
import { emptyItemRecord, type Review } from '../review/model';
import { privacyFieldLabel } from '../review/privacy';
import { heldConstant, pendingSuggestions } from '../review/repeat';
import { DEFAULT_SCALE, itemLabel } from '../scale/registry';
import type { DataSource, ItemDefinition, ScaleDefinition, Score } from '../scale/types';
import { countOf, formatNumber, plural, type Language } from '../text';
import { fidelityLevel, missingItems, type ScoresById } from '../totals';
import { fill, formatDate, label } from './labels';

/**
 * The report model: everything the manual's sample report («Eksempel på IPS-evalueringsrapport»,
 * [000:12077–13647]) and chapter 7 ([000:2264–2510]) put in a fidelity report, built from a review
 * in one language. Renderers (sheet, HTML) only lay it out; every text is already chosen here.
 * Scores are the effective ones: a saved review's corrections count (see review/corrections.ts).
 */

export interface ReportHeader {
  readonly reviewId: string;
  readonly service: string;
  readonly team: string;
  /** yyyy-mm-dd and as written in the report ("7. juni 2025"). */
  readonly date: string;
  readonly dateText: string;
  /** «Vurdert av» as on the score sheet. */
  readonly evaluators: string;
  readonly raters: readonly string[];
}

export interface ReportPurpose {
  /** The first review is the baseline («sammenligningsgrunnlaget»); later ones are follow-ups. */
  readonly kind: 'baseline' | 'followUp';
  readonly previousReviewId: string | null;
  readonly previousDate: string | null;
  readonly text: string;
}

export interface ReportSectionTotal {
  readonly sectionId: string;
  readonly name: string;
  /** Null while any item in the section is unscored. */
  readonly total: number | null;
  readonly mean: number | null;
  readonly itemCount: number;
  readonly scoredCount: number;
  readonly previousTotal: number | null;
}

export interface ReportLevel {
  readonly name: string;
  readonly min: number;
  readonly max: number;
}

export interface ReportTotal {
  /** Null while the score sheet is incomplete (no N/A, no silent 0). */
  readonly total: number | null;
  readonly maximum: number;
  readonly level: ReportLevel | null;
  readonly missingItemIds: readonly string[];
  readonly sections: readonly ReportSectionTotal[];
  readonly previousTotal: number | null;
  readonly previousLevel: ReportLevel | null;
  readonly change: number | null;
}

export type StrengthReason = 'fullyImplemented' | 'improved';

export interface ReportStrength {
  readonly itemId: string;
  readonly label: string;
  readonly name: string;
  readonly score: Score;
  readonly previousScore: Score | null;
  readonly reasons: readonly StrengthReason[];
  readonly text: string;
}

/** Where an item stands below 5: not implemented (1–2), just under 3|4, or just under 4|5. */
export type PriorityGap = 'notImplemented' | '3|4' | '4|5';

export interface ReportPriority {
  readonly itemId: string;
  readonly label: string;
  readonly name: string;
  readonly score: Score;
  readonly previousScore: Score | null;
  readonly gap: PriorityGap;
  readonly gapText: string;
  readonly recommendations: readonly string[];
}

export interface ReportComponent {
  readonly text: string;
  readonly present: boolean;
}

export interface ReportCorrection {
  /** A correction of this review, or of the previous one (acknowledged here, tip 10). */
  readonly scope: 'thisReview' | 'previousReview';
  readonly reviewId: string;
  readonly itemId: string;
  readonly label: string;
  readonly previous: Score | null;
  readonly corrected: Score;
  readonly reason: string;
  readonly date: string;
  readonly text: string;
}

export interface ReportItem {
  readonly itemId: string;
  readonly sectionId: string;
  readonly number: number;
  readonly sheetNumber: number;
  /** "Bemanning 1" / "Staffing 1". */
  readonly label: string;
  readonly name: string;
  readonly criterion: string;
  readonly score: Score | null;
  /** The saved consensus when a correction changed it; otherwise equal to score. */
  readonly savedScore: Score | null;
  /** The anchor text of the score given («Gradering»). */
  readonly anchor: string | null;
  readonly sourceCodes: readonly DataSource[];
  /** «Informasjonskilder»: the scale's list, or with an evidence log the sources that gave evidence. */
  readonly sources: string;
  /** With an evidence log: the sources with evidence for the item, in the legend's order. */
  readonly evidenceCodes?: readonly DataSource[];
  /** ☒/☐ checklist for component items, when the components were recorded. */
  readonly components: readonly ReportComponent[] | null;
  /** «Kommentarer». */
  readonly comments: string;
  /** «Anbefalinger», one per line of the review's recommendation text. */
  readonly recommendations: readonly string[];
  readonly previousScore: Score | null;
  readonly change: number | null;
  readonly heldConstant: boolean;
  readonly corrections: readonly ReportCorrection[];
}

export interface ReportSection {
  readonly sectionId: string;
  readonly name: string;
  readonly items: readonly ReportItem[];
}

export type ReportWarningCode =
  | 'incomplete'
  | 'missingRecommendation'
  | 'possibleName'
  | 'componentMismatch'
  | 'suggestionPending'
  | 'previousMismatch'
  | 'notPersonalData';

export interface ReportWarning {
  readonly code: ReportWarningCode;
  readonly itemIds: readonly string[];
  readonly message: string;
}

export interface ReportScoreSheetRow {
  readonly itemId: string;
  readonly sectionId: string;
  readonly label: string;
  readonly name: string;
  readonly score: Score | null;
}

export interface ReportLevelBand extends ReportLevel {
  /** The band's text as printed on the score sheet: "115–125" or "73 og mindre". */
  readonly range: string;
  readonly current: boolean;
}

export interface ReportTrendPoint {
  readonly reviewId: string;
  readonly date: string;
  readonly total: number | null;
}

export interface Report {
  readonly language: Language;
  readonly scaleId: string;
  readonly title: string;
  readonly header: ReportHeader;
  readonly purpose: ReportPurpose;
  readonly total: ReportTotal;
  readonly summary: { readonly strengths: readonly ReportStrength[]; readonly priorities: readonly ReportPriority[] };
  readonly sections: readonly ReportSection[];
  readonly corrections: readonly ReportCorrection[];
  readonly scoreSheet: { readonly rows: readonly ReportScoreSheetRow[]; readonly levels: readonly ReportLevelBand[] };
  /** Totals of this service over time, oldest first, when a history was given. */
  readonly trend: readonly ReportTrendPoint[];
  readonly warnings: readonly ReportWarning[];
}

export interface BuildReportOptions {
  readonly language: Language;
  /** The previous review of the same service and team: makes this a follow-up report. */
  readonly previous?: Review;
  /** Names of staff and participants that must not appear in the report (anonymity check). */
  readonly roster?: readonly string[];
  /** Totals of this service over time (e.g. from history `serviceTrend`), for the trend chart. */
  readonly trend?: readonly ReportTrendPoint[];
  /** The evidence log: «Informasjonskilder» then lists the sources with evidence, not the scale's list. */
  readonly evidence?: readonly EvidenceEntry[];
  readonly scale?: ScaleDefinition;
}

const TEXTS = {
  baseline: {
    nb: 'Dette er den første kvalitetsevalueringen av IPS-tjenesten ved {service} ({team}). Den utgjør sammenligningsgrunnlaget (baseline) for senere evalueringer.',
    en: 'This is the first fidelity review of the IPS service at {service} ({team}). It is the baseline for later reviews.',
  },
  followUp: {
    nb: 'Dette er en oppfølgingsevaluering av IPS-tjenesten ved {service} ({team}). Forrige evaluering ble gjennomført {previousDate}; endringer i skår er regnet fra den.',
    en: 'This is a follow-up review of the IPS service at {service} ({team}). The previous review was done on {previousDate}; changes in score are counted from it.',
  },
  followUpNoDate: {
    nb: 'Dette er en oppfølgingsevaluering av IPS-tjenesten ved {service} ({team}) (forrige evaluering: {previousId}).',
    en: 'This is a follow-up review of the IPS service at {service} ({team}) (previous review: {previousId}).',
  },
  strengthFive: { nb: 'Skår 5: fullt ut implementert.', en: 'Score 5: fully implemented.' },
  strengthImproved: {
    nb: 'Økt fra {from} til {to} siden forrige evaluering.',
    en: 'Rose from {from} to {to} since the previous review.',
  },
  strengthBoth: {
    nb: 'Økt fra {from} til 5 siden forrige evaluering: fullt ut implementert.',
    en: 'Rose from {from} to 5 since the previous review: fully implemented.',
  },
  gapNotImplemented: {
    nb: 'Skår {score}: kriteriet er ikke implementert.',
    en: 'Score {score}: the criterion is not implemented.',
  },
  gap34: {
    nb: 'Skår 3: like under grensen 3|4, ett trinn fra adekvat implementert (4).',
    en: 'Score 3: just under the 3|4 boundary, one step from adequately implemented (4).',
  },
  gap45: {
    nb: 'Skår 4: adekvat implementert, ett trinn fra fullt ut implementert (5).',
    en: 'Score 4: adequately implemented, one step from fully implemented (5).',
  },
  declined: { nb: ' Ned fra {from} ved forrige evaluering.', en: ' Down from {from} at the previous review.' },
  correctionThis: {
    nb: '{label}: skåren {previous} er korrigert til {corrected} ({date}). {reason}',
    en: '{label}: the score {previous} was corrected to {corrected} ({date}). {reason}',
  },
  correctionPrevious: {
    nb: '{label}: i forrige evaluering ({reviewDate}) ble det gitt skår {previous}; riktig skår var {corrected}. {reason}',
    en: '{label}: the previous review ({reviewDate}) gave a score of {previous}; the correct score was {corrected}. {reason}',
  },
  incomplete: {
    nb: 'Skårskjemaet er ufullstendig: {count} mangler skår ({items}). Alle punkter skal vurderes; ingen kan merkes «ikke aktuelt».',
    en: 'The score sheet is incomplete: {count} without a score ({items}). Every item must be rated; none can be marked "not applicable".',
  },
  missingRecommendation: {
    nb: 'Håndboken krever anbefalinger for alle punkter med skår under 5. Mangler for: {items}.',
    en: 'The manual requires recommendations for every item scoring below 5. Missing for: {items}.',
  },
  possibleName: {
    nb: 'Mulig navn i teksten ({names}) under {items}. Deltakere og ansatte skal ikke navngis i rapporten.',
    en: 'Possible name in the text ({names}) under {items}. Participants and staff must not be named in the report.',
  },
  componentMismatch: {
    nb: 'Skåren stemmer ikke med antall oppfylte komponenter for {items}.',
    en: 'The score does not match the number of components met for {items}.',
  },
  suggestionPending: {
    nb: '{count} fra forrige evaluering er ikke bekreftet og teller ikke: {items}.',
    en: '{count} from the previous review {are} not confirmed and {do} not count: {items}.',
  },
  previousMismatch: {
    nb: 'Forrige evaluering ({previousId}) gjelder {detail}.',
    en: 'The previous review ({previousId}) is {detail}.',
  },
  notPersonalData: {
    nb: 'Merket som ikke personopplysninger etter personvernkontrollen: {marks}.',
    en: 'Marked as not personal data after the privacy check: {marks}.',
  },
  notPersonalDataMark: { nb: '«{value}» i {field} ({date})', en: '"{value}" in {field} ({date})' },
  notPersonalDataColumn: { nb: 'hele kolonnen {field} ({date})', en: 'the whole column {field} ({date})' },
  previousOtherService: { nb: 'et annet sted eller team', en: 'of another site or team' },
  previousNotEarlier: { nb: 'ikke en tidligere dato', en: 'not at an earlier date' },
} as const;

type TextKey = keyof typeof TEXTS;

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words that may be a listed person's name: full names (any case) and capitalised name parts. */
function namePatterns(roster: readonly string[]): { name: string; pattern: RegExp }[] {
  const patterns: { name: string; pattern: RegExp }[] = [];
  const seen = new Set<string>();
  const add = (name: string, flags: string) => {
    const key = `${name}/${flags}`;
    if (seen.has(key)) return;
    seen.add(key);
    patterns.push({ name, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, flags) });
  };
  for (const entry of roster) {
    const full = entry.trim().replace(/\s+/g, ' ');
    if (full.length < 2) continue;
    add(full, 'iu');
    // Single parts only when capitalised in the text, so "Per" is found but "per uke" is not.
    for (const part of full.split(' ')) if (part.length >= 2) add(part, 'u');
  }
  return patterns;
}

function levelOf(total: number | null, scale: ScaleDefinition, language: Language): ReportLevel | null {
  if (total === null) return null;
  const level = fidelityLevel(total, scale);
  return { name: level.name[language], min: level.min, max: level.max };
}

function completeTotal(scores: ScoresById, scale: ScaleDefinition): number | null {
  if (missingItems(scores, scale).length > 0) return null;
  return scale.items.reduce((sum, item) => sum + (scores[item.id] as number), 0);
}

function splitLines(textValue: string): string[] {
  return textValue
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** What every section of the report is built from: the review, its scale and language, the effective scores. */
interface ReportContext {
  readonly review: Review;
  readonly previous: Review | undefined;
  readonly options: BuildReportOptions;
  readonly scale: ScaleDefinition;
  readonly language: Language;
  readonly scores: ScoresById;
  readonly previousScores: ScoresById | null;
  readonly t: (key: TextKey, values?: Readonly<Record<string, string | number>>) => string;
  readonly labelOf: (item: ItemDefinition) => string;
}

/** Builds the report model of a review (see the module comment). */
export function buildReport(review: Review, options: BuildReportOptions): Report {
  const scale = options.scale ?? DEFAULT_SCALE;
  const { language, previous } = options;
  if (review.scaleId !== scale.id) throw invalidValue(`the review uses scale "${review.scaleId}", not "${scale.id}"`);
  const context: ReportContext = {
    review,
    previous,
    options,
    scale,
    language,
    scores: effectiveScores(review, scale),
    previousScores: previous ? effectiveScores(previous, scale) : null,
    t: (key, values = {}) => fill(TEXTS[key][language], values),
    labelOf: (item) => itemLabel(item, language, scale),
  };
  const total = reportTotal(context);
  const corrections = reportCorrections(context);
  const reportItems = scale.items.map((item) => reportItem(context, item, corrections));
  const sections: ReportSection[] = scale.sections.map((section) => ({
    sectionId: section.id,
    name: section.name[language],
    items: reportItems.filter((item) => item.sectionId === section.id),
  }));
  const warnings: ReportWarning[] = [
    ...previousMismatchWarnings(context),
    ...incompleteWarnings(context),
    ...missingRecommendationWarnings(context, reportItems),
    ...componentMismatchWarnings(context),
    ...suggestionPendingWarnings(context),
    ...possibleNameWarnings(context),
    ...notPersonalDataWarnings(context),
  ];
  return {
    language,
    scaleId: scale.id,
    title: label('title', language),
    header: reportHeader(review, language),
    purpose: reportPurpose(context),
    total,
    summary: { strengths: reportStrengths(context, reportItems), priorities: reportPriorities(context, reportItems) },
    sections,
    corrections,
    scoreSheet: {
      rows: reportItems.map((item) => ({
        itemId: item.itemId,
        sectionId: item.sectionId,
        label: item.label,
        name: item.name,
        score: item.score,
      })),
      levels: levelBands(context, total.total),
    },
    trend: options.trend ? [...options.trend].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) : [],
    warnings,
  };
}

function reportHeader(review: Review, language: Language): ReportHeader {
  return {
    reviewId: review.id,
    service: review.service,
    team: review.team,
    date: review.date,
    dateText: formatDate(review.date, language),
    evaluators: review.evaluators,
    raters: review.raters.map((rater) => rater.name),
  };
}

/** Baseline or follow-up: with the previous review given, or only its ID recorded on this one. */
function reportPurpose({ review, previous, language, t }: ReportContext): ReportPurpose {
  const previousReviewId = previous?.id ?? review.previousReviewId ?? null;
  const place = { service: review.service, team: review.team };
  if (previous)
    return {
      kind: 'followUp',
      previousReviewId,
      previousDate: previous.date,
      text: t('followUp', { ...place, previousDate: formatDate(previous.date, language) }),
    };
  if (previousReviewId)
    return {
      kind: 'followUp',
      previousReviewId,
      previousDate: null,
      text: t('followUpNoDate', { ...place, previousId: previousReviewId }),
    };
  return { kind: 'baseline', previousReviewId: null, previousDate: null, text: t('baseline', place) };
}

/** A previous review of another service or team, or not earlier than this one. */
function previousMismatchWarnings({ review, previous, t }: ReportContext): ReportWarning[] {
  if (!previous) return [];
  const norm = (value: string) => value.trim().toLowerCase();
  const details: string[] = [];
  if (norm(previous.service) !== norm(review.service) || norm(previous.team) !== norm(review.team))
    details.push(t('previousOtherService'));
  if (!(previous.date < review.date)) details.push(t('previousNotEarlier'));
  if (details.length === 0) return [];
  return [
    {
      code: 'previousMismatch',
      itemIds: [],
      message: t('previousMismatch', { previousId: previous.id, detail: details.join('; ') }),
    },
  ];
}

/** The total, its level and change, and per section its total and mean (null while incomplete). */
function reportTotal({ scale, language, scores, previousScores }: ReportContext): ReportTotal {
  const total = completeTotal(scores, scale);
  const previousTotal = previousScores ? completeTotal(previousScores, scale) : null;
  const sections: ReportSectionTotal[] = scale.sections.map((section) => {
    const items = scale.items.filter((item) => item.sectionId === section.id);
    const given = items.map((item) => scores[item.id]).filter((score): score is Score => score != null);
    const sum = given.reduce<number>((acc, score) => acc + score, 0);
    const complete = given.length === items.length;
    const previousGiven = previousScores
      ? items.map((item) => previousScores[item.id]).filter((s): s is Score => s != null)
      : [];
    return {
      sectionId: section.id,
      name: section.name[language],
      total: complete ? sum : null,
      mean: complete ? sum / items.length : null,
      itemCount: items.length,
      scoredCount: given.length,
      previousTotal:
        previousGiven.length === items.length ? previousGiven.reduce<number>((acc, s) => acc + s, 0) : null,
    };
  });
  return {
    total,
    maximum: scale.items.length * 5,
    level: levelOf(total, scale, language),
    missingItemIds: missingItems(scores, scale).map((item) => item.id),
    sections,
    previousTotal,
    previousLevel: levelOf(previousTotal, scale, language),
    change: total !== null && previousTotal !== null ? total - previousTotal : null,
  };
}

function incompleteWarnings({ scale, scores, language, t, labelOf }: ReportContext): ReportWarning[] {
  const missing = missingItems(scores, scale);
  if (missing.length === 0) return [];
  return [
    {
      code: 'incomplete',
      itemIds: missing.map((item) => item.id),
      message: t('incomplete', {
        count:
          language === 'nb'
            ? countOf(missing.length, 'nb', 'punkt', 'punkter')
            : countOf(missing.length, 'en', 'item', 'items'),
        items: missing.map(labelOf).join(', '),
      }),
    },
  ];
}

/** Corrections: the previous review's (acknowledged in this report), then this review's. */
function reportCorrections(context: ReportContext): ReportCorrection[] {
  const { review, previous } = context;
  return [
    ...(previous ? correctionsOf(context, previous, 'previousReview') : []),
    ...correctionsOf(context, review, 'thisReview'),
  ];
}

function correctionsOf(
  { scale, language, t, labelOf }: ReportContext,
  source: Review,
  scope: ReportCorrection['scope'],
): ReportCorrection[] {
  return source.corrections.flatMap((correction) => {
    const item = scale.items.find((candidate) => candidate.id === correction.itemId);
    if (!item) return [];
    const values = {
      label: labelOf(item),
      previous: correction.previous ?? '–',
      corrected: correction.corrected,
      date: formatDate(correction.date, language),
      reviewDate: formatDate(source.date, language),
      reason: correction.reason,
    };
    return [
      {
        scope,
        reviewId: source.id,
        itemId: item.id,
        label: values.label,
        previous: correction.previous,
        corrected: correction.corrected,
        reason: correction.reason,
        date: correction.date,
        text: t(scope === 'thisReview' ? 'correctionThis' : 'correctionPrevious', values).trim(),
      },
    ];
  });
}

/** One item: score and anchor, components, «Informasjonskilder» (from the evidence log when given), texts, change. */
function reportItem(
  { review, options, scale, language, scores, previousScores, labelOf }: ReportContext,
  item: ItemDefinition,
  corrections: readonly ReportCorrection[],
): ReportItem {
  const record = review.items[item.id] ?? emptyItemRecord(review.raters);
  const score = scores[item.id] ?? null;
  const previousScore = previousScores?.[item.id] ?? null;
  const componentTexts = item.kind === 'components' ? item.components : undefined;
  const components =
    componentTexts && record.components && record.components.length > 0
      ? componentTexts.map((component, index) => ({
          text: component[language],
          present: record.components?.[index] === true,
        }))
      : null;
  const fromLog = options.evidence ? itemEvidenceSources(item.id, options.evidence, language) : null;
  return {
    itemId: item.id,
    sectionId: item.sectionId,
    number: item.number,
    sheetNumber: item.sheetNumber,
    label: labelOf(item),
    name: item.name[language],
    criterion: item.criterion[language],
    score,
    savedScore: record.consensus,
    anchor: score !== null ? item.anchors[score - 1]![language] : null,
    sourceCodes: [...item.sources],
    sources: fromLog
      ? fromLog.text
      : item.sources.map((code) => scale.dataSources[code]?.[language] ?? code).join(', '),
    ...(fromLog ? { evidenceCodes: fromLog.codes } : {}),
    components,
    comments: record.evidence.trim(),
    recommendations: splitLines(record.recommendation),
    previousScore,
    change: score !== null && previousScore !== null ? score - previousScore : null,
    heldConstant: heldConstant(review, item.id),
    corrections: corrections.filter((correction) => correction.scope === 'thisReview' && correction.itemId === item.id),
  };
}

/** Strengths: 5s and rises, the largest rise first, then in sheet order. */
function reportStrengths({ t }: ReportContext, reportItems: readonly ReportItem[]): ReportStrength[] {
  const strengths: ReportStrength[] = [];
  for (const item of reportItems) {
    if (item.score === null) continue;
    const improved = item.previousScore !== null && item.score > item.previousScore;
    if (item.score !== 5 && !improved) continue;
    const reasons: StrengthReason[] = [];
    if (improved) reasons.push('improved');
    if (item.score === 5) reasons.push('fullyImplemented');
    const text = improved
      ? item.score === 5
        ? t('strengthBoth', { from: item.previousScore! })
        : t('strengthImproved', { from: item.previousScore!, to: item.score })
      : t('strengthFive');
    strengths.push({
      itemId: item.itemId,
      label: item.label,
      name: item.name,
      score: item.score,
      previousScore: item.previousScore,
      reasons,
      text,
    });
  }
  const rise = (entry: ReportStrength) => (entry.previousScore !== null ? entry.score - entry.previousScore : 0);
  const sheetNumberOf = new Map(reportItems.map((item) => [item.itemId, item.sheetNumber]));
  return strengths.sort((a, b) => rise(b) - rise(a) || sheetNumberOf.get(a.itemId)! - sheetNumberOf.get(b.itemId)!);
}

/** Priorities: items below 5, the lowest score first, then the largest decline, then in sheet order. */
function reportPriorities({ t }: ReportContext, reportItems: readonly ReportItem[]): ReportPriority[] {
  const priorities: ReportPriority[] = reportItems
    .filter((item): item is ReportItem & { score: Score } => item.score !== null && item.score < 5)
    .map((item) => {
      const gap: PriorityGap = item.score <= 2 ? 'notImplemented' : item.score === 3 ? '3|4' : '4|5';
      let gapText =
        gap === 'notImplemented'
          ? t('gapNotImplemented', { score: item.score })
          : gap === '3|4'
            ? t('gap34')
            : t('gap45');
      if (item.previousScore !== null && item.previousScore > item.score)
        gapText += t('declined', { from: item.previousScore });
      return {
        itemId: item.itemId,
        label: item.label,
        name: item.name,
        score: item.score,
        previousScore: item.previousScore,
        gap,
        gapText,
        recommendations: item.recommendations,
      };
    });
  const decline = (entry: ReportPriority) =>
    entry.previousScore !== null ? Math.max(0, entry.previousScore - entry.score) : 0;
  const sheetNumberOf = new Map(reportItems.map((item) => [item.itemId, item.sheetNumber]));
  return priorities.sort(
    (a, b) =>
      a.score - b.score || decline(b) - decline(a) || sheetNumberOf.get(a.itemId)! - sheetNumberOf.get(b.itemId)!,
  );
}

function missingRecommendationWarnings({ t }: ReportContext, reportItems: readonly ReportItem[]): ReportWarning[] {
  const without = reportItems.filter(
    (item) => item.score !== null && item.score < 5 && item.recommendations.length === 0,
  );
  if (without.length === 0) return [];
  return [
    {
      code: 'missingRecommendation',
      itemIds: without.map((item) => item.itemId),
      message: t('missingRecommendation', { items: without.map((item) => item.label).join(', ') }),
    },
  ];
}

/** Items whose ticked components give another score than the one set. */
function componentMismatchWarnings({ review, scale, scores, t, labelOf }: ReportContext): ReportWarning[] {
  const mismatched = scale.items.filter((item) => {
    const recorded = review.items[item.id]?.components;
    const score = scores[item.id];
    if (
      item.kind !== 'components' ||
      !item.scoreForComponentCount ||
      !recorded ||
      recorded.length === 0 ||
      score == null
    )
      return false;
    const expected = item.scoreForComponentCount[recorded.filter(Boolean).length];
    return expected !== undefined && expected !== score;
  });
  if (mismatched.length === 0) return [];
  return [
    {
      code: 'componentMismatch',
      itemIds: mismatched.map((item) => item.id),
      message: t('componentMismatch', { items: mismatched.map(labelOf).join(', ') }),
    },
  ];
}

function suggestionPendingWarnings({ review, scale, language, t, labelOf }: ReportContext): ReportWarning[] {
  const pending = pendingSuggestions(review, scale);
  if (pending.length === 0) return [];
  const items = pending.map((id) => labelOf(scale.items.find((item) => item.id === id)!));
  return [
    {
      code: 'suggestionPending',
      itemIds: pending,
      message: t('suggestionPending', {
        count:
          language === 'nb'
            ? countOf(pending.length, 'nb', 'forslag', 'forslag')
            : countOf(pending.length, 'en', 'suggestion', 'suggestions'),
        are: plural(pending.length, 'is', 'are'),
        do: plural(pending.length, 'does', 'do'),
        items: items.join(', '),
      }),
    },
  ];
}

/** Names from the roster found in an item's comments or recommendations (anonymity check). */
function possibleNameWarnings({ review, options, scale, t, labelOf }: ReportContext): ReportWarning[] {
  if (!options.roster || options.roster.length === 0) return [];
  const patterns = namePatterns(options.roster);
  const found = new Set<string>();
  const itemIds: string[] = [];
  for (const item of scale.items) {
    const record = review.items[item.id];
    if (!record) continue;
    const texts = [record.evidence, record.recommendation];
    let hit = false;
    for (const { name, pattern } of patterns) {
      if (texts.some((value) => pattern.test(value))) {
        found.add(name);
        hit = true;
      }
    }
    if (hit) itemIds.push(item.id);
  }
  if (itemIds.length === 0) return [];
  const labels = itemIds.map((id) => labelOf(scale.items.find((item) => item.id === id)!));
  return [
    {
      code: 'possibleName',
      itemIds,
      message: t('possibleName', { names: [...found].join(', '), items: labels.join(', ') }),
    },
  ];
}

/** Values the evaluators marked as not personal data, listed so the reader knows they were let through. */
function notPersonalDataWarnings({ review, scale, language, t }: ReportContext): ReportWarning[] {
  const marks = review.notPersonalData ?? [];
  if (marks.length === 0) return [];
  const listed = marks.map((mark) => {
    const values = {
      value: mark.value,
      field: privacyFieldLabel(mark.field, scale)[language],
      date: formatDate(mark.markedAt, language),
    };
    return t(mark.value === '' ? 'notPersonalDataColumn' : 'notPersonalDataMark', values);
  });
  return [{ code: 'notPersonalData', itemIds: [], message: t('notPersonalData', { marks: listed.join('; ') }) }];
}

/** The level bands under the score sheet, the total's band marked current. */
function levelBands({ scale, language }: ReportContext, total: number | null): ReportLevelBand[] {
  return scale.levels.map((level) => ({
    name: level.name[language],
    min: level.min,
    max: level.max,
    range: level.min <= scale.items.length ? `${level.max} ${label('orLess', language)}` : `${level.min}–${level.max}`,
    current: total !== null && total >= level.min && total <= level.max,
  }));
}

/** "103 av 125 – God kvalitet" / "103 of 125 – Good fidelity"; "–" while incomplete. */
export function totalLine(report: Report): string {
  const { total, maximum, level } = report.total;
  if (total === null) return `– ${label('of', report.language)} ${maximum}`;
  return `${total} ${label('of', report.language)} ${maximum}${level ? ` – ${level.name}` : ''}`;
}

/** A section mean as the report prints it ("3,5"). */
export function meanText(mean: number | null, language: Language): string {
  return mean === null ? '–' : formatNumber(mean, language);
}
