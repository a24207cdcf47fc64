/**
 * The Google Sheets sidebar: the shared UI (src/ui/app.ts) over a Workbook that talks to the
 * server through google.script.run. scripts/build-gas.mjs bundles this file and inlines it into
 * dist/gas/Sidebar.html, which HtmlService serves as one file.
 */
import { loadScaleTexts } from '../../src/core/scale/registry';
import { mountApp } from '../../src/ui/app';
import { scriptRunWorkbook, type ScriptRunner } from './script-run-workbook';

declare const google: { readonly script: { readonly run: ScriptRunner } };

function start(): void {
  const root = document.getElementById('app') ?? document.body;
  mountApp(
    root,
    scriptRunWorkbook(() => google.script.run),
    { fillPage: true },
  );
}

// The scale's texts are inlined in Sidebar.html; loading them is one resolved promise.
const begin = () => void loadScaleTexts().then(start);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', begin);
else begin();
