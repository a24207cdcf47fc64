/**
 * «Koble til tabellene» on the preview's MemoryWorkbook (issue 11 point 1): the check lists what
 * each item misses, the user is asked before tables are inserted, and after linking no computed
 * cell shows #REF! or a score without data: each shows #N/A with «Mangler data: <tabell>».
 */
import { describe, expect, it, vi } from 'vitest';
import { INPUT_TABLES, TABLES, rowsBlock, tableSheetPlan, type TableId } from '../../src/core/inputs/tables';
import { linkCheck } from '../../src/core/inputs/link-check';
import { itemNeedsRows, itemTables, tableFeeds, wiredItemIds } from '../../src/core/inputs/wiring';
import { newReview } from '../../src/core/review/model';
import { COLUMNS, scoreSheetLayout, scoreSheetPlan } from '../../src/core/sheets/score-sheet';
import type { Language } from '../../src/core/text';
import { MemoryWorkbook } from '../../src/preview/memory-workbook';
import { SheetError } from '../../src/preview/engine/values';
import {
  checkTables,
  linkMessage,
  linkTables,
  missingTablesDialog,
  type LinkChoice,
} from '../../src/ui/commands/link-tables';
import { fullTables } from '../core/inputs/full-tables';

const SHEET = 'IPS Team 2025-03-01';
const layout = scoreSheetLayout();
const WIRED = wiredItemIds();
const review = newReview({ id: 'r', service: 'S', team: 'T', date: '2025-03-01', raters: [{ id: 'r1', name: 'A' }] });
const FULL = fullTables();

function workbookWith(tables: readonly TableId[], language: Language = 'nb', filled = true): MemoryWorkbook {
  const workbook = new MemoryWorkbook();
  const plans = tables.map((id) => {
    const plan = tableSheetPlan(TABLES[id], language);
    const rows = (FULL[id] ?? []) as readonly Readonly<Record<string, string | number | boolean | null>>[];
    if (!filled || rows.length === 0) return plan;
    const block = rowsBlock(
      TABLES[id],
      rows.map((values) => ({ values })),
      language,
      { dates: 'serial' },
    );
    return { ...plan, blocks: [...plan.blocks, block] };
  });
  workbook.seed(plans);
  return workbook;
}

function deps(workbook: MemoryWorkbook, language: Language, answer: LinkChoice) {
  const ask = vi.fn(async (): Promise<LinkChoice> => answer);
  const confirmOverwrite = vi.fn(async () => true);
  return {
    ask,
    confirmOverwrite,
    run: () =>
      linkTables({
        workbook,
        language,
        ask,
        confirmOverwrite,
        wiredPlan: async (tablesPresent) =>
          scoreSheetPlan(review, { sheet: SHEET, language, wiring: { host: 'excel', tablesPresent } }),
      }),
  };
}

const computed = (workbook: MemoryWorkbook, itemId: string) => {
  workbook.recalculate();
  const value = workbook.value(SHEET, layout.itemRows[itemId]!, COLUMNS.computed);
  return value instanceof SheetError ? value.code : value;
};
const reason = (workbook: MemoryWorkbook, itemId: string) =>
  workbook.value(SHEET, layout.itemRows[itemId]!, COLUMNS.reason);

describe('linkCheck', () => {
  it('lists per item the tables it reads, the missing ones and the empty ones, with plans for the missing', () => {
    const sheets = ['Evalueringsdata', 'Ansatte', 'Porteføljer', 'Annet ark'];
    const check = linkCheck({ sheets, rows: { staff: 3, caseload: 0 } }, 'nb');
    expect(check.present).toEqual(['review', 'staff', 'caseload']);
    expect(check.missing).toEqual(['specialistTime', 'jobs', 'employerContacts', 'chartReview']);
    expect(check.insertPlans.map((plan) => plan.sheet)).toEqual([
      'Tid og faser',
      'Jobber',
      'Arbeidsgiverkontakter',
      'Journalgjennomgang',
    ]);
    const caseload = check.items.find((item) => item.itemId === 'staffing.caseload_size')!;
    expect(caseload).toEqual({
      itemId: 'staffing.caseload_size',
      needs: ['review', 'staff', 'caseload'],
      missing: [],
      empty: ['caseload'],
    });
    const contacts = check.items.find((item) => item.itemId === 'services.employer_contacts')!;
    expect(contacts.missing).toEqual(['employerContacts']);
    // The caseloads are read there only for an optional check: empty, they are not "no data" for Tjenester 6.
    expect(contacts.empty).toEqual([]);
    expect(check.empty).toEqual(['caseload']);
    for (const item of check.items) expect(item.needs).toEqual(itemTables(item.itemId));
  });

  it('finds the tables by their names in the language the formulas are written in', () => {
    const english = INPUT_TABLES.map((table) => table.sheet.en);
    expect(linkCheck({ sheets: english }, 'en').missing).toEqual([]);
    // Every table some item reads is missing under its Norwegian name (Resultater feeds no item).
    const fed = INPUT_TABLES.filter((table) => tableFeeds(table.id).length > 0);
    expect(linkCheck({ sheets: english }, 'nb').missing).toHaveLength(fed.length);
  });
});

describe('linkTables on the MemoryWorkbook', () => {
  it('asks before inserting, lists what each item misses, and on no writes nothing', async () => {
    const workbook = workbookWith(['review', 'staff']);
    const before = await workbook.listSheets();
    const run = deps(workbook, 'nb', 'cancel');
    const outcome = await run.run();
    expect(outcome.kind).toBe('declined');
    expect(run.ask).toHaveBeenCalledTimes(1);
    const content = (run.ask.mock.calls[0] as unknown as [ReturnType<typeof missingTablesDialog>])[0];
    expect(content.title).toBe('5 tabeller mangler');
    expect(content.lines).toContain(
      'Tjenester 6 Jobbutvikling – hyppig arbeidsgiverkontakt: trenger Evalueringsdata, Ansatte, Porteføljer, Arbeidsgiverkontakter – mangler Porteføljer, Arbeidsgiverkontakter',
    );
    expect([content.confirmLabel, content.alternativeLabel, content.cancelLabel]).toEqual([
      'Sett inn manglende tabeller og koble',
      'Koble uten dem',
      'Avbryt',
    ]);
    expect(missingTablesDialog(linkCheck({ sheets: [] }, 'en'), 'en')).toMatchObject({
      confirmLabel: 'Insert the missing tables and link',
      alternativeLabel: 'Link without them',
      cancelLabel: 'Cancel',
    });
    expect(await workbook.listSheets()).toEqual(before);
    expect(linkMessage(outcome, 'nb')).toBe('Ikke koblet: ingenting ble skrevet.');
    expect(linkMessage(outcome, 'en')).toBe('Not linked: nothing was written.');
  });

  it('inserts the missing tables and wires the sheet: no #REF!, no score from an empty table, «Mangler data» named', async () => {
    const workbook = workbookWith(['review', 'staff', 'caseload', 'specialistTime', 'jobs', 'chartReview']);
    const run = deps(workbook, 'nb', 'insert');
    const outcome = await run.run();
    expect(outcome.kind).toBe('linked');
    if (outcome.kind !== 'linked') return;
    expect(outcome.inserted).toEqual(['employerContacts']);
    expect(await workbook.listSheets()).toContain('Arbeidsgiverkontakter');
    // Tjenester 6 with the inserted (empty) contact log: no data, not a score of 1.
    expect(computed(workbook, 'services.employer_contacts')).toBe('#N/A');
    expect(reason(workbook, 'services.employer_contacts')).toBe('Mangler data: Arbeidsgiverkontakter');
    expect(computed(workbook, 'services.individualized_job_search')).toBe('#N/A');
    // The items with their tables filled compute a score.
    for (const itemId of WIRED.filter((id) => !itemTables(id).includes('employerContacts')))
      expect(typeof computed(workbook, itemId), itemId).toBe('number');
    expect(outcome.check.empty).toEqual(['employerContacts']);
    expect(linkMessage(outcome, 'nb')).toBe(
      'Skårskjemaet er koblet til tabellene. Satt inn: Arbeidsgiverkontakter. Mangler data til de fylles ut: Arbeidsgiverkontakter.',
    );
  });

  it('links without asking when every table is there, and names the empty ones', async () => {
    const workbook = workbookWith(
      INPUT_TABLES.map((table) => table.id),
      'en',
      false,
    );
    const check = await checkTables({ workbook, language: 'en' });
    expect(check.missing).toEqual([]);
    expect(check.empty).toEqual(['staff', 'caseload', 'specialistTime', 'jobs', 'employerContacts', 'chartReview']);
    const run = deps(workbook, 'en', 'insert');
    const outcome = await run.run();
    expect(run.ask).not.toHaveBeenCalled();
    expect(outcome.kind).toBe('linked');
    for (const itemId of WIRED) {
      expect(computed(workbook, itemId), itemId).toBe('#N/A');
      expect(reason(workbook, itemId), itemId).toBe(`No data: ${TABLES[itemNeedsRows(itemId)[0]!].sheet.en}`);
    }
  });

  it('links without the missing tables when asked: nothing inserted, their items #N/A naming them, never #REF!', async () => {
    const tables: TableId[] = ['review', 'staff', 'caseload', 'specialistTime', 'jobs', 'chartReview'];
    const workbook = workbookWith(tables);
    const run = deps(workbook, 'nb', 'without');
    const outcome = await run.run();
    expect(run.ask).toHaveBeenCalledTimes(1);
    expect(outcome).toMatchObject({ kind: 'linked', inserted: [], skipped: ['employerContacts'] });
    expect(await workbook.listSheets()).not.toContain('Arbeidsgiverkontakter');
    expect(computed(workbook, 'services.employer_contacts')).toBe('#N/A');
    expect(reason(workbook, 'services.employer_contacts')).toBe('Mangler data: Arbeidsgiverkontakter');
    for (const itemId of WIRED) expect(computed(workbook, itemId), itemId).not.toBe('#REF!');
    expect(linkMessage(outcome, 'nb')).toBe(
      'Skårskjemaet er koblet til tabellene. Mangler data til tabellene settes inn: Arbeidsgiverkontakter.',
    );
  });

  it('wires an item whose table is still missing to #N/A naming it, never #REF!', async () => {
    // Linking is also possible without inserting (the pane's second choice): the score sheet then
    // refers only to the tables present.
    const workbook = workbookWith(['review', 'staff', 'caseload']);
    const present: TableId[] = ['review', 'staff', 'caseload'];
    await workbook.write([
      scoreSheetPlan(review, { sheet: SHEET, language: 'nb', wiring: { host: 'excel', tablesPresent: present } }),
    ]);
    for (const itemId of WIRED) {
      const missing = itemTables(itemId).filter((id) => !present.includes(id));
      if (missing.length === 0) {
        expect(typeof computed(workbook, itemId), itemId).toBe('number');
        continue;
      }
      expect(computed(workbook, itemId), itemId).toBe('#N/A');
      expect(reason(workbook, itemId)).toBe(`Mangler data: ${missing.map((id) => TABLES[id].sheet.nb).join(', ')}`);
    }
  });

  it('says «not written» when the user keeps their cells', async () => {
    const workbook = workbookWith(INPUT_TABLES.map((table) => table.id));
    workbook.seed([{ sheet: SHEET, blocks: [{ row: 11, column: COLUMNS.computed, values: [['mine']] }] }]);
    const outcome = await linkTables({
      workbook,
      language: 'nb',
      ask: async () => 'insert',
      confirmOverwrite: async () => false,
      wiredPlan: async (tablesPresent) =>
        scoreSheetPlan(review, { sheet: SHEET, language: 'nb', wiring: { host: 'excel', tablesPresent } }),
    });
    expect(outcome.kind).toBe('notWritten');
    expect(workbook.value(SHEET, 11, COLUMNS.computed)).toBe('mine');
    expect(linkMessage(outcome, 'en')).toBe('Not linked: nothing was written.');
  });
});
