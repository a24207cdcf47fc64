/**
 * A pane without a DOM for the commands' tests: the pane's reducer over its state, the notices
 * resolved in bokmål and English, dialog questions answered from a list, and a MemoryWorkbook
 * (commands/pane.ts PaneCommandContext, as app.ts builds it).
 */
import type { Review } from '../../../src/core/review/model';
import type { ScaleDefinition } from '../../../src/core/scale/types';
import type { Language } from '../../../src/core/text';
import { MemoryWorkbook } from '../../../src/preview/memory-workbook';
import { confirmForeignConflicts } from '../../../src/ui/commands/conflicts';
import type { PaneCommandContext } from '../../../src/ui/commands/pane';
import type { DialogContent } from '../../../src/ui/dialog';
import { createPrivacyGate } from '../../../src/ui/privacy-gate';
import { initialState, reduce, type Action, type AppState, type Baseline, type Notice } from '../../../src/ui/state';
import { strings } from '../../../src/ui/strings';

export interface ShownNotice {
  readonly kind: Notice['kind'];
  readonly nb: string;
  readonly en: string;
}

export interface TestPane {
  readonly pane: PaneCommandContext;
  readonly workbook: MemoryWorkbook;
  state(): AppState;
  /** Every notice shown, oldest first. */
  readonly notices: ShownNotice[];
  /** The last notice shown. */
  notice(): ShownNotice | undefined;
  /** The questions asked (their titles in the pane's language). */
  readonly asked: DialogContent[];
  /** Answers to the next questions, in order (no answer left: no). */
  readonly answers: boolean[];
  /** The keys focus was moved to. */
  readonly focused: string[];
}

export interface TestPaneOptions {
  readonly workbook?: MemoryWorkbook;
  readonly language?: Language;
  readonly today?: string;
  readonly scale?: ScaleDefinition;
  /** A review opened on this sheet (as «Åpne» does, without reading it). */
  readonly review?: Review;
  readonly sheet?: string;
}

export function testPane(options: TestPaneOptions = {}): TestPane {
  const workbook = options.workbook ?? new MemoryWorkbook();
  let state = initialState({ language: options.language, today: options.today ?? '2026-01-15', scale: options.scale });
  if (options.review) {
    state = reduce(state, {
      type: 'openReview',
      review: options.review,
      sheet: options.sheet ?? 'IPS test',
      isNew: false,
    });
  }
  const notices: ShownNotice[] = [];
  const asked: DialogContent[] = [];
  const answers: boolean[] = [];
  const focused: string[] = [];
  const dispatch = (action: Action) => {
    state = reduce(state, action);
    if (action.type === 'notice' && action.notice) {
      notices.push({
        kind: action.notice.kind,
        nb: action.notice.text(strings('nb')),
        en: action.notice.text(strings('en')),
      });
    }
  };
  const ask: PaneCommandContext['ask'] = async (content) => {
    asked.push(content(strings(state.language)));
    return answers.shift() ?? false;
  };
  const notify: PaneCommandContext['notify'] = (kind, text) => dispatch({ type: 'notice', notice: { kind, text } });
  const baselines = new Map<string, Baseline>();
  const pane: PaneCommandContext = {
    workbook,
    state: () => state,
    dispatch,
    notify,
    ask,
    confirm: (conflicts) => confirmForeignConflicts(conflicts, baselines, ask),
    baselines,
    privacy: createPrivacyGate({
      state: () => state,
      dispatch,
      notify,
      ask: (content, message) =>
        ask(
          () => content,
          () => message,
        ),
    }),
    focusKey: (key) => focused.push(key),
    destroyed: () => false,
  };
  return {
    pane,
    workbook,
    state: () => state,
    notices,
    notice: () => notices[notices.length - 1],
    asked,
    answers,
    focused,
  };
}
