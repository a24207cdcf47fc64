/**
 * The data-request checklist of one review: for every document of the data request
 * (data-request.ts), when it was requested and received, and a note. Plain values, changed only
 * through the functions here, so the dates are always valid and a receipt never precedes its request.
 */
import { invalidValue } from '../errors';
import type { FreeTextField } from '../inputs/free-text';
import { DATA_REQUEST, dataRequestDocument, type DataRequestDocument } from './data-request';
import { isoToSerial } from './dates';

export interface ChecklistEntry {
  readonly documentId: string;
  /** yyyy-mm-dd, or null while not requested. */
  readonly requested: string | null;
  /** yyyy-mm-dd, or null while not received. */
  readonly received: string | null;
  readonly note: string;
}

export interface DataRequestChecklist {
  readonly reviewId: string;
  /** One entry per document, in the data request's order. */
  readonly entries: readonly ChecklistEntry[];
}

/** A new checklist with every document not yet requested. */
export function newDataRequestChecklist(
  reviewId: string,
  documents: readonly DataRequestDocument[] = DATA_REQUEST,
): DataRequestChecklist {
  return {
    reviewId,
    entries: documents.map((document) => ({ documentId: document.id, requested: null, received: null, note: '' })),
  };
}

export type ChecklistChange = Partial<Pick<ChecklistEntry, 'requested' | 'received' | 'note'>>;

function checkDate(value: string | null, what: string): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  isoToSerial(trimmed, what);
  return trimmed;
}

/** The document as users know it, for messages: its English name (the id only for an unknown document). */
function shownName(documentId: string): string {
  const document = dataRequestDocument(documentId);
  return document ? `"${document.document.en}"` : `"${documentId}"`;
}

/**
 * The checklist with one entry changed. An unknown document, a date that is not yyyy-mm-dd, or a
 * received date before the requested one is #VALUE! naming the document.
 */
export function updateChecklistEntry(
  checklist: DataRequestChecklist,
  documentId: string,
  change: ChecklistChange,
): DataRequestChecklist {
  const index = checklist.entries.findIndex((entry) => entry.documentId === documentId);
  if (index < 0)
    throw invalidValue(
      `data request: the document ${shownName(documentId)} is not in the checklist of review "${checklist.reviewId}"`,
    );
  const entry = checklist.entries[index]!;
  const name = shownName(documentId);
  const requested =
    change.requested !== undefined ? checkDate(change.requested, `data request ${name}, requested`) : entry.requested;
  const received =
    change.received !== undefined ? checkDate(change.received, `data request ${name}, received`) : entry.received;
  if (requested !== null && received !== null && received < requested) {
    throw invalidValue(`data request ${name}: received ${received} is before requested ${requested}`);
  }
  const updated: ChecklistEntry = {
    documentId,
    requested,
    received,
    note: change.note !== undefined ? change.note.trim() : entry.note,
  };
  return { ...checklist, entries: checklist.entries.map((candidate, at) => (at === index ? updated : candidate)) };
}

export interface ChecklistStatus {
  readonly received: readonly DataRequestDocument[];
  /** Requested and not yet received. */
  readonly outstanding: readonly DataRequestDocument[];
  readonly notRequested: readonly DataRequestDocument[];
  /** Required documents not received: the items they are evidence for may be capped. */
  readonly missingRequired: readonly DataRequestDocument[];
  /** The items of the missing required documents, each once, in list order. */
  readonly itemsAtRisk: readonly string[];
}

/** Where the checklist stands. Entries for documents no longer in the list are ignored. */
export function checklistStatus(
  checklist: DataRequestChecklist,
  documents: readonly DataRequestDocument[] = DATA_REQUEST,
): ChecklistStatus {
  const received: DataRequestDocument[] = [];
  const outstanding: DataRequestDocument[] = [];
  const notRequested: DataRequestDocument[] = [];
  for (const document of documents) {
    const entry = checklist.entries.find((candidate) => candidate.documentId === document.id);
    if (entry?.received) received.push(document);
    else if (entry?.requested) outstanding.push(document);
    else notRequested.push(document);
  }
  const missingRequired = documents.filter((document) => document.need === 'required' && !received.includes(document));
  const itemsAtRisk = [...new Set(missingRequired.flatMap((document) => document.itemIds))];
  return { received, outstanding, notRequested, missingRequired, itemsAtRisk };
}

/** The notes as fields for the privacy check (checkFreeText) before the checklist is written. */
export function checklistFreeTextFields(
  checklist: DataRequestChecklist,
  documents: readonly DataRequestDocument[] = DATA_REQUEST,
): FreeTextField[] {
  return checklist.entries
    .filter((entry) => entry.note !== '')
    .map((entry) => {
      const document = dataRequestDocument(entry.documentId, documents);
      return {
        key: `data-request:${entry.documentId}:note`,
        field: document
          ? { nb: `Merknad til «${document.document.nb}»`, en: `Note on "${document.document.en}"` }
          : { nb: 'Merknad i datainnhentingen', en: 'Note in the data request' },
        value: entry.note,
      };
    });
}
