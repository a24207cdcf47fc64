/**
 * The input tables' commands over the preview workbook (issue 11 #1): a score sheet linked without
 * the contact log is linked to it as soon as it is there — inserted (empty: still «Mangler data»)
 * or created by an import (its rows computed) — and the progress of the work is cleared at the end.
 */
import { describe, expect, it } from 'vitest';
import { INPUT_TABLES, TABLES, rowsBlock, tableSheetPlan, type TableId } from '../../../src/core/inputs/tables';
import { newReview } from '../../../src/core/review/model';
import { DEFAULT_SCALE } from '../../../src/core/scale/registry';
import { COLUMNS, scoreSheetLayout, scoreSheetPlan } from '../../../src/core/sheets/score-sheet';
import { MemoryWorkbook } from '../../../src/preview/memory-workbook';
import { SheetError } from '../../../src/preview/engine/values';
import type { ViewContext } from '../../../src/ui/context';
import { insertTables, update, writeImport } from '../../../src/ui/commands/inputs';
import { initialState } from '../../../src/ui/state';
import { connectInputs, storeFor } from '../../../src/ui/state/inputs-store';
import { STRINGS } from '../../../src/ui/strings';
import { fullTables } from '../../core/inputs/full-tables';

const SHEET = 'IPS Team 2025-03-01';
const ITEM = 'services.employer_contacts';
const ROW = scoreSheetLayout().itemRows[ITEM]!;
const WITHOUT: TableId[] = INPUT_TABLES.map((table) => table.id).filter((id) => id !== 'employerContacts');
const CONTACTS = [
  'Dato for kontakt;Jobbspesialist;Deltaker (ID);Kontaktform;Resultat',
  ...Array.from(
    { length: 24 },
    (_, i) => `${String(1 + (i % 28)).padStart(2, '0')}.02.2025;AB;P${i};ansikt til ansikt;ok`,
  ),
].join('\n');

let panes = 0;

/** A workbook with every table filled but the contact log, and a score sheet linked without it. */
async function linkedWithoutContacts() {
  const workbook = new MemoryWorkbook();
  const review = newReview({ id: 'r', service: 'S', team: 'T', date: '2025-03-01', raters: [{ id: 'r1', name: 'A' }] });
  const data = fullTables();
  workbook.seed(
    WITHOUT.map((id) => {
      const plan = tableSheetPlan(TABLES[id], 'nb');
      const rows = (data[id] ?? []) as readonly Readonly<Record<string, string | number | boolean | null>>[];
      if (rows.length === 0) return plan;
      const block = rowsBlock(
        TABLES[id],
        rows.map((values) => ({ values })),
        'nb',
        { dates: 'serial' },
      );
      return { ...plan, blocks: [...plan.blocks, block] };
    }),
  );
  await workbook.write([
    scoreSheetPlan(review, { sheet: SHEET, language: 'nb', wiring: { host: 'excel', tablesPresent: WITHOUT } }),
  ]);
  const prefix = `relink-${++panes}`;
  const state = {
    ...initialState({ language: 'nb', today: '2025-03-01' }),
    review,
    sheet: SHEET,
    scale: DEFAULT_SCALE,
  };
  const ctx = { state, stateNow: () => state, s: STRINGS.nb, prefix, host: workbook.host, dispatch: () => {} };
  connectInputs(prefix, { workbook, confirm: async () => true });
  const store = storeFor(prefix);
  store.ctx = ctx as unknown as ViewContext;
  const activities: unknown[] = [];
  store.render = (current) => activities.push(current.state.activity);
  const shown = () => {
    workbook.recalculate();
    const value = workbook.value(SHEET, ROW, COLUMNS.computed);
    return {
      value: value instanceof SheetError ? value.code : value,
      reason: workbook.value(SHEET, ROW, COLUMNS.reason),
    };
  };
  return { workbook, store, shown, activities };
}

describe('a score sheet linked without the contact log', () => {
  it('is linked to it once it is inserted: empty, still #N/A «Mangler data: Arbeidsgiverkontakter»; the progress ends cleared', async () => {
    const { store, shown, activities } = await linkedWithoutContacts();
    expect(shown()).toEqual({ value: '#N/A', reason: 'Mangler data: Arbeidsgiverkontakter' });
    await insertTables(store, ['employerContacts']);
    expect(store.state.message?.kind).toBe('success');
    expect(shown()).toEqual({ value: '#N/A', reason: 'Mangler data: Arbeidsgiverkontakter' });
    expect(activities).toEqual(
      expect.arrayContaining([
        { kind: 'insert', step: 1 },
        { kind: 'insert', step: 2 },
        { kind: 'insert', step: 3 },
      ]),
    );
    expect(store.state.activity).toBeNull();
    expect(store.state.computed?.scores[ITEM]?.error).toBe('#N/A');
  });

  it('is linked to it when an import creates it: the rows are computed', async () => {
    const { store, shown } = await linkedWithoutContacts();
    update(store, { type: 'startImport', text: CONTACTS, fileName: null, language: 'nb' });
    expect(store.state.draft?.tableId).toBe('employerContacts');
    await writeImport(store);
    expect(store.state.message?.kind).toBe('success');
    expect(typeof shown().value).toBe('number');
    expect(store.state.activity).toBeNull();
  });
});
