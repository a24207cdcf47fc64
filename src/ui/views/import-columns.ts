/**
 * The import's columns at pane width (issue 11 #5): one card per column of the source, each with
 * where it goes in the table (a labelled select), how that was found, its first values as they
 * will be written (codes where names were replaced) and what was found in it (names,
 * fødselsnummer, values that cannot be read). Reads at 320–360 px: nothing is laid out side by
 * side but short labels, and long values wrap.
 */
import type { HeaderMapping } from '../../core/inputs/headers';
import { columnById, tableById, toSheetValue } from '../../core/inputs/tables';
import { formatNumber, type Language } from '../../core/text';
import { h, type Child } from '../dom';
import type { ImportDraft, InputsAction } from '../inputs-state';
import { IMPORT_COLUMN_STRINGS, INPUTS_STRINGS } from '../strings/inputs';

type Dispatch = (action: InputsAction) => void;

/** Values shown per column. */
export const SAMPLE_VALUES = 3;

/** The first values of a source column: as read into the table when it is used, else as written in the source. */
function samples(draft: ImportDraft, mapping: HeaderMapping, language: Language): string[] {
  const shown: string[] = [];
  if (mapping.column !== null) {
    const column = columnById(tableById(draft.tableId!), mapping.column);
    for (const row of draft.rows) {
      if (shown.length === SAMPLE_VALUES) break;
      const written = toSheetValue(column, row.values[column.id] ?? null, language);
      // A number as the sheet shows it in the language (0,8 in bokmål), not as JavaScript writes it.
      const value =
        typeof written === 'number'
          ? formatNumber(written, language, { decimals: 10, grouping: false })
          : String(written);
      if (value !== '') shown.push(value);
    }
    return shown;
  }
  const headerLine = draft.result?.headerLine ?? 0;
  for (const record of draft.csv?.records ?? []) {
    if (shown.length === SAMPLE_VALUES) break;
    if (record.line <= headerLine) continue;
    const value = (record.fields[mapping.source] ?? '').trim();
    if (value !== '') shown.push(value);
  }
  return shown;
}

function columnCard(
  draft: ImportDraft,
  mapping: HeaderMapping,
  index: number,
  language: Language,
  prefix: string,
  dispatch: Dispatch,
): Child {
  const t = IMPORT_COLUMN_STRINGS[language];
  const s = INPUTS_STRINGS[language];
  const table = tableById(draft.tableId!);
  const result = draft.result!;
  const selectId = `${prefix}-map-${index}`;
  const values = samples(draft, mapping, language);
  const findings = mapping.column === null ? [] : draft.findings.filter((f) => String(f.column) === mapping.column);
  const unreadable =
    mapping.column === null
      ? 0
      : result.errors.filter((issue) => issue.column === mapping.column && issue.line !== result.headerLine).length;
  return h(
    'li',
    {
      class: 'ipsf-column-card',
      dataset: { role: 'column-card', how: mapping.how, header: mapping.header, column: mapping.column ?? '' },
    },
    h(
      'div',
      { class: 'ipsf-column-head' },
      h('span', { class: 'ipsf-column-name' }, mapping.header || '—'),
      h('span', { class: 'ipsf-muted', dataset: { role: 'map-how' } }, s.how[mapping.how] ?? ''),
    ),
    h(
      'div',
      { class: 'ipsf-field' },
      h('label', { for: selectId }, s.tableColumn),
      h(
        'select',
        {
          id: selectId,
          class: 'ipsf-input',
          dataset: { key: `map-${index}`, header: mapping.header, role: 'map-select' },
          onChange: (event: Event) => {
            const value = (event.target as HTMLSelectElement).value;
            dispatch({ type: 'mapColumn', header: mapping.header, column: value === '' ? null : value, language });
          },
        },
        h('option', { value: '', selected: mapping.column === null }, s.notUsed),
        table.columns.map((column) =>
          h('option', { value: column.id, selected: mapping.column === column.id }, column.header[language]),
        ),
      ),
    ),
    h(
      'p',
      { class: 'ipsf-samples', dataset: { role: 'column-samples' } },
      h('span', { class: 'ipsf-muted' }, `${t.samples}: `),
      values.length > 0 ? values.map((value, i) => [i > 0 ? ' · ' : '', h('q', null, value)]) : t.noSamples,
    ),
    findings.map((finding) =>
      h(
        'p',
        { class: 'ipsf-column-note', dataset: { role: 'column-finding', kind: finding.kind } },
        `${t.finding[finding.kind]} (${finding.count}/${finding.of})`,
      ),
    ),
    unreadable > 0
      ? h('p', { class: 'ipsf-column-note', dataset: { role: 'column-unreadable' } }, t.unreadable(unreadable))
      : null,
  );
}

/** The cards of every source column, mapped or not. */
export function columnsView(draft: ImportDraft, language: Language, prefix: string, dispatch: Dispatch): Child {
  const t = IMPORT_COLUMN_STRINGS[language];
  const mapping = draft.result!.mapping;
  const headingId = `${prefix}-import-columns`;
  return h(
    'div',
    { class: 'ipsf-field', role: 'group', 'aria-labelledby': headingId, dataset: { role: 'import-columns' } },
    h(
      'h4',
      { id: headingId, class: 'ipsf-label' },
      t.heading(mapping.filter((m) => m.column !== null).length, mapping.length),
    ),
    h(
      'ul',
      { class: 'ipsf-column-cards' },
      mapping.map((m, index) => columnCard(draft, m, index, language, prefix, dispatch)),
    ),
  );
}
