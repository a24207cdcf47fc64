import { h, type Child } from '../dom';
import { operationButton } from './common';
import type { ViewContext } from '../context';
import type { ReviewPlanEntry } from '../../core/cycle/review-plan';
import { reviewPlanFromHistory } from '../commands/review-plan';
import {
  checkForm,
  listedHistory,
  scoredCount,
  sheetNameFor,
  workbookSheetNames,
  type AppState,
  type FormField,
} from '../state';
import { cycleStrings } from '../strings/cycle';
import { historyEntry } from '../workflow';
import { paneVersionLine } from '../commands/version';

/** The start screen: a new review, or a score sheet already in the workbook. */
export function startView(ctx: ViewContext): Child {
  return [newReviewCard(ctx), openCard(ctx), reviewPlanCard(ctx), inputsCard(ctx), versionFooter(ctx)];
}

/** The services due for review within 30 days or overdue, from the history the start screen read. */
function dueSoon(state: AppState): readonly ReviewPlanEntry[] | null {
  const rows = listedHistory(state)?.rows ?? [];
  if (rows.length === 0) return null;
  try {
    return reviewPlanFromHistory(rows, state.today).dueSoon;
  } catch {
    // A history row with a date the plan cannot count from: the sheet itself says which.
    return [];
  }
}

/**
 * The review cycle (issue 12) on the start screen: the services due within 30 days or overdue,
 * with the due date and how it stands, and «Skriv vurderingsplan» for the whole plan as a sheet.
 * Shown once the workbook has a history.
 */
function reviewPlanCard(ctx: ViewContext): Child {
  const { state, prefix } = ctx;
  const due = dueSoon(state);
  if (due === null) return null;
  const c = cycleStrings(state.language);
  return h(
    'section',
    { class: 'ipsf-card', 'aria-labelledby': `${prefix}-plan-h`, dataset: { role: 'review-plan' } },
    h('h2', { id: `${prefix}-plan-h` }, c.reviewPlanHeading),
    due.length === 0
      ? h('p', { class: 'ipsf-muted', dataset: { role: 'due-none' } }, c.reviewPlanNone)
      : [
          h('p', { class: 'ipsf-muted' }, c.reviewPlanIntro),
          h(
            'ul',
            { class: 'ipsf-start-list', dataset: { role: 'due-list' } },
            due.map((entry) =>
              h(
                'li',
                { dataset: { role: 'due-entry', status: entry.status } },
                h('strong', null, [entry.service, entry.team].filter(Boolean).join(' · ')),
                h(
                  'span',
                  { class: entry.status === 'overdue' ? 'ipsf-error' : 'ipsf-muted' },
                  c.reviewPlanDue(entry.nextDue, entry.statusText[state.language]),
                ),
              ),
            ),
          ),
        ],
    h(
      'div',
      null,
      operationButton(ctx, {
        operation: 'reviewPlan',
        key: 'write-review-plan',
        title: c.writeReviewPlanHint,
        label: c.writeReviewPlan,
        busyLabel: c.writingReviewPlan,
        run: () => ctx.commands.writeReviewPlan(),
      }),
    ),
  );
}

/** Which add-in and scale this is (issue 14), small at the foot of the start screen; the history saves both. */
function versionFooter(ctx: ViewContext): HTMLElement {
  const { state } = ctx;
  return h(
    'footer',
    { class: 'ipsf-muted', dataset: { role: 'version' } },
    paneVersionLine(state.language, state.scale),
  );
}

/** The way to the input tables (the service's own lists) before a review is open. */
function inputsCard(ctx: ViewContext): HTMLElement {
  const { s, prefix, dispatch } = ctx;
  return h(
    'section',
    { class: 'ipsf-card', 'aria-labelledby': `${prefix}-inputs-link-h` },
    h('h2', { id: `${prefix}-inputs-link-h` }, s.inputsTab),
    h('p', { class: 'ipsf-muted' }, s.inputsIntro),
    h(
      'div',
      null,
      h(
        'button',
        {
          type: 'button',
          class: 'ipsf-btn',
          dataset: { key: 'view-inputs' },
          onClick: () => dispatch({ type: 'setView', view: 'inputs' }),
        },
        s.inputsOpen,
      ),
    ),
  );
}

/** The name a blank «Sheet name» gives: from the form as typed, unique in the workbook. */
function suggestedSheet(state: AppState): string {
  return sheetNameFor(state.form.service, state.form.team, state.form.date, workbookSheetNames(state));
}

type FormCheck = ReturnType<typeof checkForm>;

/** The new-review form's ids, errors and locks, shared by its fields. */
function formParts(ctx: ViewContext, check: FormCheck) {
  const { state, s, prefix } = ctx;
  const repeat = state.repeatOf;
  const errorFor = (field: FormField) => (state.formSubmitted ? check.errors[field] : undefined);
  const errorText = (field: FormField): string | null => {
    const error = errorFor(field);
    if (!error) return null;
    return error === 'errorRepeatDate' ? s.errorRepeatDate(check.repeatDate ?? '') : (s[error] as string);
  };
  // A repeat review keeps the previous review's site and team.
  const locked = (field: string) => repeat !== null && (field === 'service' || field === 'team');
  const id = (name: string) => `${prefix}-form-${name}`;
  return { errorFor, errorText, locked, id };
}

type FormParts = ReturnType<typeof formParts>;

function formTextField(
  ctx: ViewContext,
  parts: FormParts,
  field: 'service' | 'team' | 'date' | 'sheet',
  label: string,
  extra: Record<string, string> = {},
): HTMLElement {
  const { state, s, dispatch } = ctx;
  const { errorFor, errorText, locked, id } = parts;
  const form = state.form;
  const error = errorFor(field);
  const hintId = extra['hint'] ? id(`${field}-hint`) : undefined;
  const describedBy = [error ? id(`${field}-error`) : '', hintId ?? ''].filter(Boolean).join(' ') || undefined;
  return h(
    'div',
    { class: 'ipsf-field' },
    h('label', { for: id(field) }, label),
    h('input', {
      id: id(field),
      class: 'ipsf-input',
      type: field === 'date' ? 'date' : 'text',
      value: form[field],
      name: field,
      autocomplete: 'off',
      placeholder: field === 'sheet' ? suggestedSheet(state) : undefined,
      required: field !== 'sheet',
      readonly: locked(field),
      'aria-readonly': locked(field) ? 'true' : undefined,
      'aria-invalid': error ? 'true' : undefined,
      'aria-describedby': describedBy,
      dataset: { key: `form-${field}` },
      onInput: (event: Event) => {
        dispatch({ type: 'formField', field, value: (event.target as HTMLInputElement).value }, { render: false });
        // The suggested name follows the typing (patched in place: the field keeps its caret).
        if (field !== 'sheet') {
          const formElement = (event.target as HTMLElement).closest('form');
          const suggested = suggestedSheet(ctx.stateNow());
          const sheetInput = formElement?.querySelector<HTMLInputElement>(`#${id('sheet')}`);
          if (sheetInput) sheetInput.placeholder = suggested;
          const hint = formElement?.querySelector<HTMLElement>(`#${id('sheet-hint')}`);
          if (hint) hint.textContent = s.sheetNameHint(suggested);
        }
      },
    }),
    hintId ? h('span', { id: hintId, class: 'ipsf-muted', dataset: { role: `${field}-hint` } }, extra['hint']) : null,
    error ? h('span', { id: id(`${field}-error`), class: 'ipsf-error' }, errorText(field)) : null,
  );
}

/** The raters' names: one field each, remove and add, and the one-rater warning. */
function ratersFieldset(ctx: ViewContext, parts: FormParts, check: FormCheck): HTMLElement {
  const { state, s, dispatch } = ctx;
  const { errorFor, errorText, id } = parts;
  const form = state.form;
  const ratersError = errorFor('raters');
  return h(
    'fieldset',
    { class: 'ipsf-field', 'aria-describedby': ratersError ? id('raters-error') : undefined },
    h('legend', { class: 'ipsf-label' }, s.raters),
    form.raters.map((name, index) =>
      h(
        'div',
        { class: 'ipsf-row' },
        h('label', { class: 'ipsf-sr', for: id(`rater-${index}`) }, s.raterName(index + 1)),
        h('input', {
          id: id(`rater-${index}`),
          class: 'ipsf-input ipsf-grow',
          type: 'text',
          value: name,
          placeholder: s.raterName(index + 1),
          autocomplete: 'off',
          'aria-invalid': ratersError ? 'true' : undefined,
          dataset: { key: `form-rater-${index}` },
          onInput: (event: Event) => {
            dispatch({ type: 'raterName', index, value: (event.target as HTMLInputElement).value }, { render: false });
            // Patched in place: a re-render here would swallow the click that ends the typing.
            const warning = (event.target as HTMLElement)
              .closest('fieldset')
              ?.querySelector<HTMLElement>('[data-role="rater-warning"]');
            if (warning) warning.hidden = checkForm(ctx.stateNow().form).warnings.length === 0;
          },
        }),
        form.raters.length > 1
          ? h(
              'button',
              {
                type: 'button',
                class: 'ipsf-btn ipsf-subtle',
                'aria-label': s.removeRater(name.trim() || s.raterName(index + 1)),
                title: s.removeRater(name.trim() || s.raterName(index + 1)),
                dataset: { key: `form-rater-remove-${index}` },
                onClick: () => {
                  dispatch({ type: 'removeRater', index });
                  ctx.commands.focusKey(`form-rater-${Math.max(0, index - 1)}`);
                },
              },
              '✕',
            )
          : null,
      ),
    ),
    h(
      'div',
      null,
      h(
        'button',
        {
          type: 'button',
          class: 'ipsf-btn',
          dataset: { key: 'form-add-rater' },
          onClick: () => {
            dispatch({ type: 'addRater' });
            ctx.commands.focusKey(`form-rater-${ctx.stateNow().form.raters.length - 1}`);
          },
        },
        '+ ',
        s.addRater,
      ),
    ),
    ratersError ? h('span', { id: id('raters-error'), class: 'ipsf-error' }, errorText('raters')) : null,
    h(
      'p',
      { class: 'ipsf-msg ipsf-msg-warning', hidden: check.warnings.length === 0, dataset: { role: 'rater-warning' } },
      h('span', null, s.warnOneRater),
    ),
  );
}

function newReviewCard(ctx: ViewContext): HTMLElement {
  const { state, s, dispatch } = ctx;
  const repeat = state.repeatOf;
  const check = checkForm(state.form, repeat?.review.date, workbookSheetNames(state));
  const parts = formParts(ctx, check);
  const { id } = parts;
  const textField = (field: 'service' | 'team' | 'date' | 'sheet', label: string, extra?: Record<string, string>) =>
    formTextField(ctx, parts, field, label, extra);

  return h(
    'section',
    {
      class: repeat ? 'ipsf-card ipsf-card-repeat' : 'ipsf-card',
      'aria-labelledby': id('heading'),
      dataset: { role: repeat ? 'repeat-form' : 'new-form' },
    },
    h('h2', { id: id('heading') }, repeat ? s.repeatHeading : s.startHeading),
    h(
      'p',
      { class: 'ipsf-muted', dataset: { role: 'form-intro' } },
      repeat ? s.repeatIntro(repeat.sheet, repeat.review.date) : s.startIntro,
    ),
    repeat ? h('p', { class: 'ipsf-muted' }, s.repeatLocked) : null,
    h(
      'form',
      {
        class: 'ipsf-form',
        novalidate: true,
        onSubmit: (event: Event) => {
          event.preventDefault();
          ctx.commands.createReview();
        },
      },
      textField('service', s.service),
      textField('team', s.team),
      textField('date', s.date),
      ratersFieldset(ctx, parts, check),
      textField('sheet', s.sheetName, { hint: s.sheetNameHint(suggestedSheet(state)) }),
      h(
        'div',
        { class: 'ipsf-row' },
        h(
          'button',
          { type: 'submit', class: 'ipsf-btn ipsf-primary', dataset: { key: 'form-create' } },
          s.createReview,
        ),
        repeat
          ? h(
              'button',
              {
                type: 'button',
                class: 'ipsf-btn',
                dataset: { key: 'form-cancel-repeat' },
                onClick: () => {
                  dispatch({ type: 'cancelRepeat' });
                  ctx.commands.focusKey('form-service');
                },
              },
              s.cancel,
            )
          : null,
      ),
    ),
  );
}

function openCard(ctx: ViewContext): HTMLElement {
  const { state, s, prefix } = ctx;
  const list = state.sheets;
  const history = list.status === 'ready' ? (list.history ?? null) : null;
  let body: Child;
  if (list.status === 'loading') body = h('p', { class: 'ipsf-muted', role: 'status' }, s.openLoading);
  else if (list.status === 'error')
    body = h('p', { class: 'ipsf-msg ipsf-msg-error', role: 'alert' }, h('span', null, s.listFailed(list.message)));
  else if (list.sheets.length === 0) body = h('p', { class: 'ipsf-muted' }, s.openNone);
  else {
    body = [
      h('p', { class: 'ipsf-muted' }, s.openIntro),
      h(
        'ul',
        { class: 'ipsf-start-list' },
        list.sheets.map(({ sheet, review }) =>
          h(
            'li',
            { dataset: { sheet } },
            h(
              'strong',
              null,
              sheet,
              history && historyEntry(history.rows, review.id)
                ? h('span', { class: 'ipsf-chip ipsf-chip-ok', dataset: { role: 'in-history' } }, s.inHistory)
                : null,
            ),
            h('span', { class: 'ipsf-muted' }, s.reviewOf(review.service, review.team, review.date)),
            h(
              'span',
              { class: 'ipsf-muted' },
              s.scoredCount(scoredCount(review, state.scale), state.scale.items.length),
            ),
            h(
              'div',
              { class: 'ipsf-row' },
              h(
                'button',
                {
                  type: 'button',
                  class: 'ipsf-btn',
                  dataset: { key: `open-${sheet}` },
                  'aria-label': s.openButton(sheet),
                  onClick: () => void ctx.commands.openSheet(sheet),
                },
                s.openButton(sheet),
              ),
              h(
                'button',
                {
                  type: 'button',
                  class: 'ipsf-btn ipsf-subtle',
                  dataset: { key: `repeat-${sheet}` },
                  'aria-label': s.repeatButtonLabel(sheet),
                  onClick: () => ctx.commands.startRepeat(sheet),
                },
                s.repeatButton,
              ),
            ),
          ),
        ),
      ),
    ];
  }
  return h(
    'section',
    { class: 'ipsf-card', 'aria-labelledby': `${prefix}-open-heading` },
    h('h2', { id: `${prefix}-open-heading` }, s.openHeading),
    history?.error
      ? h(
          'p',
          { class: 'ipsf-msg ipsf-msg-warning' },
          h('span', null, s.historyUnreadable(history.sheet, history.error)),
        )
      : null,
    body,
    h(
      'div',
      null,
      h(
        'button',
        {
          type: 'button',
          class: 'ipsf-btn ipsf-subtle',
          dataset: { key: 'open-refresh' },
          onClick: () => void ctx.commands.refreshSheets(),
        },
        s.refresh,
      ),
    ),
  );
}
