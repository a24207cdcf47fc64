/**
 * The parts of the import screen about the source itself: which encoding and separator were
 * used, the header and a sample as read, a switch of encoding, the lines a stray quote would merge
 * with the user's answer (a long read's progress is the screen's activity, views/inputs.ts). Its words are in strings/inputs.ts
 * (IMPORT_SOURCE_STRINGS).
 */
import { firstLines, SOURCE_ENCODINGS, type SourceEncoding } from '../../core/inputs/decode';
import type { QuoteReading } from '../../core/inputs/csv';
import type { Language } from '../../core/text';
import { h, type Child } from '../dom';
import { lineSpan, type ImportDraft } from '../import-draft';
import type { InputsAction } from '../inputs-state';
import { IMPORT_SOURCE_STRINGS, INPUTS_STRINGS } from '../strings/inputs';

const ENCODING_NAMES: Readonly<Record<SourceEncoding, string>> = {
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252',
  'utf-16le': 'UTF-16',
};
const SPANS_LISTED = 10;
const SAMPLE_LINES = 4;

const T = IMPORT_SOURCE_STRINGS;

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
      `${t.source}: ${ENCODING_NAMES[decoded.encoding]}${decoded.detected ? ` ${t.detected}` : ''} · ${t.separator(t.separators[draft.csv.delimiter])}`,
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
          h('p', null, t.badLines(decoded.badBytes, listed, ENCODING_NAMES[decoded.encoding], decoded.badLines.length)),
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
      merged.length > SPANS_LISTED
        ? h('p', null, INPUTS_STRINGS[language].errorsMore(merged.length - SPANS_LISTED))
        : null,
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
