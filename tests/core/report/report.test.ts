import { describe, expect, test } from 'vitest';
import { buildReport, totalLine } from '../../../src/core/report/build';
import { formatDate } from '../../../src/core/report/labels';
import { setConsensus } from '../../../src/core/review/consensus';
import { correctSavedReview } from '../../../src/core/review/corrections';
import type { Review } from '../../../src/core/review/model';
import { confirmSuggestion, startRepeatReview } from '../../../src/core/review/repeat';
import { sampleReview, SAMPLE_SCORES } from '../../../src/core/review/sample';
import { DEFAULT_SCALE } from '../../../src/core/scale/registry';
import type { Score } from '../../../src/core/scale/types';

const ITEMS = DEFAULT_SCALE.items;
const id = (sheetNumber: number) => ITEMS[sheetNumber - 1]!.id;
const at5 = ITEMS.filter((_, index) => SAMPLE_SCORES[index] === 5).map((item) => item.id);

describe("the report of the manual's sample review (nb)", () => {
  const review = sampleReview();
  const report = buildReport(review, { language: 'nb' });

  test('header: service, team, date, evaluators', () => {
    expect(report.title).toBe('IPS-evalueringsrapport');
    expect(report.header).toEqual({
      reviewId: 'sample-2025-06-07',
      service: 'Fiktiv Organisasjon',
      team: 'IPS-teamet',
      date: '2025-06-07',
      dateText: '7. juni 2025',
      evaluators: 'Jan Jansen, Britt Larsen, Signe Olsen',
      raters: ['Jan Jansen', 'Britt Larsen', 'Signe Olsen'],
    });
  });

  test('Formål: a baseline without a previous review', () => {
    expect(report.purpose.kind).toBe('baseline');
    expect(report.purpose.previousDate).toBeNull();
    expect(report.purpose.text).toContain('sammenligningsgrunnlaget (baseline)');
    expect(report.purpose.text).toContain('Fiktiv Organisasjon (IPS-teamet)');
  });

  test('total 103, «God kvalitet», sections 15/28/60', () => {
    expect(report.total.total).toBe(103);
    expect(report.total.maximum).toBe(125);
    expect(report.total.level).toEqual({ name: 'God kvalitet', min: 100, max: 114 });
    expect(report.total.missingItemIds).toEqual([]);
    expect(report.total.sections.map((s) => [s.sectionId, s.name, s.total, s.itemCount])).toEqual([
      ['staffing', 'Bemanning', 15, 3],
      ['organization', 'Organisasjon', 28, 8],
      ['services', 'Tjenester', 60, 14],
    ]);
    expect(report.total.sections.map((s) => s.mean)).toEqual([5, 3.5, 60 / 14]);
    expect(report.total.previousTotal).toBeNull();
    expect(report.total.change).toBeNull();
    expect(totalLine(report)).toBe('103 av 125 – God kvalitet');
  });

  test('Oppsummering: strengths are exactly the items at 5, in sheet order', () => {
    expect(report.summary.strengths.map((s) => s.itemId)).toEqual(at5);
    expect(at5).toHaveLength(9);
    expect(report.summary.strengths[0]).toMatchObject({
      label: 'Bemanning 1',
      name: 'Deltakerportefølje',
      score: 5,
      reasons: ['fullyImplemented'],
      text: 'Skår 5: fullt ut implementert.',
    });
  });

  test('Oppsummering: priorities are the 16 items below 5, Organisasjon 1 (2) first, then the 3s incl. Tjenester 12, then the 4s', () => {
    const priorities = report.summary.priorities;
    expect(priorities).toHaveLength(16);
    expect(priorities[0]).toMatchObject({ itemId: id(4), label: 'Organisasjon 1', score: 2, gap: 'notImplemented' });
    expect(priorities[0]!.recommendations).toEqual([
      'Hver jobbspesialist bør bare være tilknyttet ett behandlingsteam. Opprett en ny jobbspesialiststilling.',
    ]);
    const threes = priorities.slice(1, 5);
    expect(threes.map((p) => p.label)).toEqual(['Organisasjon 2', 'Organisasjon 5', 'Organisasjon 7', 'Tjenester 12']);
    expect(threes.every((p) => p.score === 3 && p.gap === '3|4')).toBe(true);
    expect(threes[3]!.gapText).toContain('grensen 3|4');
    const fours = priorities.slice(5);
    expect(fours.every((p) => p.score === 4 && p.gap === '4|5')).toBe(true);
    expect(fours[0]!.gapText).toBe('Skår 4: adekvat implementert, ett trinn fra fullt ut implementert (5).');
    expect(fours.map((p) => p.label)).toEqual([
      'Organisasjon 3',
      'Organisasjon 6',
      'Organisasjon 8',
      'Tjenester 1',
      'Tjenester 2',
      'Tjenester 3',
      'Tjenester 4',
      'Tjenester 5',
      'Tjenester 7',
      'Tjenester 8',
      'Tjenester 14',
    ]);
  });

  test('sections and item blocks, field by field', () => {
    expect(report.sections.map((s) => [s.name, s.items.length])).toEqual([
      ['Bemanning', 3],
      ['Organisasjon', 8],
      ['Tjenester', 14],
    ]);
    const items = report.sections.flatMap((s) => s.items);
    expect(items.map((item) => item.score)).toEqual([...SAMPLE_SCORES]);
    const caseload = items[0]!;
    expect(caseload).toMatchObject({
      itemId: 'staffing.caseload_size',
      label: 'Bemanning 1',
      number: 1,
      name: 'Deltakerportefølje',
      criterion: ITEMS[0]!.criterion.nb,
      score: 5,
      savedScore: 5,
      anchor: '20 eller færre deltakere per jobbspesialist.',
      sourceCodes: ['MIS', 'DOC', 'INT'],
      comments: 'Jobbspesialistene har 19, 18 og 19 deltakere; gjennomsnittlig portefølje er 18.',
      recommendations: [],
      components: null,
      previousScore: null,
      change: null,
      heldConstant: false,
      corrections: [],
    });
    expect(caseload.sources).toBe(
      ['MIS', 'DOC', 'INT'].map((code) => DEFAULT_SCALE.dataSources[code as 'MIS'].nb).join(', '),
    );
    const integration = items[3]!;
    expect(integration).toMatchObject({ label: 'Organisasjon 1', score: 2, anchor: ITEMS[3]!.anchors[1].nb });
    expect(integration.comments).toContain('To jobbspesialister er tilknyttet tre team hver.');
    const timeUnlimited = items[22]!;
    expect(timeUnlimited).toMatchObject({
      label: 'Tjenester 12',
      score: 3,
      recommendations: ['Tilby tidsubegrenset oppfølging.'],
    });
  });

  test('validation warnings: recommendations missing below 5', () => {
    const missing = report.warnings.find((w) => w.code === 'missingRecommendation')!;
    // The sample's excerpts give recommendations for 6 of the 16 items below 5.
    const withRecommendation = [4, 5, 9, 15, 19, 23];
    const expected = ITEMS.filter(
      (item, index) => SAMPLE_SCORES[index]! < 5 && !withRecommendation.includes(item.sheetNumber),
    ).map((item) => item.id);
    expect(missing.itemIds).toEqual(expected);
    expect(missing.message).toMatch(
      /^Manualen krever anbefalinger for alle punkter med skår under 5\. Mangler for: Organisasjon 3, /,
    );
    expect(report.warnings.map((w) => w.code)).toEqual(['missingRecommendation']);
  });

  test('the score sheet and the level bands, the current one marked', () => {
    expect(report.scoreSheet.rows.map((row) => row.score)).toEqual([...SAMPLE_SCORES]);
    expect(report.scoreSheet.levels.map((band) => [band.range, band.name, band.current])).toEqual([
      ['115–125', 'Meget god kvalitet', false],
      ['100–114', 'God kvalitet', true],
      ['74–99', 'Godkjent kvalitet', false],
      ['73 og mindre', 'Ikke IPS', false],
    ]);
  });
});

describe('report: English, incomplete, components, names', () => {
  test('English labels, the same numbers', () => {
    const report = buildReport(sampleReview(), { language: 'en' });
    expect(report.title).toBe('IPS fidelity review report');
    expect(report.header.dateText).toBe('7 June 2025');
    expect(report.total.level?.name).toBe('Good fidelity');
    expect(report.sections[0]!.name).toBe('Staffing');
    expect(report.sections[0]!.items[0]!.label).toBe('Staffing 1');
    expect(report.summary.priorities[0]!.gapText).toBe('Score 2: the criterion is not implemented.');
    expect(totalLine(report)).toBe('103 of 125 – Good fidelity');
    expect(report.scoreSheet.levels[3]!.range).toBe('73 or less');
  });

  test('an incomplete sheet: no total, no level, a warning naming the items', () => {
    const review = sampleReview();
    review.items[id(2)]!.consensus = null;
    review.items[id(25)]!.consensus = null;
    const report = buildReport(review, { language: 'nb' });
    expect(report.total.total).toBeNull();
    expect(report.total.level).toBeNull();
    expect(report.total.sections.map((s) => s.total)).toEqual([null, 28, null]);
    expect(report.total.sections[0]!.scoredCount).toBe(2);
    const warning = report.warnings.find((w) => w.code === 'incomplete')!;
    expect(warning.itemIds).toEqual([id(2), id(25)]);
    expect(warning.message).toContain('Bemanning 2, Tjenester 14');
    expect(report.sections[0]!.items[1]).toMatchObject({ score: null, anchor: null });
    expect(report.scoreSheet.levels.every((band) => !band.current)).toBe(true);
    expect(totalLine(report)).toBe('– av 125');
  });

  test('component checklist ☒/☐ from the recorded components; a mismatch is flagged', () => {
    const review = sampleReview();
    // Organisasjon 2 in the sample report: ☐ ☒ ☒ ☐ ☒ → 3 components → 3.
    review.items[id(5)]!.components = [false, true, true, false, true];
    // Organisasjon 8: ☒ ☒ ☒ ☒ ☐ → 4; record only three to get a mismatch with the score 4.
    review.items[id(11)]!.components = [true, true, true, false, false];
    const report = buildReport(review, { language: 'nb' });
    const contact = report.sections[1]!.items[1]!;
    expect(contact.components!.map((c) => c.present)).toEqual([false, true, true, false, true]);
    expect(contact.components!.map((c) => c.text)).toEqual(ITEMS[4]!.components!.map((c) => c.nb));
    expect(report.sections[1]!.items[2]!.components).toBeNull(); // not a component item
    const mismatch = report.warnings.find((w) => w.code === 'componentMismatch')!;
    expect(mismatch.itemIds).toEqual([id(11)]);
  });

  test('possible names from a roster: full names any case, single names only capitalised', () => {
    const review = sampleReview();
    review.items[id(1)]!.evidence += ' Janne sa at porteføljene er små.';
    review.items[id(3)]!.recommendation = 'Snakk med ole hansen om dette.';
    const report = buildReport(review, { language: 'nb', roster: ['Janne Berg', 'Ole Hansen', 'Per Olsen'] });
    const warning = report.warnings.find((w) => w.code === 'possibleName')!;
    expect(warning.itemIds).toEqual([id(1), id(3)]);
    expect(warning.message).toContain('Janne');
    expect(warning.message).toContain('Ole Hansen');
    // "per uke" in the sample's evidence (Tjenester 6: «6 kontakter per uke») is not the name Per.
    expect(warning.message).not.toContain('Per');
  });
});

describe('follow-up report with a previous review', () => {
  function followUp(): { previous: Review; review: Review } {
    // Previous: the sample, with one correction acknowledged later (Organisasjon 1: 2 → 3).
    const previous = correctSavedReview(
      sampleReview(),
      id(4),
      3,
      'Snittet per jobbspesialist er (5+2+2)/3 = 3.',
      '2025-12-01',
    );
    let review = startRepeatReview(previous, {
      id: 'sample-2025-12-10',
      date: '2025-12-10',
      raters: [
        { id: 'a', name: 'Jan Jansen' },
        { id: 'b', name: 'Britt Larsen' },
      ],
    });
    for (const item of ITEMS) review = confirmSuggestion(review, item.id);
    review = setConsensus(review, id(23), 5, 'Ventelisten er avviklet.'); // Tjenester 12: 3 → 5
    review = setConsensus(review, id(16), 3, 'Flere styres mot lett tilgjengelige jobber.'); // Tjenester 5: 4 → 3
    review = setConsensus(review, id(9), 5, ''); // Organisasjon 6: 4 → 5
    return { previous, review };
  }

  test('Formål names the previous date; totals and change use effective scores', () => {
    const { previous, review } = followUp();
    const report = buildReport(review, { language: 'nb', previous });
    expect(report.purpose).toMatchObject({
      kind: 'followUp',
      previousReviewId: 'sample-2025-06-07',
      previousDate: '2025-06-07',
    });
    expect(report.purpose.text).toContain(`Forrige evaluering ble gjennomført ${formatDate('2025-06-07', 'nb')}`);
    expect(report.total.previousTotal).toBe(104); // 103 + the correction
    expect(report.total.total).toBe(104 + 2 - 1 + 1);
    expect(report.total.change).toBe(2);
  });

  test('strengths: the rises first (biggest first), then the other 5s; priorities: a decline comes first among equals', () => {
    const { previous, review } = followUp();
    const report = buildReport(review, { language: 'nb', previous });
    const strengths = report.summary.strengths;
    expect(strengths[0]).toMatchObject({
      itemId: id(23),
      previousScore: 3,
      score: 5,
      reasons: ['improved', 'fullyImplemented'],
    });
    expect(strengths[0]!.text).toBe('Økt fra 3 til 5 siden forrige evaluering: fullt ut implementert.');
    expect(strengths[1]).toMatchObject({ itemId: id(9), previousScore: 4, reasons: ['improved', 'fullyImplemented'] });
    expect(strengths.slice(2).every((s) => s.reasons.length === 1 && s.reasons[0] === 'fullyImplemented')).toBe(true);
    const threes = report.summary.priorities.filter((p) => p.score === 3);
    expect(threes[0]).toMatchObject({ itemId: id(16), previousScore: 4 });
    expect(threes[0]!.gapText).toContain('Ned fra 4 ved forrige evaluering.');
  });

  test("held-constant items and the previous review's correction are acknowledged", () => {
    const { previous, review } = followUp();
    const report = buildReport(review, { language: 'nb', previous });
    const items = report.sections.flatMap((s) => s.items);
    expect(items[0]).toMatchObject({ heldConstant: true, previousScore: 5, change: 0 });
    expect(items[22]).toMatchObject({ heldConstant: false, previousScore: 3, change: 2 });
    expect(report.corrections).toHaveLength(1);
    expect(report.corrections[0]).toMatchObject({
      scope: 'previousReview',
      itemId: id(4),
      previous: 2,
      corrected: 3,
      label: 'Organisasjon 1',
    });
    expect(report.corrections[0]!.text).toBe(
      'Organisasjon 1: i forrige evaluering (7. juni 2025) ble det gitt skår 2; riktig skår var 3. Snittet per jobbspesialist er (5+2+2)/3 = 3.',
    );
  });

  test('a correction of this review shows the saved and the effective score', () => {
    const corrected = correctSavedReview(sampleReview(), id(4), 3, 'Regnefeil.', '2025-06-20');
    const report = buildReport(corrected, { language: 'en' });
    const item = report.sections[1]!.items[0]!;
    expect(item).toMatchObject({ score: 3, savedScore: 2 });
    expect(item.corrections[0]!.text).toBe('Organization 1: the score 2 was corrected to 3 (20 June 2025). Regnefeil.');
    expect(report.total.total).toBe(104);
  });

  test('pending suggestions and a mismatched previous review are warned about', () => {
    const previous = sampleReview();
    const review = startRepeatReview(previous, { id: 'n', date: '2025-12-10', raters: [] });
    const report = buildReport(review, { language: 'nb', previous: { ...previous, team: 'Et annet team' } });
    const codes = report.warnings.map((w) => w.code);
    expect(codes).toContain('suggestionPending');
    expect(codes).toContain('previousMismatch');
    expect(codes).toContain('incomplete');
    expect(report.total.total).toBeNull();
  });

  test('previousReviewId without the previous review: still a follow-up', () => {
    const review: Review = { ...sampleReview(), previousReviewId: 'earlier' };
    const report = buildReport(review, { language: 'en' });
    expect(report.purpose).toMatchObject({ kind: 'followUp', previousReviewId: 'earlier', previousDate: null });
    expect(report.purpose.text).toContain('previous review: earlier');
  });

  test('the trend points are kept, oldest first', () => {
    const report = buildReport(sampleReview(), {
      language: 'nb',
      trend: [
        { reviewId: 'b', date: '2025-06-07', total: 103 },
        { reviewId: 'a', date: '2024-11-07', total: 88 },
      ],
    });
    expect(report.trend.map((p) => p.total)).toEqual([88, 103]);
  });
});

test('scores are Score values throughout (type check)', () => {
  const score: Score | null = buildReport(sampleReview(), { language: 'nb' }).sections[0]!.items[0]!.score;
  expect(score).toBe(5);
});
