/**
 * The review cycle in the pane (issue 12), as its buttons run the commands over the preview
 * workbook: «Skriv vurderingsplan» on the start screen (and the list of what is due, from the
 * history the start screen read), and a review's preparation sheets — the data-request checklist,
 * the record sample drawn from «Porteføljer», the evidence log — with the log read into the pane
 * (opened with the review, read again) for the items' coverage and the report's «Informasjonskilder».
 */
import { describe, expect, it } from 'vitest';
import { isoToSerial } from '../../../src/core/cycle/dates';
import { readChecklistSheet } from '../../../src/core/cycle/checklist-sheet';
import { readRecordSampleSheet } from '../../../src/core/cycle/record-sample-sheet';
import { HISTORY_SHEET } from '../../../src/core/history/table';
import {
  CASELOAD_TABLE,
  JOBS_TABLE,
  rowsBlock,
  tableSheetPlan,
  type TypedValue,
} from '../../../src/core/inputs/tables';
import { sampleReview } from '../../../src/core/review/sample';
import { DEFAULT_SCALE } from '../../../src/core/scale/registry';
import { scoreSheetPlan } from '../../../src/core/sheets/score-sheet';
import { cellAddress } from '../../../src/core/workbook/plan';
import { MemoryWorkbook } from '../../../src/preview/memory-workbook';
import { checklistInPane, evidenceLogInPane, recordSampleInPane } from '../../../src/ui/commands/cycle-sheets';
import { rereadEvidence } from '../../../src/ui/commands/evidence-log';
import { makeReport } from '../../../src/ui/commands/report';
import { openScoreSheet, refreshSheets } from '../../../src/ui/commands/review';
import { reviewPlanFromHistory, writeReviewPlanInPane } from '../../../src/ui/commands/review-plan';
import { reviewEvidence } from '../../../src/ui/state';
import { reportFor, reviewSheetNames } from '../../../src/ui/workflow';
import { historyPlan, row } from '../../core/cycle/history-rows';
import { testPane } from '../support/pane';

const review = sampleReview();
const ITEMS = DEFAULT_SCALE.items;
const TODAY = '2025-12-01';

describe('the review plan on the start screen', () => {
  const rows = [
    row('a1', 'Alfa', '', '2025-06-15', 90, 'baseline'), // due in 14 days
    row('b1', 'Beta', 'T', '2025-03-01', 80, 'baseline'), // overdue
    row('c1', 'Gamma', '', '2025-11-01', 110, 'baseline'), // due next year
  ];

  it('lists what is due from the history the start screen read, overdue first', async () => {
    const workbook = new MemoryWorkbook({ today: () => isoToSerial(TODAY, 'today') });
    workbook.seed([historyPlan(HISTORY_SHEET.nb, rows)]);
    const { pane, state } = testPane({ workbook, today: TODAY });
    await refreshSheets(pane);
    const listed = state().sheets.status === 'ready' ? state().sheets : null;
    const due = reviewPlanFromHistory(listed && 'history' in listed ? listed.history!.rows : [], TODAY).dueSoon;
    expect(due.map((entry) => [entry.service, entry.nextDue, entry.statusText.nb])).toEqual([
      ['Beta', '2025-09-01', 'Forfalt for 91 dager siden'],
      ['Alfa', '2025-12-15', 'Forfaller om 14 dager'],
    ]);
  });

  it('«Skriv vurderingsplan» writes the sheet over the history found, brings it to the front and says what is due', async () => {
    const workbook = new MemoryWorkbook({ today: () => isoToSerial(TODAY, 'today') });
    workbook.seed([historyPlan(HISTORY_SHEET.en, rows)]);
    const { pane, notice } = testPane({ workbook, today: TODAY });
    await refreshSheets(pane);
    await writeReviewPlanInPane(pane);
    expect(notice()).toMatchObject({ kind: 'success' });
    expect(notice()!.nb).toBe(
      '«Vurderingsplan» er skrevet: 3 tjenester, 2 skal vurderes innen 30 dager eller er forfalt.',
    );
    expect(workbook.activeSheet).toBe('Vurderingsplan');
    // Its formulas read the history that is there (the English one).
    const { rows: used, columns } = workbook.usedSize('Vurderingsplan');
    const raw = Array.from({ length: used }, (_, r) =>
      Array.from({ length: columns }, (_, c) => workbook.rawAt('Vurderingsplan', cellAddress(r, c))),
    );
    expect(JSON.stringify(raw)).toContain("'IPS history'!");
    expect(workbook.valueAt('Vurderingsplan', 'A2')).not.toBe('');
  });

  it('says to save a review to the history first when there is none', async () => {
    const { pane, notice, workbook } = testPane({ today: TODAY });
    await refreshSheets(pane);
    await writeReviewPlanInPane(pane);
    expect(notice()).toMatchObject({ kind: 'info' });
    expect(notice()!.en).toMatch(/^No history yet/);
    expect(workbook.sheetNames).not.toContain('Vurderingsplan');
  });
});

type Row = Readonly<Record<string, TypedValue>>;

function tableWith(table: typeof CASELOAD_TABLE, rows: Row[]) {
  const plan = tableSheetPlan(table, 'nb');
  return {
    ...plan,
    blocks: [
      ...plan.blocks,
      rowsBlock(
        table,
        rows.map((values) => ({ values })),
        'nb',
      ),
    ],
  };
}

const CASELOAD: Row[] = [
  ...Array.from({ length: 6 }, (_, i) => ({ specialist: 'JS1', participant: `A${i + 1}`, status: 'employed' })),
  ...Array.from({ length: 4 }, (_, i) => ({ specialist: 'JS1', participant: `B${i + 1}`, status: 'jobSeeking' })),
  ...Array.from({ length: 3 }, (_, i) => ({
    specialist: 'JS2',
    participant: `C${i + 1}`,
    status: 'closed',
    lastContact: '2025-04-01',
  })),
];

describe('the preparation sheets of a review', () => {
  it('«Sjekkliste for datainnhenting» writes the checklist of this review once; again it only opens it', async () => {
    const { pane, workbook, notice } = testPane({ review });
    await checklistInPane(pane);
    expect(notice()).toMatchObject({ kind: 'success' });
    expect(readChecklistSheet((await workbook.readSheet('Datainnhenting'))!).reviewId).toBe(review.id);
    expect(workbook.activeSheet).toBe('Datainnhenting');
    workbook.resetCalls();
    await checklistInPane(pane);
    expect(notice()).toMatchObject({ kind: 'info' });
    expect(notice()!.nb).toContain('finnes allerede');
    expect(workbook.calls.write).toBe(0);
  });

  it('«Trekk journalutvalg» asks for «Porteføljer» first, then draws 10 records from it, never again unasked', async () => {
    const { pane, workbook, notice, state } = testPane({ review });
    await recordSampleInPane(pane);
    expect(notice()).toMatchObject({ kind: 'info' });
    expect(notice()!.nb).toContain('«Porteføljer»');
    await workbook.write([tableWith(CASELOAD_TABLE, CASELOAD), tableWith(JOBS_TABLE, [])]);
    await recordSampleInPane(pane);
    expect(notice()).toMatchObject({ kind: 'success' });
    expect(notice()!.nb).toContain('10 journaler');
    const read = readRecordSampleSheet((await workbook.readSheet('Journalutvalg'))!);
    expect(read.referenceDate).toBe(review.date);
    expect(read.target).toBe('minimum');
    expect(read.picks).toHaveLength(10);
    expect(workbook.activeSheet).toBe('Journalutvalg');
    workbook.resetCalls();
    await recordSampleInPane(pane);
    expect(notice()!.nb).toContain('finnes allerede');
    expect(workbook.calls.write).toBe(0);
    expect(state().busy).toBe(false);
  });

  it('a fødselsnummer as a participant code stops the record sample: nothing is written', async () => {
    const { pane, workbook, notice } = testPane({ review });
    const withId = CASELOAD.map((entry, index) => (index === 0 ? { ...entry, participant: '01019012480' } : entry));
    await workbook.write([tableWith(CASELOAD_TABLE, withId.slice(0, 1))]);
    await recordSampleInPane(pane);
    expect(notice()).toMatchObject({ kind: 'error' });
    expect(notice()!.nb).toContain('Fødselsnummer');
    expect(workbook.sheetNames).not.toContain('Journalutvalg');
  });

  it('«Kildelogg» writes the log of this review and reads it into the pane: coverage and «Informasjonskilder»', async () => {
    const { pane, workbook, notice, state } = testPane({ review });
    await evidenceLogInPane(pane);
    expect(notice()).toMatchObject({ kind: 'success' });
    expect(reviewEvidence(state())).toEqual([]);
    // The evaluators log what they found, in the sheet.
    workbook.setCellAt('Kildelogg', 'A4', 1);
    workbook.setCellAt('Kildelogg', 'C4', 'DOC');
    workbook.setCellAt('Kildelogg', 'E4', 'Porteføljeoversikter for alle.');
    workbook.setCellAt('Kildelogg', 'A5', 1);
    workbook.setCellAt('Kildelogg', 'C5', 'INT');
    workbook.setCellAt('Kildelogg', 'D5', 'Jobbspesialist');
    workbook.setCellAt('Kildelogg', 'E5', 'Bekrefter 19 deltakere.');
    await rereadEvidence(pane);
    expect(reviewEvidence(state())!.map((entry) => [entry.itemId, entry.source])).toEqual([
      [ITEMS[0]!.id, 'DOC'],
      [ITEMS[0]!.id, 'INT'],
    ]);
    const report = reportFor({
      review,
      previous: null,
      rows: [],
      language: 'nb',
      roster: '',
      evidence: reviewEvidence(state()),
    });
    expect(report.sections[0]!.items[0]!.sources).toBe('Dokumentgjennomgang (DOC); Intervju (INT): Jobbspesialist');
    // «Lag rapport» writes the report with the log's sources.
    await makeReport(pane);
    const names = reviewSheetNames(review, 'nb');
    expect(JSON.stringify(await workbook.readSheet(names.report))).toContain('Intervju (INT): Jobbspesialist');
  });

  it('opening a review reads its evidence log in the same round trip; another review’s log does not count', async () => {
    const sheet = 'IPS Fiktiv';
    const workbook = new MemoryWorkbook();
    workbook.seed([scoreSheetPlan(review, { sheet, language: 'nb' })]);
    const writer = testPane({ review, workbook });
    await evidenceLogInPane(writer.pane);
    const { pane, state } = testPane({ workbook });
    workbook.resetCalls();
    await openScoreSheet(pane, sheet);
    expect(workbook.calls.readSheets).toBe(1);
    expect(state().evidence).toMatchObject({ sheet: 'Kildelogg', reviewId: state().review!.id });
    expect(reviewEvidence(state())).toEqual([]);
    const other = testPane({ review: { ...review, id: 'another' }, workbook });
    await rereadEvidence(other.pane);
    expect(other.state().evidence?.reviewId).toBe(review.id);
    expect(reviewEvidence(other.state())).toBeNull();
  });
});
