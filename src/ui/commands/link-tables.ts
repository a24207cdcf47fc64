import type { CellValue } from '../../core/cells';
import { filledRows, linkCheck, type LinkCheck, type LinkCheckOptions } from '../../core/inputs/link-check';
import { TABLES, type TableId } from '../../core/inputs/tables';
import { itemById, itemLabel } from '../../core/scale/registry';
import type { Language } from '../../core/text';
import type { Conflict, SheetPlan } from '../../core/workbook/plan';
import { writeWithConsent, type ConsentOptions, type Workbook } from '../../core/workbook/workbook';
import type { DialogContent } from '../dialog';
import { INPUTS_STRINGS, LINK_STRINGS } from '../strings/inputs';

/**
 * «Koble skårskjemaet til tabellene»: check which input tables each wired item needs and which the
 * workbook lacks or has empty, ask whether to insert the missing ones (or link without them, or
 * cancel), then write them and the wired score sheet in one write that never overwrites a user's
 * cells unasked (writeWithConsent). A missing table is never referred to: its items show #N/A
 * with «Mangler data: <tabell>».
 */
/** The user's answer before linking with tables missing. */
export type LinkChoice = 'insert' | 'without' | 'cancel';

export interface LinkTablesDeps {
  readonly workbook: Workbook;
  /** The pane's language: the tables are looked for, inserted and referred to in it. */
  readonly language: Language;
  /**
   * The wired score sheet for the tables that will be present (the pane's wiredScoreSheetPlan with
   * `wiring.tablesPresent`), or null when no review is open.
   */
  wiredPlan(tablesPresent: readonly TableId[]): Promise<SheetPlan | null>;
  /**
   * Asks in the pane's dialog (missingTablesDialog): insert the missing tables and link, link
   * without them (their items show «Mangler data»), or cancel.
   */
  ask(content: DialogContent): Promise<LinkChoice>;
  /** Asked by writeWithConsent when a cell that holds something would change. */
  confirmOverwrite(conflicts: readonly Conflict[]): Promise<boolean>;
  /** Told before each step: 1 checking the tables, 2 writing (then the caller reads the scores). */
  readonly onStep?: (step: number) => Promise<void> | void;
  /** The conflicts to ask about (default findConflicts; the pane leaves out its own formulas). */
  readonly conflictsOf?: ConsentOptions['conflictsOf'];
  readonly options?: LinkCheckOptions;
}

export type LinkOutcome =
  /**
   * Written: the tables inserted (none when all were there or the user linked without them), the
   * ones still missing (their items show «Mangler data»), and the check the formulas were made for.
   */
  | {
      readonly kind: 'linked';
      readonly inserted: readonly TableId[];
      readonly skipped: readonly TableId[];
      readonly check: LinkCheck;
    }
  /** The user cancelled: nothing written. */
  | { readonly kind: 'declined'; readonly check: LinkCheck }
  /** The user said no to overwriting cells: nothing written. */
  | { readonly kind: 'notWritten'; readonly check: LinkCheck }
  | { readonly kind: 'noReview' };

const sheetNames = (tables: readonly TableId[], language: Language) =>
  tables.map((id) => TABLES[id].sheet[language]).join(', ');

const itemName = (itemId: string, language: Language) => {
  const item = itemById(itemId);
  return `${itemLabel(item, language)} ${item.name[language]}`;
};

/**
 * The question before linking: per item with a table missing or empty, the tables it needs and
 * which of them are missing (or empty), and three answers: insert and link, link without, cancel.
 */
export function missingTablesDialog(check: LinkCheck, language: Language): DialogContent {
  const t = LINK_STRINGS[language];
  const lines = check.items.flatMap((item) => {
    if (item.missing.length === 0 && item.empty.length === 0) return [];
    const line = t.needsLine(
      itemName(item.itemId, language),
      sheetNames(item.needs, language),
      sheetNames(item.missing, language),
    );
    return [item.empty.length > 0 ? `${line}; ${t.emptyLine(sheetNames(item.empty, language))}` : line];
  });
  return {
    title: t.title(check.missing.length),
    intro: t.intro,
    lines,
    question: t.question,
    confirmLabel: t.insert,
    alternativeLabel: t.without,
    cancelLabel: INPUTS_STRINGS[language].cancel,
  };
}

/** What to tell the user after linking: only what happened. */
export function linkMessage(outcome: LinkOutcome, language: Language): string {
  const t = LINK_STRINGS[language];
  switch (outcome.kind) {
    case 'linked': {
      const missing = outcome.skipped.length > 0 ? ` ${t.stillMissing(sheetNames(outcome.skipped, language))}` : '';
      const stillEmpty =
        outcome.check.empty.length > 0 ? ` ${t.stillEmpty(sheetNames(outcome.check.empty, language))}` : '';
      return `${t.linked(sheetNames(outcome.inserted, language))}${missing}${stillEmpty}`;
    }
    case 'declined':
    case 'notWritten':
      return t.notLinked;
    case 'noReview':
      return INPUTS_STRINGS[language].noReview;
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

/**
 * Check → ask (when tables are missing) → insert the missing tables or not → wire the score
 * sheet to the tables present, in one consented write.
 */
export async function linkTables(deps: LinkTablesDeps): Promise<LinkOutcome> {
  await deps.onStep?.(1);
  const counted = await countTables(deps);
  const check = linkCheck(counted, deps.language, deps.options);
  const choice = check.missing.length > 0 ? null : 'insert';
  const wiredAll = await deps.wiredPlan([...check.present, ...check.missing]);
  if (!wiredAll) return { kind: 'noReview' };
  const answer = choice ?? (await deps.ask(missingTablesDialog(check, deps.language)));
  if (answer === 'cancel') return { kind: 'declined', check };
  const insert = answer === 'insert';
  // Linked without the missing tables: the formulas refer only to the tables present.
  const wired = insert || check.missing.length === 0 ? wiredAll : await deps.wiredPlan(check.present);
  if (!wired) return { kind: 'noReview' };
  await deps.onStep?.(2);
  const plans = insert ? [...check.insertPlans, wired] : [wired];
  const outcome = await writeWithConsent(
    deps.workbook,
    plans,
    deps.confirmOverwrite,
    deps.conflictsOf ? { conflictsOf: deps.conflictsOf } : {},
  );
  if (!outcome.written) return { kind: 'notWritten', check };
  if (!insert) return { kind: 'linked', inserted: [], skipped: check.missing, check };
  // The inserted tables are there now, and empty: the items that need them show «Mangler data».
  const after = linkCheck(
    {
      sheets: [...counted.sheets, ...check.insertPlans.map((plan) => plan.sheet)],
      rows: { ...counted.rows, ...Object.fromEntries(check.missing.map((id) => [id, 0])) },
    },
    deps.language,
    deps.options,
  );
  return { kind: 'linked', inserted: check.missing, skipped: [], check: after };
}
