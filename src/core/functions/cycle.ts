/**
 * Spreadsheet functions for the review cycle and the outcomes beside fidelity (issue 12):
 * NEXT_REVIEW (when the next review is due) and EMPLOYMENT_RATE (share employed, with its
 * benchmark band). The rules live in cycle/next-review.ts and outcomes/employment-rate.ts.
 */
import { IpsError, invalidValue, notAvailable } from '../errors';
import { nextReviewSerial } from '../cycle/next-review';
import { employmentRate, employmentRateReason, type EmploymentRate } from '../outcomes/employment-rate';
import type { Reason } from '../result';
import { maximumTotal, minimumTotal } from '../totals';
import {
  forEachParallelRow,
  isBlank,
  isOmitted,
  readDate,
  readLanguage,
  readNumber,
  scalar,
  toMatrix,
  yesNoReader,
  type CellArg,
  type CellResult,
} from '../cells';
import { LANGUAGE_PARAMETER, recordsParameter, scalarParameter } from '../items/shared/define';
import type { FunctionSpec } from './types';

function readTotal(arg: CellArg): number {
  const value = scalar(arg ?? null, 'total');
  if (isBlank(value))
    throw notAvailable(
      `argument 'total': the cell is blank, so the review is not scored yet and its next date is not known`,
    );
  const expected = `a whole total score from ${minimumTotal()} to ${maximumTotal()}`;
  return readNumber(
    value,
    { argument: 'total' },
    { min: minimumTotal(), max: maximumTotal(), integer: true, expected },
  );
}

export const NEXT_REVIEW: FunctionSpec = {
  name: 'NEXT_REVIEW',
  parameters: [scalarParameter('last_review'), scalarParameter('total')],
  result: { type: 'number', dimensionality: 'scalar', kind: 'date' },
  invoke: (lastReview, total) => {
    const last = readDate(scalar(lastReview ?? null, 'last_review'), { argument: 'last_review' });
    return nextReviewSerial(last, readTotal(total ?? null));
  },
};

/** What EMPLOYMENT_RATE returns. */
type RateOutput = 'rate' | 'band' | 'reason';

/** A Map, so a word such as "constructor" is not found on a prototype. */
const RATE_OUTPUT_WORDS: ReadonlyMap<string, RateOutput> = new Map<string, RateOutput>([
  ['rate', 'rate'],
  ['andel', 'rate'],
  ['metric', 'rate'],
  ['verdi', 'rate'],
  ['band', 'band'],
  ['nivå', 'band'],
  ['level', 'band'],
  ['reason', 'reason'],
  ['begrunnelse', 'reason'],
  ['explain', 'reason'],
]);

function readRateOutput(arg: CellArg): RateOutput {
  const value = scalar(arg ?? null, 'output');
  if (isOmitted(value) || isBlank(value)) return 'rate';
  const kind = typeof value === 'string' ? RATE_OUTPUT_WORDS.get(value.trim().toLowerCase()) : undefined;
  if (!kind) {
    throw invalidValue(
      `argument 'output': expected "rate", "band" or "reason" (andel, nivå, begrunnelse), got ${value instanceof Date ? 'a date' : JSON.stringify(value)}`,
    );
  }
  return kind;
}

const COUNT_RULE = { min: 0, integer: true } as const;

/** `served` when given (a blank cell is left out); undefined when omitted. */
function readServed(arg: CellArg): number | undefined {
  const value = scalar(arg ?? null, 'served');
  if (isOmitted(value) || isBlank(value)) return undefined;
  return readNumber(value, { argument: 'served' }, { ...COUNT_RULE, expected: 'a whole number of people served ≥ 0' });
}

/** The yes/no list form: one answer per participant served, blank rows left out. */
function countYesNo(arg: CellArg): { employed: number; served: number } {
  const read = yesNoReader('employed');
  let employed = 0;
  let served = 0;
  forEachParallelRow([{ argument: 'employed', arg }], (row, values) => {
    served++;
    if (read(values[0], row)) employed++;
  });
  return { employed, served };
}

/**
 * The counts from `employed` and `served`: a single number in `employed` is a count (then
 * `served` is required); a range, or one yes/no cell, lists one answer per participant (then
 * `served`, if given, must be the number of participants listed).
 */
function readCounts(employedArg: CellArg, servedArg: CellArg): EmploymentRate {
  const served = readServed(servedArg);
  const matrix = toMatrix(employedArg ?? null);
  const single = matrix.length === 1 && matrix[0]!.length === 1 ? matrix[0]![0] : undefined;
  const isCount =
    matrix.length === 1 &&
    matrix[0]!.length === 1 &&
    (typeof single === 'number' || (isBlank(single) && served !== undefined));
  if (isCount) {
    const employed = readNumber(
      single,
      { argument: 'employed' },
      { ...COUNT_RULE, expected: 'a whole number of people employed ≥ 0, or a range of yes/no per participant' },
    );
    if (served === undefined) {
      throw invalidValue(
        `argument 'served': required when 'employed' is a count (${employed}); give the number of people served`,
      );
    }
    return employmentRate(employed, served);
  }
  if (matrix.length === 0)
    throw invalidValue(
      `argument 'employed': expected a number of people employed, or a range of yes/no per participant`,
    );
  const counted = countYesNo(employedArg);
  if (served !== undefined && served !== counted.served) {
    throw invalidValue(
      `argument 'served': ${served}, but 'employed' lists ${counted.served} participants; leave 'served' out when 'employed' is a list of yes/no`,
    );
  }
  if (counted.served === 0) {
    throw new IpsError(
      'divisionByZero',
      `argument 'employed': no participant is listed (every row is blank), so there is no employment rate`,
    );
  }
  return employmentRate(counted.employed, counted.served);
}

function renderRate(
  result: EmploymentRate,
  output: RateOutput,
  language: 'nb' | 'en',
  notes: readonly Reason[],
): CellResult {
  if (output === 'rate') return result.rate;
  if (output === 'band') return result.band.label[language];
  return [employmentRateReason(result, language), ...notes.map((note) => note.text[language])].join(' ');
}

function invokeEmploymentRate(notes: readonly Reason[], ...args: CellArg[]): CellResult {
  const [employed, served, output, language] = args;
  const kind = readRateOutput(output ?? null);
  const lang = readLanguage(scalar(language ?? null, 'language'));
  return renderRate(readCounts(employed ?? null, served ?? null), kind, lang, notes);
}

export const EMPLOYMENT_RATE: FunctionSpec = {
  name: 'EMPLOYMENT_RATE',
  parameters: [
    recordsParameter('employed'),
    scalarParameter('served', true),
    scalarParameter('output', true),
    LANGUAGE_PARAMETER,
  ],
  result: { type: 'any', dimensionality: 'scalar' },
  invoke: (...args: CellArg[]) => invokeEmploymentRate([], ...args),
  invokeWithNotes: invokeEmploymentRate,
};

/** The cycle and outcome functions, in the order the function table lists them. */
export const CYCLE_FUNCTIONS: readonly FunctionSpec[] = [NEXT_REVIEW, EMPLOYMENT_RATE];
