import { describe, expect, it } from 'vitest';
import { importFromValues } from '../../../src/core/inputs/import';
import { CASELOAD_TABLE, tableSheetPlan } from '../../../src/core/inputs/tables';
import { replaceTeamTerm, replaceTeamTermInText, teamWord, withTeamTerm } from '../../../src/core/inputs/terminology';

describe('replaceTeamTerm', () => {
  const word = 'booppfølgingsteam';

  it('replaces every inflection of «behandlingsteam»', () => {
    expect(replaceTeamTerm('Jobbspesialisten deltar i ett behandlingsteam.', word)).toBe(
      'Jobbspesialisten deltar i ett booppfølgingsteam.',
    );
    expect(replaceTeamTerm('Behandlingsteamet møtes ukentlig.', word)).toBe('Booppfølgingsteamet møtes ukentlig.');
    expect(replaceTeamTerm('alle behandlingsteamene', word)).toBe('alle booppfølgingsteamene');
    expect(replaceTeamTerm('behandlingsteamets leder og behandlingsteamenes møter', word)).toBe(
      'booppfølgingsteamets leder og booppfølgingsteamenes møter',
    );
    expect(replaceTeamTerm('et behandlingsteams oppgaver', word)).toBe('et booppfølgingsteams oppgaver');
  });

  it('replaces compounds and keeps their tails', () => {
    expect(replaceTeamTerm('Observasjon av behandlingsteammøte Team A', word)).toBe(
      'Observasjon av booppfølgingsteammøte Team A',
    );
    expect(replaceTeamTerm('behandlingsteammøtet, behandlingsteammøtene og behandlingsteammøter', word)).toBe(
      'booppfølgingsteammøtet, booppfølgingsteammøtene og booppfølgingsteammøter',
    );
    expect(replaceTeamTerm('Intervju med leder for behandlingsteam og ACT-behandlingsteamet', word)).toBe(
      'Intervju med leder for booppfølgingsteam og ACT-booppfølgingsteamet',
    );
  });

  it('keeps the case of the first letter, and all capitals', () => {
    expect(replaceTeamTerm('Behandlingsteam', word)).toBe('Booppfølgingsteam');
    expect(replaceTeamTerm('BEHANDLINGSTEAMET', word)).toBe('BOOPPFØLGINGSTEAMET');
    expect(replaceTeamTerm('Behandlingsteammøte', word)).toBe('Booppfølgingsteammøte');
  });

  it('leaves other words alone', () => {
    const textValue = 'Behandlingen i teamet; behandlingsteknikk; mitt-team; behandlings team';
    expect(replaceTeamTerm(textValue, word)).toBe(textValue);
    expect(replaceTeamTerm('jobbspesialistteamet', word)).toBe('jobbspesialistteamet');
  });

  it('inflects a masculine replacement and takes explicit forms', () => {
    expect(teamWord('oppfølgingsgruppe')).toMatchObject({
      definite: 'oppfølgingsgruppen',
      plural: 'oppfølgingsgrupper',
      pluralDefinite: 'oppfølgingsgruppene',
    });
    expect(replaceTeamTerm('Behandlingsteamet og behandlingsteamene', 'oppfølgingsgruppe')).toBe(
      'Oppfølgingsgruppen og oppfølgingsgruppene',
    );
    expect(
      replaceTeamTerm('behandlingsteamet', { nb: { singular: 'rusteam', definite: 'rusteamet', compound: 'rusteam' } }),
    ).toBe('rusteamet');
  });

  it('replaces «treatment team» in English text when an English word is given', () => {
    const terms = { nb: word, en: 'housing support team' };
    expect(
      replaceTeamTerm("Treatment teams meet weekly; the treatment team's leader; a treatment-team meeting.", terms),
    ).toBe("Housing support teams meet weekly; the housing support team's leader; a housing support team meeting.");
    expect(replaceTeamTermInText({ nb: 'behandlingsteamet', en: 'the treatment team' }, terms)).toEqual({
      nb: 'booppfølgingsteamet',
      en: 'the housing support team',
    });
    // without an English word English text is unchanged
    expect(replaceTeamTerm('the treatment team', word)).toBe('the treatment team');
  });
});

describe('withTeamTerm', () => {
  it("puts the service's word in a table's sheet texts, and its sheet still imports", () => {
    const table = withTeamTerm(CASELOAD_TABLE, 'booppfølgingsteam');
    const team = table.columns.find((column) => column.id === 'team')!;
    expect(team.header.nb).toBe('Booppfølgingsteam');
    expect(table.columns.find((column) => column.id === 'fromAttachedTeam')!.help.nb).toContain('booppfølgingsteamet');
    expect(CASELOAD_TABLE.columns.find((column) => column.id === 'team')!.header.nb).toBe('Behandlingsteam');
    const plan = tableSheetPlan(table, 'nb');
    const [headers, help] = plan.blocks[0]!.values as string[][];
    const result = importFromValues(table, [headers!, help!, ['AB', 'P001', 'jobbsøker', 'ja', 'Team A', 'ja', '']]);
    expect(result.skipped).toEqual([expect.objectContaining({ reason: 'helpRow' })]);
    expect(result.rows[0]!.values).toMatchObject({ team: 'Team A', fromAttachedTeam: true });
  });
});
