/**
 * The 25-item IPS Supported Employment Fidelity Scale («IPS-kvalitetsskala»), as data.
 *
 * Source: the Norwegian manual «Håndbok i kvalitetsevaluering IPS Supported Employment»
 * (translation of the Supported Employment Fidelity Review Manual). The scale itself, the
 * data-source legend and the score sheet are printed at the end of the manual; chapter 9
 * gives the per-item guidance. Line numbers (`manualLines`) point into the text edition of
 * that manual used by the project (`seeds/000_a2c70abd5fbce968.txt`).
 *
 * Norwegian (`nb`) names, criteria, anchors and components are copied verbatim from the
 * scale; the PDF's line breaks are joined with single spaces and nothing else is changed
 * (missing full stops, «ELLER», «tidsbegrensninger.ii)» etc. are kept as printed).
 * English (`en`) is a faithful translation; where the Norwegian follows the well-known
 * English scale its wording is reused, with Norwegian terms kept (NAV, participant).
 *
 * Cap conditions (`caps`) are paraphrased from the manual (they are statements of the
 * evaluator's situation, phrased so that "yes" means the cap applies), not verbatim.
 *
 * Pure data: no functions. Calculators implement the numeric rules in code.
 */
import type { ScaleDefinition } from './types';

export const IPS_25: ScaleDefinition = {
  id: 'ips25',
  name: { nb: 'IPS-kvalitetsskala', en: 'IPS Supported Employment Fidelity Scale' },
  // The 25-item scale of 2008, unchanged in the manual updated 2015 [000:64, 000:80, 000:9464].
  version: '2008',

  sections: [
    { id: 'staffing', name: { nb: 'Bemanning', en: 'Staffing' } },
    { id: 'organization', name: { nb: 'Organisasjon', en: 'Organization' } },
    { id: 'services', name: { nb: 'Tjenester', en: 'Services' } },
  ],

  items: [
    // ───────────────────────────── BEMANNING / STAFFING ─────────────────────────────
    {
      id: 'staffing.caseload_size',
      sectionId: 'staffing',
      number: 1,
      sheetNumber: 1,
      name: { nb: 'Deltakerportefølje', en: 'Caseload size' },
      criterion: {
        nb: 'Hver jobbspesialist har individuelle deltakerporteføljer. Porteføljestørrelsen for hver heltidsansatt jobbspesialist er maksimalt 20 deltakere.',
        en: 'Each employment specialist has an individual caseload. The caseload size for each full-time employment specialist is at most 20 participants.',
      },
      anchors: [
        {
          nb: '41 eller flere deltakere per jobbspesialist.',
          en: '41 or more participants per employment specialist.',
        },
        {
          nb: 'Mellom 31 og 40 deltakere per jobbspesialist.',
          en: 'Between 31 and 40 participants per employment specialist.',
        },
        {
          nb: 'Mellom 26 og 30 deltakere per jobbspesialist.',
          en: 'Between 26 and 30 participants per employment specialist.',
        },
        {
          nb: 'Mellom 21 og 25 deltakere per jobbspesialist.',
          en: 'Between 21 and 25 participants per employment specialist.',
        },
        {
          nb: '20 eller færre deltakere per jobbspesialist.',
          en: '20 or fewer participants per employment specialist.',
        },
      ],
      sources: ['MIS', 'DOC', 'INT'],
      kind: 'numericBands',
      caps: [
        {
          id: 'staffing.caseload_size.no_individual_caseloads',
          maxScore: 3,
          condition: {
            nb: 'Jobbspesialistene har ikke egne deltakerporteføljer: de har ikke egen porteføljeoversikt, møter ikke deltakere regelmessig og fyller ikke ut dokumentasjon (f.eks. jobbutviklingsplan, karriereprofil) for personene i porteføljen (f.eks. én felles teamportefølje, eller personer møtes bare når de viser interesse).',
            en: 'Employment specialists do not have individual caseloads: they keep no caseload list of their own, do not meet participants regularly and do not complete documentation (e.g. job development plan, career profile) for the people on the caseload (e.g. one shared team caseload, or people are seen only while they show interest).',
          },
          manualLines: [2640, 2655],
        },
      ],
      manualLines: [2613, 2759],
    },
    {
      id: 'staffing.vocational_only',
      sectionId: 'staffing',
      number: 2,
      sheetNumber: 2,
      name: { nb: 'Ansatte som yter arbeidsrettede tjenester', en: 'Employment services staff' },
      criterion: {
        nb: 'Jobbspesialistene yter bare arbeidsrettede tjenester.',
        en: 'Employment specialists provide only vocational services.',
      },
      anchors: [
        {
          nb: 'Jobbspesialistene yter arbeidsrettede tjenester mindre enn 60 prosent av tiden.',
          en: 'Employment specialists provide vocational services less than 60 percent of the time.',
        },
        {
          nb: 'Jobbspesialistene yter arbeidsrettede tjenester 60–74 prosent av tiden',
          en: 'Employment specialists provide vocational services 60–74 percent of the time.',
        },
        {
          nb: 'Jobbspesialistene yter arbeidsrettede tjenester 75–89 prosent av tiden.',
          en: 'Employment specialists provide vocational services 75–89 percent of the time.',
        },
        {
          nb: 'Jobbspesialistene yter arbeidsrettede tjenester 90–95 prosent av tiden',
          en: 'Employment specialists provide vocational services 90–95 percent of the time.',
        },
        {
          nb: 'Jobbspesialistene yter arbeidsrettede tjenester 96 prosent eller mer av tiden',
          en: 'Employment specialists provide vocational services 96 percent or more of the time.',
        },
      ],
      sources: ['MIS', 'DOC', 'INT'],
      kind: 'numericBands',
      caps: [
        {
          id: 'staffing.vocational_only.split_role',
          maxScore: 1,
          condition: {
            nb: 'Ved en liten behandlingsinstitusjon (60–140 personer) deler jobbspesialisten tiden sin mellom koordineringstjenester (eller andre ikke-arbeidsrettede oppgaver) og arbeidsrettede tjenester fordi tjenesten ikke er stor nok til en hel IPS-portefølje.',
            en: 'In a small treatment agency (60–140 people served) the employment specialist splits their time between coordination (or other non-vocational) duties and vocational services because the service is not large enough for a full IPS caseload.',
          },
          manualLines: [2837, 2850],
        },
      ],
      manualLines: [2765, 3012],
    },
    {
      id: 'staffing.all_phases',
      sectionId: 'staffing',
      number: 3,
      sheetNumber: 3,
      name: {
        nb: 'Jobbspesialistene utfører alle faser i den arbeidsrettede oppfølgingen',
        en: 'Employment specialists carry out all phases of vocational services',
      },
      criterion: {
        nb: 'Den enkelte jobbspesialist utfører alle faser av den arbeidsrettede oppfølgingen, inkludert inntak, innledende og forpliktende samarbeid, karriereveiledning, jobbutvikling, veiledning på arbeidsplassen og oppfølging før tjenesten trappes ned til mindre intensiv jobbstøtte fra en annen behandler i den psykiske helsetjenesten. (Merk: Det forventes ikke at den enkelte jobbspesialist skal gi råd om stønader til sine deltakere. Henvisning til en stønadsveileder er i tråd med kvalitetsmålet, se punkt nr. 1 under «Tjenester».).',
        en: "Each employment specialist carries out all phases of the vocational service, including intake, engagement (initial and committed collaboration), career guidance, job development, on-the-job coaching and follow-along support, before the service is stepped down to less intensive job support from another mental health practitioner. (Note: Each employment specialist is not expected to give benefits advice to their participants. Referral to a benefits counsellor is consistent with fidelity; see item 1 under 'Services'.)",
      },
      anchors: [
        {
          nb: 'Jobbspesialisten henviser kun til leverandører og andre programmer som yter arbeidsrettet oppfølging',
          en: 'The employment specialist only refers to vendors and other programmes that provide vocational services.',
        },
        {
          nb: 'Jobbspesialisten har en deltakerportefølje, men henviser deltakere til andre arbeidsrettede tjenester.',
          en: 'The employment specialist has a caseload but refers participants to other vocational services.',
        },
        {
          nb: 'Jobbspesialisten utfører fra én til fire faser i den arbeidsrettede oppfølgingen (f.eks. inntak, innledende og forpliktende samarbeid, karriereveiledning, jobbutvikling, veiledning på arbeidsplassen og oppfølging).',
          en: 'The employment specialist carries out one to four phases of the vocational service (e.g. intake, engagement, career guidance, job development, on-the-job coaching and follow-along support).',
        },
        {
          nb: 'Jobbspesialisten utfører fem faser av den arbeidsrettede oppfølgingen, men ikke hele tjenesten.',
          en: 'The employment specialist carries out five phases of the vocational service, but not the whole service.',
        },
        {
          nb: 'Jobbspesialisten utfører alle de seks fasene av den arbeidsrettede oppfølgingen.',
          en: 'The employment specialist carries out all six phases of the vocational service.',
        },
      ],
      sources: ['MIS', 'DOC', 'INT'],
      kind: 'perSpecialistAverage',
      caps: [
        {
          id: 'staffing.all_phases.intake_by_other',
          maxScore: 4,
          condition: {
            nb: 'Metodeveilederen (eller en annen utpekt person) tar imot alle nye deltakere som henvises, før de tilordnes en jobbspesialist, slik at jobbspesialisten ikke er ansvarlig for innledende kontakt.',
            en: 'The IPS supervisor (or another designated person) takes in all newly referred participants before they are assigned to an employment specialist, so the employment specialist is not responsible for the initial contact.',
          },
          manualLines: [3092, 3102],
        },
        {
          id: 'staffing.all_phases.refers_out',
          maxScore: 2,
          condition: {
            nb: 'Jobbspesialistene henviser personer til andre arbeidsrettede tjenester (f.eks. ved sentret eller i nærheten) i stedet for å yte tjenestene direkte.',
            en: 'Employment specialists refer people to other vocational services (e.g. at the centre or nearby) instead of providing the services directly.',
          },
          manualLines: [3136, 3140],
        },
      ],
      manualLines: [3018, 3201],
    },

    // ───────────────────────────── ORGANISASJON / ORGANIZATION ─────────────────────────────
    {
      id: 'org.team_integration',
      sectionId: 'organization',
      number: 1,
      sheetNumber: 4,
      name: {
        nb: 'Integrering av arbeidsrettede tjenester med behandling av psykiske lidelser gjennom teamarbeid',
        en: 'Integration of vocational services with mental health treatment through teamwork',
      },
      criterion: {
        nb: 'Jobbspesialistene deltar i inntil to behandlingsteam, som omfatter minst 90 prosent av jobbspesialistens deltakerportefølje',
        en: "Employment specialists are part of up to two treatment teams, from which at least 90 percent of the employment specialist's caseload is drawn.",
      },
      anchors: [
        {
          nb: 'Jobbspesialistene er en del av en arbeidsrettet tjeneste som fungerer uavhengig av behandling av psykiske lidelser.',
          en: 'Employment specialists are part of a vocational service that operates independently of mental health treatment.',
        },
        {
          nb: 'Jobbspesialistene er tilknyttet tre eller flere behandlingsteam for psykiske lidelser. ELLER deltakerne betjenes av behandlere som ikke er organisert i team. ELLER jobbspesialistene er tilknyttet ett eller to team, som omfatter mindre enn 50 prosent av jobbspesialistens deltakerportefølje.',
          en: "Employment specialists are attached to three or more mental health treatment teams. OR participants are served by clinicians who are not organized into teams. OR employment specialists are attached to one or two teams from which less than 50 percent of the employment specialist's caseload is drawn.",
        },
        {
          nb: 'Jobbspesialistene er tilknyttet ett eller to behandlingsteam, som omfatter minst 50–74 prosent av jobbspesialistens deltakerportefølje.',
          en: "Employment specialists are attached to one or two treatment teams from which at least 50–74 percent of the employment specialist's caseload is drawn.",
        },
        {
          nb: 'Jobbspesialistene er tilknyttet ett eller to behandlingsteam, som omfatter minst 75–89 prosent av jobbspesialistens deltakerportefølje',
          en: "Employment specialists are attached to one or two treatment teams from which at least 75–89 percent of the employment specialist's caseload is drawn.",
        },
        {
          nb: 'Jobbspesialistene er tilknyttet ett eller to behandlingsteam, som omfatter 90–100 prosent av jobbspesialistens deltakerportefølje.',
          en: "Employment specialists are attached to one or two treatment teams from which 90–100 percent of the employment specialist's caseload is drawn.",
        },
      ],
      sources: ['MIS', 'DOC', 'INT', 'OBS'],
      kind: 'perSpecialistAverage',
      manualLines: [3204, 3396],
    },
    {
      id: 'org.team_contact',
      sectionId: 'organization',
      number: 2,
      sheetNumber: 5,
      name: {
        nb: 'Integrering av arbeidsrettede tjenester med behandling av psykiske lidelser gjennom hyppig kontakt med teammedlemmer',
        en: 'Integration of vocational services with mental health treatment through frequent team member contact',
      },
      criterion: {
        nb: 'Jobbspesialistene deltar aktivt i ukentlige møter i behandlingsteamet (kan ikke erstattes av administrative møter), der enkeltdeltakere og deres jobbmuligheter diskuteres og beslutninger fattes i fellesskap. Jobbspesialistens kontor er plassert i nærheten av (eller deles med) ansatte i behandlingsteamet. Dokumentasjon av behandling og de arbeidsrettede tjenestene er integrert i samme pasientjournal. Jobbspesialistene hjelper teamet med å holde fokus på arbeid også for personer som ennå ikke er henvist til arbeidsrettede tjenester.',
        en: "Employment specialists actively participate in weekly treatment team meetings (not replaceable by administrative meetings) where individual participants and their job opportunities are discussed and decisions are made jointly. The employment specialist's office is located near (or shared with) treatment team members. Documentation of treatment and of vocational services is integrated in the same patient record. Employment specialists help the team keep a focus on work, also for people who have not yet been referred to vocational services.",
      },
      anchors: [
        { nb: 'Ett eller ingen elementer er til stede.', en: 'One or no elements are present.' },
        { nb: 'To elementer er til stede.', en: 'Two elements are present.' },
        { nb: 'Tre elementer er til stede.', en: 'Three elements are present.' },
        { nb: 'Fire elementer er til stede.', en: 'Four elements are present.' },
        { nb: 'Fem elementer er til stede.', en: 'Five elements are present.' },
      ],
      sources: ['MIS', 'DOC', 'INT', 'OBS'],
      kind: 'components',
      components: [
        {
          nb: 'Jobbspesialisten deltar på ukentlige møter med behandlingsteamet.',
          en: 'The employment specialist attends weekly meetings with the treatment team.',
        },
        {
          nb: 'Jobbspesialisten deltar aktivt i behandlingsteamets møter, der beslutninger fattes i fellesskap.',
          en: 'The employment specialist participates actively in the treatment team meetings, where decisions are made jointly.',
        },
        {
          nb: 'Dokumentasjon av de arbeidsrettede tjenestene (f.eks. karriereprofil, jobbutviklingsplan, journalnotater) integreres i deltakerens behandlingsjournal.',
          en: "Documentation of the vocational services (e.g. career profile, job development plan, progress notes) is integrated into the participant's treatment record.",
        },
        {
          nb: 'Jobbspesialistens kontor er i nærheten av (eller deles med) ansatte i behandlingsteamet.',
          en: "The employment specialist's office is near (or shared with) treatment team members.",
        },
        {
          nb: 'Jobbspesialisten hjelper teamet med å ha fokus på arbeid for personer som ennå ikke er henvist til arbeidsrettede tjenester.',
          en: 'The employment specialist helps the team keep a focus on work for people who have not yet been referred to vocational services.',
        },
      ],
      // «Ett eller ingen» → 1; two to five elements → the same number.
      scoreForComponentCount: [1, 1, 2, 3, 4, 5],
      manualLines: [3397, 3891],
    },
    {
      id: 'org.nav_collaboration',
      sectionId: 'organization',
      number: 3,
      sheetNumber: 6,
      name: {
        nb: 'Samarbeid mellom jobbspesialister og NAV-veiledere',
        en: 'Collaboration between employment specialists and NAV counsellors',
      },
      criterion: {
        nb: 'Jobbspesialister og NAV-veiledere har hyppig kontakt for å diskutere felles deltakere og finne frem til personer som kan henvises.',
        en: 'Employment specialists and NAV counsellors have frequent contact to discuss shared participants and to identify people who could be referred.',
      },
      anchors: [
        {
          nb: 'Jobbspesialister og NAV-veiledere har deltakerrelaterte kontakter (på telefon, på e-post, ved personlig møte) sjeldnere enn hvert kvartal for å diskutere felles deltakere og henvisninger. ELLER jobbspesialister og NAV-veiledere kommuniserer ikke.',
          en: 'Employment specialists and NAV counsellors have participant-related contacts (by phone, by e-mail, in person) less often than quarterly to discuss shared participants and referrals. OR employment specialists and NAV counsellors do not communicate.',
        },
        {
          nb: 'Jobbspesialister og NAV-veiledere har deltakerrelatert kontakt (på telefon, på e-post, ved personlig møte) minst hvert kvartal for å diskutere felles deltakere og henvisninger.',
          en: 'Employment specialists and NAV counsellors have participant-related contact (by phone, by e-mail, in person) at least quarterly to discuss shared participants and referrals.',
        },
        {
          nb: 'Jobbspesialister og NAV-veiledere har deltakerrelaterte kontakter (på telefon, på e-post, ved personlig møte) hver måned for å diskutere felles deltakere og henvisninger.',
          en: 'Employment specialists and NAV counsellors have participant-related contacts (by phone, by e-mail, in person) monthly to discuss shared participants and referrals.',
        },
        {
          nb: 'Jobbspesialister og NAV-veiledere har planlagte, personlige møter minst hvert kvartal, ELLER har deltakerrelaterte kontakter (på telefon, på e-post, ved personlig møte) hver uke for å diskutere felles deltakere og henvisninger.',
          en: 'Employment specialists and NAV counsellors have scheduled, in-person meetings at least quarterly, OR have participant-related contacts (by phone, by e-mail, in person) weekly to discuss shared participants and referrals.',
        },
        {
          nb: 'Jobbspesialister og NAV-veiledere har planlagte, personlige møter minst hver måned og har deltakerrelaterte kontakter (på telefon, på e-post, ved personlig møte) hver uke for å diskutere felles deltakere og henvisninger.',
          en: 'Employment specialists and NAV counsellors have scheduled, in-person meetings at least monthly and have participant-related contacts (by phone, by e-mail, in person) weekly to discuss shared participants and referrals.',
        },
      ],
      sources: ['DOC', 'INT', 'OBS', 'ISP'],
      kind: 'judgement',
      manualLines: [3897, 4001],
    },
    {
      id: 'org.es_team',
      sectionId: 'organization',
      number: 4,
      sheetNumber: 7,
      name: { nb: 'Jobbspesialistteam', en: 'Employment specialist team (vocational unit)' },
      criterion: {
        // The PDF interleaves anchor 1 into the criterion's first line; this is the criterion alone.
        nb: 'Jobbspesialistteamet består av minst to heltidsansatte jobbspesialister og en metodeveileder. De har ukentlige deltakerbaserte gruppeveiledninger i henhold til IPS-modellen, hvor de finner frem til strategier, utveksler jobbmuligheter og diskuterer deltakere. De dekker ved behov opp for hverandre mht. deltakerporteføljer.',
        en: "The employment specialist team consists of at least two full-time employment specialists and an IPS supervisor. They have weekly participant-based group supervision following the IPS model, in which they identify strategies, share job leads and discuss participants. They cover for each other's caseloads when needed.",
      },
      anchors: [
        {
          nb: 'Jobbspesialistene er ikke del av et jobbspesialistteam.',
          en: 'Employment specialists are not part of an employment specialist team.',
        },
        {
          nb: 'Jobbspesialistene har samme metodeveileder, men møtes ikke som en gruppe. De dekker ikke opp for hverandre mht. deltakerporteføljer.',
          en: "Employment specialists have the same supervisor but do not meet as a group. They do not cover for each other's caseloads.",
        },
        {
          nb: 'Jobbspesialistene har samme metodeveileder og diskuterer deltakere med hverandre ukentlig. De dekker om nødvendig opp for hverandre mht. deltakerporteføljer. ELLER hvis et program implementeres i et landlig område, der jobbspesialistene er geografisk atskilt med én jobbspesialist på hvert sted, møtes jobbspesialistene 2–3 ganger per måned til telefonkonferanse med sin metodeveileder.',
          en: "Employment specialists have the same supervisor and discuss participants with each other weekly. They cover for each other's caseloads when necessary. OR, if a programme is implemented in a rural area where the employment specialists are geographically separated with one employment specialist at each site, the employment specialists meet 2–3 times per month with their supervisor by teleconference.",
        },
        {
          nb: 'Minst to jobbspesialister og en metodeveileder danner et jobbspesialistteam som avholder regelmessig 2–3 planlagte møter per måned for deltakerbasert gruppeveiledning for å finne frem til strategier, utveksle jobbmuligheter og diskutere deltakere. De dekker ved behov opp for hverandre mht. deltakerporteføljer. ELLER hvis et program implementeres i et landlig område, der jobbspesialistene er geografisk atskilt med én jobbspesialist på hvert sted, møter jobbspesialistene 2–3 ganger per måned sin metodeveileder ansikt til ansikt eller gjennom telefonkonferanse, og behandlere er tilgjengelige for å hjelpe jobbspesialisten med aktiviteter som å bringe deltakere til arbeidsplassen eller hente jobbsøknader.',
          en: "At least two employment specialists and a supervisor form an employment specialist team that regularly holds 2–3 scheduled meetings per month for participant-based group supervision to identify strategies, share job leads and discuss participants. They cover for each other's caseloads when needed. OR, if a programme is implemented in a rural area where the employment specialists are geographically separated with one employment specialist at each site, the employment specialists meet their supervisor 2–3 times per month face to face or by teleconference, and clinicians are available to help the employment specialist with activities such as bringing participants to the workplace or picking up job applications.",
        },
        {
          nb: 'Minst to heltidsansatte jobbspesialister og en metodeveileder danner et jobbspesialistteam med ukentlige deltakerbaserte gruppeveiledninger basert på IPS-modellen for å finne frem til strategier og drøfte jobbmuligheter. De dekker ved behov opp for hverandre mht. deltakerporteføljer',
          en: "At least two full-time employment specialists and a supervisor form an employment specialist team with weekly participant-based group supervision based on the IPS model to identify strategies and discuss job leads. They cover for each other's caseloads when needed.",
        },
      ],
      sources: ['MIS', 'INT', 'OBS'],
      kind: 'judgement',
      caps: [
        {
          id: 'org.es_team.admin_meetings',
          maxScore: 3,
          condition: {
            nb: 'Jobbspesialistenes ukentlige møter går for det meste med til administrative saker eller raske oppdateringer om hver person som betjenes (ikke til å finne løsninger, utveksle jobbmuligheter og feire suksesser).',
            en: "The employment specialists' weekly meetings are mostly spent on administrative matters or quick updates on each person served (rather than problem-solving, sharing job leads and celebrating successes).",
          },
          manualLines: [4084, 4092],
        },
        {
          id: 'org.es_team.supervision_not_ips',
          maxScore: 3,
          condition: {
            nb: 'Metodeveilederen har ikke kunnskap om IPS-prinsipper og -praksis (f.eks. sier at IPS ikke er tilgjengelig for personer med aktive rusmiddelproblemer, eller foreslår å avslutte saker etter 90 dager i jobb), slik at veiledningen ikke er basert på evidensbasert praksis.',
            en: 'The IPS supervisor lacks knowledge of IPS principles and practice (e.g. says IPS is not available to people with active substance use, or suggests closing cases after 90 days of employment), so the supervision is not based on evidence-based practice.',
          },
          manualLines: [4094, 4102],
        },
        {
          id: 'org.es_team.single_js',
          maxScore: 1,
          condition: {
            nb: 'Det er bare én jobbspesialist, og ingen kollega (f.eks. en metodeveileder med egen deltakerportefølje eller en erfaringskonsulent) kan utveksle jobbmuligheter med og dekke opp for vedkommende.',
            en: 'There is only one employment specialist, and no colleague (e.g. a supervisor with their own caseload, or a peer specialist) can share job leads with them and cover for them.',
          },
          manualLines: [4104, 4132],
        },
      ],
      manualLines: [4007, 4214],
    },
    {
      id: 'org.supervisor_role',
      sectionId: 'organization',
      number: 5,
      sheetNumber: 8,
      name: { nb: 'Rollen til metodeveilederen', en: 'Role of the IPS supervisor' },
      criterion: {
        nb: 'Jobbspesialistteamet ledes av en metodeveileder. Jobbspesialistenes ferdigheter utvikles og styrkes gjennom resultatbasert ledelse. Alle de fem nøkkelpunktene til metodeveilederen er oppfylt.',
        en: "The employment specialist team is led by an IPS supervisor. The employment specialists' skills are developed and strengthened through outcome-based supervision. All five key points for the supervisor are fulfilled.",
      },
      anchors: [
        { nb: 'Én eller ingen rolle er oppfylt.', en: 'One or no roles are fulfilled.' },
        { nb: 'To roller er oppfylt.', en: 'Two roles are fulfilled.' },
        { nb: 'Tre roller er oppfylt.', en: 'Three roles are fulfilled.' },
        { nb: 'Fire roller er oppfylt.', en: 'Four roles are fulfilled.' },
        { nb: 'Fem roller er oppfylt.', en: 'Five roles are fulfilled.' },
      ],
      sources: ['MIS', 'INT', 'DOC', 'OBS'],
      kind: 'components',
      components: [
        {
          nb: 'Én heltidsansatt metodeveileder har ansvaret for maksimalt ti jobbspesialister. Metodeveilederen har ikke annet oppfølgingsansvar. (Metodeveiledere med ansvar for færre enn ti jobbspesialister kan bruke en tilsvarende andel av sin tid på andre oppfølgingsaktiviteter. En metodeveileder med ansvar for fire jobbspesialister kan for eksempel ha dedikert halve stillingen til metodeveilederrollen.)',
          en: 'One full-time IPS supervisor is responsible for no more than ten employment specialists. The supervisor has no other supervisory responsibilities. (Supervisors responsible for fewer than ten employment specialists may spend a corresponding share of their time on other supervisory activities. For example, a supervisor responsible for four employment specialists may devote half of the post to the supervisor role.)',
        },
        {
          nb: 'Metodeveilederen gjennomfører ukentlige IPS-veiledninger som skal evaluere deltakernes situasjon, samt finne frem til nye strategier og ideer for å støtte deltakerne i arbeidslivet.',
          en: "The supervisor conducts weekly IPS supervision designed to review participants' situations and to identify new strategies and ideas to support participants in their working lives.",
        },
        {
          nb: 'Metodeveilederen kommuniserer med leder for behandlingsteamene for å sikre at tjenestene integreres med hverandre, for å løse problemer i forbindelse med gjennomføring av programmet (f.eks. i henvisningsprosessen eller ved overføring av oppfølging til behandlere) og for å holde fokus på verdien av arbeid. Metodeveilederen deltar hvert kvartal på et møte i hvert behandlingsteam.',
          en: 'The supervisor communicates with the treatment team leaders to ensure that services are integrated, to solve problems in programme implementation (e.g. in the referral process or when follow-along is transferred to clinicians) and to keep a focus on the value of work. The supervisor attends a meeting of each treatment team every quarter.',
        },
        {
          nb: 'Metodeveileder blir med nye jobbspesialister, eller jobbspesialister som har problemer med jobbutvikling, ut i felten hver måned for å styrke kompetansen ved å observere, vise hvordan arbeidet skal utføres, og gi tilbakemelding på ferdigheter, f.eks. under møter med arbeidsgivere i forbindelse med jobbutvikling.',
          en: 'The supervisor accompanies new employment specialists, and employment specialists who have difficulties with job development, in the field every month to improve their skills by observing, modelling how the work is done and giving feedback on skills, e.g. during meetings with employers for job development.',
        },
        {
          nb: 'Metodeveileder evaluerer deltakernes måloppnåelse sammen med jobbspesialistene og setter opp mål for å forbedre programmets resultater minst hvert kvartal.',
          en: 'The supervisor reviews participant outcomes with the employment specialists and sets goals to improve programme performance at least every quarter.',
        },
      ],
      // «Én eller ingen» → 1; two to five roles → the same number.
      scoreForComponentCount: [1, 1, 2, 3, 4, 5],
      manualLines: [4215, 4685],
    },
    {
      id: 'org.zero_exclusion',
      sectionId: 'organization',
      number: 6,
      sheetNumber: 9,
      name: { nb: 'Ingen eksklusjonskriterier', en: 'Zero exclusion criteria' },
      criterion: {
        nb: 'Alle som er interessert i å arbeide, har tilgang til arbeidsrettede tjenester, uavhengig av om de er definert som jobbklare eller ikke. Faktorer som stoffmisbruk, symptomer, fortid med voldelig atferd, kognitiv svikt, behandlingsavbrekk eller personlig fremtoning hindrer ikke deltakelse. Dette gjelder også når man er tatt inn i den arbeidsrettede tjenesten. Jobbspesialistene tilbyr seg å hjelpe til med å finne ny jobb når et arbeidsforhold er avsluttet, uansett årsak til at arbeidsforholdet ble avsluttet, eller antall jobber man har hatt. Hvis NAV har avklaringskriterier, skal ikke behandlingsinstitusjonen bruke disse for å ekskludere noen. Deltakere screenes ikke formelt eller uformelt.',
        en: 'Everyone who is interested in working has access to vocational services, regardless of whether they are defined as job-ready or not. Factors such as substance use, symptoms, a history of violent behaviour, cognitive impairment, treatment non-adherence or personal presentation do not prevent participation. This also applies once people have been admitted to the vocational service. Employment specialists offer to help find a new job when a job has ended, regardless of why it ended or the number of jobs held. If NAV has assessment criteria, the treatment agency must not use them to exclude anyone. Participants are not screened out formally or informally.',
      },
      anchors: [
        {
          nb: 'Det finnes formelle retningslinjer for å ekskludere deltakere som ikke er klare for jobb (f.eks. på grunn av stoffmisbruk, fortid med voldelig atferd, lavt funksjonsnivå osv.).',
          en: 'There are formal policies to exclude participants who are not ready for work (e.g. because of substance use, a history of violent behaviour, low level of functioning, etc.).',
        },
        {
          nb: 'De fleste deltakerne får ikke tilgang til arbeidsrettede tjenester fordi de ikke anses for å være klare for jobb (f.eks. på grunn av stoffmisbruk, fortid med voldelig atferd, lavt funksjonsnivå osv.).',
          en: 'Most participants do not get access to vocational services because they are not considered ready for work (e.g. because of substance use, a history of violent behaviour, low level of functioning, etc.).',
        },
        {
          nb: 'Enkelte deltakere har ikke tilgang til arbeidsrettede tjenester fordi de ikke anses for å være klare for jobb (f.eks. på grunn av stoffmisbruk, fortid med voldelig atferd, lavt funksjonsnivå osv.).',
          en: 'Some participants do not have access to vocational services because they are not considered ready for work (e.g. because of substance use, a history of violent behaviour, low level of functioning, etc.).',
        },
        {
          nb: 'Det er ikke noe som tyder på eksklusjon, verken formelt eller uformelt. Det er ikke store variasjoner i hvor henvisningene kommer fra. Jobbspesialistene tilbyr seg å hjelpe til med å finne ny jobb når et arbeidsforhold er avsluttet, uansett årsak til at arbeidsforholdet ble avsluttet, eller antall jobber man har hatt.',
          en: 'There is no evidence of exclusion, formal or informal. Referrals do not vary much in where they come from. Employment specialists offer to help find a new job when a job has ended, regardless of why it ended or the number of jobs held.',
        },
        {
          nb: 'Alle som er interessert i å arbeide, har tilgang til arbeidsrettede tjenester. Behandlere oppmuntrer pasienter til å vurdere arbeid, og henvisninger til arbeidsrettede tjenester kommer fra flere hold. Jobbspesialistene tilbyr seg å hjelpe til med å finne ny jobb når et arbeidsforhold er avsluttet, uansett årsak til at arbeidsforholdet ble avsluttet, eller antall jobber man har hatt.',
          en: 'Everyone who is interested in working has access to vocational services. Clinicians encourage patients to consider work, and referrals to vocational services come from many sources. Employment specialists offer to help find a new job when a job has ended, regardless of why it ended or the number of jobs held.',
        },
      ],
      sources: ['DOC', 'INT', 'OBS'],
      kind: 'judgement',
      caps: [
        {
          id: 'org.zero_exclusion.waiting_list',
          maxScore: 4,
          condition: {
            nb: 'Det er venteliste til IPS-tjenesten.',
            en: 'There is a waiting list for the IPS service.',
          },
          manualLines: [4790, 4796],
        },
        {
          id: 'org.zero_exclusion.prevocational_steering',
          maxScore: 3,
          condition: {
            nb: 'Arbeidstreningstjenester (f.eks. en overgangsarbeidstjeneste eller en bedrift drevet av organisasjonen) drives parallelt med IPS, og behandlere henviser personer dit for at de skal få arbeidserfaring og utvikle god arbeidsatferd før ordinært arbeid.',
            en: 'Work-readiness services (e.g. a transitional employment programme or an agency-run business) operate in parallel with IPS, and clinicians refer people there to gain work experience and good work behaviour before competitive work.',
          },
          manualLines: [4817, 4839],
        },
        {
          id: 'org.zero_exclusion.abstinence_required',
          maxScore: 3,
          condition: {
            nb: 'Behandlerne krever avholdenhet før de henviser personer til IPS.',
            en: 'Clinicians require abstinence before they refer people to IPS.',
          },
          manualLines: [4841, 4843],
        },
        {
          id: 'org.zero_exclusion.justice_discouraged',
          maxScore: 3,
          condition: {
            nb: 'Jobbspesialistene fraråder behandlere å henvise personer som har hatt befatning med rettsapparatet.',
            en: 'Employment specialists discourage clinicians from referring people who have been involved with the criminal justice system.',
          },
          manualLines: [4845, 4847],
        },
        {
          id: 'org.zero_exclusion.no_self_referral',
          maxScore: 4,
          condition: {
            nb: 'Tjenesten har ingen mekanismer for at deltakerne kan henvise seg selv til IPS, eller deltakerne og familiemedlemmene deres vet ikke at de kan henvise seg selv.',
            en: 'The service has no mechanism for participants to refer themselves to IPS, or participants and their family members do not know that they can self-refer.',
          },
          manualLines: [4849, 4857],
        },
        {
          id: 'org.zero_exclusion.closes_after_job_failure',
          maxScore: 3,
          condition: {
            nb: 'Jobbspesialistene avslutter saker for personer som ikke har lyktes i jobbene sine (f.eks. en person som ble sagt opp på grunn av dårlig oppmøte).',
            en: 'Employment specialists close the cases of people who did not succeed in their jobs (e.g. a person dismissed for poor attendance).',
          },
          manualLines: [4859, 4863],
        },
      ],
      manualLines: [4691, 5009],
    },
    {
      id: 'org.competitive_focus',
      sectionId: 'organization',
      number: 7,
      sheetNumber: 10,
      name: {
        nb: 'Organisasjonen har fokus på ordinært arbeid',
        en: 'Agency focus on competitive employment',
      },
      criterion: {
        nb: 'Organisasjonen fremmer ordinært arbeid ved hjelp av flere strategier. Organisasjonens inntaksprosedyre inkluderer spørsmål om interesse for arbeid. Organisasjonen har skriftlig informasjon (f.eks. brosjyrer, oppslagstavler, plakater) om jobbmuligheter og arbeidsrettede tjenester. Fokus bør være på programmer som tilbyr tjenester til voksne med alvorlige psykiske lidelser. Organisasjonen legger til rette for arenaer der deltakerne kan utveksle arbeidserfaringer med andre pasienter/deltakere og med personalet. Organisasjonen måler andelen deltakere i ordinært arbeid og deler denne informasjonen med organisasjonens ledelse og ansatte.',
        en: "The agency promotes competitive work through multiple strategies. The agency's intake procedure includes questions about interest in work. The agency has written information (e.g. brochures, bulletin boards, posters) about job opportunities and vocational services. The focus should be on programmes serving adults with serious mental illness. The agency provides opportunities for participants to share work experiences with other patients/participants and with staff. The agency measures the rate of participants in competitive work and shares this information with agency leadership and staff.",
      },
      anchors: [
        { nb: 'Ett eller ingen elementer er til stede.', en: 'One or no elements are present.' },
        { nb: 'To elementer er til stede.', en: 'Two elements are present.' },
        { nb: 'Tre elementer er til stede.', en: 'Three elements are present.' },
        { nb: 'Fire elementer er til stede.', en: 'Four elements are present.' },
        { nb: 'Fem elementer er til stede.', en: 'Five elements are present.' },
      ],
      sources: ['DOC', 'INT', 'OBS'],
      kind: 'components',
      components: [
        {
          nb: 'Organisasjonens inntaksprosedyre inkluderer spørsmål om interesse for arbeid.',
          en: "The agency's intake procedure includes questions about interest in work.",
        },
        {
          nb: 'Organisasjonen spør om interesse for arbeid ved alle årlige (eller halvårlige) vurderinger eller gjennomganger av behandlingsplanen.',
          en: 'The agency asks about interest in work at all annual (or semi-annual) assessments or treatment plan reviews.',
        },
        {
          nb: 'Organisasjonen benytter skriftlig informasjon (f.eks. brosjyrer, oppslagstavler, plakater) om arbeid og arbeidsrettede tjenester i resepsjonen eller i venterom.',
          en: 'The agency displays written information (e.g. brochures, bulletin boards, posters) about work and vocational services in the reception area or waiting rooms.',
        },
        {
          nb: 'Organisasjonen støtter opplegg minst to ganger per år der deltakere kan dele arbeidserfaringer med andre pasienter/deltakere og med personalet (f.eks. arbeidsfokuserte arrangementer for hele organisasjonen, opplæring i arbeidstiden, likepersongrupper, artikler i nyhetsbrev, foredragsholdere for behandlingsgrupper osv.).',
          en: 'The agency supports arrangements at least twice a year where participants can share work experiences with other patients/participants and with staff (e.g. agency-wide work-focused events, in-service training, peer support groups, newsletter articles, speakers at treatment groups, etc.).',
        },
        {
          nb: 'Organisasjonen måler andelen deltakere i ordinært arbeid minst hvert kvartal og deler resultatene med organisasjonens ledelse og personale.',
          en: 'The agency measures the rate of participants in competitive work at least every quarter and shares the results with agency leadership and staff.',
        },
      ],
      // «Ett eller ingen» → 1; two to five elements → the same number.
      scoreForComponentCount: [1, 1, 2, 3, 4, 5],
      manualLines: [5010, 5363],
    },
    {
      id: 'org.executive_support',
      sectionId: 'organization',
      number: 8,
      sheetNumber: 11,
      name: {
        nb: 'Støtte til Supported Employment fra ledergruppen',
        en: 'Executive team support for Supported Employment',
      },
      criterion: {
        nb: 'Organisasjonens ledergruppe (f.eks. administrerende direktør / daglig leder, driftsleder, QA-leder, økonomisjef, klinikksjef, medisinsk ansvarlig, personalsjef) bidrar til å implementere og drive IPS Supported Employment. Alle fem nøkkelelementer for støtte fra ledergruppen er til stede.',
        en: "The agency's executive team (e.g. CEO / executive director, chief operating officer, QA director, chief financial officer, clinical director, medical director, human resources director) helps to implement and sustain IPS Supported Employment. All five key elements of executive team support are present.",
      },
      anchors: [
        // Anchor 1 says «Ett element» only; zero elements also scores 1 (the scale's minimum).
        { nb: 'Ett element er til stede.', en: 'One element is present.' },
        { nb: 'To elementer er til stede.', en: 'Two elements are present.' },
        { nb: 'Tre elementer er til stede.', en: 'Three elements are present.' },
        { nb: 'Fire elementer er til stede.', en: 'Four elements are present.' },
        { nb: 'Fem elementer er til stede.', en: 'Five elements are present.' },
      ],
      sources: ['DOC', 'INT', 'OBS'],
      kind: 'components',
      components: [
        {
          nb: 'Daglig leder og klinikksjef viser at de har kunnskap om prinsippene i IPS.',
          en: 'The executive director and the clinical director demonstrate knowledge of the principles of IPS.',
        },
        {
          nb: 'Organisasjonens QA-prosess inkluderer en eksplisitt evaluering av IPS-tjenesten eller kriteriene i tjenesten minst hver 6. måned ved å bruke IPS-kvalitetsskalaen eller til god kvalitet er nådd, og deretter minst hvert år. Organisasjonens QA-prosess bruker resultatene fra kvalitetsevalueringen til å forbedre implementeringen og driften av IPS Supported Employment.',
          en: "The agency's QA process includes an explicit review of the IPS service, or of its components, at least every 6 months using the IPS fidelity scale, or until good fidelity is reached, and at least annually thereafter. The agency's QA process uses the results of the fidelity review to improve the implementation and sustainment of IPS Supported Employment.",
        },
        {
          nb: 'Minst én representant for ledergruppen deltar aktivt i møter i IPS-styringsgruppen, som avholdes minst hvert halvår for tjenester med god kvalitet og minst hvert kvartal for tjenester som ennå ikke har oppnådd god kvalitet. Styringsgruppen er en bredt sammensatt gruppe av interessenter, som skal være ansvarlig for gjennomgang av kvaliteten, implementeringen av tjenesten og leveringen av tjenesten. Gruppen utarbeider skriftlige handlingsplaner som tar sikte på å utvikle eller opprettholde tjenester av god kvalitet.',
          en: 'At least one member of the executive team actively participates in IPS steering committee meetings, which are held at least semi-annually for services with good fidelity and at least quarterly for services that have not yet achieved good fidelity. The steering committee is a broad group of stakeholders responsible for reviewing fidelity, service implementation and service delivery. The committee writes action plans aimed at developing or sustaining services of good fidelity.',
        },
        {
          nb: 'Organisasjonens administrerende direktør / daglig leder informerer om hvordan IPS-tjenester støtter organisasjonens formål, og definerer klare og spesifikke mål for IPS og/eller ordinært arbeid for alt personale i organisasjonen de første seks månedene og videre minst én gang per år (dvs. i kickoff-samlinger, i møter med hele organisasjonen, i nyhetsbrev osv.). Denne oppgaven delegeres ikke til en annen leder.',
          en: "The agency's CEO / executive director communicates how IPS services support the agency's mission and articulates clear and specific goals for IPS and/or competitive employment to all agency staff during the first six months and at least once a year thereafter (i.e. at kickoff events, agency-wide meetings, in newsletters, etc.). This task is not delegated to another leader.",
        },
        {
          nb: 'Metodeveilederen formidler informasjon om hva som hindrer og fremmer evidensbasert praksis, til ledergruppen (inkludert administrerende direktør) minst to ganger per år. Ledergruppen hjelper metodeveilederen med å identifisere problemer og sette i verk tiltak for å løse dem.',
          en: 'The IPS supervisor communicates barriers to and facilitators of evidence-based practice to the executive team (including the CEO) at least twice a year. The executive team helps the supervisor identify problems and implement solutions.',
        },
      ],
      // Anchor 1 «Ett element» (0 is not mentioned; the lowest score is 1).
      scoreForComponentCount: [1, 1, 2, 3, 4, 5],
      caps: [
        {
          id: 'org.executive_support.qa_undocumented',
          maxScore: 4,
          condition: {
            nb: 'Det er ikke mulig gjennom rapporter eller møtereferater å vise at IPS-tjenesten er omfattet av organisasjonens kvalitetssikringsprosess.',
            en: "Reports or meeting minutes cannot show that the IPS service is covered by the agency's quality assurance process.",
          },
          manualLines: [1778, 1790],
        },
      ],
      manualLines: [5364, 5840],
    },

    // ───────────────────────────── TJENESTER / SERVICES ─────────────────────────────
    {
      id: 'services.benefits_planning',
      sectionId: 'services',
      number: 1,
      sheetNumber: 12,
      name: {
        nb: 'Arbeidsrettet økonomisk veiledning',
        en: 'Work-related financial counselling (work incentives planning)',
      },
      criterion: {
        nb: 'Alle deltakere tilbys hjelp med å få omfattende, individuell arbeidsrettet økonomisk veiledning før de begynner i en ny jobb, og deretter når de skal fatte beslutninger om endringer i arbeidstid og lønn. Arbeidsrettet økonomisk veiledning inkluderer trygdeytelser, medisinsk hjelp, subsidierte medikamenter, bostøtte, ytelser/stønader relatert til partnere og barn, pensjoner fra tidligere ansettelser og alle andre mulige inntektskilder. Deltakere får informasjon og hjelp med å melde inntekter til NAV samt hjelp med bostøtte, grunn- og hjelpestønad, yrkesskadeerstatning, skattetrekk osv., avhengig av hvilke ytelser/stønader deltakeren mottar.',
        en: 'All participants are offered help to obtain comprehensive, individualized work-related financial counselling before they start a new job, and thereafter when they must make decisions about changes in working hours and pay. Work-related financial counselling covers social insurance benefits, medical assistance, subsidized medication, housing allowance, benefits related to partners and children, pensions from previous employment and all other possible sources of income. Participants get information and help with reporting income to NAV, as well as help with housing allowance, basic and attendance benefit, occupational injury compensation, tax withholding, etc., depending on which benefits the participant receives.',
      },
      anchors: [
        {
          nb: 'Arbeidsrettet økonomisk veiledning er ikke automatisk eller lett tilgjengelig gjennom organisasjonen for de fleste deltakerne.',
          en: 'Work-related financial counselling is not automatically or easily available through the agency for most participants.',
        },
        {
          nb: 'Jobbspesialisten gir deltakeren informasjon om hvor vedkommende kan finne informasjon om arbeidsrettet økonomisk veiledning.',
          en: 'The employment specialist tells the participant where he or she can find information about work-related financial counselling.',
        },
        {
          nb: 'Jobbspesialisten diskuterer endringer i stønader som skyldes jobbstatus, med hver enkelt deltaker.',
          en: 'The employment specialist discusses with each participant the changes in benefits caused by their job status.',
        },
        {
          nb: 'Jobbspesialisten eller en annen behandler tilbyr deltakerne hjelp med å få omfattende, individuell arbeidsrettet økonomisk veiledning av en person som er opplært i slik veiledning, før deltakerne begynner i en jobb.',
          en: 'The employment specialist or another practitioner offers participants help to obtain comprehensive, individualized work-related financial counselling from a person trained in such counselling before participants start a job.',
        },
        {
          nb: 'Jobbspesialisten eller en annen behandler tilbyr deltakerne hjelp med å få omfattende, individuell arbeidsrettet økonomisk veiledning av en person som er opplært i slik veiledning, før deltakerne begynner i en ny jobb. De legger også til rette for arbeidsrettet økonomisk veiledning når deltakerne må fatte beslutninger om endringer i arbeidstid og lønn. Deltakeren får informasjon om og hjelp til å rapportere inntekter til NAV, hjelp med bostøtte osv., avhengig av hva personen har krav på.',
          en: 'The employment specialist or another practitioner offers participants help to obtain comprehensive, individualized work-related financial counselling from a person trained in such counselling before participants start a new job. They also arrange work-related financial counselling when participants must make decisions about changes in working hours and pay. The participant receives information about, and help with, reporting income to NAV, help with housing allowance, etc., depending on what the person is entitled to.',
        },
      ],
      sources: ['DOC', 'INT', 'OBS', 'ISP'],
      kind: 'judgement',
      caps: [
        {
          id: 'services.benefits_planning.rights_only',
          maxScore: 2,
          condition: {
            nb: 'Den arbeidsrettede økonomiske veiledningen består bare av å forklare rettigheter.',
            en: 'The work-related financial counselling consists only of explaining entitlements.',
          },
          manualLines: [5956, 5958],
        },
        {
          id: 'services.benefits_planning.basic_info_only',
          maxScore: 3,
          condition: {
            nb: 'Behandlerne gir bare grunnleggende informasjon om hvordan trygdeytelsene påvirkes av arbeid, basert på informasjon de selv har lest fra NAV.',
            en: 'Clinicians give only basic information about how benefits are affected by work, based on NAV information they have read themselves.',
          },
          manualLines: [5972, 5978],
        },
        {
          id: 'services.benefits_planning.few_meet_counsellor',
          maxScore: 2,
          condition: {
            nb: 'Jobbspesialistene henviser de fleste deltakerne til stønadsveiledning, men mindre enn 20 % av tjenestens deltakere møter en stønadsveileder (håndboken gir skåren 2).',
            en: "Employment specialists refer most participants to benefits counselling, but fewer than 20 % of the service's participants meet a benefits counsellor (the manual gives a score of 2).",
          },
          manualLines: [5980, 5989],
        },
        {
          id: 'services.benefits_planning.some_benefit_types',
          maxScore: 3,
          condition: {
            nb: 'Veiledningen som tilbys, er tilstrekkelig for de som mottar én type ytelser/stønader, men ikke for de som mottar en annen.',
            en: 'The counselling offered is adequate for people receiving one type of benefit but not for those receiving another.',
          },
          manualLines: [5991, 5995],
        },
        {
          id: 'services.benefits_planning.only_before_job_start',
          maxScore: 4,
          condition: {
            nb: 'Jobbspesialistene henviser bare til stønadsveiledning før personen begynner i jobb, og hjelper ikke deltakerne med å skaffe mer informasjon når de skal ta beslutninger om endringer i lønn og arbeidstid.',
            en: 'Employment specialists refer to benefits counselling only before the person starts a job, and do not help participants get more information when deciding on changes in pay and working hours.',
          },
          manualLines: [5997, 6003],
        },
        {
          id: 'services.benefits_planning.no_income_reporting_help',
          maxScore: 4,
          condition: {
            nb: 'Jobbspesialistene hjelper ikke noen som arbeider, med månedlig rapportering av arbeidsinntekt til NAV (eller andre steder personen mottar ytelser fra).',
            en: 'Employment specialists do not help anyone who is working with monthly reporting of earnings to NAV (or other bodies paying benefits).',
          },
          manualLines: [6005, 6015],
        },
        {
          id: 'services.benefits_planning.monthly_visit_for_trygd',
          maxScore: 3,
          condition: {
            nb: 'En stønadsveileder kommer til organisasjonen hver måned for å gi veiledning til personer som mottar trygdeytelser, mens bare personer med andre typer stønader møter stønadsveilederen enkeltvis.',
            en: 'A benefits counsellor visits the agency monthly to counsel people who receive social insurance benefits, while only people with other types of benefits meet the counsellor individually.',
          },
          manualLines: [6027, 6033],
        },
      ],
      manualLines: [5843, 6181],
    },
    {
      id: 'services.disclosure',
      sectionId: 'services',
      number: 2,
      sheetNumber: 13,
      name: { nb: 'Åpenhet', en: 'Disclosure' },
      criterion: {
        nb: 'Jobbspesialistene gir deltakerne informasjon og hjelp med å fatte gjennomtenkte beslutninger om hva som skal formidles til arbeidsgiveren om egne vansker eller tilretteleggingsbehov.',
        en: 'Employment specialists give participants information and help to make well-considered decisions about what to tell the employer about their own difficulties or accommodation needs.',
      },
      anchors: [
        { nb: 'Ingen elementer er til stede.', en: 'No elements are present.' },
        { nb: 'Ett element er til stede.', en: 'One element is present.' },
        { nb: 'To elementer er til stede.', en: 'Two elements are present.' },
        { nb: 'Tre elementer er til stede.', en: 'Three elements are present.' },
        { nb: 'Fire elementer er til stede.', en: 'Four elements are present.' },
      ],
      sources: ['DOC', 'INT', 'OBS'],
      kind: 'components',
      components: [
        {
          nb: 'Jobbspesialistene krever ikke at alle deltakere skal informere om sine psykiske vansker på arbeidsplassen for å motta tjenester.',
          en: 'Employment specialists do not require all participants to disclose their mental health difficulties at the workplace in order to receive services.',
        },
        {
          nb: 'Jobbspesialistene tilbyr å diskutere med deltakerne mulige fordeler og ulemper ved å informere arbeidsplassen om egne vansker eller tilretteleggingsbehov før deltakeren eventuelt informerer om dette. Jobbspesialistene beskriver hvordan det å informere kan påvirke tilrettelegging, samt jobbspesialistens rolle i forhold til kommunikasjon med arbeidsgiveren.',
          en: "Employment specialists offer to discuss with participants the possible benefits and drawbacks of telling the workplace about their own difficulties or accommodation needs, before the participant discloses anything. Employment specialists describe how disclosure can affect accommodations, and the employment specialist's role in communicating with the employer.",
        },
        {
          nb: 'Jobbspesialistene diskuterer spesifikk informasjon som kan formidles (f.eks. informasjon om at man mottar behandling for psykiske lidelser, om egne psykiske vansker, om problemer med angst eller en periode utenfor arbeidslivet osv.) og gir eksempler på hva som kan fortelles til arbeidsgivere.',
          en: "Employment specialists discuss specific information that could be shared (e.g. that one is receiving treatment for mental illness, about one's own mental health difficulties, about anxiety problems or a period out of work, etc.) and give examples of what could be told to employers.",
        },
        {
          nb: 'Jobbspesialistene diskuterer åpenhet ved mer enn én anledning (f.eks. hvis deltakere ikke har funnet noen jobb etter to måneder, eller hvis deltakere forteller om problemer på jobben).',
          en: 'Employment specialists discuss disclosure on more than one occasion (e.g. if participants have not found a job after two months, or if participants report problems at work).',
        },
      ],
      // «Ingen elementer» → 1 … «Fire elementer» → 5.
      scoreForComponentCount: [1, 2, 3, 4, 5],
      manualLines: [6182, 6481],
    },
    {
      id: 'services.career_assessment',
      sectionId: 'services',
      number: 3,
      sheetNumber: 14,
      name: { nb: 'Fortløpende karriereveiledning', en: 'Ongoing career guidance (work-based assessment)' },
      criterion: {
        nb: 'Innledende karriereveiledning gjennomføres over 2–3 møter, men oppdateres hele tiden med ny informasjon. En karriereprofil som har med informasjon om preferanser, erfaringer, kompetanse, gjeldende tilpasning, sterke sider, personlige kontakter osv., oppdateres etter hver ny yrkeserfaring. Det er fokus på problemløsning gjennom vurdering av miljøet og vurdering av mulighetene for tilpasninger. Informasjonskilder er blant annet deltakeren, behandlingsteamet, kliniske journaler, og, med deltakerens tillatelse, pårørende og tidligere arbeidsgivere.',
        en: "Initial career guidance takes place over 2–3 meetings but is continually updated with new information. A career profile with information about preferences, experiences, skills, current adjustment, strengths, personal contacts, etc., is updated after each new work experience. The focus is on problem-solving through environmental assessment and consideration of possible accommodations. Sources of information include the participant, the treatment team, clinical records and, with the participant's permission, family members and previous employers.",
      },
      anchors: [
        {
          nb: 'Karriereveiledning gjennomføres før personen hjelpes med jobb, med vekt på kontorbaserte vurderinger, standardiserte tester, intelligenstester og arbeidsprøver.',
          en: 'Career guidance takes place before the person is helped with a job, with emphasis on office-based assessments, standardized tests, intelligence tests and work samples.',
        },
        {
          nb: 'Karriereveiledning utføres gjennom en trinnvis prosess som inkluderer arbeidsutprøving (f.eks. arbeidsgrupper i forbindelse med et dagsprogram), frivillig arbeid eller vernede arbeidsplasser (f.eks. attføring eller arbeid i vernede bedrifter).',
          en: 'Career guidance is carried out through a stepwise process that includes work trials (e.g. work groups in a day programme), volunteer work or sheltered work (e.g. vocational rehabilitation or work in sheltered businesses).',
        },
        {
          nb: 'Jobbspesialister hjelper deltakerne med å finne ordinært arbeid direkte, uten systematisk vurdering av interesser, erfaringer, sterke sider osv., og analyserer ikke systematisk tap av jobb (eller problemer på jobben) for å dra lærdom av dette.',
          en: 'Employment specialists help participants find competitive work directly, without systematic assessment of interests, experiences, strengths, etc., and do not systematically analyse job losses (or problems at work) to learn from them.',
        },
        {
          nb: 'Innledende karriereveiledning gjennomføres over 2–3 møter der interesser og sterke sider kartlegges. Jobbspesialister hjelper deltakerne med å lære av hver yrkeserfaring, og samarbeider dessuten med behandlingsteamet om å analysere tap av jobb, problemer på jobben og suksessfaktorer. De dokumenterer ikke disse erfaringene i karriereprofilen, ELLER karriereprofilen oppdateres ikke regelmessig.',
          en: 'Initial career guidance takes place over 2–3 meetings in which interests and strengths are explored. Employment specialists help participants learn from each work experience and also work with the treatment team to analyse job losses, problems at work and success factors. They do not document these experiences in the career profile, OR the career profile is not updated regularly.',
        },
        {
          nb: 'Innledende karriereveiledning gjennomføres over 2–3 møter, og informasjonen dokumenteres i et karriereprofilskjema, som inkluderer preferanser, erfaringer, kompetanse, gjeldende tilpasning, sterke sider, personlige kontakter osv. Karriereprofilskjemaet brukes for å finne jobbtyper og arbeidsmiljøer. Det oppdateres etter all ny yrkeserfaring. Det er fokus på problemløsning gjennom vurdering av miljøet og vurdering av mulighetene for tilpasninger. Informasjonskilder er blant annet deltakeren, behandlingsteamet, kliniske journaler, og, med deltakerens tillatelse, pårørende og tidligere arbeidsgivere. Jobbspesialister hjelper deltakerne med å lære av hver yrkeserfaring, og samarbeider dessuten med behandlingsteamet om å analysere tap av jobb, problemer på jobben og suksessfaktorer.',
          en: "Initial career guidance takes place over 2–3 meetings, and the information is documented in a career profile form that includes preferences, experiences, skills, current adjustment, strengths, personal contacts, etc. The career profile form is used to identify job types and work environments. It is updated after every new work experience. The focus is on problem-solving through environmental assessment and consideration of possible accommodations. Sources of information include the participant, the treatment team, clinical records and, with the participant's permission, family members and previous employers. Employment specialists help participants learn from each work experience and also work with the treatment team to analyse job losses, problems at work and success factors.",
        },
      ],
      sources: ['DOC', 'INT', 'OBS', 'ISP'],
      // Ch. 9: «vurderer hver enkelt jobbspesialist og regner deretter ut gjennomsnittet» (6533–6537).
      kind: 'perSpecialistAverage',
      caps: [
        {
          id: 'services.career_assessment.work_capacity_assessment',
          maxScore: 1,
          condition: {
            nb: 'De fleste deltakerne tar del i kartlegging av arbeidsevne (arbeidsrelaterte tester, praksisbaserte vurderinger e.l.), uansett årsak (f.eks. mandat fra NAV eller en egen ansatt som kartlegger arbeidsevne).',
            en: 'Most participants take part in work-capacity assessment (work-related tests, situational assessments, etc.), whatever the reason (e.g. mandated by NAV, or the service employs someone who assesses work capacity).',
          },
          manualLines: [6596, 6600],
        },
        {
          id: 'services.career_assessment.written_tests',
          maxScore: 4,
          condition: {
            nb: 'Jobbspesialisten bruker tid (f.eks. én dag i uken) på å gjennomføre skriftlige arbeidsrelaterte tester.',
            en: 'The employment specialist spends time (e.g. one day a week) administering written work-related tests.',
          },
          manualLines: [2894, 2902],
        },
        {
          id: 'services.career_assessment.no_comprehensive_profile',
          maxScore: 3,
          condition: {
            nb: 'Jobbspesialistene bruker ikke en omfattende karriereprofil (som eksempelskjemaet i håndboken).',
            en: 'Employment specialists do not use a comprehensive career profile (like the sample form in the manual).',
          },
          manualLines: [6622, 6626],
        },
        {
          id: 'services.career_assessment.work_history_incomplete',
          maxScore: 3,
          condition: {
            nb: 'Karriereprofilen kartlegger ikke all arbeidserfaring (hva personen likte og mislikte, hvorfor arbeidsforhold tok slutt, hvordan jobbene ble funnet, hvordan psykiske helseproblemer ble håndtert på jobben, forholdet til kolleger og overordnede osv.), selv om det er en CV i journalen.',
            en: 'The career profile does not cover all work experience (likes and dislikes, why jobs ended, how jobs were found, how mental health problems were handled at work, relations with co-workers and supervisors, etc.), even if a CV is on file.',
          },
          manualLines: [6627, 6637],
        },
        {
          id: 'services.career_assessment.single_source',
          maxScore: 3,
          condition: {
            nb: 'De fleste karriereprofilene inneholder ikke informasjon fra andre kilder enn personen selv (f.eks. familiemedlemmer, behandlere, miljøarbeidere i bolig).',
            en: 'Most career profiles contain no information from sources other than the person (e.g. family members, clinicians, housing staff).',
          },
          manualLines: [6639, 6643],
        },
        {
          id: 'services.career_assessment.profile_not_updated',
          maxScore: 4,
          condition: {
            nb: 'Karriereprofilen oppdateres ikke når en person begynner i en jobb, slutter i en jobb eller går i gang med ny utdanning.',
            en: 'The career profile is not updated when a person starts a job, leaves a job or starts new education.',
          },
          manualLines: [6645, 6655],
        },
        {
          id: 'services.career_assessment.no_learning_documented',
          maxScore: 4,
          condition: {
            nb: 'Det finnes ikke dokumentasjon på at jobbspesialistteamet hjelper personer med å trekke lærdom av jobb-/utdanningserfaringer.',
            en: 'There is no documentation that the employment specialist team helps people learn from their job or education experiences.',
          },
          manualLines: [6657, 6663],
        },
      ],
      manualLines: [6483, 6744],
    },
    {
      id: 'services.rapid_job_search',
      sectionId: 'services',
      number: 4,
      sheetNumber: 15,
      name: { nb: 'Rask oppstart av jobbsøk', en: 'Rapid job search for competitive jobs' },
      criterion: {
        nb: 'Ansettelsesvurdering og deltakerens eller jobbspesialistens første personlige kontakt med en arbeidsgiver med fokus på en ordinær jobb skjer innen 30 dager (én måned) etter inntak i programmet.',
        en: "The employment assessment and the participant's or employment specialist's first in-person contact with an employer about a competitive job take place within 30 days (one month) of intake into the programme.",
      },
      anchors: [
        {
          nb: 'Deltakerens eller jobbspesialistens første personlige kontakt med en arbeidsgiver med fokus på en ordinær jobb skjer i gjennomsnitt 271 dager eller mer (> 9 md.) etter inntak i programmet.',
          en: "The participant's or employment specialist's first in-person contact with an employer about a competitive job takes place on average 271 days or more (> 9 months) after intake into the programme.",
        },
        {
          nb: 'Deltakerens eller jobbspesialistens første personlige kontakt med en arbeidsgiver med fokus på en ordinær jobb skjer i gjennomsnitt mellom 151 og 270 dager (5–9 md.) etter inntak i programmet.',
          en: "The participant's or employment specialist's first in-person contact with an employer about a competitive job takes place on average between 151 and 270 days (5–9 months) after intake into the programme.",
        },
        {
          nb: 'Deltakerens eller jobbspesialistens første personlige kontakt med en arbeidsgiver med fokus på en ordinær jobb skjer i gjennomsnitt mellom 61 og 150 dager (2–5 md.) etter inntak i programmet.',
          en: "The participant's or employment specialist's first in-person contact with an employer about a competitive job takes place on average between 61 and 150 days (2–5 months) after intake into the programme.",
        },
        {
          nb: 'Deltakerens eller jobbspesialistens første personlige kontakt med en arbeidsgiver med fokus på en ordinær jobb skjer i gjennomsnitt mellom 31 og 60 dager (1–2 md.) etter inntak i programmet.',
          en: "The participant's or employment specialist's first in-person contact with an employer about a competitive job takes place on average between 31 and 60 days (1–2 months) after intake into the programme.",
        },
        {
          nb: 'IPS-tjenesten registrerer kontakter med arbeidsgivere, og deltakerens eller jobbspesialistens første personlige kontakt med en arbeidsgiver med fokus på en ordinær jobb skjer i gjennomsnitt innen 30 dager (én måned) etter inntak i programmet.',
          en: "The IPS service tracks contacts with employers, and the participant's or employment specialist's first in-person contact with an employer about a competitive job takes place on average within 30 days (one month) after intake into the programme.",
        },
      ],
      sources: ['DOC', 'INT', 'OBS', 'ISP'],
      kind: 'numericBands',
      caps: [
        {
          id: 'services.rapid_job_search.not_tracked',
          maxScore: 4,
          condition: {
            nb: 'Metodeveilederen registrerer ikke antallet dager fra deltakerens første møte med en jobbspesialist til den første fysiske kontakten med en arbeidsgiver.',
            en: "The IPS supervisor does not record the number of days from the participant's first meeting with an employment specialist to the first in-person contact with an employer.",
          },
          manualLines: [6815, 6821],
        },
      ],
      manualLines: [6750, 6978],
    },
    {
      id: 'services.individualized_job_search',
      sectionId: 'services',
      number: 5,
      sheetNumber: 16,
      name: { nb: 'Individuelt tilpasset jobbsøk', en: 'Individualized job search' },
      criterion: {
        nb: 'Jobbspesialistene kontakter arbeidsgivere med tanke på å finne en jobb som samsvarer med deltakerens preferanser (med hensyn til hva hver enkelt liker, og deres personlige mål) og behov (inkludert erfaring, evner, helse osv.) i stedet for å ta hensyn til stillingsmarkedet (dvs. jobber som er lett tilgjengelige). Det utarbeides en individuell jobbutviklingsplan, som oppdateres med informasjon fra karriereprofilskjemaet samt ny arbeidserfaring og ny kompetanse.',
        en: "Employment specialists contact employers with a view to finding a job that matches the participant's preferences (relating to what each person enjoys and their personal goals) and needs (including experience, abilities, health, etc.) rather than the job market (i.e. jobs that are readily available). An individualized job development plan is written and updated with information from the career profile form as well as new work experience and new skills.",
      },
      anchors: [
        {
          nb: 'Mindre enn 25 prosent av jobbspesialistens kontakt med arbeidsgivere er basert på yrkesvalg som avspeiler deltakerens preferanser, sterke sider, symptomer osv. i stedet for stillingsmarkedet.',
          en: "Less than 25 percent of the employment specialist's contacts with employers are based on job choices that reflect the participant's preferences, strengths, symptoms, etc., rather than the job market.",
        },
        {
          nb: '25–49 prosent av jobbspesialistens kontakter med arbeidsgivere er basert på yrkesvalg som avspeiler deltakerens preferanser, sterke sider, symptomer osv. i stedet for stillingsmarkedet.',
          en: "25–49 percent of the employment specialist's contacts with employers are based on job choices that reflect the participant's preferences, strengths, symptoms, etc., rather than the job market.",
        },
        {
          nb: '50–74 prosent av jobbspesialistens kontakter med arbeidsgivere er basert på yrkesvalg som avspeiler deltakerens preferanser, sterke sider, symptomer osv. i stedet for stillingsmarkedet.',
          en: "50–74 percent of the employment specialist's contacts with employers are based on job choices that reflect the participant's preferences, strengths, symptoms, etc., rather than the job market.",
        },
        {
          nb: '75–89 prosent av jobbspesialistens kontakter med arbeidsgivere er basert på yrkesvalg som avspeiler deltakerens preferanser, sterke sider, symptomer osv. i stedet for stillingsmarkedet, og i samsvar med gjeldende jobbutviklingsplan.',
          en: "75–89 percent of the employment specialist's contacts with employers are based on job choices that reflect the participant's preferences, strengths, symptoms, etc., rather than the job market, and are consistent with the current job development plan.",
        },
        {
          nb: '90–100 prosent av jobbspesialistens kontakter med arbeidsgivere er basert på yrkesvalg som avspeiler deltakerens preferanser, sterke sider, symptomer, erfaringer fra tidligere jobber osv. i stedet for stillingsmarkedet, og i samsvar med gjeldende jobbutviklingsplan. Hvis deltakerne har begrenset yrkeserfaring, informerer jobbspesialistene om ulike jobbtyper i lokalsamfunnet.',
          en: "90–100 percent of the employment specialist's contacts with employers are based on job choices that reflect the participant's preferences, strengths, symptoms, lessons from previous jobs, etc., rather than the job market, and are consistent with the current job development plan. If participants have limited work experience, employment specialists provide information about different types of jobs in the local community.",
        },
      ],
      sources: ['DOC', 'INT', 'OBS', 'ISP'],
      kind: 'numericBands',
      caps: [
        {
          id: 'services.individualized_job_search.no_documented_plans',
          maxScore: 3,
          condition: {
            nb: 'Det er ikke noe som tyder på at det finnes dokumenterte jobbutviklingsplaner.',
            en: 'There is no evidence of documented job development plans.',
          },
          manualLines: [7122, 7124],
        },
        {
          id: 'services.individualized_job_search.stated_goals_only',
          maxScore: 2,
          condition: {
            nb: 'Jobbspesialistene baserer de fleste jobbsøk på angitte arbeidsmål uten videre undersøkelse, hjelper ikke personer med å finne egnede jobber ut fra sterke sider, tidligere jobber, personlighet, hva de liker, symptomer, stoffmisbruk osv., og formidler ikke informasjon om jobber personen kanskje ikke kjenner til.',
            en: 'Employment specialists base most job searches on stated job goals without further exploration, do not help people identify suitable jobs from their strengths, previous jobs, personality, likes, symptoms, substance use, etc., and do not share information about jobs the person may not know about.',
          },
          manualLines: [7126, 7134],
        },
        {
          id: 'services.individualized_job_search.justice_any_job',
          maxScore: 3,
          condition: {
            nb: 'Jobbspesialistene oppfordrer personer som har hatt befatning med rettsapparatet, til å ta en hvilken som helst jobb for å få arbeidserfaring.',
            en: 'Employment specialists encourage people who have been involved with the criminal justice system to take any job to gain work experience.',
          },
          manualLines: [7141, 7155],
        },
      ],
      manualLines: [6990, 7268],
    },
    {
      id: 'services.employer_contacts',
      sectionId: 'services',
      number: 6,
      sheetNumber: 17,
      name: {
        nb: 'Jobbutvikling – hyppig arbeidsgiverkontakt',
        en: 'Job development – frequent employer contact',
      },
      criterion: {
        nb: 'Hver jobbspesialist har minst seks ansikt-til-ansikt-møter med arbeidsgivere per uke på vegne av deltakere som leter etter arbeid. (Regn ut gjennomsnittet for alle jobbspesialistene, og bruk den skåren som kommer nærmest på kvalitetsskalaen.) En kontakt med en arbeidsgiver skal regnes med også når jobbspesialisten møter samme arbeidsgiver mer enn én gang i samme uke, og uansett om deltakeren er til stede eller ikke. Både deltakerspesifikke og bransjespesifikke kontakter kan regnes med. Jobbspesialister dokumenterer antall arbeidsgiverkontakter per uke på et registreringsskjema.',
        en: 'Each employment specialist has at least six face-to-face meetings with employers per week on behalf of participants who are looking for work. (Calculate the average for all employment specialists and use the closest score on the fidelity scale.) A contact with an employer is counted even when the employment specialist meets the same employer more than once in the same week, and whether or not the participant is present. Both participant-specific and industry-specific contacts may be counted. Employment specialists record the number of employer contacts per week on a tracking form.',
      },
      anchors: [
        {
          nb: 'Jobbspesialisten har færre enn to ansikt-til-ansikt-møter med arbeidsgivere per uke som er knyttet opp mot enkeltdeltakere.',
          en: 'The employment specialist has fewer than two face-to-face meetings with employers per week that are linked to individual participants.',
        },
        {
          nb: 'Jobbspesialisten har to ansikt-til-ansikt-møter med arbeidsgivere per uke knyttet opp mot enkeltdeltakere ELLER bruker ikke noe registreringssystem.',
          en: 'The employment specialist has two face-to-face meetings with employers per week linked to individual participants OR does not use any tracking system.',
        },
        {
          nb: 'Jobbspesialisten har fire deltakerspesifikke ansikt-til-ansikt-møter med arbeidsgivere per uke, og bruker et registreringsskjema som vurderes av metodeveileder for jobbspesialistene hver måned.',
          en: "The employment specialist has four participant-specific face-to-face meetings with employers per week, and uses a tracking form that is reviewed by the employment specialists' IPS supervisor monthly.",
        },
        {
          nb: 'Jobbspesialisten har fem deltakerspesifikke ansikt-til-ansikt-møter med arbeidsgivere per uke, og bruker et registreringsskjema som vurderes av metodeveileder for jobbspesialistene hver uke.',
          en: "The employment specialist has five participant-specific face-to-face meetings with employers per week, and uses a tracking form that is reviewed by the employment specialists' IPS supervisor weekly.",
        },
        {
          nb: 'Jobbspesialisten har seks eller flere deltakerspesifikke ansikt-til-ansikt-møter med arbeidsgivere per uke, eller to møter med arbeidsgivere multiplisert med antall personer som leter etter arbeid, når det er færre enn tre personer som søker jobb i jobbspesialistens deltakerportefølje (f.eks. nystartet program). Jobbspesialistene bruker dessuten et registreringsskjema som vurderes av metodeveileder for jobbspesialistene hver uke.',
          en: "The employment specialist has six or more participant-specific face-to-face meetings with employers per week, or two meetings with employers multiplied by the number of people looking for work when fewer than three people on the employment specialist's caseload are seeking a job (e.g. a newly started programme). Employment specialists also use a tracking form that is reviewed by the employment specialists' IPS supervisor weekly.",
        },
      ],
      sources: ['DOC', 'INT'],
      kind: 'numericBands',
      caps: [
        {
          id: 'services.employer_contacts.no_tracking_system',
          maxScore: 2,
          condition: {
            nb: 'Jobbspesialistene bruker ikke noe registreringssystem for arbeidsgiverkontakter.',
            en: 'Employment specialists do not use any tracking system for employer contacts.',
          },
          manualLines: [11043, 11045],
        },
        {
          id: 'services.employer_contacts.logs_not_reviewed',
          maxScore: 2,
          condition: {
            nb: 'Jobbspesialistene registrerer kontakter, men metodeveilederen går ikke igjennom loggene (selv om jobbspesialistene i gjennomsnitt har seks kontakter per uke).',
            en: 'Employment specialists record their contacts, but the IPS supervisor does not review the logs (even if the employment specialists average six contacts per week).',
          },
          manualLines: [7438, 7444],
        },
        {
          id: 'services.employer_contacts.logs_reviewed_monthly',
          maxScore: 3,
          condition: {
            nb: 'Metodeveilederen vurderer registreringsskjemaet hver måned, men ikke hver uke (alternativ 4 og 5 krever ukentlig vurdering).',
            en: 'The IPS supervisor reviews the tracking form monthly but not weekly (anchors 4 and 5 require weekly review).',
          },
          manualLines: [11051, 11081],
        },
        {
          id: 'services.employer_contacts.unverifiable',
          maxScore: 2,
          condition: {
            nb: 'Det er ikke mulig å avgjøre om arbeidsgiverkontaktene var fysiske eller med en person med ansettelsesmyndighet, og metodeveilederen kan ikke gi tilleggsinformasjon om kontaktene (håndboken gir graderingen 2).',
            en: 'It cannot be determined whether the employer contacts were in person or with someone with hiring authority, and the IPS supervisor cannot add information about them (the manual gives a rating of 2).',
          },
          manualLines: [7413, 7422],
        },
        {
          id: 'services.employer_contacts.mixed_logs',
          maxScore: 2,
          condition: {
            nb: 'Kontaktloggene inneholder også telefonsamtaler og henvendelser fra deltakeren uten jobbspesialisten, og evaluatorene kan ikke skille dem fra ansikt-til-ansikt-møter.',
            en: 'The contact logs also include phone calls and contacts made by the participant without the employment specialist, and the evaluators cannot tell them apart from face-to-face meetings.',
          },
          manualLines: [7446, 7452],
        },
      ],
      manualLines: [7269, 7497],
    },
    {
      id: 'services.employer_contact_quality',
      sectionId: 'services',
      number: 7,
      sheetNumber: 18,
      name: {
        nb: 'Jobbutvikling – kvalitet i kontakt med arbeidsgivere',
        en: 'Job development – quality of employer contact',
      },
      criterion: {
        nb: 'Jobbspesialistene bygger relasjoner med arbeidsgivere gjennom flere personlige besøk for å kartlegge arbeidsgiverens behov, formidle hva IPS-tjenester kan tilby arbeidsgiveren, og beskrive sterke sider hos deltakeren som kan samsvare med arbeidsgiverens behov. (Regn ut gjennomsnittet for alle jobbspesialistene, og bruk den skåren som kommer nærmest på kvalitetsskalaen.)',
        en: "Employment specialists build relationships with employers through multiple in-person visits to learn about the employer's needs, convey what IPS services can offer the employer and describe participant strengths that may match the employer's needs. (Calculate the average for all employment specialists and use the closest score on the fidelity scale.)",
      },
      anchors: [
        {
          nb: 'Jobbspesialistene møter arbeidsgivere når de hjelper deltakeren med å levere jobbsøknaden, ELLER jobbspesialistene møter sjelden arbeidsgivere.',
          en: 'Employment specialists meet employers when helping the participant hand in a job application, OR employment specialists rarely meet employers.',
        },
        {
          nb: 'Jobbspesialistene kontakter arbeidsgivere for å spørre om ledige jobber og formidler deretter disse mulighetene til deltakerne.',
          en: 'Employment specialists contact employers to ask about job openings and then pass these opportunities on to participants.',
        },
        {
          nb: 'Jobbspesialistene følger opp stillingsannonser ved å presentere seg, beskrive programmet og be arbeidsgiveren om å intervjue deltakeren.',
          en: 'Employment specialists follow up on job advertisements by introducing themselves, describing the programme and asking the employer to interview the participant.',
        },
        {
          nb: 'Jobbspesialistene møter personlig arbeidsgivere, enten det er annonsert ledige jobber eller ikke, fremhever deltakerne ved å beskrive deres sterke sider og ber arbeidsgiveren om å intervjue deltakeren.',
          en: 'Employment specialists meet employers in person, whether or not jobs are advertised, advocate for participants by describing their strengths and ask the employer to interview the participant.',
        },
        {
          nb: 'Jobbspesialistene bygger relasjoner med arbeidsgivere gjennom flere personlige besøk for å kartlegge arbeidsgiverens behov, formidle hva IPS-tjenester kan tilby arbeidsgiveren, og beskrive sterke sider hos deltakeren som kan samsvare med arbeidsgiverens behov.',
          en: "Employment specialists build relationships with employers through multiple in-person visits to learn about the employer's needs, convey what IPS services can offer the employer and describe participant strengths that may match the employer's needs.",
        },
      ],
      sources: ['DOC', 'INT', 'OBS'],
      kind: 'perSpecialistAverage',
      caps: [
        {
          id: 'services.employer_contact_quality.not_observable',
          maxScore: 1,
          condition: {
            nb: 'Det er ikke mulig å observere bygging av arbeidsgiverrelasjoner (evaluatorene baserer seg ikke på jobbspesialistenes beskrivelser).',
            en: "It is not possible to observe employer relationship-building (evaluators do not rely on the employment specialists' descriptions).",
          },
          manualLines: [7576, 7582],
        },
        {
          id: 'services.employer_contact_quality.no_information_meeting',
          maxScore: 4,
          condition: {
            nb: 'Det er ikke mulig for jobbspesialistene å ha møter med arbeidsgivere for å få informasjon om bedriften under evalueringsbesøket.',
            en: 'The employment specialists cannot hold meetings with employers to learn about the business during the review visit.',
          },
          manualLines: [7562, 7568],
        },
        {
          id: 'services.employer_contact_quality.service_presentation',
          maxScore: 3,
          condition: {
            nb: 'Det observerte arbeidsgivermøtet går ut på å legge frem informasjon om tjenesten uten at arbeidsgiveren har bedt om informasjonen.',
            en: 'The observed employer meeting consists of presenting information about the service without the employer having asked for it.',
          },
          manualLines: [7600, 7604],
        },
        {
          id: 'services.employer_contact_quality.rarely_meet_employers',
          maxScore: 1,
          condition: {
            nb: 'Jobbspesialistene treffer sjelden arbeidsgivere (f.eks. fysiske møter med i gjennomsnitt to arbeidsgivere per måned), uansett hvilke ferdigheter de har.',
            en: 'Employment specialists rarely meet employers (e.g. in-person meetings with two employers per month on average), whatever their skills.',
          },
          manualLines: [7620, 7624],
        },
        {
          id: 'services.employer_contact_quality.asking_for_openings',
          maxScore: 2,
          condition: {
            nb: 'Arbeidsgiverkontaktene går mest ut på at jobbspesialisten spør arbeidsgiveren om jobbmuligheter.',
            en: 'Employer contacts consist mostly of the employment specialist asking the employer about job openings.',
          },
          manualLines: [7626, 7628],
        },
        {
          id: 'services.employer_contact_quality.participant_must_attend',
          maxScore: 3,
          condition: {
            nb: 'Jobbspesialistene kan ikke møte arbeidsgivere uten at deltakeren er til stede (f.eks. fordi det ikke er midler til slike møter).',
            en: 'Employment specialists cannot meet employers without the participant present (e.g. because there is no funding for such meetings).',
          },
          manualLines: [7647, 7655],
        },
        {
          id: 'services.employer_contact_quality.relationships_not_maintained',
          maxScore: 4,
          condition: {
            nb: 'Jobbspesialistene kommer sjelden tilbake etter å ha innhentet informasjon om en bedrift hvis den ikke går til ansettelse; relasjoner med arbeidsgivere opprettholdes ikke over tid.',
            en: 'Employment specialists rarely return after gathering information about a business unless it hires; relationships with employers are not maintained over time.',
          },
          manualLines: [7657, 7671],
        },
      ],
      manualLines: [7503, 7706],
    },
    {
      id: 'services.job_diversity',
      sectionId: 'services',
      number: 8,
      sheetNumber: 19,
      name: { nb: 'Stor bredde i typer jobber', en: 'Diversity of job types' },
      criterion: {
        nb: 'Jobbspesialistene hjelper deltakerne med å finne ulike typer jobber.',
        en: 'Employment specialists help participants find different types of jobs.',
      },
      anchors: [
        {
          nb: 'Jobbspesialistene hjelper deltakerne med å finne ulike typer jobber i mindre enn 50 prosent av tilfellene.',
          en: 'Employment specialists help participants find different types of jobs in less than 50 percent of cases.',
        },
        {
          nb: 'Jobbspesialistene hjelper deltakerne med å finne ulike typer jobber i 50–59 prosent av tilfellene.',
          en: 'Employment specialists help participants find different types of jobs in 50–59 percent of cases.',
        },
        {
          nb: 'Jobbspesialistene hjelper deltakerne med å finne ulike typer jobber i 60–69 prosent av tilfellene.',
          en: 'Employment specialists help participants find different types of jobs in 60–69 percent of cases.',
        },
        {
          nb: 'Jobbspesialistene hjelper deltakerne med å finne ulike typer jobber i 70–84 prosent av tilfellene.',
          en: 'Employment specialists help participants find different types of jobs in 70–84 percent of cases.',
        },
        {
          nb: 'Jobbspesialistene hjelper deltakerne med å finne ulike typer jobber i 85–100 prosent av tilfellene.',
          en: 'Employment specialists help participants find different types of jobs in 85–100 percent of cases.',
        },
      ],
      sources: ['DOC', 'INT', 'OBS', 'ISP'],
      kind: 'numericBands',
      manualLines: [7712, 7923],
    },
    {
      id: 'services.employer_diversity',
      sectionId: 'services',
      number: 9,
      sheetNumber: 20,
      name: { nb: 'Stor bredde i typer arbeidsgivere', en: 'Diversity of employers' },
      criterion: {
        nb: 'Jobbspesialistene hjelper deltakerne med å finne jobber hos ulike arbeidsgivere.',
        en: 'Employment specialists help participants find jobs with different employers.',
      },
      anchors: [
        {
          nb: 'Jobbspesialistene hjelper deltakerne med å finne jobber hos ulike arbeidsgivere i mindre enn 50 prosent av tilfellene.',
          en: 'Employment specialists help participants find jobs with different employers in less than 50 percent of cases.',
        },
        {
          nb: 'Jobbspesialistene hjelper deltakerne med å finne jobber hos ulike arbeidsgivere i 50–59 prosent av tilfellene.',
          en: 'Employment specialists help participants find jobs with different employers in 50–59 percent of cases.',
        },
        {
          nb: 'Jobbspesialistene hjelper deltakerne med å finne jobber hos ulike arbeidsgivere i 60–69 prosent av tilfellene.',
          en: 'Employment specialists help participants find jobs with different employers in 60–69 percent of cases.',
        },
        {
          nb: 'Jobbspesialistene hjelper deltakerne med å finne jobber hos ulike arbeidsgivere i 70–84 prosent av tilfellene.',
          en: 'Employment specialists help participants find jobs with different employers in 70–84 percent of cases.',
        },
        {
          nb: 'Jobbspesialistene hjelper deltakerne med å finne jobber hos ulike arbeidsgivere i 85–100 prosent av tilfellene',
          en: 'Employment specialists help participants find jobs with different employers in 85–100 percent of cases.',
        },
      ],
      sources: ['DOC', 'INT', 'OBS', 'ISP'],
      kind: 'numericBands',
      manualLines: [7929, 8125],
    },
    {
      id: 'services.competitive_jobs',
      sectionId: 'services',
      number: 10,
      sheetNumber: 21,
      name: { nb: 'Ordinært arbeid', en: 'Competitive jobs' },
      criterion: {
        nb: 'Jobbspesialistene finner fast ordinært arbeid i stedet for midlertidige utplasseringer f.eks. gjennom praksisplasser o.l. Ordinært arbeid er jobber som lønnes med minimum minstelønn, som alle kan søke på, og som ikke er reservert for personer med funksjonsnedsettelser. (Sesongjobber og jobber i bemanningsbyråer som andre samfunnsborgere bruker, regnes som ordinært arbeid.)',
        en: 'Employment specialists find permanent competitive jobs rather than temporary placements, e.g. through work-practice placements and the like. Competitive jobs are jobs that pay at least minimum wage, that anyone can apply for and that are not reserved for people with disabilities. (Seasonal jobs and jobs through temporary employment agencies that other members of the community use count as competitive jobs.)',
      },
      anchors: [
        {
          nb: 'Jobbspesialistene kan tilby en permanent, ordinær jobb i mindre enn 64 prosent av tilfellene, ELLER det er for tiden færre enn ti slike jobber.',
          en: 'Employment specialists can offer a permanent competitive job in less than 64 percent of cases, OR there are currently fewer than ten such jobs.',
        },
        {
          nb: 'Jobbspesialistene kan tilby en permanent, ordinær jobb i omtrent 65–74 prosent av tilfellene.',
          en: 'Employment specialists can offer a permanent competitive job in approximately 65–74 percent of cases.',
        },
        {
          nb: 'Jobbspesialistene kan tilby en fast ordinær jobb i omtrent 75–84 prosent av tilfellene.',
          en: 'Employment specialists can offer a permanent competitive job in approximately 75–84 percent of cases.',
        },
        {
          nb: 'Jobbspesialistene kan tilby en fast ordinær jobb i omtrent 85–94 prosent av tilfellene.',
          en: 'Employment specialists can offer a permanent competitive job in approximately 85–94 percent of cases.',
        },
        {
          nb: 'Av de ordinære jobbene som deltakerne er ansatt i, er 95 prosent eller mer permanente',
          en: 'Of the competitive jobs in which participants are employed, 95 percent or more are permanent.',
        },
      ],
      sources: ['DOC', 'INT', 'OBS', 'ISP'],
      kind: 'numericBands',
      manualLines: [8131, 8342],
    },
    {
      id: 'services.individualized_support',
      sectionId: 'services',
      number: 11,
      sheetNumber: 22,
      name: { nb: 'Individuelt tilpasset oppfølging', en: 'Individualized follow-along supports' },
      criterion: {
        nb: 'Deltakere mottar jobbstøtte som er tilpasset jobben, deltakerens preferanser, tidligere arbeidserfaring, ulike behov osv. Støtten ytes av en rekke personer, blant annet av ansatte i behandlingsteamet (f.eks. i form av endret medisinering, trening i sosial kompetanse, oppmuntring), pårørende, venner, kollegaer (dvs. naturlig støtte) og av jobbspesialisten. Jobbspesialistene støtter også arbeidsgiveren hvis deltakeren ber om dette (f.eks. med informasjon om opplæring og tilrettelegging av arbeidsplassen). Jobbspesialisten tilbyr hjelp med karriereutvikling, dvs. hjelp med utdanning, en mer attraktiv jobb eller arbeidsoppgaver som samsvarer bedre med deltakerens preferanser.',
        en: "Participants receive job support tailored to the job, the participant's preferences, previous work experience, needs, etc. Support is provided by a variety of people, including treatment team members (e.g. medication changes, social skills training, encouragement), family members, friends, co-workers (i.e. natural supports) and the employment specialist. Employment specialists also support the employer if the participant requests it (e.g. with information about training and workplace accommodations). The employment specialist offers help with career development, i.e. help with education, a more attractive job or work tasks that better match the participant's preferences.",
      },
      anchors: [
        {
          nb: 'De fleste deltakere mottar ingen støtte etter at de har begynt i en jobb.',
          en: 'Most participants receive no support after they have started a job.',
        },
        {
          nb: 'Rundt halvparten av deltakerne som er i jobb, mottar begrenset støtte, hovedsakelig fra jobbspesialisten.',
          en: 'About half of the participants who are working receive limited support, mainly from the employment specialist.',
        },
        {
          nb: 'De fleste deltakerne som er i jobb, mottar begrenset støtte, hovedsakelig fra jobbspesialisten',
          en: 'Most participants who are working receive limited support, mainly from the employment specialist.',
        },
        {
          nb: 'Deltakerne mottar støtte som er tilpasset jobben, deltakerens preferanser, arbeidserfaring, behov osv. Jobbspesialistene støtter arbeidsgiveren hvis deltakeren ber om dette.',
          en: "Participants receive support tailored to the job, the participant's preferences, work experience, needs, etc. Employment specialists support the employer if the participant requests it.",
        },
        {
          nb: 'Deltakerne mottar støtte som er tilpasset jobben, deltakerens preferanser, arbeidserfaring, behov osv. Jobbspesialisten støtter også arbeidsgiveren hvis deltakeren ber om dette (f.eks. med informasjon om opplæring og tilrettelegging på arbeidsplassen). Jobbspesialisten hjelper deltakere med å gå videre til bedre jobber, og hjelper til med videreutdanning eller sertifiserte opplæringsprogrammer. Organisasjonen har tilbud om ulike typer støtte, inkludert utvidet støtte fra ansatte i behandlingsteamet.',
          en: "Participants receive support tailored to the job, the participant's preferences, work experience, needs, etc. The employment specialist also supports the employer if the participant requests it (e.g. with information about training and workplace accommodations). The employment specialist helps participants move on to better jobs and helps with further education or certified training programmes. The agency offers different types of support, including enhanced support from treatment team members.",
        },
      ],
      sources: ['DOC', 'INT', 'OBS', 'ISP'],
      kind: 'judgement',
      caps: [
        {
          id: 'services.individualized_support.no_written_plans',
          maxScore: 2,
          condition: {
            nb: 'Det foreligger ikke skriftlige jobb-/utdanningsstøtteplaner (de kreves for skåren 3 eller høyere).',
            en: 'There are no written job/education support plans (they are required for a score of 3 or higher).',
          },
          manualLines: [8451, 8459],
        },
        {
          id: 'services.individualized_support.plan_not_updated',
          maxScore: 3,
          condition: {
            nb: 'Jobbstøtteplanen skrives sammen med jobbutviklingsplanen og oppdateres ikke med faktorer knyttet til stillingen og personens situasjon når vedkommende tilbys en jobb.',
            en: "The job support plan is written together with the job development plan and is not updated with factors related to the position and the person's situation when the person is offered a job.",
          },
          manualLines: [8461, 8465],
        },
        {
          id: 'services.individualized_support.no_career_development',
          maxScore: 4,
          condition: {
            nb: 'Evaluatorene finner ingen eksempler på karriereutvikling (f.eks. hjelp med relevant utdanning eller opplæring, med å be om forfremmelse eller med å finne en mer attraktiv jobb).',
            en: 'The evaluators find no examples of career development (e.g. help with relevant education or training, with asking for a promotion, or with finding a more attractive job).',
          },
          manualLines: [8467, 8474],
        },
        {
          id: 'services.individualized_support.support_only_from_js',
          maxScore: 3,
          condition: {
            nb: 'Jobbspesialistene kan ikke gi eksempler på jobb- eller utdanningsstøtte fra behandlere, behandlingsteamet diskuterer ikke mulig støtte når noen har fått jobb, og deltakere rapporterer at de bare får støtte fra jobbspesialistene.',
            en: 'Employment specialists cannot give examples of job or education support from clinicians, the treatment team does not discuss possible support when someone has got a job, and participants report support only from the employment specialists.',
          },
          manualLines: [8494, 8502],
        },
        {
          id: 'services.individualized_support.mostly_phone',
          maxScore: 2,
          condition: {
            nb: 'Jobbstøtte gis for det meste per telefon; de som arbeider, får beskjed om å ringe hvis det oppstår problemer, i stedet for å avtale møter.',
            en: 'Job support is mostly given by phone; working participants are told to call if problems arise instead of meetings being scheduled.',
          },
          manualLines: [8504, 8508],
        },
        {
          id: 'services.individualized_support.phone_for_some',
          maxScore: 3,
          condition: {
            nb: 'For en del av (inntil omtrent halvparten av) deltakerne som er i arbeid, består støtten av at de kan ringe hvis de får problemer.',
            en: 'For some of the working participants (up to about half), support consists of being told they can call if they have problems.',
          },
          manualLines: [8510, 8516],
        },
        {
          id: 'services.individualized_support.support_not_adjusted',
          maxScore: 3,
          condition: {
            nb: 'Personer har hatt vanskeligheter i jobben uten at jobbspesialisten har tilbudt seg å endre eller intensivere støtten.',
            en: 'People have had difficulties at work without the employment specialist offering to change or intensify the support.',
          },
          manualLines: [8518, 8522],
        },
        {
          id: 'services.individualized_support.declined_without_offer',
          maxScore: 2,
          condition: {
            nb: 'De fleste deltakere i arbeid takker nei til oppfølging, og jobbspesialistene tilbyr ikke å møte dem på steder eller tidspunkter som passer, eller forteller ikke hva de kan tilby.',
            en: 'Most working participants decline follow-along, and employment specialists do not offer to meet them at convenient places or times, or do not explain what they can offer.',
          },
          manualLines: [8524, 8536],
        },
      ],
      manualLines: [8350, 8628],
    },
    {
      id: 'services.time_unlimited_support',
      sectionId: 'services',
      number: 12,
      sheetNumber: 23,
      name: { nb: 'Tidsubegrenset oppfølging', en: 'Time-unlimited follow-along supports' },
      criterion: {
        nb: 'Jobbspesialistene har i gjennomsnitt ett personlig møte i løpet av den siste uken før jobbstart, innen tre dager etter jobbstart, hver uke den første måneden og minst hver måned i ett år eller mer etter at deltakerne har vært i fast jobb en periode, hvis deltakerne ønsker dette. Deltakerne overføres til nedtrappet jobbstøtte fra behandlere etter å ha vært i jobb en stund. Jobbspesialistene kontakter deltakerne innen tre dager etter å ha blitt informert om tap av jobb.',
        en: 'Employment specialists on average have one in-person meeting during the last week before the job starts, within three days after the job starts, weekly during the first month, and at least monthly for a year or more after participants have been in steady employment for a while, if participants wish. Participants are transitioned to step-down job support from clinicians after working for a while. Employment specialists contact participants within three days of learning about a job loss.',
      },
      anchors: [
        {
          nb: 'Jobbspesialisten har ingen personlig kontakt med deltakeren etter den første måneden etter jobbstart.',
          en: 'The employment specialist has no in-person contact with the participant after the first month after the job starts.',
        },
        {
          nb: 'Jobbspesialisten har personlig kontakt med mindre enn halvparten av deltakerne som er i jobb, i minst fire måneder etter jobbstart.',
          en: 'The employment specialist has in-person contact with fewer than half of the working participants for at least four months after the job starts.',
        },
        {
          nb: 'Jobbspesialisten har personlig kontakt med minst halvparten av deltakerne som er i jobb, i minst fire måneder etter jobbstart.',
          en: 'The employment specialist has in-person contact with at least half of the working participants for at least four months after the job starts.',
        },
        {
          nb: 'Jobbspesialisten har i gjennomsnitt kontakt med deltakere som er i jobb, hver uke den første måneden etter jobbstart og minst hver måned i ett år eller mer etter at deltakerne har vært i fast jobb en periode, hvis deltakerne ønsker dette.',
          en: 'On average, the employment specialist has contact with working participants weekly during the first month after the job starts and at least monthly for a year or more after participants have been in steady employment for a while, if participants wish.',
        },
        {
          nb: 'Jobbspesialistene har i gjennomsnitt ett personlig møte i løpet av den siste uken før jobbstart, innen tre dager etter jobbstart, hver uke den første måneden og minst hver måned i ett år eller mer etter at deltakerne har vært i fast jobb en periode, hvis deltakerne ønsker dette. Deltakerne overføres til nedtrappet jobbstøtte fra behandlere etter å ha vært i jobb en stund. Jobbspesialistene kontakter deltakerne innen tre dager etter å ha blitt informert om tap av jobb.',
          en: 'Employment specialists on average have one in-person meeting during the last week before the job starts, within three days after the job starts, weekly during the first month, and at least monthly for a year or more after participants have been in steady employment for a while, if participants wish. Participants are transitioned to step-down job support from clinicians after working for a while. Employment specialists contact participants within three days of learning about a job loss.',
        },
      ],
      sources: ['DOC', 'INT', 'OBS', 'ISP'],
      kind: 'judgement',
      caps: [
        {
          id: 'services.time_unlimited_support.not_documented',
          maxScore: 3,
          condition: {
            nb: 'Jobbspesialistene dokumenterer ikke jobbstøtten de gir (verken som notater for hver interaksjon eller som ukentlig oppsummering).',
            en: 'Employment specialists do not document the job support they provide (neither as notes for each interaction nor as a weekly summary).',
          },
          manualLines: [8679, 8683],
        },
        {
          id: 'services.time_unlimited_support.automatic_closure',
          maxScore: 4,
          condition: {
            nb: 'Deltakere i arbeid overføres nesten alltid fra jobbspesialistteamet etter et fast tidsrom (f.eks. når de har vært i jobben i ett år) fordi tjenesten automatisk avslutter sakene, slik at varigheten ikke er individuelt tilpasset.',
            en: 'Working participants are almost always transferred out of the employment specialist team after a fixed period (e.g. after one year in the job) because the service closes cases automatically, so the duration is not individualized.',
          },
          manualLines: [8723, 8729],
        },
        {
          id: 'services.time_unlimited_support.phone_after_90_days',
          maxScore: 2,
          condition: {
            nb: 'Etter å ha vært i jobben i 90 dager mottar de fleste deltakerne jobbstøtte bare i form av en telefonsamtale.',
            en: 'After 90 days in the job, most participants receive job support only in the form of a phone call.',
          },
          manualLines: [8745, 8747],
        },
      ],
      manualLines: [8634, 8794],
    },
    {
      id: 'services.community_based',
      sectionId: 'services',
      number: 13,
      sheetNumber: 24,
      name: { nb: 'Tjenester som er basert i lokalsamfunnet', en: 'Community-based services' },
      criterion: {
        nb: 'Arbeidsrettede tjenester som innledende og forpliktende samarbeid, jobbsøk og oppfølging ytes i naturlige lokalmiljøer av alle jobbspesialister. (Regn ut gjennomsnittet for alle jobbspesialistene basert på total, skjemalagt arbeidstid per uke, og bruk den skåren som kommer nærmest på kvalitetsskalaen.)',
        en: 'Vocational services such as engagement, job search and follow-along support are provided in natural community settings by all employment specialists. (Calculate the average for all employment specialists based on total scheduled working hours per week, and use the closest score on the fidelity scale.)',
      },
      anchors: [
        {
          nb: 'Jobbspesialistene bruker 30 prosent eller mindre av sin skjemalagte arbeidstid i lokalsamfunnet.',
          en: 'Employment specialists spend 30 percent or less of their scheduled working time in the community.',
        },
        {
          nb: 'Jobbspesialistene bruker 30–39 prosent av sin totale skjemalagte arbeidstid i lokalsamfunnet.',
          en: 'Employment specialists spend 30–39 percent of their total scheduled working time in the community.',
        },
        {
          nb: 'Jobbspesialistene bruker 40–49 prosent av sin totale skjemalagte arbeidstid i lokalsamfunnet.',
          en: 'Employment specialists spend 40–49 percent of their total scheduled working time in the community.',
        },
        {
          nb: 'Jobbspesialistene bruker 50–64 prosent av sin totale skjemalagte arbeidstid i lokalsamfunnet.',
          en: 'Employment specialists spend 50–64 percent of their total scheduled working time in the community.',
        },
        {
          nb: 'Jobbspesialistene bruker 65 prosent eller mer av sin totale skjemalagte arbeidstid i lokalsamfunnet.',
          en: 'Employment specialists spend 65 percent or more of their total scheduled working time in the community.',
        },
      ],
      sources: ['DOC', 'INT', 'OBS'],
      kind: 'numericBands',
      manualLines: [8795, 8961],
    },
    {
      id: 'services.engagement_outreach',
      sectionId: 'services',
      number: 14,
      sheetNumber: 25,
      name: {
        nb: 'Aktivt engasjement og oppsøkende arbeid fra integrert behandlingsteam',
        en: 'Assertive engagement and outreach by integrated treatment team',
      },
      criterion: {
        nb: 'Tjenester avsluttes ikke på grunn av brutte avtaler eller tidsbegrensninger. Systematisk dokumentasjon av forsøk på oppsøkende arbeid. Engasjement og oppsøkende arbeid fra de ansatte i det integrerte teamet. Flere besøk i hjem/lokalsamfunn. Koordinerte besøk fra jobbspesialist og ansatt i det integrerte teamet. Kontakt med pårørende når det er hensiktsmessig. Gruppen stanser det oppsøkende arbeidet når det er helt tydelig at deltakeren ikke lenger ønsker å jobbe eller motta arbeidsrettede tjenester.',
        en: 'Services are not ended because of missed appointments or time limits. Systematic documentation of outreach attempts. Engagement and outreach by integrated team members. Multiple home/community visits. Coordinated visits by the employment specialist and an integrated team member. Contact with family members when appropriate. The team stops outreach once it is entirely clear that the participant no longer wants to work or to receive vocational services.',
      },
      anchors: [
        {
          nb: 'Belegg for at to eller færre strategier for engasjement og oppsøkende arbeid er benyttet.',
          en: 'Evidence that two or fewer strategies for engagement and outreach are used.',
        },
        {
          nb: 'Belegg for at tre strategier for engasjement og oppsøkende arbeid er benyttet.',
          en: 'Evidence that three strategies for engagement and outreach are used.',
        },
        {
          nb: 'Belegg for at fire strategier for engasjement og oppsøkende arbeid er benyttet.',
          en: 'Evidence that four strategies for engagement and outreach are used.',
        },
        {
          nb: 'Belegg for at fem strategier for engasjement og oppsøkende arbeid er benyttet.',
          en: 'Evidence that five strategies for engagement and outreach are used.',
        },
        {
          nb: 'Belegg for at alle seks strategier for engasjement og oppsøkende arbeid er benyttet: i) Tjenester avsluttes ikke på grunn av brutte avtaler og tidsbegrensninger.ii) Systematisk dokumentasjon av forsøk på oppsøkende arbeid. iii) Engasjement og oppsøkende arbeid fra de ansatte i det integrerte teamet. iv) Flere besøk i hjem/lokalsamfunn. v) Koordinerte besøk fra jobbspesialist og ansatt i det integrerte teamet. vi) Kontakt med pårørende når det er hensiktsmessig.',
          en: 'Evidence that all six strategies for engagement and outreach are used: i) Services are not ended because of missed appointments and time limits. ii) Systematic documentation of outreach attempts. iii) Engagement and outreach by integrated team members. iv) Multiple home/community visits. v) Coordinated visits by the employment specialist and an integrated team member. vi) Contact with family members when appropriate.',
        },
      ],
      sources: ['MIS', 'DOC', 'INT', 'OBS'],
      kind: 'components',
      // The six strategies, worded as in the item's criterion (and the ch. 9 list, 9066–9076).
      components: [
        {
          nb: 'Tjenester avsluttes ikke på grunn av brutte avtaler eller tidsbegrensninger.',
          en: 'Services are not ended because of missed appointments or time limits.',
        },
        {
          nb: 'Systematisk dokumentasjon av forsøk på oppsøkende arbeid.',
          en: 'Systematic documentation of outreach attempts.',
        },
        {
          nb: 'Engasjement og oppsøkende arbeid fra de ansatte i det integrerte teamet.',
          en: 'Engagement and outreach by integrated team members.',
        },
        {
          nb: 'Flere besøk i hjem/lokalsamfunn.',
          en: 'Multiple home/community visits.',
        },
        {
          nb: 'Koordinerte besøk fra jobbspesialist og ansatt i det integrerte teamet.',
          en: 'Coordinated visits by the employment specialist and an integrated team member.',
        },
        {
          nb: 'Kontakt med pårørende når det er hensiktsmessig.',
          en: 'Contact with family members when appropriate.',
        },
      ],
      // «to eller færre» → 1, three → 2, four → 3, five → 4, all six → 5.
      scoreForComponentCount: [1, 1, 1, 2, 3, 4, 5],
      manualLines: [8967, 9158],
    },
  ],

  // Score sheet («Skårskjema for IPS-kvalitetsskalaen»): «73 og mindre» starts at the minimum total 25.
  levels: [
    { min: 115, max: 125, name: { nb: 'Meget god kvalitet', en: 'Very good fidelity' } },
    { min: 100, max: 114, name: { nb: 'God kvalitet', en: 'Good fidelity' } },
    { min: 74, max: 99, name: { nb: 'Godkjent kvalitet', en: 'Acceptable fidelity' } },
    { min: 25, max: 73, name: { nb: 'Ikke IPS', en: 'Not IPS' } },
  ],

  // Legend after the scale («*Datakilder»).
  dataSources: {
    MIS: {
      nb: 'Ledelsesinformasjonssystem (Management Information System)',
      en: 'Management Information System',
    },
    DOC: {
      nb: 'Dokumentgjennomgang: klinisk journal, organisasjonsretningslinjer og -prosedyrer',
      en: 'Document review: clinical records, agency policies and procedures',
    },
    INT: {
      nb: 'Intervju med deltakere, jobbspesialister, behandlere, NAV-veiledere, pårørende, arbeidsgivere',
      en: 'Interviews with participants, employment specialists, clinicians, NAV counsellors, family members, employers',
    },
    OBS: {
      nb: 'Observasjon (f.eks. teammøte, observasjon av jobbspesialister)',
      en: 'Observation (e.g. team meeting, observation of employment specialists)',
    },
    ISP: {
      nb: 'Individuell plan (Individualized Service Plan)',
      en: 'Individualized Service Plan',
    },
  },
};
