import type { Score } from '../../core/scale/types';
import { SCORES } from '../../core/scale/types';
import { h, type Child } from '../dom';
import type { ViewContext } from '../context';
import { currentItem, labelOf } from '../state';
import { raterProgress } from '../workflow';

/**
 * Rater mode: one rater goes through the 25 items entering only their own score. The anchors are
 * the options (native radios: arrow keys choose, Tab leaves), and typing 1–5 anywhere in the pane
 * chooses and moves on (keyboard.ts). The other raters' scores and the consensus are not shown, so each rater
 * scores independently.
 */
export function raterView(ctx: ViewContext): Child {
  const { state, s, prefix, dispatch } = ctx;
  const review = state.review!;
  const rater = review.raters.find((candidate) => candidate.id === state.raterId);
  if (!rater) return null;
  const item = currentItem(state);
  const language = state.language;
  const value = review.items[item.id]?.raterScores[rater.id] ?? null;
  const count = state.scale.items.length;
  const scored = raterProgress(review, rater.id, state.scale);
  const headingId = `${prefix}-rater-item`;
  const groupName = `${prefix}-rater-mode`;

  const choose = (score: Score | null) =>
    dispatch({ type: 'setRaterScore', itemId: item.id, raterId: rater.id, score });

  const options: (Score | null)[] = [...SCORES, null];
  const group = h(
    'fieldset',
    { class: 'ipsf-field', dataset: { role: 'rater-score' } },
    h('legend', { class: 'ipsf-h' }, s.raterAnchorsLegend(rater.name)),
    h(
      'ol',
      { class: 'ipsf-anchor-options' },
      options.map((score) =>
        h(
          'li',
          null,
          h(
            'label',
            {
              class: 'ipsf-anchor-option',
              dataset: { chosen: String(value === score), score: score === null ? '' : String(score) },
            },
            h('input', {
              type: 'radio',
              name: groupName,
              value: score === null ? '' : String(score),
              checked: value === score,
              dataset: { key: `rater-mode-${score ?? 'none'}`, score: score === null ? '' : String(score) },
              onChange: (event: Event) => {
                if ((event.target as HTMLInputElement).checked) choose(score);
              },
            }),
            h(
              'span',
              null,
              h('span', { class: 'ipsf-anchor-score' }, score === null ? s.noScore : s.anchorScore(score)),
              score === null ? null : h('span', { class: 'ipsf-anchor-text' }, item.anchors[score - 1]![language]),
            ),
          ),
        ),
      ),
    ),
  );

  return h(
    'article',
    {
      class: 'ipsf-item',
      'aria-labelledby': headingId,
      dataset: { role: 'rater-view', item: item.id, rater: rater.id },
    },
    h(
      'header',
      { class: 'ipsf-item-head' },
      h(
        'div',
        { class: 'ipsf-row' },
        h(
          'span',
          { class: 'ipsf-grow', dataset: { role: 'rater-mode-of' } },
          h('strong', null, s.raterModeHeading(rater.name)),
        ),
        h('span', { class: 'ipsf-muted', dataset: { role: 'rater-progress' } }, s.raterProgress(scored, count)),
      ),
      h('span', { class: 'ipsf-item-label', dataset: { role: 'item-label' } }, labelOf(state, item)),
      h(
        'h2',
        {
          id: headingId,
          class: 'ipsf-item-name',
          tabindex: -1,
          dataset: { role: 'item-name', key: 'rater-item-name' },
        },
        item.name[language],
      ),
    ),
    h('p', { class: 'ipsf-muted' }, s.raterModeIntro),
    scored === count
      ? h(
          'p',
          { class: 'ipsf-msg ipsf-msg-success', dataset: { role: 'rater-done' } },
          h('span', null, s.raterDone(rater.name)),
        )
      : null,
    h(
      'section',
      { 'aria-label': s.criterion },
      h('p', { class: 'ipsf-criterion', dataset: { role: 'criterion' } }, item.criterion[language]),
    ),
    group,
    h(
      'div',
      null,
      h(
        'button',
        {
          type: 'button',
          class: 'ipsf-btn',
          dataset: { key: 'rater-mode-end' },
          onClick: () => dispatch({ type: 'setRaterMode', raterId: null }),
        },
        s.endRaterMode,
      ),
    ),
  );
}
