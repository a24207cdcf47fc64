import type { ItemDefinition, Score } from '../../core/scale/types';
import { SCORES } from '../../core/scale/types';
import { h } from '../dom';
import type { ViewContext } from '../context';

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
