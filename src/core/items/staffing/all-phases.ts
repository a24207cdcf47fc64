/**
 * Bemanning 3 — Jobbspesialistene utfører alle faser (staffing.all_phases).
 *
 * The calculator and the spreadsheet function that reads the cells and calls it. Rounding is the
 * manual's rule 11: metrics and averaged scores are rounded DOWN before they are placed in the
 * anchors' bands, and the arithmetic is exact (21 ÷ (0.1 + 0.2 + 0.7) = 21). The checked entry
 * parses typed input with its schema; the column/total cores are what the spreadsheet function
 * calls after reading every cell.
 */
import { checkInput, rowOf, type InputRules } from '../shared/rules';
import { YES_NO_RULE } from '../shared/value-rules';
import { checkPhaseWidths, readPhaseRows } from './phase-rows';
import { reason } from '../shared/reasons';
import { meanScore, perSpecialistReason, meanReason } from '../shared/per-specialist';
import { Score } from '../../scale/types';
import { ItemResult, Reason } from '../../result';
import { itemFunction, recordsParameter } from '../shared/define';
import { notAvailable, invalidValue } from '../../errors';
import { toMatrix, CellMatrix, isOmitted, columnRows } from '../../cells';

/** The item scored here (its id in the scale registry). */
const ITEM_ID = 'staffing.all_phases';

/** The six phases of the vocational service, in the order of the scale (9812–9818). */
export const VOCATIONAL_PHASES: readonly { readonly nb: string; readonly en: string }[] = [
  { nb: 'inntak', en: 'intake' },
  { nb: 'innledende og forpliktende samarbeid', en: 'engagement' },
  { nb: 'karriereveiledning', en: 'career guidance (assessment)' },
  { nb: 'jobbutvikling', en: 'job development' },
  { nb: 'veiledning på arbeidsplassen', en: 'on-the-job coaching' },
  { nb: 'oppfølging', en: 'follow-along support' },
];

export interface AllPhasesSpecialist {
  /** Whether the specialist performs each of the six phases, in the order of VOCATIONAL_PHASES. */
  readonly phases: readonly [boolean, boolean, boolean, boolean, boolean, boolean];
  /** The specialist has a caseload but refers clients on to other vocational services instead of serving them (score 2). */
  readonly refersOut?: boolean;
  /** The 1-based row in the source range, for messages. */
  readonly row?: number;
}
export interface AllPhasesInput {
  readonly specialists: readonly AllPhasesSpecialist[];
}

/** The rules of allPhases()'s typed input. */
export const PHASES_RULES: InputRules = {
  specialists: {
    argument: 'phases',
    nonEmpty: true,
    fields: {
      phases: { argument: 'phases', rule: { kind: 'flags', count: 6 } },
      refersOut: { argument: 'refers_out', rule: YES_NO_RULE, optional: true },
    },
  },
};

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

/**
 * Bemanning 3 (3195–3201): rate each specialist with the anchors (6 phases → 5, 5 → 4, 1–4 → 3,
 * refers clients on → 2, no phase / refers only → 1), add the ratings, divide by the number of
 * specialists, round down. Intake done by someone else (e.g. the supervisor) leaves five phases,
 * so at most 4 (3092–3102).
 */
export function allPhases(input: AllPhasesInput): ItemResult {
  const { specialists } = checkInput(input, PHASES_RULES);
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
    itemId: ITEM_ID,
    score,
    metric: score,
    metricUnit: 'mean score',
    exactMetric: exact,
    reasons,
  };
}

// --- Bemanning 3 ---------------------------------------------------------------------------

export const ALL_PHASES = itemFunction({
  name: 'ALL_PHASES',
  itemId: ITEM_ID,
  parameters: [recordsParameter('phases'), recordsParameter('refers_out', true)],
  compute: ([phases, refersOut]) => {
    const matrix = toMatrix(phases ?? null);
    let flags: CellMatrix | undefined;
    try {
      flags = isOmitted(refersOut ?? null) ? undefined : columnRows(refersOut ?? null, 'refers_out');
      if (flags && flags.length !== matrix.length) {
        throw invalidValue(
          `argument 'refers_out' has ${flags.length} rows but 'phases' has ${matrix.length}: the ranges must be the same size`,
        );
      }
    } catch (error) {
      checkPhaseWidths(matrix); // a row of another width is reported first
      throw error;
    }
    return allPhasesFromColumns(readPhaseRows(matrix, flags));
  },
});
