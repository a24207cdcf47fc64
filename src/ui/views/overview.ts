import { h, type Child } from '../dom';
import type { ViewContext } from '../context';
import { labelOf, totalsView } from '../state';

/** All 25 items by section with their consensus scores; any item is one click or Enter away. */
export function overviewView(ctx: ViewContext): Child {
  const { state, s, prefix, dispatch } = ctx;
  const review = state.review!;
  const totals = totalsView(review, state.language, state.scale);
  const current = state.scale.items[state.itemIndex];
  return h(
    'div',
    { class: 'ipsf-overview', dataset: { role: 'overview' } },
    h('h2', { class: 'ipsf-sr' }, s.tabOverview),
    totals.sections.map(({ section, items, scored, total }) =>
      h(
        'section',
        { 'aria-labelledby': `${prefix}-ov-${section.id}` },
        h(
          'h3',
          { id: `${prefix}-ov-${section.id}` },
          h('span', null, section.name[state.language]),
          h(
            'span',
            { class: total === null ? 'ipsf-muted' : undefined, dataset: { role: 'section-total', section: section.id } },
            total === null ? s.sectionIncomplete(scored, items.length) : s.sectionSum(total, items.length),
          ),
        ),
        h(
          'ul',
          null,
          items.map((item) => {
            const score = review.items[item.id]?.consensus ?? null;
            const index = state.scale.items.indexOf(item);
            return h(
              'li',
              null,
              h(
                'button',
                {
                  type: 'button',
                  class: 'ipsf-ov-item',
                  'aria-current': item === current ? 'true' : undefined,
                  dataset: { key: `ov-${item.id}`, item: item.id },
                  onClick: () => {
                    dispatch({ type: 'goto', index });
                    ctx.commands.focusKey('item-name');
                  },
                },
                h(
                  'span',
                  { class: 'ipsf-ov-text' },
                  h('span', { class: 'ipsf-ov-label' }, labelOf(state, item)),
                  h('span', { class: 'ipsf-ov-name' }, item.name[state.language]),
                ),
                h(
                  'span',
                  { class: 'ipsf-ov-score', dataset: { empty: String(score === null), role: 'ov-score' } },
                  score === null ? h('span', { 'aria-label': s.noScore }, '–') : h('span', { 'aria-label': `${s.consensus} ${score}` }, String(score)),
                ),
              ),
            );
          }),
        ),
      ),
    ),
    h('p', { class: 'ipsf-muted' }, s.saveTarget(state.sheet)),
  );
}
