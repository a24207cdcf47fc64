/**
 * The «Resultater» input table (issue 12): per service and quarter — optionally per employment
 * specialist — the participants served, those in competitive work at any time in the quarter,
 * and the job starts. The manual asks for quarterly employment data [000:1800–1804] and has the
 * supervisor review job starts and the share employed with each specialist every quarter
 * [000:4528–4540]. Same shape as the input tables in inputs/tables.ts.
 *
 * Only types come from inputs/tables.ts (erased at build), so registering this table there
 * (INPUT_TABLES) makes no import cycle at run time, whichever module loads first.
 */
import { isBlank, readDate, type CellValue } from '../cells';
import { invalidValue } from '../errors';
import type { ColumnDefinition, TableDefinition } from '../inputs/tables';
import type { Text } from '../text';

const t = (nb: string, en: string): Text => ({ nb, en });
const COUNT = { min: 0, integer: true } as const;

function count(id: string, header: Text, help: Text, required: boolean, synonyms: string[]): ColumnDefinition {
  return { id, header, type: 'number', required, help, number: COUNT, synonyms };
}

export const RESULTS_COLUMNS: readonly ColumnDefinition[] = [
  {
    id: 'service',
    header: t('Tjeneste', 'Service'),
    type: 'text',
    required: true,
    help: t('IPS-tjenesten eller teamet, som i historikken.', 'The IPS service or team, as in the history.'),
    synonyms: ['tjenestested', 'team', 'site', 'program'],
    width: 160,
  },
  {
    id: 'quarter',
    header: t('Kvartal', 'Quarter'),
    type: 'text',
    required: true,
    help: t(
      'Skriv 2025-K1 (eller 2025-Q1), eller en dato i kvartalet.',
      'Write 2025-Q1 (or 2025-K1), or a date in the quarter.',
    ),
    synonyms: ['periode', 'period', 'kv'],
  },
  {
    id: 'specialist',
    header: t('Jobbspesialist', 'Employment specialist'),
    type: 'text',
    required: false,
    help: t(
      'Koden fra Ansatte; tom = hele tjenesten. Aldri navn.',
      'The code from Staff; blank = the whole service. Never a name.',
    ),
    synonyms: ['js', 'initialer', 'initials', 'specialist'],
  },
  count(
    'served',
    t('Deltakere med tjenester', 'Participants served'),
    t(
      'Alle som fikk IPS-tjenester i kvartalet (porteføljen).',
      'Everyone who received IPS services in the quarter (the caseload).',
    ),
    true,
    ['deltakere', 'portefølje', 'caseload', 'served', 'antall deltakere'],
  ),
  count(
    'employed',
    t('I ordinært arbeid i kvartalet', 'In competitive work in the quarter'),
    t(
      'Deltakere i ordinært arbeid på et tidspunkt i kvartalet.',
      'Participants in competitive work at any time in the quarter.',
    ),
    true,
    ['i arbeid', 'i jobb', 'employed', 'working'],
  ),
  count(
    'jobStarts',
    t('Jobbstarter', 'Job starts'),
    t('Nye jobber som startet i kvartalet.', 'New jobs that started in the quarter.'),
    false,
    ['jobbstart', 'nye jobber', 'job starts', 'starts'],
  ),
];

/** Registered in inputs/tables.ts with the other input tables; it feeds no item (outcomes sit beside fidelity). */
export const RESULTS_TABLE: TableDefinition = {
  id: 'results',
  sheet: t('Resultater', 'Results'),
  description: t(
    'Resultater per kvartal: hvor mange som fikk tjenester, hvor mange som var i ordinært arbeid, og jobbstarter. Én rad per tjeneste og kvartal, eller per jobbspesialist.',
    'Results per quarter: how many were served, how many were in competitive work, and job starts. One row per service and quarter, or per employment specialist.',
  ),
  columns: RESULTS_COLUMNS,
  keyColumns: ['service', 'quarter', 'specialist'],
};

/** A quarter: 2025 and 1–4. `id` sorts in time order: "2025-Q1". */
export interface Quarter {
  readonly year: number;
  readonly quarter: 1 | 2 | 3 | 4;
  readonly id: string;
}

/** Reads 2025-Q1, 2025-K1, Q1 2025, K1-2025, «1. kvartal 2025», or a date in the quarter; null otherwise. */
export function readQuarter(value: CellValue): Quarter | null {
  if (isBlank(value)) return null;
  if (typeof value === 'number' || value instanceof Date) {
    try {
      const serial = readDate(value, { argument: 'quarter' });
      const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
      return quarterOf(date.getUTCFullYear(), Math.floor(date.getUTCMonth() / 3) + 1);
    } catch {
      return null;
    }
  }
  const text = String(value).trim().toUpperCase();
  const patterns: readonly [RegExp, number, number][] = [
    [/^(\d{4})\s*[-/ ]?\s*[QK]([1-4])$/, 1, 2],
    [/^[QK]([1-4])\s*[-/ ]?\s*(\d{4})$/, 2, 1],
    [/^([1-4])\.?\s*KVARTAL\s*(\d{4})$/, 2, 1],
  ];
  for (const [pattern, yearAt, quarterAt] of patterns) {
    const match = pattern.exec(text);
    if (match) return quarterOf(Number(match[yearAt]), Number(match[quarterAt]));
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso && Number(iso[2]) >= 1 && Number(iso[2]) <= 12)
    return quarterOf(Number(iso[1]), Math.floor((Number(iso[2]) - 1) / 3) + 1);
  return null;
}

function quarterOf(year: number, quarter: number): Quarter {
  return { year, quarter: quarter as Quarter['quarter'], id: `${year}-Q${quarter}` };
}

/** TABLE_LAYOUT.firstDataRow of inputs/tables.ts (a test keeps them equal): below the header and help rows. */
export const RESULTS_FIRST_DATA_ROW = 2;

/** One row of the table, read and checked. */
export interface ResultsRow {
  readonly service: string;
  readonly quarter: Quarter;
  /** '' for the whole service. */
  readonly specialist: string;
  readonly served: number;
  readonly employed: number;
  /** null when not given. */
  readonly jobStarts: number | null;
}

function readCount(value: CellValue | undefined, where: string, required: boolean): number | null {
  if (value === undefined || isBlank(value)) {
    if (required) throw invalidValue(`${where}: expected a whole number ≥ 0, the cell is blank`);
    return null;
  }
  const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 0)
    throw invalidValue(`${where}: expected a whole number ≥ 0, got ${JSON.stringify(value)}`);
  return number;
}

/**
 * The rows of a «Resultater» sheet (values from A1, header and help rows first). Blank rows are
 * skipped; a row with a quarter that cannot be read, a count that is not a whole number, or more
 * employed than served is #VALUE! naming the row.
 */
export function readResultsRows(values: readonly (readonly CellValue[])[] | null): ResultsRow[] {
  if (!values) return [];
  const index = (id: string) => RESULTS_COLUMNS.findIndex((column) => column.id === id);
  const rows: ResultsRow[] = [];
  for (let r = RESULTS_FIRST_DATA_ROW; r < values.length; r++) {
    const cells = values[r] ?? [];
    if (cells.every((cell) => isBlank(cell ?? null))) continue;
    const where = (column: string) =>
      `results row ${r + 1}, ${RESULTS_COLUMNS[index(column)]!.header.en.toLowerCase()}`;
    const text = (column: string) => String(cells[index(column)] ?? '').trim();
    const service = text('service');
    if (service === '') throw invalidValue(`${where('service')}: the service is blank`);
    const quarter = readQuarter(cells[index('quarter')] ?? null);
    if (!quarter)
      throw invalidValue(
        `${where('quarter')}: expected a quarter such as 2025-Q1, got ${JSON.stringify(cells[index('quarter')] ?? '')}`,
      );
    const served = readCount(cells[index('served')], where('served'), true)!;
    const employed = readCount(cells[index('employed')], where('employed'), true)!;
    if (employed > served)
      throw invalidValue(`results row ${r + 1}: ${employed} employed is more than the ${served} served`);
    rows.push({
      service,
      quarter,
      specialist: text('specialist'),
      served,
      employed,
      jobStarts: readCount(cells[index('jobStarts')], where('jobStarts'), false),
    });
  }
  return rows;
}
