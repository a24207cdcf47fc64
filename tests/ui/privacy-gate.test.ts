import { describe, expect, it } from 'vitest';
import { planHistoryAppend } from '../../src/core/history/table';
import type { Review } from '../../src/core/review/model';
import { privacyFieldLabel, type WriteTarget } from '../../src/core/review/privacy';
import { sampleReview } from '../../src/core/review/sample';
import type { SheetPlan } from '../../src/core/workbook/plan';
import { readScoreSheet, scoreSheetPlan } from '../../src/core/sheets/score-sheet';
import { writeWithConsent } from '../../src/core/workbook/workbook';
import { MemoryWorkbook } from '../../src/preview/memory-workbook';
import type { DialogContent } from '../../src/ui/dialog';
import { createPrivacyGate } from '../../src/ui/privacy-gate';
import { initialState, reduce, type Notice } from '../../src/ui/state';
import { strings } from '../../src/ui/strings';
import { reportPlans, reviewForSheet, reviewSheetNames } from '../../src/ui/workflow';
import { ACCOUNT, FIELDS, ITEM, PASTED } from '../shared/review-text-fields';

const SHEET = 'IPS Fiktiv 2025-06-07';
const TODAY = '2025-06-08';

/** What each pane command writes for a target (app.ts: save, makeReport, saveToHistory). */
function plansFor(review: Review, target: WriteTarget): SheetPlan[] {
  if (target === 'scoreSheet') return [scoreSheetPlan(reviewForSheet(review), { sheet: SHEET, language: 'nb' })];
  if (target === 'history') return [planHistoryAppend(null, review, { language: 'nb' }).plan];
  const names = reviewSheetNames(review, 'nb');
  const plans = reportPlans({
    review,
    previous: null,
    rows: [],
    language: 'nb',
    roster: '',
    includeFours: false,
    names,
  });
  return [plans.reportPlan, plans.actionPlan];
}

/**
 * The pane around the gate: its reducer, notices and dialog answers, and a command that checks
 * and then writes through writeWithConsent, in the order app.ts does.
 */
function pane(review: Review, answers: boolean[] = []) {
  let state = reduce(initialState({ today: TODAY }), { type: 'openReview', review, sheet: SHEET, isNew: false });
  const asked: DialogContent[] = [];
  const messages: string[] = [];
  const notices: Notice[] = [];
  const gate = createPrivacyGate({
    state: () => state,
    dispatch: (action) => {
      state = reduce(state, action);
    },
    notify: (kind, text) => notices.push({ kind, text }),
    ask: async (content, message) => {
      asked.push(content);
      messages.push(message);
      return answers.shift() ?? false;
    },
  });
  const workbook = new MemoryWorkbook();
  const command = async (target: WriteTarget): Promise<boolean> => {
    const checked = await gate.check(state.review!, target);
    if (!checked) return false;
    return (await writeWithConsent(workbook, plansFor(checked, target), async () => true)).written;
  };
  const noticeText = (language: 'nb' | 'en' = 'nb') =>
    notices.map((notice) => notice.text(strings(language))).join('\n');
  return { gate, asked, messages, notices, noticeText, workbook, command, state: () => state };
}

describe('the privacy gate before every pane write', () => {
  for (const entry of FIELDS) {
    for (const target of entry.targets) {
      it(`a fødselsnummer in the ${entry.name} blocks the ${target} write: nothing is written, the field and the value are shown`, async () => {
        const p = pane(entry.edit(sampleReview(), 'Notert 010190-12480.'));
        expect(await p.command(target)).toBe(false);
        expect(await p.workbook.listSheets()).toEqual([]);
        const label = privacyFieldLabel(entry.key);
        expect(p.asked[0]!.lines).toEqual([`${label.nb}: «010190-12480»`]);
        expect(p.messages[0]).toContain(`${label.nb}: «010190-12480»`);
        expect(p.notices.map((notice) => notice.kind)).toEqual(['error']);
        expect(p.noticeText('nb')).toContain(`${label.nb}: «010190-12480»`);
        expect(p.noticeText('en')).toContain(`${label.en}: "010190-12480"`);
        expect(p.state().review!.notPersonalData).toBeUndefined();
      });
    }

    if (!entry.names) continue;
    it(`a possible name in the ${entry.name} asks before writing: no → nothing written, yes → written and not asked again`, async () => {
      const declined = pane(entry.edit(sampleReview(), 'Møte med kari nordmann.'), [false]);
      expect(await declined.command(entry.targets[0]!)).toBe(false);
      expect(await declined.workbook.listSheets()).toEqual([]);
      expect(declined.asked[0]!.lines).toEqual([`${privacyFieldLabel(entry.key).nb}: «kari nordmann»`]);
      expect(declined.notices.map((notice) => notice.kind)).toEqual(['warning']);

      const accepted = pane(entry.edit(sampleReview(), 'Møte med kari nordmann.'), [true]);
      expect(await accepted.command(entry.targets[0]!)).toBe(true);
      expect((await accepted.workbook.listSheets()).length).toBeGreaterThan(0);
      expect(await accepted.command(entry.targets[0]!)).toBe(true);
      expect(accepted.asked).toHaveLength(1);
    });
  }

  it('text with both asks twice: the fødselsnummer first, then the name', async () => {
    const p = pane(FIELDS[4]!.edit(sampleReview(), PASTED), [true, true]);
    expect(await p.command('scoreSheet')).toBe(true);
    expect(p.asked.map((content) => content.lines)).toEqual([
      [`${privacyFieldLabel(`item:${ITEM.id}:evidence`).nb}: «01019012480»`],
      [`${privacyFieldLabel(`item:${ITEM.id}:evidence`).nb}: «Kari Nordmann»`],
    ]);
  });

  it('the sample review and its raters named in the comments write without a question', async () => {
    const p = pane(FIELDS[4]!.edit(sampleReview(), 'Jan Jansen og Britt Larsen gikk gjennom journalene.'));
    for (const target of ['scoreSheet', 'report', 'history'] as const)
      expect(await p.command(target), target).toBe(true);
    expect(p.asked).toEqual([]);
  });

  it('a false alarm marked as not personal data is written, recorded in the review, and survives save → reopen', async () => {
    const p = pane(FIELDS[4]!.edit(sampleReview(), `Lønn til konto ${ACCOUNT}.`), [true]);
    expect(await p.command('scoreSheet')).toBe(true);
    const marks = [{ value: ACCOUNT, field: `item:${ITEM.id}:evidence`, markedAt: TODAY }];
    expect(p.state().review!.notPersonalData).toEqual(marks);
    expect(p.state().dirty).toBe(true);
    const reopened = readScoreSheet((await p.workbook.readSheet(SHEET))!)!;
    expect(reopened.notPersonalData).toEqual(marks);
    // Opened again, the marked value writes without a question, to every target.
    const again = pane(reopened);
    for (const target of ['scoreSheet', 'report'] as const) expect(await again.command(target), target).toBe(true);
    expect(again.asked).toEqual([]);
  });
});
