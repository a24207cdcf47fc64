/**
 * The manual's worked examples entered as rows of the input tables: the score cell's formula, as
 * the add-in writes it, computed over those rows (by the preview's formula engine) gives the
 * manual's score. Line numbers refer to the manual (seed 000). Extra rows the manual's rules
 * exclude (supervisor, new staff, phone contacts, jobs obtained before IPS …) are added to show
 * they do not count.
 */
import { describe, expect, it } from 'vitest';
import { importDelimited } from '../../../src/core/inputs/import';
import { JOBS_TABLE } from '../../../src/core/inputs/tables';
import type { TypedValue } from '../../../src/core/inputs/tables';
import { itemCall, itemFormula, type TableData } from '../../../src/core/inputs/wiring';
import { SheetError, isGrid, type Scalar, type Value } from '../../../src/preview/engine/values';
import { bookFromTables } from './sheet-book';
import { COMMUNITY_SHARES, JOB_TYPES, RAPID_JOB_SEARCH_DAYS } from '../items/manual-examples';

type Row = Record<string, TypedValue>;

/** What the item's score cell computes over the rows: its formula text, evaluated over the tables as sheets. */
function cellValue(itemId: string, data: TableData, language: 'nb' | 'en', output?: 'metric'): Value {
  const formula = itemFormula(itemId, 'excel', language, output ? { output } : {});
  return bookFromTables(data, language).book.evaluate(formula, 'IPS');
}

function score(itemId: string, data: TableData, language: 'nb' | 'en' = 'nb'): number | string {
  const value = cellValue(itemId, data, language);
  return value instanceof SheetError ? `${value.code}: ${value.detail}` : (value as number);
}

function metric(itemId: string, data: TableData): number | string {
  const value = cellValue(itemId, data, 'nb', 'metric');
  return value instanceof SheetError ? `${value.code}: ${value.detail}` : (value as number);
}

/** The argument texts of a formula `=NAME(a,b,…)`: split at the commas outside brackets and quotes. */
function argumentTexts(formula: string): string[] {
  const inner = formula.slice(formula.indexOf('(') + 1, -1);
  const parts: string[] = [];
  let [depth, quote, start] = [0, '', 0];
  for (let i = 0; i < inner.length; i++) {
    const char = inner[i]!;
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === ',' && depth === 0) {
      parts.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  return [...parts, inner.slice(start)];
}

/** What the score cell's formula passes as each argument, evaluated as the sheet would: the first `rows` rows of each. */
function formulaArguments(itemId: string, data: TableData, rows: number): (Scalar | Scalar[][])[] {
  const book = bookFromTables(data, 'nb').book;
  return argumentTexts(itemCall(itemId, 'excel', 'nb')).map((text) => {
    const value = book.evaluate(`=${text}`, 'IPS');
    if (!isGrid(value)) return value;
    return Array.from({ length: Math.min(rows, value.rows) }, (_, r) =>
      value.data.slice(r * value.columns, (r + 1) * value.columns),
    );
  });
}

const js = (specialist: string, extra: Row = {}): Row => ({ specialist, role: 'specialist', fte: 1, ...extra });
const supervisor = (specialist = 'MV', extra: Row = {}): Row => ({ specialist, role: 'supervisor', fte: 1, ...extra });

function caseload(specialist: string, counted: number, uncounted = false): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < counted; i++)
    rows.push({
      specialist,
      participant: `${specialist}-${i}`,
      status: i % 2 ? 'employed' : 'jobSeeking',
      monthlyContact: true,
    });
  if (uncounted) {
    rows.push({ specialist, participant: `${specialist}-r`, status: 'referred' });
    rows.push({ specialist, participant: `${specialist}-c`, status: 'closed' });
    rows.push({ specialist, participant: `${specialist}-m`, status: 'employed', monthlyContact: false });
  }
  return rows;
}

const REVIEW_DATE = '2025-03-01';
function isoPlus(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('Bemanning 1 – Deltakerportefølje', () => {
  it("25 + 19 + 20 = 64 delt på 3 = 21 → 4 (2699–2705); the supervisor's caseload and uncounted people left out", () => {
    const data: TableData = {
      staff: [js('AB'), js('CD'), js('EF'), supervisor('MV')],
      caseload: [
        ...caseload('AB', 25, true),
        ...caseload('CD', 19, true),
        ...caseload('EF', 20),
        ...caseload('MV', 12),
      ],
    };
    expect(score('staffing.caseload_size', data)).toBe(4);
    expect(metric('staffing.caseload_size', data)).toBe(21);
    expect(score('staffing.caseload_size', data, 'en')).toBe(4);
  });

  it('sample report: 19, 18, 19 → 18 → 5 (12224–12234); half-time FTE doubles the ratio', () => {
    const data: TableData = {
      staff: [js('A'), js('B'), js('C')],
      caseload: [...caseload('A', 19), ...caseload('B', 18), ...caseload('C', 19)],
    };
    expect(score('staffing.caseload_size', data)).toBe(5);
    expect(metric('staffing.caseload_size', data)).toBe(18);
    const half: TableData = {
      staff: [js('A', { fte: 0.5 }), js('B', { fte: null })],
      caseload: [...caseload('A', 15), ...caseload('B', 15)],
    };
    expect(metric('staffing.caseload_size', half)).toBe(20); // 30 / 1.5; blank FTE = full time
  });

  it('no individual caseloads caps at 3', () => {
    const data: TableData = {
      staff: [js('A')],
      caseload: caseload('A', 10),
      review: [{ noIndividualCaseloads: true }],
    };
    expect(score('staffing.caseload_size', data)).toBe(3);
  });
});

describe('Bemanning 2, 3 and Organisasjon 1 – from the time-and-phases sheet', () => {
  it("80 + 100 + 100 = 280 delt på 3 = 93 → 4 (2882–2892); the supervisor's row left out", () => {
    const data: TableData = {
      staff: [js('A'), js('B'), js('C'), supervisor('MV')],
      specialistTime: [
        { specialist: 'A', vocationalShare: 0.8 },
        { specialist: 'B', vocationalShare: 1 },
        { specialist: 'C', vocationalShare: 1 },
        { specialist: 'MV', vocationalShare: 0.2 },
      ],
    };
    expect(score('staffing.vocational_only', data)).toBe(4);
    expect(metric('staffing.vocational_only', data)).toBe(93);
  });

  it('5 + 3 + 3 = 11 delt på 3 = 3,6 → 3 (3126–3134)', () => {
    const phases = (flags: boolean[]): Row =>
      Object.fromEntries(
        [
          'phaseIntake',
          'phaseEngagement',
          'phaseAssessment',
          'phaseJobDevelopment',
          'phaseCoaching',
          'phaseFollowAlong',
        ].map((id, i) => [id, flags[i]!]),
      );
    const data: TableData = {
      staff: [js('A'), js('B'), js('C'), supervisor('MV')],
      specialistTime: [
        { specialist: 'A', ...phases([true, true, true, true, true, true]) },
        { specialist: 'B', ...phases([true, true, true, false, false, true]) },
        { specialist: 'C', ...phases([false, false, false, true, false, false]) },
        { specialist: 'MV', ...phases([true, false, false, false, false, false]) },
      ],
    };
    expect(score('staffing.all_phases', data)).toBe(3);
  });

  it('5 + 2 + 4 = 11 delt på 3 = 3,6 → 3 (3299–3307), shares counted from the caseload lists', () => {
    const fromTeams = (specialist: string, fromAttached: number, other: number): Row[] => [
      ...Array.from({ length: fromAttached }, (_, i) => ({
        specialist,
        participant: `${specialist}${i}`,
        status: 'jobSeeking',
        fromAttachedTeam: true,
      })),
      ...Array.from({ length: other }, (_, i) => ({
        specialist,
        participant: `${specialist}x${i}`,
        status: 'jobSeeking',
        fromAttachedTeam: false,
      })),
    ];
    const data: TableData = {
      staff: [js('A'), js('B'), js('C'), supervisor('MV')],
      specialistTime: [
        { specialist: 'A', teams: 2 },
        { specialist: 'B', teams: 3 },
        { specialist: 'C', teams: 2 },
        { specialist: 'MV', teams: 0 },
      ],
      caseload: [...fromTeams('A', 9, 1), ...fromTeams('B', 5, 5), ...fromTeams('C', 3, 1), ...fromTeams('MV', 0, 4)],
    };
    expect(score('org.team_integration', data)).toBe(3);
    // 17 of 19 from the two attached teams = 89 % → 4 (3285–3291)
    expect(
      score('org.team_integration', {
        staff: [js('A')],
        specialistTime: [{ specialist: 'A', teams: 2 }],
        caseload: fromTeams('A', 17, 2),
      }),
    ).toBe(4);
  });
});

describe('Tjenester 4 – Rask oppstart av jobbsøk (chart review)', () => {
  const records = (days: readonly number[], specialist = 'A'): Row[] =>
    days.map((d, i) => ({
      record: String(i + 1),
      specialist,
      intakeDate: '2024-09-01',
      firstEmployerContact: isoPlus('2024-09-01', d),
    }));

  it('median 33 → 4 (6900–6904); records without a first meeting or waiting by choice are left out', () => {
    const data: TableData = {
      chartReview: [
        ...records(RAPID_JOB_SEARCH_DAYS.example2),
        { record: '14', specialist: 'A', closed: true },
        { record: '15', specialist: 'A', intakeDate: '2024-09-01', notYetSearching: true },
      ],
    };
    expect(score('services.rapid_job_search', data)).toBe(4);
  });

  it('26,5 days with the supervisor recording the days → 5 (6906–6920); not recording → at most 4', () => {
    const days = RAPID_JOB_SEARCH_DAYS.example3;
    expect(
      score('services.rapid_job_search', { chartReview: records(days), review: [{ supervisorRecordsDays: true }] }),
    ).toBe(5);
    expect(
      score('services.rapid_job_search', { chartReview: records(days), review: [{ supervisorRecordsDays: false }] }),
    ).toBe(4);
  });

  it('a person who wants employer contact but has none yet counts up to the review date (6870–6876)', () => {
    const data: TableData = {
      chartReview: [{ record: '1', specialist: 'A', intakeDate: '2025-01-01' }],
      review: [{ reviewDate: REVIEW_DATE }],
    };
    expect(metric('services.rapid_job_search', data)).toBe(59);
    expect(score('services.rapid_job_search', data)).toBe(4);
  });
});

describe('Tjenester 5 – Individuelt tilpasset jobbsøk (contact log)', () => {
  it('9 of 10 contacts preference-based = 90 % → 5 with documented plans; participant-initiated and support contacts not assessed', () => {
    const contacts: Row[] = Array.from({ length: 10 }, (_, i) => ({
      date: '2025-02-01',
      specialist: 'A',
      mode: 'inPerson',
      purpose: 'jobDevelopment',
      matchesPreferences: i !== 0,
    }));
    contacts.push({
      date: '2025-02-02',
      specialist: 'A',
      mode: 'inPerson',
      matchesPreferences: false,
      participantInitiated: true,
    });
    contacts.push({
      date: '2025-02-03',
      specialist: 'A',
      mode: 'inPerson',
      purpose: 'jobSupport',
      matchesPreferences: false,
    });
    contacts.push({ date: '2025-02-03', specialist: 'A', mode: 'inPerson', purpose: 'other' });
    expect(
      score('services.individualized_job_search', { employerContacts: contacts, review: [{ plansDocumented: true }] }),
    ).toBe(5);
    expect(
      score('services.individualized_job_search', { employerContacts: contacts, review: [{ plansDocumented: false }] }),
    ).toBe(3);
  });
});

describe('Tjenester 6 – Jobbutvikling – hyppig arbeidsgiverkontakt (contact log)', () => {
  const countable = (specialist: string, n: number, start = 0): Row[] =>
    Array.from({ length: n }, (_, i) => ({
      date: isoPlus(REVIEW_DATE, -1 - ((start + i) % 56)),
      specialist,
      employer: `Bedrift ${i % 7}`,
      hiringAuthority: 'yes',
      mode: 'inPerson',
      specialistPresent: true,
      purpose: 'jobDevelopment',
    }));
  const notCountable = (specialist: string): Row[] => [
    { date: isoPlus(REVIEW_DATE, -3), specialist, hiringAuthority: 'yes', mode: 'phone', purpose: 'jobDevelopment' },
    { date: isoPlus(REVIEW_DATE, -3), specialist, hiringAuthority: 'yes', mode: 'email' },
    { date: isoPlus(REVIEW_DATE, -3), specialist, hiringAuthority: 'no', mode: 'inPerson' },
    { date: isoPlus(REVIEW_DATE, -3), specialist, hiringAuthority: 'unsure', mode: 'inPerson' },
    { date: isoPlus(REVIEW_DATE, -3), specialist, hiringAuthority: 'yes', mode: 'inPerson', specialistPresent: false },
    { date: isoPlus(REVIEW_DATE, -3), specialist, hiringAuthority: 'yes', mode: 'inPerson', purpose: 'jobSupport' },
    { date: isoPlus(REVIEW_DATE, -3), specialist, hiringAuthority: 'yes', mode: 'inPerson', purpose: 'other' },
    { date: isoPlus(REVIEW_DATE, -57), specialist, hiringAuthority: 'yes', mode: 'inPerson' }, // before the eight weeks
    { date: REVIEW_DATE, specialist, hiringAuthority: 'yes', mode: 'inPerson' }, // the visit day itself
  ];
  const staff: Row[] = [
    js('AB', { startDate: '2020-01-01' }),
    js('CD', { startDate: '2021-06-15', absentWeeks: 2 }),
    supervisor('MV', { startDate: '2019-01-01' }),
    js('NY', { startDate: isoPlus(REVIEW_DATE, -20) }), // under one month in post: left out
  ];

  it('66 kontakter / 14 uker = 4,7 → 3 (7401–7411), with every excluded kind of row present', () => {
    const data: TableData = {
      staff,
      employerContacts: [
        ...countable('AB', 42),
        ...countable('CD', 24),
        ...notCountable('AB'),
        ...countable('MV', 30),
        ...countable('NY', 20),
      ],
      review: [{ reviewDate: REVIEW_DATE, logReview: 'weekly' }],
    };
    const args = formulaArguments('services.employer_contacts', data, 7);
    // per staff row: AB, CD, the supervisor (blanked), NY (counted, then left out by months_in_post), then blank rows
    expect(args[0]).toEqual([[42], [24], [''], [20], [''], [''], ['']]);
    expect(args[5]).toEqual([[62], [44], [''], [0], [''], [''], ['']]);
    expect(args[4]).toEqual([[null], [2], [''], [null], [''], [''], ['']]);
    expect(score('services.employer_contacts', data)).toBe(3);
    expect(metric('services.employer_contacts', data)).toBe(4);
  });

  it('82 kontakter / 16 uker = 5,1 → 4 (7428–7436); monthly log review caps at 3, no log at 2', () => {
    const base: TableData = {
      staff: [js('A', { startDate: '2020-01-01' }), js('B', { startDate: '2020-01-01' })],
      employerContacts: [...countable('A', 44), ...countable('B', 38)],
    };
    expect(
      score('services.employer_contacts', { ...base, review: [{ reviewDate: REVIEW_DATE, logReview: 'weekly' }] }),
    ).toBe(4);
    expect(
      score('services.employer_contacts', { ...base, review: [{ reviewDate: REVIEW_DATE, logReview: 'monthly' }] }),
    ).toBe(3);
    expect(
      score('services.employer_contacts', { ...base, review: [{ reviewDate: REVIEW_DATE, logReview: 'no_log' }] }),
    ).toBe(2);
  });
});

describe('Tjenester 8, 9, 10 – from the job list', () => {
  const staff3: Row[] = [js('A'), js('B'), js('C'), supervisor('MV')];
  const job = (jobTitle: string, extra: Row = {}): Row => ({
    participant: `P-${jobTitle}-${Math.random()}`,
    jobTitle,
    employer: `${jobTitle} AS`,
    competitive: true,
    ...extra,
  });

  it('sample report: 11 jobs, kassemedarbeider ×3, rengjører ×3 → 9/11 = 81 % → 4 (13283–13319)', () => {
    const titles = [
      'erfaringskonsulent',
      'kassemedarbeider',
      'kassemedarbeider',
      'kassemedarbeider',
      'rengjører',
      'rengjører',
      'rengjører',
      'hundesteller',
      'resepsjonist',
      'kontormedarbeider',
      'møbelsnekker',
    ];
    const data: TableData = {
      staff: staff3,
      jobs: [
        ...titles.map((title, i) => job(title, { startDate: '2024-06-01', employer: `Arbeidsgiver ${i}` })),
        job('kassemedarbeider', { beforeIps: true }), // obtained before IPS
        job('kassemedarbeider', { startDate: '2023-01-01', endDate: '2023-06-30' }), // ended long ago: not in the sample
      ],
      review: [{ reviewDate: REVIEW_DATE }],
    };
    expect(score('services.job_diversity', data)).toBe(4);
    expect(metric('services.job_diversity', data)).toBe(81);
    // the same with only the job title filled (job type blank = title) and in English
    expect(score('services.job_diversity', data, 'en')).toBe(4);
  });

  it('9 of 10 → 5 (7771–7828); one specialist with 4 jobs → 1, too small a sample (7893–7911)', () => {
    const ex1 = JOB_TYPES.example1;
    expect(score('services.job_diversity', { staff: [js('A'), js('B')], jobs: ex1.map((t) => job(t)) })).toBe(5);
    const ex3 = JOB_TYPES.example3;
    expect(score('services.job_diversity', { staff: [js('A'), supervisor()], jobs: ex3.map((t) => job(t)) })).toBe(1);
  });

  it('job types group titles with the same duties (7750–7760)', () => {
    const rows = [
      'vaktmester',
      'vedlikehold',
      'renhold',
      'kokk',
      'sjåfør',
      'maler',
      'frisør',
      'snekker',
      'lagermedarbeider',
      'bud',
    ].map((t, i) => job(t, { jobType: i < 3 ? 'renhold' : null }));
    expect(metric('services.job_diversity', { staff: [js('A'), js('B')], jobs: rows })).toBe(90);
  });

  it('12 employers, Burgerhjørnet ×3 → 11/12 = 91 % → 5 (7990–8050)', () => {
    const employers = [
      'Åsen seniorsenter',
      'Åsen seniorsenter',
      'Burgerhjørnet',
      'Burgerhjørnet',
      'Burgerhjørnet',
      'Karis hundelufting',
      'Åsen sykehus',
      'Ola Olsens bilverksted',
      'ABC forsikring',
      'Lilleby sparebank',
      'Kåres skredderverksted',
      'Opplæringsmateriell AS',
    ];
    const data: TableData = {
      staff: [js('A'), js('B')],
      jobs: employers.map((employer, i) => ({ participant: `P${i}`, jobTitle: 'x', employer, competitive: true })),
    };
    expect(score('services.employer_diversity', data)).toBe(5);
    expect(metric('services.employer_diversity', data)).toBe(91);
  });

  it('7 current jobs + 5 starts in the last six months = 12, 10 countable → 83 % → 4 (8052–8116)', () => {
    const employers = [
      'Dal Radio & TV AS',
      'Sentrum stormagasin',
      'Sentrum stormagasin',
      'Sentrum stormagasin',
      'Sentrum stormagasin',
      'Lilleby ishall',
      'Åsen barneskole',
      'Trygves kafé',
      'Låven antikviteter',
      'Klassiske biler AS',
      'Lilleby apotek',
      'Åsen dagligvarer',
    ];
    const jobs: Row[] = employers.map((employer, i) => ({
      participant: `P${i}`,
      jobTitle: 'x',
      employer,
      competitive: true,
      startDate: '2024-10-01',
      endDate: i < 7 ? null : '2025-01-15', // 7 still in work, 5 ended but started within six months
    }));
    jobs.push({
      participant: 'old',
      jobTitle: 'x',
      employer: 'Lilleby ishall',
      competitive: true,
      startDate: '2024-01-05',
      endDate: '2024-05-01',
    });
    const data: TableData = { staff: [js('A'), js('B')], jobs, review: [{ reviewDate: REVIEW_DATE }] };
    expect(score('services.employer_diversity', data)).toBe(4);
    expect(metric('services.employer_diversity', data)).toBe(83);
  });

  it('9 ordinary of 11 = 81 % → 3 (8275–8277); one specialist, 4 of 5 → 3 (8279–8287)', () => {
    const ex1 = [...Array.from({ length: 9 }, () => true), false, false].map((competitive, i) => ({
      participant: `P${i}`,
      jobTitle: 'x',
      employer: `E${i}`,
      competitive,
    }));
    expect(score('services.competitive_jobs', { staff: [js('A'), js('B')], jobs: ex1 })).toBe(3);
    const ex2 = [true, true, true, true, false].map((competitive, i) => ({
      participant: `P${i}`,
      jobTitle: 'x',
      employer: `E${i}`,
      competitive,
    }));
    expect(score('services.competitive_jobs', { staff: [js('A'), supervisor()], jobs: ex2 })).toBe(3);
  });

  it('scores straight from an imported CSV of the job list', () => {
    const csv =
      'Deltaker;Stillingsbetegnelse;Arbeidsgiver;Før IPS;Ordinær\n' +
      [
        'kassemedarbeider',
        'kassemedarbeider',
        'kassemedarbeider',
        'rengjører',
        'rengjører',
        'rengjører',
        'hundesteller',
        'resepsjonist',
        'kontormedarbeider',
        'møbelsnekker',
        'erfaringskonsulent',
      ]
        .map((title, i) => `P${i};${title};E${i};nei;ja`)
        .join('\n');
    const imported = importDelimited(JOBS_TABLE, csv);
    expect(imported.errors).toEqual([]);
    expect(score('services.job_diversity', { staff: [js('A'), js('B'), js('C')], jobs: imported.rows })).toBe(4);
  });
});

describe('Tjenester 13 – Tjenester som er basert i lokalsamfunnet', () => {
  it('50 + 55 + 65 = 170 delt på 3 = 56,6 → 4 (8849–8853); the supervisor left out', () => {
    const data: TableData = {
      staff: [js('A'), js('B'), js('C'), supervisor()],
      specialistTime: [
        ...['A', 'B', 'C'].map((specialist, i) => ({ specialist, communityShare: COMMUNITY_SHARES[i]! })),
        { specialist: 'MV', communityShare: 0 },
      ],
    };
    expect(score('services.community_based', data)).toBe(4);
    expect(metric('services.community_based', data)).toBe(56);
  });

  it('from hours: 26 of 40 and 13 of 20 = 65 % → 5; per-specialist shares, not pooled hours', () => {
    expect(
      score('services.community_based', {
        specialistTime: [
          { specialist: 'A', communityHours: 26, scheduledHours: 40 },
          { specialist: 'B', communityHours: 13, scheduledHours: 20 },
        ],
      }),
    ).toBe(5);
    expect(
      score('services.community_based', {
        specialistTime: [
          { specialist: 'A', communityHours: 2, scheduledHours: 10 },
          { specialist: 'B', communityHours: 36, scheduledHours: 40 },
        ],
      }),
    ).toBe(4);
  });
});
