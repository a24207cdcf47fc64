import { h, type Child } from '../dom';
import { operationButton } from './common';
import type { Commands, ViewContext } from '../context';
import type { Operation } from '../state';
import { reviewEvidence } from '../state';
import { cycleStrings, type CycleStrings } from '../strings/cycle';

interface PreparationStep {
  readonly key: string;
  readonly operation: Operation;
  readonly label: (c: CycleStrings) => string;
  readonly hint: (c: CycleStrings) => string;
  readonly run: (commands: Commands) => Promise<void>;
}

const STEPS: readonly PreparationStep[] = [
  {
    key: 'prep-checklist',
    operation: 'checklist',
    label: (c) => c.checklistButton,
    hint: (c) => c.checklistHint,
    run: (commands) => commands.writeChecklist(),
  },
  {
    key: 'prep-record-sample',
    operation: 'recordSample',
    label: (c) => c.recordSampleButton,
    hint: (c) => c.recordSampleHint,
    run: (commands) => commands.drawRecordSample(),
  },
  {
    key: 'prep-evidence-log',
    operation: 'evidenceLog',
    label: (c) => c.evidenceLogButton,
    hint: (c) => c.evidenceLogHint,
    run: (commands) => commands.writeEvidenceLog(),
  },
];

/**
 * «Forberedelse» (issue 12): the review's preparation sheets, each one button — the data-request
 * checklist, the record sample and the evidence log — closed until opened, above the overview.
 */
export function preparationCard(ctx: ViewContext): Child {
  const { state, prefix } = ctx;
  const c = cycleStrings(state.language);
  const entries = reviewEvidence(state);
  return h(
    'details',
    { class: 'ipsf-card', dataset: { key: 'details-preparation', role: 'preparation' } },
    h('summary', { dataset: { key: 'preparation-summary' } }, h('strong', null, c.preparationHeading)),
    h('p', { class: 'ipsf-muted' }, c.preparationIntro),
    STEPS.map((step) => {
      const hintId = `${prefix}-${step.key}-hint`;
      return h(
        'div',
        { class: 'ipsf-stack' },
        h(
          'div',
          null,
          operationButton(ctx, {
            operation: step.operation,
            key: step.key,
            describedBy: hintId,
            label: step.label(c),
            busyLabel: c.working,
            run: () => step.run(ctx.commands),
          }),
        ),
        h('p', { class: 'ipsf-muted', id: hintId }, step.hint(c)),
      );
    }),
    state.evidence?.error
      ? h(
          'p',
          { class: 'ipsf-msg ipsf-msg-warning', dataset: { role: 'evidence-unreadable' } },
          h('span', null, c.coverageUnreadable(state.evidence.sheet, state.evidence.error)),
        )
      : entries
        ? h('p', { class: 'ipsf-muted', dataset: { role: 'evidence-count' } }, c.evidenceCount(entries.length))
        : null,
  );
}
