import { describe, expect, it } from 'vitest';
import { MAX_SHEET_NAME, sheetExists, sheetName, uniqueSheetName, unitWords } from '../../src/ui/sheet-names';
import { reviewSheetNames } from '../../src/ui/workflow';
import { checkForm, isValidSheetName, sheetNameFor } from '../../src/ui/state';

/** Every word of a shortened name is a whole word of the parts it came from (no cut mid-word). */
function wholeWords(name: string, ...parts: string[]): boolean {
  const source = new Set(parts.join(' ').split(/\s+/));
  return name.split(' ').every((word) => source.has(word));
}

describe('sheet names from service, team and date', () => {
  it('does not repeat «IPS» and keeps the service (issue 11 #8: «IPS IPS Sagene 2026-11-20»)', () => {
    expect(sheetNameFor('NAV Sagene', 'IPS Sagene', '2026-11-20')).toBe('IPS NAV Sagene 2026-11-20');
    // A team named with the prefix in a compound: the prefix is left out, not repeated.
    expect(sheetNameFor('Fiktiv Organisasjon', 'IPS-teamet', '2025-06-07')).toBe('Fiktiv IPS-teamet 2025-06-07');
    expect(sheetNameFor('Fiktiv', 'IPS', '2025-06-07')).toBe('IPS Fiktiv 2025-06-07');
    expect(sheetNameFor('', 'IPS', '2025-06-07')).toBe('IPS 2025-06-07');
    expect(sheetNameFor('Kort', 'Team Nord', '2025-09-01')).toBe('IPS Kort Team Nord 2025-09-01');
  });

  it('leaves out the service words the team already has', () => {
    expect(unitWords('NAV Sagene', 'IPS Sagene')).toEqual({ service: ['NAV'], team: ['IPS', 'Sagene'] });
    expect(unitWords('Sagene', 'Sagene')).toEqual({ service: [], team: ['Sagene'] });
    expect(unitWords('Bydel Sagene', '')).toEqual({ service: [], team: ['Bydel', 'Sagene'] });
  });

  it('shortens the action plan at word boundaries, never mid-word (issue 11 #8: «Handlingsplan IPS Sagen 2026-11»)', () => {
    const names = reviewSheetNames({ service: 'NAV Sagene', team: 'IPS Sagene', date: '2026-11-20' }, 'nb');
    expect(names.actionPlan).toBe('Handlingsplan Sagene 2026-11-20');
    expect(names.report).toBe('Rapport NAV Sagene 2026-11-20');
    expect(names.charts).toBe('IPS-diagram NAV Sagene');
    for (const name of Object.values(names)) {
      expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
      expect(
        wholeWords(name, 'Handlingsplan Rapport IPS-diagram IPS-oversikt', 'NAV Sagene IPS Sagene 2026-11-20 2026-11'),
      ).toBe(true);
    }
  });

  it('gives up the service words first, then the day of the date, keeping the team', () => {
    const names = reviewSheetNames({ service: 'Fiktiv Organisasjon', team: 'Team Nord', date: '2025-09-01' }, 'nb');
    expect(names).toEqual({
      report: 'Rapport Team Nord 2025-09-01',
      actionPlan: 'Handlingsplan Team Nord 2025-09',
      charts: 'IPS-diagram Fiktiv Team Nord',
      overview: 'IPS-oversikt',
    });
    expect(reviewSheetNames({ service: 'A', team: 'B', date: '2025-09-01' }, 'en').report).toBe(
      'Report A B 2025-09-01',
    );
    expect(
      sheetName({ prefix: 'Rapport', service: 'S', team: 'Team: Nord/Sør', date: '2025-09-01', month: true }),
    ).toBe('Rapport Team- Nord-Sør 2025-09');
  });

  it('fits any input in 31 characters a host accepts, cutting only a single word too long to fit', () => {
    const samples = [
      ['Et veldig langt tjenestenavn her', 'Et veldig langt teamnavn som ikke får plass'],
      ['S', 'A very long team name: [north/south]'],
      ['', 'Donaudampfschifffahrtsgesellschaftskapitän'],
      ["'quoted'", '  spaced   out  '],
    ] as const;
    for (const [service, team] of samples) {
      for (const prefix of ['IPS', 'Rapport', 'Handlingsplan', 'IPS-diagram', 'Action plan']) {
        const name = sheetName({ prefix, service, team, date: '2025-09-01', month: prefix !== 'IPS' });
        expect(name.length, name).toBeLessThanOrEqual(MAX_SHEET_NAME);
        expect(isValidSheetName(name), name).toBe(true);
        expect(name.startsWith(`${prefix} `), name).toBe(true);
      }
    }
    expect(sheetNameFor('', 'Donaudampfschifffahrtsgesellschaftskapitän', '2025-09-01')).toBe(
      'IPS Donaudampfschiff 2025-09-01',
    );
  });

  it('is unique among the sheets already there (hosts ignore case)', () => {
    const parts = { prefix: 'IPS', service: 'NAV Sagene', team: 'IPS Sagene', date: '2026-11-20' };
    expect(uniqueSheetName(parts, ['Ark1'])).toBe('IPS NAV Sagene 2026-11-20');
    expect(uniqueSheetName(parts, ['ips nav sagene 2026-11-20'])).toBe('IPS NAV Sagene 2026-11-20 (2)');
    expect(uniqueSheetName(parts, ['IPS NAV Sagene 2026-11-20', 'IPS NAV Sagene 2026-11-20 (2)'])).toBe(
      'IPS NAV Sagene 2026-11-20 (3)',
    );
    const long = { prefix: 'IPS', service: 'Fiktiv Organisasjon', team: 'Team Nordvest', date: '2025-09-01' };
    const first = uniqueSheetName(long, []);
    const second = uniqueSheetName(long, [first]);
    expect(second).not.toBe(first);
    expect(second.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(second.endsWith(' (2)')).toBe(true);
    expect(sheetExists(' IPS X ', ['ips x'])).toBe(true);
  });

  it('the new-review form suggests a unique name and refuses a typed name that exists', () => {
    const form = { service: 'NAV Sagene', team: 'IPS Sagene', date: '2026-11-20', sheet: '', raters: ['Kari'] };
    expect(checkForm(form, undefined, ['IPS NAV Sagene 2026-11-20']).sheet).toBe('IPS NAV Sagene 2026-11-20 (2)');
    const typed = checkForm({ ...form, sheet: 'Ark1' }, undefined, ['Ark1']);
    expect(typed.ok).toBe(false);
    expect(typed.errors.sheet).toBe('errorSheetExists');
  });
});
