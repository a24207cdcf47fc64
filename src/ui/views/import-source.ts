/**
 * The parts of the import screen about the source itself: which encoding and separator were
 * used, the header and a sample as read, a switch of encoding, the lines a stray quote would merge
 * with the user's answer, and the progress of a long read. It also reads the chosen file (size
 * checked first, nothing else read when too large) and drains a large draft in slices.
 */
import { firstLines, SOURCE_ENCODINGS, type SourceEncoding } from '../../core/inputs/decode';
import type { QuoteReading } from '../../core/inputs/csv';
import type { ImportPhase } from '../../core/inputs/steps';
import type { Language } from '../../core/text';
import { h, type Child } from '../dom';
import { lineSpan, type ImportDraft } from '../import-draft';
import type { InputsAction, InputsState } from '../inputs-state';

const ENCODING_NAMES: Readonly<Record<SourceEncoding, string>> = {
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252',
  'utf-16le': 'UTF-16',
};
const SEPARATORS = {
  ';': { nb: 'semikolon', en: 'semicolon' },
  ',': { nb: 'komma', en: 'comma' },
  '\t': { nb: 'tabulator', en: 'tab' },
} as const;
const SPANS_LISTED = 10;
const SAMPLE_LINES = 4;

const T = {
  nb: {
    source: 'Filen slik den er lest',
    encoding: 'Tegnkoding',
    detected: '(funnet automatisk)',
    separator: (name: string) => `Skilletegn: ${name}`,
    sample: 'Overskrift og de første linjene:',
    badLines: (count: number, lines: string, encoding: string) =>
      `${count} tegn kunne ikke leses som ${encoding} (linje ${lines}). Verdiene med slike tegn rapporteres nedenfor og skrives ikke; velg en annen tegnkoding om teksten ser feil ut.`,
    merged: (spans: string) =>
      `Linje ${spans}: et anførselstegn åpner en verdi som går over flere linjer som ser ut som egne rader.`,
    mergedMore: (count: number) => `… og ${count} til.`,
    mergedQuestion: 'Hvordan skal linjene leses?',
    split: 'Hver linje som egen rad (anførselstegnet er tekst)',
    keep: 'Linjene som én verdi, slik anførselstegnene sier',
    phase: {
      decode: 'Leser tegnene',
      parse: 'Deler opp linjene',
      rows: 'Leser radene',
      privacy: 'Ser etter navn og fødselsnummer',
    } as Record<ImportPhase, string>,
    reading: 'Leser inn …',
    tooLarge: 'Filen er for stor.',
  },
  en: {
    source: 'The file as read',
    encoding: 'Encoding',
    detected: '(detected)',
    separator: (name: string) => `Separator: ${name}`,
    sample: 'Header and first lines:',
    badLines: (count: number, lines: string, encoding: string) =>
      `${count} characters could not be read as ${encoding} (line ${lines}). Values with them are reported below and not written; choose another encoding if the text looks wrong.`,
    merged: (spans: string) =>
      `Line ${spans}: a quote opens a value that runs over several lines that look like rows of their own.`,
    mergedMore: (count: number) => `… and ${count} more.`,
    mergedQuestion: 'How should the lines be read?',
    split: 'Each line as its own row (the quote is text)',
    keep: 'The lines as one value, as the quotes say',
    phase: {
      decode: 'Reading the characters',
      parse: 'Splitting the lines',
      rows: 'Reading the rows',
      privacy: 'Looking for names and national ID numbers',
    } as Record<ImportPhase, string>,
    reading: 'Reading …',
    tooLarge: 'The file is too large.',
  },
} as const;

type Dispatch = (action: InputsAction) => void;

/** Encoding, separator, the header and a sample as read, and the switch of encoding (files only). */
export function sourceView(draft: ImportDraft, language: Language, prefix: string, dispatch: Dispatch): Child {
  const t = T[language];
  const decoded = draft.decoded;
  if (!decoded || !draft.csv) return null;
  const selectId = `${prefix}-import-encoding`;
  const listed =
    decoded.badLines.slice(0, SPANS_LISTED).join(', ') + (decoded.badLines.length > SPANS_LISTED ? ' …' : '');
  return h(
    'details',
    {
      open: decoded.badBytes > 0 || !decoded.detected,
      dataset: { key: 'import-source-details', role: 'import-encoding', encoding: decoded.encoding },
    },
    h(
      'summary',
      null,
      `${t.source}: ${ENCODING_NAMES[decoded.encoding]}${decoded.detected ? ` ${t.detected}` : ''} · ${t.separator(SEPARATORS[draft.csv.delimiter][language])}`,
    ),
    h(
      'div',
      { class: 'ipsf-field' },
      h('label', { for: selectId }, t.encoding),
      h(
        'select',
        {
          id: selectId,
          class: 'ipsf-input',
          dataset: { key: 'import-encoding' },
          onChange: (event: Event) =>
            dispatch({
              type: 'encoding',
              encoding: (event.target as HTMLSelectElement).value as SourceEncoding,
              language,
            }),
        },
        SOURCE_ENCODINGS.map((encoding) =>
          h('option', { value: encoding, selected: encoding === decoded.encoding }, ENCODING_NAMES[encoding]),
        ),
      ),
    ),
    decoded.badBytes > 0
      ? h(
          'div',
          { class: 'ipsf-msg ipsf-msg-warning', dataset: { role: 'import-bad-bytes' } },
          h('p', null, t.badLines(decoded.badBytes, listed, ENCODING_NAMES[decoded.encoding])),
        )
      : null,
    h('p', { class: 'ipsf-muted' }, t.sample),
    h(
      'pre',
      { class: 'ipsf-sample', dataset: { role: 'import-sample' } },
      firstLines(draft.text, SAMPLE_LINES).join('\n'),
    ),
  );
}

/** The lines a stray quote would merge, and the user's answer (the write waits for it). */
export function mergedView(draft: ImportDraft, language: Language, prefix: string, dispatch: Dispatch): Child {
  const merged = draft.csv?.merged ?? [];
  if (merged.length === 0) return null;
  const t = T[language];
  const spans = merged
    .slice(0, SPANS_LISTED)
    .map((span) => lineSpan(span.line, span.endLine))
    .join(', ');
  const choice = (reading: QuoteReading, label: string) =>
    h(
      'label',
      { class: 'ipsf-check' },
      h('input', {
        type: 'radio',
        name: `${prefix}-quote-reading`,
        value: reading,
        checked: draft.quoteReading === reading,
        dataset: { key: `quote-${reading}` },
        onChange: () => dispatch({ type: 'quoteReading', reading, language }),
      }),
      h('span', null, label),
    );
  return h(
    'div',
    {
      class: `ipsf-msg ipsf-msg-${draft.quoteReading === null ? 'warning' : 'info'}`,
      dataset: { role: 'import-merged', lines: merged.map((span) => `${span.line}-${span.endLine}`).join(' ') },
    },
    h(
      'div',
      { class: 'ipsf-grow' },
      h('p', null, t.merged(spans)),
      merged.length > SPANS_LISTED ? h('p', null, t.mergedMore(merged.length - SPANS_LISTED)) : null,
      h(
        'fieldset',
        { class: 'ipsf-field' },
        h('legend', { class: 'ipsf-label' }, t.mergedQuestion),
        choice('split', t.split),
        choice('keep', t.keep),
      ),
    ),
  );
}

/** The progress of a long read, or null when none runs. */
export function progressView(state: InputsState, language: Language): Child {
  if (!state.draft || state.draft.needs === null) return null;
  const t = T[language];
  const progress = state.progress;
  const share = progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
  return h(
    'div',
    { class: 'ipsf-field', role: 'status', dataset: { role: 'import-progress', phase: progress?.phase ?? '' } },
    h('span', null, progress ? `${t.phase[progress.phase]} … ${Math.round(share * 100)} %` : t.reading),
    h('progress', { max: 100, value: Math.round(share * 100), 'aria-label': t.reading }),
  );
}
