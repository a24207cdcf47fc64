/**
 * The review cycle's sheets written and read back on every host (preview MemoryWorkbook, Excel
 * and Sheets stand-ins): the data-request checklist, the seeded record sample and the evidence
 * log come back as they were written, text such as "=1+1" staying text.
 */
import { describe, expect, it } from 'vitest';
import { newDataRequestChecklist, updateChecklistEntry } from '../../src/core/cycle/checklist';
import { checklistSheetPlan, readChecklistSheet } from '../../src/core/cycle/checklist-sheet';
import { readEvidenceEntry } from '../../src/core/cycle/evidence';
import { evidenceSheetPlan, readEvidenceSheet } from '../../src/core/cycle/evidence-sheet';
import { pickRecordSample, type CaseloadRecord } from '../../src/core/cycle/record-sample';
import { readRecordSampleSheet, recordSampleSheetPlan } from '../../src/core/cycle/record-sample-sheet';
import { reviewPlan } from '../../src/core/cycle/review-plan';
import { REVIEW_PLAN_COLUMNS, reviewPlanSheetPlan } from '../../src/core/cycle/review-plan-sheet';
import { serialToIso } from '../../src/core/cells';
import { todaySerial } from '../../src/preview/engine/functions';
import { historyPlan, row } from '../core/cycle/history-rows';
import { HOST_NAMES, hostUnderTest } from './hosts';

function checklist() {
  let list = newDataRequestChecklist('rev-2025-09');
  list = updateChecklistEntry(list, 'job_list', { requested: '2025-08-01', received: '2025-08-20', note: '=1+1' });
  list = updateChecklistEntry(list, 'records', { requested: '2025-08-01', note: "'Kommer' på besøket" });
  list = updateChecklistEntry(list, 'qa_reports', { note: '@SUM(1)' });
  return list;
}

const EVIDENCE = {
  reviewId: 'rev-2025-09',
  entries: [
    readEvidenceEntry({ item: 1, source: 'doc', note: 'Porteføljeoversikt per 1. september', date: '2025-09-01' }, 1),
    readEvidenceEntry(
      { item: 'services.rapid_job_search', source: 'INT', role: 'Jobbspesialist', note: '=HYPERLINK("x")' },
      2,
    ),
    readEvidenceEntry({ item: 25, source: 'OBS', role: 'Metodeveileder', note: 'Så feltveiledning' }, 3),
  ],
};

/** 30 records: few closed without a job, so that category is short. */
function caseload(): CaseloadRecord[] {
  const records: CaseloadRecord[] = [];
  const add = (record: Omit<CaseloadRecord, 'id'>) => records.push({ id: `P${records.length + 1}`, ...record });
  add({ employed: false, closedDate: '2025-05-01' });
  for (let i = 0; i < 10; i++) add({ employed: true, jobStartDate: i < 3 ? '2025-04-01' : '2024-01-01' });
  for (let i = 0; i < 12; i++) add({ employed: false, status: 'jobSeeking', interviewed: i < 3 });
  for (let i = 0; i < 7; i++) add({ employed: false, status: 'other' });
  return records;
}

describe.each(HOST_NAMES)('%s: the review-cycle sheets round trip', (name) => {
  it('the data-request checklist: dates, notes and the review id read back', async () => {
    const { workbook } = hostUnderTest(name);
    const written = checklist();
    const plan = checklistSheetPlan(written, { language: 'nb' });
    await workbook.write([plan]);
    const values = await workbook.readSheet(plan.sheet);
    expect(readChecklistSheet(values!)).toEqual(written);
  });

  it('the evidence log: item, source, role, note and date read back', async () => {
    const { workbook } = hostUnderTest(name);
    const plan = evidenceSheetPlan(EVIDENCE, { language: 'en' });
    await workbook.write([plan]);
    expect(readEvidenceSheet((await workbook.readSheet(plan.sheet))!)).toEqual(EVIDENCE);
  });

  it('the record sample: seed, reference date, target and picks read back; the draw repeats from them', async () => {
    const { workbook } = hostUnderTest(name);
    const sample = pickRecordSample(caseload(), { seed: 20250915, referenceDate: '2025-09-15' });
    expect(sample.shortfalls.length).toBeGreaterThan(0);
    const plan = recordSampleSheetPlan(sample, { language: 'nb' });
    await workbook.write([plan]);
    const values = (await workbook.readSheet(plan.sheet))!;
    const read = readRecordSampleSheet(values);
    expect(read).toEqual({
      seed: sample.seed,
      referenceDate: sample.referenceDate,
      target: sample.target,
      picks: sample.picks,
    });
    expect(
      pickRecordSample(caseload(), { seed: read.seed, referenceDate: read.referenceDate, target: read.target }).picks,
    ).toEqual(sample.picks);
    // The shortfalls are said in words on the sheet.
    expect(values.flat()).toContain(sample.shortfalls[0]!.nb);
  });

  it('the «Vurderingsplan» sheet: names stay text, the plan cells are formulas (and compute where the host calculates)', async () => {
    const host = hostUnderTest(name);
    const history = [
      row('x1', '=1+1', '"); DROP', '2025-06-02', 88, 'baseline'),
      row('y1', 'A*', '', '2025-01-31', 104, 'baseline'),
    ];
    const plan = reviewPlanSheetPlan(history, { language: 'nb', historySheet: 'IPS-historikk' });
    await host.workbook.write([historyPlan('IPS-historikk', history), plan]);
    const values = (await host.workbook.readSheet(plan.sheet))!;
    const at = values.findIndex((cells) => cells[REVIEW_PLAN_COLUMNS.service] === '=1+1');
    expect(at).toBeGreaterThan(0);
    expect(values[at]![REVIEW_PLAN_COLUMNS.team]).toBe('"); DROP');
    expect(host.isFormula(plan.sheet, `A${at + 1}`)).toBe(false);
    expect(host.isFormula(plan.sheet, `B${at + 1}`)).toBe(false);
    for (const column of ['C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K'])
      expect(host.isFormula(plan.sheet, `${column}${at + 1}`)).toBe(true);
    if (!host.calculates) return;
    const expected = reviewPlan(history, serialToIso(todaySerial()));
    const entry = expected.find((candidate) => candidate.service === '=1+1')!;
    const shown = (column: number) => values[at]![column];
    expect(shown(REVIEW_PLAN_COLUMNS.total)).toBe(88);
    expect(shown(REVIEW_PLAN_COLUMNS.daysLeft)).toBe(entry.daysUntilDue);
    expect(shown(REVIEW_PLAN_COLUMNS.status)).toBe(entry.statusText.nb);
  });
});
