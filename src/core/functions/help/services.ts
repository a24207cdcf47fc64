import type { FunctionHelp } from './types';

/**
 * The help of the services items: what each function gives and what each parameter takes, in
 * Norwegian and English (see index.ts).
 */
export const SERVICES_HELP: Readonly<Record<string, FunctionHelp>> = {
  CAREER_ASSESSMENT: {
    description: {
      nb: 'Tjenester 3, Fortløpende karriereveiledning: hver jobbspesialist vurderes 1–5, snittet rundes ned, og punktets begrensninger gjelder.',
      en: "Services 3, Ongoing career assessment: each specialist is rated 1–5, the mean is rounded down, and the item's caps apply.",
    },
    parameters: {
      ratings: {
        nb: 'Én celle per jobbspesialist: skåren 1–5 for den jobbspesialisten.',
        en: "One cell per specialist: that specialist's 1–5 rating.",
      },
    },
  },
  DAYS_TO_EMPLOYER_CONTACT: {
    description: {
      nb: 'Tjenester 4, Rask oppstart av jobbsøk: dager fra første møte med jobbspesialisten til første fysiske arbeidsgiverkontakt, snitt per jobbspesialist og så over jobbspesialistene, rundet ned. Høyst 4 hvis dagene ikke registreres.',
      en: 'Services 4, Rapid job search: mean days from the first meeting with the specialist to the first in-person employer contact, per specialist and then averaged over the specialists, rounded down. At most 4 if the supervisor does not record the days.',
    },
    parameters: {
      specialist: {
        nb: 'Jobbspesialisten til hver deltaker (én rad per deltaker som nylig er tatt inn; en deltaker som er tatt med i en tidligere evaluering, tas ikke med igjen).',
        en: "Each participant's employment specialist (one row per recently admitted participant; one counted in an earlier review is not counted again).",
      },
      intake_date: {
        nb: 'Dato for deltakerens første møte med jobbspesialisten (ikke henvisningsdatoen): datoverdi eller tekst åååå-mm-dd.',
        en: "Date of the participant's first meeting with the specialist (not the referral date): a date value or yyyy-mm-dd text.",
      },
      first_contact_date: {
        nb: 'Dato for første fysiske kontakt med en arbeidsgiver (jobbspesialisten og/eller deltakeren; telefon og e-post teller ikke, besøk for å lære om jobbtyper teller). Tom hvis personen vil ha kontakt, men ingen har skjedd ennå.',
        en: 'Date of the first in-person contact with an employer (by the specialist and/or the participant; phone and e-mail do not count, visits to learn about kinds of work do). Blank if the person wants contact but none has happened yet.',
      },
      supervisor_records: {
        nb: 'Valgfritt: registrerer metodeveilederen antall dager til første arbeidsgiverkontakt? nei → høyst 4. Utelatt → ingen begrensning.',
        en: 'Optional: does the supervisor record the days to first employer contact? no → at most 4. Omitted → no cap.',
      },
      review_date: {
        nb: 'Valgfritt: dato for evalueringsbesøket. For deltakere uten arbeidsgiverkontakt ennå telles dagene fram til denne datoen.',
        en: 'Optional: date of the review visit. For participants without an employer contact yet the days are counted up to this date.',
      },
    },
  },
  INDIVIDUALIZED_SEARCH: {
    description: {
      nb: 'Tjenester 5, Individuelt tilpasset jobbsøk: andelen av jobbspesialistenes arbeidsgiverkontakter som er basert på yrkesvalg som gjenspeiler deltakerens preferanser, rundet ned (under 25 % → 1 … 90 % eller mer → 5), med håndbokens begrensninger.',
      en: "Services 5, Individualized job search: the share of the specialists' employer contacts based on job choices reflecting the participant's preferences, rounded down (under 25 % → 1 … 90 % or more → 5), with the manual's caps.",
    },
    parameters: {
      matches_preferences: {
        nb: 'Én celle per arbeidsgiverkontakt: ja hvis kontakten bygger på deltakerens preferanser, sterke sider, erfaringer og behov; nei hvis den bygger på stillingsmarkedet («fordi de ser etter folk»).',
        en: 'One cell per employer contact: yes if the contact rests on the participant\'s preferences, strengths, experience and needs; no if it rests on the job market ("because they are hiring").',
      },
      participant_initiated: {
        nb: 'Valgfritt, én celle per kontakt: ja = deltakeren tok selv initiativet, og kontakten vurderes ikke. En kontakt jobbspesialisten oppfordret til, er ikke deltakerens initiativ. Tom = nei.',
        en: "Optional, one cell per contact: yes = the participant took the initiative and the contact is not assessed. A contact the specialist prompted is not the participant's initiative. Blank = no.",
      },
      plans_documented: {
        nb: 'Valgfritt: finnes det dokumenterte, individuelle jobbutviklingsplaner som kontaktene er i samsvar med? nei → høyst 3.',
        en: 'Optional: are there documented, individual job development plans the contacts agree with? no → at most 3.',
      },
      preferences_explored: {
        nb: 'Valgfritt: hjelper jobbspesialistene personene med å finne egnede jobber ut fra sterke sider, tidligere jobber, hva de liker osv., og ikke bare ut fra oppgitt mål? nei → høyst 2.',
        en: 'Optional: do the specialists help people find suitable jobs from strengths, past jobs, likes etc., not only from the stated goal? no → at most 2.',
      },
      any_job_encouraged: {
        nb: 'Valgfritt: oppfordres personer med befatning med rettsapparatet til å ta hvilken som helst jobb? ja → høyst 3.',
        en: 'Optional: are people with criminal-justice involvement urged to take any job? yes → at most 3.',
      },
    },
  },
  EMPLOYER_CONTACTS: {
    description: {
      nb: 'Tjenester 6, Jobbutvikling – hyppig arbeidsgiverkontakt: fysiske arbeidsgiverkontakter per jobbspesialist per uke (kontakter delt på uker), rundet ned (5,6 → 5), med håndbokens regler for fravær, nyansatte, små porteføljer og logggjennomgang.',
      en: "Services 6, Job development – frequent employer contact: in-person employer contacts per specialist per week (contacts over weeks), rounded down (5.6 → 5), with the manual's rules on absence, new staff, small caseloads and log review.",
    },
    parameters: {
      contacts: {
        nb: 'Én celle per jobbspesialist: tellbare arbeidsgiverkontakter siste to måneder – fysiske møter med en med ansettelsesmyndighet, jobbspesialisten til stede, for jobbutvikling (ikke telefon/e-post, oppfølging etter jobbstart eller sponsing).',
        en: 'One cell per specialist: countable employer contacts in the last two months – in-person meetings with someone with hiring authority, with the specialist present, for job development (not phone/e-mail, not follow-along after a job start, not sponsorship).',
      },
      weeks: {
        nb: 'Antall uker i perioden for hver jobbspesialist (vanligvis 8), eller én celle for alle.',
        en: 'Weeks in the period for each specialist (normally 8), or one cell for all.',
      },
      log_review: {
        nb: 'Valgfritt: metodeveilederens gjennomgang av loggene: "ukentlig"; "månedlig" → høyst 3; "ikke gjennomgått", "ingen logg" eller "blandet" (telefon ikke skilt ut) → høyst 2; "uverifiserbar" → 2. Utelatt → ingen begrensning.',
        en: 'Optional: how the supervisor reviews the logs: "weekly"; "monthly" → at most 3; "not_reviewed", "no_log" or "mixed" (phone contacts not told apart) → at most 2; "unverifiable" → 2. Omitted → no cap.',
      },
      job_seekers: {
        nb: 'Valgfritt, én celle per jobbspesialist: antall personer i porteføljen som leter etter arbeid. Med færre enn tre gir to kontakter per uke per jobbsøker skår 5 for den jobbspesialisten; med ingen er jobbspesialisten utelatt.',
        en: 'Optional, one cell per specialist: people in the caseload looking for work. With fewer than three, two contacts a week per job seeker gives that specialist 5; with none the specialist is left out.',
      },
      absent_weeks: {
        nb: 'Valgfritt, én celle per jobbspesialist: uker borte i perioden. Under én uke endrer ingenting; én uke eller mer trekkes fra ukene. Tom = 0.',
        en: 'Optional, one cell per specialist: weeks absent in the period. Under one week changes nothing; one week or more is taken off the weeks. Blank = 0.',
      },
      months_in_post: {
        nb: 'Valgfritt, én celle per jobbspesialist: måneder i stillingen. Under én måned → jobbspesialisten utelates. Tom = ikke oppgitt.',
        en: 'Optional, one cell per specialist: months in post. Under one month → the specialist is left out. Blank = not stated.',
      },
    },
  },
  EMPLOYER_CONTACT_QUALITY: {
    description: {
      nb: 'Tjenester 7, Jobbutvikling – kvalitet i kontakt med arbeidsgivere: skårene for de observerte jobbspesialistene summeres, deles på antallet og rundes ned (4,6 → 4), og punktets begrensninger gjelder.',
      en: "Services 7, Job development – quality of employer contact: the ratings of the observed specialists are added, divided by their number and rounded down (4.6 → 4), and the item's caps apply.",
    },
    parameters: {
      ratings: {
        nb: 'Én celle per observert jobbspesialist: skåren 1–5.',
        en: 'One cell per observed specialist: the 1–5 rating.',
      },
      specialists: {
        nb: 'Valgfritt: antall jobbspesialister i teamet. Er det flere enn én, må minst to observeres (minst tre av fem).',
        en: 'Optional: the number of specialists on the team. With more than one, at least two must be observed (at least three of five).',
      },
    },
  },
  JOB_DIVERSITY: {
    description: {
      nb: 'Tjenester 8, Stor bredde i typer jobber: jobber som kan regnes med (høyst to av samme jobbtype) delt på alle jobber, rundet ned. For lite utvalg (under 10 jobber, eller under 5 med én jobbspesialist) → 1.',
      en: 'Services 8, Diversity of job types: jobs that count (at most two of one job type) over all jobs, rounded down. Too small a sample (under 10 jobs, or under 5 with one specialist) → 1.',
    },
    parameters: {
      job_types: {
        nb: 'Én celle per jobb deltakerne har nå (eller jobbstarter de siste seks månedene hvis færre enn 10): jobbtypen. Jobber med de samme arbeidsoppgavene er samme type, selv med ulik tittel. Store/små bokstaver og mellomrom skiller ikke.',
        en: 'One cell per job participants hold now (or job starts in the last six months if fewer than 10): the job type. Jobs with the same duties are one type even with different titles. Case and spaces do not matter.',
      },
    },
  },
  EMPLOYER_DIVERSITY: {
    description: {
      nb: 'Tjenester 9, Stor bredde i typer arbeidsgivere: arbeidsgivere som kan regnes med (høyst to ganger samme arbeidsgiver på samme arbeidssted) delt på alle, rundet ned. For lite utvalg (under 10 jobber, eller under 5 med én jobbspesialist) → 1.',
      en: 'Services 9, Diversity of employers: employers that count (the same employer at the same worksite at most twice) over all, rounded down. Too small a sample (under 10 jobs, or under 5 with one specialist) → 1.',
    },
    parameters: {
      employers: {
        nb: 'Én celle per jobb: arbeidsgiveren (bedriften). Store/små bokstaver og mellomrom skiller ikke.',
        en: 'One cell per job: the employer (business). Case and spaces do not matter.',
      },
      worksites: {
        nb: 'Valgfritt, én celle per jobb: arbeidsstedet (f.eks. hvilken butikk i kjeden). Samme arbeidsgiver på ulike arbeidssteder telles hver for seg. Tom = ikke oppgitt.',
        en: 'Optional, one cell per job: the worksite (e.g. which store of the chain). The same employer at different worksites is counted separately. Blank = not given.',
      },
    },
  },
  COMPETITIVE_JOBS: {
    description: {
      nb: 'Tjenester 10, Ordinært arbeid: ordinære jobber delt på alle jobber for deltakere i arbeid, rundet ned (under 64 % → 1 … 95 % eller mer → 5). For lite utvalg krever vurderingen small_sample_evidence.',
      en: 'Services 10, Competitive jobs: competitive jobs over all jobs of participants in work, rounded down (under 64 % → 1 … 95 % or more → 5). Too small a sample needs small_sample_evidence.',
    },
    parameters: {
      competitive: {
        nb: 'Én celle per jobb: ja hvis ordinært arbeid (minst minstelønn, åpen for alle, ikke reservert for personer med funksjonsnedsettelser; sesong, bemanningsbyrå, selvstendig og erfaringskonsulent teller), eller "ordinær", "frivillig", "vernet", "praksis".',
        en: 'One cell per job: yes if competitive (at least minimum wage, open to anyone, not reserved for disabled people; seasonal, temp agency, self-employed and peer jobs count), or "competitive", "volunteer", "sheltered", "placement".',
      },
      small_sample_evidence: {
        nb: 'Valgfritt, brukes bare når utvalget er for lite: ja hvis alt (teammøtet, journaler) tyder på at jobbspesialistene hjelper personer med å finne ordinært arbeid → 5; nei → 1.',
        en: 'Optional, used only when the sample is too small: yes if all evidence (team meeting, records) shows the specialists help people find competitive work → 5; no → 1.',
      },
    },
  },
  COMMUNITY_TIME: {
    description: {
      nb: 'Tjenester 13, Tjenester som er basert i lokalsamfunnet: gjennomsnittet av andelen skjemalagt arbeidstid hver jobbspesialist tilbringer ute i lokalsamfunnet, rundet ned (30 % eller mindre → 1 … 65 % eller mer → 5).',
      en: 'Services 13, Community-based services: the mean of the share of scheduled working time each specialist spends in the community, rounded down (30 % or less → 1 … 65 % or more → 5).',
    },
    parameters: {
      percent_in_community: {
        nb: 'Én celle per jobbspesialist: prosent av egen skjemalagt arbeidstid ute i lokalsamfunnet (56 eller 0,56 i en prosentcelle). Teller: bedrifter, bibliotek, skoler, kafeer, hjem, reisetid, områdemøter. Ikke: IPS-kontorene, journalføring, teammøter flyttet ut.',
        en: 'One cell per specialist: percent of own scheduled time spent in the community (56, or 0.56 in a percent cell). Counts: businesses, libraries, schools, cafés, homes, travel, area meetings. Not: agency offices, record keeping, team meetings moved outside.',
      },
    },
  },
};
