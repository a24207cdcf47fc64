import type { ItemDefinition, Score } from '../../core/scale/types';
import { SCORES } from '../../core/scale/types';
import { h } from '../dom';
import type { ViewContext } from '../context';
import type { Operation } from '../state/types';

interface RadioGroupOptions {
  readonly name: string;
  readonly keyBase: string;
  readonly legend: string;
  readonly legendClass?: string;
  readonly value: Score | null;
  readonly small?: boolean;
  readonly optionLabel: (score: Score) => string;
  readonly describedBy?: (score: Score) => string | undefined;
  readonly onChange: (score: Score | null) => void;
}

/**
 * A 1–5 choice as native radios (arrow keys move and choose, Tab leaves the group), with a
 * leading «no score» option so a score can be taken back; nothing is preselected.
 */
export function scoreRadios(ctx: ViewContext, options: RadioGroupOptions): HTMLElement {
  const { s } = ctx;
  const values: (Score | null)[] = [null, ...SCORES];
  return h(
    'fieldset',
    { class: 'ipsf-field', dataset: { role: options.keyBase } },
    h('legend', { class: options.legendClass ?? 'ipsf-label' }, options.legend),
    h(
      'div',
      { class: options.small ? 'ipsf-radios ipsf-small' : 'ipsf-radios' },
      values.map((score) =>
        h(
          'label',
          { class: 'ipsf-radio' },
          h('input', {
            type: 'radio',
            name: options.name,
            value: score === null ? '' : String(score),
            checked: options.value === score,
            'aria-label': score === null ? s.noScore : options.optionLabel(score),
            'aria-describedby': score === null ? undefined : options.describedBy?.(score),
            dataset: { key: `${options.keyBase}-${score ?? 'none'}`, score: score === null ? '' : String(score) },
            onChange: (event: Event) => {
              if ((event.target as HTMLInputElement).checked) options.onChange(score);
            },
          }),
          h('span', { 'aria-hidden': 'true' }, score === null ? s.noScoreShort : String(score)),
        ),
      ),
    ),
  );
}

/** «Use this score»: the only way a suggested or calculated score reaches the review. */
export function useScoreButton(ctx: ViewContext, item: ItemDefinition, score: Score, key: string): HTMLElement {
  const inUse = ctx.state.review?.items[item.id]?.consensus === score;
  return h(
    'button',
    {
      type: 'button',
      class: inUse ? 'ipsf-btn' : 'ipsf-btn ipsf-primary',
      'aria-pressed': inUse ? 'true' : 'false',
      title: inUse ? ctx.s.scoreInUse : undefined,
      dataset: { key: `${key}-${item.id}` },
      onClick: () => ctx.commands.useScore(item.id, score),
    },
    inUse ? `✓ ${ctx.s.useScore(score)}` : ctx.s.useScore(score),
  );
}

/** A button that starts one of the pane's operations (see operationButton). */
export interface OperationButtonOptions {
  readonly operation: Operation;
  /** data-key (what tests and the keyboard find it by); data-role too unless `role` is given. */
  readonly key: string;
  readonly role?: string;
  readonly label: string;
  /** Shown while this operation runs; the label stays when there is none. */
  readonly busyLabel?: string;
  /** Classes beside ipsf-btn, e.g. 'ipsf-primary' or 'ipsf-subtle ipsf-small'. */
  readonly variant?: string;
  readonly title?: string;
  readonly describedBy?: string;
  /** Disabled for a reason of its own, besides another operation running. */
  readonly blocked?: boolean;
  readonly run: () => Promise<unknown> | void;
}

/**
 * The pane's operation button: disabled (aria-disabled, so it stays focusable and announced) while
 * any operation runs, marked busy and relabelled while its own runs.
 */
export function operationButton(ctx: ViewContext, options: OperationButtonOptions): HTMLElement {
  const { state } = ctx;
  const running = state.busyWith === options.operation;
  return h(
    'button',
    {
      type: 'button',
      class: options.variant ? `ipsf-btn ${options.variant}` : 'ipsf-btn',
      title: options.title,
      'aria-describedby': options.describedBy,
      'aria-disabled': options.blocked || state.busy ? 'true' : undefined,
      'aria-busy': running ? 'true' : undefined,
      dataset: { key: options.key, role: options.role ?? options.key },
      onClick: () => void options.run(),
    },
    running && options.busyLabel ? options.busyLabel : options.label,
  );
}
