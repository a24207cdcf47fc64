/** The shapes of the input tables: column and table definitions, the shared sheet layout and typed cell values. */
import type { Text } from '../../text';
import type { PlanValue } from '../../workbook/plan';

export type ColumnType = 'text' | 'number' | 'date' | 'yesno' | 'list';

/** One allowed value of a list column: a stable id, its label in each language, and synonyms for import. */
export interface ListOption {
  readonly id: string;
  readonly label: Text;
  readonly synonyms?: readonly string[];
}

export interface NumberFormatRule {
  readonly min?: number;
  /** min is exclusive (e.g. FTE > 0). */
  readonly minExclusive?: boolean;
  readonly max?: number;
  readonly integer?: boolean;
  /** The value is a share 0–1 shown as a percent ("56 %" is stored as 0.56). */
  readonly percent?: boolean;
}

export interface ColumnDefinition {
  /** Stable id, unique in its table. Never changes once published. */
  readonly id: string;
  readonly header: Text;
  readonly type: ColumnType;
  readonly required: boolean;
  readonly help: Text;
  /** For list columns: the allowed values. */
  readonly options?: readonly ListOption[];
  readonly number?: NumberFormatRule;
  /** Extra header spellings recognised on import (any language; case and diacritics do not matter). */
  readonly synonyms?: readonly string[];
  /** Width in pixels. */
  readonly width?: number;
  /** Holds a participant's identity: the import's anonymity check looks hardest here. */
  readonly personal?: boolean;
  /** Written into the data row of a single-row table (e.g. 8 weeks). */
  readonly defaultValue?: PlanValue;
}

export interface TableDefinition {
  readonly id: TableId;
  readonly sheet: Text;
  readonly description: Text;
  readonly columns: readonly ColumnDefinition[];
  // The items a table feeds are not restated here: they follow from the wiring (tableFeeds in wiring.ts).
  /** Columns any of which, when filled, make a row exist (a row blank in all of them is no row). */
  readonly keyColumns: readonly string[];
  /** A settings table: one data row, not a list. */
  readonly singleRow?: boolean;
}

export type TableId =
  'staff' | 'caseload' | 'jobs' | 'employerContacts' | 'specialistTime' | 'chartReview' | 'review' | 'results';

/** Layout shared by every input sheet (0-based rows). */
export const TABLE_LAYOUT = {
  headerRow: 0,
  helpRow: 1,
  firstDataRow: 2,
  /** Row 2000 in A1 terms: bounded ranges, so formulas stay fast and never read a whole column. */
  lastDataRow: 1999,
} as const;

/** A typed value of a table cell: text, number, ISO date text, boolean (yes/no) or list option id. */
export type TypedValue = string | number | boolean | null;
