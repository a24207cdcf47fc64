/**
 * A score sheet linked without a table (issue 11 #1) stays so: saving it again keeps the items
 * that read the missing table at #N/A «Mangler data: <tabell>» instead of referring to it, and
 * linking again once the table is there rewrites the pane's own formulas without asking.
 */
import { describe, expect, it } from 'vitest';
import { INPUT_TABLES, type TableId } from '../../../src/core/inputs/tables';
import { newReview } from '../../../src/core/review/model';
import { COLUMNS, scoreSheetLayout, scoreSheetPlan } from '../../../src/core/sheets/score-sheet';
import {
  wiredScoreSheetPlan,
  wiredSheetConflicts,
  wiringMissingTables,
} from '../../../src/core/sheets/wired-score-sheet';
import { findConflicts } from '../../../src/core/workbook/plan';
import { MemoryWorkbook } from '../../../src/preview/memory-workbook';

const SHEET = 'IPS Team 2025-03-01';
const review = newReview({ id: 'r', service: 'S', team: 'T', date: '2025-03-01', raters: [{ id: 'r1', name: 'A' }] });
const ALL = INPUT_TABLES.map((table) => table.id);
const WITHOUT: TableId[] = ALL.filter((id) => id !== 'employerContacts');
const row = scoreSheetLayout().itemRows['services.employer_contacts']!;

async function linkedWithout(language: 'nb' | 'en') {
  const workbook = new MemoryWorkbook();
  const plan = scoreSheetPlan(review, { sheet: SHEET, language, wiring: { host: 'excel', tablesPresent: WITHOUT } });
  await workbook.write([plan]);
  const [formulas] = await workbook.readTargets([plan]);
  return { plan, formulas: formulas! };
}

describe('a score sheet linked without a table', () => {
  it.each(['nb', 'en'] as const)('(%s) names the missing table from its formulas', async (language) => {
    const { formulas } = await linkedWithout(language);
    expect(String(formulas[row]![COLUMNS.computed])).toMatch(/^=NA\(\)\+N\("/);
    expect(wiringMissingTables(formulas)).toEqual(['employerContacts']);
    // A sheet linked with every table names none.
    const full = scoreSheetPlan(review, { sheet: SHEET, language, wiring: { host: 'excel' } });
    const book = new MemoryWorkbook();
    await book.write([full]);
    expect(wiringMissingTables((await book.readTargets([full]))[0]!)).toEqual([]);
  });

  it('is saved again as it was: the item still #N/A, no reference to the missing table, nothing to ask', async () => {
    const { formulas } = await linkedWithout('nb');
    const { plan, wiring } = wiredScoreSheetPlan({
      review,
      sheet: SHEET,
      language: 'nb',
      host: 'excel',
      formulas,
      shown: [],
      wire: 'ifWired',
    });
    expect(wiring?.tablesPresent).toEqual(WITHOUT);
    expect(findConflicts(plan, formulas)).toEqual([]);
  });

  it('linked again with the table there: its formulas change, and the pane does not ask about its own formulas', async () => {
    const { formulas } = await linkedWithout('nb');
    const { plan } = wiredScoreSheetPlan({
      review,
      sheet: SHEET,
      language: 'nb',
      host: 'excel',
      formulas,
      shown: [],
      wire: 'ifWired',
      tablesPresent: ALL,
    });
    expect(findConflicts(plan, formulas).length).toBeGreaterThan(0);
    expect(wiredSheetConflicts(plan, formulas)).toEqual([]);
    // A value the user typed in the computed column is still asked about.
    const typed = formulas.map((cells) => [...cells]);
    typed[row]![COLUMNS.computed] = 'mine';
    expect(wiredSheetConflicts(plan, typed).map((conflict) => conflict.existing)).toEqual(['mine']);
  });
});
