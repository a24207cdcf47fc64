import type { Language } from '../core/text';
import { TERMS } from '../core/i18n/terms';

/**
 * Every user-facing string of the pane, in bokmål and English. Item names, criteria, anchors,
 * components, caps and section names are not here: they come from the scale registry in the
 * scale's official wording.
 */
const NB = {
  appTitle: 'IPS-kvalitetsskala',
  languageLabel: 'Språk',
  languageNames: { nb: 'Norsk', en: 'English' } as Record<Language, string>,

  // Start screen
  startHeading: 'Ny vurdering',
  startIntro: 'Fyll inn opplysningene om tjenesten som skal vurderes. Alle 25 punkter starter uten skår.',
  service: 'Sted (tjeneste)',
  team: 'Team',
  date: TERMS.date.nb,
  sheetName: 'Arkfane',
  sheetNameHint: (suggested: string) => `Tom: «${suggested}»`,
  raters: 'Vurderere',
  raterName: (n: number) => `Vurderer ${n}`,
  addRater: 'Legg til vurderer',
  removeRater: (name: string) => `Fjern ${name}`,
  createReview: 'Start vurdering',
  errorService: 'Skriv inn stedet (tjenesten) som vurderes.',
  errorTeam: 'Skriv inn teamet som vurderes.',
  errorDate: 'Skriv datoen som åååå-mm-dd.',
  errorRaters: 'Skriv inn minst én vurderer.',
  errorSheetName: 'Arkfanenavnet kan ikke inneholde : \\ / ? * [ ] og må ha høyst 31 tegn.',
  errorSheetExists: 'Arbeidsboken har allerede en arkfane med dette navnet. Velg et annet, eller la feltet stå tomt.',
  warnOneRater: 'Manualen anbefaler to vurderere som skårer hver for seg og blir enige om en konsensusskår.',
  openHeading: 'Åpne et skårskjema',
  openIntro: 'Skårskjemaer funnet i arbeidsboken:',
  openNone: 'Fant ingen skårskjemaer i arbeidsboken.',
  openLoading: 'Leter etter skårskjemaer …',
  viewLoading: 'Laster …',
  viewLoadFailed: (message: string) => `Kunne ikke laste visningen: ${message}`,
  openButton: (sheet: string) => `Åpne ${sheet}`,
  refresh: 'Søk på nytt',
  listFailed: (message: string) => `Kunne ikke lese arbeidsboken: ${message}`,
  scoredCount: (scored: number, count: number) => `${scored} av ${count} skåret`,

  // Review chrome
  reviewOf: (service: string, team: string, date: string) => [service, team, date].filter(Boolean).join(' · '),
  tabItem: TERMS.item.nb,
  tabOverview: 'Oversikt',
  viewsLabel: 'Visning',
  backToStart: 'Start',
  unsaved: 'Ikke lagret',
  previous: 'Forrige',
  next: 'Neste',
  position: (n: number, count: number) => `${n} av ${count}`,
  itemNavLabel: 'Bla mellom punktene',

  // Totals
  total: TERMS.totalScore.nb,
  level: TERMS.level.nb,
  missingSummary: (missing: number, count: number) => `Mangler ${missing} av ${count}`,
  missingItems: 'Mangler skår:',
  sectionSubtotals: 'Delsummer',
  sectionIncomplete: (scored: number, count: number) => `${scored} av ${count} skåret`,
  sectionSum: (total: number, count: number) => `${total} (${count} punkter)`,

  // Item view
  criterion: 'Kriterium',
  anchors: 'Ankerpunkter',
  anchorScore: (score: number) => `Skår ${score}`,
  chosen: 'valgt',
  sources: 'Datakilder',
  consensus: 'Konsensusskår',
  noScore: 'Ingen skår',
  noScoreShort: '–',
  raterScores: 'Vurderernes skår',
  raterScoreLabel: (name: string) => `Skår fra ${name}`,
  raterScoresHint: 'Hver vurderer skårer for seg. Konsensusskåren settes etter diskusjon og er aldri et gjennomsnitt.',
  keyHint: 'Tastatur: 1–5 gir skår, Enter eller N går til neste punkt, P til forrige.',
  raterDisagree: (scores: string) => `Vurdererne er uenige (${scores}). Diskuter dere fram til en konsensusskår.`,
  raterDisagreeResolved: (scores: string, consensus: number) =>
    `✓ Vurdererne ga ${scores}; konsensus er satt til ${consensus}.`,
  consensusNote: 'Begrunnelse for konsensus',
  evidence: TERMS.comments.nb,
  evidenceHint: 'Begrunnelse og dokumentasjon for skåren.',
  recommendation: TERMS.recommendations.nb,
  recommendationNeeded: 'Manualen krever en anbefaling for hvert punkt som får under 5.',
  capsHeading: 'Tak på skåren',
  capsIntro: 'Kryss av for forhold som gjelder. Da kan skåren være høyst det som står.',
  capMax: (max: number) => `høyst ${max}`,
  capExceeded: (score: number, max: number) =>
    `Skåren ${score} er høyere enn taket ${max} for et forhold du har krysset av for.`,
  componentsHeading: 'Komponenter',
  componentsCount: (present: number, count: number) => `${present} av ${count} komponenter er på plass.`,
  componentsSuggest: (score: number) => `Foreslått skår etter antall komponenter: ${score}`,
  useScore: (score: number) => `Bruk skår ${score}`,
  scoreInUse: 'Denne skåren er valgt.',

  // Calculator
  calculatorHeading: 'Kalkulator',
  calculatorIntro: (fn: string) =>
    `Samme beregning som regnearkfunksjonen ${fn}. Lim inn fra regnearket (tabulator og linjeskift) eller skriv i tabellen.`,
  calcCell: (param: string, row: number) => `${param}, rad ${row}`,
  addRow: 'Legg til rad',
  removeRow: 'Fjern siste rad',
  clearTable: 'Tøm',
  calculate: 'Beregn',
  calcScore: TERMS.score.nb,
  calcMetric: 'Målverdi',
  calcReason: 'Begrunnelse',
  calcError: (code: string, message: string) => `${code}: ${message}`,
  optional: 'valgfri',

  // Save
  save: 'Lagre i arbeidsboken',
  saveShort: 'Lagre',
  saving: 'Lagrer …',
  saveTarget: (sheet: string) => `Lagres i arket «${sheet}».`,
  saved: (sheet: string, cells: number) => `Lagret i «${sheet}» (${cells} celler skrevet).`,
  savedOverwrote: (count: number) => `${count} celler med annet innhold ble overskrevet etter at du sa ja.`,
  notSaved: 'Ingenting ble skrevet til arbeidsboken.',
  saveFailed: (message: string) => `Lagringen mislyktes: ${message}`,
  openFailed: (message: string) => `Kunne ikke åpne arket: ${message}`,
  opened: (sheet: string) => `Åpnet «${sheet}».`,
  notScoreSheet: (sheet: string) => `«${sheet}» er ikke et skårskjema for IPS-kvalitetsskalaen.`,
  conflictTitle: 'Overskrive celler?',
  conflictIntro: (count: number, sheet: string) =>
    count === 1 ? `Én celle i «${sheet}» har annet innhold:` : `${count} celler i «${sheet}» har annet innhold:`,
  conflictLine: (address: string, existing: string, planned: string) =>
    `${address} inneholder «${existing}» – blir «${planned}»`,
  conflictMore: (count: number) => `… og ${count} til.`,
  conflictQuestion: 'Vil du overskrive?',
  overwrite: 'Overskriv',
  cancel: 'Avbryt',
  confirmLeaveTitle: 'Forlate vurderingen?',
  confirmLeave: 'Endringene er ikke lagret i arbeidsboken. Vil du forlate vurderingen likevel?',
  leave: 'Forlat',
  dismiss: 'Lukk melding',
  noticeMore: 'Vis alt',
  noticeLess: 'Vis mindre',
  blank: '(tom)',
  hostError: 'Feil fra regnearket',

  // Workflow: tabs
  tabConsensus: 'Konsensus',
  tabReport: 'Rapport',
  inputsTab: 'Inndata',
  inputsIntro:
    'Tjenestens egne lister (ansatte, porteføljer, jobber, kontaktlogg …) som tabeller i arbeidsboken, og import fra CSV.',
  inputsOpen: 'Inndata og tabeller',

  // Repeat review (start screen)
  repeatButton: 'Ny evaluering basert på forrige',
  repeatButtonLabel: (sheet: string) => `Ny evaluering basert på forrige: ${sheet}`,
  repeatHeading: 'Ny evaluering basert på forrige',
  repeatIntro: (sheet: string, date: string) =>
    `Samme sted og team som «${sheet}» (${date}). Skårene derfra vises som forslag («forrige: 4 – bekreft?») som må bekreftes eller endres ett for ett.`,
  repeatLocked: 'Sted og team er de samme som i forrige evaluering.',
  errorRepeatDate: (date: string) => `Datoen må være etter forrige evaluering (${date}).`,
  inHistory: 'I historikken',
  historyUnreadable: (sheet: string, message: string) => `Historikken «${sheet}» kunne ikke leses: ${message}`,

  // Suggestions (repeat review)
  suggestionShort: (score: number) => `forrige: ${score} – bekreft?`,
  suggestionDetail: (score: number, date: string) =>
    `Forrige evaluering (${date}) ga ${score}. Bekreft hvis ingenting er endret, eller velg en annen skår.`,
  confirmSuggestion: (score: number) => `Bekreft ${score}`,
  confirmSuggestionLabel: (label: string, score: number) => `Bekreft forrige skår ${score} for ${label}`,
  heldConstant: (date: string) => `Bekreftet: holdt konstant fra forrige evaluering (${date}).`,
  heldConstantShort: 'bekreftet som forrige',
  changedFromPrevious: (previous: number) =>
    `Endret fra forrige evaluering (${previous}). Skriv i kommentarene hva som er endret.`,
  suggestionsPending: (count: number) => `${count} forslag venter på bekreftelse`,

  // Corrections
  lockedHint:
    'Evalueringen er lagret i historikken. Endrer du en konsensusskår, blir du bedt om en begrunnelse, og endringen føres som en korreksjon.',
  correctedLine: (previous: string, corrected: number, date: string, reason: string) =>
    `Korrigert ${previous} → ${corrected} (${date}): ${reason}`,
  correctedShort: (previous: string, corrected: number) => `korrigert ${previous} → ${corrected}`,
  unrecorded: (sheetScore: number, saved: number) =>
    `Skårskjemaet har ${sheetScore}, men historikken har ${saved}. Endringen er ikke registrert som korreksjon.`,
  unrecordedNotice: (count: number) =>
    `${count} skår(er) i skårskjemaet avviker fra historikken uten registrert korreksjon. Historikkens skår gjelder til du registrerer en korreksjon med begrunnelse.`,
  correctionsUnreadable:
    'Korreksjonskolonnen i historikken kunne ikke leses tilbake; tidligere korreksjoner vises ikke.',
  recordCorrection: 'Registrer korreksjon',
  correctionTitle: 'Korrigere en lagret skår',
  correctionIntro: (label: string, from: string, to: number) =>
    `${label} er lagret i historikken med skår ${from}. Endringen til ${to} føres som en korreksjon med begrunnelse: den lagrede skåren beholdes, og rapporten viser begge.`,
  correctionReason: 'Begrunnelse (påkrevd)',
  correctionDate: 'Dato for korreksjonen',
  correctionReasonMissing: 'Skriv en begrunnelse for korreksjonen.',
  correctionDateInvalid: (date: string) => `Skriv datoen som åååå-mm-dd, ikke før evalueringsdatoen (${date}).`,
  correctionRecorded: (label: string, from: string, to: number) =>
    `Korreksjon registrert: ${label} ${from} → ${to}. Lagre skårskjemaet, og lagre i historikk for å føre korreksjonen der.`,
  correctionNoClear: 'En lagret skår kan ikke fjernes. Velg en annen skår for å registrere en korreksjon.',

  // Rater mode
  raterModeHeading: (name: string) => `Skåring: ${name}`,
  raterModeIntro:
    'Skår bare for denne vurdereren. Tast 1–5 for å velge og gå til neste punkt; piltastene velger i gruppen. De andres skårer og konsensus vises ikke her.',
  raterProgress: (scored: number, count: number) => `${scored} av ${count} skåret`,
  startRaterMode: (name: string) => `Skår som ${name}`,
  endRaterMode: 'Avslutt vurderermodus',
  raterDone: (name: string) => `${name} har skåret alle punktene.`,
  raterAnchorsLegend: (name: string) => `Skår fra ${name} (velg ankerpunktet som passer)`,

  // Consensus view
  consensusHeading: 'Konsensus',
  consensusIntro:
    'Vurdererne skårer hver for seg først. Her står uenighetene, de viktigste først (over grensen 3|4 eller 4|5). Konsensusskåren avtales i diskusjon: den er aldri et gjennomsnitt og fylles aldri ut av seg selv.',
  warnFewRaters: (count: number) =>
    `Evalueringen har ${count} vurderer${count === 1 ? '' : 'e'}. Manualen anbefaler minst to som skårer hver for seg før konsensusmøtet.`,
  ratersHeading: 'Vurderernes skåring',
  agreementHeading: 'Samsvar mellom to vurderere',
  agreementFirst: 'Første vurderer',
  agreementSecond: 'Andre vurderer',
  agreementSame: 'Velg to forskjellige vurderere.',
  exactAgreement: 'Eksakt enighet',
  exactAgreementValue: (percent: string, agreements: number, pairs: number) =>
    `${percent} (${agreements} av ${pairs} punkter)`,
  weightedKappa: 'Vektet kappa (kvadratiske vekter)',
  kappaNoPairs: 'ikke definert: ingen punkter er skåret av begge',
  kappaNoVariation: 'ikke definert: begge ga samme skår på alle punktene',
  agreementExcluded: (count: number) => `${count} punkt(er) er utelatt fordi minst én av dem mangler skår.`,
  disagreementsHeading: (count: number) => `Uenigheter (${count})`,
  noDisagreements: 'Vurdererne er enige på alle punktene de har skåret.',
  importanceHigh: (boundaries: string) => `Viktig: over grensen ${boundaries}`,
  importanceLow: 'Innenfor 1–3 (ikke implementert uansett)',
  raterGave: (name: string, score: string) => `${name}: ${score}`,
  anchorsInQuestion: 'Ankerpunktene for skårene som er gitt',
  agreedScore: 'Avtalt skår',
  resolved: (score: number) => `Konsensus: ${score}`,
  unresolved: 'Ikke avgjort',
  goToItem: (label: string) => `Gå til ${label}`,
  unanimousHeading: (count: number) => `Enige, konsensus ikke satt (${count})`,
  unanimousIntro: 'Vurdererne ga samme skår. Bekreft den som konsensus for hvert punkt, eller alle på én gang.',
  useAllAgreed: 'Bruk alle samstemte skårer',
  confirmAllUnchanged: 'Bekreft alle uendrede',
  bulkAgreedTitle: (count: number) => `Bruke ${count} samstemte skår${count === 1 ? '' : 'er'} som konsensus?`,
  bulkAgreedIntro: 'Alle vurdererne ga samme skår på disse punktene. Den skåren blir konsensus for hvert av dem:',
  bulkUnchangedTitle: (count: number) => `Bekrefte ${count} skår${count === 1 ? '' : 'er'} fra forrige evaluering?`,
  bulkUnchangedIntro: 'Ingenting er endret på disse punktene: forrige skår blir konsensus, merket «holdt konstant»:',
  bulkLine: (label: string, name: string, score: number) => `${label} ${name}: ${score}`,
  bulkCanUndo: 'Du kan angre etterpå.',
  bulkDoneAgreed: (count: number) => `${count} samstemte skår${count === 1 ? '' : 'er'} er brukt som konsensus.`,
  bulkDoneUnchanged: (count: number) => `${count} skår${count === 1 ? '' : 'er'} fra forrige evaluering er bekreftet.`,
  bulkShowWhich: 'Vis hvilke',
  bulkUndone: (count: number) => `Angret: ${count} punkt${count === 1 ? '' : 'er'} er som før.`,
  undo: 'Angre',
  unchangedPending: (count: number) =>
    `${count} skår${count === 1 ? '' : 'er'} fra forrige evaluering venter på bekreftelse.`,
  missingScoresHeading: 'Vurdererskår som mangler',
  raterMissing: (name: string, missing: number, count: number) =>
    `${name} mangler skår på ${missing} av ${count} punkter.`,

  // Report
  reportHeading: 'Rapport og handlingsplan',
  reportIntro: (report: string, actionPlan: string) =>
    `«Lag rapport» skriver rapporten til arket «${report}» og handlingsplanen til «${actionPlan}». Du blir spurt før annet innhold overskrives.`,
  includeFours: 'Ta med punkter med skår 4 i handlingsplanen',
  includeFoursHint: 'Uten avkrysning: punkter under 4. Styringsgruppen velger hva som er gjennomførbart.',
  rosterLabel: 'Navn som ikke skal stå i rapporten',
  rosterHint: 'Ett navn per linje (deltakere, ansatte). Brukes bare til kontrollen her og lagres ikke.',
  warningsHeading: (count: number) => `Kontroll før rapporten sendes (${count})`,
  noWarnings: 'Ingen merknader: alle punkter er skåret, og alle under 5 har anbefalinger.',
  makeReport: 'Lag rapport',
  makingReport: 'Lager rapport …',
  reportWritten: (report: string, actionPlan: string, rows: number) =>
    `Rapporten er skrevet til «${report}» og handlingsplanen til «${actionPlan}» (${rows} rader med tiltak).`,
  reportOnlyWritten: (sheet: string) => `Skrevet til «${sheet}».`,
  sheetSkipped: (sheet: string) => `«${sheet}» ble ikke skrevet.`,
  reportFailed: (message: string) => `Rapporten kunne ikke lages: ${message}`,
  exportHeading: 'Rapporten som fil',
  exportHint:
    'Én frittstående HTML-fil uten skript eller eksterne ressurser. Åpne den i en nettleser for å skrive ut eller lagre som PDF.',
  exportHtml: 'Eksporter HTML',
  exported: (file: string) => `Rapporten er lastet ned som «${file}».`,
  openWindow: 'Åpne i nytt vindu',
  windowOpened: 'Rapporten er åpnet i et nytt vindu.',
  windowBlocked: 'Vinduet ble blokkert. Bruk «Eksporter HTML», eller kopier HTML-koden under.',
  showHtml: 'Vis HTML-koden',
  htmlCode: 'HTML-koden til rapporten (merk alt og kopier)',
  exportFailed: (message: string) => `Eksporten mislyktes: ${message}`,
  repeatWarningsHeading: 'Fra forrige evaluering',

  // History
  historyHeading: 'Historikk og diagrammer',
  historyIntro: (sheet: string) =>
    `«Lagre i historikk» legger evalueringen til nederst i «${sheet}» (rader som står der, endres aldri) og lager diagrammer over tid.`,
  historyAbsent: 'Ikke lagret i historikken ennå.',
  historySaved: (row: number | null, revision: number) =>
    `Lagret i historikken${row !== null ? ` (rad ${row})` : ''}${revision > 0 ? `, revisjon ${revision}` : ''}.`,
  historyPending: (count: number) => `${count} korreksjon(er) er ikke lagret i historikken ennå.`,
  historyStale: (revision: number) =>
    `Historikken har en nyere revisjon (${revision}) av evalueringen enn den som er åpen.`,
  saveToHistory: 'Lagre i historikk',
  savingHistory: 'Lagrer i historikken …',
  historyNeedsComplete: (missing: number) =>
    `Alle punkter må ha skår før evalueringen kan lagres i historikken (mangler ${missing}).`,
  historyNeedsSaved: 'Lagre skårskjemaet først, så arket og historikken stemmer overens.',
  historyAppended: (sheet: string, row: number) => `Lagt til i «${sheet}», rad ${row}.`,
  historyCreated: (sheet: string) => `Historikken «${sheet}» er opprettet med denne evalueringen.`,
  historyRevision: (sheet: string, row: number, revision: number) =>
    `Korrigert utgave (revisjon ${revision}) lagt til i «${sheet}», rad ${row}. Den tidligere raden står urørt.`,
  historyUnchanged: (row: number) => `Allerede lagret i historikken (rad ${row}), uendret. Ingenting ble lagt til.`,
  historyRefusedChanged: (row: number) =>
    `Avvist: evalueringen står allerede i historikken (rad ${row}) med andre verdier. Historikken skrives aldri om: endre en skår ved å registrere en korreksjon med begrunnelse.`,
  historyRefusedStale: (revision: number) =>
    `Avvist: historikken har en nyere revisjon (${revision}) av evalueringen enn den som er åpen. Åpne skårskjemaet på nytt.`,
  historyFailed: (message: string) => `Historikken kunne ikke lagres: ${message}`,
  historyNotVerified: (sheet: string, row: number) =>
    `Raden ble skrevet, men rad ${row} i «${sheet}» viser ikke denne evalueringen når den leses tilbake. Se over historikkarket før du lagrer på nytt.`,
  chartsWritten: (sheet: string, points: number) =>
    `Diagrammer i «${sheet}» (${points} evaluering${points === 1 ? '' : 'er'} over tid).`,
  overviewWritten: (sheet: string, services: number) => `Oversikt over ${services} tjenester i «${sheet}».`,
  chartsSkipped: 'Diagramdataene ble ikke skrevet, fordi du valgte å ikke overskrive.',
  chartsFailed: (message: string) => `Diagrammene kunne ikke lages: ${message}`,
  trendHeading: TERMS.totalOverTime.nb,
  trendPoint: (date: string, total: string) => `${date}: ${total}`,
};

export type Strings = typeof NB;

const EN: Strings = {
  appTitle: 'IPS Fidelity Scale',
  languageLabel: 'Language',
  languageNames: { nb: 'Norsk', en: 'English' },

  startHeading: 'New review',
  startIntro: 'Fill in the details of the service under review. All 25 items start without a score.',
  service: 'Site (service)',
  team: 'Team',
  date: TERMS.date.en,
  sheetName: 'Sheet name',
  sheetNameHint: (suggested) => `Blank: “${suggested}”`,
  raters: 'Raters',
  raterName: (n) => `Rater ${n}`,
  addRater: 'Add rater',
  removeRater: (name) => `Remove ${name}`,
  createReview: 'Start review',
  errorService: 'Enter the site (service) under review.',
  errorTeam: 'Enter the team under review.',
  errorDate: 'Enter the date as yyyy-mm-dd.',
  errorRaters: 'Enter at least one rater.',
  errorSheetName: 'The sheet name cannot contain : \\ / ? * [ ] and must be at most 31 characters.',
  errorSheetExists: 'The workbook already has a sheet of this name. Choose another, or leave the field blank.',
  warnOneRater: 'The manual recommends two raters who score independently and agree on a consensus score.',
  openHeading: 'Open a score sheet',
  openIntro: 'Score sheets found in the workbook:',
  openNone: 'No score sheets found in the workbook.',
  openLoading: 'Looking for score sheets …',
  viewLoading: 'Loading …',
  viewLoadFailed: (message) => `Could not load the view: ${message}`,
  openButton: (sheet) => `Open ${sheet}`,
  refresh: 'Look again',
  listFailed: (message) => `Could not read the workbook: ${message}`,
  scoredCount: (scored, count) => `${scored} of ${count} scored`,

  reviewOf: (service, team, date) => [service, team, date].filter(Boolean).join(' · '),
  tabItem: TERMS.item.en,
  tabOverview: 'Overview',
  viewsLabel: 'View',
  backToStart: 'Start',
  unsaved: 'Not saved',
  previous: 'Previous',
  next: 'Next',
  position: (n, count) => `${n} of ${count}`,
  itemNavLabel: 'Move between items',

  total: TERMS.totalScore.en,
  level: TERMS.level.en,
  missingSummary: (missing, count) => `Missing ${missing} of ${count}`,
  missingItems: 'Without a score:',
  sectionSubtotals: 'Subtotals',
  sectionIncomplete: (scored, count) => `${scored} of ${count} scored`,
  sectionSum: (total, count) => `${total} (${count} items)`,

  criterion: 'Criterion',
  anchors: 'Anchors',
  anchorScore: (score) => `Score ${score}`,
  chosen: 'chosen',
  sources: 'Data sources',
  consensus: 'Consensus score',
  noScore: 'No score',
  noScoreShort: '–',
  raterScores: 'Raters’ scores',
  raterScoreLabel: (name) => `Score from ${name}`,
  raterScoresHint:
    'Each rater scores independently. The consensus score is agreed in discussion and is never an average.',
  keyHint: 'Keyboard: 1–5 scores, Enter or N goes to the next item, P to the previous one.',
  raterDisagree: (scores) => `The raters disagree (${scores}). Discuss and agree on a consensus score.`,
  raterDisagreeResolved: (scores, consensus) => `✓ The raters gave ${scores}; the consensus is set to ${consensus}.`,
  consensusNote: 'Reason for the consensus',
  evidence: TERMS.comments.en,
  evidenceHint: 'Evidence and reasons for the score.',
  recommendation: TERMS.recommendations.en,
  recommendationNeeded: 'The manual requires a recommendation for every item scored below 5.',
  capsHeading: 'Score caps',
  capsIntro: 'Tick the conditions that hold. The score can then be at most what is stated.',
  capMax: (max) => `at most ${max}`,
  capExceeded: (score, max) => `The score ${score} is above the cap ${max} of a condition you ticked.`,
  componentsHeading: 'Components',
  componentsCount: (present, count) => `${present} of ${count} components are in place.`,
  componentsSuggest: (score) => `Suggested score from the number of components: ${score}`,
  useScore: (score) => `Use score ${score}`,
  scoreInUse: 'This score is chosen.',

  calculatorHeading: 'Calculator',
  calculatorIntro: (fn) =>
    `The same calculation as the spreadsheet function ${fn}. Paste from the sheet (tabs and line breaks) or type in the table.`,
  calcCell: (param, row) => `${param}, row ${row}`,
  addRow: 'Add row',
  removeRow: 'Remove last row',
  clearTable: 'Clear',
  calculate: 'Calculate',
  calcScore: TERMS.score.en,
  calcMetric: 'Metric',
  calcReason: 'Reason',
  calcError: (code, message) => `${code}: ${message}`,
  optional: 'optional',

  save: 'Save to workbook',
  saveShort: 'Save',
  saving: 'Saving …',
  saveTarget: (sheet) => `Saves to the sheet “${sheet}”.`,
  saved: (sheet, cells) => `Saved to “${sheet}” (${cells} cells written).`,
  savedOverwrote: (count) => `${count} cells with other content were overwritten after you agreed.`,
  notSaved: 'Nothing was written to the workbook.',
  saveFailed: (message) => `Saving failed: ${message}`,
  openFailed: (message) => `Could not open the sheet: ${message}`,
  opened: (sheet) => `Opened “${sheet}”.`,
  notScoreSheet: (sheet) => `“${sheet}” is not an IPS Fidelity Scale score sheet.`,
  conflictTitle: 'Overwrite cells?',
  conflictIntro: (count, sheet) =>
    count === 1 ? `One cell in “${sheet}” holds something else:` : `${count} cells in “${sheet}” hold something else:`,
  conflictLine: (address, existing, planned) => `${address} holds «${existing}» – becomes «${planned}»`,
  conflictMore: (count) => `… and ${count} more.`,
  conflictQuestion: 'Overwrite?',
  overwrite: 'Overwrite',
  cancel: 'Cancel',
  confirmLeaveTitle: 'Leave the review?',
  confirmLeave: 'The changes are not saved to the workbook. Leave the review anyway?',
  leave: 'Leave',
  dismiss: 'Dismiss message',
  noticeMore: 'Show all',
  noticeLess: 'Show less',
  blank: '(blank)',
  hostError: 'Error from the spreadsheet',

  tabConsensus: 'Consensus',
  tabReport: 'Report',
  inputsTab: 'Input data',
  inputsIntro:
    'The service’s own lists (staff, caseloads, jobs, contact log …) as tables in the workbook, and import from CSV.',
  inputsOpen: 'Input data and tables',

  repeatButton: 'New review based on the previous one',
  repeatButtonLabel: (sheet) => `New review based on the previous one: ${sheet}`,
  repeatHeading: 'New review based on the previous one',
  repeatIntro: (sheet, date) =>
    `Same site and team as “${sheet}” (${date}). Its scores are shown as suggestions (“previous: 4 – confirm?”) that must be confirmed or changed one by one.`,
  repeatLocked: 'Site and team are those of the previous review.',
  errorRepeatDate: (date) => `The date must be after the previous review (${date}).`,
  inHistory: 'In the history',
  historyUnreadable: (sheet, message) => `The history “${sheet}” could not be read: ${message}`,

  suggestionShort: (score) => `previous: ${score} – confirm?`,
  suggestionDetail: (score, date) =>
    `The previous review (${date}) gave ${score}. Confirm if nothing has changed, or choose another score.`,
  confirmSuggestion: (score) => `Confirm ${score}`,
  confirmSuggestionLabel: (label, score) => `Confirm the previous score ${score} for ${label}`,
  heldConstant: (date) => `Confirmed: held constant from the previous review (${date}).`,
  heldConstantShort: 'confirmed as before',
  changedFromPrevious: (previous) =>
    `Changed from the previous review (${previous}). Say in the comments what has changed.`,
  suggestionsPending: (count) => `${count} suggestion${count === 1 ? '' : 's'} to confirm`,

  lockedHint:
    'This review is saved in the history. Changing a consensus score asks for a reason and records the change as a correction.',
  correctedLine: (previous, corrected, date, reason) => `Corrected ${previous} → ${corrected} (${date}): ${reason}`,
  correctedShort: (previous, corrected) => `corrected ${previous} → ${corrected}`,
  unrecorded: (sheetScore, saved) =>
    `The score sheet has ${sheetScore}, but the history has ${saved}. The change is not recorded as a correction.`,
  unrecordedNotice: (count) =>
    `${count} score(s) on the score sheet differ from the history without a recorded correction. The history's score counts until you record a correction with a reason.`,
  correctionsUnreadable: 'The history’s corrections column could not be read back; earlier corrections are not shown.',
  recordCorrection: 'Record correction',
  correctionTitle: 'Correct a saved score',
  correctionIntro: (label, from, to) =>
    `${label} is saved in the history with score ${from}. The change to ${to} is recorded as a correction with a reason: the saved score is kept, and the report shows both.`,
  correctionReason: 'Reason (required)',
  correctionDate: 'Date of the correction',
  correctionReasonMissing: 'Enter a reason for the correction.',
  correctionDateInvalid: (date) => `Enter the date as yyyy-mm-dd, not before the review date (${date}).`,
  correctionRecorded: (label, from, to) =>
    `Correction recorded: ${label} ${from} → ${to}. Save the score sheet, and save to the history to record the correction there.`,
  correctionNoClear: 'A saved score cannot be removed. Choose another score to record a correction.',

  raterModeHeading: (name) => `Scoring: ${name}`,
  raterModeIntro:
    'Score for this rater only. Type 1–5 to choose and move to the next item; arrow keys choose within the group. The other raters’ scores and the consensus are not shown here.',
  raterProgress: (scored, count) => `${scored} of ${count} scored`,
  startRaterMode: (name) => `Score as ${name}`,
  endRaterMode: 'Leave rater mode',
  raterDone: (name) => `${name} has scored every item.`,
  raterAnchorsLegend: (name) => `Score from ${name} (choose the anchor that fits)`,

  consensusHeading: 'Consensus',
  consensusIntro:
    'The raters score independently first. Here are the disagreements, the most important first (across the 3|4 or 4|5 boundary). The consensus score is agreed in discussion: it is never an average and is never filled in by itself.',
  warnFewRaters: (count) =>
    `The review has ${count} rater${count === 1 ? '' : 's'}. The manual recommends at least two who score independently before the consensus meeting.`,
  ratersHeading: 'The raters’ scoring',
  agreementHeading: 'Agreement between two raters',
  agreementFirst: 'First rater',
  agreementSecond: 'Second rater',
  agreementSame: 'Choose two different raters.',
  exactAgreement: 'Exact agreement',
  exactAgreementValue: (percent, agreements, pairs) => `${percent} (${agreements} of ${pairs} items)`,
  weightedKappa: 'Weighted kappa (quadratic weights)',
  kappaNoPairs: 'not defined: no item is scored by both',
  kappaNoVariation: 'not defined: both gave the same score to every item',
  agreementExcluded: (count) => `${count} item(s) left out because at least one of them has no score.`,
  disagreementsHeading: (count) => `Disagreements (${count})`,
  noDisagreements: 'The raters agree on every item they have scored.',
  importanceHigh: (boundaries) => `Important: across ${boundaries}`,
  importanceLow: 'Within 1–3 (not implemented either way)',
  raterGave: (name, score) => `${name}: ${score}`,
  anchorsInQuestion: 'The anchors of the scores given',
  agreedScore: 'Agreed score',
  resolved: (score) => `Consensus: ${score}`,
  unresolved: 'Not decided',
  goToItem: (label) => `Go to ${label}`,
  unanimousHeading: (count) => `Agreed, consensus not set (${count})`,
  unanimousIntro: 'The raters gave the same score. Confirm it as the consensus for each item, or all at once.',
  useAllAgreed: 'Use all agreed scores',
  confirmAllUnchanged: 'Confirm all unchanged',
  bulkAgreedTitle: (count) => `Use ${count} agreed score${count === 1 ? '' : 's'} as the consensus?`,
  bulkAgreedIntro: 'Every rater gave the same score on these items. That score becomes the consensus of each:',
  bulkUnchangedTitle: (count) => `Confirm ${count} score${count === 1 ? '' : 's'} from the previous review?`,
  bulkUnchangedIntro:
    'Nothing has changed on these items: the previous score becomes the consensus, noted as held constant:',
  bulkLine: (label, name, score) => `${label} ${name}: ${score}`,
  bulkCanUndo: 'You can undo this afterwards.',
  bulkDoneAgreed: (count) => `${count} agreed score${count === 1 ? '' : 's'} set as the consensus.`,
  bulkDoneUnchanged: (count) => `${count} score${count === 1 ? '' : 's'} from the previous review confirmed.`,
  bulkShowWhich: 'Show which',
  bulkUndone: (count) => `Undone: ${count} item${count === 1 ? ' is' : 's are'} as before.`,
  undo: 'Undo',
  unchangedPending: (count) =>
    `${count} score${count === 1 ? '' : 's'} from the previous review wait${count === 1 ? 's' : ''} for confirmation.`,
  missingScoresHeading: 'Rater scores missing',
  raterMissing: (name, missing, count) => `${name} has no score on ${missing} of ${count} items.`,

  reportHeading: 'Report and action plan',
  reportIntro: (report, actionPlan) =>
    `“Make report” writes the report to the sheet “${report}” and the action plan to “${actionPlan}”. You are asked before other content is overwritten.`,
  includeFours: 'Include items scored 4 in the action plan',
  includeFoursHint: 'Unticked: items below 4. The steering group chooses what is feasible.',
  rosterLabel: 'Names that must not appear in the report',
  rosterHint: 'One name per line (participants, staff). Used only for this check and never saved.',
  warningsHeading: (count) => `Checks before the report is sent (${count})`,
  noWarnings: 'Nothing to note: every item is scored, and every item below 5 has recommendations.',
  makeReport: 'Make report',
  makingReport: 'Making the report …',
  reportWritten: (report, actionPlan, rows) =>
    `The report is written to “${report}” and the action plan to “${actionPlan}” (${rows} action rows).`,
  reportOnlyWritten: (sheet) => `Written to “${sheet}”.`,
  sheetSkipped: (sheet) => `“${sheet}” was not written.`,
  reportFailed: (message) => `The report could not be made: ${message}`,
  exportHeading: 'The report as a file',
  exportHint:
    'One standalone HTML file without scripts or external resources. Open it in a browser to print or save as PDF.',
  exportHtml: 'Export HTML',
  exported: (file) => `The report was downloaded as “${file}”.`,
  openWindow: 'Open in new window',
  windowOpened: 'The report is open in a new window.',
  windowBlocked: 'The window was blocked. Use “Export HTML”, or copy the HTML code below.',
  showHtml: 'Show the HTML code',
  htmlCode: 'The report’s HTML code (select all and copy)',
  exportFailed: (message) => `The export failed: ${message}`,
  repeatWarningsHeading: 'From the previous review',

  historyHeading: 'History and charts',
  historyIntro: (sheet) =>
    `“Save to history” adds the review at the bottom of “${sheet}” (rows already there are never changed) and makes charts over time.`,
  historyAbsent: 'Not saved in the history yet.',
  historySaved: (row, revision) =>
    `Saved in the history${row !== null ? ` (row ${row})` : ''}${revision > 0 ? `, revision ${revision}` : ''}.`,
  historyPending: (count) => `${count} correction(s) not saved in the history yet.`,
  historyStale: (revision) => `The history holds a newer revision (${revision}) of this review than the one open.`,
  saveToHistory: 'Save to history',
  savingHistory: 'Saving to the history …',
  historyNeedsComplete: (missing) =>
    `Every item needs a score before the review can be saved to the history (${missing} missing).`,
  historyNeedsSaved: 'Save the score sheet first, so the sheet and the history agree.',
  historyAppended: (sheet, row) => `Added to “${sheet}”, row ${row}.`,
  historyCreated: (sheet) => `The history “${sheet}” was created with this review.`,
  historyRevision: (sheet, row, revision) =>
    `Corrected version (revision ${revision}) added to “${sheet}”, row ${row}. The earlier row is left as it was.`,
  historyUnchanged: (row) => `Already saved in the history (row ${row}), unchanged. Nothing was added.`,
  historyRefusedChanged: (row) =>
    `Refused: the review is already in the history (row ${row}) with other values. The history is never rewritten: change a score by recording a correction with a reason.`,
  historyRefusedStale: (revision) =>
    `Refused: the history holds a newer revision (${revision}) of this review than the one open. Open the score sheet again.`,
  historyFailed: (message) => `The history could not be saved: ${message}`,
  historyNotVerified: (sheet, row) =>
    `The row was written, but row ${row} of “${sheet}” does not show this review when read back. Check the history sheet before saving again.`,
  chartsWritten: (sheet, points) => `Charts on “${sheet}” (${points} review${points === 1 ? '' : 's'} over time).`,
  overviewWritten: (sheet, services) => `Overview of ${services} services on “${sheet}”.`,
  chartsSkipped: 'The chart data was not written, because you chose not to overwrite.',
  chartsFailed: (message) => `The charts could not be made: ${message}`,
  trendHeading: TERMS.totalOverTime.en,
  trendPoint: (date, total) => `${date}: ${total}`,
};

export const STRINGS: Readonly<Record<Language, Strings>> = { nb: NB, en: EN };

export function strings(language: Language): Strings {
  return STRINGS[language];
}

/** Spreadsheet error codes for the core's error codes, as the hosts show them. */
export const ERROR_CODES: Readonly<Record<string, string>> = {
  invalidValue: '#VALUE!',
  invalidNumber: '#NUM!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
};
