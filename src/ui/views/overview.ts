import { h, type Child } from '../dom';
import type { ViewContext } from '../context';
import { correctionsFor } from '../../core/review/corrections';
import { heldConstant } from '../../core/review/repeat';
import { labelOf, pendingCount, totalsView } from '../state';
import { bulkButton, bulkDone } from './bulk';
import { preparationCard } from './preparation';
import { scoreNow } from '../workflow';

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
    preparationCard(ctx),
    bulkDone(ctx, 'unchanged'),
    pendingCount(state) > 0
      ? h(
          'div',
          { class: 'ipsf-suggest ipsf-suggest-pending', dataset: { role: 'unchanged-pending' } },
          h('span', { class: 'ipsf-grow' }, s.unchangedPending(pendingCount(state))),
          bulkButton(ctx, 'unchanged'),
        )
      : null,
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
            {
              class: total === null ? 'ipsf-muted' : undefined,
              dataset: { role: 'section-total', section: section.id },
            },
            total === null ? s.sectionIncomplete(scored, items.length) : s.sectionSum(total, items.length),
          ),
        ),
        h(
          'ul',
          null,
          items.map((item) => {
            const score = scoreNow(review, item.id);
            const index = state.scale.items.indexOf(item);
            const record = review.items[item.id];
            const suggested = record?.suggested;
            const pending = suggested !== undefined && record!.consensus === null;
            const corrections = correctionsFor(review, item.id);
            const first = corrections[0];
            const note = pending
              ? h(
                  'span',
                  { class: 'ipsf-ov-note ipsf-ov-pending', dataset: { role: 'ov-suggestion' } },
                  s.suggestionShort(suggested!.score),
                )
              : suggested && heldConstant(review, item.id)
                ? h('span', { class: 'ipsf-ov-note', dataset: { role: 'ov-held' } }, '✓ ', s.heldConstantShort)
                : first
                  ? h(
                      'span',
                      { class: 'ipsf-ov-note', dataset: { role: 'ov-corrected' } },
                      s.correctedShort(
                        first.previous === null ? '–' : String(first.previous),
                        corrections[corrections.length - 1]!.corrected,
                      ),
                    )
                  : null;
            return h(
              'li',
              { class: 'ipsf-ov-row' },
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
                  note,
                ),
                h(
                  'span',
                  { class: 'ipsf-ov-score', dataset: { empty: String(score === null), role: 'ov-score' } },
                  score === null
                    ? h('span', { 'aria-label': s.noScore }, '–')
                    : h('span', { 'aria-label': `${s.consensus} ${score}` }, String(score)),
                ),
              ),
              pending
                ? h(
                    'button',
                    {
                      type: 'button',
                      class: 'ipsf-btn ipsf-small ipsf-primary',
                      'aria-label': s.confirmSuggestionLabel(labelOf(state, item), suggested!.score),
                      dataset: { key: `ov-confirm-${item.id}`, role: 'ov-confirm' },
                      onClick: () => {
                        dispatch({ type: 'confirmSuggestion', itemId: item.id });
                        // Keyboard users go on to the next suggestion still waiting.
                        const now = ctx.stateNow();
                        const next = now.scale.items
                          .slice(index + 1)
                          .find(
                            (other) =>
                              now.review?.items[other.id]?.suggested && now.review.items[other.id]!.consensus === null,
                          );
                        ctx.commands.focusKey(next ? `ov-confirm-${next.id}` : `ov-${item.id}`);
                      },
                    },
                    s.confirmSuggestion(suggested!.score),
                  )
                : null,
            );
          }),
        ),
      ),
    ),
    h('p', { class: 'ipsf-muted' }, s.saveTarget(state.sheet)),
  );
}
