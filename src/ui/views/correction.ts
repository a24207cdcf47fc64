import { effectiveScore } from '../../core/review/corrections';
import { h, type Child } from '../dom';
import type { ViewContext } from '../context';
import { correctionProblems, labelOf } from '../state';

/**
 * The correction of a saved review's score, as a modal dialog: the reason is required, the date
 * defaults to today. Recording it appends a correction (the saved score stays); cancelling leaves
 * the score as it was. Escape cancels; Tab stays inside (app.ts makes the rest inert).
 */
export function correctionDialog(ctx: ViewContext): Child {
  const { state, s, prefix, dispatch } = ctx;
  const correction = state.correction;
  const review = state.review;
  if (!correction || !review) return null;
  const item = state.scale.items.find((candidate) => candidate.id === correction.itemId);
  if (!item) return null;
  const from = effectiveScore(review, item.id);
  const problems = correction.submitted ? correctionProblems(correction, review) : [];
  const id = (name: string) => `${prefix}-corr-${name}`;
  const reasonError = problems.includes('reason');
  const dateError = problems.includes('date');
  const focusables = () =>
    Array.from(
      document.querySelectorAll<HTMLElement>(
        `#${id('dialog')} textarea, #${id('dialog')} input, #${id('dialog')} button`,
      ),
    );
  return h(
    'div',
    {
      class: 'ipsf-overlay',
      onKeydown: (event: Event) => {
        const key = event as KeyboardEvent;
        if (key.key === 'Escape') {
          event.preventDefault();
          dispatch({ type: 'cancelCorrection' });
        } else if (key.key === 'Tab') {
          const list = focusables();
          const index = list.indexOf(document.activeElement as HTMLElement);
          const next = key.shiftKey ? (index <= 0 ? list.length - 1 : index - 1) : (index + 1) % list.length;
          event.preventDefault();
          list[next]?.focus();
        }
      },
    },
    h(
      'div',
      {
        id: id('dialog'),
        class: 'ipsf-dialog',
        role: 'dialog',
        'aria-modal': 'true',
        'aria-labelledby': id('title'),
        'aria-describedby': id('intro'),
        dataset: { role: 'correction-dialog' },
      },
      h('h2', { id: id('title') }, s.correctionTitle),
      h(
        'p',
        { id: id('intro') },
        s.correctionIntro(labelOf(state, item), from === null ? '–' : String(from), correction.score),
      ),
      h(
        'div',
        { class: 'ipsf-field' },
        h('label', { for: id('reason') }, s.correctionReason),
        h(
          'textarea',
          {
            id: id('reason'),
            class: 'ipsf-textarea',
            rows: 3,
            required: true,
            'aria-invalid': reasonError ? 'true' : undefined,
            'aria-describedby': reasonError ? id('reason-error') : undefined,
            dataset: { key: 'correction-reason' },
            onInput: (event: Event) =>
              dispatch(
                { type: 'correctionField', field: 'reason', value: (event.target as HTMLTextAreaElement).value },
                { render: false },
              ),
          },
          correction.reason,
        ),
        reasonError ? h('span', { id: id('reason-error'), class: 'ipsf-error' }, s.correctionReasonMissing) : null,
      ),
      h(
        'div',
        { class: 'ipsf-field' },
        h('label', { for: id('date') }, s.correctionDate),
        h('input', {
          id: id('date'),
          class: 'ipsf-input',
          type: 'date',
          value: correction.date,
          'aria-invalid': dateError ? 'true' : undefined,
          'aria-describedby': dateError ? id('date-error') : undefined,
          dataset: { key: 'correction-date' },
          onInput: (event: Event) =>
            dispatch(
              { type: 'correctionField', field: 'date', value: (event.target as HTMLInputElement).value },
              { render: false },
            ),
        }),
        dateError
          ? h('span', { id: id('date-error'), class: 'ipsf-error' }, s.correctionDateInvalid(review.date))
          : null,
      ),
      correction.error
        ? h('p', { class: 'ipsf-msg ipsf-msg-error', role: 'alert' }, h('span', null, correction.error))
        : null,
      h(
        'div',
        { class: 'ipsf-dialog-actions' },
        h(
          'button',
          {
            type: 'button',
            class: 'ipsf-btn',
            dataset: { key: 'correction-cancel', role: 'correction-cancel' },
            onClick: () => dispatch({ type: 'cancelCorrection' }),
          },
          s.cancel,
        ),
        h(
          'button',
          {
            type: 'button',
            class: 'ipsf-btn ipsf-primary',
            dataset: { key: 'correction-confirm', role: 'correction-confirm' },
            onClick: () => dispatch({ type: 'confirmCorrection' }),
          },
          s.recordCorrection,
        ),
      ),
    ),
  );
}
