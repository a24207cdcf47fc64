/**
 * Issue 11 #10 in the import: counts in the singular for one and formatted as the language writes
 * them (12 345), the first values of a column as the sheet shows them (0,8 in bokmål), and the
 * overwrite dialog's numbers in the pane's language.
 */
import { describe, expect, it } from 'vitest';
import { conflictDialog } from '../../../src/ui/commands/conflicts';
import { initialInputsState, reduceInputs } from '../../../src/ui/inputs-state';
import { conflictMessage } from '../../../src/ui/state';
import { STRINGS } from '../../../src/ui/strings';
import {
  IMPORT_COLUMN_STRINGS,
  IMPORT_SOURCE_STRINGS,
  INPUTS_STRINGS,
  LINK_STRINGS,
} from '../../../src/ui/strings/inputs';
import { columnsView } from '../../../src/ui/views/import-columns';
import { type FakeNode, useFakeDocument } from './fake-dom';

useFakeDocument();

const STAFF_CSV = ['Jobbspesialist;Rolle;Stillingsandel', 'EF;jobbspesialist;0,8', 'GH;jobbspesialist;1'].join('\n');

describe('the import’s counts', () => {
  it('(nb) one row, one line, one note; thousands apart', () => {
    const t = INPUTS_STRINGS.nb;
    expect(t.readable(1, 'Ansatte')).toBe('1 rad kan leses inn i «Ansatte».');
    expect(t.readable(15000, 'Jobber')).toBe('15\u00A0000 rader kan leses inn i «Jobber».');
    expect(t.errorsHeading(1)).toBe('1 rad kan ikke leses');
    expect(t.skippedHeading(1)).toBe('1 linje hoppet over');
    expect(t.warningsHeading(1)).toBe('1 merknad');
    expect(t.warningsHeading(3)).toBe('3 merknader');
    expect(t.writeRows(1, 'Ansatte')).toBe('Skriv 1 rad til «Ansatte»');
    expect(t.written(1, 'Ansatte', 1)).toBe('Skrev 1 rad til «Ansatte» og tømte 1 gammel rad.');
    expect(t.written(2345, 'Jobber', 0)).toBe('Skrev 2\u00A0345 rader til «Jobber».');
    expect(t.source(null, 1)).toBe('Limt inn tekst · 1 linje');
    expect(t.errorsMore(1200)).toBe('… og 1\u00A0200 til.');
    expect(IMPORT_SOURCE_STRINGS.nb.badLines(1, '4', 'UTF-8', 1)).toMatch(
      /^1 tegn kunne ikke leses som UTF-8 \(linje 4\)/,
    );
    expect(IMPORT_SOURCE_STRINGS.nb.badLines(2, '4, 9', 'UTF-8', 2)).toContain('(linjer 4, 9)');
    expect(LINK_STRINGS.nb.title(1200)).toBe('1\u00A0200 tabeller mangler');
  });

  it('(en) one row, one line, one note; thousands with commas', () => {
    const t = INPUTS_STRINGS.en;
    expect(t.readable(1, 'Staff')).toBe('1 row can be imported into "Staff".');
    expect(t.readable(15000, 'Jobs')).toBe('15,000 rows can be imported into "Jobs".');
    expect(t.errorsHeading(1)).toBe('1 row cannot be read');
    expect(t.skippedHeading(1)).toBe('1 line skipped');
    expect(t.warningsHeading(1)).toBe('1 note');
    expect(t.written(1, 'Staff', 2)).toBe('Wrote 1 row to "Staff" and blanked 2 old rows.');
    expect(t.extended('Jobs', 1000)).toContain('extended to 1,000 rows (rows 3–1002)');
    expect(IMPORT_SOURCE_STRINGS.en.badLines(1, '4', 'UTF-8', 1)).toMatch(
      /^1 character could not be read .*\(line 4\)/,
    );
  });

  it('the overwrite dialog counts the cells as the language writes them', () => {
    const conflicts = Array.from({ length: 1500 }, (_, i) => ({
      sheet: 'Jobber',
      address: `A${i + 3}`,
      existing: 0.5,
      planned: 'x',
    }));
    const nb = conflictMessage(conflicts, STRINGS.nb).split('\n');
    expect(nb[0]).toBe('1\u00A0500 celler i «Jobber» har annet innhold:');
    expect(nb[1]).toBe('A3 inneholder «0,5» – blir «x»');
    expect(nb).toContain('… og 1\u00A0495 til.');
    expect(conflictMessage(conflicts, STRINGS.en).split('\n')).toContain('… and 1,495 more.');
  });

  it('the import’s in-pane overwrite dialog (the score sheet’s too) writes 0,8 in bokmål, 0.8 in English', () => {
    const conflicts = [{ sheet: 'Ansatte', address: 'C3', existing: 0.8, planned: 1 }];
    const nb = conflictDialog(conflicts, STRINGS.nb);
    expect(nb.intro).toBe('Én celle i «Ansatte» har annet innhold:');
    expect(nb.lines).toEqual(['C3 inneholder «0,8» – blir «1»']);
    expect(nb.more).toBeUndefined();
    expect(conflictDialog(conflicts, STRINGS.en).lines).toEqual(['C3 holds «0.8» – becomes «1»']);
  });
});

describe('the import’s columns', () => {
  it.each([
    ['nb', '0,8'],
    ['en', '0.8'],
  ] as const)('(%s) show a column’s first numbers as the sheet shows them: %s', (language, share) => {
    const state = reduceInputs(initialInputsState(), {
      type: 'startImport',
      text: STAFF_CSV,
      fileName: null,
      language,
    });
    const draft = state.draft!;
    expect(draft.tableId).toBe('staff');
    const view = columnsView(draft, language, 'p', () => undefined) as unknown as FakeNode;
    const samples = collect(view, 'column-samples');
    expect(samples).toContain(`${IMPORT_COLUMN_STRINGS[language].samples}: ${share} · 1`);
  });
});

/** The texts of every element with data-role `role`. */
function collect(node: FakeNode, role: string): string[] {
  const own =
    node.dataset.role === role
      ? [
          node
            .visibleText()
            .replace(/[ \t\n]+/g, ' ')
            .trim(),
        ]
      : [];
  return [...own, ...node.childNodes.flatMap((child) => collect(child, role))];
}
