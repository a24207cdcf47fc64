import type { CellValue } from '../../core/cells';
import { filledRows, linkCheck, type LinkCheck, type LinkCheckOptions } from '../../core/inputs/link-check';
import { TABLES, type TableId } from '../../core/inputs/tables';
import { itemById, itemLabel } from '../../core/scale/registry';
import type { Language } from '../../core/text';
import type { Conflict, SheetPlan } from '../../core/workbook/plan';
import { writeWithConsent, type Workbook } from '../../core/workbook/workbook';
import type { DialogContent } from '../dialog';

/**
 * «Koble til tabellene»: check which input tables each wired item needs and which the workbook
 * lacks or has empty, ask before inserting the missing ones, then write them and the wired score
 * sheet in one write that never overwrites a user's cells unasked (writeWithConsent).
 */
export interface LinkTablesDeps {
  readonly workbook: Workbook;
  /** The pane's language: the tables are looked for, inserted and referred to in it. */
  readonly language: Language;
  /**
   * The wired score sheet for the tables that will be present (the pane's wiredScoreSheetPlan with
   * `wiring.tablesPresent`), or null when no review is open.
   */
  wiredPlan(tablesPresent: readonly TableId[]): Promise<SheetPlan | null>;
  /** Asks in the pane's dialog; true to go on. */
  ask(content: DialogContent): Promise<boolean>;
  /** Asked by writeWithConsent when a cell that holds something would change. */
  confirmOverwrite(conflicts: readonly Conflict[]): Promise<boolean>;
  readonly options?: LinkCheckOptions;
}

export type LinkOutcome =
  /** Written: the tables inserted (none when all were there) and the check the formulas were made for. */
  | { readonly kind: 'linked'; readonly inserted: readonly TableId[]; readonly check: LinkCheck }
  /** The user said no to inserting the missing tables: nothing written. */
  | { readonly kind: 'declined'; readonly check: LinkCheck }
  /** The user said no to overwriting cells: nothing written. */
  | { readonly kind: 'notWritten'; readonly check: LinkCheck }
  | { readonly kind: 'noReview' };

const TEXT = {
  nb: {
    title: (count: number) => (count === 1 ? 'Én tabell mangler' : `${count} tabeller mangler`),
    intro: 'Disse punktene regnes ut fra tabeller som ikke finnes i arbeidsboken:',
    missingLine: (item: string, tables: string) => `${item}: mangler ${tables}`,
    emptyLine: (item: string, tables: string) => `${item}: ${tables} er tom – viser «Mangler data» til den fylles ut`,
    question: 'Sett inn de manglende tabellene (tomme, med overskrifter) og koble skårskjemaet til dem?',
    confirm: 'Sett inn og koble',
    cancel: 'Avbryt',
    linked: (sheets: string) => `Skårskjemaet er koblet til tabellene.${sheets ? ` Satt inn: ${sheets}.` : ''}`,
    stillEmpty: (tables: string) => `Mangler data til de fylles ut: ${tables}.`,
    declined: 'Ikke koblet: de manglende tabellene ble ikke satt inn.',
    notWritten: 'Ikke koblet: ingenting ble skrevet.',
    noReview: 'Åpne eller start en vurdering først.',
  },
  en: {
    title: (count: number) => (count === 1 ? 'One table is missing' : `${count} tables are missing`),
    intro: 'These items are computed from tables the workbook does not have:',
    missingLine: (item: string, tables: string) => `${item}: missing ${tables}`,
    emptyLine: (item: string, tables: string) => `${item}: ${tables} is empty – shows "No data" until it is filled in`,
    question: 'Insert the missing tables (empty, with headers) and link the score sheet to them?',
    confirm: 'Insert and link',
    cancel: 'Cancel',
    linked: (sheets: string) => `The score sheet is linked to the tables.${sheets ? ` Inserted: ${sheets}.` : ''}`,
    stillEmpty: (tables: string) => `No data until they are filled in: ${tables}.`,
    declined: 'Not linked: the missing tables were not inserted.',
    notWritten: 'Not linked: nothing was written.',
    noReview: 'Open or start a review first.',
  },
} as const;

const sheetNames = (tables: readonly TableId[], language: Language) =>
  tables.map((id) => TABLES[id].sheet[language]).join(', ');

const itemName = (itemId: string, language: Language) => {
  const item = itemById(itemId);
  return `${itemLabel(item, language)} ${item.name[language]}`;
};

/** The question before inserting: per item the tables it misses (and the empty ones it needs). */
export function missingTablesDialog(check: LinkCheck, language: Language): DialogContent {
  const t = TEXT[language];
  const lines = check.items.flatMap((item) => [
    ...(item.missing.length > 0
      ? [t.missingLine(itemName(item.itemId, language), sheetNames(item.missing, language))]
      : []),
    ...(item.empty.length > 0 ? [t.emptyLine(itemName(item.itemId, language), sheetNames(item.empty, language))] : []),
  ]);
  return {
    title: t.title(check.missing.length),
    intro: t.intro,
    lines,
    question: t.question,
    confirmLabel: t.confirm,
    cancelLabel: t.cancel,
  };
}

/** What to tell the user after linking: only what happened. */
export function linkMessage(outcome: LinkOutcome, language: Language): string {
  const t = TEXT[language];
  switch (outcome.kind) {
    case 'linked': {
      const stillEmpty =
        outcome.check.empty.length > 0 ? ` ${t.stillEmpty(sheetNames(outcome.check.empty, language))}` : '';
      return `${t.linked(sheetNames(outcome.inserted, language))}${stillEmpty}`;
    }
    case 'declined':
      return t.declined;
    case 'notWritten':
      return t.notWritten;
    case 'noReview':
      return t.noReview;
  }
}

interface Counted {
  readonly sheets: readonly string[];
  readonly rows: Partial<Record<TableId, number>>;
}

/** The workbook's sheets and the filled rows of the list tables present (two round trips). */
async function countTables(deps: Pick<LinkTablesDeps, 'workbook' | 'language' | 'options'>): Promise<Counted> {
  const sheets = await deps.workbook.listSheets();
  const present = linkCheck({ sheets }, deps.language, deps.options).present;
  const counted = present.filter((id) => !TABLES[id].singleRow);
  const rows: Partial<Record<TableId, number>> = {};
  if (counted.length === 0) return { sheets, rows };
  const values = await deps.workbook.readSheets(counted.map((id) => TABLES[id].sheet[deps.language]));
  counted.forEach((id, index) => {
    rows[id] = filledRows(TABLES[id], (values[index] ?? []) as CellValue[][]);
  });
  return { sheets, rows };
}

/** The check for the workbook as it is now: which tables each item misses, and which are empty. */
export async function checkTables(deps: Pick<LinkTablesDeps, 'workbook' | 'language' | 'options'>): Promise<LinkCheck> {
  return linkCheck(await countTables(deps), deps.language, deps.options);
}

/** Check → ask → insert the missing tables → wire the score sheet, in one consented write. */
export async function linkTables(deps: LinkTablesDeps): Promise<LinkOutcome> {
  const counted = await countTables(deps);
  const check = linkCheck(counted, deps.language, deps.options);
  const wired = await deps.wiredPlan([...check.present, ...check.missing]);
  if (!wired) return { kind: 'noReview' };
  if (check.missing.length > 0 && !(await deps.ask(missingTablesDialog(check, deps.language)))) {
    return { kind: 'declined', check };
  }
  const outcome = await writeWithConsent(deps.workbook, [...check.insertPlans, wired], deps.confirmOverwrite);
  if (!outcome.written) return { kind: 'notWritten', check };
  // The inserted tables are there now, and empty: the items that need them show «Mangler data».
  const after = linkCheck(
    {
      sheets: [...counted.sheets, ...check.insertPlans.map((plan) => plan.sheet)],
      rows: { ...counted.rows, ...Object.fromEntries(check.missing.map((id) => [id, 0])) },
    },
    deps.language,
    deps.options,
  );
  return { kind: 'linked', inserted: check.missing, check: after };
}
