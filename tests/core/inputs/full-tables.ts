/**
 * Test fixture: input tables from which every wired item computes a score — three specialists
 * and a supervisor, their caseloads, time and phases, a chart review of twelve records, eight
 * weeks of employer contacts and a job list — plus a generator of large tables of the same shape.
 */
import type { TypedValue } from '../../../src/core/inputs/tables';
import type { TableData } from '../../../src/core/inputs/wiring';

type Row = Record<string, TypedValue>;

export const REVIEW_DATE = '2025-03-01';
const DAY = 86_400_000;
export const isoDaysFrom = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

const SPECIALISTS = ['AB', 'CD', 'EF'] as const;
const JOB_TITLES = [
  'Butikkmedarbeider',
  'Kokk',
  'Lagerarbeider',
  'Renholder',
  'Sjåfør',
  'Barnehageassistent',
  'Frisør',
  'Snekker',
];
const EMPLOYERS = ['Rema 1000', 'Kiwi', 'Posten', 'Bakeriet', 'Kommunen', 'Hotellet', 'Bilverkstedet'];

export interface SizeOptions {
  /** Specialists besides the supervisor (default 3). */
  readonly specialists?: number;
  /** Participants per specialist on the caseload lists (default 18). */
  readonly caseload?: number;
  /** Rows of the job list (default 12). */
  readonly jobs?: number;
  /** Rows of the employer-contact log (default 60). */
  readonly contacts?: number;
  /** Chart-review records (default 12). */
  readonly records?: number;
}

export function specialistCodes(count: number): string[] {
  return count <= SPECIALISTS.length
    ? SPECIALISTS.slice(0, count)
    : Array.from({ length: count }, (_, i) => `JS${String(i + 1).padStart(3, '0')}`);
}

/** Tables from which every wired item computes; sizes scale to measure recalculation. */
export function fullTables(options: SizeOptions = {}): TableData {
  const codes = specialistCodes(options.specialists ?? 3);
  const caseloadSize = options.caseload ?? 18;
  const jobCount = options.jobs ?? 12;
  const contactCount = options.contacts ?? 60;
  const records = options.records ?? 12;
  const staff: Row[] = [
    ...codes.map((specialist, i) => ({
      specialist,
      role: 'specialist',
      fte: i % 4 === 3 ? 0.8 : 1,
      startDate: '2021-01-15',
      absentWeeks: i % 5 === 0 ? 1 : null,
    })),
    { specialist: 'MV', role: 'supervisor', fte: 1, startDate: '2019-05-01' },
  ];
  const caseload: Row[] = codes.flatMap((specialist, s) =>
    Array.from({ length: caseloadSize }, (_, i) => ({
      specialist,
      participant: `P${s}-${i}`,
      status: i % 3 === 0 ? 'employed' : i % 7 === 0 ? 'education' : 'jobSeeking',
      monthlyContact: true,
      team: `Team ${1 + (i % 2)}`,
      fromAttachedTeam: i % 9 !== 0,
      lastContact: isoDaysFrom(REVIEW_DATE, -(i % 20)),
    })),
  );
  const specialistTime: Row[] = [
    ...codes.map((specialist, i) => ({
      specialist,
      vocationalShare: i % 2 ? 0.95 : 1,
      communityShare: 0.65 + (i % 3) * 0.05,
      phaseIntake: true,
      phaseEngagement: true,
      phaseAssessment: true,
      phaseJobDevelopment: true,
      phaseCoaching: i % 3 !== 2,
      phaseFollowAlong: true,
      refersOut: false,
      teams: 1 + (i % 2),
      cliniciansNotInTeams: false,
    })),
    { specialist: 'MV', vocationalShare: 0.3, teams: 0 },
  ];
  const chartReview: Row[] = Array.from({ length: records }, (_, i) => ({
    record: String(i + 1),
    specialist: codes[i % codes.length]!,
    participant: `P${i % codes.length}-${i}`,
    interviewed: i < 3,
    closed: i >= records - 2,
    recentlyEmployed: i < 5,
    seekingOrEducation: i >= 5 && i < 8,
    intakeDate: isoDaysFrom('2024-09-01', i),
    firstEmployerContact: isoDaysFrom('2024-09-01', i + 3 + ((i * 7) % 40)),
  }));
  const employerContacts: Row[] = Array.from({ length: contactCount }, (_, i) => ({
    date: isoDaysFrom(REVIEW_DATE, -1 - (i % 56)),
    specialist: codes[i % codes.length]!,
    participant: `P${i % codes.length}-${i % caseloadSize}`,
    employer: EMPLOYERS[i % EMPLOYERS.length]!,
    contactRole: 'daglig leder',
    hiringAuthority: i % 11 === 0 ? 'unsure' : 'yes',
    mode: i % 13 === 0 ? 'phone' : 'inPerson',
    specialistPresent: i % 17 !== 0,
    purpose: i % 19 === 0 ? 'jobSupport' : 'jobDevelopment',
    visit: 'first',
    matchesPreferences: i % 10 !== 0,
    participantInitiated: false,
  }));
  const jobs: Row[] = Array.from({ length: jobCount }, (_, i) => ({
    participant: `P${i % codes.length}-${i}`,
    specialist: codes[i % codes.length]!,
    startDate: isoDaysFrom(REVIEW_DATE, -30 - (i % 300)),
    endDate: i % 4 === 0 ? isoDaysFrom(REVIEW_DATE, -10) : null,
    jobTitle: JOB_TITLES[(i * 5) % JOB_TITLES.length]!,
    employer: EMPLOYERS[(i * 3) % EMPLOYERS.length]!,
    worksite: i % 2 ? 'Sentrum' : 'Nord',
    beforeIps: i % 23 === 22,
    competitive: i % 12 !== 11,
  }));
  return {
    review: [
      {
        reviewDate: REVIEW_DATE,
        contactWeeks: 8,
        logReview: 'weekly',
        supervisorRecordsDays: true,
        noIndividualCaseloads: false,
        splitRole: false,
        plansDocumented: true,
        preferencesExplored: true,
        anyJobEncouraged: false,
      },
    ],
    staff,
    caseload,
    specialistTime,
    chartReview,
    employerContacts,
    jobs,
  };
}
