import { compareRaters, raterAgreement, type AgreementResult, type ItemComparison } from '../../core/review/consensus';
import type { ItemDefinition, Score } from '../../core/scale/types';
import { h, type Child } from '../dom';
import type { ViewContext } from '../context';
import { agreementPair, labelOf } from '../state';
import { raterProgress, scoreNow } from '../workflow';
import { bulkButton, bulkDone } from './bulk';
import { scoreRadios } from './common';

/**
 * The consensus meeting: where the raters differ, the important disagreements first (across 3|4
 * or 4|5), each with the raters' scores, the anchors of those scores side by side, the agreed
 * score and a note. Nothing is averaged or filled in: an item gets a consensus only when someone
 * chooses it. Also: each rater's progress and rater mode, and the agreement of two raters.
 */
export function consensusView(ctx: ViewContext): Child {
  const { state, s, prefix } = ctx;
  const review = state.review!;
  const comparison = compareRaters(review, state.scale);
  const itemOf = (id: string) => state.scale.items.find((item) => item.id === id)!;
  const unanimous = comparison.items.filter(
    (entry) => entry.unanimous !== null && scoreNow(review, entry.itemId) === null,
  );

  return h(
    'div',
    { class: 'ipsf-consensus', dataset: { role: 'consensus-view' } },
    h('h2', null, s.consensusHeading),
    h('p', { class: 'ipsf-muted' }, s.consensusIntro),
    review.raters.length < 2
      ? h(
          'p',
          { class: 'ipsf-msg ipsf-msg-warning', role: 'note', dataset: { role: 'few-raters' } },
          h('span', null, s.warnFewRaters(review.raters.length)),
        )
      : null,
    ratersCard(ctx),
    agreementCard(ctx),
    h(
      'section',
      { 'aria-labelledby': `${prefix}-dis-h`, class: 'ipsf-stack' },
      h('h3', { id: `${prefix}-dis-h` }, s.disagreementsHeading(comparison.disagreements.length)),
      comparison.disagreements.length === 0
        ? h('p', { class: 'ipsf-muted', dataset: { role: 'no-disagreements' } }, s.noDisagreements)
        : h(
            'ol',
            { class: 'ipsf-stack', dataset: { role: 'disagreements' } },
            comparison.disagreements.map((entry) => h('li', null, disagreementCard(ctx, entry, itemOf(entry.itemId)))),
          ),
    ),
    bulkDone(ctx, 'agreed'),
    unanimous.length > 0
      ? h(
          'section',
          { 'aria-labelledby': `${prefix}-una-h`, class: 'ipsf-card' },
          h('h3', { id: `${prefix}-una-h` }, s.unanimousHeading(unanimous.length)),
          h('p', { class: 'ipsf-muted' }, s.unanimousIntro),
          h('div', null, bulkButton(ctx, 'agreed')),
          h(
            'ul',
            { class: 'ipsf-stack', dataset: { role: 'unanimous' } },
            unanimous.map((entry, position) => {
              const item = itemOf(entry.itemId);
              const score = entry.unanimous!;
              // Keyboard users go on to the next item of the list (this one leaves it).
              const following = unanimous[position + 1] ?? unanimous[position - 1];
              return h(
                'li',
                { class: 'ipsf-row' },
                h(
                  'span',
                  { class: 'ipsf-grow' },
                  h('strong', null, labelOf(state, item)),
                  ' ',
                  item.name[state.language],
                ),
                h(
                  'button',
                  {
                    type: 'button',
                    class: 'ipsf-btn ipsf-small',
                    'aria-label': `${s.useScore(score)}: ${labelOf(state, item)}`,
                    dataset: { key: `unanimous-${item.id}` },
                    onClick: () => {
                      ctx.commands.useScore(item.id, score);
                      if (following) ctx.commands.focusKey(`unanimous-${following.itemId}`);
                    },
                  },
                  s.useScore(score),
                ),
              );
            }),
          ),
        )
      : null,
    missingCard(ctx),
  );
}

function ratersCard(ctx: ViewContext): Child {
  const { state, s, prefix, dispatch } = ctx;
  const review = state.review!;
  if (review.raters.length === 0) return null;
  const count = state.scale.items.length;
  return h(
    'section',
    { class: 'ipsf-card', 'aria-labelledby': `${prefix}-raters-mode-h` },
    h('h3', { id: `${prefix}-raters-mode-h` }, s.ratersHeading),
    h(
      'ul',
      { class: 'ipsf-stack' },
      review.raters.map((rater) =>
        h(
          'li',
          { class: 'ipsf-row' },
          h(
            'span',
            { class: 'ipsf-grow' },
            h('strong', null, rater.name || rater.id),
            h(
              'span',
              { class: 'ipsf-muted', dataset: { role: `progress-${rater.id}` } },
              ` · ${s.raterProgress(raterProgress(review, rater.id, state.scale), count)}`,
            ),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'ipsf-btn ipsf-small',
              dataset: { key: `rater-mode-${rater.id}` },
              onClick: () => {
                dispatch({ type: 'setRaterMode', raterId: rater.id });
                ctx.commands.focusKey('rater-item-name');
              },
            },
            s.startRaterMode(rater.name || rater.id),
          ),
        ),
      ),
    ),
  );
}

function agreementCard(ctx: ViewContext): Child {
  const { state, s, prefix, dispatch } = ctx;
  const review = state.review!;
  const pair = agreementPair(state);
  if (!pair) return null;
  const select = (index: 0 | 1, label: string) => {
    const id = `${prefix}-agree-${index}`;
    return h(
      'div',
      { class: 'ipsf-field ipsf-grow' },
      h('label', { for: id }, label),
      h(
        'select',
        {
          id,
          class: 'ipsf-input',
          dataset: { key: `agree-${index}` },
          onChange: (event: Event) =>
            dispatch({ type: 'setAgreementPair', index, raterId: (event.target as HTMLSelectElement).value }),
        },
        review.raters.map((rater) =>
          h('option', { value: rater.id, selected: rater.id === pair[index] }, rater.name || rater.id),
        ),
      ),
    );
  };
  let body: Child;
  if (pair[0] === pair[1]) {
    body = h('p', { class: 'ipsf-msg ipsf-msg-warning' }, h('span', null, s.agreementSame));
  } else {
    const result: AgreementResult = raterAgreement(review, pair[0], pair[1], state.scale);
    const kappa =
      result.kappa !== null
        ? s.number(result.kappa, { decimals: 2, fixed: true })
        : result.kappaUndefinedReason === 'noVariation'
          ? s.kappaNoVariation
          : s.kappaNoPairs;
    body = [
      h(
        'dl',
        { class: 'ipsf-facts', dataset: { role: 'agreement' } },
        h('dt', null, s.exactAgreement),
        h(
          'dd',
          { dataset: { role: 'exact-agreement' } },
          result.exact === null ? '–' : s.exactAgreementValue(s.percent(result.exact), result.agreements, result.pairs),
        ),
        h('dt', null, s.weightedKappa),
        h('dd', { dataset: { role: 'kappa' } }, kappa),
      ),
      result.excluded > 0 ? h('p', { class: 'ipsf-muted' }, s.agreementExcluded(result.excluded)) : null,
    ];
  }
  return h(
    'section',
    { class: 'ipsf-card', 'aria-labelledby': `${prefix}-agree-h` },
    h('h3', { id: `${prefix}-agree-h` }, s.agreementHeading),
    review.raters.length > 2
      ? h('div', { class: 'ipsf-row' }, select(0, s.agreementFirst), select(1, s.agreementSecond))
      : null,
    body,
  );
}

function disagreementCard(ctx: ViewContext, entry: ItemComparison, item: ItemDefinition): HTMLElement {
  const { state, s, prefix, dispatch } = ctx;
  const review = state.review!;
  const record = review.items[item.id];
  const label = labelOf(state, item);
  const agreed = scoreNow(review, item.id);
  const given = [
    ...new Set(entry.scores.map((score) => score.score).filter((score): score is Score => score !== null)),
  ].sort();
  const headingId = `${prefix}-dis-${item.id}`;
  const anchorId = (score: Score) => `${prefix}-dis-${item.id}-a${score}`;
  const important = entry.boundaries.filter((boundary) => boundary === '3|4' || boundary === '4|5');
  const noteId = `${prefix}-dis-${item.id}-note`;
  return h(
    'article',
    {
      class: 'ipsf-card ipsf-dis',
      'aria-labelledby': headingId,
      dataset: { role: 'disagreement-card', item: item.id, importance: entry.importance },
    },
    h(
      'header',
      { class: 'ipsf-item-head' },
      h('span', { class: 'ipsf-item-label' }, label),
      h('h4', { id: headingId, class: 'ipsf-dis-name' }, item.name[state.language]),
      h(
        'span',
        {
          class: entry.importance === 'high' ? 'ipsf-badge ipsf-badge-high' : 'ipsf-badge',
          dataset: { role: 'importance' },
        },
        entry.importance === 'high' ? s.importanceHigh(important.join(', ')) : s.importanceLow,
      ),
    ),
    h(
      'p',
      { dataset: { role: 'rater-scores' } },
      entry.scores.map((score, index) => [
        index > 0 ? ' · ' : '',
        s.raterGave(score.name || score.raterId, score.score === null ? s.noScoreShort : String(score.score)),
      ]),
    ),
    h(
      'div',
      { 'aria-label': s.anchorsInQuestion, role: 'group' },
      h(
        'ol',
        { class: 'ipsf-anchors-compare', dataset: { role: 'compare-anchors' } },
        given.map((score) =>
          h(
            'li',
            {
              id: anchorId(score),
              class: 'ipsf-anchor',
              dataset: { score: String(score), chosen: String(agreed === score) },
            },
            h('span', { class: 'ipsf-anchor-score' }, s.anchorScore(score)),
            h('span', { class: 'ipsf-anchor-text' }, item.anchors[score - 1]![state.language]),
          ),
        ),
      ),
    ),
    scoreRadios(ctx, {
      name: `${prefix}-agreed-${item.id}`,
      keyBase: `agreed-${item.id}`,
      legend: s.agreedScore,
      value: agreed,
      small: true,
      optionLabel: (score) => `${s.agreedScore} ${score}: ${label}`,
      describedBy: (score) => (given.includes(score) ? anchorId(score) : undefined),
      onChange: (score) => dispatch({ type: 'setConsensus', itemId: item.id, score }),
    }),
    h(
      'div',
      { class: 'ipsf-field' },
      h('label', { for: noteId }, s.consensusNote),
      h(
        'textarea',
        {
          id: noteId,
          class: 'ipsf-textarea',
          rows: 2,
          dataset: { key: `dis-note-${item.id}` },
          onInput: (event: Event) =>
            dispatch(
              {
                type: 'setText',
                itemId: item.id,
                field: 'consensusNote',
                value: (event.target as HTMLTextAreaElement).value,
              },
              { render: false },
            ),
        },
        record?.consensusNote ?? '',
      ),
    ),
    h(
      'div',
      { class: 'ipsf-row' },
      h(
        'span',
        {
          class: agreed === null ? 'ipsf-grow ipsf-total-missing' : 'ipsf-grow ipsf-ok',
          dataset: { role: 'resolution' },
        },
        agreed === null ? s.unresolved : `✓ ${s.resolved(agreed)}`,
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'ipsf-btn ipsf-subtle ipsf-small',
          dataset: { key: `dis-goto-${item.id}` },
          onClick: () => {
            dispatch({ type: 'goto', index: state.scale.items.indexOf(item) });
            ctx.commands.focusKey('item-name');
          },
        },
        s.goToItem(label),
      ),
    ),
  );
}

function missingCard(ctx: ViewContext): Child {
  const { state, s, prefix, dispatch } = ctx;
  const review = state.review!;
  const count = state.scale.items.length;
  const missing = review.raters
    .map((rater) => ({ rater, scored: raterProgress(review, rater.id, state.scale) }))
    .filter((entry) => entry.scored < count);
  if (missing.length === 0) return null;
  return h(
    'section',
    { class: 'ipsf-card', 'aria-labelledby': `${prefix}-miss-h`, dataset: { role: 'rater-missing' } },
    h('h3', { id: `${prefix}-miss-h` }, s.missingScoresHeading),
    h(
      'ul',
      { class: 'ipsf-stack' },
      missing.map(({ rater, scored }) =>
        h(
          'li',
          { class: 'ipsf-row' },
          h('span', { class: 'ipsf-grow' }, s.raterMissing(rater.name || rater.id, count - scored, count)),
          h(
            'button',
            {
              type: 'button',
              class: 'ipsf-btn ipsf-small',
              dataset: { key: `rater-missing-${rater.id}` },
              onClick: () => {
                dispatch({ type: 'setRaterMode', raterId: rater.id });
                ctx.commands.focusKey('rater-item-name');
              },
            },
            s.startRaterMode(rater.name || rater.id),
          ),
        ),
      ),
    ),
  );
}
