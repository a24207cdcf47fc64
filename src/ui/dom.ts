/** A tiny hyperscript helper: enough DOM building for the pane without a framework. */

export type Child = Node | string | number | null | undefined | false | readonly Child[];

type Handler = (event: Event) => void;

export type Attrs = {
  readonly [name: string]: string | number | boolean | null | undefined | Handler | Readonly<Record<string, string>>;
};

/**
 * Creates an element. Attributes: `on<event>` functions become listeners, booleans set or omit
 * the attribute, `class`/`text` are shortcuts, `dataset` sets data-*. Properties that must be
 * set as properties (value, checked) are set as both.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (attrs) {
    for (const [name, value] of Object.entries(attrs)) {
      if (value === undefined || value === null || value === false) continue;
      if (typeof value === 'function') {
        element.addEventListener(name.slice(2).toLowerCase(), value as Handler);
      } else if (name === 'dataset' && typeof value === 'object') {
        for (const [key, data] of Object.entries(value)) element.dataset[key] = data;
      } else if (name === 'value') {
        (element as unknown as HTMLInputElement).value = String(value);
        element.setAttribute('value', String(value));
      } else if (name === 'checked') {
        (element as unknown as HTMLInputElement).checked = Boolean(value);
        element.setAttribute('checked', '');
      } else if (value === true) {
        element.setAttribute(name, '');
      } else {
        element.setAttribute(name, String(value));
      }
    }
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (typeof child === 'string' || typeof child === 'number')
      parent.appendChild(document.createTextNode(String(child)));
    else parent.appendChild(child as Node);
  }
}

/** Replaces an element's children. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, children);
}

let counter = 0;
/** A document-unique id prefix for one mounted pane. */
export function uniquePrefix(base: string): string {
  counter += 1;
  return `${base}${counter}`;
}
