/** Focus across re-renders: the pane re-renders whole areas, so focus and open <details> are kept by data-key. */

/** Set while preserving() puts focus back: a restored focus must not scroll (see keepFocusInView). */
let restoring = false;

/** Keeps focus (with caret) and open <details> across a re-render, by data-key. */
export function preserving(root: HTMLElement, render: () => void): void {
  const doc = root.ownerDocument;
  const active =
    doc.activeElement instanceof HTMLElement && root.contains(doc.activeElement) ? doc.activeElement : null;
  const key = active?.dataset['key'];
  const selection =
    active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement
      ? (() => {
          try {
            return [active.selectionStart, active.selectionEnd] as const;
          } catch {
            return null;
          }
        })()
      : null;
  const open = new Set(
    Array.from(root.querySelectorAll<HTMLDetailsElement>('details[data-key]'))
      .filter((d) => d.open)
      .map((d) => d.dataset['key']!),
  );
  render();
  for (const details of Array.from(root.querySelectorAll<HTMLDetailsElement>('details[data-key]'))) {
    if (open.has(details.dataset['key']!)) details.open = true;
  }
  if (key && (!doc.activeElement || doc.activeElement === doc.body || !root.contains(doc.activeElement))) {
    const target = findKey(root, key);
    if (target) {
      restoring = true;
      try {
        target.focus({ preventScroll: true });
      } finally {
        restoring = false;
      }
      if (
        selection &&
        selection[0] !== null &&
        (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)
      ) {
        try {
          target.setSelectionRange(selection[0], selection[1]);
        } catch {
          // Inputs without a caret (radio, date) have no selection.
        }
      }
    }
  }
}

/** The element of the pane with this data-key. */
export function findKey(root: HTMLElement, key: string): HTMLElement | null {
  return (
    Array.from(root.querySelectorAll<HTMLElement>('[data-key]')).find((element) => element.dataset['key'] === key) ??
    null
  );
}

/** Room kept between a focused control and the edge of what scrolls: its focus ring (2 px + 1 px offset). */
const RING = 4;

/**
 * Keeps the control the keyboard focuses whole in view in the area that scrolls (the pane's main
 * area, between the header and the item navigation). Chromium scrolls a focused text field only
 * as far as its caret: a textarea whose first line shows stayed cut off under the navigation.
 * Runs on focusin, before the browser's own scrolling (which then has nothing left to do); only
 * for keyboard focus (:focus-visible), so a click never moves what is under the pointer.
 * Returns the function that detaches it.
 */
export function keepFocusInView(root: HTMLElement): () => void {
  const onFocusIn = (event: FocusEvent) => {
    const target = event.target;
    if (restoring || !(target instanceof HTMLElement) || !isKeyboardFocus(target)) return;
    revealWhole(target);
  };
  root.addEventListener('focusin', onFocusIn);
  return () => root.removeEventListener('focusin', onFocusIn);
}

function isKeyboardFocus(element: HTMLElement): boolean {
  try {
    return element.matches(':focus-visible');
  } catch {
    return true; // an engine without :focus-visible
  }
}

/** Scrolls the nearest scrolling ancestor so the element (with its ring) is whole inside it. */
export function revealWhole(element: HTMLElement): void {
  const scroller = scrollingAncestor(element);
  if (!scroller) return;
  const box = element.getBoundingClientRect();
  const area = scroller.getBoundingClientRect();
  const top = area.top + scroller.clientTop;
  const bottom = top + scroller.clientHeight;
  let delta = 0;
  if (box.height + 2 * RING > bottom - top || box.top - RING < top) delta = box.top - RING - top;
  else if (box.bottom + RING > bottom) delta = box.bottom + RING - bottom;
  if (delta !== 0) scroller.scrollTop += delta;
}

function scrollingAncestor(element: HTMLElement): HTMLElement | null {
  const view = element.ownerDocument.defaultView;
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (node.scrollHeight <= node.clientHeight) continue;
    const overflow = view?.getComputedStyle(node).overflowY ?? '';
    if (overflow === 'auto' || overflow === 'scroll') return node;
  }
  return null;
}
