import type { FunctionHelp } from './types';

/**
 * The help of the staffing and organization items, and of COMPONENTS and JUDGEMENT (any item):
 * what each function gives and what each parameter takes, in Norwegian and English (see index.ts).
 */
export const STAFFING_ORGANIZATION_HELP: Readonly<Record<string, FunctionHelp>> = {
  CASELOAD: {
    description: {
      nb: 'Bemanning 1 – Deltakerportefølje: antall deltakere per heltids jobbspesialist (sum av porteføljene delt på sum av stillingsandelene), rundet ned, gir skår 1–5.',
      en: 'Staffing 1 – Caseload size: clients per full-time employment specialist (all caseloads added, divided by all FTE), rounded down, gives a score 1–5.',
    },
    parameters: {
      caseloads: {
        nb: 'Antall deltakere i hver jobbspesialists portefølje, én rad per jobbspesialist. Tell med personer som får tjenester eller forsøkes oppsøkt minst månedlig; ikke henviste som ennå ikke er møtt.',
        en: "Number of clients in each employment specialist's caseload, one row per specialist. Count people served or reached out to at least monthly; not referrals not yet met.",
      },
      fte: {
        nb: 'Valgfritt: stillingsandel for hver jobbspesialist, over 0 og høyst 1 (heltid = 1, halv stilling = 0,5). Standard er 1.',
        en: 'Optional: FTE of each specialist, above 0 and at most 1 (full time = 1, half time = 0.5). Default 1.',
      },
      exclude: {
        nb: 'Valgfritt: ja/nei per rad; ja holder raden utenfor, f.eks. metodeveilederen, hvis portefølje ikke skal telles med.',
        en: 'Optional: yes/no per row; yes leaves the row out, e.g. the supervisor, whose caseload is not counted.',
      },
      no_individual_caseloads: {
        nb: 'Valgfritt: ja hvis jobbspesialistene ikke har egne porteføljer (felles teamportefølje eller møter etter interesse); skåren blir da høyst 3.',
        en: 'Optional: yes if the specialists have no individual caseloads (a shared team caseload, or meeting people as interest comes and goes); the score is then at most 3.',
      },
    },
  },
  VOCATIONAL_TIME: {
    description: {
      nb: 'Bemanning 2 – Ansatte som yter arbeidsrettede tjenester: gjennomsnittlig andel av tiden jobbspesialistene bruker på arbeidsrettede tjenester, rundet ned, gir skår 1–5.',
      en: 'Staffing 2 – Vocational-only staff: the mean share of time the specialists spend on vocational services, rounded down, gives a score 1–5.',
    },
    parameters: {
      percent_vocational: {
        nb: 'Prosent av arbeidstiden hver jobbspesialist bruker på arbeidsrettede tjenester (0–100, eller 0–1 i celler formatert som prosent), én rad per jobbspesialist.',
        en: 'Percent of working time each specialist spends on vocational services (0–100, or 0–1 in cells formatted as percent), one row per specialist.',
      },
      exclude: {
        nb: 'Valgfritt: ja/nei per rad; ja holder raden utenfor, f.eks. metodeveilederen.',
        en: 'Optional: yes/no per row; yes leaves the row out, e.g. the supervisor.',
      },
      split_role: {
        nb: 'Valgfritt: ja når en liten behandlingsinstitusjon (60–140 personer) lar jobbspesialisten dele tiden mellom koordinering og arbeidsrettede tjenester; skåren blir da 1.',
        en: 'Optional: yes when a small agency (60–140 people served) has the specialist split time between coordination and vocational services; the score is then 1.',
      },
    },
  },
  ALL_PHASES: {
    description: {
      nb: 'Bemanning 3 – Jobbspesialistene utfører alle faser i den arbeidsrettede oppfølgingen: skår per jobbspesialist etter antall faser, gjennomsnittet rundet ned.',
      en: 'Staffing 3 – Specialists carry out all phases of vocational services: a score per specialist from the number of phases, the mean rounded down.',
    },
    parameters: {
      phases: {
        nb: 'Én rad per jobbspesialist med seks ja/nei-celler i skalaens rekkefølge: inntak, innledende og forpliktende samarbeid, karriereveiledning, jobbutvikling, veiledning på arbeidsplassen, oppfølging. Tom celle = nei; helt tomme rader hoppes over.',
        en: "One row per specialist with six yes/no cells in the scale's order: intake, engagement, career guidance, job development, on-the-job coaching, follow-along support. Blank = no; fully blank rows are skipped.",
      },
      refers_out: {
        nb: 'Valgfritt: ja/nei per jobbspesialist; ja når jobbspesialisten har en portefølje, men henviser deltakere til andre arbeidsrettede tjenester i stedet for å yte dem selv (skår 2).',
        en: 'Optional: yes/no per specialist; yes when the specialist has a caseload but refers clients to other vocational services instead of providing them (score 2).',
      },
    },
  },
  TEAM_INTEGRATION: {
    description: {
      nb: 'Organisasjon 1 – Integrering gjennom teamarbeid: skår per jobbspesialist etter antall behandlingsteam og andelen av porteføljen som kommer fra dem, gjennomsnittet rundet ned.',
      en: 'Organisation 1 – Integration through team assignment: a score per specialist from the number of treatment teams and the share of the caseload from them, the mean rounded down.',
    },
    parameters: {
      teams: {
        nb: 'Antall behandlingsteam hver jobbspesialist er tilknyttet (deltar i), én rad per jobbspesialist. 0 = ikke tilknyttet noe team.',
        en: 'Number of treatment teams each specialist is attached to (takes part in), one row per specialist. 0 = no team.',
      },
      clients_from_teams: {
        nb: 'Antall deltakere i porteføljen som kommer fra disse teamene. Trengs ved ett eller to team.',
        en: 'Number of clients in the caseload who come from those teams. Needed for one or two teams.',
      },
      caseload: {
        nb: 'Jobbspesialistens samlede portefølje (antall deltakere). Trengs ved ett eller to team.',
        en: "The specialist's whole caseload (number of clients). Needed for one or two teams.",
      },
      clinicians_not_in_teams: {
        nb: 'Valgfritt: ja/nei per jobbspesialist med 0 team; ja når jobbspesialisten hører til behandlingsinstitusjonen, men behandlerne ikke er organisert i team (skår 2). Nei/tom: tjenesten fungerer uavhengig av behandlingen (skår 1).',
        en: 'Optional: yes/no per specialist with 0 teams; yes when the specialist belongs to the treating agency but its clinicians are not organised in teams (score 2). No/blank: the service operates independently of treatment (score 1).',
      },
    },
  },
  NAV_COLLABORATION: {
    description: {
      nb: 'Organisasjon 3 – Samarbeid mellom jobbspesialister og NAV-veiledere: skår 1–5 ut fra hvor ofte de har planlagte, personlige møter og deltakerrelatert kontakt.',
      en: 'Organisation 3 – Collaboration between specialists and NAV counsellors: a score 1–5 from how often they hold scheduled in-person meetings and have client-related contact.',
    },
    parameters: {
      meetings: {
        nb: 'Hvor ofte jobbspesialister og NAV-veiledere har planlagte, personlige møter: ingen, sjeldnere enn kvartalsvis, kvartalsvis, månedlig eller ukentlig.',
        en: 'How often specialists and NAV counsellors hold scheduled in-person meetings: none, less than quarterly, quarterly, monthly or weekly.',
      },
      contacts: {
        nb: 'Hvor ofte de har deltakerrelatert kontakt (telefon, e-post, personlig møte) om felles deltakere og henvisninger: ingen, sjeldnere enn kvartalsvis, kvartalsvis, månedlig eller ukentlig.',
        en: 'How often they have client-related contact (phone, e-mail, in person) about shared clients and referrals: none, less than quarterly, quarterly, monthly or weekly.',
      },
    },
  },
  COMPONENTS: {
    description: {
      nb: 'Skår 1–5 for et punkt som vurderes etter antall komponenter som er til stede (f.eks. Organisasjon 2, 5, 7 og 8), lest av punktets egne alternativer.',
      en: "Score 1–5 for an item rated by the number of components present (e.g. Organisation 2, 5, 7 and 8), read from the item's own anchors.",
    },
    parameters: {
      item: {
        nb: 'Evalueringspunktets nummer på skårskjemaet (1–25) eller dets ID, f.eks. "org.team_contact".',
        en: 'The item\'s number on the score sheet (1–25) or its id, e.g. "org.team_contact".',
      },
      present: {
        nb: 'Én ja/nei-celle per komponent i skalaens rekkefølge, nøyaktig så mange som punktet har komponenter. Tom celle = ikke til stede.',
        en: "One yes/no cell per component in the scale's order, exactly as many as the item has components. Blank = not present.",
      },
    },
  },
  JUDGEMENT: {
    description: {
      nb: 'Skår 1–5 for et punkt der evaluatorene velger alternativet (f.eks. Organisasjon 4 og 6): valgt skår, senket av hver begrensning håndboken angir som gjelder.',
      en: 'Score 1–5 for an item where the raters choose the anchor (e.g. Organisation 4 and 6): the chosen score, lowered by each cap the manual states that applies.',
    },
    parameters: {
      item: {
        nb: 'Evalueringspunktets nummer på skårskjemaet (1–25) eller dets ID, f.eks. "org.team_contact".',
        en: 'The item\'s number on the score sheet (1–25) or its id, e.g. "org.team_contact".',
      },
      score: {
        nb: 'Alternativet evaluatorene valgte (helt tall 1–5).',
        en: 'The anchor the raters chose (a whole number 1–5).',
      },
    },
  },
};
