/**
 * Supervisor indicators per employment specialist and quarter (issue 12), from the «Resultater»
 * table: job starts in the quarter and the share of the caseload in competitive work, against the
 * manual's thresholds in Organisasjon 5 (the supervisor's role). A specialist with at least three
 * job starts a quarter who keeps at least 45 % of the caseload employed needs field mentoring only
 * quarterly [000:4503–4505]; fewer than three job starts, or fewer than 40 % employed, calls for
 * monthly field mentoring [000:4491–4496]. The supervisor reviews these results with each
 * specialist every quarter and sets goals [000:4528–4540].
 */
import type { Language, Text } from '../text';
import {
  SUPERVISOR_STATUS_TEXT,
  SUPERVISOR_THRESHOLDS,
  supervisorStatus,
  type SupervisorStatus,
} from './supervisor-status';
import { formatRatePercent } from './employment-rate';
import type { ResultsRow } from './results-table';

export { SUPERVISOR_STATUS_TEXT, SUPERVISOR_THRESHOLDS, supervisorStatus, type SupervisorStatus };

export interface SpecialistIndicator {
  readonly service: string;
  readonly specialist: string;
  readonly quarter: string;
  readonly served: number;
  readonly employed: number;
  /** employed ÷ served, 0–1; null when no one is served. */
  readonly employedShare: number | null;
  readonly jobStarts: number | null;
  /** null when not known (no job starts given; no one served). */
  readonly meetsJobStarts: boolean | null;
  readonly meetsEmployedShare: boolean | null;
  readonly status: SupervisorStatus;
  /** «3 jobbstarter, 9 av 20 i arbeid (45,0 %): Mål nådd: …». */
  readonly text: Text;
}

function describe(row: ResultsRow, status: SupervisorStatus, language: Language): string {
  const starts =
    row.jobStarts === null
      ? []
      : language === 'nb'
        ? [`${row.jobStarts} ${row.jobStarts === 1 ? 'jobbstart' : 'jobbstarter'}`]
        : [`${row.jobStarts} job ${row.jobStarts === 1 ? 'start' : 'starts'}`];
  // An empty caseload is said once, by the status («Ingen i porteføljen»), unless job starts decide it.
  const share =
    row.served === 0
      ? status === 'noCaseload'
        ? []
        : [language === 'nb' ? 'ingen i porteføljen' : 'no one in the caseload']
      : language === 'nb'
        ? [`${row.employed} av ${row.served} i arbeid (${formatRatePercent(row.employed, row.served, 'nb')})`]
        : [`${row.employed} of ${row.served} employed (${formatRatePercent(row.employed, row.served, 'en')})`];
  return `${[...starts, ...share].join(', ')}: ${SUPERVISOR_STATUS_TEXT[status][language]}`;
}

/**
 * One indicator per row of the table that names a specialist (rows for the whole service are
 * left out), ordered by service, quarter and specialist.
 */
export function specialistIndicators(rows: readonly ResultsRow[]): SpecialistIndicator[] {
  return rows
    .filter((row) => row.specialist !== '')
    .map((row): SpecialistIndicator => {
      const status = supervisorStatus(row.jobStarts, row.employed, row.served);
      const { jobStartsPerQuarter, employedPercent } = SUPERVISOR_THRESHOLDS;
      return {
        service: row.service,
        specialist: row.specialist,
        quarter: row.quarter.id,
        served: row.served,
        employed: row.employed,
        employedShare: row.served > 0 ? row.employed / row.served : null,
        jobStarts: row.jobStarts,
        meetsJobStarts: row.jobStarts === null ? null : row.jobStarts >= jobStartsPerQuarter,
        meetsEmployedShare: row.served > 0 ? row.employed * 100 >= employedPercent * row.served : null,
        status,
        text: { nb: describe(row, status, 'nb'), en: describe(row, status, 'en') },
      };
    })
    .sort(
      (a, b) =>
        a.service.localeCompare(b.service, 'nb') ||
        a.quarter.localeCompare(b.quarter) ||
        a.specialist.localeCompare(b.specialist, 'nb'),
    );
}

/** One service's specialists in its last quarter with per-specialist rows. */
export interface LatestIndicators {
  readonly service: string;
  readonly quarter: string;
  readonly indicators: readonly SpecialistIndicator[];
}

/**
 * Per service (name order) its last quarter's indicators — the quarter the supervisor reviews with
 * each specialist now [000:4528–4540]. With `service`, only that service (case and spaces aside);
 * services without per-specialist rows are left out.
 */
export function latestIndicators(indicators: readonly SpecialistIndicator[], service?: string): LatestIndicators[] {
  const key = (name: string) => name.trim().toLocaleLowerCase('nb');
  const wanted = service === undefined ? undefined : key(service);
  const byService = new Map<string, SpecialistIndicator[]>();
  for (const indicator of indicators) {
    if (wanted !== undefined && key(indicator.service) !== wanted) continue;
    byService.set(indicator.service, [...(byService.get(indicator.service) ?? []), indicator]);
  }
  return [...byService.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'nb'))
    .map(([name, rows]) => {
      const quarter = rows.reduce((last, row) => (row.quarter > last ? row.quarter : last), '');
      return { service: name, quarter, indicators: rows.filter((row) => row.quarter === quarter) };
    });
}
