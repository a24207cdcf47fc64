import { invalidValue, notAvailable } from '../errors';
import { agreement, type AgreementResult } from '../review/agreement';
import { agreementOfColumns } from '../review/agreement-columns';
import type { Score } from '../scale/types';
import { toScore } from '../totals';
import { isBlank, isOmitted, list, scalar, type CellArg, type CellValue } from '../cells';
import { recordsParameter, scalarParameter } from '../items/shared/define';
import type { FunctionSpec } from './types';

/** Which number AGREEMENT returns. */
export type AgreementStatistic = 'exact' | 'kappa' | 'count' | 'pairs';

const STATISTIC_WORDS: Readonly<Record<string, AgreementStatistic>> = {
  exact: 'exact',
  eksakt: 'exact',
  enighet: 'exact',
  share: 'exact',
  andel: 'exact',
  kappa: 'kappa',
  weighted: 'kappa',
  vektet: 'kappa',
  count: 'count',
  antall: 'count',
  pairs: 'pairs',
  par: 'pairs',
  n: 'pairs',
};

function readStatistic(arg: CellArg): AgreementStatistic {
  const value = scalar(arg, 'statistic');
  if (isOmitted(value) || isBlank(value)) return 'exact';
  const statistic = typeof value === 'string' ? STATISTIC_WORDS[value.trim().toLowerCase()] : undefined;
  if (!statistic) {
    throw invalidValue(
      `argument 'statistic': expected "exact", "kappa", "count" or "pairs" (eksakt, kappa, antall, par), got ${JSON.stringify(value)}`,
    );
  }
  return statistic;
}

/** One rater's scores: blank cells are unscored items; anything else must be a whole score 1–5. */
function readRaterScores(arg: CellArg, argument: string): (Score | null)[] {
  if (isOmitted(arg)) throw invalidValue(`argument '${argument}': expected a range of scores 1–5`);
  return list(arg, argument).map((cell: CellValue, index) =>
    isBlank(cell) ? null : toScore(cell, `argument '${argument}' row ${index + 1}`),
  );
}

/** The two raters' cells read one by one, with a message for the first that is not a score. */
function readAgreement(rater1: CellArg, rater2: CellArg): AgreementResult {
  const a = readRaterScores(rater1, 'rater1');
  const b = readRaterScores(rater2, 'rater2');
  if (a.length !== b.length) {
    throw invalidValue(
      `argument 'rater2' has ${b.length} cells but 'rater1' has ${a.length}: the ranges must be the same size`,
    );
  }
  return agreement(a, b);
}

export const AGREEMENT: FunctionSpec = {
  name: 'AGREEMENT',
  parameters: [recordsParameter('rater1'), recordsParameter('rater2'), scalarParameter('statistic', true)],
  result: { type: 'number', dimensionality: 'scalar' },
  invoke: (rater1, rater2, statisticArg) => {
    const statistic = readStatistic(statisticArg ?? null);
    const result = agreementOfColumns(rater1 ?? null, rater2 ?? null) ?? readAgreement(rater1 ?? null, rater2 ?? null);
    if (statistic === 'pairs') return result.pairs;
    if (statistic === 'count') return result.agreements;
    if (result.pairs === 0) throw notAvailable(`arguments 'rater1' and 'rater2': no item has a score from both raters`);
    if (statistic === 'exact') return result.exact!;
    if (result.kappa === null) {
      throw notAvailable(
        `kappa is not defined: both raters gave every one of the ${result.pairs} items the same single score (exact agreement is 1); use statistic "exact"`,
      );
    }
    return result.kappa;
  },
};

/** Functions for the two-rater consensus work. The lead adds them to the function table. */
export const REVIEW_FUNCTIONS: FunctionSpec[] = [AGREEMENT];
