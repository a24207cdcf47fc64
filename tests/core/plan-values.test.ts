/**
 * What a plan cell means (src/core/workbook/plan.ts): a string is always literal text, a formula is
 * marked (PlanFormula), a date is its serial day number; and conflicts compare them as a host
 * reads them back.
 */
import { describe, expect, it } from 'vitest';
import {
  dateValue,
  findConflicts,
  formula,
  isoDateSerial,
  isPlanFormula,
  planCellText,
  type SheetPlan,
} from '../../src/core/workbook/plan';
import { isRawFormula, rawAsRead, rawFromPlan, rawLiteral } from '../../src/preview/engine/raw-cell';

const plan = (values: SheetPlan['blocks'][number]['values']): SheetPlan => ({
  sheet: 'S',
  blocks: [{ row: 0, column: 0, values }],
});

describe('plan values', () => {
  it('marks formulas as plain objects that survive JSON, and refuses formula text without "="', () => {
    const total = formula('=SUM(A1:A3)');
    expect(isPlanFormula(total)).toBe(true);
    expect(isPlanFormula(JSON.parse(JSON.stringify(total)))).toBe(true);
    expect(planCellText(total)).toBe('=SUM(A1:A3)');
    for (const text of ['=1+1', '+cmd', '@SUM(1)', "'x", '']) expect(isPlanFormula(text), text).toBe(false);
    expect(() => formula('SUM(A1)')).toThrow(/starts with "="/);
    expect(() => formula('=')).toThrow();
  });

  it('writes an ISO date as its serial day number, and any other text as it is', () => {
    expect(dateValue('2025-06-07')).toBe(45815);
    expect(isoDateSerial('2025-02-30')).toBeNull();
    expect(dateValue('2025-02-30')).toBe('2025-02-30');
    expect(dateValue('=TODAY()')).toBe('=TODAY()');
  });

  it('compares a planned formula with the formula text a host reads back', () => {
    expect(findConflicts(plan([[formula('=SUM(A1:A3)')]]), [['=SUM(A1:A3)']])).toEqual([]);
    expect(findConflicts(plan([[formula('=SUM(A1:A3)')]]), [['=SUM(A1:A4)']])).toHaveLength(1);
    expect(findConflicts(plan([['=1+1']]), [['=1+1']])).toEqual([]);
    expect(findConflicts(plan([['=1+1']]), [[2]])).toMatchObject([{ address: 'A1', existing: 2, planned: '=1+1' }]);
  });

  it('takes a date read back as ISO text (Sheets) or as its serial (Excel, preview) as the date planned', () => {
    expect(findConflicts(plan([[dateValue('2025-06-07')]]), [['2025-06-07']])).toEqual([]);
    expect(findConflicts(plan([[dateValue('2025-06-07')]]), [[45815]])).toEqual([]);
    expect(findConflicts(plan([[dateValue('2025-06-07')]]), [['2025-06-08']])).toHaveLength(1);
  });
});

describe('raw cells (preview workbook and formula engine)', () => {
  it('holds text that looks like a formula behind a quote prefix, and a marked formula as its text', () => {
    expect(rawFromPlan('=1+1')).toBe("'=1+1");
    expect(rawFromPlan("'x")).toBe("''x");
    expect(rawFromPlan('+cmd')).toBe('+cmd');
    expect(rawFromPlan(formula('=1+1'))).toBe('=1+1');
    expect(rawFromPlan('')).toBeNull();
    expect(rawFromPlan(7)).toBe(7);
    expect(isRawFormula("'=1+1")).toBe(false);
    expect(isRawFormula('=1+1')).toBe(true);
    expect(rawLiteral("'=1+1")).toBe('=1+1');
    expect(rawLiteral("''x")).toBe("'x");
    expect(rawAsRead("'=1+1")).toBe('=1+1');
    expect(rawAsRead('=1+1')).toBe('=1+1');
    expect(rawAsRead(null)).toBe('');
  });
});
