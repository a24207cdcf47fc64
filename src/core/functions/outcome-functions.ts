/**
 * SPECIALIST_INDICATORS (issue 12): the supervisor's indicators per employment specialist for one
 * quarter, from the manual's Organisasjon 5 [000:4491–4505]: job starts and the share of the
 * caseload employed, and the action they call for (outcomes/specialist-indicators.ts, the same
 * thresholds the pane shows). Count form: one specialist's numbers in single cells; list form:
 * ranges of one row per specialist, read side by side.
 */
import {
  describe,
  isBlank,
  parallelColumns,
  readLabel,
  readLanguage,
  readNumber,
  scalar,
  type CellArg,
  type CellResult,
  type CellValue,
} from '../cells';
import { invalidNumber, invalidValue, notAvailable } from '../errors';
import { LANGUAGE_PARAMETER, recordsParameter } from '../items/shared/define';
import { SUPERVISOR_STATUS_TEXT, supervisorStatus } from '../outcomes/supervisor-status';
import type { Language } from '../text';
import type { FunctionSpec } from './types';

/** The record ranges, in parameter order, with what a cell of each must hold. */
const COUNT_ARGUMENTS = [
  { argument: 'job_starts', expected: 'a whole number of job starts in the quarter ≥ 0' },
  { argument: 'caseload', expected: 'a whole number of participants in the caseload ≥ 0' },
  { argument: 'employed', expected: 'a whole number of participants in competitive work ≥ 0' },
] as const;

export interface SpecialistQuarter {
  readonly specialist: string;
  readonly jobStarts: number;
  readonly caseload: number;
  readonly employed: number;
}

/**
 * Excel desktop builds send 0 for a blank cell, Sheets "" and Excel on the web null: a row whose
 * name is blank (or 0) and whose counts are all blank or 0 is an empty row, left out.
 */
function isEmptyRow(values: readonly CellValue[]): boolean {
  return values.every((value) => value === 0 || isBlank(value));
}

function readSpecialist(value: CellValue, row: number, values: readonly CellValue[]): string {
  if (isBlank(value) || value === 0) {
    const given = COUNT_ARGUMENTS.find((_, index) => !isBlank(values[index + 1]) && values[index + 1] !== 0);
    throw invalidValue(
      `${describe({ argument: 'specialist', row })}: expected the specialist's code, the cell is blank but '${given!.argument}' has a number`,
    );
  }
  if (typeof value === 'boolean' || value instanceof Date)
    throw invalidValue(`${describe({ argument: 'specialist', row })}: expected the specialist's code as text`);
  return readLabel(value);
}

/** One row per specialist named, in the order given; blank rows left out. */
export function readSpecialistQuarters(
  specialists: CellArg,
  jobStarts: CellArg,
  caseload: CellArg,
  employed: CellArg,
): SpecialistQuarter[] {
  // A skipped argument (=F(a;;c;d)) is null in Excel and "" in Sheets: read both as one blank cell.
  const given = (arg: CellArg): CellArg => (arg === null || arg === undefined ? [[null]] : arg);
  const ranges = [
    { argument: 'specialist', arg: given(specialists) },
    { argument: 'job_starts', arg: given(jobStarts) },
    { argument: 'caseload', arg: given(caseload) },
    { argument: 'employed', arg: given(employed) },
  ];
  const { cells, count } = parallelColumns(ranges);
  const rows: SpecialistQuarter[] = [];
  const seen = new Map<string, number>();
  for (let r = 0; r < count; r++) {
    const values = cells.map((column) => column![r]![0]);
    if (isEmptyRow(values)) continue;
    const row = r + 1;
    const specialist = readSpecialist(values[0], row, values);
    const key = specialist.toLocaleLowerCase('nb');
    const earlier = seen.get(key);
    if (earlier !== undefined)
      throw invalidValue(
        `${describe({ argument: 'specialist', row })}: "${specialist}" is listed on row ${earlier} too; give one row per specialist`,
      );
    seen.set(key, row);
    const [starts, served, working] = COUNT_ARGUMENTS.map(({ argument, expected }, index) =>
      readNumber(values[index + 1], { argument, row }, { min: 0, integer: true, expected }),
    ) as [number, number, number];
    if (working > served)
      throw invalidNumber(
        `${describe({ argument: 'employed', row })}: ${working} in competitive work is more than the caseload of ${served}; expected at most ${served}`,
      );
    rows.push({ specialist, jobStarts: starts, caseload: served, employed: working });
  }
  if (rows.length === 0) throw notAvailable(`argument 'specialist': no specialist is listed (every row is blank)`);
  return rows;
}

/** Name, job starts, share employed (0–1; "" for an empty caseload) and the manual's action. */
export function specialistIndicatorRows(rows: readonly SpecialistQuarter[], language: Language): CellResult {
  return rows.map((row) => [
    row.specialist,
    row.jobStarts,
    row.caseload > 0 ? row.employed / row.caseload : '',
    SUPERVISOR_STATUS_TEXT[supervisorStatus(row.jobStarts, row.employed, row.caseload)][language],
  ]);
}

export const SPECIALIST_INDICATORS: FunctionSpec = {
  name: 'SPECIALIST_INDICATORS',
  parameters: [
    recordsParameter('specialist'),
    recordsParameter('job_starts'),
    recordsParameter('caseload'),
    recordsParameter('employed'),
    LANGUAGE_PARAMETER,
  ],
  result: { type: 'any', dimensionality: 'matrix' },
  invoke: (specialists, jobStarts, caseload, employed, language) => {
    const lang = readLanguage(scalar(language ?? null, 'language'));
    return specialistIndicatorRows(
      readSpecialistQuarters(specialists ?? null, jobStarts ?? null, caseload ?? null, employed ?? null),
      lang,
    );
  },
};

/** The outcome functions, in the order the function table lists them. */
export const OUTCOME_FUNCTIONS: readonly FunctionSpec[] = [SPECIALIST_INDICATORS];
