/**
 * The supervisor's thresholds per employment specialist and quarter, from the manual's
 * Organisasjon 5 (the supervisor's role) [000:4491–4505], and the action each result calls for.
 * Small on purpose: the spreadsheet function SPECIALIST_INDICATORS needs only this, and it is in
 * every custom-functions bundle; the pane's sentences are in specialist-indicators.ts.
 */
import type { Text } from '../text';

/** The thresholds as data, with the manual lines they come from. */
export const SUPERVISOR_THRESHOLDS = {
  /** At least three job starts per specialist per quarter [000:4503–4504]. */
  jobStartsPerQuarter: 3,
  /** At least 45 % of the caseload employed [000:4504–4505]. */
  employedPercent: 45,
  /** Below 40 % employed: monthly field mentoring [000:4494–4495]. */
  monthlyMentoringBelowPercent: 40,
} as const;

/**
 * - met: both thresholds met: quarterly field mentoring is enough [000:4503–4505];
 * - watch: job starts met, 40 % to under 45 % employed: the goal is not met, no monthly mentoring yet;
 * - monthlyMentoring: under three job starts or under 40 % employed [000:4491–4496];
 * - unknown: job starts not given and the share does not decide it;
 * - noCaseload: three or more job starts but no one in the caseload, so there is no share to judge.
 */
export type SupervisorStatus = 'met' | 'watch' | 'monthlyMentoring' | 'unknown' | 'noCaseload';

export const SUPERVISOR_STATUS_TEXT: Readonly<Record<SupervisorStatus, Text>> = {
  met: { nb: 'Mål nådd: feltveiledning hvert kvartal', en: 'Goals met: field mentoring each quarter' },
  watch: { nb: 'Under 45 % i arbeid: følg med', en: 'Below 45 % employed: keep watch' },
  monthlyMentoring: { nb: 'Månedlig feltveiledning', en: 'Monthly field mentoring' },
  unknown: { nb: 'Jobbstarter mangler', en: 'Job starts missing' },
  noCaseload: { nb: 'Ingen i porteføljen', en: 'No one in the caseload' },
};

/** The manual's action for one specialist's quarter; `jobStarts` null when not given. */
export function supervisorStatus(jobStarts: number | null, employed: number, served: number): SupervisorStatus {
  const { jobStartsPerQuarter, employedPercent, monthlyMentoringBelowPercent } = SUPERVISOR_THRESHOLDS;
  // Whole-number comparisons (employed × 100 against percent × served): no rounding decides.
  const belowMonthly = served > 0 && employed * 100 < monthlyMentoringBelowPercent * served;
  const meetsShare = served > 0 && employed * 100 >= employedPercent * served;
  if (belowMonthly || (jobStarts !== null && jobStarts < jobStartsPerQuarter)) return 'monthlyMentoring';
  if (jobStarts === null) return 'unknown';
  if (served === 0) return 'noCaseload';
  return meetsShare ? 'met' : 'watch';
}
