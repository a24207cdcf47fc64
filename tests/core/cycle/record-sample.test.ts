/**
 * The record sample: a seeded random pick of at least 10 records (2 closed without a job in the
 * last 6 months, 5 employed and still in IPS, 3 job seekers or students) and, as recommended, 3
 * interviewees: 13 [000:1117–1125, 1230–1250]. Same seed → same pick; short categories reported.
 */
import { describe, expect, it } from 'vitest';
import { checkSeed, seededRandom, shuffled } from '../../../src/core/cycle/prng';
import { pickRecordSample, RECORD_SAMPLE_CATEGORIES, type CaseloadRecord } from '../../../src/core/cycle/record-sample';

const VISIT = '2025-06-15';

/** A caseload of 40: 6 closed without a job (2 of them long ago), 14 employed, 12 seeking or in education, 8 other. */
function caseload(): CaseloadRecord[] {
  const records: CaseloadRecord[] = [];
  const add = (record: Omit<CaseloadRecord, 'id'>) =>
    records.push({ id: `P${String(records.length + 1).padStart(2, '0')}`, ...record });
  for (const closedDate of ['2025-01-10', '2025-03-01', '2025-05-30', '2025-06-15', '2024-11-01', '2024-12-14'])
    add({ employed: false, closedDate });
  for (let i = 0; i < 14; i++)
    add({ employed: true, jobStartDate: i < 7 ? '2025-04-01' : '2024-06-01', interviewed: i === 0 });
  for (let i = 0; i < 12; i++) add({ employed: false, status: i % 2 ? 'education' : 'jobSeeking', interviewed: i < 2 });
  for (let i = 0; i < 8; i++) add({ employed: false, status: 'other', interviewed: i === 0 });
  add({ employed: true, closedDate: '2025-04-01' }); // closed with a job: in no category
  return records;
}

const byCategory = (picks: readonly { id: string; category: string }[]) =>
  Object.fromEntries(
    RECORD_SAMPLE_CATEGORIES.map((category) => [
      category.id,
      picks.filter((pick) => pick.category === category.id).map((pick) => pick.id),
    ]),
  );

describe('the seeded generator', () => {
  it('repeats its sequence from the same seed and differs for another', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    const c = seededRandom(43);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
  });

  it('shuffles to a permutation, the same for the same seed', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const once = shuffled(items, seededRandom(7));
    expect([...once].sort((x, y) => x - y)).toEqual(items);
    expect(shuffled(items, seededRandom(7))).toEqual(once);
    expect(once).not.toEqual(items);
  });

  it('refuses a seed that is not a whole number 0 – 2^32 − 1', () => {
    for (const seed of [-1, 1.5, 2 ** 32, Number.NaN])
      expect(() => checkSeed(seed)).toThrow(/seed: expected a whole number/);
    expect(checkSeed(0)).toBe(0);
    expect(checkSeed(2 ** 32 - 1)).toBe(2 ** 32 - 1);
  });
});

describe('pickRecordSample', () => {
  it('picks 13 records by the recommended counts, each once, and records the seed', () => {
    const sample = pickRecordSample(caseload(), { seed: 20250615, referenceDate: VISIT });
    expect(sample.seed).toBe(20250615);
    expect(sample.target).toBe('recommended');
    expect(sample.picks).toHaveLength(13);
    expect(new Set(sample.picks.map((pick) => pick.id)).size).toBe(13);
    expect(sample.categories.map((c) => [c.id, c.wanted, c.picked, c.short])).toEqual([
      ['interviewee', 3, 3, 0],
      ['closedWithoutJob', 2, 2, 0],
      ['employed', 5, 5, 0],
      ['seekingOrEducation', 3, 3, 0],
    ]);
    expect(sample.meetsMinimum).toBe(true);
    expect(sample.shortfalls).toEqual([]);
    // Six months before 2025-06-15 is 2024-12-15: closed on 2024-12-14 is too early, on the visit day counts.
    expect(sample.categories.map((c) => c.eligible)).toEqual([4, 4, 14, 12]);
  });

  it('gives the same pick for the same seed and caseload, and another for another seed', () => {
    const a = pickRecordSample(caseload(), { seed: 1, referenceDate: VISIT });
    expect(pickRecordSample(caseload(), { seed: 1, referenceDate: VISIT }).picks).toEqual(a.picks);
    const others = [2, 3, 4].map((seed) => pickRecordSample(caseload(), { seed, referenceDate: VISIT }).picks);
    expect(others.some((picks) => JSON.stringify(picks) !== JSON.stringify(a.picks))).toBe(true);
  });

  it('only takes records that fit: closed in the last 6 months without a job, employed and still in IPS, seeking or in education', () => {
    const records = caseload();
    const find = (id: string) => records.find((record) => record.id === id)!;
    for (let seed = 0; seed < 30; seed++) {
      const picked = byCategory(pickRecordSample(records, { seed, referenceDate: VISIT }).picks);
      for (const id of picked.closedWithoutJob!) {
        expect(find(id).employed).toBe(false);
        expect(find(id).closedDate! >= '2024-12-15').toBe(true);
      }
      for (const id of picked.employed!) expect(find(id)).toMatchObject({ employed: true });
      for (const id of picked.employed!) expect(find(id).closedDate).toBeUndefined();
      for (const id of picked.seekingOrEducation!) expect(['jobSeeking', 'education']).toContain(find(id).status);
      for (const id of picked.interviewee!) expect(find(id).interviewed).toBe(true);
    }
  });

  it('prefers employed records with a job start in the last 6 months', () => {
    for (let seed = 0; seed < 20; seed++) {
      const sample = pickRecordSample(caseload(), { seed, referenceDate: VISIT });
      const employed = sample.picks.filter((pick) => pick.category === 'employed');
      expect(employed.every((pick) => pick.recentJobStart === true)).toBe(true);
    }
  });

  it('picks 10 with target minimum, without interviewees', () => {
    const sample = pickRecordSample(caseload(), { seed: 9, referenceDate: VISIT, target: 'minimum' });
    expect(sample.picks).toHaveLength(10);
    expect(sample.categories[0]).toMatchObject({ id: 'interviewee', wanted: 0, picked: 0, short: 0 });
    expect(sample.meetsMinimum).toBe(true);
  });

  it('says which categories are short, in both languages, and that the minimum is not met', () => {
    const records: CaseloadRecord[] = [
      { id: '1', employed: false, closedDate: '2025-02-01' },
      { id: '2', employed: true, jobStartDate: '2025-05-01' },
      { id: '3', employed: true },
      { id: '4', employed: false, status: 'jobSeeking' },
      { id: '5', employed: false, status: 'education' },
      { id: '6', employed: false, status: 'jobSeeking' },
      { id: '7', employed: false, status: 'jobSeeking' },
    ];
    const sample = pickRecordSample(records, { seed: 5, referenceDate: VISIT });
    expect(sample.categories.map((c) => [c.id, c.eligible, c.picked, c.short])).toEqual([
      ['interviewee', 0, 0, 3],
      ['closedWithoutJob', 1, 1, 1],
      ['employed', 2, 2, 3],
      ['seekingOrEducation', 4, 3, 0],
    ]);
    expect(sample.meetsMinimum).toBe(false);
    expect(sample.shortfalls).toEqual([
      {
        nb: 'Bare 0 av 3 journaler for personer som skal intervjues.',
        en: 'Only 0 of 3 records of people to be interviewed.',
      },
      {
        nb: 'Bare 1 av 2 journaler for personer uten jobb tatt ut av IPS de siste 6 månedene.',
        en: 'Only 1 of 2 records of people without a job closed in IPS in the last 6 months.',
      },
      {
        nb: 'Bare 2 av 5 journaler for personer i arbeid som fortsatt er i IPS.',
        en: 'Only 2 of 5 records of people in work who are still in IPS.',
      },
      {
        nb: 'Bare 1 av 5 journaler for personer i arbeid har jobbstart de siste 6 månedene (trengs for Tidsubegrenset oppfølging).',
        en: 'Only 1 of 5 records of people in work have a job start in the last 6 months (needed for time-unlimited support).',
      },
    ]);
  });

  it('does not let an interviewee be counted twice', () => {
    const records: CaseloadRecord[] = [
      ...Array.from({ length: 3 }, (_, i) => ({ id: `i${i}`, employed: true, interviewed: true })),
      ...Array.from({ length: 5 }, (_, i) => ({ id: `e${i}`, employed: true })),
    ];
    const sample = pickRecordSample(records, { seed: 3, referenceDate: VISIT });
    const picked = byCategory(sample.picks);
    expect(picked.interviewee!.sort()).toEqual(['i0', 'i1', 'i2']);
    expect(picked.employed!.sort()).toEqual(['e0', 'e1', 'e2', 'e3', 'e4']);
    expect(sample.categories.find((c) => c.id === 'employed')!.eligible).toBe(8);
  });

  it('refuses a blank or repeated participant number, a bad date, a closing after the visit, and a bad reference date', () => {
    expect(() => pickRecordSample([{ id: ' ', employed: true }], { seed: 1, referenceDate: VISIT })).toThrow(
      'caseload row 1: the participant number is blank',
    );
    expect(() =>
      pickRecordSample(
        [
          { id: 'A', employed: true },
          { id: 'A ', employed: false },
        ],
        { seed: 1, referenceDate: VISIT },
      ),
    ).toThrow('caseload row 2: participant number "A" is also in row 1');
    expect(() =>
      pickRecordSample([{ id: 'A', employed: false, closedDate: '2025-02-30' }], { seed: 1, referenceDate: VISIT }),
    ).toThrow('caseload row 1, closed date: expected a date written yyyy-mm-dd, got "2025-02-30"');
    expect(() =>
      pickRecordSample([{ id: 'A', employed: false, closedDate: '2025-07-01' }], { seed: 1, referenceDate: VISIT }),
    ).toThrow('caseload row 1: closed 2025-07-01, after the reference date 2025-06-15');
    expect(() => pickRecordSample([], { seed: 1, referenceDate: '15.06.2025' })).toThrow(
      /reference date: expected a date/,
    );
    expect(() => pickRecordSample([], { seed: -1, referenceDate: VISIT })).toThrow(/seed/);
  });
});
