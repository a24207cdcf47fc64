// Types for scripts/markdown.mjs (imported by the tests).
export const SHIPPED_DOCS: readonly string[];
export function slug(text: string): string;
export function inline(text: string, link: (href: string) => string | null): string;
export function renderMarkdown(markdown: string, options?: { link?: (href: string) => string | null }): string;
export function renderPage(markdown: string, options: { file: string; shipped: readonly string[] }): string;
