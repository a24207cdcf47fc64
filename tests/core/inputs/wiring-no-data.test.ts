/**
 * Score cells over missing or empty input tables (issue 11 point 1): the formula of every wired
 * item, as the score sheet gets it, evaluated by the preview's formula engine over the tables
 * with one of them emptied or gone. A missing or empty table the item needs shows #N/A with the
 * table's name in the formula and «Mangler data: <tabell>» in the reason cell, never #REF! and
 * never a score.
 */
import { describe, expect, it } from 'vitest';
import { INPUT_TABLES, TABLES, type TableId } from '../../../src/core/inputs/tables';
import {
  WIRINGS,
  itemCall,
  itemFormula,
  itemNeedsRows,
  itemTables,
  tableFeeds,
  wiredItemIds,
  type TableData,
} from '../../../src/core/inputs/wiring';
import { FUNCTIONS } from '../../../src/core/functions/table';
import { LANGUAGES, type Language } from '../../../src/core/text';
import { SheetError, type Value } from '../../../src/preview/engine/values';
import { fullTables } from './full-tables';
import { bookFromTables, type PlainBook } from './sheet-book';

const FULL = fullTables();
const WIRED = wiredItemIds();
const SHEET_NAMES = (language: Language) => new Map(INPUT_TABLES.map((table) => [table.sheet[language], table.id]));

/** The tables a formula text refers to, read from its quoted sheet names. */
function sheetsInFormula(formula: string, language: Language): Set<TableId> {
  const names = SHEET_NAMES(language);
  const found = new Set<TableId>();
  for (const [, quoted] of formula.matchAll(/'((?:[^']|'')+)'!/g)) {
    const id = names.get(quoted!.replace(/''/g, "'"));
    if (id) found.add(id);
  }
  return found;
}

function without(table: TableId): TableData {
  return { ...FULL, [table]: [] };
}

function evaluate(book: PlainBook, formula: string): Value {
  return book.book.evaluate(formula, 'IPS');
}

function shown(value: Value): string {
  return value instanceof SheetError ? value.code : String(value);
}

describe('what each table feeds, derived from the wiring', () => {
  it('is exactly the items whose formula text refers to the table', () => {
    for (const language of LANGUAGES) {
      for (const table of INPUT_TABLES) {
        const referring = WIRED.filter((itemId) =>
          sheetsInFormula(itemCall(itemId, 'excel', language), language).has(table.id),
        );
        expect(tableFeeds(table.id), `${table.id} (${language})`).toEqual(referring);
      }
    }
  });

  it('includes the staff list for the items that leave out the supervisor by it', () => {
    // The restated list in tables.ts had left these out: the supervisor exclusion reads the staff list.
    expect(tableFeeds('staff')).toEqual(expect.arrayContaining(['staffing.vocational_only', 'staffing.all_phases']));
    expect(tableFeeds('employerContacts').sort()).toEqual(
      ['services.employer_contacts', 'services.individualized_job_search'].sort(),
    );
  });

  it('marks as optional only tables a formula reads besides its base table', () => {
    for (const wiring of WIRINGS) {
      const itemId = FUNCTIONS[wiring.fn]!.itemId!;
      for (const table of wiring.optional ?? []) {
        expect(table, wiring.fn).not.toBe(wiring.table);
        expect(itemTables(itemId), wiring.fn).toContain(table);
        expect(itemNeedsRows(itemId), wiring.fn).not.toContain(table);
      }
    }
  });
});

describe('score cells over empty tables', () => {
  it('give Tjenester 6 no score but #N/A naming the empty contact log', () => {
    const book = bookFromTables(without('employerContacts'), 'nb');
    // The bare call computes a score of 1 from an empty log: the bug the guard is for.
    expect(evaluate(book, itemCall('services.employer_contacts', 'excel', 'nb'))).toBe(1);
    const formula = itemFormula('services.employer_contacts', 'excel', 'nb');
    expect(formula).toContain('NA()+N("Mangler data: Arbeidsgiverkontakter")');
    expect(shown(evaluate(book, formula))).toBe('#N/A');
    const reason = itemFormula('services.employer_contacts', 'excel', 'nb', { output: 'reason' });
    expect(evaluate(book, reason)).toBe('Mangler data: Arbeidsgiverkontakter');
    const english = bookFromTables(without('employerContacts'), 'en');
    const reasonEn = itemFormula('services.employer_contacts', 'sheets', 'en', { output: 'reason' });
    expect(evaluate(english, reasonEn)).toBe('No data: Employer contacts');
  });

  it('give every wired item #N/A with the name of each empty table it needs, in both hosts and languages', () => {
    let checked = 0;
    for (const itemId of WIRED) {
      for (const table of itemNeedsRows(itemId)) {
        for (const language of LANGUAGES) {
          const book = bookFromTables(without(table), language);
          for (const host of ['excel', 'sheets'] as const) {
            const score = evaluate(book, itemFormula(itemId, host, language));
            expect(shown(score), `${itemId} without ${table} (${host}, ${language})`).toBe('#N/A');
            const metric = evaluate(book, itemFormula(itemId, host, language, { output: 'metric' }));
            expect(shown(metric), `${itemId} metric without ${table}`).toBe('#N/A');
            const reason = evaluate(book, itemFormula(itemId, host, language, { output: 'reason' }));
            expect(reason).toBe(`${language === 'nb' ? 'Mangler data' : 'No data'}: ${TABLES[table].sheet[language]}`);
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(WIRED.length * 2);
  });

  it('still score when only an optional table is empty, and score as the bare call over full tables', () => {
    const full = bookFromTables(FULL, 'nb');
    for (const itemId of WIRED) {
      const score = evaluate(full, itemFormula(itemId, 'excel', 'nb'));
      expect(typeof score, itemId).toBe('number');
      expect(score, itemId).toBe(evaluate(full, itemCall(itemId, 'excel', 'nb')));
      const optional = itemTables(itemId).filter(
        (table) => !itemNeedsRows(itemId).includes(table) && !TABLES[table].singleRow,
      );
      for (const table of optional) {
        const value = evaluate(bookFromTables(without(table), 'nb'), itemFormula(itemId, 'excel', 'nb'));
        expect(typeof value, `${itemId} without ${table}`).toBe('number');
      }
    }
  });
});

describe('score cells over missing tables', () => {
  it('refer to no missing sheet, and show #N/A naming it instead of #REF!', () => {
    for (const itemId of WIRED) {
      for (const table of itemTables(itemId)) {
        for (const language of LANGUAGES) {
          const book = bookFromTables(FULL, language);
          const sheet = TABLES[table].sheet[language];
          book.sheets.delete(sheet);
          book.book.clear();
          const tablesPresent = INPUT_TABLES.map((each) => each.id).filter((id) => id !== table);
          for (const host of ['excel', 'sheets'] as const) {
            const formula = itemFormula(itemId, host, language, { tablesPresent });
            expect(sheetsInFormula(formula, language).has(table), `${itemId} refers to ${table}`).toBe(false);
            expect(shown(evaluate(book, formula)), `${itemId} without the ${table} sheet`).toBe('#N/A');
            expect(formula).toContain(sheet);
            const reason = evaluate(book, itemFormula(itemId, host, language, { output: 'reason', tablesPresent }));
            expect(reason).toBe(`${language === 'nb' ? 'Mangler data' : 'No data'}: ${sheet}`);
          }
        }
      }
    }
  });

  it('are the full formula when every table the item reads is present', () => {
    const tablesPresent = INPUT_TABLES.map((table) => table.id);
    for (const itemId of WIRED)
      expect(itemFormula(itemId, 'sheets', 'en', { tablesPresent })).toBe(itemFormula(itemId, 'sheets', 'en'));
  });
});
