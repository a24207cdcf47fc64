/** The pane's one call into the import modules (core/inputs/analyse.ts: analyseSourceSteps). */
import { describe, expect, it } from 'vitest';
import { analyseSourceSteps, type ImportSource } from '../../../src/core/inputs/analyse';
import { runToEnd } from '../../../src/core/inputs/steps';

const JOBS_CSV = 'Deltaker;Stilling;Startdato\nP1;Kokk;01.02.2025\nP2;Snekker;03.04.2025\n';

const source = (change: Partial<ImportSource>): ImportSource => ({
  from: 'parse',
  bytes: null,
  text: JOBS_CSV,
  csv: null,
  quoteReading: 'split',
  tableId: null,
  tableChosen: false,
  analyse: { language: 'nb' },
  ...change,
});

describe('analyseSourceSteps', () => {
  it('reads a file from its bytes to the rows in one call: decoded, split, table guessed, analysed', () => {
    const bytes = new TextEncoder().encode(JOBS_CSV);
    const read = runToEnd(analyseSourceSteps(source({ from: 'decode', bytes, text: '' })));
    expect(read.text).toBe(JOBS_CSV);
    expect(read.decoded).toMatchObject({ encoding: 'utf-8', detected: true });
    expect(read.guessed).toBe('jobs');
    expect(read.tableId).toBe('jobs');
    expect(read.analysis!.rows).toHaveLength(2);
  });

  it('keeps a table the user chose when the text is split again, and has no analysis without a table', () => {
    const chosen = runToEnd(analyseSourceSteps(source({ tableId: 'staff', tableChosen: true })));
    expect(chosen).toMatchObject({ guessed: 'jobs', tableId: 'staff' });
    const none = runToEnd(analyseSourceSteps(source({ text: 'a;b\n1;2\n' })));
    expect(none).toMatchObject({ guessed: null, tableId: null, analysis: null });
  });

  it('analyses a new mapping without splitting again, and drops overrides naming another table', () => {
    const first = runToEnd(analyseSourceSteps(source({})));
    const again = runToEnd(
      analyseSourceSteps(
        source({
          from: 'analyse',
          csv: first.csv,
          tableId: 'jobs',
          analyse: { language: 'nb', overrides: { Stilling: null, Deltaker: 'no-such-column' } },
        }),
      ),
    );
    expect(again.csv).toBe(first.csv);
    expect(again.guessed).toBeUndefined();
    const mapping = again.analysis!.result.mapping;
    expect(mapping.find((entry) => entry.header === 'Stilling')?.column).toBeNull();
    expect(mapping.find((entry) => entry.header === 'Deltaker')?.column).toBe(
      first.analysis!.result.mapping.find((entry) => entry.header === 'Deltaker')?.column,
    );
  });
});
