import { TERMS } from '../../core/i18n/terms';
import { countOf, formatNumber, plural, type Text } from '../../core/text';

/** The input tables' screen (views/inputs.ts), in bokmål and English. */
export const INPUTS_NAV_LABEL: Text = { nb: 'Inndata', en: 'Input data' };

export const INPUTS_STRINGS = {
  nb: {
    heading: 'Inndata og tabeller',
    intro: 'Tjenestens egne lister som tabeller i arbeidsboken. Skårskjemaet leser dem med formler.',
    notConnected: 'Arbeidsboken er ikke koblet til denne visningen.',
    teamWord: 'Tjenestens ord for «behandlingsteam»',
    teamWordHint: 'Brukes i overskrifter og hjelpetekster i tabellene som settes inn. Tomt: «behandlingsteam».',
    tables: 'Tabeller',
    feeds: 'Gir data til:',
    present: 'Finnes i arbeidsboken',
    presentOther: (name: string) => `Finnes som «${name}» (annet språk)`,
    missing: 'Ikke satt inn',
    insert: 'Sett inn tabell',
    reinsert: 'Sett inn på nytt',
    insertAll: 'Sett inn alle tabeller',
    open: 'Gå til arket',
    importInto: 'Importer CSV',
    importHeading: 'Importer CSV eller limt inn tabell',
    importIntro: 'Velg en CSV-fil eller lim inn celler. Ingenting skrives før du har sett gjennom dataene.',
    file: 'CSV-fil',
    paste: 'Eller lim inn her',
    read: 'Les inn',
    source: (name: string | null, lines: number) =>
      `${name ?? 'Limt inn tekst'} · ${countOf(lines, 'nb', 'linje', 'linjer')}`,
    table: 'Tabell',
    chooseTable: 'Velg tabell …',
    guessed: '(gjettet ut fra overskriftene)',
    tableColumn: 'I tabellen',
    notUsed: '— ikke bruk —',
    how: { exact: 'funnet', fuzzy: 'antatt', override: 'valgt', unmapped: 'ukjent', ignored: 'ikke brukt' } as Record<
      string,
      string
    >,
    anonymity: 'Personvern',
    anonymityOk: 'Fant ingen navn eller fødselsnummer.',
    replace: 'Erstatt med ID-er',
    leaveOut: 'Ikke importer kolonnen',
    notPersonal: 'Ikke personopplysninger',
    markedNotPersonal: (column: string) =>
      `«${column}» er merket som ikke personopplysninger. Merket lagres i vurderingen som er åpen.`,
    replaced: (column: string, prefix: string) =>
      `Navn og fødselsnummer i «${column}» er byttet ut med ID-er (${prefix}001 …), samme ID for samme verdi i hele økten; andre verdier står som før.`,
    acknowledge: 'Jeg har sjekket: de markerte kolonnene inneholder ikke personopplysninger.',
    preview: 'Forhåndsvisning',
    readable: (rows: number, table: string) => `${countOf(rows, 'nb', 'rad', 'rader')} kan leses inn i «${table}».`,
    errorsHeading: (count: number) => `${countOf(count, 'nb', 'rad', 'rader')} kan ikke leses`,
    errorLine: (line: number, column: string, why: string, value: string) =>
      `Linje ${line}${column ? `, ${column}` : ''}${value ? ` («${value}»)` : ''}: ${why}`,
    errorsMore: (count: number) => `… og ${formatNumber(count, 'nb')} til.`,
    skippedHeading: (count: number) => `${countOf(count, 'nb', 'linje', 'linjer')} hoppet over`,
    skippedLine: (line: number, why: string) => `Linje ${line}: ${why}`,
    warningsHeading: (count: number) => countOf(count, 'nb', 'merknad', 'merknader'),
    write: 'Skriv til arket',
    writeRows: (rows: number, sheet: string) => `Skriv ${countOf(rows, 'nb', 'rad', 'rader')} til «${sheet}»`,
    modeReplace: 'Erstatt radene i tabellen',
    modeAppend: 'Legg til etter radene som finnes',
    cancel: 'Avbryt',
    blocked: 'Før dataene kan skrives:',
    written: (rows: number, sheet: string, cleared: number) =>
      `Skrev ${countOf(rows, 'nb', 'rad', 'rader')} til «${sheet}»${cleared > 0 ? ` og tømte ${countOf(cleared, 'nb', 'gammel rad', 'gamle rader')}` : ''}.`,
    inserted: (sheets: string) => `Satt inn ${sheets}.`,
    extended: (sheet: string, rows: number) =>
      `Tabellen «${sheet}» er utvidet til ${countOf(rows, 'nb', 'rad', 'rader')} (rad 3–${rows + 2}), så formlene ser alle radene.`,
    extendedRewire: 'Koble skårskjemaet til tabellene på nytt, så formlene leser alle radene.',
    notWritten: 'Ingenting ble skrevet.',
    failed: (message: string) => `Arbeidsboken svarte med en feil: ${message}`,
    scoreSheet: 'Skårskjemaet',
    wireIntro: (sheet: string) =>
      `Hvert punkt som kan beregnes, får en beregnet skår og begrunnelse som formler i «${sheet}». Konsensusskåren følger den til dere skriver en annen.`,
    wire: 'Koble skårskjemaet til tabellene',
    noReview: 'Start eller åpne en vurdering for å koble skårskjemaet til tabellene.',
    refresh: 'Oppdater beregnede skårer',
    computedHeading: 'Beregnet fra tabellene',
    computedNone: 'Skårskjemaet har ingen beregnede skårer ennå (koble det til tabellene).',
    total: TERMS.totalScore.nb,
  },
  en: {
    heading: 'Input data and tables',
    intro: "The service's own lists as tables in the workbook. The score sheet reads them with formulas.",
    notConnected: 'The workbook is not connected to this view.',
    teamWord: 'The service\'s word for "treatment team"',
    teamWordHint: 'Used in the headers and help of the tables inserted. Blank: "treatment team".',
    tables: 'Tables',
    feeds: 'Feeds:',
    present: 'In the workbook',
    presentOther: (name: string) => `Present as "${name}" (other language)`,
    missing: 'Not inserted',
    insert: 'Insert table',
    reinsert: 'Insert again',
    insertAll: 'Insert all tables',
    open: 'Go to sheet',
    importInto: 'Import CSV',
    importHeading: 'Import CSV or a pasted table',
    importIntro: 'Choose a CSV file or paste cells. Nothing is written before you have reviewed the data.',
    file: 'CSV file',
    paste: 'Or paste here',
    read: 'Read',
    source: (name: string | null, lines: number) =>
      `${name ?? 'Pasted text'} · ${countOf(lines, 'en', 'line', 'lines')}`,
    table: 'Table',
    chooseTable: 'Choose a table …',
    guessed: '(guessed from the headers)',
    tableColumn: 'In the table',
    notUsed: '— not used —',
    how: { exact: 'found', fuzzy: 'assumed', override: 'chosen', unmapped: 'unknown', ignored: 'not used' } as Record<
      string,
      string
    >,
    anonymity: 'Privacy',
    anonymityOk: 'No names or national ID numbers found.',
    replace: 'Replace with IDs',
    leaveOut: 'Leave the column out',
    notPersonal: 'Not personal data',
    markedNotPersonal: (column: string) =>
      `"${column}" is marked as not personal data. The mark is kept in the open review.`,
    replaced: (column: string, prefix: string) =>
      `Names and national ID numbers in "${column}" were replaced with IDs (${prefix}001 …), one ID per value all session; other values stay.`,
    acknowledge: 'I have checked: the flagged columns hold no personal data.',
    preview: 'Preview',
    readable: (rows: number, table: string) => `${countOf(rows, 'en', 'row', 'rows')} can be imported into "${table}".`,
    errorsHeading: (count: number) => `${countOf(count, 'en', 'row', 'rows')} cannot be read`,
    errorLine: (line: number, column: string, why: string, value: string) =>
      `Line ${line}${column ? `, ${column}` : ''}${value ? ` ("${value}")` : ''}: ${why}`,
    errorsMore: (count: number) => `… and ${formatNumber(count, 'en')} more.`,
    skippedHeading: (count: number) => `${countOf(count, 'en', 'line', 'lines')} skipped`,
    skippedLine: (line: number, why: string) => `Line ${line}: ${why}`,
    warningsHeading: (count: number) => countOf(count, 'en', 'note', 'notes'),
    write: 'Write to the sheet',
    writeRows: (rows: number, sheet: string) => `Write ${countOf(rows, 'en', 'row', 'rows')} to "${sheet}"`,
    modeReplace: "Replace the table's rows",
    modeAppend: 'Add after the rows already there',
    cancel: 'Cancel',
    blocked: 'Before the data can be written:',
    written: (rows: number, sheet: string, cleared: number) =>
      `Wrote ${countOf(rows, 'en', 'row', 'rows')} to "${sheet}"${cleared > 0 ? ` and blanked ${countOf(cleared, 'en', 'old row', 'old rows')}` : ''}.`,
    inserted: (sheets: string) => `Inserted ${sheets}.`,
    extended: (sheet: string, rows: number) =>
      `The table "${sheet}" was extended to ${countOf(rows, 'en', 'row', 'rows')} (rows 3–${rows + 2}), so the formulas see every row.`,
    extendedRewire: 'Connect the score sheet to the tables again, so the formulas read every row.',
    notWritten: 'Nothing was written.',
    failed: (message: string) => `The workbook answered with an error: ${message}`,
    scoreSheet: 'The score sheet',
    wireIntro: (sheet: string) =>
      `Every item that can be computed gets a computed score and reason as formulas in "${sheet}". The consensus follows it until you type another.`,
    wire: 'Connect the score sheet to the tables',
    noReview: 'Start or open a review to connect its score sheet to the tables.',
    refresh: 'Refresh computed scores',
    computedHeading: 'Computed from the tables',
    computedNone: 'The score sheet has no computed scores yet (connect it to the tables).',
    total: TERMS.totalScore.en,
  },
} as const;

/** «Koble skårskjemaet til tabellene» (commands/link-tables.ts): the question before linking and what happened. */
export const LINK_STRINGS = {
  nb: {
    title: (count: number) => (count === 1 ? 'Én tabell mangler' : `${formatNumber(count, 'nb')} tabeller mangler`),
    intro: 'Punktene regnes ut fra tabeller som mangler eller er tomme:',
    needsLine: (item: string, needs: string, missing: string) =>
      `${item}: trenger ${needs}${missing ? ` – mangler ${missing}` : ''}`,
    emptyLine: (tables: string) => `${tables} er tom – viser «Mangler data» til den fylles ut`,
    question: 'Sett inn de manglende tabellene (tomme) og koble? Uten dem viser punktene «Mangler data».',
    insert: 'Sett inn manglende tabeller og koble',
    without: 'Koble uten dem',
    linked: (sheets: string) => `Skårskjemaet er koblet til tabellene.${sheets ? ` Satt inn: ${sheets}.` : ''}`,
    stillMissing: (tables: string) => `Mangler data til tabellene settes inn: ${tables}.`,
    stillEmpty: (tables: string) => `Mangler data til de fylles ut: ${tables}.`,
    notLinked: 'Ikke koblet: ingenting ble skrevet.',
  },
  en: {
    title: (count: number) =>
      count === 1 ? 'One table is missing' : `${formatNumber(count, 'en')} tables are missing`,
    intro: 'The items are computed from tables that are missing or empty:',
    needsLine: (item: string, needs: string, missing: string) =>
      `${item}: needs ${needs}${missing ? ` – missing ${missing}` : ''}`,
    emptyLine: (tables: string) => `${tables} is empty – shows "No data" until it is filled in`,
    question: 'Insert the missing tables (empty) and link? Without them the items show "No data".',
    insert: 'Insert the missing tables and link',
    without: 'Link without them',
    linked: (sheets: string) => `The score sheet is linked to the tables.${sheets ? ` Inserted: ${sheets}.` : ''}`,
    stillMissing: (tables: string) => `No data until the tables are inserted: ${tables}.`,
    stillEmpty: (tables: string) => `No data until they are filled in: ${tables}.`,
    notLinked: 'Not linked: nothing was written.',
  },
} as const;

/** Long work on the input tables' screen against the workbook: what is being done, step by step (a progress element with text). */
export type ActivityKind = 'link' | 'insert' | 'write' | 'refresh';

const STEPS_NB = ['Ser etter tabellene', 'Kobler skårskjemaet', 'Leser de beregnede skårene', 'Setter inn tabellene'];
const STEPS_EN = [
  'Looking for the tables',
  'Linking the score sheet',
  'Reading the computed scores',
  'Inserting the tables',
];

/** The steps of each kind of long work, as indexes into a language's step names. */
const STEPS: Readonly<Record<ActivityKind, readonly number[]>> = {
  link: [0, 1, 2],
  insert: [3, 1, 2],
  write: [4, 5, 1, 2],
  refresh: [2],
};

export const ACTIVITY_STRINGS = {
  nb: { label: 'Fremdrift', names: [...STEPS_NB, 'Leser tabellen', 'Skriver radene'] },
  en: { label: 'Progress', names: [...STEPS_EN, 'Reading the table', 'Writing the rows'] },
} as const;

/** The names of the steps of one kind of long work, in order. */
export function activitySteps(language: 'nb' | 'en', kind: ActivityKind): readonly string[] {
  return STEPS[kind].map((index) => ACTIVITY_STRINGS[language].names[index]!);
}

/** The import's source (views/import-source.ts): encoding, separator, stray quotes, a long read's progress. */
export const IMPORT_SOURCE_STRINGS = {
  nb: {
    source: 'Filen slik den er lest',
    encoding: 'Tegnkoding',
    detected: '(funnet automatisk)',
    separator: (name: string) => `Skilletegn: ${name}`,
    separators: { ';': 'semikolon', ',': 'komma', '\t': 'tabulator' },
    sample: 'Overskrift og de første linjene:',
    badLines: (count: number, lines: string, encoding: string, lineCount: number) =>
      `${countOf(count, 'nb', 'tegn', 'tegn')} kunne ikke leses som ${encoding} (${plural(lineCount, 'linje', 'linjer')} ${lines}). Verdier med slike tegn skrives ikke; velg en annen tegnkoding om teksten ser feil ut.`,
    merged: (spans: string) =>
      `Linje ${spans}: et anførselstegn åpner en verdi som går over flere linjer som ser ut som egne rader.`,
    mergedQuestion: 'Hvordan skal linjene leses?',
    split: 'Hver linje som egen rad (anførselstegnet er tekst)',
    keep: 'Linjene som én verdi, slik anførselstegnene sier',
    phase: {
      decode: 'Leser tegnene',
      parse: 'Deler opp linjene',
      rows: 'Leser radene',
      privacy: 'Ser etter navn og fødselsnummer',
    },
    reading: 'Leser inn …',
  },
  en: {
    source: 'The file as read',
    encoding: 'Encoding',
    detected: '(detected)',
    separator: (name: string) => `Separator: ${name}`,
    separators: { ';': 'semicolon', ',': 'comma', '\t': 'tab' },
    sample: 'Header and first lines:',
    badLines: (count: number, lines: string, encoding: string, lineCount: number) =>
      `${countOf(count, 'en', 'character', 'characters')} could not be read as ${encoding} (${plural(lineCount, 'line', 'lines')} ${lines}). Values with them are not written; choose another encoding if the text looks wrong.`,
    merged: (spans: string) =>
      `Line ${spans}: a quote opens a value that runs over several lines that look like rows of their own.`,
    mergedQuestion: 'How should the lines be read?',
    split: 'Each line as its own row (the quote is text)',
    keep: 'The lines as one value, as the quotes say',
    phase: {
      decode: 'Reading the characters',
      parse: 'Splitting the lines',
      rows: 'Reading the rows',
      privacy: 'Looking for names and national ID numbers',
    },
    reading: 'Reading …',
  },
} as const;

/** The import's columns at pane width: one card per source column (views/inputs.ts). */
export const IMPORT_COLUMN_STRINGS = {
  nb: {
    heading: (mapped: number, of: number) =>
      `Kolonner (${formatNumber(mapped, 'nb')} av ${formatNumber(of, 'nb')} brukes)`,
    samples: 'Første verdier',
    noSamples: 'Ingen verdier',
    unreadable: (count: number) =>
      count === 1 ? 'Én verdi kan ikke leses' : `${formatNumber(count, 'nb')} verdier kan ikke leses`,
    finding: {
      nationalId: 'Inneholder fødselsnummer',
      names: 'Ser ut til å inneholde navn',
      possibleNames: 'Kan inneholde navn',
    },
  },
  en: {
    heading: (mapped: number, of: number) =>
      `Columns (${formatNumber(mapped, 'en')} of ${formatNumber(of, 'en')} used)`,
    samples: 'First values',
    noSamples: 'No values',
    unreadable: (count: number) =>
      count === 1 ? 'One value cannot be read' : `${formatNumber(count, 'en')} values cannot be read`,
    finding: { nationalId: 'Holds national ID numbers', names: 'Seems to hold names', possibleNames: 'May hold names' },
  },
} as const;
