/**
 * Bemanning 1 — Deltakerportefølje (staffing.caseload_size).
 *
 * The calculator and the spreadsheet function that reads the cells and calls it. Rounding is the
 * manual's rule 11: metrics and averaged scores are rounded DOWN before they are placed in the
 * anchors' bands, and the arithmetic is exact (21 ÷ (0.1 + 0.2 + 0.7) = 21). The checked entry
 * parses typed input with its schema; the column/total cores are what the spreadsheet function
 * calls after reading every cell.
 */
import { checkInput, rowOf, type InputRules } from '../shared/rules';
import { CLIENTS_RULE, FTE_RULE, YES_NO_RULE } from '../shared/value-rules';
import { readCaseloadRows } from './caseload-rows';
import { ExactTotal, countTotal, ExactSum, quotientOfTotals, floorOfTotals, reason } from '../shared/reasons';
import { bandFor, type BandTable } from '../shared/bands';
import { nb, en } from '../shared/per-specialist';
import { capsFromIds } from '../shared/judgement';
import { applyCaps } from '../shared/judgement';
import { itemById } from '../../scale/registry';
import { ItemResult, Reason } from '../../result';
import { itemFunction, recordsParameter, scalarParameter } from '../shared/define';
import { notAvailable, invalidValue, invalidNumber } from '../../errors';
import { CellValue, readYesNo, parallelColumns, scalar } from '../../cells';

/** The item scored here (its id in the scale registry). */
const ITEM_ID = 'staffing.caseload_size';

export interface CaseloadSpecialist {
  /** People in this specialist's caseload (whole people ≥ 0). Not needed for an excluded row. */
  readonly clients?: number;
  /** The specialist's post as a fraction of full time, 0 < fte ≤ 1 (default 1). */
  readonly fte?: number;
  /** True for a row that is not counted, e.g. the supervisor (metodeveileder). */
  readonly excluded?: boolean;
  /** The 1-based row in the source range, for messages. */
  readonly row?: number;
}
export interface CaseloadInput {
  readonly specialists: readonly CaseloadSpecialist[];
  /** The specialists have no individual caseloads (team caseload, ad-hoc meetings): at most 3. */
  readonly noIndividualCaseloads?: boolean;
}

/** The registry's cap for Bemanning 1 without individual caseloads (manual 2640–2655): at most 3. */
export const CAP_NO_INDIVIDUAL_CASELOADS = 'staffing.caseload_size.no_individual_caseloads';

const ONE: ExactTotal = countTotal(1);

/** The rules of caseload()'s typed input, each field named by its spreadsheet argument. */
export const CASELOAD_RULES: InputRules = {
  specialists: {
    argument: 'caseloads',
    fields: {
      clients: { argument: 'caseloads', rule: CLIENTS_RULE, optional: true },
      fte: { argument: 'fte', rule: FTE_RULE, optional: true },
      excluded: { argument: 'exclude', rule: YES_NO_RULE, optional: true },
    },
  },
  noIndividualCaseloads: { argument: 'no_individual_caseloads', rule: YES_NO_RULE, optional: true },
};

/** Bemanning 1's anchors on the clients per full-time specialist, rounded down (manual 9739–9763). */
export const CASELOAD_BANDS: BandTable = {
  manualLines: '9739–9763',
  rows: [
    {
      score: 5,
      max: 20,
      label: { nb: '20 eller færre deltakere per jobbspesialist', en: '20 or fewer clients per employment specialist' },
    },
    {
      score: 4,
      max: 25,
      label: {
        nb: 'mellom 21 og 25 deltakere per jobbspesialist',
        en: 'between 21 and 25 clients per employment specialist',
      },
    },
    {
      score: 3,
      max: 30,
      label: {
        nb: 'mellom 26 og 30 deltakere per jobbspesialist',
        en: 'between 26 and 30 clients per employment specialist',
      },
    },
    {
      score: 2,
      max: 40,
      label: {
        nb: 'mellom 31 og 40 deltakere per jobbspesialist',
        en: 'between 31 and 40 clients per employment specialist',
      },
    },
    {
      score: 1,
      label: { nb: '41 eller flere deltakere per jobbspesialist', en: '41 or more clients per employment specialist' },
    },
  ],
};

/**
 * Bemanning 1 (manual 2754–2759): add the people assigned to each specialist and divide by the
 * specialist resources (full time = 1, half time = 0.5). The supervisor's caseload is not
 * counted, even when the supervisor works half time or more as a specialist (2715–2721): mark
 * that row excluded. The ratio is rounded down (rule 11; sample report 18.67 → 18), then banded.
 * No individual caseloads caps the score at 3 (2640–2655).
 */
export function caseload(input: CaseloadInput): ItemResult {
  const { specialists, noIndividualCaseloads } = checkInput(input, CASELOAD_RULES);
  let counted = 0;
  for (const specialist of specialists) if (specialist.excluded !== true) counted++;
  if (counted === 0) throw notAvailable(NO_CASELOAD_SPECIALISTS);
  const clients = new Float64Array(counted);
  const fte = new Float64Array(counted);
  let n = 0;
  for (let index = 0; index < specialists.length; index++) {
    const specialist = specialists[index]!;
    if (specialist.excluded === true) continue;
    if (specialist.clients === undefined) {
      throw invalidValue(
        `argument 'caseloads' row ${rowOf(specialist, index)}: expected a whole number of clients ≥ 0, got nothing`,
      );
    }
    clients[n] = specialist.clients;
    fte[n] = specialist.fte ?? 1;
    n++;
  }
  return caseloadFromColumns({ clients, fte, excluded: specialists.length - counted, noIndividualCaseloads });
}

const NO_CASELOAD_SPECIALISTS =
  "argument 'caseloads': no employment specialists to score (the range is empty or every row is excluded)";

/** The counted specialists of Bemanning 1 as columns (one entry per specialist not excluded). */
export interface CaseloadColumns {
  /** Clients of each counted specialist: whole numbers ≥ 0. */
  readonly clients: ArrayLike<number>;
  /** FTE of each counted specialist, 0 < fte ≤ 1; left out: every specialist works full time. */
  readonly fte?: ArrayLike<number>;
  /** How many rows were left out (e.g. the supervisor), for the explanation. */
  readonly excluded: number;
  readonly noIndividualCaseloads?: boolean | undefined;
}

/**
 * Bemanning 1 from columns, without the schema parse: for callers that have read every value
 * already (the spreadsheet function reads each cell with the cell readers). Each value is still
 * range-checked here, in the single pass that adds them up, so bad data is an IpsError, never a
 * wrong score. Linear in the number of specialists, without an allocation per specialist.
 */
export function caseloadFromColumns(columns: CaseloadColumns): ItemResult {
  const { clients: clientColumn, fte: fteColumn, excluded, noIndividualCaseloads } = columns;
  const count = clientColumn.length;
  if (count === 0) throw notAvailable(NO_CASELOAD_SPECIALISTS);
  if (fteColumn !== undefined && fteColumn.length !== count) {
    throw invalidValue(
      `argument 'fte' has ${fteColumn.length} rows but 'caseloads' has ${count}: the ranges must be the same size`,
    );
  }
  const clientSum = new ExactSum();
  const fteSum = fteColumn === undefined ? undefined : new ExactSum();
  for (let i = 0; i < count; i++) {
    const clients = clientColumn[i]!;
    if (!(clients >= 0 && Number.isInteger(clients))) {
      throw invalidNumber(
        `argument 'caseloads' (entry ${i + 1}): expected a whole number of clients ≥ 0, got ${clients}`,
      );
    }
    clientSum.add(clients);
    if (fteSum !== undefined) {
      const fte = fteColumn![i]!;
      if (!(fte > 0 && fte <= 1)) {
        throw invalidNumber(
          `argument 'fte' (entry ${i + 1}): expected a fraction of full time > 0 and ≤ 1, got ${fte}`,
        );
      }
      fteSum.add(fte);
    }
  }
  return caseloadFromTotals({
    specialists: count,
    clients: clientSum.total(),
    fte: fteSum === undefined ? countTotal(count) : fteSum.total(),
    excluded,
    noIndividualCaseloads,
  });
}

/** The counted specialists of Bemanning 1 as totals: all the score and its explanation need. */
export interface CaseloadTotals {
  /** Specialists counted (not excluded), ≥ 1. */
  readonly specialists: number;
  /** Σ clients of the counted specialists (whole numbers ≥ 0). */
  readonly clients: ExactTotal;
  /** Σ FTE of the counted specialists (each > 0 and ≤ 1); countTotal(specialists) when every one works full time. */
  readonly fte: ExactTotal;
  /** How many rows were left out (e.g. the supervisor), for the explanation. */
  readonly excluded: number;
  readonly noIndividualCaseloads?: boolean | undefined;
}

/**
 * Bemanning 1 from totals, for callers that checked and added up every value already (the
 * spreadsheet function, in its one pass over the cells; caseloadFromColumns).
 */
export function caseloadFromTotals(totals: CaseloadTotals): ItemResult {
  const { specialists: count, clients: clientTotal, fte: fteTotal, excluded, noIndividualCaseloads } = totals;
  if (count === 0) throw notAvailable(NO_CASELOAD_SPECIALISTS);
  const totalClients = clientTotal.float;
  const totalFte = quotientOfTotals(fteTotal, ONE);
  const metric = floorOfTotals(clientTotal, fteTotal);
  const exact = quotientOfTotals(clientTotal, fteTotal);
  const band = bandFor(CASELOAD_BANDS, metric);
  const reasons: Reason[] = [
    reason(
      'staffing.caseload_size.pooled_ratio',
      `${totalClients} deltakere delt på ${nb(totalFte)} årsverk (${count} ${count === 1 ? 'jobbspesialist' : 'jobbspesialister'}) = ${nb(exact)} deltakere per jobbspesialist, rundet ned til ${metric}.`,
      `${totalClients} clients over ${en(totalFte)} employment-specialist FTE (${count} ${count === 1 ? 'specialist' : 'specialists'}) = ${en(exact)} clients per specialist, rounded down to ${metric}.`,
    ),
  ];
  if (excluded > 0) {
    reasons.push(
      reason(
        'staffing.caseload_size.excluded_rows',
        `${excluded} ${excluded === 1 ? 'rad er' : 'rader er'} holdt utenfor (metodeveilederens portefølje telles ikke med, selv om metodeveilederen også arbeider som jobbspesialist).`,
        `${excluded} ${excluded === 1 ? 'row is' : 'rows are'} left out (the supervisor's caseload is not counted, even when the supervisor also works as a specialist).`,
      ),
    );
  }
  reasons.push(
    reason(
      'staffing.caseload_size.band',
      `${metric} er ${band.label.nb}: skår ${band.score}.`,
      `${metric} is ${band.label.en}: score ${band.score}.`,
    ),
  );
  const item = itemById(ITEM_ID);
  const capped = applyCaps(
    item,
    band.score,
    capsFromIds(item, noIndividualCaseloads === true ? [CAP_NO_INDIVIDUAL_CASELOADS] : []),
  );
  reasons.push(...capped.reasons);
  return { itemId: item.id, score: capped.score, metric, metricUnit: 'clients', exactMetric: exact, reasons };
}

/** A yes/no flag from an optional column: an omitted column or blank cell is "no". */
function flag(value: CellValue, argument: string, row?: number): boolean {
  return readYesNo(value, { argument, row });
}

// --- Bemanning 1 ---------------------------------------------------------------------------

export const CASELOAD = itemFunction({
  name: 'CASELOAD',
  itemId: ITEM_ID,
  parameters: [
    recordsParameter('caseloads'),
    recordsParameter('fte', true),
    recordsParameter('exclude', true),
    scalarParameter('no_individual_caseloads', true),
  ],
  compute: ([caseloads, fte, exclude, noIndividual]) => {
    const { cells, count } = parallelColumns([
      { argument: 'caseloads', arg: caseloads ?? null },
      { argument: 'fte', arg: fte ?? null },
      { argument: 'exclude', arg: exclude ?? null },
    ]);
    const totals = readCaseloadRows({ counts: cells[0], ftes: cells[1], exclude: cells[2] }, count);
    const capped = flag(scalar(noIndividual ?? null, 'no_individual_caseloads'), 'no_individual_caseloads');
    return caseloadFromTotals({ ...totals, noIndividualCaseloads: capped });
  },
});
