/**
 * Calculators for Bemanning 1–3 and Organisasjon 1 and 3: the staffing and organisation items
 * whose score the manual (ch. 9, «Slik beregner du skåren») makes computable from counts.
 * The component items (Organisasjon 2, 5, 7, 8) and the judgement items (Organisasjon 4, 6) are
 * scored by the generic, registry-driven functions in ./judgement.ts.
 *
 * Rounding is the manual's rule 11: metrics and averaged scores are rounded DOWN before they
 * are placed in the anchors' bands, and the arithmetic is exact (21 ÷ (0.1 + 0.2 + 0.7) = 21).
 *
 * Each list calculator has two entries: the checked one (e.g. caseload) parses its typed input
 * with the zod schema and turns schema failures into IpsErrors naming the argument and row; the
 * core (e.g. caseloadFromColumns) takes the values as columns, is what the spreadsheet functions
 * call after reading every cell with the cell readers, and still range-checks each value in its
 * single pass. Both are linear, allocate nothing per specialist, and build the explanations that
 * list every specialist only when they are read (lazyReason).
 */
import * as z from 'zod/mini';
import { IpsError, invalidNumber, invalidValue, notAvailable } from '../errors';
import type { ItemResult, Reason } from '../result';
import type { Score } from '../scale/types';
import { itemById } from '../scale/registry';
import { applyCaps, capsFromIds } from './judgement';
import {
  asScore,
  countTotal,
  ExactSum,
  floorMetric,
  floorOfTotals,
  formatNumber,
  lazyReason,
  quotientOfTotals,
  reason,
  type ExactTotal,
} from './reasons';

/**
 * Builds a module-level zod schema. Call sites are marked pure, so a bundle that never reads the
 * schema (the spreadsheet functions call the column cores) leaves it out; Organisasjon 3's is kept
 * there, as its spreadsheet function calls the checked navCollaboration.
 */
function schema<T>(build: () => T): T {
  return build();
}

export const STAFFING_ORGANIZATION_ITEM_IDS = {
  caseload: 'staffing.caseload_size',
  vocationalTime: 'staffing.vocational_only',
  allPhases: 'staffing.all_phases',
  teamIntegration: 'org.team_integration',
  navCollaboration: 'org.nav_collaboration',
} as const;

// ---------------------------------------------------------------------------------------------
// Input validation: zod schemas, their failures turned into the add-in's typed errors.
// ---------------------------------------------------------------------------------------------

/** Optional 1-based row of the specialist in the source range, used only in error messages. */
const row = /* @__PURE__ */ schema(() => z.optional(z.int().check(z.gte(1))));

type Issue = { readonly code: string; readonly path: readonly PropertyKey[]; readonly [key: string]: unknown };

function expectation(issue: Issue): string {
  switch (issue.code) {
    case 'too_small':
      return issue['origin'] === 'array'
        ? `at least ${String(issue['minimum'])} entries`
        : `a value ${issue['inclusive'] === false ? '>' : '≥'} ${String(issue['minimum'])}`;
    case 'too_big':
      return `a value ${issue['inclusive'] === false ? '<' : '≤'} ${String(issue['maximum'])}`;
    case 'invalid_type':
      return issue['expected'] === 'int' ? 'a whole number' : `${String(issue['expected'])}`;
    case 'invalid_value':
      return `one of ${(issue['values'] as unknown[] | undefined)?.map((v) => JSON.stringify(v)).join(', ') ?? 'the allowed values'}`;
    default:
      return 'a valid value';
  }
}

/**
 * Parses a calculator input; a failure becomes an IpsError naming the spreadsheet argument and
 * the specialist's row: out-of-range or non-whole numbers are invalidNumber, an empty list of
 * specialists is notAvailable, anything else invalidValue.
 */
export function parseWithIpsErrors<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  argumentOf: Readonly<Record<string, string>>,
): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0] as unknown as Issue;
  const path = issue.path;
  const field = [...path]
    .reverse()
    .find((key): key is string => typeof key === 'string' && Object.prototype.hasOwnProperty.call(argumentOf, key));
  const index = path.findIndex((key) => typeof key === 'number');
  const argument =
    field !== undefined ? argumentOf[field]! : String(path.find((key) => typeof key === 'string') ?? 'input');
  let where = `argument '${argument}'`;
  if (index >= 0) {
    const position = path[index] as number;
    const container = path
      .slice(0, index)
      .reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], input);
    const item = Array.isArray(container) ? (container[position] as { row?: unknown } | undefined) : undefined;
    const rowNumber = typeof item?.row === 'number' ? item.row : position + 1;
    where += ` row ${rowNumber}`;
  }
  if (issue.code === 'too_small' && issue['origin'] === 'array' && issue['minimum'] === 1) {
    throw notAvailable(`${where}: no employment specialists to score (the list is empty)`);
  }
  const outOfRange = (issue.code === 'too_small' || issue.code === 'too_big') && issue['origin'] !== 'array';
  const numeric = outOfRange || (issue.code === 'invalid_type' && typeof valueAt(input, path) === 'number');
  const message = `${where}: expected ${expectation(issue)}, got ${describeValue(valueAt(input, path))}`;
  throw numeric ? invalidNumber(message) : invalidValue(message);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], input);
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string')
    return `text ${JSON.stringify(value.length > 40 ? value.slice(0, 37) + '...' : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return Array.isArray(value) ? `a list of ${value.length}` : typeof value;
}

/** "rad 3" / "row 3": where a specialist came from. */
function rowOf(specialist: { readonly row?: number | undefined }, index: number): number {
  return specialist.row ?? index + 1;
}

function nb(value: number, decimals = 2): string {
  return formatNumber(value, 'nb', decimals);
}
function en(value: number, decimals = 2): string {
  return formatNumber(value, 'en', decimals);
}

function bandOf<T extends { readonly score: Score }>(bands: readonly T[], test: (band: T) => boolean): T {
  const band = bands.find(test);
  if (!band) throw new RangeError('no band matched');
  return band;
}

// ---------------------------------------------------------------------------------------------
// Bemanning 1 — Deltakerportefølje (staffing.caseload_size)
// ---------------------------------------------------------------------------------------------

export const CaseloadSpecialist = /* @__PURE__ */ schema(() =>
  z.object({
    /** People in this specialist's caseload (whole people ≥ 0). Not needed for an excluded row. */
    clients: z.optional(z.int().check(z.gte(0))),
    /** The specialist's post as a fraction of full time, 0 < fte ≤ 1 (default 1). */
    fte: z.optional(z.number().check(z.gt(0), z.lte(1))),
    /** True for a row that is not counted, e.g. the supervisor (metodeveileder). */
    excluded: z.optional(z.boolean()),
    row,
  }),
);
export const CaseloadInput = /* @__PURE__ */ schema(() =>
  z.object({
    specialists: z.array(CaseloadSpecialist),
    /** The specialists have no individual caseloads (team caseload, ad-hoc meetings): at most 3. */
    noIndividualCaseloads: z.optional(z.boolean()),
  }),
);
export type CaseloadSpecialist = z.infer<typeof CaseloadSpecialist>;
export type CaseloadInput = z.infer<typeof CaseloadInput>;

/** The registry's cap for Bemanning 1 without individual caseloads (manual 2640–2655): at most 3. */
export const CAP_NO_INDIVIDUAL_CASELOADS = 'staffing.caseload_size.no_individual_caseloads';

const ONE: ExactTotal = countTotal(1);

const CASELOAD_ARGUMENTS = {
  clients: 'caseloads',
  fte: 'fte',
  excluded: 'exclude',
  noIndividualCaseloads: 'no_individual_caseloads',
  specialists: 'caseloads',
};

const CASELOAD_BANDS: readonly {
  readonly score: Score;
  readonly max: number;
  readonly nb: string;
  readonly en: string;
}[] = [
  {
    score: 5,
    max: 20,
    nb: '20 eller færre deltakere per jobbspesialist',
    en: '20 or fewer clients per employment specialist',
  },
  {
    score: 4,
    max: 25,
    nb: 'mellom 21 og 25 deltakere per jobbspesialist',
    en: 'between 21 and 25 clients per employment specialist',
  },
  {
    score: 3,
    max: 30,
    nb: 'mellom 26 og 30 deltakere per jobbspesialist',
    en: 'between 26 and 30 clients per employment specialist',
  },
  {
    score: 2,
    max: 40,
    nb: 'mellom 31 og 40 deltakere per jobbspesialist',
    en: 'between 31 and 40 clients per employment specialist',
  },
  {
    score: 1,
    max: Infinity,
    nb: '41 eller flere deltakere per jobbspesialist',
    en: '41 or more clients per employment specialist',
  },
];

/**
 * Bemanning 1 (manual 2754–2759): add the people assigned to each specialist and divide by the
 * specialist resources (full time = 1, half time = 0.5). The supervisor's caseload is not
 * counted, even when the supervisor works half time or more as a specialist (2715–2721): mark
 * that row excluded. The ratio is rounded down (rule 11; sample report 18.67 → 18), then banded.
 * No individual caseloads caps the score at 3 (2640–2655).
 */
export function caseload(input: CaseloadInput): ItemResult {
  const { specialists, noIndividualCaseloads } = parseWithIpsErrors(CaseloadInput, input, CASELOAD_ARGUMENTS);
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
  const band = bandOf(CASELOAD_BANDS, (b) => metric <= b.max);
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
      `${metric} er ${band.nb}: skår ${band.score}.`,
      `${metric} is ${band.en}: score ${band.score}.`,
    ),
  );
  const item = itemById(STAFFING_ORGANIZATION_ITEM_IDS.caseload);
  const capped = applyCaps(
    item,
    band.score,
    capsFromIds(item, noIndividualCaseloads === true ? [CAP_NO_INDIVIDUAL_CASELOADS] : []),
  );
  reasons.push(...capped.reasons);
  return { itemId: item.id, score: capped.score, metric, metricUnit: 'clients', exactMetric: exact, reasons };
}

// ---------------------------------------------------------------------------------------------
// Bemanning 2 — Ansatte som yter arbeidsrettede tjenester (staffing.vocational_only)
// ---------------------------------------------------------------------------------------------

export const VocationalTimeSpecialist = /* @__PURE__ */ schema(() =>
  z.object({
    /** Share of the specialist's working time spent on vocational services, in percent 0–100. */
    percentVocational: z.optional(z.number().check(z.gte(0), z.lte(100))),
    excluded: z.optional(z.boolean()),
    row,
  }),
);
export const VocationalTimeInput = /* @__PURE__ */ schema(() =>
  z.object({
    specialists: z.array(VocationalTimeSpecialist),
    /** Small agency (60–140 served) where the specialist splits time with coordination: score 1 (2837–2850). */
    splitRole: z.optional(z.boolean()),
  }),
);

/** The registry's cap for Bemanning 2, the small agency's split role (manual 2837–2850): at most 1. */
export const CAP_SPLIT_ROLE = 'staffing.vocational_only.split_role';
export type VocationalTimeSpecialist = z.infer<typeof VocationalTimeSpecialist>;
export type VocationalTimeInput = z.infer<typeof VocationalTimeInput>;

const VOCATIONAL_ARGUMENTS = {
  percentVocational: 'percent_vocational',
  excluded: 'exclude',
  splitRole: 'split_role',
  specialists: 'percent_vocational',
};

const VOCATIONAL_BANDS: readonly {
  readonly score: Score;
  readonly min: number;
  readonly nb: string;
  readonly en: string;
}[] = [
  { score: 5, min: 96, nb: '96 prosent eller mer av tiden', en: '96 percent or more of the time' },
  { score: 4, min: 90, nb: '90–95 prosent av tiden', en: '90–95 percent of the time' },
  { score: 3, min: 75, nb: '75–89 prosent av tiden', en: '75–89 percent of the time' },
  { score: 2, min: 60, nb: '60–74 prosent av tiden', en: '60–74 percent of the time' },
  { score: 1, min: -Infinity, nb: 'mindre enn 60 prosent av tiden', en: 'less than 60 percent of the time' },
];

/**
 * Bemanning 2 (3006–3012): the percent of time each specialist spends on vocational services,
 * added and divided by the number of specialists (unweighted), rounded down, banded.
 */
export function vocationalTime(input: VocationalTimeInput): ItemResult {
  const { specialists, splitRole } = parseWithIpsErrors(VocationalTimeInput, input, VOCATIONAL_ARGUMENTS);
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
  const band = bandOf(VOCATIONAL_BANDS, (b) => metric >= b.min);
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
      `Jobbspesialistene yter arbeidsrettede tjenester ${band.nb}: skår ${band.score}.`,
      `The specialists provide vocational services ${band.en}: score ${band.score}.`,
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
  const item = itemById(STAFFING_ORGANIZATION_ITEM_IDS.vocationalTime);
  const capped = applyCaps(item, band.score, capsFromIds(item, splitRole === true ? [CAP_SPLIT_ROLE] : []));
  reasons.push(...capped.reasons);
  return { itemId: item.id, score: capped.score, metric, metricUnit: '%', exactMetric: exact, reasons };
}

// ---------------------------------------------------------------------------------------------
// Bemanning 3 — Jobbspesialistene utfører alle faser (staffing.all_phases)
// ---------------------------------------------------------------------------------------------

/** The six phases of the vocational service, in the order of the scale (9812–9818). */
export const VOCATIONAL_PHASES: readonly { readonly nb: string; readonly en: string }[] = [
  { nb: 'inntak', en: 'intake' },
  { nb: 'innledende og forpliktende samarbeid', en: 'engagement' },
  { nb: 'karriereveiledning', en: 'career guidance (assessment)' },
  { nb: 'jobbutvikling', en: 'job development' },
  { nb: 'veiledning på arbeidsplassen', en: 'on-the-job coaching' },
  { nb: 'oppfølging', en: 'follow-along support' },
];

export const AllPhasesSpecialist = /* @__PURE__ */ schema(() =>
  z.object({
    /** Whether the specialist performs each of the six phases, in the order of VOCATIONAL_PHASES. */
    phases: z.tuple([z.boolean(), z.boolean(), z.boolean(), z.boolean(), z.boolean(), z.boolean()]),
    /** The specialist has a caseload but refers clients on to other vocational services instead of serving them (score 2). */
    refersOut: z.optional(z.boolean()),
    row,
  }),
);
export const AllPhasesInput = /* @__PURE__ */ schema(() =>
  z.object({ specialists: z.array(AllPhasesSpecialist).check(z.minLength(1)) }),
);
export type AllPhasesSpecialist = z.infer<typeof AllPhasesSpecialist>;
export type AllPhasesInput = z.infer<typeof AllPhasesInput>;

const PHASES_ARGUMENTS = { phases: 'phases', refersOut: 'refers_out', specialists: 'phases' };

/** Bit of AllPhasesColumns.phases set when the specialist refers clients out (bits 0–5 are the phases). */
export const REFERS_OUT_BIT = 1 << 6;

/** Phases performed, by the six phase bits. */
const PHASE_COUNT: readonly number[] = Array.from({ length: 64 }, (_, bits) => {
  let count = 0;
  for (let i = 0; i < 6; i++) if (bits & (1 << i)) count++;
  return count;
});

/** The anchors per specialist: refers out → 2; 6 phases → 5, 5 → 4, 1–4 → 3, none → 1. */
function phaseScore(bits: number): Score {
  if (bits & REFERS_OUT_BIT) return 2;
  const count = PHASE_COUNT[bits & 63]!;
  if (count === 6) return 5;
  if (count === 5) return 4;
  if (count >= 1) return 3;
  return 1;
}

/** Mean of per-specialist scores, rounded down («Rund ned (f.eks. 3,6 -> 3)»). */
function meanScore(sum: number, n: number): { score: Score; exact: number } {
  return { score: asScore(Math.floor(sum / n)), exact: sum / n };
}

/** "5 + 3 + 3 = 11, divided by 3 …": the text lists every score, so it is built only when read. */
function meanReason(
  rule: string,
  n: number,
  scoreAt: (index: number) => number,
  sum: number,
  exact: number,
  score: Score,
): Reason {
  if (n === 1) return reason(rule, `Én jobbspesialist: skår ${score}.`, `One specialist: score ${score}.`);
  const terms = (): string => {
    const parts: string[] = new Array<string>(n);
    for (let i = 0; i < n; i++) parts[i] = String(scoreAt(i));
    return parts.join(' + ');
  };
  return lazyReason(
    rule,
    () => `Beregning: ${terms()} = ${sum}, delt på ${n} jobbspesialister = ${nb(exact)}; rundet ned gir skår ${score}.`,
    () =>
      `Calculation: ${terms()} = ${sum}, divided by ${n} specialists = ${en(exact)}; rounded down gives score ${score}.`,
  );
}

/** One text per specialist, joined: built only when the explanation is read. */
function perSpecialistReason(
  rule: string,
  n: number,
  describe: (index: number, language: 'nb' | 'en') => string,
): Reason {
  const build = (language: 'nb' | 'en') => (): string => {
    const parts: string[] = new Array<string>(n);
    for (let i = 0; i < n; i++) parts[i] = describe(i, language);
    return parts.join('; ') + '.';
  };
  return lazyReason(rule, build('nb'), build('en'));
}

/**
 * Bemanning 3 (3195–3201): rate each specialist with the anchors (6 phases → 5, 5 → 4, 1–4 → 3,
 * refers clients on → 2, no phase / refers only → 1), add the ratings, divide by the number of
 * specialists, round down. Intake done by someone else (e.g. the supervisor) leaves five phases,
 * so at most 4 (3092–3102).
 */
export function allPhases(input: AllPhasesInput): ItemResult {
  const { specialists } = parseWithIpsErrors(AllPhasesInput, input, PHASES_ARGUMENTS);
  const phases = new Uint8Array(specialists.length);
  const rows = new Float64Array(specialists.length);
  specialists.forEach((specialist, index) => {
    let bits = specialist.refersOut === true ? REFERS_OUT_BIT : 0;
    for (let i = 0; i < 6; i++) if (specialist.phases[i]) bits |= 1 << i;
    phases[index] = bits;
    rows[index] = rowOf(specialist, index);
  });
  return allPhasesFromColumns({ phases, rows });
}

/** The specialists of Bemanning 3 as columns. */
export interface AllPhasesColumns {
  /** Per specialist: bit i (0–5) set when the specialist performs phase i of VOCATIONAL_PHASES; REFERS_OUT_BIT when they refer clients out. */
  readonly phases: ArrayLike<number>;
  /** The 1-based row of each specialist, for the explanation; left out: specialist i is on row i + 1. */
  readonly rows?: ArrayLike<number> | undefined;
}

/** Bemanning 3 from columns, without the schema parse (see caseloadFromColumns). */
export function allPhasesFromColumns(columns: AllPhasesColumns): ItemResult {
  const { phases, rows } = columns;
  const n = phases.length;
  if (n === 0) throw notAvailable("argument 'phases': no employment specialists to score (the list is empty)");
  if (rows !== undefined && rows.length !== n)
    throw invalidValue(`argument 'phases': ${n} specialists but ${rows.length} row numbers`);
  let sum = 0;
  let refersOut = false;
  let intakeByOther = false;
  for (let i = 0; i < n; i++) {
    const bits = phases[i]!;
    if (!(bits >= 0 && bits <= 127 && Number.isInteger(bits))) {
      throw invalidValue(
        `argument 'phases' (entry ${i + 1}): expected six phase flags and the refers-out flag as bits 0–6, got ${bits}`,
      );
    }
    sum += phaseScore(bits);
    if (bits & REFERS_OUT_BIT) refersOut = true;
    else if ((bits & 63) === 62) intakeByOther = true; // five phases, all but intake
  }
  const { score, exact } = meanScore(sum, n);
  const describeOne = (index: number, language: 'nb' | 'en'): string => {
    const bits = phases[index]!;
    const rated = phaseScore(bits);
    const count = PHASE_COUNT[bits & 63]!;
    const row = rows === undefined ? index + 1 : rows[index];
    const label = language === 'nb' ? `Rad ${row}` : `Row ${row}`;
    if (bits & REFERS_OUT_BIT) {
      return language === 'nb'
        ? `${label}: har en portefølje, men henviser deltakere til andre arbeidsrettede tjenester → ${rated}`
        : `${label}: has a caseload but refers clients to other vocational services → ${rated}`;
    }
    if (count === 0) {
      return language === 'nb'
        ? `${label}: utfører ingen av fasene selv (henviser kun videre) → ${rated}`
        : `${label}: performs none of the phases (only refers on) → ${rated}`;
    }
    if (count === 6)
      return language === 'nb' ? `${label}: alle seks faser → ${rated}` : `${label}: all six phases → ${rated}`;
    const missing = VOCATIONAL_PHASES.filter((_, i) => !(bits & (1 << i))).map((phase) => phase[language]);
    return language === 'nb'
      ? `${label}: ${count} av 6 faser (mangler ${missing.join(', ')}) → ${rated}`
      : `${label}: ${count} of 6 phases (missing ${missing.join(', ')}) → ${rated}`;
  };
  const reasons: Reason[] = [
    perSpecialistReason('staffing.all_phases.per_specialist', n, describeOne),
    meanReason('staffing.all_phases.mean_rounded_down', n, (i) => phaseScore(phases[i]!), sum, exact, score),
  ];
  if (refersOut) {
    reasons.push(
      reason(
        'staffing.all_phases.refers_out',
        'Jobbspesialister som henviser deltakere til andre arbeidsrettede tjenester i stedet for å yte tjenestene selv, får skår 2.',
        'Specialists who refer clients to other vocational services instead of providing the services themselves score 2.',
      ),
    );
  }
  if (intakeByOther) {
    reasons.push(
      reason(
        'staffing.all_phases.intake_by_other',
        'Når inntaket gjøres av en annen (f.eks. metodeveilederen), blir skåren ikke høyere enn 4 for den jobbspesialisten.',
        'When intake is done by someone else (e.g. the supervisor), that specialist scores no higher than 4.',
      ),
    );
  }
  return {
    itemId: STAFFING_ORGANIZATION_ITEM_IDS.allPhases,
    score,
    metric: score,
    metricUnit: 'mean score',
    exactMetric: exact,
    reasons,
  };
}

// ---------------------------------------------------------------------------------------------
// Organisasjon 1 — Integrering gjennom teamarbeid (org.team_integration)
// ---------------------------------------------------------------------------------------------

export const TeamIntegrationSpecialist = /* @__PURE__ */ schema(() =>
  z.object({
    /** Treatment teams the specialist is attached to (assigned to and attends); 0 = none. */
    teams: z.int().check(z.gte(0)),
    /** Clients in the specialist's caseload who come from those teams. Needed for 1–2 teams. */
    clientsFromTeams: z.optional(z.int().check(z.gte(0))),
    /** The specialist's whole caseload. Needed for 1–2 teams. */
    caseload: z.optional(z.int().check(z.gte(0))),
    /**
     * With teams = 0: the specialist belongs to the treating agency, but its clinicians are not
     * organised in teams (score 2). Left out or false with teams = 0: the vocational service
     * operates independently of treatment (score 1).
     */
    cliniciansNotInTeams: z.optional(z.boolean()),
    row,
  }),
);
export const TeamIntegrationInput = /* @__PURE__ */ schema(() =>
  z.object({ specialists: z.array(TeamIntegrationSpecialist).check(z.minLength(1)) }),
);
export type TeamIntegrationSpecialist = z.infer<typeof TeamIntegrationSpecialist>;
export type TeamIntegrationInput = z.infer<typeof TeamIntegrationInput>;

const TEAM_ARGUMENTS = {
  teams: 'teams',
  clientsFromTeams: 'clients_from_teams',
  caseload: 'caseload',
  cliniciansNotInTeams: 'clinicians_not_in_teams',
  specialists: 'teams',
};

/**
 * Organisasjon 1 (3390–3396): rate each specialist (3254–3260: how many teams they are attached
 * to and what share of their caseload comes from those teams), add, divide, round down.
 * Per specialist: no team → 1 (independent service) or 2 (clinicians not in teams);
 * three or more teams → 2; one or two teams → share < 50 % → 2, 50–74 → 3, 75–89 → 4, ≥ 90 → 5.
 */
export function teamIntegration(input: TeamIntegrationInput): ItemResult {
  const { specialists } = parseWithIpsErrors(TeamIntegrationInput, input, TEAM_ARGUMENTS);
  const n = specialists.length;
  const columns = {
    teams: new Float64Array(n),
    clientsFromTeams: new Float64Array(n),
    caseload: new Float64Array(n),
    cliniciansNotInTeams: new Uint8Array(n),
    rows: new Float64Array(n),
  };
  specialists.forEach((specialist, index) => {
    columns.teams[index] = specialist.teams;
    columns.clientsFromTeams[index] = specialist.clientsFromTeams ?? NaN;
    columns.caseload[index] = specialist.caseload ?? NaN;
    columns.cliniciansNotInTeams[index] = specialist.cliniciansNotInTeams === true ? 1 : 0;
    columns.rows[index] = rowOf(specialist, index);
  });
  return teamIntegrationFromColumns(columns);
}

/** The specialists of Organisasjon 1 as columns (one entry per specialist). */
export interface TeamIntegrationColumns {
  /** Treatment teams each specialist is attached to: whole numbers ≥ 0. */
  readonly teams: ArrayLike<number>;
  /** Clients from those teams (whole, ≥ 0), NaN when not given. Needed for 1–2 teams. */
  readonly clientsFromTeams: ArrayLike<number>;
  /** The specialist's whole caseload (whole, ≥ 0), NaN when not given. Needed for 1–2 teams. */
  readonly caseload: ArrayLike<number>;
  /** 1 when, with teams = 0, the clinicians are not organised in teams; 0 otherwise. */
  readonly cliniciansNotInTeams: ArrayLike<number>;
  /** The 1-based row of each specialist, for messages and the explanation. */
  readonly rows: ArrayLike<number>;
}

function checkCount(value: number, argument: string, row: number, expected: string): void {
  if (!(value >= 0 && Number.isInteger(value)))
    throw invalidNumber(`argument '${argument}' row ${row}: expected ${expected}, got ${value}`);
}

/**
 * Organisasjon 1 from columns, without the schema parse (see caseloadFromColumns): every value is
 * checked and every specialist rated in one linear pass; the per-specialist explanation is built
 * only when read.
 */
export function teamIntegrationFromColumns(columns: TeamIntegrationColumns): ItemResult {
  const { teams, clientsFromTeams, caseload: totals, cliniciansNotInTeams, rows } = columns;
  const n = teams.length;
  if (n === 0) throw notAvailable("argument 'teams': no employment specialists to score (the list is empty)");
  if (clientsFromTeams.length !== n || totals.length !== n || cliniciansNotInTeams.length !== n || rows.length !== n) {
    throw invalidValue(`argument 'teams': the columns of the ${n} specialists differ in length`);
  }
  const ratingAt = (i: number): Score =>
    teamRating(teams[i]!, clientsFromTeams[i]!, totals[i]!, cliniciansNotInTeams[i] === 1, rows[i]!);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const at = rows[i]!;
    checkCount(teams[i]!, 'teams', at, 'a whole number of treatment teams ≥ 0');
    const from = clientsFromTeams[i]!;
    if (from === from) checkCount(from, 'clients_from_teams', at, 'a whole number of clients ≥ 0');
    const total = totals[i]!;
    if (total === total) checkCount(total, 'caseload', at, 'a whole number of clients ≥ 0');
    sum += ratingAt(i);
  }
  // The explanation rates each row again when it is read (rating an accepted row cannot fail).
  return teamIntegrationFromRatings({
    specialists: n,
    sum,
    ratingAt,
    describe: (index, language) =>
      `${language === 'nb' ? 'Rad' : 'Row'} ${rows[index]}: ${describeTeamRating(teams[index]!, clientsFromTeams[index]!, totals[index]!, cliniciansNotInTeams[index] === 1, ratingAt(index), language)}`,
  });
}

/** Organisasjon 1's specialists as their ratings: all the score and its explanation need. */
export interface TeamIntegrationRatings {
  /** Specialists rated, ≥ 1. */
  readonly specialists: number;
  /** Σ of their ratings (teamRating). */
  readonly sum: number;
  /** The rating of specialist `index` (0-based), for the explanation. */
  readonly ratingAt: (index: number) => number;
  /** «Row 3: attached to one treatment team; …» for specialist `index` (see describeTeamRating). */
  readonly describe: (index: number, language: 'nb' | 'en') => string;
}

/**
 * Organisasjon 1 from ratings, for callers that read and rated every specialist already (the
 * spreadsheet function, in its one pass over the cells; teamIntegrationFromColumns). The mean is
 * rounded down; the explanations listing every specialist are built only when read.
 */
export function teamIntegrationFromRatings(ratings: TeamIntegrationRatings): ItemResult {
  const { specialists: n, sum, ratingAt, describe } = ratings;
  if (n === 0) throw notAvailable("argument 'teams': no employment specialists to score (the list is empty)");
  const { score, exact } = meanScore(sum, n);
  return {
    itemId: STAFFING_ORGANIZATION_ITEM_IDS.teamIntegration,
    score,
    metric: score,
    metricUnit: 'mean score',
    exactMetric: exact,
    reasons: [
      perSpecialistReason('org.team_integration.per_specialist', n, describe),
      meanReason('org.team_integration.mean_rounded_down', n, ratingAt, sum, exact, score),
    ],
  };
}

/** floor(100 × from ÷ total) exactly for whole numbers (as floorOfQuotient does), tolerant beyond safe integers. */
function teamPercent(from: number, total: number): number {
  const top = 100 * from;
  return Number.isSafeInteger(top) && Number.isSafeInteger(total) ? Math.floor(top / total) : floorMetric(top / total);
}

/**
 * One specialist of Organisasjon 1 (3254–3260), from the teams, the clients from them and the
 * caseload (NaN when not given): the rating 1–5, or 0 when the row is contradictory or
 * incomplete (teamRating says why). No allocation, no exception: for loops over 100 000 rows.
 */
export function teamRatingOrZero(
  teams: number,
  clientsFromTeams: number,
  caseload: number,
  cliniciansNotInTeams: boolean,
): number {
  if (teams === 0) return cliniciansNotInTeams ? 2 : 1;
  if (cliniciansNotInTeams) return 0;
  if (teams >= 3) return 2;
  if (!(caseload > 0 && clientsFromTeams <= caseload)) return 0; // also NaN: not given
  const percent = teamPercent(clientsFromTeams, caseload);
  return percent >= 90 ? 5 : percent >= 75 ? 4 : percent >= 50 ? 3 : 2;
}

/** teamRatingOrZero, throwing the typed error of a contradictory or incomplete row (`row`: 1-based, for the message). */
export function teamRating(
  teams: number,
  clientsFromTeams: number,
  caseload: number,
  cliniciansNotInTeams: boolean,
  row: number,
): Score {
  const rating = teamRatingOrZero(teams, clientsFromTeams, caseload, cliniciansNotInTeams);
  if (rating !== 0) return asScore(rating);
  if (cliniciansNotInTeams) {
    throw invalidValue(
      `argument 'clinicians_not_in_teams' row ${row}: says the clinicians are not organised in teams, but 'teams' is ${teams}; use teams = 0 for clinicians without teams (or count a small group of clinicians as one team)`,
    );
  }
  if (clientsFromTeams !== clientsFromTeams) {
    throw invalidValue(
      `argument 'clients_from_teams' row ${row}: expected the number of clients from the ${teams} team(s), got nothing`,
    );
  }
  if (caseload !== caseload)
    throw invalidValue(
      `argument 'caseload' row ${row}: expected the specialist's caseload (a whole number), got nothing`,
    );
  if (caseload === 0) {
    throw new IpsError(
      'divisionByZero',
      `argument 'caseload' row ${row}: the caseload is 0, so the share from the teams cannot be computed; leave this specialist out or rate them directly`,
    );
  }
  throw invalidNumber(
    `argument 'clients_from_teams' row ${row}: ${clientsFromTeams} clients from the teams is more than the caseload of ${caseload}`,
  );
}

/** The explanation of one specialist's rating (after teamRating accepted the row). */
export function describeTeamRating(
  teams: number,
  clientsFromTeams: number,
  caseload: number,
  cliniciansNotInTeams: boolean,
  score: number,
  language: 'nb' | 'en',
): string {
  if (teams === 0) {
    if (cliniciansNotInTeams) {
      return language === 'nb'
        ? 'behandlerne er ikke organisert i team → 2'
        : 'the clinicians are not organised in teams → 2';
    }
    return language === 'nb'
      ? 'ikke tilknyttet noe behandlingsteam; tjenesten fungerer uavhengig av behandlingen → 1'
      : 'attached to no treatment team; the service operates independently of treatment → 1';
  }
  if (teams >= 3)
    return language === 'nb'
      ? `tilknyttet ${teams} behandlingsteam (tre eller flere) → 2`
      : `attached to ${teams} treatment teams (three or more) → 2`;
  const percent = teamPercent(clientsFromTeams, caseload);
  const exact = (100 * clientsFromTeams) / caseload;
  return language === 'nb'
    ? `tilknyttet ${teams === 1 ? 'ett behandlingsteam' : 'to behandlingsteam'}; ${clientsFromTeams} av ${caseload} deltakere kommer derfra = ${nb(exact)} %, rundet ned til ${percent} % → ${score}`
    : `attached to ${teams === 1 ? 'one treatment team' : 'two treatment teams'}; ${clientsFromTeams} of ${caseload} clients come from them = ${en(exact)} %, rounded down to ${percent} % → ${score}`;
}

// ---------------------------------------------------------------------------------------------
// Organisasjon 3 — Samarbeid mellom jobbspesialister og NAV-veiledere (org.nav_collaboration)
// ---------------------------------------------------------------------------------------------

/** How often something happens, from never to weekly (the steps the Org 3 anchors use). */
export const NAV_FREQUENCIES = ['none', 'lessThanQuarterly', 'quarterly', 'monthly', 'weekly'] as const;
export type NavFrequency = (typeof NAV_FREQUENCIES)[number];
export const NavFrequencySchema = /* @__PURE__ */ schema(() => z.enum(NAV_FREQUENCIES));

const NAV_FREQUENCY_TEXT: Readonly<Record<NavFrequency, { readonly nb: string; readonly en: string }>> = {
  none: { nb: 'aldri', en: 'never' },
  lessThanQuarterly: { nb: 'sjeldnere enn hvert kvartal', en: 'less often than quarterly' },
  quarterly: { nb: 'hvert kvartal', en: 'quarterly' },
  monthly: { nb: 'hver måned', en: 'monthly' },
  weekly: { nb: 'hver uke', en: 'weekly' },
};

/** The closed list of words accepted for each frequency (nb and en, case-insensitive). */
export const NAV_FREQUENCY_WORDS: Readonly<Record<NavFrequency, readonly string[]>> = {
  none: ['none', 'never', 'no', 'ingen', 'aldri', 'nei'],
  lessThanQuarterly: [
    'less than quarterly',
    'less often than quarterly',
    'lessthanquarterly',
    'lt quarterly',
    'rarely',
    'rarer than quarterly',
    'sjeldnere enn kvartalsvis',
    'sjeldnere enn hvert kvartal',
    'sjeldnere',
    'sjelden',
  ],
  quarterly: ['quarterly', 'every quarter', 'kvartalsvis', 'hvert kvartal', 'kvartal'],
  monthly: ['monthly', 'every month', 'månedlig', 'maanedlig', 'manedlig', 'hver måned', 'hver maaned', 'måned'],
  weekly: ['weekly', 'every week', 'ukentlig', 'hver uke', 'uke'],
};

function normaliseWord(text: string): string {
  return text.trim().toLocaleLowerCase('nb').replace(/[_-]+/g, ' ').replace(/\s+/g, ' ');
}

const NAV_FREQUENCY_BY_WORD = new Map<string, NavFrequency>(
  NAV_FREQUENCIES.flatMap((frequency) =>
    NAV_FREQUENCY_WORDS[frequency].map((word) => [normaliseWord(word), frequency] as const),
  ),
);

/** A frequency from its word, or undefined when the word is not on the closed list. */
export function navFrequencyFromText(text: string): NavFrequency | undefined {
  return NAV_FREQUENCY_BY_WORD.get(normaliseWord(text));
}

/** The accepted words, for error messages. */
export const NAV_FREQUENCY_CHOICES =
  'none/ingen, less than quarterly/sjeldnere enn kvartalsvis, quarterly/kvartalsvis, monthly/månedlig, weekly/ukentlig';

export const NavCollaborationInput = /* @__PURE__ */ schema(() =>
  z.object({
    /** How often JS and NAV counsellors hold scheduled, in-person meetings. */
    meetings: NavFrequencySchema,
    /** How often they have client-related contact by any channel (phone, e-mail, in person). */
    contacts: NavFrequencySchema,
  }),
);
export type NavCollaborationInput = z.infer<typeof NavCollaborationInput>;

const rank = (frequency: NavFrequency): number => NAV_FREQUENCIES.indexOf(frequency);

/**
 * Organisasjon 3 (3997–4001; anchors 10049–10099), every element of an anchor required (rule 7):
 * 5 = scheduled in-person meetings at least monthly AND client-related contact weekly;
 * 4 = meetings at least quarterly OR contact weekly; 3 = contact monthly; 2 = contact at least
 * quarterly; 1 = less often or no communication. Meetings are themselves contacts, so contact
 * is at least as frequent as the meetings.
 */
export function navCollaboration(input: NavCollaborationInput): ItemResult {
  const { meetings, contacts: stated } = parseWithIpsErrors(NavCollaborationInput, input, {
    meetings: 'meetings',
    contacts: 'contacts',
  });
  const contacts = rank(stated) >= rank(meetings) ? stated : meetings;
  const m = rank(meetings);
  const c = rank(contacts);
  let score: Score;
  let nbRule: string;
  let enRule: string;
  if (m >= rank('monthly') && c >= rank('weekly')) {
    score = 5;
    nbRule = 'planlagte, personlige møter minst hver måned og deltakerrelaterte kontakter hver uke';
    enRule = 'scheduled in-person meetings at least monthly and client-related contact weekly';
  } else if (m >= rank('quarterly') || c >= rank('weekly')) {
    score = 4;
    nbRule =
      c >= rank('weekly')
        ? 'deltakerrelaterte kontakter hver uke (men ikke månedlige planlagte møter)'
        : 'planlagte, personlige møter minst hvert kvartal (men ikke både månedlige møter og ukentlig kontakt)';
    enRule =
      c >= rank('weekly')
        ? 'client-related contact weekly (but no monthly scheduled meetings)'
        : 'scheduled in-person meetings at least quarterly (but not both monthly meetings and weekly contact)';
  } else if (c >= rank('monthly')) {
    score = 3;
    nbRule = 'deltakerrelaterte kontakter hver måned';
    enRule = 'client-related contact monthly';
  } else if (c >= rank('quarterly')) {
    score = 2;
    nbRule = 'deltakerrelatert kontakt minst hvert kvartal';
    enRule = 'client-related contact at least quarterly';
  } else {
    score = 1;
    nbRule =
      c === rank('none')
        ? 'jobbspesialister og NAV-veiledere kommuniserer ikke'
        : 'deltakerrelaterte kontakter sjeldnere enn hvert kvartal';
    enRule =
      c === rank('none')
        ? 'employment specialists and NAV counsellors do not communicate'
        : 'client-related contact less often than quarterly';
  }
  const reasons: Reason[] = [
    reason(
      'org.nav_collaboration.frequencies',
      `Planlagte, personlige møter: ${NAV_FREQUENCY_TEXT[meetings].nb}; deltakerrelaterte kontakter: ${NAV_FREQUENCY_TEXT[contacts].nb}.`,
      `Scheduled in-person meetings: ${NAV_FREQUENCY_TEXT[meetings].en}; client-related contacts: ${NAV_FREQUENCY_TEXT[contacts].en}.`,
    ),
  ];
  if (contacts !== stated) {
    reasons.push(
      reason(
        'org.nav_collaboration.meetings_are_contacts',
        `Kontaktene ble oppgitt som «${NAV_FREQUENCY_TEXT[stated].nb}», men møtene er også kontakter, så kontakt regnes som minst like hyppig som møtene.`,
        `Contacts were given as "${NAV_FREQUENCY_TEXT[stated].en}", but the meetings are contacts too, so contact counts as at least as frequent as the meetings.`,
      ),
    );
  }
  reasons.push(
    reason(
      `org.nav_collaboration.score_${score}`,
      `${capitalise(nbRule)}: skår ${score}.`,
      `${capitalise(enRule)}: score ${score}.`,
    ),
  );
  return { itemId: STAFFING_ORGANIZATION_ITEM_IDS.navCollaboration, score, reasons };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
