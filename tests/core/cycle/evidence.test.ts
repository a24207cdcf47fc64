/**
 * The evidence log per item: source code (MIS, DOC, INT, OBS, ISP [000:11645–11659]), informant
 * role never a name (the privacy check runs on role and note), note; and which of an item's listed
 * data sources have evidence yet.
 */
import { describe, expect, it } from 'vitest';
import {
  EVIDENCE_SOURCES,
  INFORMANT_ROLES,
  checkEvidencePrivacy,
  evidenceCoverage,
  evidenceCoverageAll,
  readEvidenceEntry,
  type EvidenceEntry,
} from '../../../src/core/cycle/evidence';
import { DEFAULT_SCALE, itemById } from '../../../src/core/scale/registry';

const entry = (itemId: string, source: EvidenceEntry['source'], role = '', note = 'Sett i møtet.'): EvidenceEntry => ({
  itemId,
  source,
  role,
  note,
});

describe('readEvidenceEntry', () => {
  it('reads the item by number or id and the source in any case, tidying role and note', () => {
    expect(
      readEvidenceEntry(
        { item: 1, source: ' int ', role: ' Jobb\u00a0spesialist ', note: ' Porteføljen er 19. ', date: '2025-06-07' },
        1,
      ),
    ).toEqual({
      itemId: 'staffing.caseload_size',
      source: 'INT',
      role: 'Jobb spesialist',
      note: 'Porteføljen er 19.',
      date: '2025-06-07',
    });
    expect(readEvidenceEntry({ item: 'services.job_diversity', source: 'DOC', note: 'Jobbliste' }, 2)).toEqual({
      itemId: 'services.job_diversity',
      source: 'DOC',
      role: '',
      note: 'Jobbliste',
    });
  });

  it('refuses an unknown item or source, a blank note and a bad date, naming the log row', () => {
    expect(() => readEvidenceEntry({ item: 26, source: 'INT', note: 'x' }, 3)).toThrow(
      'evidence log row 3, item: expected an item number 1–25 or an item id, got 26',
    );
    expect(() => readEvidenceEntry({ item: 1, source: 'TEL', note: 'x' }, 4)).toThrow(
      'evidence log row 4, source: expected MIS, DOC, INT, OBS, ISP, got "TEL"',
    );
    expect(() => readEvidenceEntry({ item: 1, source: 'INT', note: '  ' }, 5)).toThrow(
      'evidence log row 5, note: expected what was learnt, the note is blank',
    );
    expect(() => readEvidenceEntry({ item: 1, source: 'INT', note: 'x', date: '7/6/2025' }, 6)).toThrow(
      'evidence log row 6, date: expected a date written yyyy-mm-dd',
    );
  });

  it("offers the legend's codes and roles in both languages", () => {
    expect(EVIDENCE_SOURCES).toEqual(Object.keys(DEFAULT_SCALE.dataSources));
    for (const role of INFORMANT_ROLES) expect(role.nb && role.en).toBeTruthy();
  });
});

describe('checkEvidencePrivacy', () => {
  it('asks about a name given as the informant role or in the note, and blocks a fødselsnummer', () => {
    const findings = checkEvidencePrivacy([
      entry('org.team_contact', 'INT', 'Kari Nordmann', 'Teamet møtes ukentlig.'),
      entry('org.team_contact', 'OBS', 'Metodeveileder', 'Deltaker 15030000037 ble nevnt.'),
      entry('org.team_contact', 'DOC', '', 'Ola Hansen fikk jobb.'),
    ]);
    expect(findings.map((finding) => [finding.key, finding.kind, finding.severity, finding.value])).toEqual([
      ['evidence:1:role', 'name', 'ask', 'Kari Nordmann'],
      ['evidence:2:note', 'nationalId', 'block', '15030000037'],
      ['evidence:3:note', 'name', 'ask', 'Ola Hansen'],
    ]);
    expect(findings[0]!.field).toEqual({
      nb: 'Kildelogg rad 1: informantens rolle',
      en: 'Evidence log row 1: informant role',
    });
  });

  it('finds nothing in roles and notes without personal data', () => {
    const roles = INFORMANT_ROLES.map((role, index) =>
      entry('services.disclosure', 'INT', index % 2 ? role.nb : role.en, 'Snakker om åpenhet med alle.'),
    );
    expect(checkEvidencePrivacy(roles)).toEqual([]);
  });
});

describe('evidenceCoverage', () => {
  it("tells which of the item's listed sources have evidence, which are missing, and any not listed", () => {
    const item = itemById('org.team_integration');
    expect(item.sources).toEqual(['MIS', 'DOC', 'INT', 'OBS']);
    const log = [
      entry('org.team_integration', 'INT', 'Jobbspesialist'),
      entry('org.team_integration', 'INT', 'Behandler'),
      entry('org.team_integration', 'OBS'),
      entry('org.team_integration', 'ISP'),
      entry('org.team_contact', 'MIS'),
    ];
    expect(evidenceCoverage('org.team_integration', log)).toEqual({
      itemId: 'org.team_integration',
      listed: ['MIS', 'DOC', 'INT', 'OBS'],
      covered: ['INT', 'OBS'],
      missing: ['MIS', 'DOC'],
      unlisted: ['ISP'],
      entryCount: 4,
    });
  });

  it('covers every item in score-sheet order, all missing for an empty log', () => {
    const all = evidenceCoverageAll([]);
    expect(all.map((coverage) => coverage.itemId)).toEqual(DEFAULT_SCALE.items.map((item) => item.id));
    for (const coverage of all) {
      expect(coverage.missing).toEqual(itemById(coverage.itemId).sources);
      expect(coverage.entryCount).toBe(0);
    }
  });
});
