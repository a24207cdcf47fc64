import { isPlanFormula, type PlanValue } from '../../core/workbook/plan';

/**
 * Raw cell contents as an in-memory workbook holds them (the preview's MemoryWorkbook, the formula
 * engine's FormulaBook), the way Excel keeps them:
 * - formula text starting with "=" (at least one character after it) is a formula;
 * - text behind a quote prefix is literal text: "'=1+1" holds the text "=1+1", "''x" the text "'x";
 * - any other string is that text; numbers and booleans are themselves; null (or "") is blank.
 * A user typing into the preview grid gets Excel's rule: "=…" makes a formula, "'=…" text.
 */
export type RawCell = string | number | boolean | null;

/** Hides the rest of the cell from formula parsing: the text after it is the cell's value. */
export const QUOTE_PREFIX = "'";

/** True for a raw cell holding a formula. */
export function isRawFormula(raw: RawCell | undefined): boolean {
  return typeof raw === 'string' && raw.startsWith('=') && raw.length > 1;
}

/** The value of a raw cell that is not a formula: the text without its quote prefix; blank is null. */
export function rawLiteral(raw: RawCell | undefined): string | number | boolean | null {
  if (raw === undefined || raw === null || raw === '') return null;
  if (typeof raw === 'string' && raw.startsWith(QUOTE_PREFIX)) return raw.slice(QUOTE_PREFIX.length);
  return raw;
}

/**
 * What a plan's value becomes in a raw cell: a marked formula its text, a string literal text
 * (quote-prefixed when it would otherwise read as a formula or lose a leading apostrophe), "" blank.
 */
export function rawFromPlan(value: PlanValue): RawCell {
  if (isPlanFormula(value)) return value.formula;
  if (value === '') return null;
  if (typeof value === 'string' && (value.startsWith('=') || value.startsWith(QUOTE_PREFIX)))
    return QUOTE_PREFIX + value;
  return value;
}

/** A raw cell as a host's readTargets gives it: formula text where it has one, else its value ("" for blank). */
export function rawAsRead(raw: RawCell | undefined): string | number | boolean {
  if (isRawFormula(raw)) return raw as string;
  return rawLiteral(raw) ?? '';
}
