import { DEFAULT_SCALE } from '../../core/scale/registry';
import type { ScaleDefinition } from '../../core/scale/types';
import type { Language } from '../../core/text';
import type { AppState, NewReviewForm, ReportOptions } from './types';

export interface InitialStateOptions {
  readonly language?: Language;
  /** Today as yyyy-mm-dd (the form's default date). */
  readonly today?: string;
  readonly scale?: ScaleDefinition;
}

export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function emptyForm(today: string): NewReviewForm {
  return { service: '', team: '', date: today, sheet: '', raters: ['', ''] };
}

export const DEFAULT_REPORT_OPTIONS: ReportOptions = { includeFours: false, roster: '', showHtml: false };

export function initialState(options: InitialStateOptions = {}): AppState {
  const today = options.today ?? todayIso();
  return {
    scale: options.scale ?? DEFAULT_SCALE,
    today,
    language: options.language ?? 'nb',
    screen: 'start',
    view: 'item',
    form: emptyForm(today),
    formSubmitted: false,
    review: null,
    sheet: '',
    itemIndex: 0,
    dirty: false,
    itemUi: {},
    sheets: { status: 'loading' },
    busy: false,
    busyWith: null,
    notice: null,
    raterId: null,
    agreementPair: null,
    previous: null,
    history: null,
    correction: null,
    unrecorded: {},
    repeatOf: null,
    reportOptions: DEFAULT_REPORT_OPTIONS,
    wired: null,
    bulkUndo: null,
    evidence: null,
    outcomes: null,
  };
}
