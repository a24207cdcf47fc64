/**
 * Spreadsheet functions for Bemanning 1–3 and Organisasjon 1–8, plus the generic COMPONENTS and
 * JUDGEMENT functions that score any components or judgement item from the registry.
 * Each reads spreadsheet-shaped arguments strictly (text in a number cell is #VALUE!, out of
 * range is #NUM!, nothing to score is #N/A), skips fully blank rows, and calls the pure
 * calculators in ../calculators.
 */
import { invalidValue, notAvailable } from '../errors';
import { findItem } from '../scale/registry';
import {
  NAV_FREQUENCY_CHOICES,
  STAFFING_ORGANIZATION_ITEM_IDS as IDS,
  allPhasesFromColumns,
  caseloadFromTotals,
  navCollaboration,
  navFrequencyFromText,
  vocationalTimeFromTotal,
  type NavFrequency,
} from '../calculators/staffing-organization';
import { readCaseloadRows } from './caseload-rows';
import { readVocationalPercents } from './percent-rows';
import { checkPhaseWidths, readPhaseRows } from './phase-rows';
import { scoreTeamRows } from './team-rows';
import { scoreByComponents, scoreByJudgement } from '../calculators/judgement';
import {
  columnRows,
  isBlank,
  isOmitted,
  list,
  parallelColumns,
  readNumber,
  readPercentUnit,
  readYesNo,
  scalar,
  toMatrix,
  type CellArg,
  type CellMatrix,
  type CellValue,
} from '../cells';
import {
  CAPS_PARAMETER,
  fractionNote,
  itemFunction,
  PERCENT_UNIT_PARAMETER,
  rangeParameter,
  readCapFlags,
  recordsParameter,
  scalarParameter,
  withNote,
  type ItemFunctionDefinition,
} from './define';
import type { FunctionSpec } from './types';

/** A yes/no flag from an optional column: an omitted column or blank cell is "no". */
function flag(value: CellValue, argument: string, row?: number): boolean {
  return readYesNo(value, { argument, row });
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
    recordsParameter(
      'caseloads',
      'Antall deltakere i hver jobbspesialists portefølje, én rad per jobbspesialist. Tell med personer som får tjenester eller forsøkes oppsøkt minst månedlig; ikke henviste som ennå ikke er møtt.',
      "Number of clients in each employment specialist's caseload, one row per specialist. Count people served or reached out to at least monthly; not referrals not yet met.",
    ),
    recordsParameter(
      'fte',
      'Valgfritt: stillingsandel for hver jobbspesialist, over 0 og høyst 1 (heltid = 1, halv stilling = 0,5). Standard er 1.',
      'Optional: FTE of each specialist, above 0 and at most 1 (full time = 1, half time = 0.5). Default 1.',
      true,
    ),
    recordsParameter(
      'exclude',
      'Valgfritt: ja/nei per rad; ja holder raden utenfor, f.eks. metodeveilederen, hvis portefølje ikke skal telles med.',
      'Optional: yes/no per row; yes leaves the row out, e.g. the supervisor, whose caseload is not counted.',
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
    const { cells, count } = parallelColumns([
      { argument: 'caseloads', arg: caseloads ?? null },
      { argument: 'fte', arg: fte ?? null },
      { argument: 'exclude', arg: exclude ?? null },
    ]);
    const totals = readCaseloadRows({ counts: cells[0], ftes: cells[1], exclude: cells[2] }, count);
    const capped = flag(scalar(noIndividual ?? null, 'no_individual_caseloads'), 'no_individual_caseloads');
    return caseloadFromTotals({ ...totals, noIndividualCaseloads: capped });
  },
});

// --- Bemanning 2 ---------------------------------------------------------------------------

const VOCATIONAL_TIME = itemFunction({
  name: 'VOCATIONAL_TIME',
  itemId: IDS.vocationalTime,
  description: {
    nb: 'Bemanning 2 – Ansatte som yter arbeidsrettede tjenester: gjennomsnittlig andel av tiden jobbspesialistene bruker på arbeidsrettede tjenester, rundet ned, gir skår 1–5.',
    en: 'Staffing 2 – Vocational-only staff: the mean share of time the specialists spend on vocational services, rounded down, gives a score 1–5.',
  },
  parameters: [
    recordsParameter(
      'percent_vocational',
      'Prosent av arbeidstiden hver jobbspesialist bruker på arbeidsrettede tjenester (0–100, eller 0–1 i celler formatert som prosent), én rad per jobbspesialist.',
      'Percent of working time each specialist spends on vocational services (0–100, or 0–1 in cells formatted as percent), one row per specialist.',
    ),
    PERCENT_UNIT_PARAMETER,
    recordsParameter(
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
    const unit = readPercentUnit(unitArg ?? null);
    const { cells } = parallelColumns([
      { argument: 'percent_vocational', arg: percents ?? null },
      { argument: 'exclude', arg: exclude ?? null },
    ]);
    const column = readVocationalPercents(cells[0] ?? [], cells[1], unit);
    const note =
      column.unit === 'fraction'
        ? fractionNote('staffing.vocational_only.read_as_fraction', unit === undefined)
        : undefined;
    const split = flag(scalar(splitRole ?? null, 'split_role'), 'split_role');
    return withNote(vocationalTimeFromTotal({ ...column, splitRole: split }), note);
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
    recordsParameter(
      'phases',
      'Én rad per jobbspesialist med seks ja/nei-celler i skalaens rekkefølge: inntak, innledende og forpliktende samarbeid, karriereveiledning, jobbutvikling, veiledning på arbeidsplassen, oppfølging. Tom celle = nei; helt tomme rader hoppes over.',
      "One row per specialist with six yes/no cells in the scale's order: intake, engagement, career guidance, job development, on-the-job coaching, follow-along support. Blank = no; fully blank rows are skipped.",
    ),
    recordsParameter(
      'refers_out',
      'Valgfritt: ja/nei per jobbspesialist; ja når jobbspesialisten har en portefølje, men henviser deltakere til andre arbeidsrettede tjenester i stedet for å yte dem selv (skår 2).',
      'Optional: yes/no per specialist; yes when the specialist has a caseload but refers clients to other vocational services instead of providing them (score 2).',
      true,
    ),
  ],
  compute: ([phases, refersOut]) => {
    const matrix = toMatrix(phases ?? null);
    let flags: CellMatrix | undefined;
    try {
      flags = isOmitted(refersOut ?? null) ? undefined : columnRows(refersOut ?? null, 'refers_out');
      if (flags && flags.length !== matrix.length) {
        throw invalidValue(
          `argument 'refers_out' has ${flags.length} rows but 'phases' has ${matrix.length}: the ranges must be the same size`,
        );
      }
    } catch (error) {
      checkPhaseWidths(matrix); // a row of another width is reported first
      throw error;
    }
    return allPhasesFromColumns(readPhaseRows(matrix, flags));
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
    recordsParameter(
      'teams',
      'Antall behandlingsteam hver jobbspesialist er tilknyttet (deltar i), én rad per jobbspesialist. 0 = ikke tilknyttet noe team.',
      'Number of treatment teams each specialist is attached to (takes part in), one row per specialist. 0 = no team.',
    ),
    recordsParameter(
      'clients_from_teams',
      'Antall deltakere i porteføljen som kommer fra disse teamene. Trengs ved ett eller to team.',
      'Number of clients in the caseload who come from those teams. Needed for one or two teams.',
    ),
    recordsParameter(
      'caseload',
      'Jobbspesialistens samlede portefølje (antall deltakere). Trengs ved ett eller to team.',
      "The specialist's whole caseload (number of clients). Needed for one or two teams.",
    ),
    recordsParameter(
      'clinicians_not_in_teams',
      'Valgfritt: ja/nei per jobbspesialist med 0 team; ja når jobbspesialisten hører til behandlingsinstitusjonen, men behandlerne ikke er organisert i team (skår 2). Nei/tom: tjenesten fungerer uavhengig av behandlingen (skår 1).',
      'Optional: yes/no per specialist with 0 teams; yes when the specialist belongs to the treating agency but its clinicians are not organised in teams (score 2). No/blank: the service operates independently of treatment (score 1).',
      true,
    ),
  ],
  compute: ([teams, fromTeams, caseloads, notInTeams]) => {
    const { cells, count } = parallelColumns([
      { argument: 'teams', arg: teams ?? null },
      { argument: 'clients_from_teams', arg: fromTeams ?? null },
      { argument: 'caseload', arg: caseloads ?? null },
      { argument: 'clinicians_not_in_teams', arg: notInTeams ?? null },
    ]);
    return scoreTeamRows({ teams: cells[0], fromTeams: cells[1], caseloads: cells[2], notInTeams: cells[3] }, count);
  },
});

// --- Organisasjon 3 ------------------------------------------------------------------------

function readFrequency(arg: CellArg, argument: string): NavFrequency {
  const value = scalar(arg ?? null, argument);
  if (isBlank(value))
    throw notAvailable(`argument '${argument}': no frequency given; expected one of ${NAV_FREQUENCY_CHOICES}`);
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
    navCollaboration({
      meetings: readFrequency(meetings ?? null, 'meetings'),
      contacts: readFrequency(contacts ?? null, 'contacts'),
    }),
});

// --- Generic: components and judgement items ---------------------------------------------

const ITEM_PARAMETER = scalarParameter(
  'item',
  'Evalueringspunktets nummer på skårskjemaet (1–25) eller dets ID, f.eks. "org.team_contact".',
  'The item\'s number on the score sheet (1–25) or its id, e.g. "org.team_contact".',
);

const COMPONENTS = genericItemFunction({
  name: 'COMPONENTS',
  description: {
    nb: 'Skår 1–5 for et punkt som vurderes etter antall komponenter som er til stede (f.eks. Organisasjon 2, 5, 7 og 8), lest av punktets egne alternativer.',
    en: "Score 1–5 for an item rated by the number of components present (e.g. Organisation 2, 5, 7 and 8), read from the item's own anchors.",
  },
  parameters: [
    ITEM_PARAMETER,
    rangeParameter(
      'present',
      'Én ja/nei-celle per komponent i skalaens rekkefølge, nøyaktig så mange som punktet har komponenter. Tom celle = ikke til stede.',
      "One yes/no cell per component in the scale's order, exactly as many as the item has components. Blank = not present.",
    ),
    CAPS_PARAMETER,
  ],
  compute: ([itemArg, presentArg, capsArg]) => {
    const item = findItem(scalar(itemArg ?? null, 'item'), 'item');
    const cells = list(presentArg ?? null, 'present');
    if (cells.length === 0)
      throw notAvailable(
        `argument 'present': no components given; expected ${item.components?.length ?? "the item's"} yes/no cells`,
      );
    const present = cells.map((cell, index) => readYesNo(cell, { argument: 'present', row: index + 1 }));
    return scoreByComponents(item, present, readCapFlags(capsArg));
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
    scalarParameter(
      'score',
      'Alternativet evaluatorene valgte (helt tall 1–5).',
      'The anchor the evaluators chose (a whole number 1–5).',
    ),
    CAPS_PARAMETER,
  ],
  compute: ([itemArg, scoreArg, capsArg]) => {
    const item = findItem(scalar(itemArg ?? null, 'item'), 'item');
    const value = scalar(scoreArg ?? null, 'score');
    if (isBlank(value)) throw notAvailable(`argument 'score': no score chosen; expected a whole score 1–5`);
    const chosen = readNumber(
      value,
      { argument: 'score' },
      { min: 1, max: 5, integer: true, expected: 'a whole score 1–5' },
    );
    return scoreByJudgement(item, chosen, readCapFlags(capsArg));
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
