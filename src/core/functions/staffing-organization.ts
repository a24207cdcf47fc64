/**
 * Spreadsheet functions for Bemanning 1–3 and Organisasjon 1–8, plus the generic COMPONENTS and
 * JUDGEMENT functions that score any components or judgement item from the registry.
 * Each reads spreadsheet-shaped arguments strictly (text in a number cell is #VALUE!, out of
 * range is #NUM!, nothing to score is #N/A), skips fully blank rows, and calls the pure
 * calculators in ../calculators.
 */
import { invalidNumber, invalidValue, notAvailable } from '../errors';
import type { ItemResult, Reason } from '../result';
import { findItem } from '../scale/registry';
import {
  NAV_FREQUENCY_CHOICES,
  STAFFING_ORGANIZATION_ITEM_IDS as IDS,
  allPhases,
  caseload,
  navCollaboration,
  navFrequencyFromText,
  teamIntegration,
  vocationalTime,
  type AllPhasesSpecialist,
  type CaseloadSpecialist,
  type NavFrequency,
  type TeamIntegrationSpecialist,
  type VocationalTimeSpecialist,
} from '../calculators/staffing-organization';
import { scoreByComponents, scoreByJudgement } from '../calculators/judgement';
import { reason } from '../calculators/reasons';
import {
  fixedWidthRows,
  isBlank,
  isOmitted,
  list,
  parallelRows,
  readNumber,
  readYesNo,
  requireRows,
  scalar,
  type CellArg,
  type CellValue,
  type NumberRule,
} from './cells';
import { itemFunction, rangeParameter, scalarParameter, type ItemFunctionDefinition } from './define';
import type { FunctionSpec } from './types';

const CLIENTS_RULE: NumberRule = { min: 0, integer: true, expected: 'a whole number of clients ≥ 0' };
const FTE_RULE: NumberRule = {
  min: 0,
  minExclusive: true,
  max: 1,
  expected: 'a fraction of full time > 0 and ≤ 1 (1 = full time, 0.5 = half time)',
};
const TEAMS_RULE: NumberRule = { min: 0, integer: true, expected: 'a whole number of treatment teams ≥ 0' };
const NON_NEGATIVE_RULE: NumberRule = { min: 0, expected: 'a number ≥ 0' };

/** A yes/no flag from an optional column: an omitted column or blank cell is "no". */
function flag(value: CellValue, argument: string, row?: number): boolean {
  return readYesNo(value, { argument, row });
}

function optionalCount(value: CellValue, argument: string, row: number): number | undefined {
  return isBlank(value) ? undefined : readNumber(value, { argument, row }, CLIENTS_RULE);
}

function withNote(result: ItemResult, note: Reason | undefined): ItemResult {
  return note ? { ...result, reasons: [note, ...result.reasons] } : result;
}

/** An item function that scores whichever item its `item` argument names. */
function genericItemFunction(definition: Omit<ItemFunctionDefinition, 'itemId'>): FunctionSpec {
  const { itemId, ...spec } = itemFunction({ ...definition, itemId: '' });
  void itemId;
  return spec;
}

// --- Bemanning 1 ---------------------------------------------------------------------------

const CASELOAD = itemFunction({
  name: 'CASELOAD',
  itemId: IDS.caseload,
  description: {
    nb: 'Bemanning 1 – Deltakerportefølje: antall deltakere per heltids jobbspesialist (sum av porteføljene delt på sum av stillingsandelene), rundet ned, gir skår 1–5.',
    en: 'Staffing 1 – Caseload size: clients per full-time employment specialist (all caseloads added, divided by all FTE), rounded down, gives a score 1–5.',
  },
  parameters: [
    rangeParameter(
      'caseloads',
      'Antall deltakere i hver jobbspesialists portefølje, én rad per jobbspesialist. Tell med personer som får tjenester eller forsøkes oppsøkt minst månedlig; ikke henviste som ennå ikke er møtt.',
      "Number of clients in each employment specialist's caseload, one row per specialist. Count people served or reached out to at least monthly; not referrals not yet met.",
    ),
    rangeParameter(
      'fte',
      'Valgfritt: stillingsandel for hver jobbspesialist, over 0 og høyst 1 (heltid = 1, halv stilling = 0,5). Standard er 1.',
      'Optional: FTE of each specialist, above 0 and at most 1 (full time = 1, half time = 0.5). Default 1.',
      true,
    ),
    rangeParameter(
      'exclude',
      'Valgfritt: ja/nei per rad; ja holder raden utenfor, f.eks. metodeveilederen, hvis portefølje ikke skal telles med.',
      "Optional: yes/no per row; yes leaves the row out, e.g. the supervisor, whose caseload is not counted.",
      true,
    ),
    scalarParameter(
      'no_individual_caseloads',
      'Valgfritt: ja hvis jobbspesialistene ikke har egne porteføljer (felles teamportefølje eller møter etter interesse); skåren blir da høyst 3.',
      'Optional: yes if the specialists have no individual caseloads (a shared team caseload, or meeting people as interest comes and goes); the score is then at most 3.',
      true,
    ),
  ],
  compute: ([caseloads, fte, exclude, noIndividual]) => {
    const rows = parallelRows([
      { argument: 'caseloads', arg: caseloads ?? null },
      { argument: 'fte', arg: fte ?? null },
      { argument: 'exclude', arg: exclude ?? null },
    ]);
    const specialists: CaseloadSpecialist[] = [];
    for (const { row, values } of rows) {
      const [count, share, skip] = values;
      if (flag(skip, 'exclude', row)) {
        specialists.push({ excluded: true, row });
        continue;
      }
      if (isBlank(count) && isBlank(share)) continue; // only "no" in the exclude column: a blank row
      specialists.push({
        clients: readNumber(count, { argument: 'caseloads', row }, CLIENTS_RULE),
        fte: isOmitted(fte ?? null) ? undefined : readNumber(share, { argument: 'fte', row }, FTE_RULE),
        row,
      });
    }
    requireRows(specialists.filter((s) => !s.excluded), 'employment specialists', 'caseloads');
    const capped = flag(scalar(noIndividual ?? null, 'no_individual_caseloads'), 'no_individual_caseloads');
    return caseload({ specialists, noIndividualCaseloads: capped });
  },
});

// --- Bemanning 2 ---------------------------------------------------------------------------

type PercentUnit = 'percent' | 'fraction';
const UNIT_WORDS: Readonly<Record<string, PercentUnit>> = {
  percent: 'percent', prosent: 'percent', '%': 'percent', pct: 'percent',
  fraction: 'fraction', andel: 'fraction', 'brøk': 'fraction', desimal: 'fraction', decimal: 'fraction', share: 'fraction',
};

function readUnit(arg: CellArg): PercentUnit | undefined {
  const value = scalar(arg ?? null, 'unit');
  if (isBlank(value)) return undefined;
  const unit = typeof value === 'string' ? UNIT_WORDS[value.trim().toLowerCase()] : undefined;
  if (!unit) {
    throw invalidValue(`argument 'unit': expected "percent" (prosent, 0–100) or "fraction" (andel, 0–1), got ${JSON.stringify(value instanceof Date ? 'a date' : value)}`);
  }
  return unit;
}

const VOCATIONAL_TIME = itemFunction({
  name: 'VOCATIONAL_TIME',
  itemId: IDS.vocationalTime,
  description: {
    nb: 'Bemanning 2 – Ansatte som yter arbeidsrettede tjenester: gjennomsnittlig andel av tiden jobbspesialistene bruker på arbeidsrettede tjenester, rundet ned, gir skår 1–5.',
    en: 'Staffing 2 – Vocational-only staff: the mean share of time the specialists spend on vocational services, rounded down, gives a score 1–5.',
  },
  parameters: [
    rangeParameter(
      'percent_vocational',
      'Prosent av arbeidstiden hver jobbspesialist bruker på arbeidsrettede tjenester (0–100, eller 0–1 i celler formatert som prosent), én rad per jobbspesialist.',
      'Percent of working time each specialist spends on vocational services (0–100, or 0–1 in cells formatted as percent), one row per specialist.',
    ),
    scalarParameter(
      'unit',
      'Valgfritt: "prosent" (0–100) eller "andel" (0–1). Uten verdi leses tall over 1 som prosent og tall fra 0 til 1 som andel.',
      'Optional: "percent" (0–100) or "fraction" (0–1). When left out, numbers above 1 are read as percent and numbers from 0 to 1 as fractions.',
      true,
    ),
    rangeParameter(
      'exclude',
      'Valgfritt: ja/nei per rad; ja holder raden utenfor, f.eks. metodeveilederen.',
      'Optional: yes/no per row; yes leaves the row out, e.g. the supervisor.',
      true,
    ),
    scalarParameter(
      'split_role',
      'Valgfritt: ja når en liten behandlingsinstitusjon (60–140 personer) lar jobbspesialisten dele tiden mellom koordinering og arbeidsrettede tjenester; skåren blir da 1.',
      'Optional: yes when a small agency (60–140 people served) has the specialist split time between coordination and vocational services; the score is then 1.',
      true,
    ),
  ],
  compute: ([percents, unitArg, exclude, splitRole]) => {
    const unit = readUnit(unitArg ?? null);
    const rows = parallelRows([
      { argument: 'percent_vocational', arg: percents ?? null },
      { argument: 'exclude', arg: exclude ?? null },
    ]);
    const read: { row: number; value?: number; excluded?: boolean }[] = [];
    for (const { row, values } of rows) {
      const [value, skip] = values;
      if (flag(skip, 'exclude', row)) {
        read.push({ row, excluded: true });
        continue;
      }
      if (isBlank(value)) continue;
      read.push({ row, value: readNumber(value, { argument: 'percent_vocational', row }, NON_NEGATIVE_RULE) });
    }
    const values = read.flatMap((r) => (r.value === undefined ? [] : [{ row: r.row, value: r.value }]));
    requireRows(values, 'employment specialists', 'percent_vocational');
    let chosen = unit;
    if (chosen === undefined) {
      const small = values.filter((v) => v.value > 0 && v.value <= 1);
      const large = values.filter((v) => v.value > 1);
      if (small.length > 0 && large.length > 0) {
        throw invalidValue(
          `argument 'percent_vocational': row ${small[0]!.row} holds ${small[0]!.value} but row ${large[0]!.row} holds ${large[0]!.value}; it is unclear whether the values are percent (0–100) or fractions (0–1), so give 'unit' as "percent" or "fraction"`,
        );
      }
      chosen = large.length > 0 ? 'percent' : 'fraction';
    }
    const limit = chosen === 'percent' ? 100 : 1;
    const specialists: VocationalTimeSpecialist[] = read.map((r) => {
      if (r.excluded) return { excluded: true, row: r.row };
      const value = r.value!;
      if (value > limit) {
        throw invalidNumber(
          `argument 'percent_vocational' row ${r.row}: expected ${chosen === 'percent' ? 'a percent from 0 to 100' : 'a fraction from 0 to 1'}, got ${value}`,
        );
      }
      return { percentVocational: chosen === 'percent' ? value : value * 100, row: r.row };
    });
    const note =
      chosen === 'fraction'
        ? reason(
            'staffing.vocational_only.read_as_fraction',
            unit ? 'Verdiene er lest som andeler (0,93 = 93 %).' : 'Alle verdiene er mellom 0 og 1 og er lest som andeler (0,93 = 93 %).',
            unit ? 'The values are read as fractions (0.93 = 93 %).' : 'All values are between 0 and 1 and are read as fractions (0.93 = 93 %).',
          )
        : undefined;
    const split = flag(scalar(splitRole ?? null, 'split_role'), 'split_role');
    return withNote(vocationalTime({ specialists, splitRole: split }), note);
  },
});

// --- Bemanning 3 ---------------------------------------------------------------------------

const ALL_PHASES = itemFunction({
  name: 'ALL_PHASES',
  itemId: IDS.allPhases,
  description: {
    nb: 'Bemanning 3 – Jobbspesialistene utfører alle faser i den arbeidsrettede oppfølgingen: skår per jobbspesialist etter antall faser, gjennomsnittet rundet ned.',
    en: 'Staffing 3 – Specialists carry out all phases of vocational services: a score per specialist from the number of phases, the mean rounded down.',
  },
  parameters: [
    rangeParameter(
      'phases',
      'Én rad per jobbspesialist med seks ja/nei-celler i skalaens rekkefølge: inntak, innledende og forpliktende samarbeid, karriereveiledning, jobbutvikling, veiledning på arbeidsplassen, oppfølging. Tom celle = nei; helt tomme rader hoppes over.',
      'One row per specialist with six yes/no cells in the scale\'s order: intake, engagement, career guidance, job development, on-the-job coaching, follow-along support. Blank = no; fully blank rows are skipped.',
    ),
    rangeParameter(
      'refers_out',
      'Valgfritt: ja/nei per jobbspesialist; ja når jobbspesialisten har en portefølje, men henviser deltakere til andre arbeidsrettede tjenester i stedet for å yte dem selv (skår 2).',
      'Optional: yes/no per specialist; yes when the specialist has a caseload but refers clients to other vocational services instead of providing them (score 2).',
      true,
    ),
  ],
  compute: ([phases, refersOut]) => {
    const matrix = fixedWidthRows(phases ?? null, 'phases', 6);
    const flags = isOmitted(refersOut ?? null) ? undefined : list(refersOut ?? null, 'refers_out');
    if (flags && flags.length !== matrix.length) {
      throw invalidValue(`argument 'refers_out' has ${flags.length} rows but 'phases' has ${matrix.length}: the ranges must be the same size`);
    }
    const specialists: AllPhasesSpecialist[] = [];
    matrix.forEach((cells, index) => {
      const row = index + 1;
      const refers = flag(flags?.[index], 'refers_out', row);
      if (!refers && cells.every(isBlank)) return;
      const read = cells.map((cell) => readYesNo(cell, { argument: 'phases', row }));
      specialists.push({ phases: [read[0]!, read[1]!, read[2]!, read[3]!, read[4]!, read[5]!], refersOut: refers, row });
    });
    requireRows(specialists, 'employment specialists', 'phases');
    return allPhases({ specialists });
  },
});

// --- Organisasjon 1 ------------------------------------------------------------------------

const TEAM_INTEGRATION = itemFunction({
  name: 'TEAM_INTEGRATION',
  itemId: IDS.teamIntegration,
  description: {
    nb: 'Organisasjon 1 – Integrering gjennom teamarbeid: skår per jobbspesialist etter antall behandlingsteam og andelen av porteføljen som kommer fra dem, gjennomsnittet rundet ned.',
    en: 'Organisation 1 – Integration through team assignment: a score per specialist from the number of treatment teams and the share of the caseload from them, the mean rounded down.',
  },
  parameters: [
    rangeParameter(
      'teams',
      'Antall behandlingsteam hver jobbspesialist er tilknyttet (deltar i), én rad per jobbspesialist. 0 = ikke tilknyttet noe team.',
      'Number of treatment teams each specialist is attached to (takes part in), one row per specialist. 0 = no team.',
    ),
    rangeParameter(
      'clients_from_teams',
      'Antall deltakere i porteføljen som kommer fra disse teamene. Trengs ved ett eller to team.',
      "Number of clients in the caseload who come from those teams. Needed for one or two teams.",
    ),
    rangeParameter(
      'caseload',
      'Jobbspesialistens samlede portefølje (antall deltakere). Trengs ved ett eller to team.',
      "The specialist's whole caseload (number of clients). Needed for one or two teams.",
    ),
    rangeParameter(
      'clinicians_not_in_teams',
      'Valgfritt: ja/nei per jobbspesialist med 0 team; ja når jobbspesialisten hører til behandlingsinstitusjonen, men behandlerne ikke er organisert i team (skår 2). Nei/tom: tjenesten fungerer uavhengig av behandlingen (skår 1).',
      'Optional: yes/no per specialist with 0 teams; yes when the specialist belongs to the treating agency but its clinicians are not organised in teams (score 2). No/blank: the service operates independently of treatment (score 1).',
      true,
    ),
  ],
  compute: ([teams, fromTeams, caseloads, notInTeams]) => {
    const rows = parallelRows([
      { argument: 'teams', arg: teams ?? null },
      { argument: 'clients_from_teams', arg: fromTeams ?? null },
      { argument: 'caseload', arg: caseloads ?? null },
      { argument: 'clinicians_not_in_teams', arg: notInTeams ?? null },
    ]);
    const specialists: TeamIntegrationSpecialist[] = [];
    for (const { row, values } of rows) {
      const [teamCount, from, total, noTeams] = values;
      const cliniciansNotInTeams = flag(noTeams, 'clinicians_not_in_teams', row);
      if (!cliniciansNotInTeams && isBlank(teamCount) && isBlank(from) && isBlank(total)) continue;
      specialists.push({
        teams: readNumber(teamCount, { argument: 'teams', row }, TEAMS_RULE),
        clientsFromTeams: optionalCount(from, 'clients_from_teams', row),
        caseload: optionalCount(total, 'caseload', row),
        cliniciansNotInTeams,
        row,
      });
    }
    requireRows(specialists, 'employment specialists', 'teams');
    return teamIntegration({ specialists });
  },
});

// --- Organisasjon 3 ------------------------------------------------------------------------

function readFrequency(arg: CellArg, argument: string): NavFrequency {
  const value = scalar(arg ?? null, argument);
  if (isBlank(value)) throw notAvailable(`argument '${argument}': no frequency given; expected one of ${NAV_FREQUENCY_CHOICES}`);
  const frequency = typeof value === 'string' ? navFrequencyFromText(value) : undefined;
  if (!frequency) {
    const shown = typeof value === 'string' ? `"${value.trim()}"` : value instanceof Date ? 'a date' : String(value);
    throw invalidValue(`argument '${argument}': expected one of ${NAV_FREQUENCY_CHOICES}, got ${shown}`);
  }
  return frequency;
}

const NAV_COLLABORATION = itemFunction({
  name: 'NAV_COLLABORATION',
  itemId: IDS.navCollaboration,
  description: {
    nb: 'Organisasjon 3 – Samarbeid mellom jobbspesialister og NAV-veiledere: skår 1–5 ut fra hvor ofte de har planlagte, personlige møter og deltakerrelatert kontakt.',
    en: 'Organisation 3 – Collaboration between specialists and NAV counsellors: a score 1–5 from how often they hold scheduled in-person meetings and have client-related contact.',
  },
  parameters: [
    scalarParameter(
      'meetings',
      'Hvor ofte jobbspesialister og NAV-veiledere har planlagte, personlige møter: ingen, sjeldnere enn kvartalsvis, kvartalsvis, månedlig eller ukentlig.',
      'How often specialists and NAV counsellors hold scheduled in-person meetings: none, less than quarterly, quarterly, monthly or weekly.',
    ),
    scalarParameter(
      'contacts',
      'Hvor ofte de har deltakerrelatert kontakt (telefon, e-post, personlig møte) om felles deltakere og henvisninger: ingen, sjeldnere enn kvartalsvis, kvartalsvis, månedlig eller ukentlig.',
      'How often they have client-related contact (phone, e-mail, in person) about shared clients and referrals: none, less than quarterly, quarterly, monthly or weekly.',
    ),
  ],
  compute: ([meetings, contacts]) =>
    navCollaboration({ meetings: readFrequency(meetings ?? null, 'meetings'), contacts: readFrequency(contacts ?? null, 'contacts') }),
});

// --- Generic: components and judgement items ---------------------------------------------

const ITEM_PARAMETER = scalarParameter(
  'item',
  'Evalueringspunktets nummer på skårskjemaet (1–25) eller dets ID, f.eks. "org.team_contact".',
  'The item\'s number on the score sheet (1–25) or its id, e.g. "org.team_contact".',
);

const CAPS_PARAMETER = rangeParameter(
  'caps',
  'Valgfritt: én ja/nei-celle per begrensning manualen angir for punktet, i registerets rekkefølge; ja når begrensningen gjelder. Tom = nei.',
  'Optional: one yes/no cell per cap the manual states for the item, in the registry\'s order; yes when the cap applies. Blank = no.',
  true,
);

/** The caps argument: omitted or all blank = none apply (an empty list); otherwise one flag per cell. */
function readCaps(arg: CellArg): boolean[] {
  const cells = isOmitted(arg ?? null) ? [] : list(arg ?? null, 'caps');
  const flags = cells.map((cell, index) => readYesNo(cell, { argument: 'caps', row: index + 1 }));
  return cells.every(isBlank) ? [] : flags;
}

const COMPONENTS = genericItemFunction({
  name: 'COMPONENTS',
  description: {
    nb: 'Skår 1–5 for et punkt som vurderes etter antall komponenter som er til stede (f.eks. Organisasjon 2, 5, 7 og 8), lest av punktets egne alternativer.',
    en: 'Score 1–5 for an item rated by the number of components present (e.g. Organisation 2, 5, 7 and 8), read from the item\'s own anchors.',
  },
  parameters: [
    ITEM_PARAMETER,
    rangeParameter(
      'present',
      'Én ja/nei-celle per komponent i skalaens rekkefølge, nøyaktig så mange som punktet har komponenter. Tom celle = ikke til stede.',
      'One yes/no cell per component in the scale\'s order, exactly as many as the item has components. Blank = not present.',
    ),
    CAPS_PARAMETER,
  ],
  compute: ([itemArg, presentArg, capsArg]) => {
    const item = findItem(scalar(itemArg ?? null, 'item'), 'item');
    const cells = list(presentArg ?? null, 'present');
    if (cells.length === 0) throw notAvailable(`argument 'present': no components given; expected ${item.components?.length ?? 'the item\'s'} yes/no cells`);
    const present = cells.map((cell, index) => readYesNo(cell, { argument: 'present', row: index + 1 }));
    return scoreByComponents(item, present, readCaps(capsArg));
  },
});

const JUDGEMENT = genericItemFunction({
  name: 'JUDGEMENT',
  description: {
    nb: 'Skår 1–5 for et punkt der evaluatorene velger alternativet (f.eks. Organisasjon 4 og 6): valgt skår, senket av hver begrensning manualen angir som gjelder.',
    en: 'Score 1–5 for an item where the evaluators choose the anchor (e.g. Organisation 4 and 6): the chosen score, lowered by each cap the manual states that applies.',
  },
  parameters: [
    ITEM_PARAMETER,
    scalarParameter('score', 'Alternativet evaluatorene valgte (helt tall 1–5).', 'The anchor the evaluators chose (a whole number 1–5).'),
    CAPS_PARAMETER,
  ],
  compute: ([itemArg, scoreArg, capsArg]) => {
    const item = findItem(scalar(itemArg ?? null, 'item'), 'item');
    const value = scalar(scoreArg ?? null, 'score');
    if (isBlank(value)) throw notAvailable(`argument 'score': no score chosen; expected a whole score 1–5`);
    const chosen = readNumber(value, { argument: 'score' }, { min: 1, max: 5, integer: true, expected: 'a whole score 1–5' });
    return scoreByJudgement(item, chosen, readCaps(capsArg));
  },
});

/** Bemanning 1–3 and Organisasjon 1 and 3, and the generic COMPONENTS and JUDGEMENT functions. */
export const STAFFING_ORGANIZATION_FUNCTIONS: FunctionSpec[] = [
  CASELOAD,
  VOCATIONAL_TIME,
  ALL_PHASES,
  TEAM_INTEGRATION,
  NAV_COLLABORATION,
  COMPONENTS,
  JUDGEMENT,
];
