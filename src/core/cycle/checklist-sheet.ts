/**
 * The data-request checklist of one review (checklist.ts) as a sheet, and read back: per document
 * of the request [000:1036–1125, 1778–1891, 9487–9530], its need, when it was requested and
 * received, and a note. The document id sits in a hidden first column so a renamed or translated
 * document still reads back.
 */
import type { Language, Text } from '../text';
import type { PlanValue, SheetPlan } from '../workbook/plan';
import { newDataRequestChecklist, updateChecklistEntry, type DataRequestChecklist } from './checklist';
import { DATA_REQUEST, DATA_REQUEST_NEEDS, dataRequestDocument, type DataRequestDocument } from './data-request';
import {
  REVIEW_TABLE_HEADER_ROW,
  cellText,
  dateCell,
  dateFormat,
  readDateCell,
  readReviewTable,
  reviewTableLayout,
  type SheetValues,
} from './sheet-cells';

export const CHECKLIST_SHEET: Text = { nb: 'Datainnhenting', en: 'Data request' };

const HEADERS: readonly Text[] = [
  { nb: 'Dokument-ID', en: 'Document ID' },
  { nb: 'Dokument', en: 'Document' },
  { nb: 'Behov', en: 'Need' },
  { nb: 'Bedt om', en: 'Requested' },
  { nb: 'Mottatt', en: 'Received' },
  { nb: 'Merknad', en: 'Note' },
];
const HEADER_ROW = REVIEW_TABLE_HEADER_ROW;
const COLUMN = { id: 0, document: 1, need: 2, requested: 3, received: 4, note: 5 } as const;

/** The checklist sheet: the review id on top, then one row per document in the request's order. */
export function checklistSheetPlan(
  checklist: DataRequestChecklist,
  options: {
    readonly language: Language;
    readonly sheet?: string;
    readonly documents?: readonly DataRequestDocument[];
  },
): SheetPlan {
  const { language } = options;
  const documents = options.documents ?? DATA_REQUEST;
  const rows: PlanValue[][] = checklist.entries.map((entry) => {
    const document = dataRequestDocument(entry.documentId, documents);
    return [
      entry.documentId,
      document ? document.document[language] : entry.documentId,
      document ? DATA_REQUEST_NEEDS[document.need][language] : '',
      dateCell(entry.requested),
      dateCell(entry.received),
      entry.note,
    ];
  });
  const first = HEADER_ROW + 1;
  const layout = reviewTableLayout(checklist.reviewId, HEADERS, rows, language);
  return {
    sheet: options.sheet ?? CHECKLIST_SHEET[language],
    blocks: layout.blocks,
    formats: [
      ...layout.formats,
      dateFormat(first, COLUMN.requested, rows.length),
      dateFormat(first, COLUMN.received, rows.length),
      { range: { row: first, column: COLUMN.document, rows: Math.max(1, rows.length), columns: 1 }, wrap: true },
    ],
    validations: [
      {
        range: { row: first, column: COLUMN.requested, rows: Math.max(1, rows.length), columns: 2 },
        rule: {
          type: 'date',
          message: language === 'nb' ? 'Skriv en dato (åååå-mm-dd).' : 'Enter a date (yyyy-mm-dd).',
        },
      },
    ],
    columnWidths: [120, 420, 130, 95, 95, 260],
    hiddenColumns: [COLUMN.id],
    frozenRows: HEADER_ROW + 1,
  };
}

/**
 * The checklist as the sheet holds it now (values from A1). Dates and their order are checked as
 * when typed in the pane (#VALUE! naming the document); documents missing from the sheet stay
 * not requested.
 */
export function readChecklistSheet(
  values: SheetValues,
  documents: readonly DataRequestDocument[] = DATA_REQUEST,
): DataRequestChecklist {
  const { reviewId, rows } = readReviewTable(values, HEADERS[0]!, 'data request sheet');
  let checklist = newDataRequestChecklist(reviewId, documents);
  for (const { row, cells } of rows) {
    const where = `data request sheet row ${row + 1}`;
    checklist = updateChecklistEntry(checklist, cellText(cells[COLUMN.id]), {
      requested: readDateCell(cells[COLUMN.requested], `${where}, requested`),
      received: readDateCell(cells[COLUMN.received], `${where}, received`),
      note: cellText(cells[COLUMN.note]),
    });
  }
  return checklist;
}
