import { itemLabel } from '../../core/scale/registry';
import { bulkEntries, undoable, type BulkKind } from '../bulk';
import { h, type Child } from '../dom';
import type { ViewContext } from '../context';

/**
 * The bulk steps in the views (bulk.ts): the button that lists and takes the step, and after it
 * a line saying what was done, with the items and «Angre».
 */
export function bulkButton(ctx: ViewContext, kind: BulkKind): Child {
  const { state, s } = ctx;
  const count = state.review ? bulkEntries(kind, state.review, state.scale).length : 0;
  if (count === 0) return null;
  const label = kind === 'agreed' ? s.useAllAgreed : s.confirmAllUnchanged;
  return h(
    'button',
    {
      type: 'button',
      class: 'ipsf-btn ipsf-primary',
      'aria-disabled': state.busy ? 'true' : undefined,
      dataset: { key: `bulk-${kind}`, role: `bulk-${kind}` },
      onClick: () => void ctx.commands.applyBulk(kind),
    },
    `${label} (${count})`,
  );
}

export function bulkDone(ctx: ViewContext, kind: BulkKind): Child {
  const { state, s } = ctx;
  const undo = state.bulkUndo;
  if (!state.review || !undo || undo.kind !== kind) return null;
  const changes = undoable(state.review, undo);
  if (changes.length === 0) return null;
  return h(
    'div',
    { class: 'ipsf-msg ipsf-msg-success ipsf-bulk-done', dataset: { role: `bulk-done-${kind}` } },
    h(
      'div',
      { class: 'ipsf-grow' },
      h('p', null, kind === 'agreed' ? s.bulkDoneAgreed(changes.length) : s.bulkDoneUnchanged(changes.length)),
      h(
        'details',
        { dataset: { key: `bulk-which-${kind}` } },
        h('summary', null, s.bulkShowWhich),
        h(
          'ul',
          { dataset: { role: `bulk-list-${kind}` } },
          changes.map((change) => {
            const item = state.scale.items.find((candidate) => candidate.id === change.itemId)!;
            return h(
              'li',
              null,
              s.bulkLine(itemLabel(item, state.language, state.scale), item.name[state.language], change.score),
            );
          }),
        ),
      ),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'ipsf-btn ipsf-small',
        dataset: { key: `bulk-undo-${kind}`, role: `bulk-undo-${kind}` },
        onClick: () => ctx.commands.undoBulk(),
      },
      s.undo,
    ),
  );
}
