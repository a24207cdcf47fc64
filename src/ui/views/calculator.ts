import { parameterHelp } from '../../core/functions/help';
import { parameterLabel, withDisplayNames } from '../../core/functions/parameter-labels';
import { FUNCTION_LIST } from '../../core/functions/table';
import type { ParameterSpec } from '../../core/functions/types';
import type { ItemDefinition } from '../../core/scale/types';
import {
  calculatorFor,
  emptyCalculatorInput,
  isMultiCellPaste,
  type CalculatorInput,
  type CalculatorSpec,
} from '../calculator';
import { h, type Child } from '../dom';
import type { ViewContext } from '../context';
import { useScoreButton } from './common';

const specs = new Map<string, CalculatorSpec | null>();

/** The calculator of an item (cached: the function table never changes at run time). */
export function specFor(itemId: string): CalculatorSpec | null {
  if (!specs.has(itemId)) specs.set(itemId, calculatorFor(itemId, FUNCTION_LIST));
  return specs.get(itemId) ?? null;
}

/** A parameter as the pane names it: its display name, never the identifier a formula uses. */
function displayName(functionName: string, parameter: ParameterSpec, language: 'nb' | 'en'): string {
  return (
    (parameter.label ?? parameterLabel(functionName, parameter.name))?.[language] ??
    helpText(functionName, parameter, language)
  );
}

/** What to give for a parameter (functions/help, loaded with this view, not with the custom functions). */
function helpText(functionName: string, parameter: ParameterSpec, language: 'nb' | 'en'): string {
  return parameterHelp(functionName, parameter.name)?.[language] ?? '';
}

/** How the function is spelled in the host's formulas. */
export function functionName(host: ViewContext['host'], name: string): string {
  return host === 'sheets' ? `IPS_${name}` : `IPS.${name}`;
}

/** What the parts of one item's calculator share. */
interface CalcParts {
  readonly ctx: ViewContext;
  readonly item: ItemDefinition;
  readonly spec: CalculatorSpec;
  readonly input: CalculatorInput;
}

/** The element id of a part of the calculator. */
const calcId = (ctx: ViewContext, name: string) => `${ctx.prefix}-calc-${name}`;
/** The id of a parameter's description (aria-describedby). */
const describedBy = (ctx: ViewContext, name: string) => `${calcId(ctx, 'param')}-${name}`;
/** A parameter's help text. */
const shownHelp = ({ ctx, spec }: CalcParts, parameter: ParameterSpec) =>
  helpText(spec.fn.name, parameter, ctx.state.language);
/** A parameter's display name. */
const shownName = ({ ctx, spec }: CalcParts, parameter: ParameterSpec) =>
  displayName(spec.fn.name, parameter, ctx.state.language);
/** Removes a result computed from older input (typing leaves the DOM alone: caret, IME). */
const dropStaleResult = (event: Event) =>
  (event.target as HTMLElement).closest('section')?.querySelector('[data-role="calc-result"]')?.remove();

/** The single-value inputs, each labelled and described. */
function scalarsView(parts: CalcParts): Child {
  const { ctx, item, spec, input } = parts;
  const { s, dispatch } = ctx;
  return spec.scalars.map((parameter) =>
    h(
      'div',
      { class: 'ipsf-field' },
      h(
        'label',
        { for: calcId(ctx, parameter.name) },
        shownName(parts, parameter),
        parameter.optional ? h('span', { class: 'ipsf-muted' }, ` (${s.optional})`) : null,
      ),
      h('input', {
        id: calcId(ctx, parameter.name),
        class: 'ipsf-input',
        type: 'text',
        value: input.scalars[parameter.name] ?? '',
        autocomplete: 'off',
        'aria-describedby': describedBy(ctx, parameter.name),
        dataset: { key: `calc-${item.id}-${parameter.name}` },
        onInput: (event: Event) => {
          dispatch(
            {
              type: 'calcScalar',
              spec,
              itemId: item.id,
              name: parameter.name,
              value: (event.target as HTMLInputElement).value,
            },
            { render: false },
          );
          dropStaleResult(event);
        },
      }),
      h('span', { id: describedBy(ctx, parameter.name), class: 'ipsf-muted' }, shownHelp(parts, parameter)),
    ),
  );
}

/** One cell of the range table: typed, pasted (a block of cells fills the table) or Enter to go down. */
function rangeCell(parts: CalcParts, parameter: ParameterSpec, cells: readonly string[], row: number, column: number) {
  const { ctx, item, spec, input } = parts;
  const { s, dispatch } = ctx;
  const shown = shownName(parts, parameter);
  return h('input', {
    class: 'ipsf-input',
    type: 'text',
    value: cells[column] ?? '',
    autocomplete: 'off',
    'aria-label': s.calcCell(shown, row + 1),
    'aria-describedby': describedBy(ctx, parameter.name),
    dataset: { key: `calc-${item.id}-${row}-${column}` },
    onInput: (event: Event) => {
      dispatch(
        {
          type: 'calcCell',
          spec,
          itemId: item.id,
          row,
          column,
          value: (event.target as HTMLInputElement).value,
        },
        { render: false },
      );
      dropStaleResult(event);
    },
    onPaste: (event: Event) => {
      const text = (event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
      if (!isMultiCellPaste(text)) return;
      event.preventDefault();
      dispatch({ type: 'calcPaste', spec, itemId: item.id, row, column, text });
    },
    onKeydown: (event: Event) => {
      // Enter moves down a row like a spreadsheet; on the last row it adds one.
      const key = event as KeyboardEvent;
      if (key.key !== 'Enter' || key.shiftKey || key.altKey || key.ctrlKey || key.metaKey) return;
      event.preventDefault();
      const rowCount = (ctx.stateNow().itemUi[item.id]?.calc ?? input).rows.length;
      if (row + 1 >= rowCount) dispatch({ type: 'calcAddRow', spec, itemId: item.id });
      ctx.commands.focusKey(`calc-${item.id}-${row + 1}-${column}`);
    },
  });
}

/** The list inputs as a table (one column per range parameter), and a legend of what each column is. */
function rangeTableView(parts: CalcParts): Child {
  const { ctx, spec, input } = parts;
  const { s } = ctx;
  if (spec.ranges.length === 0) return null;
  return [
    h(
      'div',
      { class: 'ipsf-calc-wrap' },
      h(
        'table',
        { class: 'ipsf-calc-table', dataset: { role: 'calc-table' } },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', { class: 'ipsf-rowhead', scope: 'col' }, '#'),
            spec.ranges.map((parameter) =>
              h(
                'th',
                { scope: 'col', title: shownHelp(parts, parameter) },
                shownName(parts, parameter),
                parameter.optional ? h('span', { class: 'ipsf-muted' }, ` (${s.optional})`) : null,
              ),
            ),
          ),
        ),
        h(
          'tbody',
          null,
          input.rows.map((cells, row) =>
            h(
              'tr',
              null,
              h('th', { class: 'ipsf-rowhead', scope: 'row' }, String(row + 1)),
              spec.ranges.map((parameter, column) => h('td', null, rangeCell(parts, parameter, cells, row, column))),
            ),
          ),
        ),
      ),
    ),
    h(
      'dl',
      { class: 'ipsf-legend' },
      spec.ranges.map((parameter) => [
        h('dt', null, shownName(parts, parameter)),
        h('dd', { id: describedBy(ctx, parameter.name) }, shownHelp(parts, parameter)),
      ]),
    ),
  ];
}

/** The explained result (score, metric, reason and «use this score»), or the error in display names. */
function resultView(parts: CalcParts): Child {
  const { ctx, item, spec } = parts;
  const { s } = ctx;
  const result = ctx.state.itemUi[item.id]?.calcResult;
  if (result?.ok) {
    return h(
      'div',
      { class: 'ipsf-result', role: 'status', dataset: { role: 'calc-result' } },
      h(
        'dl',
        null,
        h('dt', null, s.calcScore),
        h('dd', { dataset: { role: 'calc-score' } }, String(result.score)),
        result.metric !== null
          ? [h('dt', null, s.calcMetric), h('dd', { dataset: { role: 'calc-metric' } }, s.number(result.metric))]
          : null,
        result.reason
          ? [h('dt', null, s.calcReason), h('dd', { dataset: { role: 'calc-reason' } }, result.reason)]
          : null,
      ),
      h('div', null, useScoreButton(ctx, item, result.score, 'calc-use')),
    );
  }
  if (result && !result.ok) {
    return h(
      'div',
      { class: 'ipsf-result ipsf-bad', role: 'alert', dataset: { role: 'calc-result' } },
      h('p', null, s.calcError(result.code, withDisplayNames(result.message, spec.fn, ctx.state.language))),
    );
  }
  return null;
}

/** Add row, remove row, clear, and calculate. */
function actionsView(parts: CalcParts): Child {
  const { ctx, item, spec, input } = parts;
  const { s, dispatch } = ctx;
  const button = (key: string, label: string, onClick: () => void, extra: { disabled?: boolean } = {}) =>
    h('button', { type: 'button', class: 'ipsf-btn ipsf-small', ...extra, dataset: { key }, onClick }, label);
  return h(
    'div',
    { class: 'ipsf-row' },
    spec.ranges.length > 0
      ? [
          button(`calc-add-${item.id}`, s.addRow, () => dispatch({ type: 'calcAddRow', spec, itemId: item.id })),
          button(
            `calc-remove-${item.id}`,
            s.removeRow,
            () => dispatch({ type: 'calcRemoveRow', spec, itemId: item.id }),
            {
              disabled: input.rows.length <= 1,
            },
          ),
        ]
      : null,
    button(`calc-clear-${item.id}`, s.clearTable, () => dispatch({ type: 'calcClear', spec, itemId: item.id })),
    h('span', { class: 'ipsf-grow' }),
    h(
      'button',
      {
        type: 'button',
        class: 'ipsf-btn ipsf-primary',
        dataset: { key: `calc-run-${item.id}` },
        onClick: () => ctx.commands.calculate(item.id),
      },
      s.calculate,
    ),
  );
}

/** A small calculator for a computable item: its function's inputs, and the explained result. */
export function calculatorView(ctx: ViewContext, item: ItemDefinition): Child {
  const spec = specFor(item.id);
  if (!spec) return null;
  const { s, host } = ctx;
  const id = (name: string) => calcId(ctx, name);
  const parts: CalcParts = { ctx, item, spec, input: ctx.state.itemUi[item.id]?.calc ?? emptyCalculatorInput(spec) };
  return h(
    'section',
    { class: 'ipsf-card', 'aria-labelledby': id('h'), dataset: { role: 'calculator' } },
    h('h3', { id: id('h') }, s.calculatorHeading),
    h('p', { class: 'ipsf-muted' }, s.calculatorIntro(functionName(host, spec.fn.name))),
    rangeTableView(parts),
    scalarsView(parts),
    actionsView(parts),
    resultView(parts),
  );
}
