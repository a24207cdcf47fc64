/**
 * The pane's import draft: a stray quote blocks the write until the user says how to read the
 * lines; a file's encoding is detected, shown and switchable; re-mapping re-uses the split CSV;
 * files over the limit are refused at once; large inputs are read in slices with progress.
 */
import { describe, expect, it } from 'vitest';
import { runChunked } from '../../src/ui/chunked';
import { refreshNow, refreshSteps } from '../../src/ui/import-draft';
import type { ImportProgress } from '../../src/core/inputs/steps';
import { IMPORT_LIMITS } from '../../src/core/inputs/limits';
import {
  blockingReasons,
  canWrite,
  initialInputsState,
  reduceInputs,
  type InputsAction,
  type InputsState,
} from '../../src/ui/inputs-state';

const run = (...actions: InputsAction[]): InputsState => actions.reduce(reduceInputs, initialInputsState());

const STRAY_QUOTE_LOG = [
  'Dato for kontakt;Jobbspesialist;Deltaker (ID);Kontaktform;Resultat',
  '01.02.2025;AB;P1;ansikt til ansikt;"Tilbud om praksis',
  '02.02.2025;AB;P2;telefon;Ringt, ingen svar',
  '03.02.2025;CD;P3;ansikt til ansikt;Sjefen sa "kanskje"',
  '04.02.2025;CD;P4;ansikt til ansikt;ok',
].join('\n');

describe('stray quotes in the pane', () => {
  it('stray quote: the import cannot be written until the user says how to read the merged lines', () => {
    let state = run({ type: 'startImport', text: STRAY_QUOTE_LOG, fileName: null, language: 'en' });
    const draft = state.draft!;
    expect(draft.tableId).toBe('employerContacts');
    expect(draft.csv!.merged).toEqual([{ line: 2, endLine: 4 }]);
    // Shown line by line meanwhile: every contact is there.
    expect(draft.rows.map((row) => row.line)).toEqual([2, 3, 4, 5]);
    expect(canWrite(draft)).toBe(false);
    expect(
      blockingReasons(draft)
        .map((reason) => reason.en)
        .join(' '),
    ).toMatch(/Line 2–4: a quote opens a value that runs over several lines/);

    state = reduceInputs(state, { type: 'quoteReading', reading: 'split', language: 'en' });
    expect(state.draft!.rows.map((row) => row.line)).toEqual([2, 3, 4, 5]);
    expect(canWrite(state.draft!)).toBe(true);

    state = reduceInputs(state, { type: 'quoteReading', reading: 'keep', language: 'en' });
    expect(state.draft!.rows.map((row) => row.line)).toEqual([2, 5]);
    expect(state.draft!.csv!.merged).toEqual([{ line: 2, endLine: 4 }]);
    expect(canWrite(state.draft!)).toBe(true);
  });

  it('a file without stray quotes asks nothing', () => {
    const state = run({
      type: 'startImport',
      text: STRAY_QUOTE_LOG.replace('"Tilbud', 'Tilbud'),
      fileName: null,
      language: 'en',
    });
    expect(state.draft!.csv!.merged).toEqual([]);
    expect(canWrite(state.draft!)).toBe(true);
  });
});

describe('the encoding of a file', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const mixed = Uint8Array.from([
    ...utf8('Jobbspesialist;Rolle\nÅS;jobbspesialist\n'),
    ...Buffer.from('ØL;jobbspesialist\n', 'latin1'),
    ...utf8('ÆB;metodeveileder\n'),
  ]);

  it('mixed encoding: read as UTF-8, said so, the undecodable line reported; the user can switch to Windows-1252', () => {
    let state = run({ type: 'startFile', bytes: mixed, fileName: 'ansatte.csv', language: 'en' });
    let draft = state.draft!;
    expect(draft.decoded).toMatchObject({ encoding: 'utf-8', detected: true, badLines: [3] });
    expect(draft.rows.map((row) => row.values['specialist'])).toEqual(['ÅS', 'ÆB']);
    expect(draft.result!.errors).toEqual([expect.objectContaining({ line: 3, column: 'specialist' })]);

    state = reduceInputs(state, { type: 'encoding', encoding: 'windows-1252', language: 'en' });
    draft = state.draft!;
    expect(draft.decoded).toMatchObject({ encoding: 'windows-1252', detected: false, badLines: [] });
    expect(draft.rows.map((row) => row.values['specialist'])).toEqual(['Ã…S', 'ØL', 'Ã†B']);
    expect(draft.tableId).toBe('staff');
  });

  it('a file over the size limit is refused at once with a message in both languages', () => {
    const state = run({
      type: 'startFile',
      bytes: new Uint8Array(IMPORT_LIMITS.fileBytes + 1),
      fileName: 'stor.csv',
      language: 'nb',
    });
    expect(state.draft).toBeNull();
    expect(state.message?.kind).toBe('error');
    expect(state.message!.text.nb).toMatch(/^Filen er 50,0 MB; importen tar filer på høyst 50 MB/);
    expect(state.message!.text.en).toMatch(/^The file is 50.0 MB; the import takes files of at most 50 MB/);
  });
});

describe('size and speed', () => {
  const contacts = (rows: number) =>
    [
      'Dato for kontakt;Jobbspesialist;Deltaker (ID);Kontaktform;Resultat',
      ...Array.from({ length: rows }, (_, i) => `0${1 + (i % 9)}.02.2025;JS${i % 12};P${i % 3000};telefon;notat ${i}`),
    ].join('\n');

  it('re-mapping after a mapping change re-uses the split CSV: the file is not parsed again', () => {
    let state = run({ type: 'startImport', text: contacts(50), fileName: null, language: 'nb' });
    const csv = state.draft!.csv;
    state = reduceInputs(state, { type: 'mapColumn', header: 'Resultat', column: null, language: 'nb' });
    expect(state.draft!.csv).toBe(csv);
    expect(state.draft!.rows.every((row) => row.values['result'] === null)).toBe(true);
  });

  it('a large paste is not read in the reducer: the view reads it in slices, with progress, to the same result', async () => {
    const text = contacts(20_000);
    let state = run({ type: 'startImport', text, fileName: null, language: 'nb' });
    expect(state.draft!.needs).toBe('parse');
    expect(state.draft!.result).toBeNull();
    expect(blockingReasons(state.draft!).map((reason) => reason.en)).toEqual(['The data is still being read.']);

    const progress: ImportProgress[] = [];
    let pauses = 0;
    let clock = 0;
    const refreshed = await runChunked(refreshSteps(state.draft!, state.pseudonyms), {
      budgetMs: 1,
      now: () => clock++,
      pause: async () => {
        pauses += 1;
      },
      onProgress: (p) => progress.push(p),
    });
    expect(pauses).toBeGreaterThan(10);
    expect(new Set(progress.map((p) => p.phase))).toEqual(new Set(['parse', 'rows', 'privacy']));
    for (const p of progress) expect(p.done).toBeLessThanOrEqual(p.total);
    state = reduceInputs(state, { type: 'refreshed', ...refreshed! });
    expect(state.draft!.needs).toBeNull();
    expect(state.draft!.rows).toHaveLength(20_000);
    expect(state.draft!.rows).toEqual(
      refreshNow(run({ type: 'startImport', text, fileName: null, language: 'nb' }).draft!, {}).draft.rows,
    );
    expect(canWrite(state.draft!)).toBe(true);
  });

  it('a slow read of an older draft is not taken once the user changed something', () => {
    const text = contacts(20_000);
    let state = run({ type: 'startImport', text, fileName: null, language: 'nb' });
    const old = refreshNow(state.draft!, {});
    state = reduceInputs(state, { type: 'chooseTable', tableId: 'staff', language: 'nb' });
    state = reduceInputs(state, { type: 'refreshed', ...old });
    expect(state.draft!.needs).not.toBeNull();
    expect(state.draft!.tableId).toBe('staff');
  });

  it('a read in slices stops when its draft is cancelled or changed', async () => {
    const state = run({ type: 'startImport', text: contacts(20_000), fileName: null, language: 'nb' });
    let pauses = 0;
    const stopped = await runChunked(refreshSteps(state.draft!, {}), {
      budgetMs: 0,
      pause: async () => {
        pauses += 1;
      },
      stop: () => pauses >= 3,
    });
    expect(stopped).toBeNull();
    expect(pauses).toBe(3);
  });

  it('the slices give the event loop back at least every budget', async () => {
    let clock = 0;
    const gaps: number[] = [];
    let last = 0;
    function* work() {
      for (let i = 0; i < 100; i++) {
        clock += 7; // each step takes 7 ms
        yield { phase: 'rows' as const, done: i, total: 100 };
      }
      return 'done';
    }
    const result = await runChunked(work(), {
      budgetMs: 40,
      now: () => clock,
      pause: async () => {
        gaps.push(clock - last);
        last = clock;
      },
    });
    expect(result).toBe('done');
    expect(Math.max(...gaps)).toBeLessThanOrEqual(40 + 7);
  });
});
