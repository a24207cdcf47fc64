/**
 * The input tables of a review, as data: one registry that the sheet layouts, the import, the
 * anonymity check and the wiring formulas all read. Each table is one sheet with a header row,
 * a short help row and data from row 3; the review-data table has a single data row.
 *
 * Column sets follow the manual's forms and data requests (spec workflow-and-forms §3): the
 * caseload lists [000:1042–1050, 9528–9530], the job lists [000:1052–1066, 16677–16697], the
 * «Logg for arbeidsgiverkontakt» [000:18176–18275] with the columns the Tjenester 6 rules need
 * [000:7335–7452], and the chart-review form «Eksempel nr. 1 på skjema for journalgjennomgang»
 * [000:11748–12076] with the record categories of [000:1117–1125, 1230–1250, 9677–9685].
 *
 * One module per input table; the shared column builders are in ./columns, the list options in ./options.
 */
export * from './types';
export * from './options';
export * from './staff';
export * from './caseload';
export * from './jobs';
export * from './employer-contacts';
export * from './specialist-time';
export * from './chart-review';
export * from './review';
export {
  INPUT_TABLES,
  TABLES,
  tableById,
  columnIndex,
  columnById,
  optionLabel,
  type TableCapacity,
  DEFAULT_CAPACITY,
  tableRows,
  lastDataRow,
  quoteSheet,
  columnRange,
} from './registry';
export * from './values';
export * from './sheet-plans';
