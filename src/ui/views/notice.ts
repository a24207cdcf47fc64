import { h, type Child } from '../dom';
import type { ViewContext } from '../context';
import type { Notice } from '../state';

/**
 * A message in the header as one compact line (issue 11 #7): the first line of the text, «Vis
 * alt» to read the rest in place, and ✕ to dismiss it. Screen readers get the whole text (the
 * line is cut only visually). Which notices are open is remembered here, by the notice itself.
 */
const expanded = new WeakSet<Notice>();

export function noticeView(ctx: ViewContext, notice: Notice, onDismiss: () => void): Child {
  const { s } = ctx;
  const open = expanded.has(notice);
  const text = h('p', { class: 'ipsf-msg-text', dataset: { role: 'notice-text' } }, notice.text(s));
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'ipsf-btn ipsf-subtle ipsf-small',
      'aria-expanded': String(open),
      dataset: { key: 'notice-more', role: 'notice-more' },
      onClick: (event: Event) => {
        if (expanded.has(notice)) expanded.delete(notice);
        else expanded.add(notice);
        const box = (event.currentTarget as HTMLElement).closest<HTMLElement>('[data-role="notice"]');
        box?.setAttribute('data-expanded', String(expanded.has(notice)));
        (event.currentTarget as HTMLElement).setAttribute('aria-expanded', String(expanded.has(notice)));
        (event.currentTarget as HTMLElement).textContent = expanded.has(notice) ? s.noticeLess : s.noticeMore;
      },
    },
    open ? s.noticeLess : s.noticeMore,
  );
  return h(
    'div',
    {
      class: `ipsf-msg ipsf-msg-${notice.kind}`,
      dataset: { role: 'notice', kind: notice.kind, expanded: String(open) },
    },
    text,
    toggle,
    h(
      'button',
      {
        type: 'button',
        class: 'ipsf-btn ipsf-subtle ipsf-small',
        'aria-label': s.dismiss,
        title: s.dismiss,
        dataset: { key: 'notice-dismiss' },
        onClick: onDismiss,
      },
      '✕',
    ),
  );
}

/** Hides «Vis alt» when the whole message fits on its line (needs layout: call once it is in the page). */
export function fitNotice(container: HTMLElement): void {
  const box = container.querySelector<HTMLElement>('[data-role="notice"]');
  const text = box?.querySelector<HTMLElement>('[data-role="notice-text"]');
  const toggle = box?.querySelector<HTMLElement>('[data-role="notice-more"]');
  if (!box || !text || !toggle || box.dataset['expanded'] === 'true') return;
  toggle.hidden = text.scrollHeight <= text.clientHeight + 1 && text.scrollWidth <= text.clientWidth + 1;
}
