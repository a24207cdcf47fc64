/**
 * Bemanning 2 — Ansatte som yter arbeidsrettede tjenester (staffing.vocational_only).
 *
 * The calculator and the spreadsheet function that reads the cells and calls it. Rounding is the
 * manual's rule 11: metrics and averaged scores are rounded DOWN before they are placed in the
 * anchors' bands, and the arithmetic is exact (21 ÷ (0.1 + 0.2 + 0.7) = 21). The checked entry
 * parses typed input with its schema; the column/total cores are what the spreadsheet function
 * calls after reading every cell.
 */
import { checkInput, rowOf, type InputRules } from '../shared/rules';
import { PERCENT_RULE, YES_NO_RULE } from '../shared/value-rules';
import { ExactSum, ExactTotal, quotientOfTotals, floorOfTotals, countTotal, reason } from '../shared/reasons';
import { readVocationalPercents } from '../shared/percent-rows';
import { bandFor, type BandTable } from '../shared/bands';
import { nb, en } from '../shared/per-specialist';
import { applyCaps, capsFromIds } from '../shared/judgement';
import { itemById } from '../../scale/registry';
import { ItemResult, Reason } from '../../result';
import {
  itemFunction,
  recordsParameter,
  PERCENT_UNIT_PARAMETER,
  scalarParameter,
  fractionNote,
  withNote,
} from '../shared/define';
import { notAvailable, invalidValue, invalidNumber } from '../../errors';
import { CellValue, readYesNo, readPercentUnit, parallelColumns, scalar } from '../../cells';

/** The item scored here (its id in the scale registry). */
const ITEM_ID = 'staffing.vocational_only';

export interface VocationalTimeSpecialist {
  /** Share of the specialist's working time spent on vocational services, in percent 0–100. */
  readonly percentVocational?: number;
  readonly excluded?: boolean;
  /** The 1-based row in the source range, for messages. */
  readonly row?: number;
}
export interface VocationalTimeInput {
  readonly specialists: readonly VocationalTimeSpecialist[];
  /** Small agency (60–140 served) where the specialist splits time with coordination: score 1 (2837–2850). */
  readonly splitRole?: boolean;
}

const ONE: ExactTotal = countTotal(1);

/** The registry's cap for Bemanning 2, the small agency's split role (manual 2837–2850): at most 1. */
export const CAP_SPLIT_ROLE = 'staffing.vocational_only.split_role';

/** The rules of vocationalTime()'s typed input. */
export const VOCATIONAL_RULES: InputRules = {
  specialists: {
    argument: 'percent_vocational',
    fields: {
      percentVocational: { argument: 'percent_vocational', rule: PERCENT_RULE, optional: true },
      excluded: { argument: 'exclude', rule: YES_NO_RULE, optional: true },
    },
  },
  splitRole: { argument: 'split_role', rule: YES_NO_RULE, optional: true },
};

/** Bemanning 2's anchors on the mean percent of time on vocational services, rounded down (manual 9781–9805). */
export const VOCATIONAL_BANDS: BandTable = {
  manualLines: '9781–9805',
  rows: [
    { score: 5, min: 96, label: { nb: '96 prosent eller mer av tiden', en: '96 percent or more of the time' } },
    { score: 4, min: 90, label: { nb: '90–95 prosent av tiden', en: '90–95 percent of the time' } },
    { score: 3, min: 75, label: { nb: '75–89 prosent av tiden', en: '75–89 percent of the time' } },
    { score: 2, min: 60, label: { nb: '60–74 prosent av tiden', en: '60–74 percent of the time' } },
    { score: 1, label: { nb: 'mindre enn 60 prosent av tiden', en: 'less than 60 percent of the time' } },
  ],
};

/**
 * Bemanning 2 (3006–3012): the percent of time each specialist spends on vocational services,
 * added and divided by the number of specialists (unweighted), rounded down, banded.
 */
export function vocationalTime(input: VocationalTimeInput): ItemResult {
  const { specialists, splitRole } = checkInput(input, VOCATIONAL_RULES);
  let counted = 0;
  for (const specialist of specialists) if (specialist.excluded !== true) counted++;
  if (counted === 0) throw notAvailable(NO_VOCATIONAL_SPECIALISTS);
  const percents = new Float64Array(counted);
  let n = 0;
  for (let index = 0; index < specialists.length; index++) {
    const specialist = specialists[index]!;
    if (specialist.excluded === true) continue;
    if (specialist.percentVocational === undefined) {
      throw invalidValue(
        `argument 'percent_vocational' row ${rowOf(specialist, index)}: expected a percent 0–100, got nothing`,
      );
    }
    percents[n++] = specialist.percentVocational;
  }
  return vocationalTimeFromColumns({ percents, excluded: specialists.length - counted, splitRole });
}

const NO_VOCATIONAL_SPECIALISTS =
  "argument 'percent_vocational': no employment specialists to score (the range is empty or every row is excluded)";

/** The counted specialists of Bemanning 2 as a column (one entry per specialist not excluded). */
export interface VocationalTimeColumns {
  /** Percent of each counted specialist's time spent on vocational services, 0–100. */
  readonly percents: ArrayLike<number>;
  /** How many rows were left out (e.g. the supervisor), for the explanation. */
  readonly excluded: number;
  readonly splitRole?: boolean | undefined;
}

/**
 * Bemanning 2 from a column, without the schema parse (see caseloadFromColumns): each percent is
 * range-checked in the single pass that adds them up.
 */
export function vocationalTimeFromColumns(columns: VocationalTimeColumns): ItemResult {
  const { percents, excluded, splitRole } = columns;
  const n = percents.length;
  if (n === 0) throw notAvailable(NO_VOCATIONAL_SPECIALISTS);
  const percentSum = new ExactSum();
  for (let i = 0; i < n; i++) {
    const percent = percents[i]!;
    if (!(percent >= 0 && percent <= 100)) {
      throw invalidNumber(
        `argument 'percent_vocational' (entry ${i + 1}): expected a percent from 0 to 100, got ${percent}`,
      );
    }
    percentSum.add(percent);
  }
  return vocationalTimeFromTotal({ specialists: n, percents: percentSum.total(), excluded, splitRole });
}

/** The counted specialists of Bemanning 2 as a total: all the score and its explanation need. */
export interface VocationalTimeTotal {
  /** Specialists counted (not excluded), ≥ 1. */
  readonly specialists: number;
  /** Σ percent of time on vocational services (each 0–100). */
  readonly percents: ExactTotal;
  /** How many rows were left out (e.g. the supervisor), for the explanation. */
  readonly excluded: number;
  readonly splitRole?: boolean | undefined;
}

/**
 * Bemanning 2 from the total, for callers that checked and added up every percent already (the
 * spreadsheet function, in its one pass over the cells; vocationalTimeFromColumns).
 */
export function vocationalTimeFromTotal(input: VocationalTimeTotal): ItemResult {
  const { specialists: n, percents: total, excluded, splitRole } = input;
  if (n === 0) throw notAvailable(NO_VOCATIONAL_SPECIALISTS);
  const sum = quotientOfTotals(total, ONE);
  const metric = floorOfTotals(total, countTotal(n));
  const exact = quotientOfTotals(total, countTotal(n));
  const band = bandFor(VOCATIONAL_BANDS, metric);
  const reasons: Reason[] = [
    reason(
      'staffing.vocational_only.mean_percent',
      n === 1
        ? `Jobbspesialisten bruker ${nb(exact)} % av tiden på arbeidsrettede tjenester, rundet ned til ${metric} %.`
        : `Summen av prosentandelene ${nb(sum)} delt på ${n} jobbspesialister = ${nb(exact)} %, rundet ned til ${metric} %.`,
      n === 1
        ? `The specialist spends ${en(exact)} % of the time on vocational services, rounded down to ${metric} %.`
        : `The percentages add up to ${en(sum)}; divided by ${n} specialists = ${en(exact)} %, rounded down to ${metric} %.`,
    ),
  ];
  if (excluded > 0) {
    reasons.push(
      reason(
        'staffing.vocational_only.excluded_rows',
        `${excluded} ${excluded === 1 ? 'rad er' : 'rader er'} holdt utenfor (f.eks. metodeveilederen).`,
        `${excluded} ${excluded === 1 ? 'row is' : 'rows are'} left out (e.g. the supervisor).`,
      ),
    );
  }
  reasons.push(
    reason(
      'staffing.vocational_only.band',
      `Jobbspesialistene yter arbeidsrettede tjenester ${band.label.nb}: skår ${band.score}.`,
      `The specialists provide vocational services ${band.label.en}: score ${band.score}.`,
    ),
  );
  if (metric === 95) {
    reasons.push(
      reason(
        'staffing.vocational_only.near_96',
        'Merk: veiledningen godtar «et par timer per uke (4–5 %)» med andre oppgaver, men skalaen krever 96 % for skår 5.',
        'Note: the guidance allows "a couple of hours a week (4–5 %)" of other tasks, but the scale requires 96 % for a 5.',
      ),
    );
  }
  const item = itemById(ITEM_ID);
  const capped = applyCaps(item, band.score, capsFromIds(item, splitRole === true ? [CAP_SPLIT_ROLE] : []));
  reasons.push(...capped.reasons);
  return { itemId: item.id, score: capped.score, metric, metricUnit: '%', exactMetric: exact, reasons };
}

/** A yes/no flag from an optional column: an omitted column or blank cell is "no". */
function flag(value: CellValue, argument: string, row?: number): boolean {
  return readYesNo(value, { argument, row });
}

// --- Bemanning 2 ---------------------------------------------------------------------------

export const VOCATIONAL_TIME = itemFunction({
  name: 'VOCATIONAL_TIME',
  itemId: ITEM_ID,
  parameters: [
    recordsParameter('percent_vocational'),
    PERCENT_UNIT_PARAMETER,
    recordsParameter('exclude', true),
    scalarParameter('split_role', true),
  ],
  compute: ([percents, unitArg, exclude, splitRole]) => {
    const unit = readPercentUnit(unitArg ?? null);
    const { cells } = parallelColumns([
      { argument: 'percent_vocational', arg: percents ?? null },
      { argument: 'exclude', arg: exclude ?? null },
    ]);
    const column = readVocationalPercents(cells[0] ?? [], cells[1], unit);
    const note =
      column.unit === 'fraction'
        ? fractionNote('staffing.vocational_only.read_as_fraction', unit === undefined)
        : undefined;
    const split = flag(scalar(splitRole ?? null, 'split_role'), 'split_role');
    return withNote(vocationalTimeFromTotal({ ...column, splitRole: split }), note);
  },
});
