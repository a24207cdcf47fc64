/**
 * NEXT_REVIEW: 6 months after the last review while the total is below 100, 12 months from
 * «God kvalitet» (100) [000:10517–10521, 16550–16560], with the spreadsheet's EDATE semantics.
 */
import { describe, expect, it } from 'vitest';
import { addMonths, addMonthsIso, daysBetween } from '../../../src/core/cycle/dates';
import { REVIEW_INTERVALS, reviewIntervalMonths } from '../../../src/core/cycle/next-review';
import { IpsError, type IpsErrorCode } from '../../../src/core/errors';
import { serialToIso, type CellArg } from '../../../src/core/cells';
import { FUNCTIONS } from '../../../src/core/functions/table';
import { DEFAULT_SCALE } from '../../../src/core/scale/registry';
import { excelSerial, sheetsDate } from '../../shared/host-cases';

const NEXT_REVIEW = FUNCTIONS.NEXT_REVIEW!;
const next = (...args: CellArg[]) => serialToIso(NEXT_REVIEW.invoke(...args) as number);

function errorOf(call: () => unknown): { code: IpsErrorCode; message: string } {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(IpsError);
    return { code: (error as IpsError).code, message: (error as IpsError).message };
  }
  throw new Error('expected an error');
}

describe('addMonths (EDATE)', () => {
  it.each([
    ['2025-01-15', 6, '2025-07-15'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2025-03-31', 6, '2025-09-30'],
    ['2025-12-31', 12, '2026-12-31'],
    ['2025-07-31', 6, '2026-01-31'],
    ['2025-08-31', -6, '2025-02-28'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addMonthsIso(from, months)).toBe(expected);
    expect(serialToIso(addMonths(excelSerial(from), months))).toBe(expected);
  });

  it('is #NUM! past 9999-12-31', () => {
    expect(errorOf(() => addMonths(excelSerial('9999-07-01'), 6)).code).toBe('invalidNumber');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2025-01-01', '2025-03-01')).toBe(59);
    expect(daysBetween('2025-03-01', '2025-01-01')).toBe(-59);
  });
});

describe('the review interval', () => {
  it('is 6 months below 100 and 12 from 100, the lowest total of «God kvalitet»', () => {
    const good = DEFAULT_SCALE.levels.find((level) => level.name.nb === 'God kvalitet')!;
    expect(REVIEW_INTERVALS.goodFidelityFrom).toBe(good.min);
    expect(reviewIntervalMonths(99)).toBe(6);
    expect(reviewIntervalMonths(100)).toBe(12);
    expect(reviewIntervalMonths(25)).toBe(6);
    expect(reviewIntervalMonths(125)).toBe(12);
  });
});

describe('NEXT_REVIEW', () => {
  it('adds 6 months while the total is below 100 (31 August → 28 February)', () => {
    expect(next(excelSerial('2025-08-31'), 99)).toBe('2026-02-28');
    expect(next(excelSerial('2025-01-15'), 74)).toBe('2025-07-15');
  });

  it('adds 12 months from 100 (29 February 2024 → 28 February 2025)', () => {
    expect(next(excelSerial('2024-02-29'), 100)).toBe('2025-02-28');
    expect(next(excelSerial('2025-06-07'), 103)).toBe('2026-06-07');
  });

  it('returns an Excel serial day number and declares a date result', () => {
    expect(NEXT_REVIEW.invoke(excelSerial('2025-06-07'), 103)).toBe(excelSerial('2026-06-07'));
    expect(NEXT_REVIEW.result.kind).toBe('date');
  });

  it('reads the date as a serial with a time of day, a Date, a 1×1 range or yyyy-mm-dd text', () => {
    expect(next(excelSerial('2025-06-07') + 0.75, 80)).toBe('2025-12-07');
    expect(next(sheetsDate('2025-06-07'), 80)).toBe('2025-12-07');
    expect(next([[excelSerial('2025-06-07')]], [[80]])).toBe('2025-12-07');
    expect(next('2025-06-07', 80)).toBe('2025-12-07');
  });

  it('is #N/A for a blank total: the review is not scored yet', () => {
    for (const blank of [null, undefined, '', '  ']) {
      const error = errorOf(() => NEXT_REVIEW.invoke(excelSerial('2025-06-07'), blank));
      expect(error.code).toBe('notAvailable');
      expect(error.message).toContain("argument 'total'");
    }
  });

  it.each([[24], [126], [100.5], [-3], [Number.NaN]])('is #NUM! for the total %s', (total) => {
    const error = errorOf(() => NEXT_REVIEW.invoke(excelSerial('2025-06-07'), total));
    expect(error.code).toBe('invalidNumber');
    expect(error.message).toContain("argument 'total': expected a whole total score from 25 to 125");
  });

  it('is #VALUE! for a total written as text', () => {
    const error = errorOf(() => NEXT_REVIEW.invoke(excelSerial('2025-06-07'), '103'));
    expect(error).toEqual({
      code: 'invalidValue',
      message: `argument 'total': expected a whole total score from 25 to 125, got text "103"`,
    });
  });

  it.each([
    ['text', 'last June'],
    ['a blank cell', null],
    ['a logical', true],
    ['an invalid Date', new Date(Number.NaN)],
    ['an impossible ISO date', '2025-02-30'],
  ])('is #VALUE! when last_review is %s', (_, value) => {
    const error = errorOf(() => NEXT_REVIEW.invoke(value as CellArg, 103));
    expect(error.code).toBe('invalidValue');
    expect(error.message).toContain("argument 'last_review': expected a date");
  });

  it('is #NUM! for a date number outside the spreadsheet calendar', () => {
    expect(errorOf(() => NEXT_REVIEW.invoke(-5, 103)).code).toBe('invalidNumber');
  });
});
