import { describe, expect, it } from 'vitest';
import { FUNCTION_LIST } from '../../src/core/functions/table';
import { invokeSafely } from '../../src/core/functions/invoke';
import { DEFAULT_SCALE } from '../../src/core/scale/registry';
import {
  calculatorArgs,
  calculatorFor,
  emptyCalculatorInput,
  isMultiCellPaste,
  parseCellText,
  parsePasted,
  pasteIntoRows,
  runCalculator,
} from '../../src/ui/calculator';

describe('calculatorFor', () => {
  it('finds the function of each computable item and splits its inputs', () => {
    const spec = calculatorFor('staffing.caseload_size', FUNCTION_LIST)!;
    expect(spec.fn.name).toBe('CASELOAD');
    expect(spec.ranges.map((p) => p.name)).toEqual(['caseloads', 'fte', 'exclude']);
    expect(spec.scalars.map((p) => p.name)).toEqual(['no_individual_caseloads']);
    // output and language are the pane's, never the user's
    expect([...spec.ranges, ...spec.scalars].some((p) => p.name === 'output' || p.name === 'language')).toBe(false);
  });

  it('has a calculator for every item that has a function, and none for the others', () => {
    for (const item of DEFAULT_SCALE.items) {
      const hasFunction = FUNCTION_LIST.some((fn) => fn.itemId === item.id);
      expect(calculatorFor(item.id, FUNCTION_LIST) !== null).toBe(hasFunction);
    }
    expect(calculatorFor('no.such.item', FUNCTION_LIST)).toBeNull();
  });

  it('starts with an empty table of three rows', () => {
    const spec = calculatorFor('staffing.caseload_size', FUNCTION_LIST)!;
    expect(emptyCalculatorInput(spec)).toEqual({
      scalars: { no_individual_caseloads: '' },
      rows: [
        ['', '', ''],
        ['', '', ''],
        ['', '', ''],
      ],
    });
  });
});

describe('cell text', () => {
  it('reads numbers with decimal comma or point, percentages, logicals and dates', () => {
    expect(parseCellText('19')).toBe(19);
    expect(parseCellText(' 0,5 ')).toBe(0.5);
    expect(parseCellText('1.25')).toBe(1.25);
    expect(parseCellText('-3')).toBe(-3);
    expect(parseCellText('1 234')).toBe(1234);
    expect(parseCellText('70 %')).toBeCloseTo(0.7);
    expect(parseCellText('TRUE')).toBe(true);
    expect(parseCellText('usann')).toBe(false);
    expect(parseCellText('07.06.2025')).toBe('2025-06-07');
    expect(parseCellText('2025-06-07')).toBe('2025-06-07');
    expect(parseCellText('ja')).toBe('ja');
    expect(parseCellText('kassemedarbeider')).toBe('kassemedarbeider');
    expect(parseCellText('   ')).toBeNull();
  });

  it('parses pasted spreadsheet text', () => {
    expect(parsePasted('19\t1\n18\t0,5\n')).toEqual([
      ['19', '1'],
      ['18', '0,5'],
    ]);
    expect(parsePasted('a\r\nb')).toEqual([['a'], ['b']]);
    expect(isMultiCellPaste('19\n18')).toBe(true);
    expect(isMultiCellPaste('19\t1')).toBe(true);
    expect(isMultiCellPaste('19\n')).toBe(false);
    expect(isMultiCellPaste('19')).toBe(false);
  });

  it('pastes into the table from a cell, growing it and dropping extra columns', () => {
    const rows = [
      ['1', '', ''],
      ['2', '', ''],
    ];
    expect(pasteIntoRows(rows, 1, 1, '0,5\tja\tEXTRA\n1\n0,8', 3)).toEqual([
      ['1', '', ''],
      ['2', '0,5', 'ja'],
      ['', '1', ''],
      ['', '0,8', ''],
    ]);
    expect(rows).toEqual([
      ['1', '', ''],
      ['2', '', ''],
    ]);
  });
});

describe('runCalculator', () => {
  const caseload = calculatorFor('staffing.caseload_size', FUNCTION_LIST)!;

  it("gives the function's own score, metric and reason (the sample report's caseloads)", () => {
    const input = {
      scalars: {},
      rows: [
        ['19', '', ''],
        ['18', '', ''],
        ['19', '', ''],
      ],
    };
    const result = runCalculator(caseload, input, 'nb');
    const args = calculatorArgs(caseload, input, 'score', 'nb');
    expect(invokeSafely(caseload.fn, args)).toEqual({ ok: true, value: 5 });
    expect(result).toMatchObject({ ok: true, score: 5, metric: 18 });
    expect(result.ok && result.reason).toContain('18');
    const english = runCalculator(caseload, input, 'en');
    expect(english.ok && english.reason).toMatch(/clients/);
  });

  it('passes optional ranges left blank as omitted, and blank rows as blanks', () => {
    const input = {
      scalars: { no_individual_caseloads: '' },
      rows: [
        ['19', '', ''],
        ['', '', ''],
      ],
    };
    const args = calculatorArgs(caseload, input, 'metric', 'en');
    expect(args).toEqual([[[19], [null]], null, null, null, 'metric', 'en']);
  });

  it('uses FTE and reads decimal commas', () => {
    const result = runCalculator(
      caseload,
      {
        scalars: {},
        rows: [
          ['19', '1', ''],
          ['18', '0,5', ''],
        ],
      },
      'en',
    );
    expect(result).toMatchObject({ ok: true, score: 4, metric: 24 });
  });

  it("reports the function's error with its spreadsheet code", () => {
    const bad = runCalculator(caseload, { scalars: {}, rows: [['x', '', '']] }, 'en');
    expect(bad).toMatchObject({ ok: false, code: '#VALUE!' });
    expect(!bad.ok && bad.message).toContain("argument 'caseloads' row 1");
    const empty = runCalculator(caseload, emptyCalculatorInput(caseload), 'en');
    expect(empty).toMatchObject({ ok: false, code: '#N/A' });
  });

  it('scores job diversity from pasted job types like the sample report (9 of 11 → 81 %)', () => {
    const spec = calculatorFor('services.job_diversity', FUNCTION_LIST)!;
    const jobs = [
      'kasse',
      'kasse',
      'kasse',
      'renhold',
      'renhold',
      'renhold',
      'lager',
      'butikk',
      'kafé',
      'barnehage',
      'bilverksted',
    ];
    const rows = pasteIntoRows(emptyCalculatorInput(spec).rows, 0, 0, jobs.join('\n'), spec.ranges.length);
    const result = runCalculator(spec, { scalars: {}, rows }, 'nb');
    expect(result).toMatchObject({ ok: true, score: 4, metric: 81 });
  });
});
