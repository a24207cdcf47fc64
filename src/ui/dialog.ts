import { h } from './dom';

export interface DialogContent {
  readonly title: string;
  readonly intro?: string;
  readonly lines?: readonly string[];
  readonly more?: string;
  readonly question?: string;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  /** A third answer between Cancel and Confirm (askDialog answers 'alternative'). */
  readonly alternativeLabel?: string;
}

/** What the user answered: the confirm button, the alternative, or Cancel (also Escape). */
export type DialogAnswer = 'confirm' | 'alternative' | 'cancel';

/** showDialog with a yes/no answer: true only for the confirm button. */
export function showDialog(
  layer: HTMLElement,
  inertElements: readonly HTMLElement[],
  content: DialogContent,
  prefix: string,
): Promise<boolean> {
  return askDialog(layer, inertElements, content, prefix).then((answer) => answer === 'confirm');
}

/**
 * An in-pane modal confirm dialog (task panes and sidebars cannot rely on window.confirm).
 * Focus starts on Cancel, Tab stays inside, Escape cancels; the rest of the pane is inert
 * meanwhile, and focus returns to where it was.
 */
export function askDialog(
  layer: HTMLElement,
  inertElements: readonly HTMLElement[],
  content: DialogContent,
  prefix: string,
): Promise<DialogAnswer> {
  return new Promise((resolve) => {
    const previous = document.activeElement as HTMLElement | null;
    const titleId = `${prefix}-dialog-title`;
    const bodyId = `${prefix}-dialog-body`;
    let done = false;
    const close = (answer: DialogAnswer) => {
      if (done) return;
      done = true;
      overlay.remove();
      for (const element of inertElements) {
        element.removeAttribute('inert');
        element.removeAttribute('aria-hidden');
      }
      if (previous && previous.isConnected) previous.focus({ preventScroll: true });
      resolve(answer);
    };
    const button = (answer: DialogAnswer, label: string, primary = false) =>
      h(
        'button',
        {
          type: 'button',
          class: primary ? 'ipsf-btn ipsf-primary' : 'ipsf-btn',
          dataset: { role: `dialog-${answer}` },
          onClick: () => close(answer),
        },
        label,
      );
    const cancel = button('cancel', content.cancelLabel);
    const confirm = button('confirm', content.confirmLabel, true);
    const alternative = content.alternativeLabel ? button('alternative', content.alternativeLabel) : null;
    const dialog = h(
      'div',
      {
        class: 'ipsf-dialog',
        role: 'alertdialog',
        'aria-modal': 'true',
        'aria-labelledby': titleId,
        'aria-describedby': bodyId,
        dataset: { role: 'dialog' },
      },
      h('h2', { id: titleId }, content.title),
      h(
        'div',
        { id: bodyId, class: 'ipsf-form' },
        content.intro ? h('p', null, content.intro) : null,
        content.lines && content.lines.length > 0
          ? h(
              'ul',
              { dataset: { role: 'dialog-lines' } },
              content.lines.map((line) => h('li', null, line)),
            )
          : null,
        content.more ? h('p', { class: 'ipsf-muted' }, content.more) : null,
        content.question ? h('p', null, h('strong', null, content.question)) : null,
      ),
      h('div', { class: 'ipsf-dialog-actions' }, cancel, alternative, confirm),
    );
    const overlay = h(
      'div',
      {
        class: 'ipsf-overlay',
        onKeydown: (event: Event) => {
          const key = event as KeyboardEvent;
          if (key.key === 'Escape') {
            event.preventDefault();
            close('cancel');
          } else if (key.key === 'Tab') {
            const focusables = alternative ? [cancel, alternative, confirm] : [cancel, confirm];
            const index = focusables.indexOf(document.activeElement as HTMLButtonElement);
            event.preventDefault();
            const next = key.shiftKey
              ? index <= 0
                ? focusables.length - 1
                : index - 1
              : (index + 1) % focusables.length;
            focusables[next]!.focus();
          }
        },
      },
      dialog,
    );
    for (const element of inertElements) {
      element.setAttribute('inert', '');
      element.setAttribute('aria-hidden', 'true');
    }
    layer.appendChild(overlay);
    cancel.focus();
  });
}
