import { describe, expect, it } from 'vitest';
import { checkFreeText, exemptionKey } from '../../../src/core/inputs/free-text';
import { buildReport } from '../../../src/core/report/build';
import { ReviewSchema } from '../../../src/core/review/model';
import {
  checkReviewText,
  markNotPersonalData,
  privacyFieldLabel,
  reviewFreeText,
} from '../../../src/core/review/privacy';
import { sampleReview } from '../../../src/core/review/sample';
import { readScoreSheet, scoreSheetPlan } from '../../../src/core/sheets/score-sheet';
import { MemoryWorkbook } from '../../../src/preview/memory-workbook';
import { ACCOUNT, FIELDS, ITEM, PASTED } from '../../shared/review-text-fields';

describe('checkFreeText', () => {
  it('blocks a fødselsnummer and asks about a name, naming the field and the value as written', () => {
    const field = { nb: 'Bemanning 1 – Kommentarer', en: 'Staffing 1 – Comments' };
    expect(checkFreeText([{ key: 'k', field, value: PASTED }])).toEqual([
      { key: 'k', field, value: '01019012480', kind: 'nationalId', severity: 'block' },
      { key: 'k', field, value: 'Kari Nordmann', kind: 'name', severity: 'ask' },
    ]);
    expect(checkFreeText([{ key: 'k', field, value: 'Ring 010190-12480 i dag' }])[0]).toMatchObject({
      value: '010190-12480',
      severity: 'block',
    });
  });

  it('skips names where only fødselsnummer are looked for, and the known names (the evaluators)', () => {
    const field = { nb: 'Sted', en: 'Site' };
    expect(
      checkFreeText([{ key: 'service', field, value: 'Kari Nordmann 01019012480', names: false }]).map((f) => f.kind),
    ).toEqual(['nationalId']);
    expect(
      checkFreeText([{ key: 'k', field, value: 'Kari og Per Hansen intervjuet Ola Olsen.' }], {
        knownNames: ['Kari Nordmann', 'Per Hansen'],
      }).map((f) => f.value),
    ).toEqual(['Ola Olsen']);
  });

  it('a value marked as not personal data is not reported again, however it is written', () => {
    const field = { nb: 'Kommentarer', en: 'Comments' };
    const exempt = [{ value: ACCOUNT }];
    for (const written of [ACCOUNT, '150300 00037', '150300-00037', '15.03.00 00037']) {
      expect(checkFreeText([{ key: 'k', field, value: `Konto ${written}` }]), written).toHaveLength(1);
      expect(checkFreeText([{ key: 'k', field, value: `Konto ${written}` }], { exempt }), written).toEqual([]);
    }
    expect(exemptionKey('1019012480')).toBe('01019012480');
    expect(exemptionKey(' Kari  NORDMANN ')).toBe('kari nordmann');
  });
});

describe('the review text each write puts into the workbook', () => {
  for (const entry of FIELDS) {
    it(`a fødselsnummer in the ${entry.name} blocks every write that carries it`, () => {
      const review = entry.edit(sampleReview(), `Tekst 010190 12480`);
      for (const target of ['scoreSheet', 'report', 'history'] as const) {
        const blocks = checkReviewText(review, target).filter((finding) => finding.severity === 'block');
        if (entry.targets.includes(target)) {
          expect(blocks, target).toEqual([
            expect.objectContaining({ key: entry.key, value: '010190 12480', field: privacyFieldLabel(entry.key) }),
          ]);
        } else {
          expect(blocks, target).toEqual([]);
        }
      }
    });

    it(`a name in the ${entry.name} ${entry.names ? 'asks' : 'is not asked about (places, teams and evaluators are named there)'}`, () => {
      const review = entry.edit(sampleReview(), 'Møte med Zara Olsen');
      const asks = checkReviewText(review, entry.targets[0]!).filter((finding) => finding.severity === 'ask');
      expect(asks).toEqual(entry.names ? [expect.objectContaining({ key: entry.key, value: 'Zara Olsen' })] : []);
    });
  }

  it('the sample review has nothing to ask about, and names of its raters in the comments are not asked', () => {
    for (const target of ['scoreSheet', 'report', 'history'] as const)
      expect(checkReviewText(sampleReview(), target), target).toEqual([]);
    const review = FIELDS[4]!.edit(sampleReview(), 'Jan Jansen og Britt gikk gjennom journalene.');
    expect(checkReviewText(review, 'scoreSheet')).toEqual([]);
  });

  it('labels every field as the user knows it, never by its key', () => {
    for (const entry of FIELDS) {
      const label = privacyFieldLabel(entry.key);
      expect(label.nb).not.toContain(':' + ITEM.id);
      expect(label.nb).not.toMatch(/item:|correction:|rater:/);
    }
    expect(privacyFieldLabel(`item:${ITEM.id}:evidence`)).toEqual({
      nb: 'Bemanning 1 – Kommentarer',
      en: 'Staffing 1 – Comments',
    });
    expect(privacyFieldLabel('import:jobs:employer').nb).toMatch(/^Import: .+ – .+$/);
    expect(reviewFreeText(sampleReview(), 'history').map((f) => f.key)).toEqual(['service', 'team', 'evaluators']);
  });
});

describe('marking a value as not personal data', () => {
  const marked = () => {
    const typed = FIELDS[4]!.edit(sampleReview(), `Lønn til konto ${ACCOUNT}.`);
    const [finding] = checkReviewText(typed, 'scoreSheet');
    return markNotPersonalData(typed, [{ field: finding!.key, value: finding!.value }], '2025-06-08');
  };

  it('records the value, the field and the date in the review, once', () => {
    const review = marked();
    expect(review.notPersonalData).toEqual([
      { value: ACCOUNT, field: `item:${ITEM.id}:evidence`, markedAt: '2025-06-08' },
    ]);
    expect(
      markNotPersonalData(review, [{ field: `item:${ITEM.id}:evidence`, value: '150300 00037' }], '2025-06-09'),
    ).toBe(review);
    expect(ReviewSchema.safeParse(review).success).toBe(true);
    expect(checkReviewText(review, 'scoreSheet')).toEqual([]);
  });

  it('the mark survives save → reopen of the score sheet, in either language', async () => {
    for (const language of ['nb', 'en'] as const) {
      const workbook = new MemoryWorkbook();
      await workbook.write([scoreSheetPlan(marked(), { sheet: 'IPS', language })]);
      const reopened = readScoreSheet((await workbook.readSheet('IPS'))!)!;
      expect(reopened.notPersonalData, language).toEqual(marked().notPersonalData);
      expect(checkReviewText(reopened, 'scoreSheet'), language).toEqual([]);
      // Shown in the sheet as the user knows the field.
      const values = (await workbook.readSheet('IPS'))!;
      expect(
        values.some((row) => row.includes(privacyFieldLabel(`item:${ITEM.id}:evidence`)[language])),
        language,
      ).toBe(true);
    }
  });

  it('a review without marks reads back without them (older sheets too)', async () => {
    const workbook = new MemoryWorkbook();
    await workbook.write([scoreSheetPlan(sampleReview(), { sheet: 'IPS', language: 'nb' })]);
    expect(readScoreSheet((await workbook.readSheet('IPS'))!)).not.toHaveProperty('notPersonalData');
  });

  it('the report shows the exemption', () => {
    const report = buildReport(marked(), { language: 'nb' });
    const warning = report.warnings.find((w) => w.code === 'notPersonalData');
    expect(warning?.message).toContain(`«${ACCOUNT}» i Bemanning 1 – Kommentarer`);
    const column = markNotPersonalData(sampleReview(), [{ field: 'import:jobs:employer', value: '' }], '2025-06-08');
    expect(buildReport(column, { language: 'en' }).warnings.find((w) => w.code === 'notPersonalData')?.message).toMatch(
      /the whole column Import: .+ – .+ \(/,
    );
  });
});
