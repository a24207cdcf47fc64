/**
 * Writing the review cycle's sheets from the pane (src/ui/commands/cycle-sheets.ts): the privacy
 * check runs on evidence roles and notes and on checklist notes before anything is written.
 */
import { describe, expect, it, vi } from 'vitest';
import { newDataRequestChecklist, updateChecklistEntry } from '../../src/core/cycle/checklist';
import { readEvidenceEntry } from '../../src/core/cycle/evidence';
import { MemoryWorkbook } from '../../src/preview/memory-workbook';
import { pickRecordSample } from '../../src/core/cycle/record-sample';
import { writeChecklistSheet, writeEvidenceSheet, writeRecordSampleSheet } from '../../src/ui/commands/cycle-sheets';

const log = (role: string, note: string) => ({
  reviewId: 'r1',
  entries: [readEvidenceEntry({ item: 3, source: 'INT', role, note }, 1)],
});
const ask = (names: boolean, overwrite = true) => ({
  names: vi.fn(async () => names),
  overwrite: vi.fn(async () => overwrite),
});

describe('writing the cycle sheets', () => {
  it('a fødselsnummer in an evidence note blocks the write and names the field', async () => {
    const workbook = new MemoryWorkbook();
    const questions = ask(true);
    const outcome = await writeEvidenceSheet(
      workbook,
      log('Behandler', 'Deltaker 01019012480 sa ja'),
      { language: 'nb' },
      questions,
    );
    expect(outcome.status).toBe('blocked');
    expect(outcome.status === 'blocked' && outcome.findings[0]!.field.nb).toBe('Kildelogg rad 1: notat');
    expect(questions.names).not.toHaveBeenCalled();
    expect(workbook.sheetNames).not.toContain('Kildelogg');
  });

  it('a name given as informant role is asked about; no means nothing is written', async () => {
    const workbook = new MemoryWorkbook();
    const questions = ask(false);
    const outcome = await writeEvidenceSheet(
      workbook,
      log('Kari Nordmann', 'Teamet møtes ukentlig.'),
      { language: 'nb' },
      questions,
    );
    expect(questions.names).toHaveBeenCalledTimes(1);
    expect(outcome.status).toBe('notWritten');
    expect(workbook.sheetNames).not.toContain('Kildelogg');
  });

  it('a role and note without personal data are written; a checklist note with a fødselsnummer is blocked', async () => {
    const workbook = new MemoryWorkbook();
    const questions = ask(true);
    expect(
      (await writeEvidenceSheet(workbook, log('Behandler', 'Teamet møtes ukentlig.'), { language: 'nb' }, questions))
        .status,
    ).toBe('written');
    expect(workbook.valueAt('Kildelogg', 'D4')).toBe('Behandler');
    const checklist = updateChecklistEntry(newDataRequestChecklist('r1'), 'records', { note: 'Se 01019012480' });
    expect((await writeChecklistSheet(workbook, checklist, { language: 'nb' }, questions)).status).toBe('blocked');
    expect(workbook.sheetNames).not.toContain('Datainnhenting');
  });

  it('a participant code in the record sample that is a fødselsnummer blocks the write; codes are not asked about as names', async () => {
    const workbook = new MemoryWorkbook();
    const records = [
      { id: 'Kari Nordmann', employed: true },
      { id: 'P2', employed: false, status: 'jobSeeking' as const },
    ];
    const questions = ask(true);
    const fine = pickRecordSample(records, { seed: 1, referenceDate: '2025-09-01' });
    expect((await writeRecordSampleSheet(workbook, fine, { language: 'nb' }, questions)).status).toBe('written');
    expect(questions.names).not.toHaveBeenCalled();
    const withNationalId = pickRecordSample([...records, { id: '01019012480', employed: true }], {
      seed: 1,
      referenceDate: '2025-09-01',
    });
    const outcome = await writeRecordSampleSheet(new MemoryWorkbook(), withNationalId, { language: 'nb' }, questions);
    expect(outcome.status).toBe('blocked');
    expect(outcome.status === 'blocked' && outcome.findings[0]!.value).toBe('01019012480');
  });
});
