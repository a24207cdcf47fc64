import { cellAddress, isPlanFormula, planCellText, type Conflict, type SheetPlan } from '../../core/workbook/plan';
import type { Strings } from '../strings';

export interface ConflictLine {
  readonly address: string;
  readonly existing: string;
  readonly planned: string;
}

/** What the dialog needs of the pane's strings: the word for a blank cell and the language's number formatter. */
type ShownWith = Pick<Strings, 'blank' | 'number'>;

function shown(value: unknown, s: ShownWith): string {
  if (isPlanFormula(value)) return shown(value.formula, s);
  if (value === null || value === undefined || value === '') return s.blank;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  // A number as the sheet shows it in the pane's language (0,8 in bokmål), up to 10 decimals.
  const textValue = typeof value === 'number' ? s.number(value, { decimals: 10, grouping: false }) : String(value);
  return textValue.length > 60 ? `${textValue.slice(0, 57)}…` : textValue;
}

export const CONFLICTS_SHOWN = 5;

/**
 * The first few conflicts as the confirm dialog lists them, and how many are not listed. Given
 * the pane's strings, numbers are written as the language writes them; given only the word for
 * a blank cell, as they are.
 */
export function conflictSummary(
  conflicts: readonly Conflict[],
  strings: string | ShownWith,
  limit = CONFLICTS_SHOWN,
): { lines: ConflictLine[]; more: number } {
  const s: ShownWith = typeof strings === 'string' ? { blank: strings, number: (value) => String(value) } : strings;
  return {
    lines: conflicts.slice(0, limit).map((conflict) => ({
      address: conflict.address,
      existing: shown(conflict.existing, s),
      planned: shown(conflict.planned, s),
    })),
    more: Math.max(0, conflicts.length - limit),
  };
}

/** The whole confirm message as plain text (for a host's own confirm function). */
export function conflictMessage(conflicts: readonly Conflict[], s: Strings): string {
  const { lines, more } = conflictSummary(conflicts, s);
  const sheet = conflicts[0]?.sheet ?? '';
  return [
    s.conflictIntro(conflicts.length, sheet),
    ...lines.map((line) => s.conflictLine(line.address, line.existing, line.planned)),
    ...(more > 0 ? [s.conflictMore(more)] : []),
    s.conflictQuestion,
  ].join('\n');
}

/**
 * What the pane itself last put in (or read from) a sheet, by A1 address. A conflict whose cell
 * still holds exactly that was not changed by anyone since, so overwriting it is the pane's own
 * edit, not the user's data: only the other conflicts are asked about.
 */
export type Baseline = ReadonlyMap<string, unknown>;

export function baselineFromPlan(plan: SheetPlan): Baseline {
  const cells = new Map<string, unknown>();
  for (const block of plan.blocks) {
    block.values.forEach((values, r) =>
      values.forEach((value, c) => {
        // As a host reads it back: a formula as its text.
        if (value !== null) cells.set(cellAddress(block.row + r, block.column + c), planCellText(value));
      }),
    );
  }
  return cells;
}

export function baselineFromValues(values: readonly (readonly unknown[])[]): Baseline {
  const cells = new Map<string, unknown>();
  values.forEach((row, r) => row.forEach((value, c) => cells.set(cellAddress(r, c), value)));
  return cells;
}

function sameCell(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.trim() === b.trim();
  return a === b;
}

/** The conflicts the user must be asked about: cells that changed since the pane wrote or read them. */
export function foreignConflicts(conflicts: readonly Conflict[], baseline: Baseline | undefined): Conflict[] {
  if (!baseline) return [...conflicts];
  return conflicts.filter(
    (conflict) => !(baseline.has(conflict.address) && sameCell(baseline.get(conflict.address), conflict.existing)),
  );
}

/** Cells a plan writes (null leaves a cell as it is). */
export function plannedCellCount(blocks: readonly { readonly values: readonly (readonly unknown[])[] }[]): number {
  return blocks.reduce(
    (sum, block) => sum + block.values.reduce((n, row) => n + row.filter((value) => value !== null).length, 0),
    0,
  );
}
