import { describe, it, expect } from 'vitest';
import { IPS_25 } from '../../src/core/scale/ips25';
import { SCORES, type DataSource, type ItemKind } from '../../src/core/scale/types';
import { LANGUAGES } from '../../src/core/text';

const items = IPS_25.items;
const item = (id: string) => {
  const found = items.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no item ${id}`);
  return found;
};
const DATA_SOURCES: readonly DataSource[] = ['MIS', 'DOC', 'INT', 'OBS', 'ISP'];
const ID_PREFIX: Record<string, string> = { staffing: 'staffing.', organization: 'org.', services: 'services.' };
/** Chapter 9 («Evalueringspunkter i IPS») of the manual: first item heading to the end of item 25. */
const CHAPTER_9: readonly [number, number] = [2595, 9158];

describe('IPS_25 scale definition: identity and sections', () => {
  it('has the scale id and names', () => {
    expect(IPS_25.id).toBe('ips25');
    expect(IPS_25.name).toEqual({ nb: 'IPS-kvalitetsskala', en: 'IPS Supported Employment Fidelity Scale' });
  });

  it('has the three sections in score-sheet order', () => {
    expect(IPS_25.sections).toEqual([
      { id: 'staffing', name: { nb: 'Bemanning', en: 'Staffing' } },
      { id: 'organization', name: { nb: 'Organisasjon', en: 'Organization' } },
      { id: 'services', name: { nb: 'Tjenester', en: 'Services' } },
    ]);
  });

  it('is pure data (survives a JSON round trip unchanged)', () => {
    expect(JSON.parse(JSON.stringify(IPS_25))).toEqual(IPS_25);
  });
});

describe('IPS_25 items: structure', () => {
  it('has 25 items: 3 staffing, 8 organization, 14 services, in that order', () => {
    expect(items).toHaveLength(25);
    expect(items.map((i) => i.sectionId)).toEqual([
      ...Array<string>(3).fill('staffing'),
      ...Array<string>(8).fill('organization'),
      ...Array<string>(14).fill('services'),
    ]);
  });

  it('numbers items 1..n within each section', () => {
    for (const section of IPS_25.sections) {
      const numbers = items.filter((i) => i.sectionId === section.id).map((i) => i.number);
      expect(numbers).toEqual(numbers.map((_, index) => index + 1));
    }
  });

  it('has sheetNumbers 1..25, unique and in order', () => {
    expect(items.map((i) => i.sheetNumber)).toEqual(Array.from({ length: 25 }, (_, index) => index + 1));
    expect(new Set(items.map((i) => i.sheetNumber)).size).toBe(25);
  });

  it('has unique ids, prefixed by their section', () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(25);
    for (const it of items) {
      expect(it.id.startsWith(ID_PREFIX[it.sectionId] ?? '?'), it.id).toBe(true);
      expect(it.id).toMatch(/^[a-z]+\.[a-z_]+$/);
    }
  });

  it('uses the machine ids of the spec, in score-sheet order', () => {
    expect(items.map((i) => i.id)).toEqual([
      'staffing.caseload_size',
      'staffing.vocational_only',
      'staffing.all_phases',
      'org.team_integration',
      'org.team_contact',
      'org.nav_collaboration',
      'org.es_team',
      'org.supervisor_role',
      'org.zero_exclusion',
      'org.competitive_focus',
      'org.executive_support',
      'services.benefits_planning',
      'services.disclosure',
      'services.career_assessment',
      'services.rapid_job_search',
      'services.individualized_job_search',
      'services.employer_contacts',
      'services.employer_contact_quality',
      'services.job_diversity',
      'services.employer_diversity',
      'services.competitive_jobs',
      'services.individualized_support',
      'services.time_unlimited_support',
      'services.community_based',
      'services.engagement_outreach',
    ]);
  });

  it('gives every item a name, a criterion and five anchors in both languages', () => {
    for (const it of items) {
      expect(
        IPS_25.sections.some((s) => s.id === it.sectionId),
        it.id,
      ).toBe(true);
      expect(it.anchors, it.id).toHaveLength(5);
      const texts = [it.name, it.criterion, ...it.anchors, ...(it.components ?? [])];
      for (const text of texts) {
        for (const language of LANGUAGES) {
          const value = text[language];
          expect(typeof value, `${it.id} ${language}`).toBe('string');
          expect(value.trim().length, `${it.id} ${language}`).toBeGreaterThan(0);
          // joined PDF lines: no surrounding or doubled whitespace, no line breaks left over
          expect(value, `${it.id} ${language}`).toBe(value.trim());
          expect(value, `${it.id} ${language}`).not.toMatch(/\s{2,}|\n/);
        }
      }
      // the five anchors are five different statements
      expect(new Set(it.anchors.map((a) => a.nb)).size, it.id).toBe(5);
      expect(new Set(it.anchors.map((a) => a.en)).size, it.id).toBe(5);
    }
  });

  it('lists valid, non-repeated data sources for every item', () => {
    for (const it of items) {
      expect(it.sources.length, it.id).toBeGreaterThan(0);
      expect(new Set(it.sources).size, it.id).toBe(it.sources.length);
      for (const source of it.sources) expect(DATA_SOURCES, it.id).toContain(source);
    }
    expect(item('staffing.caseload_size').sources).toEqual(['MIS', 'DOC', 'INT']);
    expect(item('org.supervisor_role').sources).toEqual(['MIS', 'INT', 'DOC', 'OBS']);
    expect(item('services.employer_contacts').sources).toEqual(['DOC', 'INT']);
    expect(item('services.engagement_outreach').sources).toEqual(['MIS', 'DOC', 'INT', 'OBS']);
  });

  it('points every item at its own chapter-9 guidance, in order and without overlap', () => {
    let previousEnd = CHAPTER_9[0] - 1;
    for (const it of items) {
      const lines = it.manualLines;
      expect(lines, it.id).toBeDefined();
      const [start, end] = lines ?? [0, 0];
      expect(start, it.id).toBeGreaterThan(previousEnd);
      expect(end, it.id).toBeGreaterThanOrEqual(start);
      expect(end, it.id).toBeLessThanOrEqual(CHAPTER_9[1]);
      previousEnd = end;
    }
  });
});

describe('IPS_25 items: kinds and components', () => {
  const expectedKinds: Record<string, ItemKind> = {
    'staffing.caseload_size': 'numericBands',
    'staffing.vocational_only': 'numericBands',
    'staffing.all_phases': 'perSpecialistAverage',
    'org.team_integration': 'perSpecialistAverage',
    'org.team_contact': 'components',
    'org.nav_collaboration': 'judgement',
    'org.es_team': 'judgement',
    'org.supervisor_role': 'components',
    'org.zero_exclusion': 'judgement',
    'org.competitive_focus': 'components',
    'org.executive_support': 'components',
    'services.benefits_planning': 'judgement',
    'services.disclosure': 'components',
    'services.career_assessment': 'perSpecialistAverage',
    'services.rapid_job_search': 'numericBands',
    'services.individualized_job_search': 'numericBands',
    'services.employer_contacts': 'numericBands',
    'services.employer_contact_quality': 'perSpecialistAverage',
    'services.job_diversity': 'numericBands',
    'services.employer_diversity': 'numericBands',
    'services.competitive_jobs': 'numericBands',
    'services.individualized_support': 'judgement',
    'services.time_unlimited_support': 'judgement',
    'services.community_based': 'numericBands',
    'services.engagement_outreach': 'components',
  };

  it('gives each item the expected kind', () => {
    expect(Object.fromEntries(items.map((i) => [i.id, i.kind]))).toEqual(expectedKinds);
  });

  it('gives components and a count→score table to exactly the components items', () => {
    for (const it of items) {
      if (it.kind === 'components') {
        expect(it.components?.length, it.id).toBeGreaterThan(0);
        expect(it.scoreForComponentCount, it.id).toBeDefined();
      } else {
        expect(it.components, it.id).toBeUndefined();
        expect(it.scoreForComponentCount, it.id).toBeUndefined();
      }
    }
  });

  it('has count→score tables of length components+1, non-decreasing, from 1 to 5', () => {
    for (const it of items.filter((i) => i.kind === 'components')) {
      const table = it.scoreForComponentCount ?? [];
      const components = it.components ?? [];
      expect(table, it.id).toHaveLength(components.length + 1);
      expect(table[0], it.id).toBe(1);
      expect(table[table.length - 1], it.id).toBe(5);
      for (const score of table) expect(SCORES, it.id).toContain(score);
      for (let count = 1; count < table.length; count++) {
        expect(table[count]!, `${it.id} count ${count}`).toBeGreaterThanOrEqual(table[count - 1]!);
      }
      // every score 1..5 is reachable, as every anchor describes some count
      expect(new Set(table).size, it.id).toBe(5);
    }
  });

  it('reads each count→score table from the item’s own anchors', () => {
    expect(item('org.team_contact').components).toHaveLength(5);
    expect(item('org.team_contact').scoreForComponentCount).toEqual([1, 1, 2, 3, 4, 5]);
    expect(item('org.supervisor_role').components).toHaveLength(5);
    expect(item('org.supervisor_role').scoreForComponentCount).toEqual([1, 1, 2, 3, 4, 5]);
    expect(item('org.competitive_focus').components).toHaveLength(5);
    expect(item('org.competitive_focus').scoreForComponentCount).toEqual([1, 1, 2, 3, 4, 5]);
    expect(item('org.executive_support').components).toHaveLength(5);
    expect(item('org.executive_support').scoreForComponentCount).toEqual([1, 1, 2, 3, 4, 5]);
    // Åpenhet: «Ingen elementer» = 1 … «Fire elementer» = 5
    expect(item('services.disclosure').components).toHaveLength(4);
    expect(item('services.disclosure').scoreForComponentCount).toEqual([1, 2, 3, 4, 5]);
    // Aktivt engasjement: «to eller færre» = 1 … «alle seks» = 5
    expect(item('services.engagement_outreach').components).toHaveLength(6);
    expect(item('services.engagement_outreach').scoreForComponentCount).toEqual([1, 1, 1, 2, 3, 4, 5]);
  });

  it('keeps the anchors of the count items consistent with their tables', () => {
    const words = ['Ingen', 'Ett', 'To', 'Tre', 'Fire', 'Fem'];
    for (const id of ['org.team_contact', 'org.competitive_focus', 'org.executive_support', 'services.disclosure']) {
      const it = item(id);
      const table = it.scoreForComponentCount ?? [];
      // the highest count that gives each score is the count the anchor names first
      for (let score = 2; score <= 5; score++) {
        const count = table.lastIndexOf(score as 1 | 2 | 3 | 4 | 5);
        expect(it.anchors[score - 1]!.nb.startsWith(words[count]!), `${id} score ${score}`).toBe(true);
      }
    }
  });
});

describe('IPS_25 verbatim Norwegian text (spot checks against the printed scale)', () => {
  it('copies anchors verbatim, including the scale’s own punctuation', () => {
    expect(item('staffing.caseload_size').anchors[4].nb).toBe('20 eller færre deltakere per jobbspesialist.');
    expect(item('staffing.caseload_size').anchors[0].nb).toBe('41 eller flere deltakere per jobbspesialist.');
    // printed without a final full stop
    expect(item('staffing.vocational_only').anchors[1].nb).toBe(
      'Jobbspesialistene yter arbeidsrettede tjenester 60–74 prosent av tiden',
    );
    expect(item('org.team_contact').anchors[0].nb).toBe('Ett eller ingen elementer er til stede.');
    expect(item('org.supervisor_role').anchors[0].nb).toBe('Én eller ingen rolle er oppfylt.');
    expect(item('org.executive_support').anchors[0].nb).toBe('Ett element er til stede.');
    expect(item('services.disclosure').anchors[0].nb).toBe('Ingen elementer er til stede.');
    expect(item('org.es_team').anchors[0].nb).toBe('Jobbspesialistene er ikke del av et jobbspesialistteam.');
    expect(item('services.competitive_jobs').anchors[4].nb).toBe(
      'Av de ordinære jobbene som deltakerne er ansatt i, er 95 prosent eller mer permanente',
    );
    expect(item('services.community_based').anchors[0].nb).toBe(
      'Jobbspesialistene bruker 30 prosent eller mindre av sin skjemalagte arbeidstid i lokalsamfunnet.',
    );
    expect(item('org.team_integration').anchors[4].nb).toBe(
      'Jobbspesialistene er tilknyttet ett eller to behandlingsteam, som omfatter 90–100 prosent av jobbspesialistens deltakerportefølje.',
    );
    expect(item('services.rapid_job_search').anchors[0].nb).toBe(
      'Deltakerens eller jobbspesialistens første personlige kontakt med en arbeidsgiver med fokus på en ordinær jobb skjer i gjennomsnitt 271 dager eller mer (> 9 md.) etter inntak i programmet.',
    );
    // the missing space after «tidsbegrensninger.» is in the scale
    expect(item('services.engagement_outreach').anchors[4].nb).toContain(
      'brutte avtaler og tidsbegrensninger.ii) Systematisk dokumentasjon',
    );
  });

  it('joins hyphenated line breaks without inventing spaces', () => {
    expect(item('org.nav_collaboration').name.nb).toBe('Samarbeid mellom jobbspesialister og NAV-veiledere');
    expect(item('org.executive_support').components?.[1]?.nb).toContain('Organisasjonens QA-prosess bruker');
    expect(item('services.employer_contact_quality').anchors[4].nb).toContain('formidle hva IPS-tjenester kan tilby');
    for (const it of items) {
      for (const text of [it.name, it.criterion, ...it.anchors, ...(it.components ?? [])]) {
        // a hyphen followed by a space is only legitimate before «og»/«eller» («grunn- og hjelpestønad»)
        expect(text.nb, it.id).not.toMatch(/[a-zæøå]- (?!og |eller )[a-zæøå]/);
      }
    }
  });

  it('copies the official item names from the score sheet', () => {
    expect(item('staffing.caseload_size').name.nb).toBe('Deltakerportefølje');
    expect(item('org.zero_exclusion').name.nb).toBe('Ingen eksklusjonskriterier');
    expect(item('services.employer_contacts').name.nb).toBe('Jobbutvikling – hyppig arbeidsgiverkontakt');
    expect(item('services.engagement_outreach').name.nb).toBe(
      'Aktivt engasjement og oppsøkende arbeid fra integrert behandlingsteam',
    );
  });
});

describe('IPS_25 caps', () => {
  const capped = items.filter((i) => (i.caps ?? []).length > 0);
  const allCaps = items.flatMap((i) => (i.caps ?? []).map((cap) => ({ item: i, cap })));

  it('gives caps to the judgement items the manual caps', () => {
    for (const id of [
      'org.es_team',
      'org.zero_exclusion',
      'services.benefits_planning',
      'services.career_assessment',
      'services.individualized_support',
      'services.time_unlimited_support',
    ]) {
      expect(
        capped.map((i) => i.id),
        id,
      ).toContain(id);
    }
  });

  it('has well-formed caps: id under the item, score below 5, text in both languages, line range', () => {
    expect(allCaps.length).toBeGreaterThan(0);
    for (const { item: it, cap } of allCaps) {
      expect(cap.id.startsWith(`${it.id}.`), cap.id).toBe(true);
      expect(cap.id).toMatch(/^[a-z]+\.[a-z_]+\.[a-z0-9_]+$/);
      expect(SCORES, cap.id).toContain(cap.maxScore);
      expect(cap.maxScore, cap.id).toBeLessThan(5);
      for (const language of LANGUAGES) {
        expect(cap.condition[language].trim().length, `${cap.id} ${language}`).toBeGreaterThan(0);
      }
      const [start, end] = cap.manualLines ?? [0, 0];
      expect(start, cap.id).toBeGreaterThan(0);
      expect(end, cap.id).toBeGreaterThanOrEqual(start);
    }
  });

  it('has globally unique cap ids', () => {
    const ids = allCaps.map(({ cap }) => cap.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('records the caps stated for «Ingen eksklusjonskriterier»', () => {
    const caps = Object.fromEntries((item('org.zero_exclusion').caps ?? []).map((c) => [c.id, c.maxScore]));
    expect(caps).toEqual({
      'org.zero_exclusion.waiting_list': 4,
      'org.zero_exclusion.prevocational_steering': 3,
      'org.zero_exclusion.abstinence_required': 3,
      'org.zero_exclusion.justice_discouraged': 3,
      'org.zero_exclusion.no_self_referral': 4,
      'org.zero_exclusion.closes_after_job_failure': 3,
    });
  });

  it('records the caps stated for «Jobbspesialistteam» and computed items with evaluator conditions', () => {
    const maxOf = (id: string, capId: string) => item(id).caps?.find((c) => c.id === capId)?.maxScore;
    expect(maxOf('org.es_team', 'org.es_team.admin_meetings')).toBe(3);
    expect(maxOf('org.es_team', 'org.es_team.supervision_not_ips')).toBe(3);
    expect(maxOf('org.executive_support', 'org.executive_support.qa_undocumented')).toBe(4);
    expect(maxOf('services.rapid_job_search', 'services.rapid_job_search.not_tracked')).toBe(4);
    expect(maxOf('services.individualized_job_search', 'services.individualized_job_search.no_documented_plans')).toBe(
      3,
    );
    expect(maxOf('services.employer_contacts', 'services.employer_contacts.logs_not_reviewed')).toBe(2);
    expect(maxOf('services.individualized_support', 'services.individualized_support.no_written_plans')).toBe(2);
    expect(maxOf('services.time_unlimited_support', 'services.time_unlimited_support.automatic_closure')).toBe(4);
  });
});

describe('IPS_25 fidelity levels and data sources', () => {
  it('lists the score sheet levels, highest first', () => {
    expect(IPS_25.levels.map((l) => [l.min, l.max, l.name.nb])).toEqual([
      [115, 125, 'Meget god kvalitet'],
      [100, 114, 'God kvalitet'],
      [74, 99, 'Godkjent kvalitet'],
      [25, 73, 'Ikke IPS'],
    ]);
    for (const level of IPS_25.levels) expect(level.name.en.trim().length).toBeGreaterThan(0);
  });

  it('covers every possible total 25..125 exactly once, without gaps or overlaps', () => {
    const lowest = items.length * 1;
    const highest = items.length * 5;
    expect([lowest, highest]).toEqual([25, 125]);
    const levels = IPS_25.levels;
    expect(levels[0]!.max).toBe(highest);
    expect(levels[levels.length - 1]!.min).toBe(lowest);
    for (let index = 0; index < levels.length; index++) {
      expect(levels[index]!.min).toBeLessThanOrEqual(levels[index]!.max);
      if (index > 0) expect(levels[index]!.max).toBe(levels[index - 1]!.min - 1);
    }
    for (let total = lowest; total <= highest; total++) {
      expect(
        levels.filter((l) => l.min <= total && total <= l.max),
        `total ${total}`,
      ).toHaveLength(1);
    }
  });

  it('has the legend text for the five data sources', () => {
    expect(Object.keys(IPS_25.dataSources).sort()).toEqual([...DATA_SOURCES].sort());
    expect(IPS_25.dataSources.DOC.nb).toBe(
      'Dokumentgjennomgang: klinisk journal, organisasjonsretningslinjer og -prosedyrer',
    );
    expect(IPS_25.dataSources.INT.nb).toBe(
      'Intervju med deltakere, jobbspesialister, behandlere, NAV-veiledere, pårørende, arbeidsgivere',
    );
    expect(IPS_25.dataSources.MIS.nb).toBe('Ledelsesinformasjonssystem (Management Information System)');
    for (const source of DATA_SOURCES) {
      for (const language of LANGUAGES) expect(IPS_25.dataSources[source][language].trim().length).toBeGreaterThan(0);
    }
  });
});
