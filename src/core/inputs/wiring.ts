/**
 * Wiring: the formula of each computable item's score cell, reading the input tables.
 *
 * Each wiring is data: for one spreadsheet function (looked up in the function table, so its
 * name, item and parameter order are never restated here) it gives an expression per parameter
 * name over the columns of the input tables, and the rows the manual excludes. The same
 * expressions render as Excel (`=IPS.CASELOAD(…)`) or Google Sheets (`=IPS_CASELOAD(…)`,
 * computed ranges inside ARRAYFORMULA) formula text. The spreadsheet computes them; the tests
 * check their meaning against the manual's worked examples and an independent oracle
 * (tests/shared/expected-items.ts).
 *
 * Exclusions: when the function has an `exclude` parameter, excluded rows are passed there;
 * otherwise every row-aligned argument of an excluded row is made blank, which the functions
 * skip as a blank row (see WIRING_GAPS for the parameters that would make this explicit).
 */
import { FUNCTIONS } from '../functions/table';
import type { FunctionSpec } from '../functions/types';
import type { Language, Text } from '../text';
import {
  INPUT_TABLES,
  TABLES,
  columnById,
  columnRange,
  optionLabel,
  type TableCapacity,
  type TableId,
  type TypedValue,
} from './tables';

export type Host = 'excel' | 'sheets';

// --- expressions ---------------------------------------------------------------------------------

type CompareOp = '=' | '<>' | '<' | '<=' | '>' | '>=';
type ArithmeticOp = '+' | '-' | '*' | '/';

/** A condition of a per-row count over another table: column `op` value. */
export interface Criterion {
  readonly column: string;
  readonly op: '=' | '<>' | '<' | '>=';
  readonly value: Expr;
}

export type Expr =
  /** A column of the wiring's base table: one value per row. */
  | { readonly k: 'col'; readonly column: string }
  /** Adjacent columns of the base table: a block, one row per row. */
  | { readonly k: 'cols'; readonly from: string; readonly to: string }
  /** The single value of a column of the review-data table. */
  | { readonly k: 'setting'; readonly column: string }
  | { readonly k: 'text'; readonly value: string }
  | { readonly k: 'num'; readonly value: number }
  | { readonly k: 'bool'; readonly value: boolean }
  /** A text that depends on the language, e.g. a list label or a code word. */
  | { readonly k: 'word'; readonly text: Text }
  /** The language's label of a list option of a column. */
  | { readonly k: 'label'; readonly table: TableId; readonly column: string; readonly option: string }
  /** For each base row: rows of `table` whose `match` column equals `key`, and every criterion holds (COUNTIFS). */
  | {
      readonly k: 'countIn';
      readonly table: TableId;
      readonly match: string;
      readonly key: Expr;
      readonly where: readonly Criterion[];
    }
  /** Rows of `table` where every criterion holds (COUNTIFS, one number). */
  | { readonly k: 'count'; readonly table: TableId; readonly where: readonly Criterion[] }
  /** Sum over the base table's rows of a row expression (SUMPRODUCT, one number). */
  | { readonly k: 'sumRows'; readonly a: Expr }
  | { readonly k: 'cmp'; readonly op: CompareOp; readonly a: Expr; readonly b: Expr }
  | { readonly k: 'math'; readonly op: ArithmeticOp; readonly a: Expr; readonly b: Expr }
  | { readonly k: 'if'; readonly cond: Expr; readonly then: Expr; readonly else: Expr }
  | { readonly k: 'any'; readonly items: readonly Expr[] }
  | { readonly k: 'all'; readonly items: readonly Expr[] }
  | { readonly k: 'not'; readonly a: Expr }
  /** The date `months` months from a date (EDATE). */
  | { readonly k: 'edate'; readonly date: Expr; readonly months: number }
  /** Whole months from one date to another (DATEDIF "m", written with YEAR/MONTH/DAY so it works on arrays). */
  | { readonly k: 'months'; readonly from: Expr; readonly to: Expr };

const col = (column: string): Expr => ({ k: 'col', column });
const setting = (column: string): Expr => ({ k: 'setting', column });
const num = (value: number): Expr => ({ k: 'num', value });
const text = (value: string): Expr => ({ k: 'text', value });
const label = (table: TableId, column: string, option: string): Expr => ({ k: 'label', table, column, option });
const cmp = (op: CompareOp, a: Expr, b: Expr): Expr => ({ k: 'cmp', op, a, b });
const math = (op: ArithmeticOp, a: Expr, b: Expr): Expr => ({ k: 'math', op, a, b });
const iff = (cond: Expr, then: Expr, otherwise: Expr): Expr => ({ k: 'if', cond, then, else: otherwise });
const any = (...items: Expr[]): Expr => (items.length === 1 ? items[0]! : { k: 'any', items });
const all = (...items: Expr[]): Expr => (items.length === 1 ? items[0]! : { k: 'all', items });
const not = (a: Expr): Expr => ({ k: 'not', a });
const blank = (a: Expr): Expr => cmp('=', a, text(''));
const where = (column: string, op: Criterion['op'], value: Expr): Criterion => ({ column, op, value });

// --- the wirings -----------------------------------------------------------------------------------

export interface Exclusion {
  readonly id: string;
  /** True for a row to leave out. */
  readonly when: Expr;
  readonly why: Text;
}

export interface Wiring {
  /** Function name in the function table (FUNCTIONS). */
  readonly fn: string;
  /** The table whose rows the row-aligned arguments follow. */
  readonly table: TableId;
  /** Expression per parameter name; parameters left out are omitted. */
  readonly args: Readonly<Record<string, Expr>>;
  readonly exclusions?: readonly Exclusion[];
  readonly notes?: readonly Text[];
  /**
   * List tables the formula reads only when they are filled: left empty, the item still has a
   * score (e.g. without a staff list nobody is left out as the supervisor). Every other list
   * table the formula reads must have rows, or the item has no data (see itemNeedsRows).
   */
  readonly optional?: readonly TableId[];
}

/** Staff rows (by specialist code) that are the supervisor: their data is not counted. */
const SUPERVISOR_ON_STAFF = (): Expr =>
  cmp(
    '>',
    {
      k: 'countIn',
      table: 'staff',
      match: 'specialist',
      key: col('specialist'),
      where: [where('role', '=', label('staff', 'role', 'supervisor'))],
    },
    num(0),
  );

const SUPERVISOR_EXCLUSION = (onStaffTable = false): Exclusion => ({
  id: 'supervisor',
  when: onStaffTable ? cmp('=', col('role'), label('staff', 'role', 'supervisor')) : SUPERVISOR_ON_STAFF(),
  why: {
    nb: 'Metodeveilederen telles ikke, selv om vedkommende også arbeider som jobbspesialist (2715–2721).',
    en: 'The supervisor is not counted, even when also working as a specialist (2715–2721).',
  },
});

/** Caseload rows that count: not referred-and-not-met, not closed, not marked as contact less than monthly (2671–2695). */
const COUNTED_IN_CASELOAD: readonly Criterion[] = [
  where('status', '<>', label('caseload', 'status', 'referred')),
  where('status', '<>', label('caseload', 'status', 'closed')),
  where('monthlyContact', '<>', label('caseload', 'monthlyContact', 'no')),
];

const caseloadOf = (extra: readonly Criterion[] = []): Expr => ({
  k: 'countIn',
  table: 'caseload',
  match: 'specialist',
  key: col('specialist'),
  where: [...COUNTED_IN_CASELOAD, ...extra],
});

const REVIEW_DATE = setting('reviewDate');
const CONTACT_WEEKS = iff(blank(setting('contactWeeks')), num(8), setting('contactWeeks'));
const WINDOW_START = iff(blank(REVIEW_DATE), num(0), math('-', REVIEW_DATE, math('*', num(7), CONTACT_WEEKS)));
const WINDOW_END = iff(blank(REVIEW_DATE), num(2_958_466), REVIEW_DATE);

/** Countable employer contacts (Tjenester 6, 7346–7377): in person, hiring authority, specialist present, job development, in the log period. */
const COUNTABLE_CONTACT: readonly Criterion[] = [
  where('mode', '=', label('employerContacts', 'mode', 'inPerson')),
  where('hiringAuthority', '=', label('employerContacts', 'hiringAuthority', 'yes')),
  where('specialistPresent', '<>', label('employerContacts', 'specialistPresent', 'no')),
  where('purpose', '<>', label('employerContacts', 'purpose', 'jobSupport')),
  where('purpose', '<>', label('employerContacts', 'purpose', 'other')),
  where('date', '>=', WINDOW_START),
  where('date', '<', WINDOW_END),
];

/** Employment specialists on the staff list (the supervisor not counted), blank when the list is empty. */
const SPECIALIST_COUNT: Expr = (() => {
  const count: Expr = {
    k: 'count',
    table: 'staff',
    where: [where('specialist', '<>', text('')), where('role', '<>', label('staff', 'role', 'supervisor'))],
  };
  return iff(cmp('=', count, num(0)), text(''), count);
})();

/**
 * The manual's job sample (7736–7743, 7960–7968, 8171–8179): the jobs held now; with fewer than
 * 10 of those, also the job starts of the last six months. Without a review date every row is used.
 */
const JOB_IN_SAMPLE: Expr = (() => {
  const current = any(blank(col('endDate')), cmp('>=', col('endDate'), REVIEW_DATE));
  const exists = not(
    all(blank(col('participant')), blank(col('jobTitle')), blank(col('jobType')), blank(col('employer'))),
  );
  const eligible = cmp('<>', col('beforeIps'), label('jobs', 'beforeIps', 'yes'));
  const currentJobs: Expr = { k: 'sumRows', a: all(exists, eligible, current) };
  const recent = cmp('>=', col('startDate'), { k: 'edate', date: REVIEW_DATE, months: -6 });
  return iff(blank(REVIEW_DATE), { k: 'bool', value: true }, any(current, all(cmp('<', currentJobs, num(10)), recent)));
})();

const JOB_WINDOW_EXCLUSION: Exclusion = {
  id: 'job_window',
  when: not(JOB_IN_SAMPLE),
  why: {
    nb: 'Jobber deltakerne har nå; er det færre enn 10, også jobbstarter de siste seks månedene (7736–7743).',
    en: 'Jobs participants hold now; with fewer than 10, also job starts in the last six months (7736–7743).',
  },
};

const SPECIALIST_TIME_ROWS = 'specialistTime' as const;

export const WIRINGS: readonly Wiring[] = [
  {
    fn: 'CASELOAD',
    table: 'staff',
    args: {
      caseloads: caseloadOf(),
      fte: iff(blank(col('fte')), num(1), col('fte')),
      no_individual_caseloads: setting('noIndividualCaseloads'),
    },
    exclusions: [SUPERVISOR_EXCLUSION(true)],
    notes: [
      {
        nb: 'Porteføljen telles fra Porteføljer: alle deltakere unntatt henviste som ikke er møtt, avsluttede og de merket med kontakt sjeldnere enn månedlig. Tom stillingsandel = heltid.',
        en: 'The caseload is counted from Caseloads: every participant except referrals not yet met, closed cases and those marked as contact less than monthly. Blank FTE = full time.',
      },
    ],
  },
  {
    fn: 'VOCATIONAL_TIME',
    table: SPECIALIST_TIME_ROWS,
    args: {
      percent_vocational: col('vocationalShare'),
      unit: { k: 'word', text: { nb: 'andel', en: 'fraction' } },
      split_role: setting('splitRole'),
    },
    exclusions: [SUPERVISOR_EXCLUSION()],
    optional: ['staff'],
  },
  {
    fn: 'ALL_PHASES',
    table: SPECIALIST_TIME_ROWS,
    args: {
      phases: { k: 'cols', from: 'phaseIntake', to: 'phaseFollowAlong' },
      refers_out: col('refersOut'),
    },
    exclusions: [SUPERVISOR_EXCLUSION()],
    optional: ['staff'],
  },
  {
    fn: 'TEAM_INTEGRATION',
    table: SPECIALIST_TIME_ROWS,
    args: {
      teams: col('teams'),
      clients_from_teams: caseloadOf([where('fromAttachedTeam', '=', label('caseload', 'fromAttachedTeam', 'yes'))]),
      caseload: caseloadOf(),
      clinicians_not_in_teams: col('cliniciansNotInTeams'),
    },
    exclusions: [SUPERVISOR_EXCLUSION()],
    optional: ['staff'],
    notes: [
      {
        nb: 'Andelen fra tilknyttede team telles fra Porteføljer (kolonnen «Fra jobbspesialistens team»).',
        en: 'The share from attached teams is counted from Caseloads (column "From the specialist\'s team").',
      },
    ],
  },
  {
    fn: 'DAYS_TO_EMPLOYER_CONTACT',
    table: 'chartReview',
    args: {
      specialist: col('specialist'),
      intake_date: col('intakeDate'),
      first_contact_date: col('firstEmployerContact'),
      supervisor_records: setting('supervisorRecordsDays'),
      review_date: REVIEW_DATE,
    },
    exclusions: [
      {
        id: 'no_intake_date',
        when: blank(col('intakeDate')),
        why: {
          nb: 'Journaler uten dato for første møte er ikke med i utvalget for Tjenester 4.',
          en: 'Records without a first-meeting date are not in the Services 4 sample.',
        },
      },
      {
        id: 'not_yet_searching',
        when: cmp('=', col('notYetSearching'), label('chartReview', 'notYetSearching', 'yes')),
        why: {
          nb: 'Personer som selv har valgt å vente med arbeidsgiverkontakt, tas ikke med (personen bestemmer når jobbsøket starter, 6779).',
          en: 'People who chose not to start employer contact yet are left out (the person decides when the search starts, 6779).',
        },
      },
    ],
  },
  {
    fn: 'INDIVIDUALIZED_SEARCH',
    table: 'employerContacts',
    args: {
      matches_preferences: col('matchesPreferences'),
      participant_initiated: col('participantInitiated'),
      plans_documented: setting('plansDocumented'),
      preferences_explored: setting('preferencesExplored'),
      any_job_encouraged: setting('anyJobEncouraged'),
    },
    exclusions: [
      {
        id: 'not_job_development',
        when: any(
          cmp('=', col('purpose'), label('employerContacts', 'purpose', 'jobSupport')),
          cmp('=', col('purpose'), label('employerContacts', 'purpose', 'other')),
        ),
        why: {
          nb: 'Bare jobbutviklingskontakter vurderes; jobbstøtte etter jobbstart og andre formål tas ikke med.',
          en: 'Only job development contacts are assessed; support after a job start and other purposes are left out.',
        },
      },
    ],
  },
  {
    fn: 'EMPLOYER_CONTACTS',
    table: 'staff',
    args: {
      contacts: {
        k: 'countIn',
        table: 'employerContacts',
        match: 'specialist',
        key: col('specialist'),
        where: COUNTABLE_CONTACT,
      },
      weeks: CONTACT_WEEKS,
      log_review: setting('logReview'),
      job_seekers: iff(
        cmp('=', caseloadOf([where('status', '<>', text(''))]), num(0)),
        text(''),
        caseloadOf([where('status', '=', label('caseload', 'status', 'jobSeeking'))]),
      ),
      absent_weeks: col('absentWeeks'),
      months_in_post: iff(any(blank(col('startDate')), blank(REVIEW_DATE)), text(''), {
        k: 'months',
        from: col('startDate'),
        to: REVIEW_DATE,
      }),
    },
    exclusions: [SUPERVISOR_EXCLUSION(true)],
    // Without caseload statuses the number of job seekers is left blank (the function then skips that check).
    optional: ['caseload'],
    notes: [
      {
        nb: 'Kontakter telles fra Arbeidsgiverkontakter: ansikt til ansikt, med ansettelsesmyndighet, jobbspesialist til stede, jobbutvikling, i de siste ukene før besøksdatoen. Ansiennitet regnes fra «I rollen fra» til besøksdatoen.',
        en: 'Contacts are counted from Employer contacts: in person, with hiring authority, specialist present, job development, in the weeks before the visit date. Tenure runs from "In role since" to the visit date.',
      },
    ],
  },
  {
    fn: 'JOB_DIVERSITY',
    table: 'jobs',
    args: {
      job_types: iff(blank(col('jobType')), col('jobTitle'), col('jobType')),
      specialists: SPECIALIST_COUNT,
      before_ips: col('beforeIps'),
    },
    exclusions: [JOB_WINDOW_EXCLUSION],
    // Without a staff list the number of specialists is blank: the per-specialist rule is not applied.
    optional: ['staff'],
  },
  {
    fn: 'EMPLOYER_DIVERSITY',
    table: 'jobs',
    args: {
      employers: col('employer'),
      worksites: col('worksite'),
      specialists: SPECIALIST_COUNT,
      before_ips: col('beforeIps'),
    },
    exclusions: [JOB_WINDOW_EXCLUSION],
    // Without a staff list the number of specialists is blank: the per-specialist rule is not applied.
    optional: ['staff'],
  },
  {
    fn: 'COMPETITIVE_JOBS',
    table: 'jobs',
    args: {
      competitive: col('competitive'),
      specialists: SPECIALIST_COUNT,
      before_ips: col('beforeIps'),
      small_sample_evidence: setting('smallSampleEvidence'),
    },
    exclusions: [JOB_WINDOW_EXCLUSION],
    // Without a staff list the number of specialists is blank: the per-specialist rule is not applied.
    optional: ['staff'],
  },
  {
    fn: 'COMMUNITY_TIME',
    table: SPECIALIST_TIME_ROWS,
    args: {
      percent_in_community: iff(
        blank(col('communityShare')),
        iff(cmp('>', col('scheduledHours'), num(0)), math('/', col('communityHours'), col('scheduledHours')), text('')),
        col('communityShare'),
      ),
      unit: { k: 'word', text: { nb: 'andel', en: 'fraction' } },
    },
    exclusions: [SUPERVISOR_EXCLUSION()],
    optional: ['staff'],
  },
];

// --- structure checks --------------------------------------------------------------------------------

function children(expr: Expr): Expr[] {
  switch (expr.k) {
    case 'countIn':
      return [expr.key, ...expr.where.map((criterion) => criterion.value)];
    case 'count':
      return expr.where.map((criterion) => criterion.value);
    case 'sumRows':
    case 'not':
      return [expr.a];
    case 'cmp':
    case 'math':
      return [expr.a, expr.b];
    case 'if':
      return [expr.cond, expr.then, expr.else];
    case 'any':
    case 'all':
      return [...expr.items];
    case 'edate':
      return [expr.date];
    case 'months':
      return [expr.from, expr.to];
    default:
      return [];
  }
}

/** True when the expression has one value per base row (it reads a base column outside a sum). */
function perRow(expr: Expr): boolean {
  if (expr.k === 'col' || expr.k === 'cols') return true;
  if (expr.k === 'sumRows') return false;
  return children(expr).some(perRow);
}

/** Every column an expression reads, as [table, column], so a wiring can be checked against the tables. */
function columnsRead(expr: Expr, base: TableId): [TableId, string][] {
  const own: [TableId, string][] = [];
  switch (expr.k) {
    case 'col':
      own.push([base, expr.column]);
      break;
    case 'cols':
      own.push([base, expr.from], [base, expr.to]);
      break;
    case 'setting':
      own.push(['review', expr.column]);
      break;
    case 'label':
      own.push([expr.table, expr.column]);
      break;
    case 'countIn':
      own.push([expr.table, expr.match], ...expr.where.map((c): [TableId, string] => [expr.table, c.column]));
      break;
    case 'count':
      own.push(...expr.where.map((c): [TableId, string] => [expr.table, c.column]));
      break;
    default:
      break;
  }
  return [...own, ...children(expr).flatMap((child) => columnsRead(child, base))];
}

/** The tables whose sheets an expression's formula text refers to (list labels are literals, not references). */
function sheetsReferenced(expr: Expr, base: TableId): TableId[] {
  const own: TableId[] =
    expr.k === 'col' || expr.k === 'cols'
      ? [base]
      : expr.k === 'setting'
        ? ['review']
        : expr.k === 'countIn' || expr.k === 'count'
          ? [expr.table]
          : [];
  return [...own, ...children(expr).flatMap((child) => sheetsReferenced(child, base))];
}

/** Every table a wiring's formula refers to, in the order of the input tables' registry. */
function wiringTables(wiring: Wiring): TableId[] {
  const exprs = [...Object.values(wiring.args), ...(wiring.exclusions ?? []).map((exclusion) => exclusion.when)];
  // The base table is referenced by the blank-row test even when no argument reads it directly.
  const used = new Set<TableId>([wiring.table, ...exprs.flatMap((expr) => sheetsReferenced(expr, wiring.table))]);
  return INPUT_TABLES.map((table) => table.id).filter((id) => used.has(id));
}

/** The list tables whose rows the item's score is computed from: an empty one means no data. */
function wiringNeedsRows(wiring: Wiring): TableId[] {
  const optional = new Set(wiring.optional ?? []);
  return wiringTables(wiring).filter((id) => !TABLES[id].singleRow && !optional.has(id));
}

function functionOf(wiring: Wiring): FunctionSpec {
  const spec = FUNCTIONS[wiring.fn];
  if (!spec) throw new Error(`wiring: no function ${wiring.fn} in the function table`);
  return spec;
}

/**
 * Checks a wiring against the function table and the input tables: every wired parameter must
 * exist on the function, every required parameter must be wired, and every column and list
 * option must exist. Throws an Error naming what is wrong.
 */
export function checkWiring(wiring: Wiring): void {
  const spec = functionOf(wiring);
  const names = spec.parameters.map((parameter) => parameter.name);
  for (const name of Object.keys(wiring.args)) {
    if (!names.includes(name)) {
      throw new Error(
        `wiring ${wiring.fn}: parameter '${name}' does not exist; the function's parameters are ${names.join(', ')}`,
      );
    }
  }
  for (const parameter of spec.parameters) {
    if (!parameter.optional && !(parameter.name in wiring.args)) {
      throw new Error(`wiring ${wiring.fn}: required parameter '${parameter.name}' is not wired`);
    }
  }
  const exprs = [...Object.values(wiring.args), ...(wiring.exclusions ?? []).map((exclusion) => exclusion.when)];
  const check = (expr: Expr): void => {
    for (const [table, column] of columnsRead(expr, wiring.table)) columnById(TABLES[table], column);
    if (expr.k === 'label') optionLabel(columnById(TABLES[expr.table], expr.column), expr.option, 'nb');
    children(expr).forEach(check);
  };
  exprs.forEach(check);
  const read = wiringTables(wiring);
  for (const table of wiring.optional ?? []) {
    if (table === wiring.table || !read.includes(table))
      throw new Error(
        `wiring ${wiring.fn}: optional table '${table}' must be one the formula reads besides its base table`,
      );
  }
}

function wiringForItem(itemId: string): Wiring | undefined {
  return WIRINGS.find((wiring) => FUNCTIONS[wiring.fn]?.itemId === itemId);
}

/** Item ids that have a wiring (and whose function is in the function table). */
export function wiredItemIds(): string[] {
  return WIRINGS.flatMap((wiring) => {
    const itemId = FUNCTIONS[wiring.fn]?.itemId;
    return itemId ? [itemId] : [];
  });
}

export function hasWiring(itemId: string): boolean {
  return wiringForItem(itemId) !== undefined;
}

export function itemWiring(itemId: string): Wiring {
  const wiring = wiringForItem(itemId);
  if (!wiring) throw new Error(`no wiring for item ${itemId}; wired items: ${wiredItemIds().join(', ')}`);
  checkWiring(wiring);
  return wiring;
}

/** The tables an item's formula refers to: it can be wired only when all of them exist. */
export function itemTables(itemId: string): TableId[] {
  return wiringTables(itemWiring(itemId));
}

/** The tables that must have rows for the item to have a score (the others are settings or read when filled). */
export function itemNeedsRows(itemId: string): TableId[] {
  return wiringNeedsRows(itemWiring(itemId));
}

/** The wired items whose formulas read a table (what the table «gir data til»), derived from the wirings. */
export function tableFeeds(tableId: TableId): string[] {
  return wiredItemIds().filter((itemId) => itemTables(itemId).includes(tableId));
}

/** The arguments actually passed, in parameter order, with exclusions applied. */
function effectiveArgs(wiring: Wiring): { spec: FunctionSpec; args: (Expr | undefined)[]; gaps: Exclusion[] } {
  checkWiring(wiring);
  const spec = functionOf(wiring);
  const table = TABLES[wiring.table];
  const rowBlank = all(...table.keyColumns.map((column) => blank(col(column))));
  const exclusions = wiring.exclusions ?? [];
  const hasExclude = spec.parameters.some((parameter) => parameter.name === 'exclude');
  const gaps = hasExclude ? [] : [...exclusions];
  const args = spec.parameters.map((parameter): Expr | undefined => {
    const given = wiring.args[parameter.name];
    if (parameter.name === 'exclude' && exclusions.length > 0) {
      const excluded = any(...exclusions.map((exclusion) => exclusion.when));
      return iff(rowBlank, text(''), given ? any(given, excluded) : excluded);
    }
    if (!given) return undefined;
    if (!perRow(given)) return given;
    const plain = given.k === 'col' || given.k === 'cols';
    if (!hasExclude && exclusions.length > 0) {
      return iff(any(rowBlank, ...exclusions.map((exclusion) => exclusion.when)), text(''), given);
    }
    return plain ? given : iff(rowBlank, text(''), given);
  });
  return { spec, args, gaps };
}

// --- rendering ------------------------------------------------------------------------------------------

function quoteText(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

function numberText(value: number): string {
  return String(value);
}

/** What rendering needs besides the expression: the language and the tables' row capacity. */
interface RenderEnv {
  readonly language: Language;
  readonly capacity?: TableCapacity;
}

function settingCell(column: string, env: RenderEnv): string {
  return columnRange(TABLES.review, column, env.language);
}

function literalOf(expr: Expr, language: Language): string | undefined {
  switch (expr.k) {
    case 'text':
      return expr.value;
    case 'word':
      return expr.text[language];
    case 'label':
      return optionLabel(columnById(TABLES[expr.table], expr.column), expr.option, language);
    default:
      return undefined;
  }
}

/** Operator precedence of rendered text, lowest first: comparison < & < + - < * / < atom. */
const PREC = { cmp: 1, concat: 2, add: 3, mul: 4, atom: 9 } as const;
type Rendered = { readonly text: string; readonly prec: number };

function atLeast(rendered: Rendered, prec: number): string {
  return rendered.prec >= prec ? rendered.text : `(${rendered.text})`;
}

function render(expr: Expr, base: TableId, env: RenderEnv): string {
  return renderP(expr, base, env).text;
}

function renderP(expr: Expr, base: TableId, env: RenderEnv): Rendered {
  const r = (e: Expr) => renderP(e, base, env);
  const { language, capacity } = env;
  const atom = (textValue: string): Rendered => ({ text: textValue, prec: PREC.atom });
  switch (expr.k) {
    case 'col':
      return atom(columnRange(TABLES[base], expr.column, language, undefined, capacity));
    case 'cols':
      return atom(columnRange(TABLES[base], expr.from, language, expr.to, capacity));
    case 'setting':
      return atom(settingCell(expr.column, env));
    case 'text':
    case 'word':
    case 'label':
      return atom(quoteText(literalOf(expr, language)!));
    case 'num':
      return atom(numberText(expr.value));
    case 'bool':
      return atom(expr.value ? 'TRUE' : 'FALSE');
    case 'countIn':
    case 'count': {
      const table = TABLES[expr.table];
      const parts: string[] = [];
      if (expr.k === 'countIn')
        parts.push(columnRange(table, expr.match, language, undefined, capacity), r(expr.key).text);
      for (const criterion of expr.where) {
        parts.push(columnRange(table, criterion.column, language, undefined, capacity));
        const literal = literalOf(criterion.value, language);
        const op = criterion.op === '=' ? '' : criterion.op;
        if (literal !== undefined) parts.push(quoteText(`${op}${literal}`));
        else
          parts.push(op === '' ? r(criterion.value).text : `${quoteText(op)}&${atLeast(r(criterion.value), PREC.add)}`);
      }
      return atom(`COUNTIFS(${parts.join(',')})`);
    }
    case 'sumRows':
      return atom(`SUMPRODUCT(${atLeast(r(expr.a), PREC.mul)}*1)`);
    case 'cmp':
      return { text: `${atLeast(r(expr.a), PREC.concat)}${expr.op}${atLeast(r(expr.b), PREC.concat)}`, prec: PREC.cmp };
    case 'math': {
      const additive = expr.op === '+' || expr.op === '-';
      const own = additive ? PREC.add : PREC.mul;
      const right = expr.op === '-' || expr.op === '/' ? own + 1 : own;
      return { text: `${atLeast(r(expr.a), own)}${expr.op}${atLeast(r(expr.b), right)}`, prec: own };
    }
    case 'if':
      return atom(`IF(${r(expr.cond).text},${r(expr.then).text},${r(expr.else).text})`);
    case 'any':
      return { text: `${expr.items.map((item) => atLeast(r(item), PREC.add + 1)).join('+')}>0`, prec: PREC.cmp };
    case 'all':
      return { text: `${expr.items.map((item) => atLeast(r(item), PREC.mul + 1)).join('*')}>0`, prec: PREC.cmp };
    case 'not':
      return { text: `${atLeast(r(expr.a), PREC.concat)}=FALSE`, prec: PREC.cmp };
    case 'edate':
      return atom(`EDATE(${r(expr.date).text},${expr.months})`);
    case 'months': {
      const from = r(expr.from).text;
      const to = r(expr.to).text;
      return {
        text: `(YEAR(${to})-YEAR(${from}))*12+MONTH(${to})-MONTH(${from})-(DAY(${to})<DAY(${from}))`,
        prec: PREC.add,
      };
    }
  }
}

/** The spreadsheet name of a function: IPS.NAME in Excel, IPS_NAME in Google Sheets. */
export function hostFunctionName(name: string, host: Host): string {
  return host === 'excel' ? `IPS.${name}` : `IPS_${name}`;
}

export interface FormulaOptions {
  /** Append the output argument: "score" (default, left out), "metric" or "reason". */
  readonly output?: 'score' | 'metric' | 'reason';
  /** Data rows the ranges reach per table (default rows 3–2000). */
  readonly capacity?: TableCapacity;
  /**
   * The input tables the workbook has. When given, an item reading a table not among them gets
   * no reference to it (Excel cannot enter one; Sheets would show #REF!) but #N/A saying which
   * table is missing. Left out, every table is taken to exist.
   */
  readonly tablesPresent?: readonly TableId[];
}

/** «Mangler data: Ansatte, Porteføljer» / "No data: Staff, Caseloads": why a computed cell has no score. */
export function noDataText(tables: readonly TableId[], language: Language): string {
  const names = tables.map((id) => TABLES[id].sheet[language]).join(', ');
  return language === 'nb' ? `Mangler data: ${names}` : `No data: ${names}`;
}

/**
 * What a cell shows for lack of data: the reason as text in the reason cell; elsewhere #N/A
 * carrying the reason in the formula (N of a text is 0, so NA()+N(…) is #N/A in both hosts).
 */
function noDataValue(tables: readonly TableId[], language: Language, output: FormulaOptions['output']): string {
  const reason = quoteText(noDataText(tables, language));
  return output === 'reason' ? reason : `NA()+N(${reason})`;
}

/** True in the formula when none of a list table's rows exists: its key columns are all blank. */
function emptyTableTest(tableId: TableId, language: Language, capacity?: TableCapacity): string {
  const table = TABLES[tableId];
  const ranges = table.keyColumns.map((column) => columnRange(table, column, language, undefined, capacity));
  return `COUNTA(${ranges.join(',')})=0`;
}

/**
 * The formula text of an item's score cell over the input tables: the function call (itemCall),
 * behind a test per table whose rows the item needs (itemNeedsRows), so that an empty table
 * shows #N/A with the reason, never a score: `=IF(COUNTA('Ansatte'!$A$3:$A$2000)=0,
 * NA()+N("Mangler data: Ansatte"),IF(…,IPS.CASELOAD(…)))`. With `tablesPresent`, an item reading
 * a missing table gets `=NA()+N("Mangler data: …")` (the reason cell the text itself). Formulas
 * use en-US syntax (commas), as the sheet plans do. Throws for an item without a wiring.
 */
export function itemFormula(itemId: string, host: Host, language: Language, options: FormulaOptions = {}): string {
  const wiring = itemWiring(itemId);
  if (options.tablesPresent) {
    const present = new Set(options.tablesPresent);
    const missing = wiringTables(wiring).filter((id) => !present.has(id));
    if (missing.length > 0) return `=${noDataValue(missing, language, options.output)}`;
  }
  const guarded = wiringNeedsRows(wiring).reduceRight(
    (inner, table) =>
      `IF(${emptyTableTest(table, language, options.capacity)},${noDataValue([table], language, options.output)},${inner})`,
    itemCall(itemId, host, language, options).slice(1),
  );
  return `=${guarded}`;
}

/**
 * The bare function call of an item's score cell, `=IPS.CASELOAD(…)`, without the tests for
 * empty tables: for looking at the arguments. A score cell holds itemFormula.
 */
export function itemCall(itemId: string, host: Host, language: Language, options: FormulaOptions = {}): string {
  const wiring = itemWiring(itemId);
  const { spec, args } = effectiveArgs(wiring);
  const rendered = args.map((arg) => {
    if (!arg) return '';
    const textValue = render(arg, wiring.table, {
      language,
      ...(options.capacity ? { capacity: options.capacity } : {}),
    });
    const computed = perRow(arg) && arg.k !== 'col' && arg.k !== 'cols';
    return host === 'sheets' && computed ? `ARRAYFORMULA(${textValue})` : textValue;
  });
  if (options.output && options.output !== 'score') {
    const outputIndex = spec.parameters.findIndex((parameter) => parameter.name === 'output');
    const languageIndex = spec.parameters.findIndex((parameter) => parameter.name === 'language');
    if (outputIndex >= 0) rendered[outputIndex] = quoteText(options.output);
    if (languageIndex >= 0) rendered[languageIndex] = quoteText(language);
  }
  while (rendered.length > 0 && rendered[rendered.length - 1] === '') rendered.pop();
  return `=${hostFunctionName(spec.name, host)}(${rendered.join(',')})`;
}

/** Formulas for every wired item, keyed by item id. */
export function allItemFormulas(host: Host, language: Language, options: FormulaOptions = {}): Record<string, string> {
  return Object.fromEntries(wiredItemIds().map((itemId) => [itemId, itemFormula(itemId, host, language, options)]));
}

export interface WiringGap {
  readonly fn: string;
  readonly exclusion: string;
  /** The optional parameter that would carry this exclusion explicitly. */
  readonly parameter: string;
  readonly why: Text;
}

/**
 * Exclusions applied by blanking rows because the function has no `exclude` parameter: each is
 * a request for an optional `exclude` range (yes/no per row) on that function.
 */
export function wiringGaps(): WiringGap[] {
  return WIRINGS.flatMap((wiring) => {
    if (!FUNCTIONS[wiring.fn]) return [];
    return effectiveArgs(wiring).gaps.map((exclusion) => ({
      fn: wiring.fn,
      exclusion: exclusion.id,
      parameter: 'exclude',
      why: exclusion.why,
    }));
  });
}

// --- imported rows ----------------------------------------------------------------------------------

/** Rows of the input tables, as imported: column id → typed value (yes/no boolean, list option id, ISO date). */
export type TableData = Partial<
  Record<
    TableId,
    | readonly { readonly values: Readonly<Record<string, TypedValue>> }[]
    | readonly Readonly<Record<string, TypedValue>>[]
  >
>;
