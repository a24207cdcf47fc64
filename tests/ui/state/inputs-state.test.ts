/**
 * The input-tables screen's pure state: table guessed and columns mapped from a CSV, every
 * unreadable row listed, names and fødselsnummer blocking the write until replaced by IDs (or
 * left out), codes stable across tables, and the plans that put the rows into the sheet.
 */
import { mergeCapacity } from '../../../src/core/sheets/wired-score-sheet';
import { describe, expect, it } from 'vitest';
import {
  CASELOAD_TABLE,
  DEFAULT_CAPACITY,
  JOBS_TABLE,
  TABLE_LAYOUT,
  columnIndex,
} from '../../../src/core/inputs/tables';
import type { CellValue } from '../../../src/core/cells';
import {
  blockingReasons,
  canWrite,
  filledDataRows,
  guessTableOf,
  capacityFor,
  importPlans,
  MAX_CAPACITY,
  initialInputsState,
  reduceInputs,
  tablePlan,
  tablePresence,
  type InputsAction,
  type InputsState,
} from '../../../src/ui/inputs-state';

const run = (...actions: InputsAction[]): InputsState => actions.reduce(reduceInputs, initialInputsState());

const JOBS_CSV = [
  'Deltaker;Jobbspesialist;Startdato;Sluttdato;Stilling;Arbeidsgiver;Ordinær jobb',
  'P1;AB;01.02.2025;;Kokk;Kafé Sentrum;ja',
  'P2;AB;15.01.2025;;Butikkmedarbeider;Rema 1000;ja',
  '',
  'P3;CD;31.02.2025;;Sjåfør;Posten;ja',
  'P4;CD;2025-01-10;;Lagerarbeider;Posten;kanskje',
  'Deltaker;Jobbspesialist;Startdato;Sluttdato;Stilling;Arbeidsgiver;Ordinær jobb',
  'P5;EF;2024-12-01;2025-02-01;Renholder;Renhold AS;nei',
].join('\n');

const NAMES_CSV = [
  'Deltaker;Jobbspesialist;Status',
  'Kari Nordmann;Ole Hansen;jobbsøker',
  'Per Olsen;Ole Hansen;i arbeid',
  'Anne Berg;Lise Dahl;jobbsøker',
].join('\n');

describe('starting an import', () => {
  it('guesses the table from the headers and reads what it can, listing every unreadable row', () => {
    expect(guessTableOf(JOBS_CSV)).toBe('jobs');
    const state = run({ type: 'startImport', text: JOBS_CSV, fileName: 'jobber.csv', language: 'nb' });
    const draft = state.draft!;
    expect(draft.tableId).toBe('jobs');
    expect(draft.guessed).toBe('jobs');
    expect(draft.rows.map((row) => row.line)).toEqual([2, 3, 8]);
    expect(draft.rows[0]!.values).toMatchObject({
      participant: 'P1',
      specialist: 'AB',
      startDate: '2025-02-01',
      endDate: null,
      jobTitle: 'Kokk',
      competitive: true,
    });
    const errors = draft.result!.errors.map((issue) => [issue.line, issue.column]);
    expect(errors).toEqual([
      [5, 'startDate'],
      [6, 'competitive'],
    ]);
    expect(draft.result!.errors[0]!.message).toMatch(/ventet en dato/);
    expect(draft.result!.skipped.map((skip) => [skip.line, skip.reason])).toEqual([
      [4, 'blank'],
      [7, 'repeatedHeader'],
    ]);
    expect(draft.findings).toEqual([]);
    expect(canWrite(draft)).toBe(true);
  });

  it('uses the table chosen beforehand, lets the user change table and override a column', () => {
    let state = run(
      { type: 'preselect', tableId: 'caseload' },
      { type: 'startImport', text: JOBS_CSV, fileName: null, language: 'en' },
    );
    expect(state.draft!.tableId).toBe('caseload');
    expect(
      blockingReasons(state.draft!)
        .map((reason) => reason.en)
        .join(' '),
    ).toMatch(/required column "Status" is missing/);
    state = reduceInputs(state, { type: 'chooseTable', tableId: 'jobs', language: 'en' });
    expect(state.draft!.rows.length).toBe(3);
    // "Stilling" read as the job type instead of the title.
    state = reduceInputs(state, { type: 'mapColumn', header: 'Stilling', column: 'jobType', language: 'en' });
    expect(state.draft!.rows[0]!.values).toMatchObject({ jobType: 'Kokk', jobTitle: null });
    expect(state.draft!.result!.mapping.find((m) => m.header === 'Stilling')).toMatchObject({
      column: 'jobType',
      how: 'override',
    });
    state = reduceInputs(state, { type: 'mapColumn', header: 'Ordinær jobb', column: null, language: 'en' });
    expect(state.draft!.rows.length).toBe(4); // the row with "kanskje" is readable once the column is not used
    state = reduceInputs(state, { type: 'cancelImport' });
    expect(state.draft).toBeNull();
    expect(state.preselect).toBeNull();
  });

  it('says so when there is nothing to read', () => {
    const state = run({ type: 'startImport', text: '  \n', fileName: null, language: 'nb' });
    expect(state.draft).toBeNull();
    expect(state.message?.kind).toBe('warning');
  });
});

describe('anonymity before anything is written', () => {
  it('blocks names until replaced by IDs, left out or confirmed; codes are stable across tables', () => {
    let state = run({ type: 'startImport', text: NAMES_CSV, fileName: null, language: 'nb' });
    expect(state.draft!.tableId).toBe('caseload');
    const kinds = state.draft!.findings.map((finding) => [finding.column, finding.kind]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        ['participant', 'names'],
        ['specialist', 'names'],
      ]),
    );
    expect(canWrite(state.draft!)).toBe(false);

    state = reduceInputs(state, { type: 'pseudonymize', column: 'participant', language: 'nb' });
    expect(state.draft!.rows.map((row) => row.values['participant'])).toEqual(['P001', 'P002', 'P003']);
    state = reduceInputs(state, { type: 'pseudonymize', column: 'specialist', language: 'nb' });
    expect(state.draft!.rows.map((row) => row.values['specialist'])).toEqual(['JS001', 'JS001', 'JS002']);
    expect(state.draft!.findings).toEqual([]);
    expect(canWrite(state.draft!)).toBe(true);

    // A later import in the same session: the same specialist gets the same code.
    state = reduceInputs(state, { type: 'imported' });
    state = reduceInputs(state, {
      type: 'startImport',
      text: 'Jobbspesialist;Rolle\nLise Dahl;jobbspesialist\nOle Hansen;jobbspesialist\nNy Person;metodeveileder',
      fileName: null,
      language: 'nb',
    });
    expect(state.draft!.tableId).toBe('staff');
    state = reduceInputs(state, { type: 'pseudonymize', column: 'specialist', language: 'nb' });
    expect(state.draft!.rows.map((row) => row.values['specialist'])).toEqual(['JS002', 'JS001', 'JS003']);
  });

  it('lets the user confirm a flagged column holds no personal data, or leave it out', () => {
    let state = run({ type: 'startImport', text: NAMES_CSV, fileName: null, language: 'nb' });
    state = reduceInputs(state, { type: 'acknowledge', value: true });
    expect(canWrite(state.draft!)).toBe(true);
    state = reduceInputs(state, { type: 'acknowledge', value: false });
    state = reduceInputs(state, { type: 'leaveOut', column: 'specialist', language: 'nb' });
    // Specialist is required on the caseload: without it nothing can be written.
    expect(state.draft!.findings.map((finding) => finding.column)).toEqual(['participant']);
    expect(canWrite(state.draft!)).toBe(false);
    expect(
      blockingReasons(state.draft!)
        .map((reason) => reason.nb)
        .join(' '),
    ).toMatch(/påkrevd kolonne «Jobbspesialist» mangler/);
  });

  it('blocks fødselsnummer absolutely: no confirmation, only IDs or leaving the column out', () => {
    const csv = ['Journal nr;Deltaker;Andre notater', '1;P1;ok', '2;P2;fnr 01017012345 ved innskriving', '3;P3;'].join(
      '\n',
    );
    // 01017012345 is not valid; build a valid one.
    const valid = validFodselsnummer();
    let state = run({ type: 'startImport', text: csv.replace('01017012345', valid), fileName: null, language: 'nb' });
    expect(state.draft!.tableId).toBe('chartReview');
    expect(state.draft!.findings.map((finding) => [finding.column, finding.kind])).toEqual([['notes', 'nationalId']]);
    state = reduceInputs(state, { type: 'acknowledge', value: true });
    expect(canWrite(state.draft!)).toBe(false);
    expect(blockingReasons(state.draft!)[0]!.nb).toMatch(/fødselsnummer/);
    state = reduceInputs(state, { type: 'leaveOut', column: 'notes', language: 'nb' });
    expect(state.draft!.findings).toEqual([]);
    expect(state.draft!.rows.every((row) => row.values['notes'] === null)).toBe(true);
    expect(canWrite(state.draft!)).toBe(true);
  });
});

/** A valid fødselsnummer for 1 January 1990 (control digits computed). */
function validFodselsnummer(): string {
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  for (let n = 100; n < 999; n++) {
    const digits = `010190${n}`.split('').map(Number);
    const k1 = 11 - (w1.reduce((sum, w, i) => sum + w * digits[i]!, 0) % 11);
    if (k1 === 10) continue;
    digits.push(k1 === 11 ? 0 : k1);
    const k2 = 11 - (w2.reduce((sum, w, i) => sum + w * digits[i]!, 0) % 11);
    if (k2 === 10) continue;
    digits.push(k2 === 11 ? 0 : k2);
    return digits.join('');
  }
  throw new Error('none');
}

describe('plans that write the rows', () => {
  const draftOf = (text: string, mode: 'replace' | 'append' = 'replace') => {
    let state = run({ type: 'startImport', text, fileName: null, language: 'nb' });
    state = reduceInputs(state, { type: 'mode', mode });
    return state.draft!;
  };
  const existing = (rows: number): CellValue[][] => [
    JOBS_TABLE.columns.map((column) => column.header.nb),
    JOBS_TABLE.columns.map((column) => column.help.nb),
    ...Array.from({ length: rows }, (_, i) => JOBS_TABLE.columns.map((_, c) => (c === 0 ? `OLD${i}` : ''))),
  ];

  it('writes the whole table sheet with the rows when the sheet is new; dates as serial numbers', () => {
    const { plans, firstRow, rows } = importPlans(draftOf(JOBS_CSV), 'nb', '', null);
    expect(plans).toHaveLength(1);
    expect(plans[0]!.sheet).toBe('Jobber');
    expect(plans[0]!.blocks[0]!.values[0]![0]).toBe('Deltaker (ID)');
    expect(firstRow).toBe(TABLE_LAYOUT.firstDataRow);
    expect(rows).toBe(3);
    const block = plans[0]!.blocks.at(-1)!;
    expect(block.row).toBe(2);
    expect(block.values[0]![columnIndex(JOBS_TABLE, 'startDate')]).toBe(45689); // 2025-02-01
    expect(block.values[0]![columnIndex(JOBS_TABLE, 'competitive')]).toBe('ja');
  });

  it('replaces rows and blanks the old rows below, or appends after the last filled row', () => {
    const replace = importPlans(draftOf(JOBS_CSV), 'nb', '', existing(5));
    expect(replace.plans).toHaveLength(1);
    expect(replace.plans[0]!.blocks.map((block) => [block.row, block.values.length])).toEqual([
      [2, 3],
      [5, 2],
    ]);
    expect(replace.cleared).toBe(2);
    const append = importPlans(draftOf(JOBS_CSV, 'append'), 'nb', '', existing(5));
    expect(append.firstRow).toBe(7);
    expect(append.plans[0]!.blocks).toHaveLength(1);
    expect(filledDataRows(existing(5), JOBS_TABLE)).toBe(5);
    expect(filledDataRows(null, JOBS_TABLE)).toBe(0);
  });

  it('extends a table too small for the rows (the formulas would not see them), up to 100 000 rows', () => {
    const many = ['Deltaker;Stilling', ...Array.from({ length: 2000 }, (_, i) => `P${i};Kokk`)].join('\n');
    const extended = importPlans(draftOf(many), 'nb', '', null);
    expect(extended.rows).toBe(2000);
    expect(extended.extended).toBe(3000);
    expect(extended.capacity).toEqual({ jobs: 3000 });
    expect(importPlans(draftOf(many), 'nb', '', null, { jobs: 5000 })).toMatchObject({
      rows: 2000,
      extended: null,
      capacity: { jobs: 5000 },
    });
    expect(importPlans(draftOf(JOBS_CSV), 'nb', '', null)).toMatchObject({ extended: null, capacity: {} });
    expect(capacityFor(3)).toBe(DEFAULT_CAPACITY);
    expect(capacityFor(1998)).toBe(DEFAULT_CAPACITY);
    expect(capacityFor(1999)).toBe(3000);
    expect(capacityFor(10_000)).toBe(11_000);
    expect(capacityFor(99_500)).toBe(MAX_CAPACITY);
    expect(capacityFor(MAX_CAPACITY + 1)).toBeNull();
    expect(mergeCapacity({ jobs: 3000, staff: 5000 }, { jobs: 11_000, staff: 4000 })).toEqual({
      jobs: 11_000,
      staff: 5000,
    });
  });

  it('imports 10 000 job starts: the table sheet is written again with validations over 11 000 rows', () => {
    const text = [
      'Deltaker;Stilling;Startdato',
      ...Array.from({ length: 10_000 }, (_, i) => `P${i};Kokk;01.02.2025`),
    ].join('\n');
    const draft = draftOf(text);
    expect(draft.rows).toHaveLength(10_000);
    // The sheet exists with the default 1998 rows and 5 rows in use: it is written again, larger.
    const planned = importPlans(draft, 'nb', '', existing(5));
    expect(planned).toMatchObject({ rows: 10_000, extended: 11_000, capacity: { jobs: 11_000 }, cleared: 0 });
    expect(planned.plans).toHaveLength(1);
    const plan = planned.plans[0]!;
    expect(plan.blocks[0]!.values[0]![0]).toBe('Deltaker (ID)');
    expect(plan.blocks.at(-1)!.values).toHaveLength(10_000);
    const last = TABLE_LAYOUT.firstDataRow + 11_000 - 1;
    expect(plan.validations!.length).toBeGreaterThan(0);
    for (const validation of plan.validations!) expect(validation.range.row + validation.range.rows - 1).toBe(last);
    // Appended after 9 000 rows of an 11 000-row table (known from the score sheet), it grows again.
    const bigger = importPlans(
      draftOf(text.split('\n').slice(0, 3001).join('\n'), 'append'),
      'nb',
      '',
      existing(9_000),
      { jobs: 11_000 },
    );
    expect(bigger).toMatchObject({ firstRow: 9_002, extended: 13_000, capacity: { jobs: 13_000 } });
    // A table already extended (rows beyond the default in use) is known from its rows.
    expect(importPlans(draftOf(JOBS_CSV), 'nb', '', existing(2_500))).toMatchObject({
      extended: null,
      capacity: { jobs: 2_500 },
      cleared: 2_497,
    });
  });

  it('refuses more rows than the largest table holds', () => {
    const text = ['Deltaker;Stilling', ...Array.from({ length: 10 }, (_, i) => `P${i};Kokk`)].join('\n');
    expect(() =>
      importPlans(draftOf(text, 'append'), 'nb', '', existing(MAX_CAPACITY - 5), { jobs: MAX_CAPACITY }),
    ).toThrow(/10 rows do not fit; a table holds at most 100000 rows and 99995 are in use/);
  });

  it('remembers the capacities learnt, per table the larger', () => {
    let state = initialInputsState();
    state = reduceInputs(state, { type: 'capacity', capacity: { jobs: 11_000 } });
    state = reduceInputs(state, { type: 'capacity', capacity: { jobs: 3_000, staff: 4_000 } });
    expect(state.capacity).toEqual({ jobs: 11_000, staff: 4_000 });
  });
});

describe("tables in the service's words", () => {
  it('puts the team word in the generated headers and help texts', () => {
    const plan = tablePlan('caseload', 'nb', 'booppfølgingsteam');
    const headers = plan.blocks[0]!.values[0]!;
    const help = plan.blocks[0]!.values[1]!;
    expect(headers[columnIndex(CASELOAD_TABLE, 'team')]).toBe('Booppfølgingsteam');
    expect(help[columnIndex(CASELOAD_TABLE, 'fromAttachedTeam')]).toMatch(/^ja hvis booppfølgingsteamet er/);
    const en = tablePlan('caseload', 'en', 'housing support team');
    expect(en.blocks[0]!.values[0]![columnIndex(CASELOAD_TABLE, 'team')]).toBe('Housing support team');
    expect(tablePlan('caseload', 'nb', '  ').blocks[0]!.values[0]![columnIndex(CASELOAD_TABLE, 'team')]).toBe(
      'Behandlingsteam',
    );
  });

  it('finds a table under its sheet name in this language or the other', () => {
    expect(tablePresence(['Jobber', 'IPS'], JOBS_TABLE, 'nb')).toBe('present');
    expect(tablePresence(['jobs'], JOBS_TABLE, 'nb')).toBe('otherLanguage');
    expect(tablePresence([], JOBS_TABLE, 'en')).toBe('missing');
  });
});

describe('long work on the screen', () => {
  it('shows the step it is at and is cleared when it ends', () => {
    let state = initialInputsState();
    expect(state.activity).toBeNull();
    state = reduceInputs(state, { type: 'activity', activity: { kind: 'link', step: 1 } });
    expect(state.activity).toEqual({ kind: 'link', step: 1 });
    state = reduceInputs(state, { type: 'activity', activity: { kind: 'link', step: 2 } });
    expect(state.activity?.step).toBe(2);
    state = reduceInputs(state, { type: 'activity', activity: null });
    expect(state.activity).toBeNull();
  });
});
