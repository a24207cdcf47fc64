/**
 * The import's way out of a false alarm: a column whose values pass the fødselsnummer check but
 * are not personal data (bank account numbers: about 2 % of valid ones pass) is marked as such,
 * is written, and the mark goes into the open review (its score sheet and report).
 */
import { describe, expect, it } from 'vitest';
import { privacyFieldLabel } from '../../src/core/review/privacy';
import { sampleReview } from '../../src/core/review/sample';
import { buildReport } from '../../src/core/report/build';
import { readScoreSheet, scoreSheetPlan } from '../../src/core/sheets/score-sheet';
import { MemoryWorkbook } from '../../src/preview/memory-workbook';
import {
  blockingReasons,
  canWrite,
  importMarks,
  importPlans,
  initialInputsState,
  reduceInputs,
  type InputsAction,
} from '../../src/ui/inputs-state';
import { initialState, reduce } from '../../src/ui/state';
import { ACCOUNT } from '../shared/review-text-fields';

const CSV = ['Journal nr;Deltaker;Andre notater', `1;P1;Lønn til konto ${ACCOUNT}`, '2;P2;ok', '3;P3;'].join('\n');
const run = (...actions: InputsAction[]) => actions.reduce(reduceInputs, initialInputsState());

describe('marking an imported column as not personal data', () => {
  it('a column of account numbers that pass the fødselsnummer check blocks until marked, then writes', async () => {
    const flagged = run({ type: 'startImport', text: CSV, fileName: null, language: 'nb' });
    expect(flagged.draft!.findings.map((finding) => [finding.column, finding.kind])).toEqual([['notes', 'nationalId']]);
    expect(canWrite(flagged.draft!)).toBe(false);

    const marked = reduceInputs(flagged, { type: 'notPersonalData', column: 'notes', language: 'nb' });
    expect(marked.draft!.findings).toEqual([]);
    expect(blockingReasons(marked.draft!)).toEqual([]);
    const workbook = new MemoryWorkbook();
    await workbook.write(importPlans(marked.draft!, 'nb', '', null).plans);
    const sheet = (await workbook.readSheet('Journalgjennomgang'))!;
    expect(sheet.some((row) => row.includes(`Lønn til konto ${ACCOUNT}`))).toBe(true);
  });

  it('the mark is recorded in the open review, shown in its score sheet and report, and survives save → reopen', async () => {
    const draft = reduceInputs(run({ type: 'startImport', text: CSV, fileName: null, language: 'nb' }), {
      type: 'notPersonalData',
      column: 'notes',
      language: 'nb',
    }).draft!;
    const marks = importMarks(draft);
    expect(marks).toEqual([{ field: 'import:chartReview:notes', value: '' }]);
    expect(privacyFieldLabel(marks[0]!.field).nb).toMatch(/^Import: Journalgjennomgang – /);

    let state = reduce(initialState({ today: '2025-06-08' }), {
      type: 'openReview',
      review: sampleReview(),
      sheet: 'IPS',
      isNew: false,
    });
    state = reduce(state, { type: 'markNotPersonalData', marks, date: state.today });
    expect(state.dirty).toBe(true);
    expect(state.review!.notPersonalData).toEqual([
      { field: 'import:chartReview:notes', value: '', markedAt: '2025-06-08' },
    ]);
    const workbook = new MemoryWorkbook();
    await workbook.write([scoreSheetPlan(state.review!, { sheet: 'IPS', language: 'nb' })]);
    const reopened = readScoreSheet((await workbook.readSheet('IPS'))!)!;
    expect(reopened.notPersonalData).toEqual(state.review!.notPersonalData);
    expect(
      buildReport(reopened, { language: 'nb' }).warnings.find((w) => w.code === 'notPersonalData')!.message,
    ).toMatch(/hele kolonnen Import: Journalgjennomgang – /);
  });

  it('a new import, or another table, flags the column again', () => {
    let state = run(
      { type: 'startImport', text: CSV, fileName: null, language: 'nb' },
      { type: 'notPersonalData', column: 'notes', language: 'nb' },
    );
    state = reduceInputs(state, { type: 'chooseTable', tableId: 'chartReview', language: 'nb' });
    expect(state.draft!.findings.map((finding) => finding.column)).toEqual(['notes']);
    expect(importMarks(state.draft!)).toEqual([]);
  });
});
