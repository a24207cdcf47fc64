import { LANGUAGES } from '../../core/text';
import { h, type Child } from '../dom';
import type { ViewContext } from '../context';
import { currentItem, labelOf, pendingCount, totalsView, type View } from '../state';

/** Title bar: what is open, and the language switch. */
export function titleBar(ctx: ViewContext): Child {
  const { state, s, dispatch } = ctx;
  const review = state.review;
  return h(
    'div',
    { class: 'ipsf-bar' },
    h(
      'div',
      { class: 'ipsf-grow' },
      h('h1', { title: s.appTitle }, s.appTitle),
      review
        ? h(
            'p',
            { class: 'ipsf-muted', dataset: { role: 'review-of' } },
            s.reviewOf(review.service, review.team, review.date),
            state.dirty ? [' · ', h('span', { class: 'ipsf-unsaved', dataset: { role: 'unsaved' } }, s.unsaved)] : null,
          )
        : null,
    ),
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

/** View switch, save and back to start. */
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
    h('span', { class: 'ipsf-grow' }),
    h(
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
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'ipsf-btn ipsf-subtle',
        'aria-pressed': String(state.view === 'inputs'),
        dataset: { key: 'view-inputs' },
        onClick: () => dispatch({ type: 'setView', view: state.view === 'inputs' ? 'item' : 'inputs' }),
      },
      s.inputsTab,
    ),
    h('button', { type: 'button', class: 'ipsf-btn ipsf-subtle', dataset: { key: 'back' }, onClick: () => void ctx.commands.backToStart() }, s.backToStart),
  );
}

/** The live total and level; an incomplete review shows what is missing, never a 0. */
export function totalBar(ctx: ViewContext): Child {
  const { state, s, dispatch } = ctx;
  if (!state.review) return null;
  const totals = totalsView(state.review, state.language, state.scale);
  const count = state.scale.items.length;
  const pending = pendingCount(state);
  const headline = totals.complete
    ? [
        h('span', null, s.total, ': '),
        h('span', { class: 'ipsf-total-num', dataset: { role: 'total' } }, String(totals.total)),
        h('span', { class: 'ipsf-muted' }, ` / ${count * 5}`),
        h('span', { class: 'ipsf-total-level', dataset: { role: 'level' } }, totals.level),
      ]
    : [
        h('span', null, s.total, ': '),
        h('span', { class: 'ipsf-total-missing', dataset: { role: 'total' } }, s.missingSummary(totals.missing.length, count)),
      ];
  return h(
    'div',
    { class: 'ipsf-total' },
    h('div', { class: 'ipsf-row', 'aria-live': 'polite', 'aria-atomic': 'true' }, headline),
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
    !totals.complete
      ? h(
          'details',
          { dataset: { key: 'details-missing' } },
          h('summary', null, s.missingItems, ' ', String(totals.missing.length)),
          h(
            'div',
            { class: 'ipsf-row', dataset: { role: 'missing' } },
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
        )
      : null,
    h(
      'details',
      { dataset: { key: 'details-subtotals' } },
      h('summary', null, s.sectionSubtotals),
      h(
        'div',
        { class: 'ipsf-subtotals', dataset: { role: 'subtotals' } },
        totals.sections.map(({ section, items, scored, total }) => [
          h('span', null, section.name[state.language]),
          h('span', { dataset: { section: section.id } }, total === null ? s.sectionIncomplete(scored, items.length) : String(total)),
        ]),
      ),
    ),
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
      { type: 'button', class: 'ipsf-btn', 'aria-disabled': String(state.itemIndex === 0), dataset: { key: 'nav-previous' }, onClick: () => dispatch({ type: 'previous' }) },
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
      { type: 'button', class: 'ipsf-btn', 'aria-disabled': String(state.itemIndex >= count - 1), dataset: { key: 'nav-next' }, onClick: () => dispatch({ type: 'next' }) },
      s.next,
      ' ›',
    ),
  );
}
