/** Focus across re-renders: the pane re-renders whole areas, so focus and open <details> are kept by data-key. */

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
      target.focus({ preventScroll: true });
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
