/**
 * Results for the outcome-chart tests: six quarters of one service (rates across all four bands,
 * one just under a band edge) and four quarters of a second, as rows of «Resultater».
 */
import { readQuarter, type ResultsRow } from '../../../src/core/outcomes/results-table';
import { employmentSeries } from '../../../src/core/outcomes/employment-series';

export const OUTCOME_SERVICE = 'Fiktiv Organisasjon';

function row(service: string, quarter: string, served: number, employed: number): ResultsRow {
  return { service, quarter: readQuarter(quarter)!, specialist: '', served, employed, jobStarts: null };
}

/** served, employed per quarter: 25 %, 35 %, 40.96… % (under 41), 45 %, 52 %, 60 %. */
export const OUTCOME_QUARTERS = [
  ['2024-Q3', 40, 10],
  ['2024-Q4', 40, 14],
  ['2025-Q1', 83, 34],
  ['2025-Q2', 40, 18],
  ['2025-Q3', 50, 26],
  ['2025-Q4', 50, 30],
] as const;

export const OUTCOME_ROWS: readonly ResultsRow[] = [
  ...OUTCOME_QUARTERS.map(([quarter, served, employed]) => row(OUTCOME_SERVICE, quarter, served, employed)),
  ...(
    [
      ['2025-Q1', 20, 6],
      ['2025-Q2', 20, 8],
      ['2025-Q3', 20, 9],
      ['2025-Q4', 20, 11],
    ] as const
  ).map(([quarter, served, employed]) => row('Annen tjeneste', quarter, served, employed)),
];

export function outcomeSeries() {
  const all = employmentSeries(OUTCOME_ROWS);
  return {
    own: all.find((series) => series.service === OUTCOME_SERVICE)!,
    together: all.find((series) => series.service === '')!,
  };
}
