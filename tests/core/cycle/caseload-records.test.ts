/**
 * The caseload the record sample draws from, read from «Porteføljer» and «Jobber» as the pane's
 * input sheets hold them (written with the table plans into the preview workbook and read back).
 */
import { describe, expect, it } from 'vitest';
import { caseloadRecords } from '../../../src/core/cycle/caseload-records';
import { pickRecordSample } from '../../../src/core/cycle/record-sample';
import {
  CASELOAD_TABLE,
  JOBS_TABLE,
  rowsBlock,
  tableSheetPlan,
  type TypedValue,
} from '../../../src/core/inputs/tables';
import { MemoryWorkbook } from '../../../src/preview/memory-workbook';

type Row = Readonly<Record<string, TypedValue>>;

async function sheets(caseload: Row[], jobs: Row[] = []) {
  const workbook = new MemoryWorkbook();
  const plan = (table: typeof CASELOAD_TABLE, rows: Row[]) => {
    const sheet = tableSheetPlan(table, 'nb');
    return {
      ...sheet,
      blocks: [
        ...sheet.blocks,
        rowsBlock(
          table,
          rows.map((values) => ({ values })),
          'nb',
        ),
      ],
    };
  };
  await workbook.write([plan(CASELOAD_TABLE, caseload), plan(JOBS_TABLE, jobs)]);
  const [caseloadValues, jobValues] = await workbook.readSheets([CASELOAD_TABLE.sheet.nb, JOBS_TABLE.sheet.nb]);
  return { caseload: caseloadValues!, jobs: jobValues! };
}

describe('caseloadRecords', () => {
  it('reads each participant’s status, a closed case’s last contact, and job starts and current jobs from «Jobber»', async () => {
    const { caseload, jobs } = await sheets(
      [
        { specialist: 'JS1', participant: 'D1', status: 'employed' },
        { specialist: 'JS1', participant: 'D2', status: 'jobSeeking' },
        { specialist: 'JS2', participant: 'D3', status: 'education' },
        { specialist: 'JS2', participant: 'D4', status: 'otherActive' },
        { specialist: 'JS2', participant: 'D5', status: 'closed', lastContact: '2025-05-02' },
        { specialist: 'JS2', participant: 'D6', status: 'referred' },
        { specialist: 'JS3', participant: 'D2', status: 'jobSeeking' },
        { specialist: 'JS3', participant: 'D7', status: 'otherActive' },
      ],
      [
        { participant: 'D1', startDate: '2025-01-10', endDate: '2025-03-01' },
        { participant: 'D1', startDate: '2025-04-01' },
        { participant: 'D7', startDate: '2025-05-20' },
      ],
    );
    const read = caseloadRecords(caseload, jobs);
    expect(read.records).toEqual([
      { id: 'D1', employed: true, closedDate: null, status: 'other', jobStartDate: '2025-04-01' },
      { id: 'D2', employed: false, closedDate: null, status: 'jobSeeking', jobStartDate: null },
      { id: 'D3', employed: false, closedDate: null, status: 'education', jobStartDate: null },
      { id: 'D4', employed: false, closedDate: null, status: 'other', jobStartDate: null },
      { id: 'D5', employed: false, closedDate: '2025-05-02', jobStartDate: null },
      // In work by «Jobber», whatever the caseload's status says.
      { id: 'D7', employed: true, closedDate: null, status: 'other', jobStartDate: '2025-05-20' },
    ]);
    // The referral and D2's second listing.
    expect(read.skipped).toBe(2);
    // What pickRecordSample takes, as it is.
    const sample = pickRecordSample(read.records, { seed: 7, referenceDate: '2025-06-07', target: 'minimum' });
    expect(sample.picks.map((pick) => [pick.id, pick.category]).sort()).toEqual([
      ['D1', 'employed'],
      ['D2', 'seekingOrEducation'],
      ['D3', 'seekingOrEducation'],
      ['D5', 'closedWithoutJob'],
      ['D7', 'employed'],
    ]);
  });

  it('reads an empty caseload as no records', async () => {
    const { caseload } = await sheets([]);
    expect(caseloadRecords(caseload)).toEqual({ records: [], skipped: 0 });
  });
});
