/**
 * Test oracle: what a wired item's score cell should compute, worked out WITHOUT the wiring's
 * expressions, its formula text or any formula engine. For each wired function the arguments are
 * built straight from the imported rows by the manual's rules, written out plainly below, and the
 * function from the core's function table is invoked on them (as the hosts' custom functions are).
 * Tests compare what a sheet computes from the rendered formulas with this.
 *
 * The arguments have the shape the sheet gives the function: one row per table row (plus a few
 * blank rows, as a bounded range has), values as the sheet shows them (list labels and yes/no in
 * the language, dates as serial numbers), and a row the manual leaves out blanked ("") — or, for
 * functions with an `exclude` parameter, marked there.
 */
import { serialFromCalendar, utcFromSerial, type CellArg, type CellValue } from '../../src/core/cells';
import { invokeSafely, type InvokeOutcome } from '../../src/core/functions/invoke';
import { FUNCTIONS } from '../../src/core/functions/table';
import {
  TABLES,
  columnById,
  optionLabel,
  tableRows,
  toSheetValue,
  type TableCapacity,
  type TableId,
  type TypedValue,
} from '../../src/core/inputs/tables';
import { itemWiring, type TableData } from '../../src/core/inputs/wiring';
import type { Language } from '../../src/core/text';
import { dateValue } from '../../src/core/workbook/plan';

export interface ExpectedOptions {
  readonly output?: 'score' | 'metric' | 'reason';
  /** Rows each table's sheet holds (default rows 3–2000): more rows than that is an error, as the formulas would not see them. */
  readonly capacity?: TableCapacity;
}

type Shown = string | number | boolean | null;
type Row = readonly Shown[];

/** The input tables as the sheet holds them, with lookups by column id. */
class Sheets {
  private readonly rows = new Map<TableId, Row[]>();
  constructor(
    data: TableData,
    readonly language: Language,
    capacity: TableCapacity | undefined,
  ) {
    for (const id of Object.keys(TABLES) as TableId[]) {
      const table = TABLES[id];
      const given = ((data[id] ?? []) as readonly unknown[]).map((entry) => {
        const values =
          (entry as { values?: Readonly<Record<string, TypedValue>> }).values ??
          (entry as Readonly<Record<string, TypedValue>>);
        return table.columns.map((column): Shown => {
          const value = values[column.id] ?? null;
          if (column.type === 'date' && typeof value === 'string') return dateValue(value);
          const shown = toSheetValue(column, value, language);
          return shown === '' ? null : shown;
        });
      });
      const limit = tableRows(table, capacity);
      if (given.length > limit) throw new Error(`table ${id} has ${given.length} rows; the sheet holds ${limit}`);
      const blankRows = id === 'review' ? 0 : Math.min(3, limit - given.length);
      for (let i = 0; i < blankRows; i++) given.push(table.columns.map(() => null));
      this.rows.set(id, given);
    }
  }

  of(table: TableId): readonly Row[] {
    return this.rows.get(table)!;
  }

  private readonly indexes = new Map<string, number>();

  cell(table: TableId, row: Row, column: string): Shown {
    const key = `${table}.${column}`;
    let index = this.indexes.get(key);
    if (index === undefined) {
      index = TABLES[table].columns.findIndex((candidate) => candidate.id === column);
      if (index < 0) throw new Error(`no column ${column} in ${table}`);
      this.indexes.set(key, index);
    }
    return row[index] ?? null;
  }

  /** A value of the single-row review-data table (blank when there is none). */
  setting(column: string): Shown {
    const row = this.of('review')[0];
    return row ? this.cell('review', row, column) : null;
  }

  /** The language's label of a list (or yes/no) option. */
  label(table: TableId, column: string, option: string): string {
    return optionLabel(columnById(TABLES[table], column), option, this.language);
  }

  /** A cell holds an option: compared as the sheet compares text, without case. */
  is(table: TableId, row: Row, column: string, option: string): boolean {
    return same(this.cell(table, row, column), this.label(table, column, option));
  }

  /** All the table's key columns are blank: a row nobody filled in. */
  isBlankRow(table: TableId, row: Row): boolean {
    return TABLES[table].keyColumns.every((column) => isBlank(this.cell(table, row, column)));
  }
}

const isBlank = (value: Shown): boolean => value === null || value === '';
const textKey = (value: Shown): string => (value === null ? '' : String(value).toLocaleLowerCase('nb'));
const same = (a: Shown, b: Shown): boolean => textKey(a) === textKey(b);

/** Whole calendar months from one serial date to another (the spreadsheet's DATEDIF "m"). */
function wholeMonths(from: number, to: number): number {
  const [a, b] = [new Date(utcFromSerial(from)), new Date(utcFromSerial(to))];
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
  return months - (b.getUTCDate() < a.getUTCDate() ? 1 : 0);
}

/** The date six months before a serial date, the day clamped to the month's last day (EDATE). */
function sixMonthsBefore(serial: number): number {
  const date = new Date(utcFromSerial(serial));
  const [year, month] = [date.getUTCFullYear(), date.getUTCMonth() - 6];
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const target = new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
  return serialFromCalendar(target.getUTCFullYear(), target.getUTCMonth() + 1, target.getUTCDate());
}

/** What one wired function receives, by parameter name, and which base rows the manual leaves out. */
interface Plan {
  readonly base: TableId;
  readonly perRow: Readonly<Record<string, (row: Row) => Shown | Shown[]>>;
  readonly scalars: Readonly<Record<string, Shown>>;
  readonly leftOut?: (row: Row) => boolean;
  /** Row arguments passed as typed even on a blank row (plain columns, when `exclude` carries the leaving out). */
  readonly plain?: readonly string[];
}

/** Caseload rows of a specialist that count (2671–2695): not referred-and-not-met, not closed, not contact less than monthly. */
function caseloadCount(s: Sheets, specialist: Shown, extra: (row: Row) => boolean = () => true): number {
  return s
    .of('caseload')
    .filter(
      (row) =>
        same(s.cell('caseload', row, 'specialist'), specialist) &&
        !s.is('caseload', row, 'status', 'referred') &&
        !s.is('caseload', row, 'status', 'closed') &&
        !s.is('caseload', row, 'monthlyContact', 'no') &&
        extra(row),
    ).length;
}

/** The specialist of this row is the supervisor on the staff list (2715–2721). */
const supervisorOnStaff = (s: Sheets, table: TableId) => (row: Row) =>
  s
    .of('staff')
    .some(
      (staff) =>
        same(s.cell('staff', staff, 'specialist'), s.cell(table, row, 'specialist')) &&
        s.is('staff', staff, 'role', 'supervisor'),
    );

/** Specialists on the staff list, the supervisor not counted; blank for an empty list. */
function specialistCount(s: Sheets): Shown {
  const count = s
    .of('staff')
    .filter((row) => !isBlank(s.cell('staff', row, 'specialist')) && !s.is('staff', row, 'role', 'supervisor')).length;
  return count === 0 ? '' : count;
}

/** The manual's job sample (7736–7743): jobs held now; with fewer than 10, also starts of the last six months. */
function jobSample(s: Sheets): (row: Row) => boolean {
  const reviewDate = s.setting('reviewDate');
  if (isBlank(reviewDate)) return () => true;
  const at = (row: Row, column: string) => s.cell('jobs', row, column);
  const onOrAfter = (value: Shown, serial: number) => typeof value === 'number' && value >= serial;
  const current = (row: Row) => isBlank(at(row, 'endDate')) || onOrAfter(at(row, 'endDate'), reviewDate as number);
  const exists = (row: Row) =>
    ['participant', 'jobTitle', 'jobType', 'employer'].some((column) => !isBlank(at(row, column)));
  const eligible = (row: Row) => !s.is('jobs', row, 'beforeIps', 'yes');
  const currentJobs = s.of('jobs').filter((row) => exists(row) && eligible(row) && current(row)).length;
  const since = sixMonthsBefore(reviewDate as number);
  return (row) => current(row) || (currentJobs < 10 && onOrAfter(at(row, 'startDate'), since));
}

const col = (s: Sheets, table: TableId, column: string) => (row: Row) => s.cell(table, row, column);
const fraction = (s: Sheets) => (s.language === 'nb' ? 'andel' : 'fraction');

function specialistTimePlan(s: Sheets, perRow: Plan['perRow'], scalars: Plan['scalars'] = {}): Plan {
  return { base: 'specialistTime', perRow, scalars, leftOut: supervisorOnStaff(s, 'specialistTime') };
}

function jobsPlan(s: Sheets, perRow: Plan['perRow'], scalars: Plan['scalars'] = {}): Plan {
  const inSample = jobSample(s);
  return {
    base: 'jobs',
    perRow: { ...perRow, before_ips: col(s, 'jobs', 'beforeIps') },
    scalars: { specialists: specialistCount(s), ...scalars },
    leftOut: (row) => !inSample(row),
  };
}

/** Employer contacts that count for Tjenester 6 (7346–7377), in the log period before the review date. */
function contactCount(s: Sheets, specialist: Shown): number {
  const reviewDate = s.setting('reviewDate');
  const weeks = isBlank(s.setting('contactWeeks')) ? 8 : (s.setting('contactWeeks') as number);
  const [start, end] = isBlank(reviewDate)
    ? [0, 2_958_466]
    : [(reviewDate as number) - 7 * weeks, reviewDate as number];
  return s.of('employerContacts').filter((row) => {
    const date = s.cell('employerContacts', row, 'date');
    return (
      same(s.cell('employerContacts', row, 'specialist'), specialist) &&
      s.is('employerContacts', row, 'mode', 'inPerson') &&
      s.is('employerContacts', row, 'hiringAuthority', 'yes') &&
      !s.is('employerContacts', row, 'specialistPresent', 'no') &&
      !s.is('employerContacts', row, 'purpose', 'jobSupport') &&
      !s.is('employerContacts', row, 'purpose', 'other') &&
      typeof date === 'number' &&
      date >= start &&
      date < end
    );
  }).length;
}

const PLANS: Readonly<Record<string, (s: Sheets) => Plan>> = {
  CASELOAD: (s) => ({
    base: 'staff',
    perRow: {
      caseloads: (row) => caseloadCount(s, s.cell('staff', row, 'specialist')),
      fte: (row) => (isBlank(s.cell('staff', row, 'fte')) ? 1 : s.cell('staff', row, 'fte')),
      exclude: (row) => s.is('staff', row, 'role', 'supervisor'),
    },
    scalars: { no_individual_caseloads: s.setting('noIndividualCaseloads') },
  }),
  VOCATIONAL_TIME: (s) => ({
    base: 'specialistTime',
    perRow: {
      percent_vocational: col(s, 'specialistTime', 'vocationalShare'),
      exclude: supervisorOnStaff(s, 'specialistTime'),
    },
    plain: ['percent_vocational'],
    scalars: { unit: fraction(s), split_role: s.setting('splitRole') },
  }),
  ALL_PHASES: (s) =>
    specialistTimePlan(s, {
      phases: (row) =>
        [
          'phaseIntake',
          'phaseEngagement',
          'phaseAssessment',
          'phaseJobDevelopment',
          'phaseCoaching',
          'phaseFollowAlong',
        ].map((column) => s.cell('specialistTime', row, column)),
      refers_out: col(s, 'specialistTime', 'refersOut'),
    }),
  TEAM_INTEGRATION: (s) =>
    specialistTimePlan(s, {
      teams: col(s, 'specialistTime', 'teams'),
      clients_from_teams: (row) =>
        caseloadCount(s, s.cell('specialistTime', row, 'specialist'), (c) =>
          s.is('caseload', c, 'fromAttachedTeam', 'yes'),
        ),
      caseload: (row) => caseloadCount(s, s.cell('specialistTime', row, 'specialist')),
      clinicians_not_in_teams: col(s, 'specialistTime', 'cliniciansNotInTeams'),
    }),
  COMMUNITY_TIME: (s) =>
    specialistTimePlan(
      s,
      {
        percent_in_community: (row) => {
          const share = s.cell('specialistTime', row, 'communityShare');
          if (!isBlank(share)) return share;
          const scheduled = s.cell('specialistTime', row, 'scheduledHours');
          const hours = s.cell('specialistTime', row, 'communityHours');
          return typeof scheduled === 'number' && scheduled > 0 ? ((hours as number | null) ?? 0) / scheduled : '';
        },
      },
      { unit: fraction(s) },
    ),
  DAYS_TO_EMPLOYER_CONTACT: (s) => ({
    base: 'chartReview',
    perRow: {
      specialist: col(s, 'chartReview', 'specialist'),
      intake_date: col(s, 'chartReview', 'intakeDate'),
      first_contact_date: col(s, 'chartReview', 'firstEmployerContact'),
    },
    scalars: { supervisor_records: s.setting('supervisorRecordsDays'), review_date: s.setting('reviewDate') },
    // Records without a first meeting, and people who chose to wait with the job search (6779), are not in the sample.
    leftOut: (row) =>
      isBlank(s.cell('chartReview', row, 'intakeDate')) || s.is('chartReview', row, 'notYetSearching', 'yes'),
  }),
  INDIVIDUALIZED_SEARCH: (s) => ({
    base: 'employerContacts',
    perRow: {
      matches_preferences: col(s, 'employerContacts', 'matchesPreferences'),
      participant_initiated: col(s, 'employerContacts', 'participantInitiated'),
    },
    scalars: {
      plans_documented: s.setting('plansDocumented'),
      preferences_explored: s.setting('preferencesExplored'),
      any_job_encouraged: s.setting('anyJobEncouraged'),
    },
    // Only job development contacts are assessed.
    leftOut: (row) =>
      s.is('employerContacts', row, 'purpose', 'jobSupport') || s.is('employerContacts', row, 'purpose', 'other'),
  }),
  EMPLOYER_CONTACTS: (s) => ({
    base: 'staff',
    perRow: {
      contacts: (row) => contactCount(s, s.cell('staff', row, 'specialist')),
      job_seekers: (row) => {
        const specialist = s.cell('staff', row, 'specialist');
        if (caseloadCount(s, specialist, (c) => !isBlank(s.cell('caseload', c, 'status'))) === 0) return '';
        return caseloadCount(s, specialist, (c) => s.is('caseload', c, 'status', 'jobSeeking'));
      },
      absent_weeks: col(s, 'staff', 'absentWeeks'),
      months_in_post: (row) => {
        const [start, review] = [s.cell('staff', row, 'startDate'), s.setting('reviewDate')];
        return isBlank(start) || isBlank(review) ? '' : wholeMonths(start as number, review as number);
      },
    },
    scalars: {
      weeks: isBlank(s.setting('contactWeeks')) ? 8 : s.setting('contactWeeks'),
      log_review: s.setting('logReview'),
    },
    leftOut: (row) => s.is('staff', row, 'role', 'supervisor'),
  }),
  JOB_DIVERSITY: (s) =>
    jobsPlan(s, {
      job_types: (row) =>
        isBlank(s.cell('jobs', row, 'jobType')) ? s.cell('jobs', row, 'jobTitle') : s.cell('jobs', row, 'jobType'),
    }),
  EMPLOYER_DIVERSITY: (s) =>
    jobsPlan(s, { employers: col(s, 'jobs', 'employer'), worksites: col(s, 'jobs', 'worksite') }),
  COMPETITIVE_JOBS: (s) =>
    jobsPlan(
      s,
      { competitive: col(s, 'jobs', 'competitive') },
      { small_sample_evidence: s.setting('smallSampleEvidence') },
    ),
};

/** A row argument: its value per base row, blanked on rows nobody filled in and rows the manual leaves out. */
function rowArgument(s: Sheets, plan: Plan, name: string, hasExclude: boolean): CellValue[][] {
  const value = plan.perRow[name]!;
  return s.of(plan.base).map((row) => {
    const blankRow = s.isBlankRow(plan.base, row);
    const leftOut = !hasExclude && (plan.leftOut?.(row) ?? false);
    const computed = value(row);
    const width = Array.isArray(computed) ? computed.length : 1;
    const keep =
      plan.plain?.includes(name) || (hasExclude && name !== 'exclude' && !blankRow) || (!blankRow && !leftOut);
    if (!keep) return new Array<CellValue>(width).fill('');
    return (Array.isArray(computed) ? computed : [computed]) as CellValue[];
  });
}

export interface ExpectedItem {
  readonly fn: string;
  /** The arguments, in the function's parameter order. */
  readonly args: CellArg[];
  readonly outcome: InvokeOutcome;
}

/**
 * The list tables each function's data comes from, stated here apart from the wiring: with one of
 * them empty there is nothing to score (issue 11: an empty contact log is no data, not a score of 1).
 * Tables read only to leave someone out (the staff list's supervisor) or for an optional check (job
 * seekers from the caseloads) are not here.
 */
const NEEDS_ROWS: Readonly<Record<string, readonly TableId[]>> = {
  CASELOAD: ['staff', 'caseload'],
  VOCATIONAL_TIME: ['specialistTime'],
  ALL_PHASES: ['specialistTime'],
  TEAM_INTEGRATION: ['caseload', 'specialistTime'],
  DAYS_TO_EMPLOYER_CONTACT: ['chartReview'],
  INDIVIDUALIZED_SEARCH: ['employerContacts'],
  EMPLOYER_CONTACTS: ['staff', 'employerContacts'],
  JOB_DIVERSITY: ['jobs'],
  EMPLOYER_DIVERSITY: ['jobs'],
  COMPETITIVE_JOBS: ['jobs'],
  COMMUNITY_TIME: ['specialistTime'],
};

/** What the item's score cell should give for these table rows: the function table invoked on arguments built by the manual's rules. */
export function expectedItem(
  itemId: string,
  data: TableData,
  language: Language,
  options: ExpectedOptions = {},
): ExpectedItem {
  const fn = itemWiring(itemId).fn;
  const spec = FUNCTIONS[fn]!;
  const sheets = new Sheets(data, language, options.capacity);
  const needs = NEEDS_ROWS[fn];
  if (!needs) throw new Error(`expectedItem: say which tables ${fn} needs rows in`);
  const empty = needs.find((table) => sheets.of(table).every((row) => sheets.isBlankRow(table, row)));
  if (empty) {
    const reason = `${language === 'nb' ? 'Mangler data' : 'No data'}: ${TABLES[empty].sheet[language]}`;
    const outcome: InvokeOutcome =
      options.output === 'reason' ? { ok: true, value: reason } : { ok: false, code: 'notAvailable', message: '' };
    return { fn, args: [], outcome };
  }
  const plan = PLANS[fn]!(sheets);
  const hasExclude = 'exclude' in plan.perRow;
  const args = spec.parameters.map((parameter): CellArg => {
    if (parameter.name in plan.perRow) return rowArgument(sheets, plan, parameter.name, hasExclude);
    if (parameter.name in plan.scalars) return plan.scalars[parameter.name] as CellValue;
    if (parameter.name === 'output' && options.output && options.output !== 'score') return options.output;
    if (parameter.name === 'language' && options.output && options.output !== 'score') return language;
    return null;
  });
  return { fn, args, outcome: invokeSafely(spec, args) };
}
