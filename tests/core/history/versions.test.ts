/**
 * Issue 14: the add-in's version and the scale's version are saved with every review in the
 * history, in two columns appended after every existing one (formulas and charts point at fixed
 * columns), and a history written before those columns existed still reads.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../src/core/cells';
import { saveReviewToHistory } from '../../../src/core/history/append';
import {
  HISTORY_LABELS,
  historyHeader,
  historyLayout,
  historyRow,
  historyRowValues,
  planHistoryAppend,
  readHistory,
} from '../../../src/core/history/table';
import { sampleReview } from '../../../src/core/review/sample';
import { DEFAULT_SCALE } from '../../../src/core/scale/registry';
import { versionLine } from '../../../src/core/version';
import { planCellText } from '../../../src/core/workbook/plan';
import { MemoryWorkbook } from '../../../src/preview/memory-workbook';
import { APP_VERSION, paneVersionLine } from '../../../src/ui/commands/version';

const PACKAGE_VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const layout = historyLayout();

/** The history as it was written before the version columns: every row two cells shorter. */
function oldHistory(): (string | number)[][] {
  const header = historyHeader('nb').slice(0, layout.appVersion);
  const row = historyRowValues(historyRow(sampleReview(), DEFAULT_SCALE, '0.0.9'), 'nb').slice(0, layout.appVersion);
  return [header, row];
}

describe('the version columns of the history', () => {
  it('come after every column there was, which keep their places', () => {
    // The columns before: id, service, team, date, 25 items, 3 section means, total, level, type, evaluators, revision, corrections.
    expect([layout.firstScore, layout.firstMean, layout.total, layout.corrections]).toEqual([4, 29, 32, 37]);
    expect([layout.appVersion, layout.scaleVersion, layout.width]).toEqual([38, 39, 40]);
    const header = historyHeader('en');
    expect(header).toHaveLength(layout.width);
    expect(header.slice(layout.appVersion)).toEqual(['Add-in version', 'Scale version']);
    expect(historyHeader('nb').slice(layout.appVersion)).toEqual([
      HISTORY_LABELS.appVersion.nb,
      HISTORY_LABELS.scaleVersion.nb,
    ]);
  });

  it('hold the add-in version given and the scale version of the registry', () => {
    const values = historyRowValues(historyRow(sampleReview(), DEFAULT_SCALE, '1.2.3'), 'nb');
    expect(values).toHaveLength(layout.width);
    expect(values[layout.appVersion]).toBe('1.2.3');
    expect(values[layout.scaleVersion]).toBe('2008');
    expect(DEFAULT_SCALE.version).toBe('2008');
  });

  it('read back, and read as blank from a history written before they existed', () => {
    const now = historyRowValues(historyRow(sampleReview(), DEFAULT_SCALE, '1.2.3'), 'en');
    const [row] = readHistory([historyHeader('en'), now.map((value) => planCellText(value) as CellValue)]);
    expect([row!.appVersion, row!.scaleVersion]).toEqual(['1.2.3', '2008']);

    const [old] = readHistory(oldHistory());
    expect(old!.total).toBe(historyRow(sampleReview()).total);
    expect([old!.appVersion, old!.scaleVersion]).toEqual(['', '']);
  });

  it('do not make a review saved again under a newer add-in a changed review', () => {
    // The old history holds the sample review (written by 0.0.9, without version columns): the same
    // review saved by this version is the same review, nothing to write.
    const planned = planHistoryAppend(oldHistory(), sampleReview(), { language: 'nb', appVersion: '9.9.9' });
    expect(planned.action).toBe('unchanged');
  });

  it("are written by the pane with package.json's version, under an old history too", async () => {
    expect(APP_VERSION).toBe(PACKAGE_VERSION);
    const workbook = new MemoryWorkbook();
    const review = { ...sampleReview(), id: 'another-review' };
    workbook.seed([{ sheet: 'IPS-historikk', blocks: [{ row: 0, column: 0, values: oldHistory() }] }]);
    const existing = await workbook.readSheet('IPS-historikk');
    const saved = await saveReviewToHistory(workbook, review, existing, { language: 'nb', appVersion: APP_VERSION });
    expect(saved.action).toBe('appended');
    const values = (await workbook.readSheet('IPS-historikk'))!;
    expect(values[saved.row]![layout.appVersion]).toBe(PACKAGE_VERSION);
    expect(values[saved.row]![layout.scaleVersion]).toBe('2008');
    const rows = readHistory(values);
    expect(rows.map((row) => row.appVersion)).toEqual(['', PACKAGE_VERSION]);
  });
});

describe('the version line the pane shows', () => {
  it('names the add-in version and the scale version, in the language', () => {
    expect(versionLine('0.1.0', 'nb')).toBe('IPS Fidelity 0.1.0 · skala 2008');
    expect(versionLine('0.1.0', 'en')).toBe('IPS Fidelity 0.1.0 · scale 2008');
    expect(paneVersionLine('nb')).toBe(`IPS Fidelity ${PACKAGE_VERSION} · skala 2008`);
    expect(versionLine('2.0.0', 'en', { ...DEFAULT_SCALE, version: undefined })).toBe('IPS Fidelity 2.0.0');
  });
});
