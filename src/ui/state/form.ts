import { newReview, type Review } from '../../core/review/model';
import { DEFAULT_SCALE } from '../../core/scale/registry';
import type { ScaleDefinition } from '../../core/scale/types';
import { MAX_SHEET_NAME, sheetExists, uniqueSheetName } from '../sheet-names';
import type { Strings } from '../strings';
import type { AppState, NewReviewForm } from './types';

const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/;
export { MAX_SHEET_NAME };

/** The score sheet's name: "IPS <service> <team> <date>" as sheet-names.ts shortens it. */
export function sheetNameFor(service: string, team: string, date: string, existing: readonly string[] = []): string {
  return uniqueSheetName({ prefix: 'IPS', service, team, date }, existing);
}

export function isValidSheetName(name: string): boolean {
  const trimmed = name.trim();
  return (
    trimmed.length > 0 &&
    trimmed.length <= MAX_SHEET_NAME &&
    !SHEET_NAME_FORBIDDEN.test(trimmed) &&
    !/^'|'$/.test(trimmed)
  );
}

export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

export type FormField = 'service' | 'team' | 'date' | 'sheet' | 'raters';

export interface FormCheck {
  readonly ok: boolean;
  readonly errors: Readonly<Partial<Record<FormField, keyof Strings>>>;
  /** A repeat review dated on or before the previous one: the message needs the previous date. */
  readonly repeatDate?: string;
  /** Warnings do not stop the review: one rater is allowed, two are recommended. */
  readonly warnings: readonly (keyof Strings)[];
  readonly raterNames: readonly string[];
  readonly sheet: string;
}

/** The workbook's sheet names as last listed (none while loading). */
export function workbookSheetNames(state: AppState): readonly string[] {
  return state.sheets.status === 'ready' ? (state.sheets.names ?? state.sheets.sheets.map((entry) => entry.sheet)) : [];
}

/**
 * Checks the form; `previousDate` (a repeat review) must be before the new date; `existing` are
 * the workbook's sheets (the suggested name avoids them, a typed one must not be one of them).
 */
export function checkForm(form: NewReviewForm, previousDate?: string, existing: readonly string[] = []): FormCheck {
  const errors: Partial<Record<FormField, keyof Strings>> = {};
  const raterNames = form.raters.map((name) => name.trim()).filter((name) => name !== '');
  if (form.service.trim() === '') errors.service = 'errorService';
  if (form.team.trim() === '') errors.team = 'errorTeam';
  if (!isIsoDate(form.date)) errors.date = 'errorDate';
  let repeatDate: string | undefined;
  if (!errors.date && previousDate !== undefined && !(form.date.trim() > previousDate)) {
    errors.date = 'errorRepeatDate';
    repeatDate = previousDate;
  }
  if (raterNames.length === 0) errors.raters = 'errorRaters';
  const sheet = form.sheet.trim() || sheetNameFor(form.service, form.team, form.date, existing);
  if (!isValidSheetName(sheet)) errors.sheet = 'errorSheetName';
  else if (form.sheet.trim() !== '' && sheetExists(sheet, existing)) errors.sheet = 'errorSheetExists';
  const warnings: (keyof Strings)[] = raterNames.length === 1 ? ['warnOneRater'] : [];
  return {
    ok: Object.keys(errors).length === 0,
    errors,
    warnings,
    raterNames,
    sheet,
    ...(repeatDate ? { repeatDate } : {}),
  };
}

/** The review a valid form describes: every item unscored. */
export function reviewFromForm(form: NewReviewForm, id: string, scale: ScaleDefinition = DEFAULT_SCALE): Review {
  const check = checkForm(form);
  return newReview(
    {
      id,
      service: form.service.trim(),
      team: form.team.trim(),
      date: form.date.trim(),
      raters: check.raterNames.map((name, index) => ({ id: `r${index + 1}`, name })),
    },
    scale,
  );
}

export function newReviewId(date: string, random: () => number = Math.random): string {
  return `ips-${date}-${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`;
}

// ---------------------------------------------------------------------------------------------
