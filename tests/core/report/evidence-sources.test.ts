/**
 * «Informasjonskilder» from the evidence log (issue 12): the manual's sample review, its evidence
 * log written to the «Kildelogg» sheet and read back, rendered as the report (HTML and sheet):
 * each item lists the sources that gave evidence and the informants' roles.
 */
import { describe, expect, it } from 'vitest';
import { readEvidenceEntry } from '../../../src/core/cycle/evidence';
import { evidenceSheetPlan, readEvidenceSheet } from '../../../src/core/cycle/evidence-sheet';
import { buildReport } from '../../../src/core/report/build';
import { itemEvidenceSources } from '../../../src/core/report/evidence-sources';
import { reportHtml } from '../../../src/core/report/html';
import { reportSheetPlan } from '../../../src/core/report/sheet';
import { sampleReview } from '../../../src/core/review/sample';
import { DEFAULT_SCALE } from '../../../src/core/scale/registry';
import { MemoryWorkbook } from '../../../src/preview/memory-workbook';

const ITEMS = DEFAULT_SCALE.items;
const LOG = [
  { item: 1, source: 'DOC', note: 'Porteføljeoversikter for alle jobbspesialister.' },
  { item: 1, source: 'INT', role: 'Jobbspesialist', note: 'Bekrefter 19 deltakere hver.' },
  { item: 1, source: 'INT', role: 'Metodeveileder', note: 'Samme tall.' },
  { item: 1, source: 'INT', role: 'jobbspesialist', note: 'En til bekreftet.' },
  { item: 2, source: 'OBS', role: '<b>Leder</b>', note: 'Teammøte observert.' },
  { item: 2, source: 'MIS', note: 'Timeregistrering.' },
].map((input, index) => readEvidenceEntry(input, index + 1));

async function logFromSheet() {
  const workbook = new MemoryWorkbook();
  const plan = evidenceSheetPlan({ reviewId: sampleReview().id, entries: LOG }, { language: 'nb' });
  await workbook.write([plan]);
  return readEvidenceSheet((await workbook.readSheet(plan.sheet))!).entries;
}

describe('«Informasjonskilder» from the evidence log', () => {
  it('lists per item the sources with evidence in the legend order, roles once each, never the unused ones', () => {
    expect(itemEvidenceSources(ITEMS[0]!.id, LOG, 'nb')).toEqual({
      codes: ['DOC', 'INT'],
      text: 'Dokumentgjennomgang (DOC); Intervju (INT): Jobbspesialist, Metodeveileder',
    });
    expect(itemEvidenceSources(ITEMS[1]!.id, LOG, 'en').text).toBe(
      'Management information system (MIS); Observation (OBS): <b>Leder</b>',
    );
    expect(itemEvidenceSources(ITEMS[2]!.id, LOG, 'nb')).toEqual({
      codes: [],
      text: 'Ingen kilder registrert i kildeloggen',
    });
  });

  it("the sample review's report with its evidence log read back from the sheet: HTML and report sheet", async () => {
    const evidence = await logFromSheet();
    const report = buildReport(sampleReview(), { language: 'nb', evidence });
    const first = report.sections[0]!.items[0]!;
    expect(first.sources).toBe('Dokumentgjennomgang (DOC); Intervju (INT): Jobbspesialist, Metodeveileder');
    expect(first.evidenceCodes).toEqual(['DOC', 'INT']);
    const html = reportHtml(report);
    expect(html).toContain('Dokumentgjennomgang (DOC); Intervju (INT): Jobbspesialist, Metodeveileder');
    expect(html).toContain('&lt;b&gt;Leder&lt;/b&gt;');
    expect(html).not.toContain('<b>Leder</b>');
    expect(html).toContain('Ingen kilder registrert i kildeloggen');
    const sheetText = reportSheetPlan(report, { sheet: 'Rapport' }).blocks.flatMap((block) => block.values.flat());
    expect(sheetText).toContain('Dokumentgjennomgang (DOC); Intervju (INT): Jobbspesialist, Metodeveileder');
  });

  it('without an evidence log the report keeps the sources the scale lists', () => {
    const report = buildReport(sampleReview(), { language: 'en' });
    const first = report.sections[0]!.items[0]!;
    expect(first.sources).toBe(ITEMS[0]!.sources.map((code) => DEFAULT_SCALE.dataSources[code]!.en).join(', '));
    expect(first.evidenceCodes).toBeUndefined();
  });
});
