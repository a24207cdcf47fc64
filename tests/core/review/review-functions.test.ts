import { describe, expect, test } from 'vitest';
import { documented } from '../../../src/core/functions/help';
import { AGREEMENT, REVIEW_FUNCTIONS } from '../../../src/core/functions/review-functions';
import { invokeSafely } from '../../../src/core/functions/invoke';

const column = (...values: unknown[]) => values.map((value) => [value]) as never;

describe('AGREEMENT', () => {
  test('is in the table with nb and en descriptions for the function and every parameter', () => {
    expect(REVIEW_FUNCTIONS.map((spec) => spec.name)).toEqual(['AGREEMENT']);
    const help = documented(AGREEMENT);
    expect(help.description.nb).not.toBe('');
    expect(help.description.en).not.toBe('');
    expect(AGREEMENT.parameters.map((p) => [p.name, p.dimensionality, p.optional ?? false])).toEqual([
      ['rater1', 'matrix', false],
      ['rater2', 'matrix', false],
      ['statistic', 'scalar', true],
    ]);
    for (const parameter of help.parameters) {
      expect(parameter.description.nb).not.toBe('');
      expect(parameter.description.en).not.toBe('');
    }
  });

  const a = column(3, 4, 4, 5);
  const b = column(3, 4, 5, 5);

  test('exact by default, kappa, count, pairs (hand-computed values)', () => {
    expect(AGREEMENT.invoke(a, b)).toBe(0.75);
    expect(AGREEMENT.invoke(a, b, 'exact')).toBe(0.75);
    expect(AGREEMENT.invoke(a, b, 'kappa') as number).toBeCloseTo(0.8, 12);
    expect(AGREEMENT.invoke(a, b, ' Kappa ') as number).toBeCloseTo(0.8, 12);
    expect(AGREEMENT.invoke(a, b, 'count')).toBe(3);
    expect(AGREEMENT.invoke(a, b, 'antall')).toBe(3);
    expect(AGREEMENT.invoke(a, b, 'pairs')).toBe(4);
    expect(AGREEMENT.invoke(a, b, [['eksakt']] as never)).toBe(0.75);
  });

  test('blank cells are skipped pairwise; a row range works like a column', () => {
    expect(AGREEMENT.invoke(column(1, '', 3, 5, 2), column(2, 4, null, 5, 2), 'kappa') as number).toBeCloseTo(
      14 / 15,
      12,
    );
    expect(AGREEMENT.invoke([[3, 4, 4, 5]] as never, [[3, 4, 5, 5]] as never)).toBe(0.75);
  });

  test('typed errors naming the argument', () => {
    const call = (...args: unknown[]) => invokeSafely(AGREEMENT, args as never);
    expect(call(column(3, 'fire'), column(3, 4))).toMatchObject({
      ok: false,
      code: 'invalidValue',
      message: expect.stringContaining("argument 'rater1' row 2"),
    });
    expect(call(column(3, 4), column(3, 6))).toMatchObject({
      ok: false,
      code: 'invalidNumber',
      message: expect.stringContaining("argument 'rater2' row 2"),
    });
    expect(call(column(3, 4), column(3, 4.5))).toMatchObject({ ok: false, code: 'invalidNumber' });
    expect(call(column(3, 4), column(3, 4, 5))).toMatchObject({
      ok: false,
      code: 'invalidValue',
      message: expect.stringContaining('same size'),
    });
    expect(call(column(3, 4), column(3, 4), 'median')).toMatchObject({
      ok: false,
      code: 'invalidValue',
      message: expect.stringContaining("argument 'statistic'"),
    });
    expect(
      call(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [1, 2],
          [3, 4],
        ],
      ),
    ).toMatchObject({ ok: false, code: 'invalidValue', message: expect.stringContaining("argument 'rater1'") });
    expect(call(null, column(1))).toMatchObject({
      ok: false,
      code: 'invalidValue',
      message: expect.stringContaining("argument 'rater1'"),
    });
  });

  test('#N/A when nothing is paired, or kappa is not defined', () => {
    const call = (...args: unknown[]) => invokeSafely(AGREEMENT, args as never);
    expect(call(column(1, ''), column('', 2))).toMatchObject({
      ok: false,
      code: 'notAvailable',
      message: expect.stringContaining('no item has a score from both'),
    });
    expect(call(column(1, ''), column('', 2), 'pairs')).toEqual({ ok: true, value: 0 });
    expect(call(column(4, 4, 4), column(4, 4, 4))).toEqual({ ok: true, value: 1 });
    expect(call(column(4, 4, 4), column(4, 4, 4), 'kappa')).toMatchObject({
      ok: false,
      code: 'notAvailable',
      message: expect.stringContaining('kappa is not defined'),
    });
  });
});
