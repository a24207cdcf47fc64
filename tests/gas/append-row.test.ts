/**
 * Saving to the history in Google Sheets never overwrites anything and never loses a review: the
 * sidebar's save goes through google.script.run to ipsAppendRow, which looks, writes and checks
 * under the document lock. The fake's afterRead hook lets another writer act between the server's
 * look and its write.
 */
import { describe, expect, it } from 'vitest';
import { scriptRunWorkbook } from '../../gas/client/script-run-workbook';
import { workbookServer } from '../../gas/server/workbook-server';
import { saveReviewToHistory, historyAppendRequest } from '../../src/core/history/append';
import { appendHistoryPlan, HISTORY_SHEET, readHistory } from '../../src/core/history/table';
import { reviewWithId } from '../core/history/reviews';
import { fakeScriptRun } from './fake-script-run';
import { callCounts, fakeServices, LOCK_TIMEOUT_MESSAGE } from './fake-spreadsheet-app';

const HISTORY = HISTORY_SHEET.nb;
const options = { language: 'nb' } as const;

async function withHistory() {
  const services = fakeServices();
  const server = workbookServer(services);
  const sidebar = () =>
    scriptRunWorkbook(fakeScriptRun(server as unknown as Record<string, (...args: never[]) => unknown>).run);
  const workbook = sidebar();
  await workbook.write([appendHistoryPlan(null, reviewWithId('r1'), options)]);
  return { services, server, workbook, second: sidebar(), sheet: services.book.sheet(HISTORY)! };
}

const ids = async (workbook: ReturnType<typeof scriptRunWorkbook>) =>
  readHistory(await workbook.readSheet(HISTORY)).map((row) => row.reviewId);

describe('Sheets: saving to the history', () => {
  it('goes below a formula that shows "" under the history, and keeps the formula; one call', async () => {
    const { services, workbook, sheet } = await withHistory();
    sheet.type('C3', '=IF(A2="","x","")');
    const existing = await workbook.readSheet(HISTORY);
    expect(existing![2]?.[2] ?? '').toBe('');
    services.log.length = 0;

    const saved = await saveReviewToHistory(workbook, reviewWithId('r2'), existing, options);
    const calls = services.log.filter(
      (call) => !call.startsWith('Utilities') && !call.endsWith('getSpreadsheetTimeZone'),
    );

    expect(sheet.at('C3')).toBe('=IF(A2="","x","")');
    expect(saved).toMatchObject({ action: 'appended', row: 3 });
    expect(sheet.at('A4')).toBe('r2');
    expect(await ids(workbook)).toEqual(['r1', 'r2']);
    // All of it under the document lock, released at the end.
    expect(calls.slice(0, 3)).toEqual([
      'SpreadsheetApp.getActiveSpreadsheet',
      'LockService.getDocumentLock',
      'Lock.waitLock',
    ]);
    expect(calls.at(-1)).toBe('Lock.releaseLock');
    expect(callCounts(services.log)['SpreadsheetApp.flush']).toBe(1);
  });

  it('two sidebars that read the history and save at once: both reviews end up in it', async () => {
    const { workbook, second } = await withHistory();
    const existing = await workbook.readSheet(HISTORY);
    const [a, b] = await Promise.all([
      saveReviewToHistory(workbook, reviewWithId('r2'), existing, options),
      saveReviewToHistory(second, reviewWithId('r3', 'Tjeneste B'), existing, options),
    ]);
    expect(await ids(workbook)).toEqual(['r1', 'r2', 'r3']);
    expect([a.row, b.row]).toEqual([2, 3]);
  });

  it('a second sidebar’s save waits for the lock: it cannot write between the first one’s look and its write', async () => {
    const { services, server, workbook, sheet } = await withHistory();
    const existing = await workbook.readSheet(HISTORY);
    let blocked: unknown = null;
    services.book.afterRead = () => {
      services.book.afterRead = null;
      try {
        server.ipsAppendRow(historyAppendRequest(reviewWithId('r3', 'Tjeneste B'), options));
      } catch (error) {
        blocked = error;
      }
    };
    await saveReviewToHistory(workbook, reviewWithId('r2'), existing, options);
    expect(String(blocked)).toContain(LOCK_TIMEOUT_MESSAGE);
    expect(await ids(workbook)).toEqual(['r1', 'r2']);
    expect(services.lockService.holder).toBeNull();
    // Once the first is done the second gets the lock and lands below.
    await saveReviewToHistory(workbook, reviewWithId('r3', 'Tjeneste B'), existing, options);
    expect(await ids(workbook)).toEqual(['r1', 'r2', 'r3']);
    expect(sheet.at('A4')).toBe('r3');
  });

  it('what a user types where the review goes, between the server’s look and its write, moves down, not overwritten', async () => {
    const { services, workbook, sheet } = await withHistory();
    const existing = await workbook.readSheet(HISTORY);
    services.book.afterRead = (read) => {
      if (read.name !== HISTORY) return;
      services.book.afterRead = null;
      read.type('B3', 'notat');
    };
    const saved = await saveReviewToHistory(workbook, reviewWithId('r2'), existing, options);
    expect(saved.row).toBe(2);
    expect(sheet.at('A3')).toBe('r2');
    expect(sheet.at('B4')).toBe('notat');
  });

  it('the same review saved from two sidebars is in the history once', async () => {
    const { workbook, second } = await withHistory();
    const existing = await workbook.readSheet(HISTORY);
    const saves = await Promise.all([
      saveReviewToHistory(workbook, reviewWithId('r2'), existing, options),
      saveReviewToHistory(second, reviewWithId('r2'), existing, options),
    ]);
    expect(await ids(workbook)).toEqual(['r1', 'r2']);
    expect(saves.map((save) => save.action)).toEqual(['appended', 'unchanged']);
  });

  it('releases the lock when the append fails, and refuses a malformed request before touching anything', async () => {
    const { services, server } = await withHistory();
    expect(() => server.ipsAppendRow({ sheet: HISTORY } as never)).toThrow('appendRow: the request has no header plan');
    services.book.afterRead = () => {
      throw new Error('the spreadsheet went away');
    };
    expect(() => server.ipsAppendRow(historyAppendRequest(reviewWithId('r2'), options))).toThrow(
      'the spreadsheet went away',
    );
    expect(services.lockService.holder).toBeNull();
  });

  it('creates the history sheet with its header', async () => {
    const services = fakeServices();
    const workbook = scriptRunWorkbook(
      fakeScriptRun(workbookServer(services) as unknown as Record<string, (...args: never[]) => unknown>).run,
    );
    const saved = await saveReviewToHistory(workbook, reviewWithId('r1'), null, options);
    expect(saved).toMatchObject({ action: 'created', row: 1 });
    expect(services.book.sheet(HISTORY)!.at('A1')).toBe('Evaluerings-ID');
    expect(services.book.sheet(HISTORY)!.frozenRows).toBe(1);
    expect(await ids(workbook)).toEqual(['r1']);
  });
});
