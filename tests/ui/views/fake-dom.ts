/** A tiny DOM, enough for the pane's h() helper: views rendered in node without a browser. */
import { afterAll, beforeAll } from 'vitest';

export class FakeNode {
  readonly childNodes: FakeNode[] = [];
  readonly attributes = new Map<string, string>();
  readonly dataset: Record<string, string> = {};
  value = '';
  checked = false;
  constructor(readonly text = '') {}
  get firstChild(): FakeNode | undefined {
    return this.childNodes[0];
  }
  appendChild(child: FakeNode): FakeNode {
    this.childNodes.push(child);
    return child;
  }
  removeChild(child: FakeNode): void {
    this.childNodes.splice(this.childNodes.indexOf(child), 1);
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  addEventListener(): void {}
  /** Text a person can see or hear: text nodes, and the attributes read out or shown as tips. */
  visibleText(): string {
    const attributes = ['aria-label', 'title', 'placeholder'].map((name) => this.attributes.get(name) ?? '');
    return [this.text, ...attributes, ...this.childNodes.map((child) => child.visibleText())].join(' ');
  }
  /** The text of the first element (this one or below) with data-role `role`, or undefined. */
  textOfRole(role: string): string | undefined {
    if (this.dataset.role === role)
      return this.visibleText()
        .replace(/[ \t\n]+/g, ' ')
        .trim();
    for (const child of this.childNodes) {
      const found = child.textOfRole(role);
      if (found !== undefined) return found;
    }
    return undefined;
  }
}

/** Puts the fake document in place for the file's tests, and the real one (if any) back after. */
export function useFakeDocument(): void {
  const globals = globalThis as unknown as { document?: unknown };
  let previousDocument: unknown;
  beforeAll(() => {
    previousDocument = globals.document;
    globals.document = {
      createElement: () => new FakeNode(),
      createTextNode: (text: string) => new FakeNode(text),
    };
  });
  afterAll(() => {
    globals.document = previousDocument;
  });
}
