// Task pane entry (dist/taskpane.js), also the shared runtime's page: the same page loads
// functions.js first, so the pane and the IPS.* functions run in one JavaScript context.
import { mountApp } from '../ui/app';
import { paneLanguage } from './language';
import { ExcelWorkbook } from './workbook';

const MESSAGES = {
  nb: { notExcel: 'Denne siden er IPS-ruten i Excel. Åpne den fra Excel, eller se preview.html i en nettleser.', failed: 'IPS-ruten kunne ikke starte: ' },
  en: { notExcel: 'This page is the IPS pane in Excel. Open it from Excel, or see preview.html in a browser.', failed: 'The IPS pane could not start: ' },
};

Office.onReady((info) => {
  const root = document.getElementById('app');
  if (!root) return;
  const language = paneLanguage(Office.context?.displayLanguage ?? navigator.language);
  if (info.host !== Office.HostType.Excel) {
    root.textContent = MESSAGES[language].notExcel;
    return;
  }
  try {
    mountApp(root, new ExcelWorkbook(), { language });
  } catch (error) {
    root.textContent = MESSAGES[language].failed + (error instanceof Error ? error.message : String(error));
    throw error;
  }
});
