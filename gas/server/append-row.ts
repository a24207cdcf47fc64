import {
  appendPlan,
  appendTarget,
  assertAppendRequest,
  findIdentity,
  holdsIdentity,
  type AppendRowRequest,
} from '../../src/core/workbook/append';
import type { PlainAppendOutcome, PlainCell, PlainMatrix } from '../shared/protocol';
import type { GasServices, SheetLike, SpreadsheetLike } from './services';
import { calendarOf, plainCell, type CalendarReader } from './values';
import { writePlan } from './write-plan';

/**
 * Workbook.appendRow on the server. Two sidebars (or two users of a shared sheet) that save at
 * once run one after the other: the whole look–write–check holds the document lock
 * (LockService.getDocumentLock, which needs no OAuth scope; SpreadsheetApp calls need
 * spreadsheets.currentonly, which the add-on has). A user typing into the sheet takes no lock, so
 * blank rows are inserted where the row goes: whatever arrived there since the look moves down
 * rather than being written over. Sheet.appendRow is not used: it cannot format the row, and it
 * reads every text starting with "=" as a formula.
 */

/** How long a save waits for another one to finish before it gives up (Apps Script throws "Lock timeout"). */
export const LOCK_WAIT_MS = 30_000;

/** The sheet from A1: formula text where a cell has one (content), and the displayed values. */
function readAll(sheet: SheetLike, calendar: CalendarReader): { content: PlainMatrix; values: PlainMatrix } {
  const range = sheet.getDataRange();
  const formulas = range.getFormulas();
  const raw = range.getValues();
  const values = raw.map((row) => row.map((value) => plainCell(value, calendar)));
  const content = values.map((row, r) => row.map((value, c): PlainCell => formulas[r]?.[c] || value));
  return { content, values };
}

/** Blank rows at 0-based `start`, so what is there now moves down; past the grid the write grows it. */
function makeRoom(sheet: SheetLike, start: number, count: number): void {
  if (start < sheet.getMaxRows()) sheet.insertRowsBefore(start + 1, count);
}

function appendLocked(
  services: GasServices,
  spreadsheet: SpreadsheetLike,
  request: AppendRowRequest,
): PlainAppendOutcome {
  const calendar = calendarOf(services, spreadsheet);
  let sheet = spreadsheet.getSheetByName(request.sheet);
  const seen = sheet ? readAll(sheet, calendar) : null;
  const present = seen ? findIdentity(seen.values, request.identity) : -1;
  if (present >= 0) return { status: 'present', row: present, created: false, values: seen!.values };
  const { row, created } = appendTarget(request, seen?.content ?? null);
  if (sheet) makeRoom(sheet, created ? 0 : row, created ? row + 1 : 1);
  else sheet = spreadsheet.insertSheet(request.sheet);
  writePlan(services.spreadsheetApp, sheet, appendPlan(request, row, created));
  services.spreadsheetApp.flush();
  const values = sheet
    .getDataRange()
    .getValues()
    .map((cells) => cells.map((value) => plainCell(value, calendar)));
  if (!holdsIdentity(values, row, request.identity))
    throw new Error(`ipsAppendRow: row ${row + 1} of "${request.sheet}" does not hold the row just written`);
  return { status: 'appended', row, created, values };
}

/** Appends under the document lock (see above); throws "Lock timeout…" when another save holds it too long. */
export function appendRow(services: GasServices, spreadsheet: SpreadsheetLike, request: unknown): PlainAppendOutcome {
  assertAppendRequest(request);
  const lock = services.lockService.getDocumentLock();
  lock?.waitLock(LOCK_WAIT_MS);
  try {
    return appendLocked(services, spreadsheet, request);
  } finally {
    lock?.releaseLock();
  }
}
