import type { ViewContext } from './context';
import { replaceChildren } from './dom';
import { findKey } from './focus';
import { correctionDialog } from './views/correction';

/**
 * The correction dialog's layer: rendered from state (its reason field is typed into like any
 * other). While it is open the rest of the pane is inert; focus goes into it and, when it closes,
 * back to where it was.
 */
export function modalRenderer(root: HTMLElement, modal: HTMLElement, behind: readonly HTMLElement[]) {
  /** Key of the element to return to when the correction dialog closes. */
  let correctionReturn: string | undefined;

  return function renderModal(ctx: ViewContext): void {
    const open = ctx.state.correction !== null;
    const wasOpen = modal.childElementCount > 0;
    const active = root.ownerDocument.activeElement as HTMLElement | null;
    if (open && !wasOpen) correctionReturn = active?.dataset?.['key'];
    const focusedInside = wasOpen && active && modal.contains(active) ? active.dataset['key'] : undefined;
    replaceChildren(modal, correctionDialog(ctx));
    if (open && wasOpen) {
      // After a refused attempt the first field to fix gets focus; otherwise focus stays where it was.
      const invalid = modal.querySelector<HTMLElement>('[aria-invalid="true"]');
      const target = invalid ?? (focusedInside ? findKey(root, focusedInside) : null);
      target?.focus({ preventScroll: true });
    }
    for (const element of behind) {
      if (open) {
        element.setAttribute('inert', '');
        element.setAttribute('aria-hidden', 'true');
      } else if (wasOpen) {
        element.removeAttribute('inert');
        element.removeAttribute('aria-hidden');
      }
    }
    if (open && !wasOpen) findKey(root, 'correction-reason')?.focus();
    if (!open && wasOpen && correctionReturn) {
      const key = correctionReturn;
      correctionReturn = undefined;
      findKey(root, key)?.focus({ preventScroll: true });
    }
  };
}
