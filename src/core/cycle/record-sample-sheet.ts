/**
 * The record sample (record-sample.ts) as a sheet, and read back: the seed, so the pick can be
 * repeated [000:1230–1236]; the reference date and the target (10 or 13 records [000:1117–1125,
 * 1236–1250]); the records picked with their category; and, in words, each category that is short.
 */
import { invalidValue } from '../errors';
import type { Language, Text } from '../text';
import type { PlanValue, SheetPlan } from '../workbook/plan';
import { checkSeed } from './prng';
import {
  RECORD_SAMPLE_CATEGORIES,
  type RecordSample,
  type SampleCategoryId,
  type SamplePick,
  type SampleTarget,
} from './record-sample';
import {
  HEADER_FORMAT,
  LABEL_FORMAT,
  cellText,
  dateCell,
  dateFormat,
  headerRow,
  isLabel,
  labelledValue,
  readDateCell,
  tableRows,
  texts,
  type SheetValues,
} from './sheet-cells';

export const RECORD_SAMPLE_SHEET: Text = { nb: 'Journalutvalg', en: 'Record sample' };

const LABELS = {
  seed: { nb: 'Frø (for å gjenta trekningen)', en: 'Seed (to repeat the draw)' },
  referenceDate: { nb: 'Referansedato', en: 'Reference date' },
  target: { nb: 'Mål', en: 'Target' },
  meetsMinimum: { nb: 'Oppfyller minimum', en: 'Meets the minimum' },
  shortfalls: { nb: 'Mangler', en: 'Short' },
  none: { nb: 'Ingen', en: 'None' },
  yes: { nb: 'Ja', en: 'Yes' },
  no: { nb: 'Nei', en: 'No' },
} as const satisfies Record<string, Text>;

const TARGETS: Readonly<Record<SampleTarget, Text>> = {
  recommended: { nb: 'Anbefalt (13 journaler)', en: 'Recommended (13 records)' },
  minimum: { nb: 'Minimum (10 journaler)', en: 'Minimum (10 records)' },
};

const HEADERS: readonly Text[] = [
  { nb: 'Deltaker (ID)', en: 'Participant (ID)' },
  { nb: 'Kategori', en: 'Category' },
  { nb: 'Jobbstart siste 6 måneder', en: 'Job start in the last 6 months' },
];
const HEADER_ROW = 5;

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('nb') + text.slice(1);
const categoryLabel = (id: SampleCategoryId, language: Language) =>
  capitalised(RECORD_SAMPLE_CATEGORIES.find((category) => category.id === id)!.label[language]);

/** The sample sheet: seed, reference date, target and whether the minimum is met; the picks; the shortfalls. */
export function recordSampleSheetPlan(
  sample: RecordSample,
  options: { readonly language: Language; readonly sheet?: string },
): SheetPlan {
  const { language } = options;
  const yesNo = (value: boolean) => (value ? LABELS.yes : LABELS.no)[language];
  const picks: PlanValue[][] = sample.picks.map((pick) => [
    pick.id,
    categoryLabel(pick.category, language),
    pick.recentJobStart === undefined ? '' : yesNo(pick.recentJobStart),
  ]);
  const shortRow = HEADER_ROW + picks.length + 2;
  const shortfalls =
    sample.shortfalls.length > 0 ? sample.shortfalls.map((text) => [text[language]]) : [[LABELS.none[language]]];
  return {
    sheet: options.sheet ?? RECORD_SAMPLE_SHEET[language],
    blocks: [
      {
        row: 0,
        column: 0,
        values: [
          [LABELS.seed[language], sample.seed],
          [LABELS.referenceDate[language], dateCell(sample.referenceDate)],
          [LABELS.target[language], TARGETS[sample.target][language]],
          [LABELS.meetsMinimum[language], yesNo(sample.meetsMinimum)],
        ],
      },
      { row: HEADER_ROW, column: 0, values: [texts(HEADERS, language), ...picks] },
      { row: shortRow, column: 0, values: [[LABELS.shortfalls[language]], ...shortfalls] },
    ],
    formats: [
      LABEL_FORMAT(4),
      dateFormat(1, 1, 1),
      { range: { row: 0, column: 1, rows: 1, columns: 1 }, numberFormat: '0', horizontalAlignment: 'left' },
      HEADER_FORMAT(HEADER_ROW, HEADERS.length),
      { range: { row: shortRow, column: 0, rows: 1, columns: 1 }, bold: true },
    ],
    columnWidths: [230, 380, 190],
  };
}

export interface RecordSampleRead {
  readonly seed: number;
  readonly referenceDate: string;
  readonly target: SampleTarget;
  readonly picks: readonly SamplePick[];
}

function readCategory(value: unknown, where: string): SampleCategoryId {
  const found = RECORD_SAMPLE_CATEGORIES.find((category) =>
    isLabel(value as string, { nb: capitalised(category.label.nb), en: capitalised(category.label.en) }),
  );
  if (!found) throw invalidValue(`${where}: expected one of the sample's categories, got ${JSON.stringify(value)}`);
  return found.id;
}

/** The sample as the sheet holds it (values from A1): enough to repeat the draw and to check the picks. */
export function readRecordSampleSheet(values: SheetValues): RecordSampleRead {
  const seedCell = labelledValue(values, LABELS.seed);
  const seedText = cellText(seedCell);
  if (!/^\d+$/.test(seedText))
    throw invalidValue(`record sample sheet: expected a whole-number seed, got ${JSON.stringify(seedCell)}`);
  const seed = checkSeed(Number(seedText));
  const referenceDate = readDateCell(
    labelledValue(values, LABELS.referenceDate),
    'record sample sheet, reference date',
  );
  if (!referenceDate) throw invalidValue('record sample sheet: the reference date is blank');
  const targetCell = labelledValue(values, LABELS.target);
  const target = (Object.keys(TARGETS) as SampleTarget[]).find((id) => isLabel(targetCell, TARGETS[id]));
  if (!target) throw invalidValue(`record sample sheet: expected a target, got ${JSON.stringify(targetCell)}`);
  const header = headerRow(values, HEADERS[0]!, 'record sample sheet');
  const picks = tableRows(values, header).map(({ row, cells }): SamplePick => {
    const where = `record sample sheet row ${row + 1}`;
    const category = readCategory(cells[1], `${where}, category`);
    const recent = cellText(cells[2]);
    return {
      id: cellText(cells[0]),
      category,
      ...(recent === '' ? {} : { recentJobStart: isLabel(recent, LABELS.yes) }),
    };
  });
  return { seed, referenceDate, target, picks };
}
