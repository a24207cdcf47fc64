/**
 * The evidence log (evidence.ts) as a sheet, and read back: per observation the item (its number
 * on the score sheet and its name), the source code MIS/DOC/INT/OBS/ISP [000:11645–11659], the
 * informant's role — never a name [000:1447–1455] — a note and the date. Run checkEvidencePrivacy
 * on the entries before writing: role and note are free text.
 */
import { TERMS } from '../i18n/terms';
import { DEFAULT_SCALE, itemById, itemLabel } from '../scale/registry';
import type { ScaleDefinition } from '../scale/types';
import type { Language, Text } from '../text';
import type { PlanValue, SheetPlan } from '../workbook/plan';
import { EVIDENCE_SOURCES, readEvidenceEntry, type EvidenceEntry } from './evidence';
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

export const EVIDENCE_SHEET: Text = { nb: 'Kildelogg', en: 'Evidence log' };

const HEADERS: readonly Text[] = [
  TERMS.item,
  { nb: 'Punktnavn', en: 'Item name' },
  { nb: 'Kilde', en: 'Source' },
  { nb: 'Informantens rolle', en: 'Informant role' },
  { nb: 'Notat', en: 'Note' },
  TERMS.date,
];
const HEADER_ROW = REVIEW_TABLE_HEADER_ROW;
const COLUMN = { item: 0, name: 1, source: 2, role: 3, note: 4, date: 5 } as const;

export interface EvidenceLog {
  readonly reviewId: string;
  readonly entries: readonly EvidenceEntry[];
}

/** The evidence-log sheet: the review id on top, then one row per entry in log order. */
export function evidenceSheetPlan(
  log: EvidenceLog,
  options: { readonly language: Language; readonly sheet?: string; readonly scale?: ScaleDefinition },
): SheetPlan {
  const { language } = options;
  const scale = options.scale ?? DEFAULT_SCALE;
  const rows: PlanValue[][] = log.entries.map((entry) => {
    const item = itemById(entry.itemId, scale);
    return [
      item.sheetNumber,
      itemLabel(item, language, scale),
      entry.source,
      entry.role,
      entry.note,
      dateCell(entry.date),
    ];
  });
  const first = HEADER_ROW + 1;
  // Room for entries typed into the sheet later: the validations cover 500 rows.
  const room = Math.max(500, rows.length);
  const message = (nb: string, en: string) => (language === 'nb' ? nb : en);
  const layout = reviewTableLayout(log.reviewId, HEADERS, rows, language);
  return {
    sheet: options.sheet ?? EVIDENCE_SHEET[language],
    blocks: layout.blocks,
    formats: [
      ...layout.formats,
      dateFormat(first, COLUMN.date, room),
      { range: { row: first, column: COLUMN.note, rows: room, columns: 1 }, wrap: true },
    ],
    validations: [
      {
        range: { row: first, column: COLUMN.item, rows: room, columns: 1 },
        rule: {
          type: 'wholeNumber',
          min: 1,
          max: scale.items.length,
          message: message(
            `Skriv punktets nummer, 1–${scale.items.length}.`,
            `Enter the item number, 1–${scale.items.length}.`,
          ),
        },
      },
      {
        range: { row: first, column: COLUMN.source, rows: room, columns: 1 },
        rule: {
          type: 'list',
          values: EVIDENCE_SOURCES,
          message: message(`Velg ${EVIDENCE_SOURCES.join(', ')}.`, `Choose ${EVIDENCE_SOURCES.join(', ')}.`),
        },
      },
    ],
    columnWidths: [50, 240, 60, 170, 380, 95],
    frozenRows: HEADER_ROW + 1,
  };
}

/**
 * The log as the sheet holds it now (values from A1): each row checked as when typed in the pane
 * (readEvidenceEntry: item 1–25 or an id, a known source, a note; #VALUE! naming the row).
 */
export function readEvidenceSheet(values: SheetValues, scale: ScaleDefinition = DEFAULT_SCALE): EvidenceLog {
  const { reviewId, rows } = readReviewTable(values, HEADERS[0]!, 'evidence log sheet');
  const entries = rows.map(({ row, cells }, index) => {
    const itemCell = cells[COLUMN.item];
    const itemText = cellText(itemCell);
    const date = readDateCell(cells[COLUMN.date], `evidence log sheet row ${row + 1}, date`);
    return readEvidenceEntry(
      {
        item: typeof itemCell === 'number' ? itemCell : /^\d+$/.test(itemText) ? Number(itemText) : itemText,
        source: cellText(cells[COLUMN.source]),
        role: cellText(cells[COLUMN.role]),
        note: cellText(cells[COLUMN.note]),
        ...(date ? { date } : {}),
      },
      index + 1,
      scale,
    );
  });
  return { reviewId, entries };
}
