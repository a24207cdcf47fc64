/**
 * The data request as data [000:1036–1125, 1778–1891, 9487–9530] and the checklist of one review:
 * requested and received dates, notes, what is outstanding and which items lack required documents.
 */
import { describe, expect, it } from 'vitest';
import {
  checklistFreeTextFields,
  checklistStatus,
  newDataRequestChecklist,
  updateChecklistEntry,
} from '../../../src/core/cycle/checklist';
import { DATA_REQUEST, DATA_REQUEST_NEEDS, documentsForItem } from '../../../src/core/cycle/data-request';
import { checkFreeText } from '../../../src/core/inputs/free-text';
import { DEFAULT_SCALE } from '../../../src/core/scale/registry';

const ITEM_IDS = new Set(DEFAULT_SCALE.items.map((item) => item.id));

describe('the data request', () => {
  it('has unique ids, both languages, known items, and lines within the cited parts of the manual', () => {
    const ids = DATA_REQUEST.map((document) => document.id);
    expect(new Set(ids).size).toBe(ids.length);
    const cited = [
      [1036, 1125],
      [1778, 1891],
      [9487, 9530],
    ];
    for (const document of DATA_REQUEST) {
      expect(document.document.nb.length, document.id).toBeGreaterThan(10);
      expect(document.document.en.length, document.id).toBeGreaterThan(10);
      for (const itemId of document.itemIds) expect(ITEM_IDS.has(itemId), `${document.id}: ${itemId}`).toBe(true);
      expect(DATA_REQUEST_NEEDS[document.need]).toBeDefined();
      expect(document.lines.length, document.id).toBeGreaterThan(0);
      for (const [from, to] of document.lines) {
        expect(from <= to, document.id).toBe(true);
        expect(
          cited.some(([start, end]) => from >= start! && to <= end!),
          `${document.id} ${from}–${to}`,
        ).toBe(true);
      }
    }
  });

  it("marks the manual's required documentation as required and the examples of useful documents as useful", () => {
    const need = (id: string) => DATA_REQUEST.find((document) => document.id === id)?.need;
    for (const id of [
      'qa_reports',
      'quarterly_employment_data',
      'intake_forms',
      'annual_plans',
      'days_to_first_contact',
      'career_profiles',
      'employer_contact_logs',
      'job_development_plans',
      'job_support_plans',
      'outreach_documentation',
    ]) {
      expect(need(id), id).toBe('required');
    }
    for (const id of [
      'nav_minutes',
      'field_mentoring_logs',
      'steering_group_minutes',
      'clinician_communication_notes',
      'benefits_reports',
      'disclosure_documentation',
      'community_time_data',
    ]) {
      expect(need(id), id).toBe('useful');
    }
  });

  it('names the cap for rapid job search when days to first contact are not recorded', () => {
    const [days] = documentsForItem('services.rapid_job_search').filter((document) => document.withoutIt);
    expect(days!.id).toBe('days_to_first_contact');
    expect(days!.withoutIt!.nb).toContain('ikke høyere skår enn 4');
  });

  it('lists the documents for an item', () => {
    expect(documentsForItem('org.competitive_focus').map((document) => document.id)).toEqual([
      'agency_brochure',
      'vocational_brochures',
      'quarterly_employment_data',
      'intake_forms',
      'annual_plans',
    ]);
  });
});

describe('the data-request checklist', () => {
  it('starts with every document not requested', () => {
    const checklist = newDataRequestChecklist('r1');
    expect(checklist.entries).toHaveLength(DATA_REQUEST.length);
    const status = checklistStatus(checklist);
    expect(status.notRequested).toHaveLength(DATA_REQUEST.length);
    expect(status.missingRequired.every((document) => document.need === 'required')).toBe(true);
    expect(status.itemsAtRisk).toContain('services.rapid_job_search');
  });

  it('records requested and received dates and a note, without changing the original', () => {
    const empty = newDataRequestChecklist('r1');
    let checklist = updateChecklistEntry(empty, 'qa_reports', {
      requested: '2025-05-01',
      note: '  Siste rapport fra 2024 ',
    });
    checklist = updateChecklistEntry(checklist, 'employer_contact_logs', { requested: '2025-05-01' });
    checklist = updateChecklistEntry(checklist, 'qa_reports', { received: '2025-05-10' });
    expect(empty.entries.every((entry) => entry.requested === null)).toBe(true);
    expect(checklist.entries.find((entry) => entry.documentId === 'qa_reports')).toEqual({
      documentId: 'qa_reports',
      requested: '2025-05-01',
      received: '2025-05-10',
      note: 'Siste rapport fra 2024',
    });
    const status = checklistStatus(checklist);
    expect(status.received.map((document) => document.id)).toEqual(['qa_reports']);
    expect(status.outstanding.map((document) => document.id)).toEqual(['employer_contact_logs']);
    expect(status.missingRequired.map((document) => document.id)).not.toContain('qa_reports');
    expect(status.itemsAtRisk).toContain('services.employer_contacts');
    expect(status.itemsAtRisk).not.toContain('org.executive_support');
  });

  it('clears a date given as blank', () => {
    const checklist = updateChecklistEntry(newDataRequestChecklist('r1'), 'intake_forms', { requested: '2025-05-01' });
    expect(
      updateChecklistEntry(checklist, 'intake_forms', { requested: ' ' }).entries.find(
        (e) => e.documentId === 'intake_forms',
      )!.requested,
    ).toBeNull();
  });

  it('refuses an unknown document, a date not written yyyy-mm-dd, and a receipt before the request', () => {
    const checklist = newDataRequestChecklist('r1');
    expect(() => updateChecklistEntry(checklist, 'no_such', { requested: '2025-05-01' })).toThrow(
      /not in the checklist of review "r1"/,
    );
    expect(() => updateChecklistEntry(checklist, 'intake_forms', { requested: '01.05.2025' })).toThrow(
      'data request "Intake forms asking about interest in work", requested: expected a date written yyyy-mm-dd, got "01.05.2025"',
    );
    const requested = updateChecklistEntry(checklist, 'intake_forms', { requested: '2025-05-10' });
    expect(() => updateChecklistEntry(requested, 'intake_forms', { received: '2025-05-01' })).toThrow(
      /received 2025-05-01 is before requested 2025-05-10/,
    );
  });

  it('hands the notes to the privacy check, which finds a fødselsnummer', () => {
    const checklist = updateChecklistEntry(newDataRequestChecklist('r1'), 'intake_forms', {
      note: 'Skjema for 15030000037 mangler',
    });
    const fields = checklistFreeTextFields(checklist);
    expect(fields).toEqual([
      {
        key: 'data-request:intake_forms:note',
        field: {
          nb: 'Merknad til «Inntaksskjemaer med spørsmål om interesse for arbeid»',
          en: 'Note on "Intake forms asking about interest in work"',
        },
        value: 'Skjema for 15030000037 mangler',
      },
    ]);
    expect(checkFreeText(fields).map((finding) => [finding.kind, finding.severity])).toEqual([['nationalId', 'block']]);
  });
});
