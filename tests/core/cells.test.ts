/**
 * The cell readers the list functions share: blanks, one-column views of ranges, parallel
 * ranges, memoised yes/no columns, and the one reader of percentage columns used by
 * VOCATIONAL_TIME (Bemanning 2) and COMMUNITY_TIME (Tjenester 13).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IpsError, type IpsErrorCode } from '../../src/core/errors';
import {
  columnRows,
  forEachParallelRow,
  isBlank,
  list,
  parallelColumns,
  parallelRows,
  readPercentColumn,
  readYesNo,
  yesNoReader,
  type CellArg,
  type CellMatrix,
  type CellValue,
} from '../../src/core/cells';

function caught(run: () => unknown): IpsError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(IpsError);
    return error as IpsError;
  }
  throw new Error('expected an IpsError');
}

function expectIpsError(run: () => unknown, code: IpsErrorCode, ...fragments: string[]): IpsError {
  const error = caught(run);
  expect(error.code, error.message).toBe(code);
  for (const fragment of fragments) expect(error.message).toContain(fragment);
  return error;
}

const col = (...values: CellValue[]): CellValue[][] => values.map((value) => [value]);

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.double(),
  fc.integer({ min: -3, max: 120 }),
  fc.string({ maxLength: 6 }),
  fc.constantFrom<CellValue>(
    'ja',
    'nei',
    'x',
    'TRUE',
    'Yes',
    '1',
    '0',
    ' ',
    '\u00a0',
    '\t',
    '\ufeff',
    'kanskje',
    1,
    0,
    2,
    true,
    false,
    null,
    undefined,
    '',
  ),
  fc.date(),
);

describe('isBlank', () => {
  it('null, undefined and text of spaces only (any Unicode white space) are blank; nothing else is', () => {
    for (const value of [null, undefined, '', ' ', '   ', '\t', '\n', '\u00a0', '\u2003', '\ufeff', ' \u00a0 '])
      expect(isBlank(value), JSON.stringify(value)).toBe(true);
    for (const value of [0, NaN, false, 'a', ' a', 'a ', '0', '\u00e6', new Date(0)])
      expect(isBlank(value as CellValue), String(value)).toBe(false);
  });

  it('for any text: blank exactly when trimming leaves nothing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 6 }),
          fc.string({ unit: 'binary', maxLength: 4 }),
          fc.constantFrom(' ', '\u00a0x', '\u2028', '~', '\u007f'),
        ),
        (text) => {
          expect(isBlank(text)).toBe(text.trim() === '');
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('columnRows and parallelColumns', () => {
  it('a column is used as it is; a row becomes rows of one cell; an omitted argument is empty', () => {
    const column = col(1, 2, 3);
    expect(columnRows(column, 'a')).toBe(column);
    expect(columnRows([[1, 2, 3]], 'a')).toEqual(col(1, 2, 3));
    expect(columnRows([[7]], 'a')).toEqual([[7]]);
    expect(columnRows(7, 'a')).toEqual([[7]]);
    expect(columnRows(null, 'a')).toEqual([]);
    expect(columnRows([], 'a')).toEqual([]);
  });

  it('a 2-D range is #VALUE! naming the argument, as list says', () => {
    const range = [
      [1, 2],
      [3, 4],
    ];
    const error = expectIpsError(() => columnRows(range, 'caseloads'), 'invalidValue', "argument 'caseloads'", '2×2');
    expect(error.message).toBe(caught(() => list(range, 'caseloads')).message);
  });

  it('the same cells as list, for any range', () => {
    const range = fc.array(fc.array(cell, { minLength: 0, maxLength: 3 }), { maxLength: 5 });
    fc.assert(
      fc.property(range, (matrix) => {
        let expected: CellValue[] | string;
        try {
          expected = list(matrix, 'r');
        } catch (error) {
          expected = (error as Error).message;
        }
        let actual: CellValue[] | string;
        try {
          actual = columnRows(matrix, 'r').map((row) => row[0]);
        } catch (error) {
          actual = (error as Error).message;
        }
        expect(actual).toEqual(expected);
      }),
    );
  });

  it('parallelColumns: one column per range (undefined when omitted), sizes checked as forEachParallelRow does', () => {
    const { cells, count } = parallelColumns([
      { argument: 'a', arg: col(1, 2) },
      { argument: 'b', arg: null },
      { argument: 'c', arg: [['x', 'y']] },
    ]);
    expect(count).toBe(2);
    expect(cells[0]).toEqual(col(1, 2));
    expect(cells[1]).toBeUndefined();
    expect(cells[2]).toEqual(col('x', 'y'));
    expect(parallelColumns([{ argument: 'a', arg: null }]).count).toBe(0);
    expectIpsError(
      () =>
        parallelColumns([
          { argument: 'a', arg: col(1, 2) },
          { argument: 'b', arg: col(1) },
        ]),
      'invalidValue',
      "argument 'b' has 1 rows but 'a' has 2: the ranges must be the same size",
    );
  });

  it('forEachParallelRow and parallelRows skip rows blank in every range, and agree', () => {
    const ranges = [
      { argument: 'a', arg: col(1, null, '', 4) as CellArg },
      { argument: 'b', arg: null as CellArg },
      { argument: 'c', arg: col('x', null, ' ', null) as CellArg },
    ];
    const visited: [number, CellValue[]][] = [];
    forEachParallelRow(ranges, (row, values) => visited.push([row, [...values]]));
    expect(visited).toEqual([
      [1, [1, undefined, 'x']],
      [4, [4, undefined, null]],
    ]);
    expect(parallelRows(ranges).map(({ row, values }) => [row, values])).toEqual(visited);
  });
});

describe('yesNoReader', () => {
  it('answers exactly as readYesNo, errors included, for any cell, also when a text repeats', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 12 }), (cells) => {
        const read = yesNoReader('flags');
        for (const [index, value] of [...cells, ...cells].entries()) {
          const row = index + 1;
          let expected: boolean | string;
          try {
            expected = readYesNo(value, { argument: 'flags', row });
          } catch (error) {
            expected = (error as Error).message;
          }
          let actual: boolean | string;
          try {
            actual = read(value, row);
          } catch (error) {
            actual = (error as Error).message;
          }
          expect(actual).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('readPercentColumn — the one reader of percentages (VOCATIONAL_TIME, COMMUNITY_TIME)', () => {
  const read = (cells: CellMatrix, unit?: 'percent' | 'fraction', excluded?: (index: number) => boolean) =>
    readPercentColumn(cells, 'pct', unit, 'specialists', excluded);
  const values = (cells: CellMatrix, unit?: 'percent' | 'fraction') => {
    const column = read(cells, unit);
    return { values: [...column.values], rows: [...column.rows], unit: column.unit, inferred: column.inferred };
  };

  it('80 typed or 80 % formatted (0.8): values above 1 mean percent, values all from 0 to 1 mean fractions', () => {
    expect(values(col(80, 100, 95))).toEqual({
      values: [80, 100, 95],
      rows: [1, 2, 3],
      unit: 'percent',
      inferred: true,
    });
    expect(values(col(0.8, 1, 0.95))).toEqual({
      values: [0.8, 1, 0.95],
      rows: [1, 2, 3],
      unit: 'fraction',
      inferred: true,
    });
    expect(values(col(0, 0))).toMatchObject({ unit: 'fraction' });
    expect(values(col(0, 50))).toMatchObject({ unit: 'percent' });
    expect(values(col(0, 0.5))).toMatchObject({ unit: 'fraction' });
  });

  it('blank cells are skipped and the rows kept; a given unit is used as given', () => {
    expect(values(col(null, 80, '', ' ', 90))).toEqual({
      values: [80, 90],
      rows: [2, 5],
      unit: 'percent',
      inferred: true,
    });
    expect(values(col(0.5, 1), 'percent')).toEqual({
      values: [0.5, 1],
      rows: [1, 2],
      unit: 'percent',
      inferred: false,
    });
    expect(values(col(0.5, 1), 'fraction')).toMatchObject({ unit: 'fraction', inferred: false });
  });

  it('a mix without a unit: #VALUE! naming the argument, the two rows and what to do', () => {
    const error = expectIpsError(
      () => read(col(null, 0.8, 100)),
      'invalidValue',
      "argument 'pct'",
      'row 2 holds 0.8 but row 3 holds 100',
    );
    expect(error.message).toContain('write them all the same way');
    expect(error.message).toContain(`give 'unit' as "percent" (80 = 80 %) or "fraction" (0.8 = 80 %)`);
    expect(() => read(col(0.8, 100), 'percent')).not.toThrow();
  });

  it('out of range for the unit → #NUM! with the row; negative → #NUM!; text, logicals, dates → #VALUE!', () => {
    expectIpsError(
      () => read(col(50, 101)),
      'invalidNumber',
      "argument 'pct' row 2",
      'a percent from 0 to 100, got 101',
    );
    expectIpsError(
      () => read(col(0.5, 50), 'fraction'),
      'invalidNumber',
      "argument 'pct' row 2",
      'a fraction from 0 to 1, got 50',
    );
    expectIpsError(() => read(col(50, -1)), 'invalidNumber', "argument 'pct' row 2");
    expectIpsError(() => read(col(50, Infinity)), 'invalidNumber', "argument 'pct' row 2");
    expectIpsError(() => read(col(50, NaN)), 'invalidNumber', "argument 'pct' row 2");
    expectIpsError(() => read(col(50, '55 %')), 'invalidValue', "argument 'pct' row 2", 'text "55 %"');
    expectIpsError(() => read(col(50, true)), 'invalidValue', "argument 'pct' row 2");
    expectIpsError(() => read(col(new Date(2024, 0, 1))), 'invalidValue', "argument 'pct' row 1");
  });

  it('nothing left → #N/A; excluded rows are asked for in order, counted and not read', () => {
    expectIpsError(
      () => read(col(null, '')),
      'notAvailable',
      "argument 'pct': no specialists to score (the range is empty)",
    );
    expectIpsError(() => read([]), 'notAvailable', "argument 'pct'");
    const asked: number[] = [];
    const column = read(col(90, 'not read', 80), undefined, (index) => {
      asked.push(index);
      return index === 1;
    });
    expect(asked).toEqual([0, 1, 2]);
    expect([...column.values]).toEqual([90, 80]);
    expect(column.excluded).toBe(1);
    expectIpsError(() => read(col(90), undefined, () => true), 'notAvailable', 'or every row is excluded');
  });

  it('for any numbers: fraction columns are 0–1, percent columns have a value above 1 and none above 100', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ min: 0, max: 120, noNaN: true }), fc.constantFrom(0, 1, 0.5, 100)), {
          minLength: 1,
          maxLength: 10,
        }),
        (numbers) => {
          let column;
          try {
            column = read(col(...numbers));
          } catch (error) {
            expect(error).toBeInstanceOf(IpsError);
            const small = numbers.some((n) => n > 0 && n <= 1);
            const large = numbers.some((n) => n > 1);
            const tooLarge = numbers.some((n) => n > 100);
            expect((small && large) || tooLarge).toBe(true);
            return;
          }
          if (column.unit === 'fraction') expect(numbers.every((n) => n <= 1)).toBe(true);
          else expect(numbers.some((n) => n > 1) && numbers.every((n) => n <= 100 && !(n > 0 && n <= 1))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
