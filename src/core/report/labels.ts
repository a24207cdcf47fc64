import type { Language, Text } from '../text';
import { TERMS } from '../i18n/terms';

/** Headings and fixed phrases of the report, as in the manual's sample report (nb) and in English. */
export const REPORT_LABELS = {
  title: { nb: 'IPS-evalueringsrapport', en: 'IPS fidelity review report' },
  date: TERMS.date,
  service: TERMS.site,
  team: TERMS.team,
  evaluators: { nb: `Fra (${TERMS.raters.nb.toLowerCase()})`, en: `From (${TERMS.raters.en.toLowerCase()})` },
  reviewId: TERMS.reviewId,
  purpose: { nb: 'Formål', en: 'Purpose' },
  result: { nb: 'Resultat', en: 'Result' },
  total: TERMS.total,
  level: TERMS.level,
  of: { nb: 'av', en: 'of' },
  section: TERMS.section,
  sum: { nb: 'Sum', en: 'Sum' },
  mean: TERMS.mean,
  previousTotal: { nb: 'Forrige evaluering', en: 'Previous review' },
  change: TERMS.change,
  summary: { nb: 'Oppsummering', en: 'Summary' },
  strengths: {
    nb: 'Sterke sider og positive endringer siden forrige evaluering',
    en: 'Strengths and positive changes since the previous review',
  },
  strengthsBaseline: { nb: 'Sterke sider', en: 'Strengths' },
  priorities: { nb: 'Noen forbedringsområder', en: 'Some areas for improvement' },
  noStrengths: {
    nb: 'Ingen punkter har skår 5 eller har økt siden forrige evaluering.',
    en: 'No item scores 5 or has risen since the previous review.',
  },
  noPriorities: { nb: 'Alle punkter har skår 5.', en: 'Every item scores 5.' },
  reportBody: { nb: 'IPS-EVALUERINGSRAPPORT', en: 'IPS FIDELITY REVIEW' },
  rating: { nb: 'Gradering', en: 'Rating' },
  sources: TERMS.sources,
  components: { nb: 'Komponenter', en: 'Components' },
  comments: TERMS.comments,
  recommendations: TERMS.recommendations,
  noScore: { nb: 'Ikke skåret', en: 'Not scored' },
  previousScore: { nb: 'Forrige evaluering', en: 'Previous review' },
  heldConstant: { nb: 'Holdt konstant fra forrige evaluering.', en: 'Held constant from the previous review.' },
  corrections: { nb: 'Korrigerte skårer', en: 'Corrected scores' },
  correctedOn: { nb: 'Korrigert', en: 'Corrected' },
  scoreSheet: { nb: 'Skårskjema for IPS-kvalitetsskalaen', en: 'Score sheet for the IPS Fidelity Scale' },
  item: TERMS.item,
  criterionName: { nb: 'Evalueringspunkt', en: 'Criterion' },
  score: TERMS.score,
  levels: TERMS.levels,
  orLess: { nb: 'og mindre', en: 'or less' },
  warnings: { nb: 'Kontroll før rapporten sendes', en: 'Checks before the report is sent' },
  trend: TERMS.totalOverTime,
  present: { nb: 'oppfylt', en: 'met' },
  absent: { nb: 'ikke oppfylt', en: 'not met' },
} as const satisfies Record<string, Text>;

export type ReportLabelKey = keyof typeof REPORT_LABELS;

export function label(key: ReportLabelKey, language: Language): string {
  return REPORT_LABELS[key][language];
}

const MONTHS: Readonly<Record<Language, readonly string[]>> = {
  nb: [
    'januar',
    'februar',
    'mars',
    'april',
    'mai',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** "2025-06-07" → "7. juni 2025" (nb, as in the sample report) or "7 June 2025" (en). */
export function formatDate(iso: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[language][Number(match[2]) - 1] : undefined;
  if (!match || !month) return iso;
  const day = Number(match[3]);
  return language === 'nb' ? `${day}. ${month} ${match[1]}` : `${day} ${month} ${match[1]}`;
}

/** Replaces {name} placeholders. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
