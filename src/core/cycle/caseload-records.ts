/**
 * The caseload as the record sample draws from it (record-sample.ts), read from the input tables
 * «Porteføljer» (one row per participant with a status) and «Jobber» (job starts and ends): who is
 * in work, who is looking for work or studying, who was closed and when, and each person's latest
 * job start. Referrals not yet met are not records to review; rows that cannot be read are left out
 * and counted, so the pane can say so.
 */
import type { CellValue } from '../cells';
import { importFromValues } from '../inputs/import';
import { CASELOAD_TABLE, JOBS_TABLE, type TypedValue } from '../inputs/tables';
import type { CaseloadRecord } from './record-sample';

export interface CaseloadRecordsRead {
  readonly records: readonly CaseloadRecord[];
  /** Caseload rows not used: unreadable, without a participant code, a referral not yet met, or listed again. */
  readonly skipped: number;
}

type SheetValues = readonly (readonly CellValue[])[];

const text = (value: TypedValue | undefined): string => (typeof value === 'string' ? value.trim() : '');

/**
 * The records of «Porteføljer» (values from A1, as a host reads the sheet), with the job starts
 * and current jobs of «Jobber» when given. A closed record's date is its last contact (the case
 * is closed three months after it); a person counts as employed with the status «i arbeid» or a
 * job in «Jobber» without an end date.
 */
export function caseloadRecords(caseload: SheetValues, jobs: SheetValues | null = null): CaseloadRecordsRead {
  const read = importFromValues(CASELOAD_TABLE, caseload);
  const latestStart = new Map<string, string>();
  const inJob = new Set<string>();
  if (jobs) {
    for (const row of importFromValues(JOBS_TABLE, jobs).rows) {
      const id = text(row.values['participant']);
      if (id === '') continue;
      const start = text(row.values['startDate']);
      if (start !== '' && start > (latestStart.get(id) ?? '')) latestStart.set(id, start);
      if (text(row.values['endDate']) === '') inJob.add(id);
    }
  }
  const records: CaseloadRecord[] = [];
  let skipped = read.errors.length > 0 ? new Set(read.errors.map((issue) => issue.line)).size : 0;
  const seen = new Set<string>();
  for (const row of read.rows) {
    const id = text(row.values['participant']);
    const status = text(row.values['status']);
    // A participant listed twice (two specialists' lists) is one record.
    if (id === '' || status === 'referred' || seen.has(id)) {
      skipped += 1;
      continue;
    }
    seen.add(id);
    const jobStartDate = latestStart.get(id) ?? null;
    const employed = status === 'employed' || inJob.has(id);
    if (status === 'closed') {
      const lastContact = text(row.values['lastContact']);
      records.push({ id, employed, closedDate: lastContact === '' ? null : lastContact, jobStartDate });
      continue;
    }
    records.push({
      id,
      employed,
      closedDate: null,
      status: status === 'jobSeeking' ? 'jobSeeking' : status === 'education' ? 'education' : 'other',
      jobStartDate,
    });
  }
  return { records, skipped };
}
