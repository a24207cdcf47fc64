/**
 * Chapter 9's worked examples as data (line numbers refer to the manual, seed 000): the list of every
 * block of examples (CHAPTER_9_EXAMPLES, checked against the item test files by
 * manual-examples.test.ts), the component verdicts of the components items (COMPONENT_VERDICTS, run by
 * generic/components-judgement.test.ts), and the examples' data that both an item's tests
 * (services/<item>.test.ts) and the input-table tests (tests/core/inputs/worked-examples.test.ts) use,
 * so an example is typed in once.
 */

/** Tjenester 4: days from the first meeting to the first employer contact, one specialist. */
export const RAPID_JOB_SEARCH_DAYS = {
  /** 6900–6904: median 33, mean 33.7 → 4. */
  example2: [2, 6, 7, 8, 21, 22, 33, 39, 44, 50, 55, 57, 94],
  /** 6906–6920: median 26.5, mean 24.6 → 5 when the supervisor records the days. */
  example3: [3, 7, 9, 11, 15, 17, 19, 25, 28, 29, 31, 31, 32, 36, 48, 52],
} as const;

/** Tjenester 8: job types of the worked examples. */
export const JOB_TYPES = {
  /** 7771–7828: two specialists, ten jobs, Butikkmedarbeider three times → 9 / 10 → 5. */
  example1: [
    'Svømmeinstruktør',
    'Fakturamedarbeider',
    'Kassemedarbeider',
    'Oppvasker',
    'Oppvasker',
    'Regnskapsfører',
    'Hundelufter',
    'Butikkmedarbeider',
    'Butikkmedarbeider',
    'Butikkmedarbeider',
  ],
  /** 7830–7891: two specialists, eleven jobs, Barnehageassistent four times → 9 / 11 → 4. */
  example2: [
    'Husholder',
    'Sjåfør',
    'Sjåfør',
    'Barnehageassistent',
    'Barnehageassistent',
    'Barnehageassistent',
    'Barnehageassistent',
    'Gatekjøkkenmedarbeider',
    'Truckfører',
    'Montør',
    'Havnearbeider',
  ],
  /** 7893–7911: one specialist, four job starts → too small a sample → 1. */
  example3: ['Kontormedarbeider', 'Kundeservicemedarbeider', 'Lærerassistent', 'Bibliotekar'],
} as const;

/** Tjenester 13, 8849–8853: 50 %, 55 %, 65 % → 170 / 3 = 56.6 → 4. */
export const COMMUNITY_SHARES = [0.5, 0.55, 0.65] as const;

/** A worked example of chapter 9 that decides one component of a components item: a point or none. */
export interface ComponentVerdict {
  readonly itemId: string;
  /** The manual's lines (seed 000) of the example. */
  readonly lines: readonly [number, number];
  /** The component the example decides, numbered as the manual's «KOMPONENT n». */
  readonly component: number;
  readonly point: boolean;
  readonly summary: string;
}

/** Organisasjon 2, 5, 7, 8 and Tjenester 2 and 14: chapter 9's examples that give or withhold one component's point. */
export const COMPONENT_VERDICTS: readonly ComponentVerdict[] = [
  {
    itemId: 'org.team_contact',
    lines: [3572, 3582],
    component: 1,
    point: false,
    summary: 'specialists take turns at the team meetings and report on each other’s participants',
  },
  {
    itemId: 'org.team_contact',
    lines: [3584, 3598],
    component: 1,
    point: false,
    summary: 'one specialist rotates among three teams, one meeting a week',
  },
  {
    itemId: 'org.team_contact',
    lines: [3600, 3608],
    component: 1,
    point: false,
    summary: 'half of each of two meetings held at the same time',
  },
  {
    itemId: 'org.team_contact',
    lines: [3610, 3620],
    component: 1,
    point: false,
    summary: 'weekly meetings with housing staff, not the primary case manager',
  },
  {
    itemId: 'org.team_contact',
    lines: [3622, 3627],
    component: 1,
    point: false,
    summary: 'weekly with one team, the other teams meet monthly',
  },
  {
    itemId: 'org.team_contact',
    lines: [3629, 3635],
    component: 1,
    point: true,
    summary: 'clubhouse specialists attend the weekly meetings of the two teams that refer 90 %',
  },
  {
    itemId: 'org.team_contact',
    lines: [3675, 3679],
    component: 2,
    point: false,
    summary: 'progress reported, no discussion of how to help',
  },
  {
    itemId: 'org.team_contact',
    lines: [3681, 3689],
    component: 2,
    point: true,
    summary: 'clinicians and specialist agree on strategies together',
  },
  {
    itemId: 'org.team_contact',
    lines: [3727, 3733],
    component: 3,
    point: false,
    summary: 'work records apart from treatment records, only plans to integrate',
  },
  {
    itemId: 'org.team_contact',
    lines: [3763, 3767],
    component: 4,
    point: false,
    summary: "specialists' offices on another floor than the teams'",
  },
  {
    itemId: 'org.team_contact',
    lines: [3769, 3781],
    component: 4,
    point: true,
    summary: 'office space with the treatment team, used most of the office time',
  },
  {
    itemId: 'org.team_contact',
    lines: [3800, 3806],
    component: 5,
    point: true,
    summary: 'half the clinicians recall the specialist suggesting work for someone not referred',
  },
  {
    itemId: 'org.supervisor_role',
    lines: [4342, 4344],
    component: 1,
    point: false,
    summary: 'one supervisor for 12 specialists',
  },
  {
    itemId: 'org.supervisor_role',
    lines: [4346, 4362],
    component: 1,
    point: false,
    summary: 'supervisor of eight specialists also leads an ACT team',
  },
  {
    itemId: 'org.supervisor_role',
    lines: [4364, 4366],
    component: 1,
    point: true,
    summary: 'one specialist and five case managers',
  },
  {
    itemId: 'org.supervisor_role',
    lines: [4393, 4399],
    component: 2,
    point: true,
    summary: 'weekly individual supervision, no group meetings',
  },
  {
    itemId: 'org.supervisor_role',
    lines: [4401, 4413],
    component: 2,
    point: false,
    summary: 'daily ad-hoc talks instead of weekly supervision',
  },
  {
    itemId: 'org.supervisor_role',
    lines: [4438, 4442],
    component: 3,
    point: false,
    summary: 'one treatment-team meeting a quarter, with four teams',
  },
  {
    itemId: 'org.supervisor_role',
    lines: [4502, 4511],
    component: 4,
    point: true,
    summary: 'monthly field mentoring of new staff, not documented',
  },
  {
    itemId: 'org.supervisor_role',
    lines: [4513, 4521],
    component: 4,
    point: false,
    summary: 'field mentoring for three months, staff still lack the skills',
  },
  {
    itemId: 'org.supervisor_role',
    lines: [4523, 4531],
    component: 4,
    point: false,
    summary: 'no field mentoring, the supervisor lacks the experience',
  },
  {
    itemId: 'org.supervisor_role',
    lines: [4559, 4579],
    component: 5,
    point: true,
    summary: 'outcomes reviewed with the team and goals set',
  },
  {
    itemId: 'org.supervisor_role',
    lines: [4581, 4590],
    component: 5,
    point: false,
    summary: 'outcomes shared, no goals for improvement',
  },
  {
    itemId: 'org.competitive_focus',
    lines: [5163, 5169],
    component: 2,
    point: false,
    summary: 'IPS leaflets only in and near the IPS offices',
  },
  {
    itemId: 'org.competitive_focus',
    lines: [5171, 5175],
    component: 2,
    point: true,
    summary: 'job board in reception with the number for self-referral',
  },
  {
    itemId: 'org.competitive_focus',
    lines: [5177, 5183],
    component: 2,
    point: true,
    summary: 'material only where long-term treatment is given, as IPS is offered there only',
  },
  {
    itemId: 'org.competitive_focus',
    lines: [5207, 5215],
    component: 3,
    point: false,
    summary: 'success breakfast twice a year, clinicians do not attend',
  },
  {
    itemId: 'org.competitive_focus',
    lines: [5217, 5224],
    component: 3,
    point: false,
    summary: 'no sharing events, «they talk in the waiting room»',
  },
  {
    itemId: 'org.competitive_focus',
    lines: [5226, 5232],
    component: 3,
    point: true,
    summary: 'written work stories in the waiting room, workers visit team meetings quarterly',
  },
  {
    itemId: 'org.competitive_focus',
    lines: [5274, 5286],
    component: 4,
    point: true,
    summary: 'monthly competitive employment rate shared with staff and a goal',
  },
  {
    itemId: 'org.executive_support',
    lines: [5546, 5554],
    component: 1,
    point: true,
    summary: 'the CEO describes several IPS principles',
  },
  {
    itemId: 'org.executive_support',
    lines: [5578, 5586],
    component: 2,
    point: true,
    summary: 'QA reports follow the total fidelity score for 18 months',
  },
  {
    itemId: 'org.executive_support',
    lines: [5588, 5594],
    component: 2,
    point: false,
    summary: 'goals discussed, fidelity not yet in the QA process',
  },
  {
    itemId: 'org.executive_support',
    lines: [5639, 5641],
    component: 3,
    point: true,
    summary: 'CEO at one steering meeting a year, QA lead quarterly',
  },
  {
    itemId: 'org.executive_support',
    lines: [5665, 5668],
    component: 4,
    point: true,
    summary: 'the CEO spoke of IPS and work at the kickoff six months ago',
  },
  {
    itemId: 'org.executive_support',
    lines: [5670, 5674],
    component: 4,
    point: true,
    summary: 'the CEO visited team meetings and spoke of work',
  },
  {
    itemId: 'org.executive_support',
    lines: [5708, 5718],
    component: 5,
    point: false,
    summary: 'the supervisor reports only through someone else',
  },
  {
    itemId: 'org.executive_support',
    lines: [5720, 5732],
    component: 5,
    point: true,
    summary: 'the supervisor meets the executive team twice a year, changes follow',
  },
  {
    itemId: 'org.executive_support',
    lines: [5734, 5751],
    component: 5,
    point: true,
    summary: 'meets the rehabilitation agency executives twice a year, not the treatment agency',
  },
  {
    itemId: 'services.disclosure',
    lines: [6283, 6289],
    component: 1,
    point: false,
    summary: 'help with job development only for those willing to disclose',
  },
  {
    itemId: 'services.disclosure',
    lines: [6291, 6301],
    component: 1,
    point: false,
    summary: '90 % do not want to disclose and the discussion is not shown to be neutral',
  },
  {
    itemId: 'services.disclosure',
    lines: [6303, 6309],
    component: 1,
    point: false,
    summary: 'participants did not know the specialist could speak to employers for them',
  },
  {
    itemId: 'services.disclosure',
    lines: [6331, 6346],
    component: 2,
    point: true,
    summary: "three of four specialists ask for the participant's own view of pros and cons",
  },
  {
    itemId: 'services.disclosure',
    lines: [6376, 6384],
    component: 3,
    point: true,
    summary: 'specific information: problems named in general, no diagnosis or medication',
  },
  {
    itemId: 'services.disclosure',
    lines: [6406, 6413],
    component: 4,
    point: true,
    summary: 'disclosure discussed again when problems at work began',
  },
  {
    itemId: 'services.engagement_outreach',
    lines: [9093, 9101],
    component: 6,
    point: false,
    summary: 'five or six outreach strategies, but no contact with families',
  },
  {
    itemId: 'services.engagement_outreach',
    lines: [9103, 9109],
    component: 1,
    point: true,
    summary: 'cases closed only after months of attempts with the treatment team',
  },
];

/** A worked example of chapter 9 for a judgement item: the evaluators' «no higher than» reading, or none. */
export interface CapExample {
  readonly itemId: string;
  readonly lines: readonly [number, number];
  /** The registry cap the example describes (its last id part), or null when the manual says the score is not lowered. */
  readonly cap: string | null;
  /** The highest score the manual allows in the example (5 when it is not lowered). */
  readonly atMost: number;
  readonly summary: string;
}

/** Tjenester 1, 11 and 12: chapter 9's examples, each run through JUDGEMENT with the evaluators choosing 5. */
export const CAP_EXAMPLES: readonly CapExample[] = [
  {
    itemId: 'services.benefits_planning',
    lines: [5972, 5978],
    cap: 'basic_info_only',
    atMost: 3,
    summary: 'clinicians give basic information read from NAV',
  },
  {
    itemId: 'services.benefits_planning',
    lines: [5980, 5989],
    cap: 'few_meet_counsellor',
    atMost: 2,
    summary: 'most referred, under 20 % meet a benefits counsellor',
  },
  {
    itemId: 'services.benefits_planning',
    lines: [5991, 5995],
    cap: 'some_benefit_types',
    atMost: 3,
    summary: 'counselling adequate for one type of benefit only',
  },
  {
    itemId: 'services.benefits_planning',
    lines: [5997, 6003],
    cap: 'only_before_job_start',
    atMost: 4,
    summary: 'referred only before the job starts',
  },
  {
    itemId: 'services.benefits_planning',
    lines: [6005, 6015],
    cap: 'no_income_reporting_help',
    atMost: 4,
    summary: 'no help with monthly reporting of earnings',
  },
  {
    itemId: 'services.benefits_planning',
    lines: [6017, 6025],
    cap: null,
    atMost: 5,
    summary: 'a month’s wait for the counsellor does not lower the score',
  },
  {
    itemId: 'services.benefits_planning',
    lines: [6027, 6033],
    cap: 'monthly_visit_for_trygd',
    atMost: 3,
    summary: 'monthly visit for social insurance only, others met one by one',
  },
  {
    itemId: 'services.benefits_planning',
    lines: [6035, 6041],
    cap: null,
    atMost: 5,
    summary: 'monthly family information and individual meetings: good fidelity',
  },
  {
    itemId: 'services.individualized_support',
    lines: [8494, 8502],
    cap: 'support_only_from_js',
    atMost: 3,
    summary: 'support only from the employment specialists',
  },
  {
    itemId: 'services.individualized_support',
    lines: [8504, 8508],
    cap: 'mostly_phone',
    atMost: 2,
    summary: 'support mostly by phone, «call if problems arise»',
  },
  {
    itemId: 'services.individualized_support',
    lines: [8510, 8516],
    cap: 'phone_for_some',
    atMost: 3,
    summary: 'about half get phone support only',
  },
  {
    itemId: 'services.individualized_support',
    lines: [8518, 8522],
    cap: 'support_not_adjusted',
    atMost: 3,
    summary: 'difficulties at work without support being changed',
  },
  {
    itemId: 'services.individualized_support',
    lines: [8524, 8536],
    cap: 'declined_without_offer',
    atMost: 2,
    summary: 'most decline follow-along, no offer to meet where it suits them',
  },
  {
    itemId: 'services.individualized_support',
    lines: [8538, 8544],
    cap: 'no_career_development',
    atMost: 4,
    summary: 'without examples of career development 4 (with them 5)',
  },
  {
    itemId: 'services.time_unlimited_support',
    lines: [8723, 8729],
    cap: 'automatic_closure',
    atMost: 4,
    summary: 'cases closed automatically after a year in work',
  },
  {
    itemId: 'services.time_unlimited_support',
    lines: [8731, 8743],
    cap: null,
    atMost: 5,
    summary: 'young adults choose shorter support: the score is not lowered',
  },
  {
    itemId: 'services.time_unlimited_support',
    lines: [8745, 8747],
    cap: 'phone_after_90_days',
    atMost: 2,
    summary: 'after 90 days, support only by phone',
  },
];

/** One «Eksempel» / «Eksempler» block of chapter 9 (seed 000, lines 2593–9300) and the item test file that runs it. */
export interface ChapterNineExamples {
  readonly itemId: string;
  /** The block's lines, from its heading to its last example. */
  readonly lines: readonly [number, number];
  /** The test file under tests/core/items/ whose tests cite these lines (or COMPONENT_VERDICTS, for components items). */
  readonly file: string;
  /** Why the block has no test yet; a test in tests/core/items/manual-examples.test.ts fails once it has one. */
  readonly untested?: string;
}

/** Every block of worked examples in chapter 9, in the manual's order. */
export const CHAPTER_9_EXAMPLES: readonly ChapterNineExamples[] = [
  { itemId: 'staffing.caseload_size', lines: [2697, 2721], file: 'staffing/caseload-size.test.ts' },
  { itemId: 'staffing.vocational_only', lines: [2880, 2939], file: 'staffing/vocational-only.test.ts' },
  { itemId: 'staffing.all_phases', lines: [3090, 3140], file: 'staffing/all-phases.test.ts' },
  { itemId: 'org.team_integration', lines: [3273, 3355], file: 'organization/team-integration.test.ts' },
  { itemId: 'org.team_contact', lines: [3560, 3635], file: 'generic/components-judgement.test.ts' },
  { itemId: 'org.team_contact', lines: [3673, 3689], file: 'generic/components-judgement.test.ts' },
  { itemId: 'org.team_contact', lines: [3725, 3733], file: 'generic/components-judgement.test.ts' },
  { itemId: 'org.team_contact', lines: [3761, 3781], file: 'generic/components-judgement.test.ts' },
  { itemId: 'org.team_contact', lines: [3798, 3820], file: 'generic/components-judgement.test.ts' },
  { itemId: 'org.nav_collaboration', lines: [3948, 3976], file: 'organization/nav-collaboration.test.ts' },
  { itemId: 'org.es_team', lines: [4068, 4154], file: 'generic/components-judgement.test.ts' },
  { itemId: 'org.supervisor_role', lines: [4340, 4366], file: 'generic/components-judgement.test.ts' },
  { itemId: 'org.supervisor_role', lines: [4391, 4413], file: 'generic/components-judgement.test.ts' },
  { itemId: 'org.supervisor_role', lines: [4436, 4442], file: 'generic/components-judgement.test.ts' },
  { itemId: 'org.supervisor_role', lines: [4500, 4531], file: 'generic/components-judgement.test.ts' },
  { itemId: 'org.supervisor_role', lines: [4557, 4590], file: 'generic/components-judgement.test.ts' },
  { itemId: 'org.zero_exclusion', lines: [4803, 4863], file: 'generic/components-judgement.test.ts' },
  { itemId: 'org.competitive_focus', lines: [5161, 5183], file: 'generic/components-judgement.test.ts' },
  { itemId: 'org.competitive_focus', lines: [5205, 5232], file: 'generic/components-judgement.test.ts' },
  { itemId: 'org.competitive_focus', lines: [5272, 5286], file: 'generic/components-judgement.test.ts' },
  { itemId: 'org.executive_support', lines: [5544, 5554], file: 'generic/components-judgement.test.ts' },
  { itemId: 'org.executive_support', lines: [5576, 5594], file: 'generic/components-judgement.test.ts' },
  { itemId: 'org.executive_support', lines: [5637, 5641], file: 'generic/components-judgement.test.ts' },
  { itemId: 'org.executive_support', lines: [5663, 5674], file: 'generic/components-judgement.test.ts' },
  { itemId: 'org.executive_support', lines: [5706, 5751], file: 'generic/components-judgement.test.ts' },
  {
    itemId: 'services.benefits_planning',
    lines: [5970, 6041],
    file: 'generic/components-judgement.test.ts',
  },
  { itemId: 'services.disclosure', lines: [6281, 6309], file: 'generic/components-judgement.test.ts' },
  { itemId: 'services.disclosure', lines: [6329, 6352], file: 'generic/components-judgement.test.ts' },
  { itemId: 'services.disclosure', lines: [6374, 6384], file: 'generic/components-judgement.test.ts' },
  { itemId: 'services.disclosure', lines: [6404, 6413], file: 'generic/components-judgement.test.ts' },
  { itemId: 'services.career_assessment', lines: [6594, 6663], file: 'services/career-assessment.test.ts' },
  { itemId: 'services.rapid_job_search', lines: [6880, 6938], file: 'services/rapid-job-search.test.ts' },
  {
    itemId: 'services.individualized_job_search',
    lines: [7120, 7155],
    file: 'services/individualized-job-search.test.ts',
  },
  { itemId: 'services.employer_contacts', lines: [7399, 7452], file: 'services/employer-contacts.test.ts' },
  {
    itemId: 'services.employer_contact_quality',
    lines: [7590, 7671],
    file: 'services/employer-contact-quality.test.ts',
  },
  { itemId: 'services.job_diversity', lines: [7769, 7923], file: 'services/job-diversity.test.ts' },
  { itemId: 'services.employer_diversity', lines: [7988, 8125], file: 'services/employer-diversity.test.ts' },
  { itemId: 'services.competitive_jobs', lines: [8273, 8287], file: 'services/competitive-jobs.test.ts' },
  {
    itemId: 'services.individualized_support',
    lines: [8492, 8544],
    file: 'generic/components-judgement.test.ts',
  },
  {
    itemId: 'services.time_unlimited_support',
    lines: [8721, 8747],
    file: 'generic/components-judgement.test.ts',
  },
  { itemId: 'services.community_based', lines: [8900, 8912], file: 'services/community-based.test.ts' },
  {
    itemId: 'services.engagement_outreach',
    lines: [9085, 9109],
    file: 'generic/components-judgement.test.ts',
  },
];
