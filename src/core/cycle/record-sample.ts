/**
 * The record sample for the chart review, chosen at random for objectivity [000:1230–1236]: at
 * least 10 records — 2 of people without a job closed in the last six months, 5 of people who
 * started work and are still in IPS, 3 of job seekers or students [000:1117–1125] — and, as
 * recommended, 3 more of people to be interviewed: 13 [000:1236–1250]. The employed records
 * prefer job starts in the last six months, which rating time-unlimited support needs
 * [000:1242–1246, 8685–8687]. The pick is repeatable from its seed, which the result records.
 */
import { invalidValue } from '../errors';
import type { Text } from '../text';
import { addMonthsIso, isoToSerial } from './dates';
import { checkSeed, seededRandom, shuffled } from './prng';

/** One row of the caseload list, as plain values. */
export interface CaseloadRecord {
  /** The participant's number in the caseload list; never a name. */
  readonly id: string;
  /** Has a job now (for a closed record: had one when the record was closed). */
  readonly employed: boolean;
  /** yyyy-mm-dd the person left IPS; absent or null while still in IPS. */
  readonly closedDate?: string | null;
  /** For people in IPS without a job: looking for work, in education, or neither. */
  readonly status?: 'jobSeeking' | 'education' | 'other';
  /** yyyy-mm-dd of the latest job start, when known. */
  readonly jobStartDate?: string | null;
  /** The person is to be interviewed during the visit. */
  readonly interviewed?: boolean;
}

export type SampleCategoryId = 'interviewee' | 'closedWithoutJob' | 'employed' | 'seekingOrEducation';

export interface SampleCategory {
  readonly id: SampleCategoryId;
  /** Records the manual requires [000:1117–1125]. */
  readonly minimum: number;
  /** Records the manual recommends [000:1236–1250]. */
  readonly recommended: number;
  readonly label: Text;
  readonly lines: readonly (readonly [number, number])[];
}

/** The categories in the order they are drawn: interviewees first, so no other category uses up their records. */
export const RECORD_SAMPLE_CATEGORIES: readonly SampleCategory[] = [
  {
    id: 'interviewee',
    minimum: 0,
    recommended: 3,
    label: { nb: 'personer som skal intervjues', en: 'people to be interviewed' },
    lines: [[1238, 1238]],
  },
  {
    id: 'closedWithoutJob',
    minimum: 2,
    recommended: 2,
    label: {
      nb: 'personer uten jobb tatt ut av IPS de siste 6 månedene',
      en: 'people without a job closed in IPS in the last 6 months',
    },
    lines: [
      [1117, 1121],
      [1240, 1242],
    ],
  },
  {
    id: 'employed',
    minimum: 5,
    recommended: 5,
    label: { nb: 'personer i arbeid som fortsatt er i IPS', en: 'people in work who are still in IPS' },
    lines: [
      [1121, 1123],
      [1242, 1246],
    ],
  },
  {
    id: 'seekingOrEducation',
    minimum: 3,
    recommended: 3,
    label: { nb: 'personer som søker jobb eller er under utdanning', en: 'people looking for work or in education' },
    lines: [
      [1123, 1125],
      [1246, 1248],
    ],
  },
];

/** At least 10 records in all [000:1117]. */
export const MINIMUM_RECORDS = 10;

export type SampleTarget = 'minimum' | 'recommended';

export interface SampleOptions {
  /** Whole number 0 – 2^32 − 1; the same seed and caseload give the same pick. */
  readonly seed: number;
  /** yyyy-mm-dd the "last 6 months" are counted back from (the visit). */
  readonly referenceDate: string;
  /** 'recommended' (default, 13 with interviewees) or 'minimum' (10). */
  readonly target?: SampleTarget;
}

export interface SamplePick {
  readonly id: string;
  readonly category: SampleCategoryId;
  /** For an employed record: the job started in the last 6 months. */
  readonly recentJobStart?: boolean;
}

export interface CategoryResult {
  readonly id: SampleCategoryId;
  readonly wanted: number;
  /** Records in the caseload that fit the category (before any were picked for another). */
  readonly eligible: number;
  readonly picked: number;
  /** wanted − picked: how many records the category is short (0 when full). */
  readonly short: number;
}

export interface RecordSample {
  readonly seed: number;
  readonly referenceDate: string;
  readonly target: SampleTarget;
  readonly picks: readonly SamplePick[];
  readonly categories: readonly CategoryResult[];
  /** Every category has its minimum and there are at least 10 records. */
  readonly meetsMinimum: boolean;
  /** One sentence per shortfall, in both languages. */
  readonly shortfalls: readonly Text[];
}

interface Classified {
  readonly record: CaseloadRecord;
  readonly categories: ReadonlySet<SampleCategoryId>;
  readonly recentJobStart: boolean;
}

function checkDate(value: string | null | undefined, where: string): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  isoToSerial(value.trim(), where);
  return value.trim();
}

/** The categories each record fits, checking ids (present, unique) and dates; #VALUE! naming the row. */
function classify(records: readonly CaseloadRecord[], referenceDate: string, sixMonthsBefore: string): Classified[] {
  const seen = new Map<string, number>();
  return records.map((record, index) => {
    const where = `caseload row ${index + 1}`;
    const id = String(record.id ?? '').trim();
    if (id === '') throw invalidValue(`${where}: the participant number is blank`);
    const earlier = seen.get(id);
    if (earlier !== undefined) throw invalidValue(`${where}: participant number "${id}" is also in row ${earlier}`);
    seen.set(id, index + 1);
    const closed = checkDate(record.closedDate, `${where}, closed date`);
    const jobStart = checkDate(record.jobStartDate, `${where}, job start date`);
    if (closed !== null && closed > referenceDate)
      throw invalidValue(`${where}: closed ${closed}, after the reference date ${referenceDate}`);
    const categories = new Set<SampleCategoryId>();
    if (record.interviewed === true) categories.add('interviewee');
    if (closed !== null && !record.employed && closed >= sixMonthsBefore) categories.add('closedWithoutJob');
    if (closed === null && record.employed) categories.add('employed');
    if (closed === null && !record.employed && (record.status === 'jobSeeking' || record.status === 'education'))
      categories.add('seekingOrEducation');
    const recentJobStart = jobStart !== null && jobStart >= sixMonthsBefore && jobStart <= referenceDate;
    return { record: { ...record, id }, categories, recentJobStart };
  });
}

/** The candidates of a category in draw order: shuffled, and for employed records recent job starts first. */
function drawOrder(category: SampleCategoryId, pool: readonly Classified[], random: () => number): Classified[] {
  if (category !== 'employed') return shuffled(pool, random);
  const recent = shuffled(
    pool.filter((entry) => entry.recentJobStart),
    random,
  );
  const older = shuffled(
    pool.filter((entry) => !entry.recentJobStart),
    random,
  );
  return [...recent, ...older];
}

function shortfallText(category: SampleCategory, picked: number, wanted: number): Text {
  return {
    nb: `Bare ${picked} av ${wanted} journaler for ${category.label.nb}.`,
    en: `Only ${picked} of ${wanted} records of ${category.label.en}.`,
  };
}

function recentStartsText(recent: number, wanted: number): Text {
  return {
    nb: `Bare ${recent} av ${wanted} journaler for personer i arbeid har jobbstart de siste 6 månedene (trengs for Tidsubegrenset oppfølging).`,
    en: `Only ${recent} of ${wanted} records of people in work have a job start in the last 6 months (needed for time-unlimited support).`,
  };
}

/**
 * A random sample of the caseload's records, category by category; a record is picked once. Says
 * which categories are short of records.
 */
export function pickRecordSample(records: readonly CaseloadRecord[], options: SampleOptions): RecordSample {
  const seed = checkSeed(options.seed);
  const referenceDate = options.referenceDate.trim();
  const sixMonthsBefore = addMonthsIso(referenceDate, -6, 'reference date');
  const target = options.target ?? 'recommended';
  const classified = classify(records, referenceDate, sixMonthsBefore);
  const random = seededRandom(seed);
  const taken = new Set<string>();
  const picks: SamplePick[] = [];
  const categories: CategoryResult[] = [];
  const shortfalls: Text[] = [];
  for (const category of RECORD_SAMPLE_CATEGORIES) {
    const wanted = target === 'minimum' ? category.minimum : category.recommended;
    const eligible = classified.filter((entry) => entry.categories.has(category.id));
    const chosen = drawOrder(
      category.id,
      eligible.filter((entry) => !taken.has(entry.record.id)),
      random,
    ).slice(0, wanted);
    for (const entry of chosen) {
      taken.add(entry.record.id);
      picks.push({
        id: entry.record.id,
        category: category.id,
        ...(category.id === 'employed' ? { recentJobStart: entry.recentJobStart } : {}),
      });
    }
    categories.push({
      id: category.id,
      wanted,
      eligible: eligible.length,
      picked: chosen.length,
      short: Math.max(0, wanted - chosen.length),
    });
    if (chosen.length < wanted) shortfalls.push(shortfallText(category, chosen.length, wanted));
    const recent = chosen.filter((entry) => entry.recentJobStart).length;
    if (category.id === 'employed' && recent < wanted) shortfalls.push(recentStartsText(recent, wanted));
  }
  const meetsMinimum =
    picks.length >= MINIMUM_RECORDS &&
    RECORD_SAMPLE_CATEGORIES.every((category, index) => categories[index]!.picked >= category.minimum);
  return { seed, referenceDate, target, picks, categories, meetsMinimum, shortfalls };
}
