/**
 * What the sidebar runs: opening it (a menu item), and the Workbook operations it calls through
 * google.script.run. In Code.js this part is packed (scripts/build-gas.mjs) and unpacked only by an
 * execution that calls one of these, so that the executions of the custom functions
 * (functions-main.ts) do not parse it.
 */
import type { ServerEndpoints } from '../shared/protocol';
import { liveServices } from './live-services';
import { openSidebar } from './open-sidebar';
import { workbookServer } from './workbook-server';

function server(): ServerEndpoints {
  return workbookServer(liveServices());
}

/** Menu «Åpne IPS-panelet». */
export function showSidebar(): void {
  openSidebar(liveServices());
}

// The Workbook operations, called by the sidebar through google.script.run.
export const ipsListSheets: ServerEndpoints['ipsListSheets'] = () => server().ipsListSheets();
export const ipsReadSheet: ServerEndpoints['ipsReadSheet'] = (name) => server().ipsReadSheet(name);
export const ipsReadSheets: ServerEndpoints['ipsReadSheets'] = (names) => server().ipsReadSheets(names);
export const ipsReadTargets: ServerEndpoints['ipsReadTargets'] = (plans) => server().ipsReadTargets(plans);
export const ipsWrite: ServerEndpoints['ipsWrite'] = (plans) => server().ipsWrite(plans);
export const ipsAppendRow: ServerEndpoints['ipsAppendRow'] = (request) => server().ipsAppendRow(request);
export const ipsWriteCharts: ServerEndpoints['ipsWriteCharts'] = (charts, language) =>
  server().ipsWriteCharts(charts, language);
export const ipsActivate: ServerEndpoints['ipsActivate'] = (name) => server().ipsActivate(name);
export const ipsShowChart: ServerEndpoints['ipsShowChart'] = (sheet, chartId) => server().ipsShowChart(sheet, chartId);
export const ipsShowReport: ServerEndpoints['ipsShowReport'] = (html, title, language) =>
  server().ipsShowReport(html, title, language);
