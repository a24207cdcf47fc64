import { describe, expect, test } from 'vitest';
import {
  ACTION_PLAN_COLUMN_INDEX,
  ACTION_PLAN_LAYOUT,
  actionPlanRows,
  actionPlanSheetPlan,
} from '../../../src/core/report/action-plan';
import { correctSavedReview } from '../../../src/core/review/corrections';
import { sampleReview, SAMPLE_SCORES } from '../../../src/core/review/sample';
import { readDate } from '../../../src/core/cells';
import { DEFAULT_SCALE } from '../../../src/core/scale/registry';

const ITEMS = DEFAULT_SCALE.items;
const id = (sheetNumber: number) => ITEMS[sheetNumber - 1]!.id;

describe('actionPlanRows from the sample review', () => {
  test('by default the items below 4, in sheet order, prefilled from the recommendations', () => {
    const rows = actionPlanRows(sampleReview(), 'nb');
    expect(rows.map((row) => [row.sheetNumber, row.score])).toEqual([
      [4, 2],
      [5, 3],
      [8, 3],
      [10, 3],
      [23, 3],
    ]);
    expect(rows[0]).toEqual({
      itemId: id(4),
      sheetNumber: 4,
      item: `Organisasjon 1 – ${ITEMS[3]!.name.nb}`,
      score: 2,
      recommendation:
        'Hver jobbspesialist bør bare være tilknyttet ett behandlingsteam. Opprett en ny jobbspesialiststilling.',
      action: '',
      responsible: '',
      targetDate: null,
      status: 'Ikke startet',
      doneDate: null,
      note: '',
    });
    expect(rows[4]).toMatchObject({
      item: `Tjenester 12 – ${ITEMS[22]!.name.nb}`,
      recommendation: 'Tilby tidsubegrenset oppfølging.',
    });
    // Organisasjon 5 has no recommendation in the sample excerpts: the row says so.
    expect(rows[2]).toMatchObject({ recommendation: '', note: 'Rapporten mangler anbefaling for dette punktet.' });
  });

  test("includeFours lists every item below 5 (the manual's ch. 1 reading)", () => {
    const rows = actionPlanRows(sampleReview(), 'en', { includeFours: true });
    expect(rows).toHaveLength(SAMPLE_SCORES.filter((score) => score < 5).length);
    expect(rows[0]!.status).toBe('Not started');
  });

  test('one row per recommendation line; corrected scores count', () => {
    const review = sampleReview();
    review.items[id(5)]!.recommendation = 'Delta på behandlingsteammøtene.\n\nFå kontorplass nær teamene.';
    const rows = actionPlanRows(review, 'nb').filter((row) => row.itemId === id(5));
    expect(rows.map((row) => row.recommendation)).toEqual([
      'Delta på behandlingsteammøtene.',
      'Få kontorplass nær teamene.',
    ]);
    const corrected = correctSavedReview(sampleReview(), id(4), 4, 'Regnefeil.', '2025-06-20');
    expect(actionPlanRows(corrected, 'nb').some((row) => row.itemId === id(4))).toBe(false);
  });
});

describe('actionPlanSheetPlan', () => {
  const plan = actionPlanSheetPlan(sampleReview(), { language: 'nb' });
  const values = plan.blocks[0]!.values;

  test('sheet «IPS-handlingsplan (kvalitet)» with the nine columns', () => {
    expect(plan.sheet).toBe('IPS-handlingsplan (kvalitet)');
    expect(values[0]![0]).toBe('IPS-handlingsplan (kvalitet)');
    expect(values[1]![0]).toBe(
      'Sted: Fiktiv Organisasjon · Team: IPS-teamet · Evaluering 7. juni 2025 (sample-2025-06-07)',
    );
    expect(values[ACTION_PLAN_LAYOUT.columnHeads]).toEqual([
      'Evalueringspunkt',
      'Skår',
      'Anbefaling (fra rapporten)',
      'Tiltak',
      'Ansvarlig',
      'Måldato',
      'Status',
      'Dato gjennomført',
      'Merknad',
    ]);
    expect(values.slice(ACTION_PLAN_LAYOUT.firstRow).map((row) => row[1])).toEqual([2, 3, 3, 3, 3]);
    expect(values.slice(ACTION_PLAN_LAYOUT.firstRow).every((row) => row[6] === 'Ikke startet')).toBe(true);
    expect(values.every((row) => row.length === 9)).toBe(true);
    expect(plan.frozenRows).toBe(ACTION_PLAN_LAYOUT.columnHeads + 1);
    expect(plan.print).toEqual({ orientation: 'landscape', fitToWidth: true });
    expect(plan.columnWidths).toHaveLength(9);
  });

  test('status is a list validation; both date columns are validated and formatted as dates', () => {
    const bodyRows = 5 + 20;
    const status = plan.validations!.find((v) => v.range.column === ACTION_PLAN_COLUMN_INDEX.status)!;
    expect(status.range).toEqual({ row: ACTION_PLAN_LAYOUT.firstRow, column: 6, rows: bodyRows, columns: 1 });
    expect(status.rule).toMatchObject({ type: 'list', values: ['Ikke startet', 'Pågår', 'Fullført'] });
    for (const column of [ACTION_PLAN_COLUMN_INDEX.targetDate, ACTION_PLAN_COLUMN_INDEX.doneDate]) {
      const validation = plan.validations!.find((v) => v.range.column === column)!;
      expect(validation.rule).toMatchObject({
        type: 'wholeNumber',
        min: readDate('2000-01-01', { argument: 'd' }),
        max: readDate('2099-12-31', { argument: 'd' }),
      });
      expect(plan.formats).toContainEqual({
        range: { row: ACTION_PLAN_LAYOUT.firstRow, column, rows: bodyRows, columns: 1 },
        numberFormat: 'yyyy-mm-dd',
      });
    }
  });

  test('English sheet, spare rows and the wider scope', () => {
    const english = actionPlanSheetPlan(sampleReview(), { language: 'en', includeFours: true, spareRows: 0 });
    expect(english.sheet).toBe('IPS action plan (fidelity)');
    expect(english.blocks[0]!.values[ACTION_PLAN_LAYOUT.scope]![0]).toBe(
      'Items scoring below 5 (not fully implemented).',
    );
    expect(english.validations![0]!.rule).toMatchObject({ values: ['Not started', 'In progress', 'Done'] });
    expect(english.validations![0]!.range.rows).toBe(16);
  });
});
