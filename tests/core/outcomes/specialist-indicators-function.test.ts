/**
 * SPECIALIST_INDICATORS: per specialist the job starts, the share of the caseload employed and the
 * manual's action from Organisasjon 5 [000:4491–4505], spilled one row per specialist; count form
 * (single cells) and list form (ranges), every error named.
 */
import { describe, expect, it } from 'vitest';
import type { CellArg } from '../../../src/core/cells';
import { IpsError, type IpsErrorCode } from '../../../src/core/errors';
import { FUNCTIONS, FUNCTION_LIST } from '../../../src/core/functions/table';
import { SUPERVISOR_STATUS_TEXT } from '../../../src/core/outcomes/specialist-indicators';

const FN = FUNCTIONS.SPECIALIST_INDICATORS!;
const col = (...cells: CellArg[]) => cells.map((cell) => [cell]) as CellArg;

function errorOf(call: () => unknown): { code: IpsErrorCode; message: string } {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(IpsError);
    return { code: (error as IpsError).code, message: (error as IpsError).message };
  }
  throw new Error('expected an error');
}

describe('SPECIALIST_INDICATORS in the function table', () => {
  it('is listed once, with the four record ranges and the language', () => {
    expect(FUNCTION_LIST.filter((spec) => spec.name === 'SPECIALIST_INDICATORS')).toHaveLength(1);
    expect(FN.parameters.map((p) => [p.name, p.rows ?? '', p.optional ?? false])).toEqual([
      ['specialist', 'records', false],
      ['job_starts', 'records', false],
      ['caseload', 'records', false],
      ['employed', 'records', false],
      ['language', '', true],
    ]);
    expect(FN.result.dimensionality).toBe('matrix');
  });
});

describe('SPECIALIST_INDICATORS, count form (one specialist in single cells)', () => {
  it('meets the goals at exactly 3 job starts and 45 % employed', () => {
    expect(FN.invoke('AB', 3, 20, 9)).toEqual([['AB', 3, 0.45, SUPERVISOR_STATUS_TEXT.met.nb]]);
    expect(FN.invoke('AB', 3, 20, 9, 'en')).toEqual([['AB', 3, 0.45, 'Goals met: field mentoring each quarter']]);
  });

  it('never rounds up: 44.9 % is keep watch, 39.9 % monthly field mentoring', () => {
    expect(FN.invoke('AB', 4, 1000, 449, 'en')).toEqual([['AB', 4, 0.449, 'Below 45 % employed: keep watch']]);
    expect(FN.invoke('AB', 4, 1000, 399, 'en')).toEqual([['AB', 4, 0.399, 'Monthly field mentoring']]);
    expect(FN.invoke('AB', 4, 1000, 400, 'en')).toEqual([['AB', 4, 0.4, 'Below 45 % employed: keep watch']]);
  });

  it('asks for monthly field mentoring under three job starts, whatever the share', () => {
    expect(FN.invoke([['AB']], [[2]], [[10]], [[9]])).toEqual([['AB', 2, 0.9, 'Månedlig feltveiledning']]);
  });

  it('leaves the share empty for an empty caseload and says so', () => {
    expect(FN.invoke('AB', 3, 0, 0, 'en')).toEqual([['AB', 3, '', 'No one in the caseload']]);
    expect(FN.invoke('AB', 0, 0, 0, 'en')).toEqual([['AB', 0, '', 'Monthly field mentoring']]);
  });
});

describe('SPECIALIST_INDICATORS, list form (one row per specialist)', () => {
  it('spills one row per specialist in the order given, skipping blank rows (null, "" and all-0 rows)', () => {
    const result = FN.invoke(
      col('AB', null, 'CD', '', 0, 'EF'),
      col(3, null, 1, '', 0, 5),
      col(20, null, 10, '', 0, 12),
      col(9, null, 6, '', 0, 5),
      'en',
    );
    expect(result).toEqual([
      ['AB', 3, 0.45, 'Goals met: field mentoring each quarter'],
      ['CD', 1, 0.6, 'Monthly field mentoring'],
      ['EF', 5, 5 / 12, 'Below 45 % employed: keep watch'],
    ]);
  });

  it('reads ranges given as rows as well as columns', () => {
    expect(FN.invoke([['AB', 'CD']], [[3, 3]], [[10, 10]], [[5, 3]], 'en')).toEqual([
      ['AB', 3, 0.5, 'Goals met: field mentoring each quarter'],
      ['CD', 3, 0.3, 'Monthly field mentoring'],
    ]);
  });
});

describe('SPECIALIST_INDICATORS errors name the argument, the row and what was expected', () => {
  it.each<[string, CellArg[], IpsErrorCode, string]>([
    [
      'a blank job starts cell',
      [col('AB', 'CD'), col(3, null), col(10, 10), col(5, 5)],
      'invalidValue',
      "argument 'job_starts' row 2: expected a whole number of job starts in the quarter ≥ 0, the cell is blank",
    ],
    [
      'a count written as text',
      [col('AB'), col(3), col('20'), col(5)],
      'invalidValue',
      'argument \'caseload\' row 1: expected a whole number of participants in the caseload ≥ 0, got text "20"',
    ],
    [
      'a negative count',
      ['AB', 3, 10, -1],
      'invalidNumber',
      "argument 'employed' row 1: expected a whole number of participants in competitive work ≥ 0, got -1",
    ],
    [
      'a fraction of a job start',
      ['AB', 2.5, 10, 1],
      'invalidNumber',
      "argument 'job_starts' row 1: expected a whole number of job starts in the quarter ≥ 0, got 2.5",
    ],
    [
      'more employed than in the caseload',
      ['AB', 3, 10, 11],
      'invalidNumber',
      "argument 'employed' row 1: 11 in competitive work is more than the caseload of 10; expected at most 10",
    ],
    [
      'counts without a specialist',
      [col('AB', null), col(3, 4), col(10, 10), col(5, 5)],
      'invalidValue',
      "argument 'specialist' row 2: expected the specialist's code, the cell is blank but 'job_starts' has a number",
    ],
    [
      'a specialist listed twice',
      [col('AB', 'ab '), col(3, 4), col(10, 10), col(5, 5)],
      'invalidValue',
      'argument \'specialist\' row 2: "ab" is listed on row 1 too; give one row per specialist',
    ],
    [
      'a logical as the specialist',
      [true, 3, 10, 5],
      'invalidValue',
      "argument 'specialist' row 1: expected the specialist's code as text",
    ],
    [
      'ranges of different sizes',
      [col('AB', 'CD'), col(3, 4), col(10), col(5, 5)],
      'invalidValue',
      "argument 'caseload' has 1 rows but 'specialist' has 2",
    ],
    [
      'a 2-D range',
      [
        [
          ['AB', 'CD'],
          ['EF', 'GH'],
        ],
        3,
        10,
        5,
      ],
      'invalidValue',
      "argument 'specialist': expected a single column or row",
    ],
    [
      'a skipped argument, as one blank cell',
      ['AB', null, 10, 5],
      'invalidValue',
      "argument 'job_starts' row 1: expected a whole number of job starts in the quarter ≥ 0, the cell is blank",
    ],
    [
      'a skipped argument beside ranges',
      [col('AB', 'CD'), null, col(10, 10), col(5, 5)],
      'invalidValue',
      "argument 'job_starts' has 1 rows but 'specialist' has 2",
    ],
    ['only blank rows', [col(null, ''), col(null, ''), col(null, ''), col(null, '')], 'notAvailable', 'no specialist'],
    ['an unknown language', ['AB', 3, 10, 5, 'de'], 'invalidValue', 'argument \'language\': expected "nb" or "en"'],
  ])('%s', (_name, args, code, message) => {
    const error = errorOf(() => FN.invoke(...args));
    expect(error.code).toBe(code);
    expect(error.message).toContain(message);
  });
});
