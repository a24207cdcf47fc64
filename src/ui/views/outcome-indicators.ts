/**
 * The supervisor indicators per employment specialist beside the outcome commands (issue 12): the
 * button that reads «Resultater», then per service its last quarter with each specialist's job
 * starts, share employed and the manual's action — monthly field mentoring, keep watch, or goals
 * met with field mentoring each quarter (Organisasjon 5 [000:4491–4505]).
 */
import type { LatestIndicators } from '../../core/outcomes/specialist-indicators';
import { readQuarter } from '../../core/outcomes/results-table';
import { INDICATORS_HINT, INDICATORS_LABEL } from '../commands/outcomes';
import type { ViewContext } from '../context';
import { h, type Child } from '../dom';
import { operationButton } from './common';
import type { OutcomesSnapshot } from '../state';
import { cycleStrings, type CycleStrings } from '../strings/cycle';

/** The groups to show: the open review's service when «Resultater» has it, otherwise every service. */
export function groupsToShow(snapshot: OutcomesSnapshot, service: string | undefined): readonly LatestIndicators[] {
  const key = (name: string) => name.trim().toLocaleLowerCase('nb');
  const own = service === undefined ? [] : snapshot.groups.filter((group) => key(group.service) === key(service));
  return own.length > 0 ? own : snapshot.groups;
}

function groupTitle(group: LatestIndicators, t: CycleStrings): string {
  const quarter = readQuarter(group.quarter);
  return quarter ? t.indicatorsQuarter(group.service, quarter.year, quarter.quarter) : group.service;
}

function groupList(group: LatestIndicators, ctx: ViewContext, t: CycleStrings): Child {
  const language = ctx.state.language;
  return [
    h('p', null, h('strong', null, groupTitle(group, t))),
    h(
      'ul',
      null,
      group.indicators.map((indicator) =>
        h(
          'li',
          { dataset: { role: 'specialist-indicator', status: indicator.status } },
          h('strong', null, indicator.specialist),
          `: ${indicator.text[language]}`,
        ),
      ),
    ),
  ];
}

function indicatorsBody(snapshot: OutcomesSnapshot, ctx: ViewContext, t: CycleStrings): Child {
  if (snapshot.error)
    return h('p', { class: 'ipsf-msg ipsf-msg-error' }, h('span', null, t.indicatorsFailed(snapshot.error)));
  if (!snapshot.present) return h('p', { class: 'ipsf-muted' }, t.indicatorsNoSheet);
  if (snapshot.groups.length === 0) return h('p', { class: 'ipsf-muted' }, t.indicatorsNone);
  return [
    h('p', { class: 'ipsf-muted' }, t.indicatorsRule),
    groupsToShow(snapshot, ctx.state.review?.service).map((group) => groupList(group, ctx, t)),
  ];
}

/** The button, and once «Resultater» is read, the indicators (a live region: they appear after the click). */
export function specialistIndicatorsSection(ctx: ViewContext): HTMLElement {
  const { state, prefix } = ctx;
  const t = cycleStrings(state.language);
  return h(
    'section',
    { 'aria-labelledby': `${prefix}-indicators-h`, dataset: { role: 'specialist-indicators' } },
    h('h4', { id: `${prefix}-indicators-h` }, t.indicatorsHeading),
    operationButton(ctx, {
      operation: 'indicators',
      key: 'specialist-indicators',
      role: 'show-indicators',
      variant: 'ipsf-subtle ipsf-small',
      title: INDICATORS_HINT[state.language],
      label: INDICATORS_LABEL[state.language],
      busyLabel: t.readingIndicators,
      run: () => ctx.commands.specialistIndicators(),
    }),
    h(
      'div',
      { 'aria-live': 'polite', dataset: { role: 'indicators-body' } },
      state.outcomes ? indicatorsBody(state.outcomes, ctx, t) : null,
    ),
  );
}
