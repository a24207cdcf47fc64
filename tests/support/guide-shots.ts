/**
 * The user guide's screenshots: taken by tests/e2e/guide-screenshots.e2e.test.ts, linked from
 * docs/guide.<language>.md (checked by tests/docs/guide.test.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the pictures go; IPS_GUIDE_IMAGES=<dir> puts them elsewhere (to look without touching docs/). */
export const GUIDE_IMAGES = process.env['IPS_GUIDE_IMAGES']
  ? path.resolve(process.env['IPS_GUIDE_IMAGES'])
  : path.join(ROOT, 'docs/images');
/** The width of Excel's task pane and the Sheets sidebar, and a laptop's height. */
export const GUIDE_VIEWPORT = { width: 360, height: 800 } as const;
/** The pictures each language's guide shows, in the order the walk takes them. */
export const GUIDE_SHOTS = [
  'start',
  'item',
  'rater-mode',
  'consensus',
  'overview',
  'report',
  'history',
  'repeat',
  'inputs',
  'import-privacy',
] as const;
export type GuideShot = (typeof GUIDE_SHOTS)[number];
export const GUIDE_LANGUAGES = ['nb', 'en'] as const;

/** The picture's file name, relative to docs/ as the guide links it. */
export function guideImageLink(language: string, shot: GuideShot): string {
  return `images/${language}-${shot}.png`;
}

/** The preview's pane alone, filling the page: how Excel's task pane and the Sheets sidebar show it. */
export const PANE_ONLY_CSS =
  '.preview-banner, #grid { display: none !important; } .preview-layout { display: block !important; } #pane { width: 100% !important; height: 100vh !important; border: 0 !important; box-shadow: none !important; scrollbar-width: none; }';
