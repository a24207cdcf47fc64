import { countOf, formatNumber, formatPercent, type Language, type NumberOptions } from '../../core/text';
import { TERMS } from '../../core/i18n/terms';

/**
 * Every user-facing string of the pane, in bokmål and English. Item names, criteria, anchors,
 * components, caps and section names are not here: they come from the scale registry in the
 * scale's official wording.
 */
export const NB = {
  /** Numbers as bokmål writes them (0,8 · 3,50 · 12 345): every view shows a number through this. */
  number: (value: number, options?: NumberOptions) => formatNumber(value, 'nb', options),
  /** A share as a percentage: 0.45 → «45 %». */
  percent: (share: number, options?: NumberOptions) => formatPercent(share, 'nb', options),
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
  raters: TERMS.raters.nb,
  raterName: (n: number) => `${TERMS.rater.nb} ${n}`,
  addRater: 'Legg til evaluator',
  removeRater: (name: string) => `Fjern ${name}`,
  createReview: 'Start vurdering',
  errorService: 'Skriv inn stedet (tjenesten) som vurderes.',
  errorTeam: 'Skriv inn teamet som vurderes.',
  errorDate: 'Skriv datoen som åååå-mm-dd.',
  errorRaters: 'Skriv inn minst én evaluator.',
  errorSheetName: 'Arkfanenavnet kan ikke inneholde : \\ / ? * [ ] og må ha høyst 31 tegn.',
  errorSheetExists: 'Arbeidsboken har allerede en arkfane med dette navnet. Velg et annet, eller la feltet stå tomt.',
  warnOneRater: 'Håndboken anbefaler to evaluatorer som skårer hver for seg og blir enige om en konsensusskår.',
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
  sectionSum: (total: number, count: number) => `${total} (${countOf(count, 'nb', 'punkt', 'punkter')})`,

  // Item view
  criterion: 'Kriterium',
  anchors: 'Ankerpunkter',
  anchorScore: (score: number) => `Skår ${score}`,
  chosen: 'valgt',
  sources: 'Datakilder',
  consensus: 'Konsensusskår',
  noScore: 'Ingen skår',
  noScoreShort: '–',
  raterScores: 'Evaluatorenes skår',
  raterScoreLabel: (name: string) => `Skår fra ${name}`,
  raterScoresHint: 'Hver evaluator skårer for seg. Konsensusskåren settes etter diskusjon og er aldri et gjennomsnitt.',
  keyHint: 'Tastatur: 1–5 gir skår, Enter eller N går til neste punkt, P til forrige.',
  raterDisagree: (scores: string) => `Evaluatorene er uenige (${scores}). Diskuter dere fram til en konsensusskår.`,
  raterDisagreeResolved: (scores: string, consensus: number) =>
    `✓ Evaluatorene ga ${scores}; konsensus er satt til ${consensus}.`,
  consensusNote: 'Begrunnelse for konsensus',
  evidence: TERMS.comments.nb,
  evidenceHint: 'Begrunnelse og dokumentasjon for skåren.',
  recommendation: TERMS.recommendations.nb,
  recommendationNeeded: 'Håndboken krever en anbefaling for hvert punkt som får under 5.',
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
  saved: (sheet: string, cells: number) => `Lagret i «${sheet}» (${countOf(cells, 'nb', 'celle', 'celler')} skrevet).`,
  savedOverwrote: (count: number) =>
    `${countOf(count, 'nb', 'celle', 'celler')} med annet innhold ble overskrevet etter at du sa ja.`,
  notSaved: 'Ingenting ble skrevet til arbeidsboken.',
  saveFailed: (message: string) => `Lagringen mislyktes: ${message}`,
  openFailed: (message: string) => `Kunne ikke åpne arket: ${message}`,
  opened: (sheet: string) => `Åpnet «${sheet}».`,
  notScoreSheet: (sheet: string) => `«${sheet}» er ikke et skårskjema for IPS-kvalitetsskalaen.`,
  conflictTitle: 'Overskrive celler?',
  conflictIntro: (count: number, sheet: string) =>
    count === 1
      ? `Én celle i «${sheet}» har annet innhold:`
      : `${formatNumber(count, 'nb')} celler i «${sheet}» har annet innhold:`,
  conflictLine: (address: string, existing: string, planned: string) =>
    `${address} inneholder «${existing}» – blir «${planned}»`,
  conflictMore: (count: number) => `… og ${formatNumber(count, 'nb')} til.`,
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
  confirmSuggestionLabel: (label: string, score: number) => `Bekreft ${score}, forrige skår for ${label}`,
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
    `${countOf(count, 'nb', 'skår', 'skårer')} i skårskjemaet avviker fra historikken uten registrert korreksjon. Historikkens skår gjelder til du registrerer en korreksjon med begrunnelse.`,
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
    'Skår bare for denne evaluatoren. Tast 1–5 for å velge og gå til neste punkt; piltastene velger i gruppen. De andres skårer og konsensus vises ikke her.',
  raterProgress: (scored: number, count: number) => `${scored} av ${count} skåret`,
  startRaterMode: (name: string) => `Skår som ${name}`,
  endRaterMode: 'Avslutt evaluatormodus',
  raterDone: (name: string) => `${name} har skåret alle punktene.`,
  raterAnchorsLegend: (name: string) => `Skår fra ${name} (velg ankerpunktet som passer)`,

  // Consensus view
  consensusHeading: 'Konsensus',
  consensusIntro:
    'Evaluatorene skårer hver for seg først. Her står uenighetene, de viktigste først (over grensen 3|4 eller 4|5). Konsensusskåren avtales i diskusjon: den er aldri et gjennomsnitt og fylles aldri ut av seg selv.',
  warnFewRaters: (count: number) =>
    `Evalueringen har ${countOf(count, 'nb', 'evaluator', 'evaluatorer')}. Håndboken anbefaler minst to som skårer hver for seg før konsensusmøtet.`,
  ratersHeading: 'Evaluatorenes skåring',
  agreementHeading: 'Samsvar mellom to evaluatorer',
  agreementFirst: 'Første evaluator',
  agreementSecond: 'Andre evaluator',
  agreementSame: 'Velg to forskjellige evaluatorer.',
  exactAgreement: 'Eksakt enighet',
  exactAgreementValue: (percent: string, agreements: number, pairs: number) =>
    `${percent} (${agreements} av ${pairs} punkter)`,
  weightedKappa: 'Vektet kappa (kvadratiske vekter)',
  kappaNoPairs: 'ikke definert: ingen punkter er skåret av begge',
  kappaNoVariation: 'ikke definert: begge ga samme skår på alle punktene',
  agreementExcluded: (count: number) =>
    `${countOf(count, 'nb', 'punkt', 'punkter')} er utelatt fordi minst én av de to evaluatorene mangler skår der.`,
  disagreementsHeading: (count: number) => `Uenigheter (${count})`,
  noDisagreements: 'Evaluatorene er enige på alle punktene de har skåret.',
  importanceHigh: (boundaries: string) => `Viktig: over grensen ${boundaries}`,
  importanceLow: 'Innenfor 1–3 (ikke implementert uansett)',
  raterGave: (name: string, score: string) => `${name}: ${score}`,
  anchorsInQuestion: 'Ankerpunktene for skårene som er gitt',
  agreedScore: 'Avtalt skår',
  resolved: (score: number) => `Konsensus: ${score}`,
  unresolved: 'Ikke avgjort',
  goToItem: (label: string) => `Gå til ${label}`,
  unanimousHeading: (count: number) => `Enige, konsensus ikke satt (${count})`,
  unanimousIntro: 'Evaluatorene ga samme skår. Bekreft den som konsensus for hvert punkt, eller alle på én gang.',
  useAllAgreed: 'Bruk alle samstemte skårer',
  confirmAllUnchanged: 'Bekreft alle uendrede',
  bulkAgreedTitle: (count: number) =>
    `Bruke ${countOf(count, 'nb', 'samstemt skår', 'samstemte skårer')} som konsensus?`,
  bulkAgreedIntro: 'Alle evaluatorene ga samme skår på disse punktene. Den skåren blir konsensus for hvert av dem:',
  bulkUnchangedTitle: (count: number) => `Bekrefte ${countOf(count, 'nb', 'skår', 'skårer')} fra forrige evaluering?`,
  bulkUnchangedIntro: 'Ingenting er endret på disse punktene: forrige skår blir konsensus, merket «holdt konstant»:',
  bulkLine: (label: string, name: string, score: number) => `${label} ${name}: ${score}`,
  bulkCanUndo: 'Du kan angre etterpå.',
  bulkDoneAgreed: (count: number) =>
    `${countOf(count, 'nb', 'samstemt skår', 'samstemte skårer')} er brukt som konsensus.`,
  bulkDoneUnchanged: (count: number) =>
    `${countOf(count, 'nb', 'skår', 'skårer')} fra forrige evaluering er bekreftet.`,
  bulkShowWhich: 'Vis hvilke',
  bulkUndone: (count: number) => `Angret: ${countOf(count, 'nb', 'punkt', 'punkter')} er som før.`,
  undo: 'Angre',
  unchangedPending: (count: number) =>
    `${countOf(count, 'nb', 'skår', 'skårer')} fra forrige evaluering venter på bekreftelse.`,
  missingScoresHeading: 'Evaluatorskår som mangler',
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
    `Rapporten er skrevet til «${report}» og handlingsplanen til «${actionPlan}» (${countOf(rows, 'nb', 'rad', 'rader')} med tiltak).`,
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
  historyPending: (count: number) =>
    `${countOf(count, 'nb', 'korreksjon', 'korreksjoner')} er ikke lagret i historikken ennå.`,
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
    `Diagrammer i «${sheet}» (${countOf(points, 'nb', 'evaluering', 'evalueringer')} over tid).`,
  overviewWritten: (sheet: string, services: number) =>
    `Oversikt over ${countOf(services, 'nb', 'tjeneste', 'tjenester')} i «${sheet}».`,
  chartsSkipped: 'Diagramdataene ble ikke skrevet, fordi du valgte å ikke overskrive.',
  chartsFailed: (message: string) => `Diagrammene kunne ikke lages: ${message}`,
  trendHeading: TERMS.totalOverTime.nb,
  trendPoint: (date: string, total: string) => `${date}: ${total}`,
};

export type Strings = typeof NB;
