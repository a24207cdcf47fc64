import type { Browser, Page } from 'playwright-core';
import { buildPreview, serveStatic, type PreviewBuild, type StaticServer } from '../e2e/build-preview';
import { launchChromium } from './chromium';

/** The preview page built, served on localhost and a Debian chromium to open it: the browser tests' setup. */
export interface PreviewInBrowser {
  readonly build: PreviewBuild;
  readonly server: StaticServer;
  readonly browser: Browser;
}

/** Builds (or reuses) the preview, serves it and launches chromium; call in beforeAll. */
export async function openPreviewInBrowser(): Promise<PreviewInBrowser> {
  const build = await buildPreview();
  const server = await serveStatic(build.dir);
  const browser = await launchChromium();
  return { build, server, browser };
}

/** Closes what openPreviewInBrowser opened (any part may be missing when beforeAll failed); call in afterAll. */
export async function closePreviewInBrowser(opened: Partial<PreviewInBrowser>): Promise<void> {
  await opened.browser?.close();
  await opened.server?.close();
  opened.build?.cleanup();
}

/** Collects the page's uncaught errors (and console errors unless told not to) into `errors`. */
export function collectPageErrors(page: Page, errors: string[], options: { console?: boolean } = {}): void {
  page.on('pageerror', (error) => errors.push(error.message));
  if (options.console === false) return;
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
}
