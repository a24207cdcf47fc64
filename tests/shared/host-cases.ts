/**
 * ONE table of spreadsheet-function calls that every host must answer identically: the same value,
 * or the same error message (Excel shows it in #VALUE!/#N/A/#NUM!, Sheets in #ERROR!).
 *
 * Cases are written host-neutrally; `toExcelArgs` and `toSheetsArgs` turn them into what each host
 * really passes to a custom function:
 *
 * |                         | Excel (custom-functions runtime)      | Google Sheets (Apps Script)          |
 * |-------------------------|---------------------------------------|--------------------------------------|
 * | blank cell              | null (web; 0 on some desktop builds)  | ""                                   |
 * | date cell               | serial day number (45815)             | Date at midnight (sheet's time zone) |
 * | omitted trailing arg    | null (always called with every param) | not passed (arguments.length shorter)|
 * | skipped middle arg =F(a,,c) | null                              | "" (modelled as the harder case)     |
 * | 1×1 range / single cell | [[v]] for a matrix param, v otherwise | v (the bare value)                   |
 * | larger range            | 2-D array                             | 2-D array                            |
 *
 * One input is read differently on purpose and kept out of the cases: a reference to ONE blank cell
 * given to an OPTIONAL range parameter. Sheets passes "" for it exactly as for a skipped argument,
 * and the Sheets adapter reads it as skipped; Excel passes [[null]] (one blank row).
 *
 * Desktop builds that send 0 for a blank (office-js #4702, #5262) are checked with
 * `toExcelDesktopArgs` for the cases marked `emptyRowsAtEnd`: there the Excel host leaves the
 * empty rows at the end out (src/excel/empty-rows.ts), so every Excel build answers alike.
 *
 * Used by tests/gas/bundle.test.ts (Sheets: dist/gas/Code.js in a node:vm context, reference: the
 * core's invokeSafely with Excel-shaped args) and by the Excel adapter's tests
 * (src/excel/custom-functions.ts against the same expectations).
 */

/** A blank cell. */
export interface BlankCell {
  readonly blank: true;
}
/** A date cell, written as yyyy-mm-dd. */
export interface DateCell {
  readonly date: string;
}
/** An argument left out in the middle of a call: =F(a,,c). */
export interface OmittedArg {
  readonly omitted: true;
}

export type HostCell = number | string | boolean | BlankCell | DateCell;
export type HostRange = readonly (readonly HostCell[])[];
export type HostArg = HostCell | HostRange | OmittedArg;

export type HostErrorCode = 'invalidValue' | 'invalidNumber' | 'notAvailable' | 'divisionByZero';
export type HostValue = number | string | boolean | (number | string | boolean)[][];

export type HostExpectation =
  | { readonly value: HostValue }
  /** A date result (FunctionSpec.result.kind 'date'): Excel's serial day number; in Sheets a Date at midnight. */
  | { readonly date: string }
  | { readonly error: HostErrorCode; readonly includes?: string };

export interface HostCase {
  /** Unique, says what is tested. */
  readonly name: string;
  /** FUNCTION_LIST name: Excel IPS.<fn>, Sheets IPS_<fn>. */
  readonly fn: string;
  /** Trailing optional arguments left out are simply not listed. */
  readonly args: readonly HostArg[];
  /** Known answer, where the manual gives it; every case is also compared host against host. */
  readonly expect?: HostExpectation;
  /**
   * Every blank of this case is in empty rows at the end of its ranges, so Excel desktop builds that
   * send 0 for a blank cell (office-js #4702, #5262) must answer as Excel on the web (null): the
   * Excel tests also call it with `toExcelDesktopArgs`.
   */
  readonly emptyRowsAtEnd?: true;
}

export const blank: BlankCell = { blank: true };
export const omitted: OmittedArg = { omitted: true };
export const date = (iso: string): DateCell => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`date(${iso}): expected yyyy-mm-dd`);
  return { date: iso };
};
/** A one-column range: one row per cell. */
export const col = (...cells: HostCell[]): HostRange => cells.map((cell) => [cell]);
/** A one-row range. */
export const row = (...cells: HostCell[]): HostRange => [cells];

function isBlankCell(value: unknown): value is BlankCell {
  return typeof value === 'object' && value !== null && (value as BlankCell).blank === true;
}
function isDateCell(value: unknown): value is DateCell {
  return typeof value === 'object' && value !== null && typeof (value as DateCell).date === 'string';
}
function isOmitted(value: unknown): value is OmittedArg {
  return typeof value === 'object' && value !== null && (value as OmittedArg).omitted === true;
}

/** Excel's serial day number of a yyyy-mm-dd date (1900 date system). */
export function excelSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** A Sheets date: the instant of local midnight (the test runtime's zone stands in for the sheet's). */
export function sheetsDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

type ExcelCell = number | string | boolean | null;

function excelCell(cell: HostCell): ExcelCell {
  if (isBlankCell(cell)) return null;
  if (isDateCell(cell)) return excelSerial(cell.date);
  return cell;
}

function sheetsCell(cell: HostCell): number | string | boolean | Date {
  if (isBlankCell(cell)) return '';
  if (isDateCell(cell)) return sheetsDate(cell.date);
  return cell;
}

/** Arguments as Excel passes them: one per declared parameter, matrices for matrix parameters. */
export function toExcelArgs(
  parameters: readonly { readonly dimensionality: 'scalar' | 'matrix' }[],
  args: readonly HostArg[],
): (ExcelCell | ExcelCell[][])[] {
  return parameters.map((parameter, index) => {
    const arg = args[index];
    if (arg === undefined || isOmitted(arg)) return null;
    if (Array.isArray(arg)) return (arg as HostRange).map((r) => r.map(excelCell));
    const cell = excelCell(arg as HostCell);
    return parameter.dimensionality === 'matrix' ? [[cell]] : cell;
  });
}

/**
 * Arguments as Excel desktop builds that send 0 for a blank cell pass them (office-js #4702,
 * #5262, #1951): as toExcelArgs, with every blank cell 0.
 */
export function toExcelDesktopArgs(
  parameters: readonly { readonly dimensionality: 'scalar' | 'matrix' }[],
  args: readonly HostArg[],
): (ExcelCell | ExcelCell[][])[] {
  const zero = (arg: HostArg): HostArg => {
    if (Array.isArray(arg)) return (arg as HostRange).map((r) => r.map((cell) => (isBlankCell(cell) ? 0 : cell)));
    return isBlankCell(arg) ? 0 : arg;
  };
  return toExcelArgs(parameters, args.map(zero));
}

/** Arguments as Sheets passes them to a custom function (see the table above). */
export function toSheetsArgs(args: readonly HostArg[]): unknown[] {
  return args.map((arg) => {
    if (isOmitted(arg)) return '';
    if (Array.isArray(arg)) {
      const range = arg as HostRange;
      if (range.length === 1 && range[0]!.length === 1) return sheetsCell(range[0]![0]!);
      return range.map((r) => r.map(sheetsCell));
    }
    return sheetsCell(arg as HostCell);
  });
}

// ---------------------------------------------------------------------------------------------
// The cases

const SAMPLE_SCORES = [5, 5, 5, 2, 3, 4, 5, 3, 4, 3, 4, 4, 4, 4, 4, 4, 5, 4, 4, 5, 5, 5, 3, 5, 4];

/** The manual's sample report: 11 jobs, kassemedarbeider ×3 and rengjører ×3 (81 % → 4). */
const SAMPLE_JOBS = col(
  'Kassemedarbeider',
  'kassemedarbeider ',
  'KASSEMEDARBEIDER',
  'Rengjører',
  'rengjører',
  'Rengjører',
  'Lagermedarbeider',
  'Barnehageassistent',
  'Kokk',
  'Butikkmedarbeider',
  'Sjåfør',
);
/** 11 jobs, 3 at the same cleaning firm: ten of 11 count (90 % → 5). */
const SAMPLE_EMPLOYERS = col(
  'Renhold AS',
  'Renhold AS',
  'Renhold AS',
  'Rema 1000',
  'Kiwi',
  'Coop',
  'Posten',
  'Bring',
  'Kommunen',
  'Barnehagen',
  'Hotellet',
);

export const HOST_CASES: readonly HostCase[] = [
  // ---- TOTAL / LEVEL / ITEM / ANCHOR -----------------------------------------------------------
  { name: 'TOTAL of the sample report', fn: 'TOTAL', args: [col(...SAMPLE_SCORES)], expect: { value: 103 } },
  { name: 'TOTAL of the sample report as one row', fn: 'TOTAL', args: [row(...SAMPLE_SCORES)], expect: { value: 103 } },
  {
    name: 'TOTAL with a blank score names the item',
    fn: 'TOTAL',
    args: [col(...SAMPLE_SCORES.slice(0, 24), blank)],
    expect: { error: 'notAvailable', includes: '1 item without a score' },
  },
  {
    name: 'TOTAL with 24 cells',
    fn: 'TOTAL',
    args: [col(...SAMPLE_SCORES.slice(0, 24))],
    expect: { error: 'invalidValue', includes: 'got 24' },
  },
  {
    name: 'TOTAL with a single blank cell',
    fn: 'TOTAL',
    args: [blank],
    expect: { error: 'invalidValue', includes: 'got 1' },
  },
  { name: 'TOTAL with a single number', fn: 'TOTAL', args: [4], expect: { error: 'invalidValue', includes: 'got 1' } },
  { name: 'TOTAL with no argument', fn: 'TOTAL', args: [], expect: { error: 'invalidValue', includes: 'got 0' } },
  { name: 'TOTAL with a score 6', fn: 'TOTAL', args: [col(...SAMPLE_SCORES.slice(0, 24), 6)] },
  { name: 'TOTAL with a text score', fn: 'TOTAL', args: [col(...SAMPLE_SCORES.slice(0, 24), 'fem')] },
  {
    name: 'TOTAL with a date among the scores',
    fn: 'TOTAL',
    args: [col(...SAMPLE_SCORES.slice(0, 24), date('2025-06-07'))],
  },
  { name: 'LEVEL 103', fn: 'LEVEL', args: [103], expect: { value: 'God kvalitet' } },
  { name: 'LEVEL 103 in English', fn: 'LEVEL', args: [103, 'en'], expect: { value: 'Good fidelity' } },
  { name: 'LEVEL 115', fn: 'LEVEL', args: [115], expect: { value: 'Meget god kvalitet' } },
  { name: 'LEVEL 74', fn: 'LEVEL', args: [74], expect: { value: 'Godkjent kvalitet' } },
  { name: 'LEVEL 73', fn: 'LEVEL', args: [73], expect: { value: 'Ikke IPS' } },
  { name: 'LEVEL with a blank language', fn: 'LEVEL', args: [103, blank], expect: { value: 'God kvalitet' } },
  { name: 'LEVEL of a blank cell', fn: 'LEVEL', args: [blank], expect: { error: 'invalidValue', includes: 'blank' } },
  { name: 'LEVEL of text', fn: 'LEVEL', args: ['103'], expect: { error: 'invalidValue' } },
  { name: 'LEVEL 126', fn: 'LEVEL', args: [126], expect: { error: 'invalidNumber' } },
  { name: 'LEVEL 100.5', fn: 'LEVEL', args: [100.5], expect: { error: 'invalidNumber' } },
  {
    name: 'LEVEL with an unknown language',
    fn: 'LEVEL',
    args: [103, 'de'],
    expect: { error: 'invalidValue', includes: '"nb" or "en"' },
  },
  { name: 'LEVEL of a date', fn: 'LEVEL', args: [date('1900-04-12')] },
  { name: 'ITEM 1', fn: 'ITEM', args: [1] },
  { name: 'ITEM 25 in English', fn: 'ITEM', args: [25, omitted, 'en'] },
  { name: 'ITEM 19 with score 4', fn: 'ITEM', args: [19, 4] },
  { name: 'ITEM by id', fn: 'ITEM', args: ['staffing.caseload_size', blank, 'en'] },
  { name: 'ITEM by id in capitals', fn: 'ITEM', args: ['STAFFING.CASELOAD_SIZE'] },
  { name: 'ITEM 26', fn: 'ITEM', args: [26], expect: { error: 'invalidNumber' } },
  { name: 'ITEM of a blank cell', fn: 'ITEM', args: [blank], expect: { error: 'invalidValue' } },
  {
    name: 'ITEM unknown id',
    fn: 'ITEM',
    args: ['no.such_item'],
    expect: { error: 'invalidValue', includes: 'unknown item' },
  },
  { name: 'ITEM with score 0', fn: 'ITEM', args: [3, 0] },
  { name: 'ITEM with a two-cell range as item', fn: 'ITEM', args: [row(1, 2)], expect: { error: 'invalidValue' } },
  { name: 'ANCHOR 1 score 5', fn: 'ANCHOR', args: [1, 5] },
  { name: 'ANCHOR 1, all five in a row', fn: 'ANCHOR', args: [1] },
  { name: 'ANCHOR 8 all in English', fn: 'ANCHOR', args: [8, blank, 'en'] },
  { name: 'ANCHOR with a 1×1 range as item', fn: 'ANCHOR', args: [[[2]], 3] },
  { name: 'CAPS of Organisasjon 6 (zero exclusion), English', fn: 'CAPS', args: ['org.zero_exclusion', 'en'] },
  { name: 'CAPS of an item without caps', fn: 'CAPS', args: [5] },

  // ---- AGREEMENT (two raters) ------------------------------------------------------------------
  {
    name: 'AGREEMENT exact, 3 of 4 equal',
    fn: 'AGREEMENT',
    args: [col(5, 4, 3, 2), col(5, 4, 3, 3)],
    expect: { value: 0.75 },
  },
  { name: 'AGREEMENT count', fn: 'AGREEMENT', args: [col(5, 4, 3, 2), col(5, 4, 3, 3), 'count'], expect: { value: 3 } },
  {
    name: 'AGREEMENT pairs, blanks skipped pairwise',
    fn: 'AGREEMENT',
    args: [col(5, blank, 3, 2), col(5, 4, blank, 3), 'pairs'],
    expect: { value: 2 },
  },
  { name: 'AGREEMENT kappa', fn: 'AGREEMENT', args: [col(5, 4, 3, 2, 1), col(5, 4, 2, 2, 1), 'kappa'] },
  { name: 'AGREEMENT kappa undefined', fn: 'AGREEMENT', args: [col(4, 4, 4), col(4, 4, 4), 'kappa'] },
  {
    name: 'AGREEMENT ranges of different size',
    fn: 'AGREEMENT',
    args: [col(5, 4, 3), col(5, 4)],
    expect: { error: 'invalidValue', includes: 'the ranges must be the same size' },
  },
  {
    name: 'AGREEMENT no pairs',
    fn: 'AGREEMENT',
    args: [col(5, blank), col(blank, 4)],
    expect: { error: 'notAvailable' },
  },
  { name: 'AGREEMENT as rows with a skipped statistic', fn: 'AGREEMENT', args: [row(5, 4, 3), row(5, 4, 4), omitted] },
  { name: 'AGREEMENT single cells', fn: 'AGREEMENT', args: [5, 5] },
  { name: 'AGREEMENT unknown statistic', fn: 'AGREEMENT', args: [col(5, 4), col(5, 4), 'median'] },

  // ---- Staffing ----------------------------------------------------------------------------------
  { name: 'CASELOAD of the sample report (19, 18, 19)', fn: 'CASELOAD', args: [col(19, 18, 19)], expect: { value: 5 } },
  {
    name: 'CASELOAD metric',
    fn: 'CASELOAD',
    args: [col(19, 18, 19), omitted, omitted, omitted, 'metric'],
    expect: { value: 18 },
  },
  {
    name: 'CASELOAD reason in English',
    fn: 'CASELOAD',
    args: [col(19, 18, 19), omitted, omitted, omitted, 'reason', 'en'],
  },
  {
    name: 'CASELOAD with FTE and an excluded supervisor',
    fn: 'CASELOAD',
    args: [col(20, 12, 30), col(1, 0.5, 1), col('nei', blank, 'ja')],
  },
  { name: 'CASELOAD with a trailing blank row', fn: 'CASELOAD', args: [col(19, 18, 19, blank)] },
  { name: 'CASELOAD with a blank in the middle', fn: 'CASELOAD', args: [col(19, blank, 19)] },
  { name: 'CASELOAD of one cell', fn: 'CASELOAD', args: [25] },
  { name: 'CASELOAD of text numbers', fn: 'CASELOAD', args: [col('19', 18)] },
  { name: 'CASELOAD with FTE 0', fn: 'CASELOAD', args: [col(19, 18), col(1, 0)] },
  { name: 'CASELOAD ranges of different length', fn: 'CASELOAD', args: [col(19, 18, 19), col(1, 1)] },
  { name: 'CASELOAD without individual caseloads', fn: 'CASELOAD', args: [col(10, 12), omitted, omitted, 'ja'] },
  {
    name: 'CASELOAD with a bad output',
    fn: 'CASELOAD',
    args: [col(19, 18, 19), omitted, omitted, omitted, 'score please'],
  },
  { name: 'VOCATIONAL_TIME percent', fn: 'VOCATIONAL_TIME', args: [col(100, 90, 95)] },
  { name: 'VOCATIONAL_TIME fractions', fn: 'VOCATIONAL_TIME', args: [col(1, 0.9, 0.95)] },
  {
    name: 'VOCATIONAL_TIME explicit unit',
    fn: 'VOCATIONAL_TIME',
    args: [col(1, 0.9), 'fraction', omitted, omitted, 'metric'],
  },
  { name: 'VOCATIONAL_TIME split role', fn: 'VOCATIONAL_TIME', args: [col(100, 100), omitted, omitted, true] },
  {
    name: 'ALL_PHASES two specialists',
    fn: 'ALL_PHASES',
    args: [
      [
        [true, true, true, true, true, true],
        ['ja', 'ja', 'ja', 'ja', blank, 'nei'],
      ],
    ],
  },
  {
    name: 'ALL_PHASES refers out',
    fn: 'ALL_PHASES',
    args: [
      [
        [1, 1, 1, 1, 1, 1],
        [1, 1, 0, 0, 0, 0],
      ],
      col(false, true),
    ],
  },
  { name: 'ALL_PHASES five cells a row', fn: 'ALL_PHASES', args: [[[1, 1, 1, 1, 1]]] },

  // ---- Organisation ------------------------------------------------------------------------------
  {
    name: 'TEAM_INTEGRATION sample-like',
    fn: 'TEAM_INTEGRATION',
    args: [col(2, 3, 3), col(20, 18, 19), col(20, 18, 19)],
  },
  {
    name: 'TEAM_INTEGRATION one team each',
    fn: 'TEAM_INTEGRATION',
    args: [col(1, 1), col(18, 19), col(19, 19), omitted, 'reason'],
  },
  { name: 'TEAM_INTEGRATION no teams', fn: 'TEAM_INTEGRATION', args: [col(0), col(blank), col(blank), col('ja')] },
  { name: 'NAV_COLLABORATION quarterly/monthly', fn: 'NAV_COLLABORATION', args: ['quarterly', 'monthly'] },
  { name: 'NAV_COLLABORATION unknown frequency', fn: 'NAV_COLLABORATION', args: ['sometimes', 'weekly'] },
  { name: 'NAV_COLLABORATION blank', fn: 'NAV_COLLABORATION', args: [blank, blank] },
  { name: 'COMPONENTS item 5, three of five', fn: 'COMPONENTS', args: [5, col('ja', 'ja', 'nei', 'ja', blank)] },
  { name: 'COMPONENTS wrong count', fn: 'COMPONENTS', args: [5, col('ja', 'ja')] },
  { name: 'COMPONENTS of a judgement item', fn: 'COMPONENTS', args: [1, col('ja')] },
  { name: 'JUDGEMENT item 9 score 4', fn: 'JUDGEMENT', args: [9, 4] },
  { name: 'JUDGEMENT score 6', fn: 'JUDGEMENT', args: [9, 6] },
  { name: 'JUDGEMENT blank score', fn: 'JUDGEMENT', args: [9, blank] },

  // ---- Services ----------------------------------------------------------------------------------
  { name: 'CAREER_ASSESSMENT 4, 4, 5', fn: 'CAREER_ASSESSMENT', args: [col(4, 4, 5)], expect: { value: 4 } },
  { name: 'CAREER_ASSESSMENT single cell', fn: 'CAREER_ASSESSMENT', args: [4] },
  { name: 'CAREER_ASSESSMENT single blank cell', fn: 'CAREER_ASSESSMENT', args: [blank] },
  {
    name: 'DAYS_TO_EMPLOYER_CONTACT with date cells (sample: supervisor does not record)',
    fn: 'DAYS_TO_EMPLOYER_CONTACT',
    args: [
      col('Jan', 'Jan', 'Jan', 'Britt', 'Britt', 'Britt', 'Signe', 'Signe', 'Signe', 'Signe'),
      col(
        ...[
          '2025-01-06',
          '2025-01-06',
          '2025-01-06',
          '2025-01-06',
          '2025-01-06',
          '2025-01-06',
          '2025-01-06',
          '2025-01-06',
          '2025-01-06',
          '2025-01-06',
        ].map(date),
      ),
      col(
        ...[
          '2025-01-13',
          '2025-01-15',
          '2025-01-19',
          '2025-01-20',
          '2025-01-24',
          '2025-01-31',
          '2025-01-25',
          '2025-02-06',
          '2025-02-12',
          '2025-03-19',
        ].map(date),
      ),
      'nei',
    ],
  },
  {
    name: 'DAYS_TO_EMPLOYER_CONTACT with ISO text dates',
    fn: 'DAYS_TO_EMPLOYER_CONTACT',
    args: [
      col('Jan', 'Britt'),
      col('2025-01-06', '2025-01-06'),
      col('2025-01-13', '2025-01-20'),
      omitted,
      omitted,
      'metric',
    ],
  },
  {
    name: 'DAYS_TO_EMPLOYER_CONTACT mixing serial dates and text',
    fn: 'DAYS_TO_EMPLOYER_CONTACT',
    args: [
      col('Jan', 'Britt'),
      col(date('2025-01-06'), '2025-01-06'),
      col(date('2025-01-13'), blank),
      omitted,
      date('2025-02-01'),
      'reason',
      'en',
    ],
  },
  {
    name: 'DAYS_TO_EMPLOYER_CONTACT contact before intake',
    fn: 'DAYS_TO_EMPLOYER_CONTACT',
    args: [col('Jan'), col(date('2025-01-06')), col(date('2025-01-01'))],
  },
  {
    name: 'DAYS_TO_EMPLOYER_CONTACT with a number for a date',
    fn: 'DAYS_TO_EMPLOYER_CONTACT',
    args: [col('Jan'), col(45663), col('not a date')],
  },
  {
    name: 'INDIVIDUALIZED_SEARCH 9 of 10',
    fn: 'INDIVIDUALIZED_SEARCH',
    args: [col('ja', 'ja', 'ja', 'ja', 'ja', 'ja', 'ja', 'ja', 'ja', 'nei')],
  },
  {
    name: 'INDIVIDUALIZED_SEARCH with caps',
    fn: 'INDIVIDUALIZED_SEARCH',
    args: [col('ja', 'ja', 'nei'), col(blank, 'ja', blank), 'nei', 'ja', 'nei', 'reason'],
  },
  {
    name: 'EMPLOYER_CONTACTS 146 over two months, three specialists',
    fn: 'EMPLOYER_CONTACTS',
    args: [col(50, 48, 48), 8],
  },
  {
    name: 'EMPLOYER_CONTACTS weeks per specialist',
    fn: 'EMPLOYER_CONTACTS',
    args: [col(50, 48, 48), col(8, 8, 6), 'monthly', omitted, col(0, 1, blank), omitted, 'metric'],
  },
  { name: 'EMPLOYER_CONTACTS unknown log review', fn: 'EMPLOYER_CONTACTS', args: [col(50, 48), 8, 'yearly'] },
  { name: 'EMPLOYER_CONTACT_QUALITY 5, 4', fn: 'EMPLOYER_CONTACT_QUALITY', args: [col(5, 4), 3, 'nei'] },
  { name: 'EMPLOYER_CONTACT_QUALITY one observed of three', fn: 'EMPLOYER_CONTACT_QUALITY', args: [col(5), 3] },
  { name: 'JOB_DIVERSITY of the sample report', fn: 'JOB_DIVERSITY', args: [SAMPLE_JOBS], expect: { value: 4 } },
  {
    name: 'JOB_DIVERSITY metric of the sample report',
    fn: 'JOB_DIVERSITY',
    args: [SAMPLE_JOBS, omitted, omitted, 'metric'],
    expect: { value: 81 },
  },
  { name: 'JOB_DIVERSITY too few jobs', fn: 'JOB_DIVERSITY', args: [col('Kokk', 'Sjåfør', 'Kokk')] },
  {
    name: 'JOB_DIVERSITY one specialist, five jobs',
    fn: 'JOB_DIVERSITY',
    args: [col('a', 'b', 'c', 'd', 'd'), 1, omitted, 'reason', 'en'],
  },
  {
    name: 'EMPLOYER_DIVERSITY of the sample report',
    fn: 'EMPLOYER_DIVERSITY',
    args: [SAMPLE_EMPLOYERS],
    expect: { value: 5 },
  },
  {
    name: 'EMPLOYER_DIVERSITY with worksites',
    fn: 'EMPLOYER_DIVERSITY',
    args: [SAMPLE_EMPLOYERS, col('Sentrum', 'Sentrum', 'Byen', blank, blank, blank, blank, blank, blank, blank, blank)],
  },
  {
    name: 'COMPETITIVE_JOBS all competitive',
    fn: 'COMPETITIVE_JOBS',
    args: [col(...Array.from({ length: 11 }, () => 'ja'))],
  },
  {
    name: 'COMPETITIVE_JOBS words',
    fn: 'COMPETITIVE_JOBS',
    args: [col('competitive', 'volunteer', 'sheltered', 'ja', 'ja', 'ja', 'ja', 'ja', 'ja', 'ja')],
  },
  {
    name: 'COMPETITIVE_JOBS small sample with evidence',
    fn: 'COMPETITIVE_JOBS',
    args: [col('ja', 'ja'), omitted, omitted, 'ja'],
  },
  { name: 'COMMUNITY_TIME 70 %', fn: 'COMMUNITY_TIME', args: [col(0.7, 0.7, 0.7)] },
  { name: 'COMMUNITY_TIME percent numbers', fn: 'COMMUNITY_TIME', args: [col(70, 56, 65), omitted, 'metric'] },

  // ---- NEXT_REVIEW / EMPLOYMENT_RATE (the review cycle, outcomes beside fidelity) ----------------
  {
    name: 'NEXT_REVIEW 6 months after 31 August with total 99',
    fn: 'NEXT_REVIEW',
    args: [date('2025-08-31'), 99],
    expect: { date: '2026-02-28' },
  },
  {
    name: 'NEXT_REVIEW 12 months after 29 February 2024 with total 100',
    fn: 'NEXT_REVIEW',
    args: [date('2024-02-29'), 100],
    expect: { date: '2025-02-28' },
  },
  {
    name: 'NEXT_REVIEW of the sample report (103)',
    fn: 'NEXT_REVIEW',
    args: [date('2025-06-07'), 103],
    expect: { date: '2026-06-07' },
  },
  {
    name: 'NEXT_REVIEW with a yyyy-mm-dd text date',
    fn: 'NEXT_REVIEW',
    args: ['2025-03-31', 80],
    expect: { date: '2025-09-30' },
  },
  {
    name: 'NEXT_REVIEW with 1×1 ranges',
    fn: 'NEXT_REVIEW',
    args: [[[date('2025-01-15')]], [[74]]],
    expect: { date: '2025-07-15' },
  },
  {
    name: 'NEXT_REVIEW with a blank total',
    fn: 'NEXT_REVIEW',
    args: [date('2025-06-07'), blank],
    expect: { error: 'notAvailable', includes: "argument 'total'" },
  },
  {
    name: 'NEXT_REVIEW with total 126',
    fn: 'NEXT_REVIEW',
    args: [date('2025-06-07'), 126],
    expect: { error: 'invalidNumber', includes: 'from 25 to 125' },
  },
  {
    name: 'NEXT_REVIEW with total 100.5',
    fn: 'NEXT_REVIEW',
    args: [date('2025-06-07'), 100.5],
    expect: { error: 'invalidNumber' },
  },
  {
    name: 'NEXT_REVIEW with a date as the total',
    fn: 'NEXT_REVIEW',
    args: [date('2025-06-07'), date('2025-06-07')],
    expect: { error: 'invalidNumber' },
  },
  {
    name: 'NEXT_REVIEW with text for the last review',
    fn: 'NEXT_REVIEW',
    args: ['i fjor', 103],
    expect: { error: 'invalidValue', includes: "argument 'last_review': expected a date" },
  },
  {
    name: 'NEXT_REVIEW with a blank last review',
    fn: 'NEXT_REVIEW',
    args: [blank, 103],
    expect: { error: 'invalidValue', includes: "argument 'last_review'" },
  },
  { name: 'EMPLOYMENT_RATE 7 of 15', fn: 'EMPLOYMENT_RATE', args: [7, 15] },
  {
    name: 'EMPLOYMENT_RATE 7 of 15 as a band',
    fn: 'EMPLOYMENT_RATE',
    args: [7, 15, 'band'],
    expect: { value: 'Gjennomsnittlig' },
  },
  {
    name: 'EMPLOYMENT_RATE 40.9 % is Minimal',
    fn: 'EMPLOYMENT_RATE',
    args: [409, 1000, 'band', 'en'],
    expect: { value: 'Minimal' },
  },
  {
    name: 'EMPLOYMENT_RATE 50 % is Excellent',
    fn: 'EMPLOYMENT_RATE',
    args: [50, 100, 'band', 'en'],
    expect: { value: 'Excellent' },
  },
  { name: 'EMPLOYMENT_RATE reason in English', fn: 'EMPLOYMENT_RATE', args: [7, 15, 'reason', 'en'] },
  {
    name: 'EMPLOYMENT_RATE list with a blank row',
    fn: 'EMPLOYMENT_RATE',
    args: [col('ja', 'nei', blank, 'yes', false)],
    expect: { value: 0.5 },
  },
  {
    name: 'EMPLOYMENT_RATE list as a row, band',
    fn: 'EMPLOYMENT_RATE',
    args: [row('ja', 'nei', 'nei', 'nei'), omitted, 'band'],
    expect: { value: 'Under minimum' },
  },
  { name: 'EMPLOYMENT_RATE one yes cell', fn: 'EMPLOYMENT_RATE', args: ['ja'], expect: { value: 1 } },
  {
    name: 'EMPLOYMENT_RATE list with served equal to the list',
    fn: 'EMPLOYMENT_RATE',
    args: [col(true, 0, 1, false), 4],
    expect: { value: 0.5 },
  },
  {
    name: 'EMPLOYMENT_RATE list with another served',
    fn: 'EMPLOYMENT_RATE',
    args: [col('ja', 'nei'), 5],
    expect: { error: 'invalidValue', includes: "'employed' lists 2 participants" },
  },
  { name: 'EMPLOYMENT_RATE none served', fn: 'EMPLOYMENT_RATE', args: [0, 0], expect: { error: 'divisionByZero' } },
  {
    name: 'EMPLOYMENT_RATE an empty list',
    fn: 'EMPLOYMENT_RATE',
    args: [col(blank, blank)],
    expect: { error: 'divisionByZero' },
  },
  {
    name: 'EMPLOYMENT_RATE more employed than served',
    fn: 'EMPLOYMENT_RATE',
    args: [16, 15],
    expect: { error: 'invalidNumber', includes: "argument 'employed'" },
  },
  {
    name: 'EMPLOYMENT_RATE a negative count',
    fn: 'EMPLOYMENT_RATE',
    args: [-1, 15],
    expect: { error: 'invalidNumber' },
  },
  {
    name: 'EMPLOYMENT_RATE a count without served',
    fn: 'EMPLOYMENT_RATE',
    args: [7],
    expect: { error: 'invalidValue', includes: "argument 'served': required" },
  },
  {
    name: 'EMPLOYMENT_RATE an answer that is not yes/no',
    fn: 'EMPLOYMENT_RATE',
    args: [col('ja', 'kanskje')],
    expect: { error: 'invalidValue', includes: "argument 'employed' row 2" },
  },

  // ---- SPECIALIST_INDICATORS (the supervisor's indicators, Organisasjon 5) ----------------------
  {
    name: 'SPECIALIST_INDICATORS one specialist in single cells, goals met at 3 starts and 45 %',
    fn: 'SPECIALIST_INDICATORS',
    args: ['AB', 3, 20, 9, 'en'],
    expect: { value: [['AB', 3, 0.45, 'Goals met: field mentoring each quarter']] },
  },
  {
    name: 'SPECIALIST_INDICATORS list with a blank row, in Norwegian',
    fn: 'SPECIALIST_INDICATORS',
    args: [col('AB', blank, 'CD'), col(3, blank, 1), col(20, blank, 10), col(8, blank, 6)],
    expect: {
      value: [
        ['AB', 3, 0.4, 'Under 45 % i arbeid: følg med'],
        ['CD', 1, 0.6, 'Månedlig feltveiledning'],
      ],
    },
  },
  {
    name: 'SPECIALIST_INDICATORS 39.9 % is monthly field mentoring, not rounded up',
    fn: 'SPECIALIST_INDICATORS',
    args: [row('AB'), row(4), row(1000), row(399), 'en'],
    expect: { value: [['AB', 4, 0.399, 'Monthly field mentoring']] },
  },
  {
    name: 'SPECIALIST_INDICATORS an empty caseload has no share',
    fn: 'SPECIALIST_INDICATORS',
    args: ['AB', 3, 0, 0, 'en'],
    expect: { value: [['AB', 3, '', 'No one in the caseload']] },
  },
  {
    name: 'SPECIALIST_INDICATORS a blank job starts cell',
    fn: 'SPECIALIST_INDICATORS',
    args: [col('AB', 'CD'), col(3, blank), col(10, 10), col(5, 5)],
    expect: { error: 'invalidValue', includes: "argument 'job_starts' row 2" },
  },
  {
    name: 'SPECIALIST_INDICATORS a date as the number employed',
    fn: 'SPECIALIST_INDICATORS',
    args: ['AB', 3, 10, date('2025-06-07')],
    expect: { error: 'invalidNumber', includes: "argument 'employed' row 1: 45815 in competitive work is more" },
  },
  {
    name: 'SPECIALIST_INDICATORS more employed than in the caseload',
    fn: 'SPECIALIST_INDICATORS',
    args: ['AB', 3, 10, 11],
    expect: { error: 'invalidNumber', includes: "argument 'employed' row 1" },
  },
  {
    name: 'SPECIALIST_INDICATORS counts without a specialist',
    fn: 'SPECIALIST_INDICATORS',
    args: [col('AB', blank), col(3, 4), col(10, 10), col(5, 5)],
    expect: { error: 'invalidValue', includes: "argument 'specialist' row 2" },
  },
  {
    name: 'SPECIALIST_INDICATORS a specialist listed twice',
    fn: 'SPECIALIST_INDICATORS',
    args: [col('AB', 'AB'), col(3, 4), col(10, 10), col(5, 5)],
    expect: { error: 'invalidValue', includes: 'is listed on row 1 too' },
  },
  {
    name: 'SPECIALIST_INDICATORS a skipped range',
    fn: 'SPECIALIST_INDICATORS',
    args: ['AB', omitted, 10, 5],
    expect: { error: 'invalidValue', includes: "argument 'job_starts' row 1: expected a whole number" },
  },
  {
    name: 'SPECIALIST_INDICATORS only blank rows',
    fn: 'SPECIALIST_INDICATORS',
    args: [col(blank, blank), col(blank, blank), col(blank, blank), col(blank, blank)],
    expect: { error: 'notAvailable', includes: 'no specialist is listed' },
  },

  // ---- Empty rows at the end of the ranges (Excel desktop may send them as 0) -------------------
  {
    name: 'CASELOAD 30, 30, 30 and two empty rows',
    fn: 'CASELOAD',
    args: [col(30, 30, 30, blank, blank)],
    expect: { value: 3 },
    emptyRowsAtEnd: true,
  },
  {
    name: 'CASELOAD metric with an FTE column and two empty rows',
    fn: 'CASELOAD',
    args: [col(30, 30, 30, blank, blank), col(1, 1, 0.5, blank, blank), omitted, omitted, 'metric'],
    expect: { value: 36 },
    emptyRowsAtEnd: true,
  },
  {
    name: 'CASELOAD with caseload 0 and FTE 0.5 in the last row: a specialist, not an empty row',
    fn: 'CASELOAD',
    args: [col(30, 30, 0, blank), col(1, 1, 0.5, blank), omitted, omitted, 'metric'],
    expect: { value: 24 },
    emptyRowsAtEnd: true,
  },
  {
    name: 'CASELOAD with a caseload 0 inside the data and two empty rows',
    fn: 'CASELOAD',
    args: [col(30, 0, 30, blank, blank), omitted, omitted, omitted, 'metric'],
    expect: { value: 20 },
    emptyRowsAtEnd: true,
  },
  {
    name: 'CASELOAD with a real FTE 0 followed by real rows and an empty row',
    fn: 'CASELOAD',
    args: [col(30, 30, 30, blank), col(1, 0, 1, blank)],
    expect: { error: 'invalidNumber', includes: "argument 'fte' row 2" },
    emptyRowsAtEnd: true,
  },
  {
    name: 'CASELOAD ranges of different length with empty rows at the end',
    fn: 'CASELOAD',
    args: [col(30, 30, 30, blank, blank), col(1, 1, 1, blank)],
    expect: { error: 'invalidValue', includes: 'the ranges must be the same size' },
    emptyRowsAtEnd: true,
  },
  {
    name: 'DAYS_TO_EMPLOYER_CONTACT with date columns ending in empty rows',
    fn: 'DAYS_TO_EMPLOYER_CONTACT',
    args: [
      col('Jan', 'Britt', blank, blank),
      col(date('2025-01-06'), date('2025-01-06'), blank, blank),
      col(date('2025-01-13'), date('2025-01-20'), blank, blank),
      omitted,
      omitted,
      'metric',
    ],
    emptyRowsAtEnd: true,
  },
  {
    name: 'EMPLOYER_CONTACTS weeks per specialist ending in empty rows',
    fn: 'EMPLOYER_CONTACTS',
    args: [col(50, 48, 48, blank, blank), col(8, 8, 8, blank, blank), omitted, omitted, omitted, omitted, 'metric'],
    emptyRowsAtEnd: true,
  },
  {
    name: 'EMPLOYER_CONTACTS with a specialist of 0 contacts inside the data',
    fn: 'EMPLOYER_CONTACTS',
    args: [col(50, 0, 48, blank), 8, omitted, omitted, omitted, omitted, 'metric'],
    emptyRowsAtEnd: true,
  },
  {
    name: 'AGREEMENT with two empty rows at the end',
    fn: 'AGREEMENT',
    args: [col(5, 4, 3, 2, blank, blank), col(5, 4, 3, 3, blank, blank)],
    expect: { value: 0.75 },
    emptyRowsAtEnd: true,
  },
  {
    name: 'SPECIALIST_INDICATORS with two empty rows at the end: not two specialists without a name',
    fn: 'SPECIALIST_INDICATORS',
    args: [col('AB', 'CD', blank, blank), col(3, 2, blank, blank), col(10, 8, blank, blank), col(5, 4, blank, blank)],
    expect: {
      value: [
        ['AB', 3, 0.5, 'Mål nådd: feltveiledning hvert kvartal'],
        ['CD', 2, 0.5, 'Månedlig feltveiledning'],
      ],
    },
    emptyRowsAtEnd: true,
  },
  {
    name: 'COMPETITIVE_JOBS ten jobs and two empty rows',
    fn: 'COMPETITIVE_JOBS',
    args: [col(...Array.from({ length: 10 }, () => 'ja'), blank, blank)],
    expect: { value: 5 },
    emptyRowsAtEnd: true,
  },
  {
    name: 'COMMUNITY_TIME with two empty rows',
    fn: 'COMMUNITY_TIME',
    args: [col(70, 56, 65, blank, blank), omitted, 'metric'],
    emptyRowsAtEnd: true,
  },
  {
    name: 'EMPLOYMENT_RATE list with two empty rows at the end: not two participants without a job',
    fn: 'EMPLOYMENT_RATE',
    args: [col('ja', 'nei', 'ja', 'ja', blank, blank)],
    expect: { value: 0.75 },
    emptyRowsAtEnd: true,
  },
  ...Object.entries(listSamples()).map(([fn, args]): HostCase => ({
    name: `${fn} sample with two empty rows at the end of each range`,
    fn,
    args: padRanges(args, blank, 2),
    emptyRowsAtEnd: true,
  })),
];

/**
 * One call per list function (a function with a range of one row per specialist, job, contact or
 * item) that scores, with every range it takes given and no blank cell, for the tests that pad
 * the ranges with empty rows. A function is in here by name; tests check that every list
 * function of the table is.
 */
export function listSamples(): Readonly<Record<string, readonly HostArg[]>> {
  const day = (d: number) => date(`2025-01-${String(d).padStart(2, '0')}`);
  return {
    CASELOAD: [col(30, 30, 30), col(1, 1, 0.5), col('nei', 'nei', 'ja')],
    VOCATIONAL_TIME: [col(100, 90, 80), omitted, col('nei', 'nei', 'ja')],
    ALL_PHASES: [
      [
        [1, 1, 1, 1, 1, 1],
        ['ja', 'ja', 'ja', 'ja', 'nei', 'nei'],
        [1, 1, 1, 1, 1, 1],
      ],
      col('nei', 'nei', 'ja'),
    ],
    TEAM_INTEGRATION: [col(2, 1, 3), col(20, 18, 19), col(20, 19, 19), col('nei', 'nei', 'nei')],
    CAREER_ASSESSMENT: [col(4, 4, 5)],
    SPECIALIST_INDICATORS: [col('AB', 'CD', 'EF'), col(3, 2, 4), col(10, 8, 12), col(5, 4, 3)],
    DAYS_TO_EMPLOYER_CONTACT: [
      col('Jan', 'Jan', 'Britt', 'Signe'),
      col(day(6), day(6), day(6), day(7)),
      col(day(13), day(15), day(20), day(30)),
      'nei',
    ],
    INDIVIDUALIZED_SEARCH: [col('ja', 'ja', 'nei', 'ja'), col('nei', 'ja', 'nei', 'nei')],
    EMPLOYER_CONTACTS: [col(50, 48, 30), col(8, 8, 8), omitted, col(3, 4, 5), col(0, 1, 0), col(12, 24, 6)],
    EMPLOYER_CONTACT_QUALITY: [col(5, 4, 4), 3],
    JOB_DIVERSITY: [SAMPLE_JOBS, omitted, col(...SAMPLE_JOBS.map((_, index) => (index === 10 ? 'ja' : 'nei')))],
    EMPLOYER_DIVERSITY: [
      SAMPLE_EMPLOYERS,
      col(...SAMPLE_EMPLOYERS.map((_, index) => (index < 2 ? 'Sentrum' : 'Byen'))),
      omitted,
      col(...SAMPLE_EMPLOYERS.map(() => 'nei')),
    ],
    COMPETITIVE_JOBS: [
      col('ja', 'ja', 'ja', 'ja', 'ja', 'ja', 'ja', 'ja', 'frivillig', 'ja', 'ja'),
      omitted,
      col('nei', 'nei', 'nei', 'nei', 'nei', 'nei', 'nei', 'nei', 'nei', 'nei', 'ja'),
    ],
    COMMUNITY_TIME: [col(70, 56, 65)],
    AGREEMENT: [col(5, 4, 3, 2), col(5, 4, 3, 3)],
    EMPLOYMENT_RATE: [col('ja', 'nei', 'ja', 'nei', 'ja')],
  };
}

/** The call with `count` rows of `cell` added at the end of every range of more than one row (single cells are left as they are). */
export function padRanges(args: readonly HostArg[], cell: HostCell, count: number): HostArg[] {
  return args.map((arg) => {
    if (!Array.isArray(arg) || arg.length < 2) return arg;
    const range = arg as HostRange;
    const width = range[0]!.length;
    return [...range, ...Array.from({ length: count }, () => Array.from({ length: width }, () => cell))];
  });
}

/**
 * Robustness cases made from the table's metadata, so a new function is covered the day it is
 * added: blanks, text, logicals, dates, single cells for ranges, omitted and bad optional
 * arguments. Only host-against-host agreement is checked for these.
 */
export function genericCases(
  functions: readonly {
    readonly name: string;
    readonly parameters: readonly {
      readonly name: string;
      readonly dimensionality: 'scalar' | 'matrix';
      readonly optional?: boolean;
    }[];
  }[],
): HostCase[] {
  const cases: HostCase[] = [];
  for (const spec of functions) {
    const firstOptional = spec.parameters.findIndex((p) => p.optional);
    const required = firstOptional < 0 ? spec.parameters : spec.parameters.slice(0, firstOptional);
    const fill = (scalar: HostCell, range: HostRange): HostArg[] =>
      required.map((p) => (p.dimensionality === 'matrix' ? range : scalar));
    const hasOutput = spec.parameters.some((p) => p.name === 'output');
    const outputIndex = spec.parameters.findIndex((p) => p.name === 'output');
    const withOutput = (args: HostArg[], output: HostCell, language?: HostCell): HostArg[] => {
      const out: HostArg[] = [...args];
      while (out.length < outputIndex) out.push(omitted);
      out.push(output);
      if (language !== undefined) out.push(language);
      return out;
    };
    const add = (kind: string, args: readonly HostArg[], emptyRowsAtEnd?: true) =>
      cases.push({
        name: `generic ${spec.name}: ${kind}`,
        fn: spec.name,
        args,
        ...(emptyRowsAtEnd ? { emptyRowsAtEnd } : {}),
      });
    add('no arguments', []);
    add(
      'required parameters blank',
      required.map(() => blank),
    );
    add(
      'every scalar blank, optional ranges skipped',
      spec.parameters.map((p) => (p.optional && p.dimensionality === 'matrix' ? omitted : blank)),
    );
    add('optional parameters skipped with ,, before the language', [
      ...fill(3, col(3, 4, 5)),
      ...spec.parameters.slice(required.length, -1).map(() => omitted),
      ...(spec.parameters.length > required.length ? ['en'] : []),
    ]);
    add('numbers', fill(3, col(3, 4, 5)));
    add('numbers with a trailing blank row', fill(3, col(3, 4, blank)), true);
    add('numbers with two empty rows at the end', fill(3, col(3, 4, 5, blank, blank)), true);
    add('text', fill('abc', col('abc', 'x', 'ja')));
    add('numeric text', fill('3', col('3', '4')));
    add('logicals', fill(true, col(true, false, true)));
    add('dates', fill(date('2025-06-07'), col(date('2025-06-07'), date('2024-02-29'))));
    add('single cells', fill(4, [[4]]));
    add('single blank cells', fill(blank, [[blank]]));
    add(
      'a 2×2 range',
      fill(1, [
        [1, 2],
        [3, 4],
      ]),
    );
    if (hasOutput) {
      add('reason in English', withOutput(fill(3, col(3, 4, 5)), 'reason', 'en'));
      add('metric', withOutput(fill(3, col(3, 4, 5)), 'metric'));
      add('unknown output', withOutput(fill(3, col(3, 4, 5)), 'everything'));
      add('blank output, unknown language', withOutput(fill(3, col(3, 4, 5)), blank, 'sv'));
    }
  }
  return cases;
}
