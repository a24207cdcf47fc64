import { LANGUAGES } from '../../core/text';
import { h, type Child } from '../dom';
import type { ViewContext } from '../context';
import { currentItem, labelOf, pendingCount, totalsView, type View } from '../state';

/**
 * The header's first line: back to the start, what is open (one line, cut with … and whole in its
 * tooltip), save, and the language switch. The header stays a few lines high (issue 11 #7): the
 * pane is often 360 × 800 and the item is what the user reads.
 */
export function titleBar(ctx: ViewContext): Child {
  const { state, s, dispatch } = ctx;
  const review = state.review;
  const of = review ? s.reviewOf(review.service, review.team, review.date) : '';
  return h(
    'div',
    { class: 'ipsf-bar' },
    review
      ? h(
          'button',
          {
            type: 'button',
            class: 'ipsf-btn ipsf-subtle ipsf-back',
            title: s.backToStart,
            dataset: { key: 'back' },
            onClick: () => void ctx.commands.backToStart(),
          },
          '‹ ',
          s.backToStart,
        )
      : null,
    h(
      'div',
      { class: 'ipsf-grow ipsf-title' },
      h('h1', { title: s.appTitle, class: review ? 'ipsf-sr' : undefined }, s.appTitle),
      review
        ? h(
            'p',
            { class: 'ipsf-review-of', title: of, dataset: { role: 'review-of' } },
            of,
            state.dirty ? [' · ', h('span', { class: 'ipsf-unsaved', dataset: { role: 'unsaved' } }, s.unsaved)] : null,
          )
        : null,
    ),
    review ? saveButton(ctx) : null,
    h(
      'div',
      { class: 'ipsf-seg', role: 'group', 'aria-label': s.languageLabel },
      LANGUAGES.map((language) =>
        h(
          'button',
          {
            type: 'button',
            class: 'ipsf-btn',
            lang: language,
            'aria-pressed': String(state.language === language),
            dataset: { key: `lang-${language}`, language },
            onClick: () => dispatch({ type: 'setLanguage', language }),
          },
          language === 'nb' ? 'NB' : 'EN',
          h('span', { class: 'ipsf-sr' }, ` ${s.languageNames[language]}`),
        ),
      ),
    ),
  );
}

function saveButton(ctx: ViewContext): HTMLElement {
  const { state, s } = ctx;
  return h(
    'button',
    {
      type: 'button',
      class: 'ipsf-btn ipsf-primary',
      'aria-disabled': state.busy ? 'true' : undefined,
      'aria-busy': state.busyWith === 'save' ? 'true' : undefined,
      title: `${s.save}. ${s.saveTarget(state.sheet)}`,
      'aria-label': state.busyWith === 'save' ? s.saving : `${s.save}. ${s.saveTarget(state.sheet)}`,
      dataset: { key: 'save', role: 'save' },
      onClick: () => void ctx.commands.save(),
    },
    state.busyWith === 'save' ? s.saving : s.saveShort,
  );
}

/** The views, and the input tables beside them. */
export function reviewBar(ctx: ViewContext): Child {
  const { state, s, dispatch } = ctx;
  if (!state.review) return null;
  const tab = (view: View, label: string) =>
    h(
      'button',
      {
        type: 'button',
        class: 'ipsf-btn',
        // Rater mode is part of the consensus work.
        'aria-pressed': String(state.view === view || (view === 'consensus' && state.view === 'rater')),
        dataset: { key: `view-${view}` },
        onClick: () => dispatch({ type: 'setView', view }),
      },
      label,
    );
  return h(
    'div',
    { class: 'ipsf-tabs' },
    h(
      'div',
      { class: 'ipsf-seg ipsf-views', role: 'group', 'aria-label': s.viewsLabel },
      tab('item', s.tabItem),
      tab('overview', s.tabOverview),
      tab('consensus', s.tabConsensus),
      tab('report', s.tabReport),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'ipsf-btn ipsf-subtle ipsf-inputs-tab',
        'aria-pressed': String(state.view === 'inputs'),
        dataset: { key: 'view-inputs' },
        onClick: () => dispatch({ type: 'setView', view: state.view === 'inputs' ? 'item' : 'inputs' }),
      },
      s.inputsTab,
    ),
  );
}

/**
 * The live total and level on one line; an incomplete review shows what is missing, never a 0
 * (the count opens the list of the items without a score), and the subtotals open beside it.
 */
export function totalBar(ctx: ViewContext): Child {
  const { state, s, dispatch } = ctx;
  if (!state.review) return null;
  const totals = totalsView(state.review, state.language, state.scale);
  const count = state.scale.items.length;
  const pending = pendingCount(state);
  const headline = totals.complete
    ? h(
        'div',
        { class: 'ipsf-total-line', 'aria-live': 'polite', 'aria-atomic': 'true' },
        h('span', null, s.total, ': '),
        h('span', { class: 'ipsf-total-num', dataset: { role: 'total' } }, String(totals.total)),
        h('span', { class: 'ipsf-muted' }, ` / ${count * 5} `),
        h('span', { class: 'ipsf-total-level', dataset: { role: 'level' } }, totals.level),
      )
    : h(
        'details',
        { class: 'ipsf-total-line', dataset: { key: 'details-missing' } },
        h(
          'summary',
          { 'aria-live': 'polite', 'aria-atomic': 'true' },
          h('span', null, s.total, ': '),
          h(
            'span',
            { class: 'ipsf-total-missing', dataset: { role: 'total' } },
            s.missingSummary(totals.missing.length, count),
          ),
        ),
        h(
          'div',
          { class: 'ipsf-total-more ipsf-row' },
          h('span', { class: 'ipsf-muted' }, s.missingItems),
          h(
            'span',
            { class: 'ipsf-row ipsf-missing', dataset: { role: 'missing' } },
            totals.missing.map((item) =>
              h(
                'button',
                {
                  type: 'button',
                  class: 'ipsf-btn ipsf-subtle ipsf-small',
                  dataset: { key: `missing-${item.id}` },
                  onClick: () => {
                    dispatch({ type: 'goto', index: state.scale.items.indexOf(item) });
                    ctx.commands.focusKey('item-name');
                  },
                },
                labelOf(state, item),
              ),
            ),
          ),
        ),
      );
  return h(
    'div',
    { class: 'ipsf-total' },
    headline,
    h(
      'details',
      { class: 'ipsf-subtotals-toggle', dataset: { key: 'details-subtotals' } },
      h('summary', null, s.sectionSubtotals),
      h(
        'div',
        { class: 'ipsf-subtotals ipsf-total-more', dataset: { role: 'subtotals' } },
        totals.sections.map(({ section, items, scored, total }) => [
          h('span', null, section.name[state.language]),
          h(
            'span',
            { dataset: { section: section.id } },
            total === null ? s.sectionIncomplete(scored, items.length) : String(total),
          ),
        ]),
      ),
    ),
    pending > 0
      ? h(
          'button',
          {
            type: 'button',
            class: 'ipsf-btn ipsf-subtle ipsf-small ipsf-pending',
            dataset: { key: 'pending-suggestions', role: 'pending-suggestions' },
            onClick: () => dispatch({ type: 'setView', view: 'overview' }),
          },
          s.suggestionsPending(pending),
        )
      : null,
  );
}

/** Previous / next, with the position announced. */
export function itemNav(ctx: ViewContext): Child {
  const { state, s, dispatch } = ctx;
  if (!state.review || (state.view !== 'item' && state.view !== 'rater')) return null;
  const count = state.scale.items.length;
  const item = currentItem(state);
  return h(
    'nav',
    { class: 'ipsf-nav', 'aria-label': s.itemNavLabel },
    h(
      'button',
      {
        type: 'button',
        class: 'ipsf-btn',
        'aria-disabled': String(state.itemIndex === 0),
        dataset: { key: 'nav-previous' },
        onClick: () => dispatch({ type: 'previous' }),
      },
      '‹ ',
      s.previous,
    ),
    h(
      'span',
      { class: 'ipsf-nav-pos', 'aria-live': 'polite', dataset: { role: 'position' } },
      s.position(state.itemIndex + 1, count),
      h('span', { class: 'ipsf-sr' }, `: ${labelOf(state, item)}`),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'ipsf-btn',
        'aria-disabled': String(state.itemIndex >= count - 1),
        dataset: { key: 'nav-next' },
        onClick: () => dispatch({ type: 'next' }),
      },
      s.next,
      ' ›',
    ),
  );
}

/** From the input tables back to where the user came from (the start screen has no tabs). */
export function inputsBackBar(ctx: ViewContext): Child {
  if (ctx.state.review) return null;
  return h(
    'div',
    null,
    h(
      'button',
      {
        type: 'button',
        class: 'ipsf-btn ipsf-subtle',
        dataset: { key: 'inputs-back' },
        onClick: () => ctx.dispatch({ type: 'setView', view: 'item' }),
      },
      '‹ ',
      ctx.s.backToStart,
    ),
  );
}
