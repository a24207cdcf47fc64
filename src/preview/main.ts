import { sampleReview } from '../core/review/sample';
import { IPS_25 } from '../core/scale/ips25';
import { provideScaleTexts } from '../core/scale/registry';
import { scoreSheetPlan } from '../core/sheets/score-sheet';
import type { Language } from '../core/text';
import { mountApp, type AppHandle } from '../ui/app';
import { sheetNameFor } from '../ui/state';
import { MemoryWorkbook } from './memory-workbook';

/**
 * The preview page: the pane (as in Excel's task pane or the Sheets sidebar) next to a grid of
 * an in-memory workbook that already holds the manual's sample review as a score sheet. No
 * Office.js, no network. URL options: ?lang=en, ?latency=<ms per host call>.
 *
 * Marks: performance 'ips-pane-interactive' when the pane answers (bench/start.mjs reads it);
 * <html data-ready="true"> when the grid is there too (the browser tests wait for it).
 */

export interface PreviewGlobals {
  readonly workbook: MemoryWorkbook;
  readonly app: AppHandle;
  readonly sampleSheet: string;
}

declare global {
  interface Window {
    ipsPreview?: PreviewGlobals;
  }
}

function start(): void {
  const params = new URLSearchParams(window.location.search);
  const language: Language = params.get('lang') === 'en' ? 'en' : 'nb';
  const latencyMs = Math.max(0, Number(params.get('latency')) || 0);

  const workbook = new MemoryWorkbook({ latencyMs });
  const sample = sampleReview();
  const sampleSheet = sheetNameFor(sample.service, sample.team, sample.date);
  workbook.seed([scoreSheetPlan(sample, { sheet: sampleSheet, language })]);

  const pane = document.getElementById('pane');
  const grid = document.getElementById('grid');
  if (!pane || !grid) throw new Error('preview.html must have #pane and #grid');

  // The pane first: it is what a developer works in. The grid (its cells, formats and the
  // charts placed over them, a tenth of a second or more of layout) follows once the pane answers
  // and has been painted; it shows the same workbook, only a moment later. Its code is a chunk of
  // its own (preview-grid.js), fetched while the pane is built: the page's own script, parsed and
  // compiled before anything is shown, is smaller by the grid and the charts.
  const gridModule = import(/* webpackChunkName: "preview-grid" */ './grid');
  const app = mountApp(pane, workbook, { language });
  window.ipsPreview = { workbook, app, sampleSheet };
  void app.ready.then(() => {
    performance.mark('ips-pane-interactive');
    afterNextPaint(
      () =>
        void gridModule.then(({ GRID_STYLES, mountGrid }) => {
          const style = document.createElement('style');
          style.textContent = GRID_STYLES;
          document.head.appendChild(style);
          mountGrid(grid, workbook, { language });
          document.documentElement.dataset['ready'] = 'true';
        }),
    );
  });
}

/** Runs `work` in a task after the next frame is painted (at once in a task when the page is hidden: no frames). */
function afterNextPaint(work: () => void): void {
  if (document.visibilityState === 'hidden') setTimeout(work);
  else requestAnimationFrame(() => setTimeout(work));
}

// The preview carries the whole scale (a developer page: one file loads sooner than a file and a chunk).
provideScaleTexts(IPS_25);

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
