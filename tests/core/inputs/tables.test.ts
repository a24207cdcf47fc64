import { describe, expect, it } from 'vitest';
import { DEFAULT_SCALE } from '../../../src/core/scale/registry';
import { formula, isPlanFormula, isoDateSerial, planBounds, planCellText } from '../../../src/core/workbook/plan';
import {
  CHART_REVIEW_CATEGORIES,
  CHART_REVIEW_TABLE,
  INPUT_TABLES,
  REVIEW_TABLE,
  STAFF_TABLE,
  TABLES,
  chartReviewCoverage,
  columnRange,
  inputSheetPlans,
  rowsBlock,
  tableSheetPlan,
  toSheetValue,
  type TypedValue,
} from '../../../src/core/inputs/tables';
import { LANGUAGES } from '../../../src/core/text';
import { tableFeeds } from '../../../src/core/inputs/wiring';

describe('the table registry', () => {
  it('has unique stable ids, sheet names and column ids', () => {
    expect(new Set(INPUT_TABLES.map((t) => t.id)).size).toBe(INPUT_TABLES.length);
    for (const language of LANGUAGES) {
      expect(new Set(INPUT_TABLES.map((t) => t.sheet[language])).size).toBe(INPUT_TABLES.length);
    }
    for (const table of INPUT_TABLES) {
      expect(TABLES[table.id]).toBe(table);
      expect(new Set(table.columns.map((c) => c.id)).size).toBe(table.columns.length);
      for (const key of table.keyColumns) expect(table.columns.some((c) => c.id === key)).toBe(true);
    }
  });

  it('has headers and help in both languages, and options for every list', () => {
    for (const table of INPUT_TABLES) {
      for (const column of table.columns) {
        for (const language of LANGUAGES) {
          expect(column.header[language].trim(), `${table.id}.${column.id}`).not.toBe('');
          expect(column.help[language].trim(), `${table.id}.${column.id}`).not.toBe('');
        }
        if (column.type === 'list' || column.type === 'yesno') expect(column.options?.length).toBeGreaterThan(1);
      }
    }
  });

  it('has list labels a spreadsheet list validation and a COUNTIFS criterion can hold', () => {
    for (const table of INPUT_TABLES) {
      for (const column of table.columns) {
        for (const option of column.options ?? []) {
          for (const language of LANGUAGES) {
            // commas split Excel list sources; * ? ~ are COUNTIFS wildcards; < > = are criterion operators
            expect(option.label[language], `${table.id}.${column.id}.${option.id}`).not.toMatch(/[,*?~<>=]/);
          }
        }
      }
    }
  });

  it('feeds only items of the scale', () => {
    const ids = new Set(DEFAULT_SCALE.items.map((item) => item.id));
    for (const table of INPUT_TABLES)
      for (const itemId of tableFeeds(table.id)) expect(ids.has(itemId), itemId).toBe(true);
  });

  it("names the manual's roles in both languages", () => {
    const role = STAFF_TABLE.columns.find((c) => c.id === 'role')!;
    expect(role.options!.map((o) => o.label.nb)).toEqual([
      'jobbspesialist',
      'erfaringskonsulent som jobbspesialist',
      'metodeveileder',
    ]);
    expect(role.options!.map((o) => o.label.en)).toEqual([
      'employment specialist',
      'peer specialist as employment specialist',
      'IPS supervisor',
    ]);
  });
});

describe('tableSheetPlan', () => {
  it('writes headers and a help row, freezes them and sizes every column', () => {
    for (const language of LANGUAGES) {
      for (const table of INPUT_TABLES) {
        const plan = tableSheetPlan(table, language);
        expect(plan.sheet).toBe(table.sheet[language]);
        expect(plan.frozenRows).toBe(2);
        const [headers, help] = plan.blocks[0]!.values;
        expect(headers).toEqual(table.columns.map((c) => c.header[language]));
        expect(help).toEqual(table.columns.map((c) => c.help[language]));
        expect(plan.columnWidths!.length).toBeGreaterThanOrEqual(table.columns.length);
      }
    }
  });

  it('validates lists, yes/no, whole numbers, decimals and dates over the data rows', () => {
    const plan = tableSheetPlan(STAFF_TABLE, 'nb');
    const role = plan.validations!.find((v) => v.range.column === 1)!;
    expect(role.range).toEqual({ row: 2, column: 1, rows: 1998, columns: 1 });
    expect(role.rule).toMatchObject({
      type: 'list',
      values: ['jobbspesialist', 'erfaringskonsulent som jobbspesialist', 'metodeveileder'],
    });
    expect(plan.extraValidations).toEqual([
      expect.objectContaining({
        range: expect.objectContaining({ column: 2 }),
        rule: expect.objectContaining({ type: 'decimal', min: 0, minExclusive: true, max: 1 }),
      }),
      expect.objectContaining({
        range: expect.objectContaining({ column: 3 }),
        rule: expect.objectContaining({ type: 'date' }),
      }),
      expect.objectContaining({
        range: expect.objectContaining({ column: 4 }),
        rule: expect.objectContaining({ type: 'decimal', min: 0 }),
      }),
    ]);
    expect(plan.formats!.some((f) => f.range.column === 3 && f.numberFormat === 'yyyy-mm-dd')).toBe(true);

    const en = tableSheetPlan(TABLES.specialistTime, 'en');
    const yesNo = en.validations!.filter((v) => v.rule.type === 'list');
    expect(yesNo.length).toBe(8); // six phases, refers out, clinicians not in teams
    expect(yesNo[0]!.rule).toMatchObject({ values: ['yes', 'no'] });
    expect(en.validations!.find((v) => v.rule.type === 'wholeNumber')!.rule).toMatchObject({ min: 0, max: 50 });
    expect(en.formats!.some((f) => f.numberFormat === '0%')).toBe(true);
    for (const table of INPUT_TABLES) {
      const p = tableSheetPlan(table, 'nb');
      expect(p.validations!.length + p.extraValidations.length, table.id).toBeGreaterThan(0);
    }
  });

  it('gives the review-data sheet one data row with its defaults', () => {
    const plan = tableSheetPlan(REVIEW_TABLE, 'nb');
    expect(plan.blocks[1]).toEqual({
      row: 2,
      column: 0,
      values: [[null, 8, null, null, null, null, null, null, null, null]],
    });
    expect(plan.validations!.every((v) => v.range.rows === 1 && v.range.row === 2)).toBe(true);
    expect(columnRange(REVIEW_TABLE, 'reviewDate', 'nb')).toBe("'Evalueringsdata'!$A$3");
  });

  it("puts the manual's category counter beside the chart review", () => {
    const plan = tableSheetPlan(CHART_REVIEW_TABLE, 'nb');
    const counter = plan.blocks[1]!;
    expect(counter.column).toBe(CHART_REVIEW_TABLE.columns.length + 1);
    const rows = counter.values;
    expect(rows.slice(2).map((r) => r[2])).toEqual([...CHART_REVIEW_CATEGORIES.map((c) => c.minimum), 10]);
    expect(rows[2]![1]).toEqual(formula('=COUNTIF($D$3:$D$2000,"ja")'));
    expect(rows[4]![0]).toBe('Begynt i arbeid siste seks måneder');
    expect(String(planCellText(rows[4]![3]!))).toMatch(/^=IF\(/);
    expect(isPlanFormula(rows[4]![3])).toBe(true);
    expect(rows[6]![1]).toEqual(formula('=COUNTA($A$3:$A$2000)'));
    expect(planBounds(plan).columns).toBe(CHART_REVIEW_TABLE.columns.length + 5);
  });

  it('plans every sheet', () => {
    expect(inputSheetPlans('en').map((p) => p.sheet)).toEqual([
      'Review data',
      'Staff',
      'Caseloads',
      'Time and phases',
      'Jobs',
      'Employer contacts',
      'Chart review',
      'Results',
    ]);
  });
});

describe('values back to sheets', () => {
  it("writes yes/no and list ids as the language's labels", () => {
    const role = STAFF_TABLE.columns[1]!;
    expect(toSheetValue(role, 'supervisor', 'nb')).toBe('metodeveileder');
    expect(toSheetValue(role, 'supervisor', 'en')).toBe('IPS supervisor');
    expect(
      toSheetValue(
        TABLES.jobs.columns.find((c) => c.id === 'beforeIps')!,
        true,
        'nb',
      ),
    ).toBe('ja');
    expect(toSheetValue(role, null, 'nb')).toBe('');
    const block = rowsBlock(
      STAFF_TABLE,
      [{ values: { specialist: 'AB', role: 'specialist', fte: 0.5, startDate: '2024-01-01', absentWeeks: null } }],
      'nb',
    );
    // Dates go in as serial day numbers (a date-formatted column): ISO text would stay text.
    expect(block).toEqual({
      row: 2,
      column: 0,
      values: [['AB', 'jobbspesialist', 0.5, isoDateSerial('2024-01-01'), '']],
    });
  });
});

describe('chartReviewCoverage', () => {
  it("counts the manual's record categories and says what is missing", () => {
    const rows: Record<string, TypedValue>[] = [
      ...Array.from({ length: 5 }, (_, i) => ({ record: String(i + 1), recentlyEmployed: true, interviewed: i < 3 })),
      { record: '6', closed: true },
      { record: '7', seekingOrEducation: true },
      { record: '8', seekingOrEducation: true, interviewed: false },
      { record: '', closed: true },
    ];
    const coverage = chartReviewCoverage(rows);
    expect(coverage.records).toBe(8);
    expect(coverage.categories.map((c) => [c.column, c.count, c.met])).toEqual([
      ['interviewed', 3, true],
      ['closed', 1, false],
      ['recentlyEmployed', 5, true],
      ['seekingOrEducation', 2, false],
    ]);
    expect(coverage.complete).toBe(false);
    expect(coverage.missing.map((m) => m.nb)).toEqual([
      '2 journaler til (minst 10, helst 13–15).',
      'Avsluttet / sluttet å møte: 1 til (minst 2).',
      'Søker jobb eller i utdanning: 1 til (minst 3).',
    ]);
    const full = chartReviewCoverage([
      ...rows.slice(0, 8),
      { record: '9', closed: true },
      { record: '10', seekingOrEducation: true, closed: true },
    ]);
    expect(full.complete).toBe(true);
  });
});
