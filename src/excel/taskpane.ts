// Task pane entry (dist/taskpane.js), also the shared runtime's page: the same page loads
// functions.js first, so the pane and the IPS.* functions run in one JavaScript context.
// Opened outside Excel, the page says so instead of loading forever (taskpane-start.ts).
import { loadScaleTexts } from '../core/scale/registry';
import { mountApp } from '../ui/app';
import { startTaskpane, type OfficeLike } from './taskpane-start';
import { ExcelWorkbook } from './workbook';

const root = document.getElementById('app');
// Office.js may not have loaded at all (offline, blocked): then there is no Office global.
const office = typeof Office === 'undefined' ? undefined : (Office as unknown as OfficeLike);
// The scale's texts are a chunk of their own, shared with functions.js (loaded on first use there).
if (root)
  void loadScaleTexts().then(() =>
    startTaskpane(root, office, (language) => mountApp(root, new ExcelWorkbook(), { language, fillPage: true }), {
      browserLanguage: navigator.language,
    }),
  );
