import type { ItemDefinition, Score } from '../../core/scale/types';
import { SCORES } from '../../core/scale/types';
import { scoreRadios, useScoreButton } from './common';
import { h, type Child } from '../dom';
import type { ViewContext } from '../context';
import { correctionsFor } from '../../core/review/corrections';
import { heldConstant } from '../../core/review/repeat';
import {
  capExceeded,
  componentSummary,
  currentItem,
  isInHistory,
  labelOf,
  needsRecommendation,
  raterDisagreement,
  reviewEvidence,
  type TextField,
} from '../state';
import { scoreNow } from '../workflow';
import { calculatorView } from './calculator';
import { evidenceCoverage, type EvidenceCoverage } from '../../core/cycle/evidence';
import { cycleStrings, type CycleStrings } from '../strings/cycle';

function textArea(
  ctx: ViewContext,
  item: ItemDefinition,
  field: TextField,
  label: string,
  hint?: Child,
  rows = 3,
): HTMLElement {
  const record = ctx.state.review!.items[item.id];
  const id = `${ctx.prefix}-${field}`;
  const hintId = hint ? `${id}-hint` : undefined;
  return h(
    'div',
    { class: 'ipsf-field' },
    h('label', { for: id }, label),
    h(
      'textarea',
      {
        id,
        class: 'ipsf-textarea',
        rows,
        'aria-describedby': hintId,
        dataset: { key: `${field}-${item.id}` },
        onInput: (event: Event) => {
          ctx.dispatch(
            { type: 'setText', itemId: item.id, field, value: (event.target as HTMLTextAreaElement).value },
            { render: false },
          );
          // Hints are patched in place: re-rendering on blur would swallow the click that ends the typing.
          if (field === 'recommendation') {
            const needed = (event.target as HTMLElement).parentElement?.querySelector<HTMLElement>(
              '[data-role="recommendation-needed"]',
            );
            if (needed) needed.hidden = !needsRecommendation(ctx.stateNow().review?.items[item.id]);
          }
        },
      },
      record?.[field] ?? '',
    ),
    hint ? h('span', { id: hintId, class: 'ipsf-muted' }, hint) : null,
  );
}

/** One item: label, name, criterion, anchors, scores, helpers, notes and data sources. */
export function itemView(ctx: ViewContext): Child {
  const { state, s, prefix, dispatch } = ctx;
  const review = state.review!;
  const item = currentItem(state);
  const record = review.items[item.id];
  const language = state.language;
  // The score that counts: a correction's when a saved review was corrected.
  const consensus = scoreNow(review, item.id);
  const headingId = `${prefix}-item-name`;

  const consensusGroup = scoreRadios(ctx, {
    name: `${prefix}-consensus`,
    keyBase: 'consensus',
    legend: s.consensus,
    legendClass: 'ipsf-h',
    value: consensus,
    optionLabel: (score) => `${s.consensus} ${score}`,
    describedBy: (score) => anchorId(ctx, score),
    onChange: (score) => dispatch({ type: 'setConsensus', itemId: item.id, score }),
  });

  return h(
    'article',
    { class: 'ipsf-item', 'aria-labelledby': headingId, dataset: { item: item.id } },
    h(
      'header',
      { class: 'ipsf-item-head' },
      h('span', { class: 'ipsf-item-label', dataset: { role: 'item-label' } }, labelOf(state, item)),
      h(
        'h2',
        { id: headingId, class: 'ipsf-item-name', tabindex: -1, dataset: { role: 'item-name', key: 'item-name' } },
        item.name[language],
      ),
    ),
    h(
      'section',
      { 'aria-label': s.criterion },
      h('p', { class: 'ipsf-criterion', dataset: { role: 'criterion' } }, item.criterion[language]),
    ),
    anchorsSection(ctx, item, consensus),
    consensusGroup,
    keyHint(ctx),
    workflowNotes(ctx, item, consensus),
    // After the score: the anchors and the score fit on one screen, where the keys put the focus.
    sourcesSection(ctx, item),
    componentsCard(ctx, item),
    capsCard(ctx, item, consensus),
    calculatorView(ctx, item),
    ratersCard(ctx, item, consensus),
    textArea(ctx, item, 'evidence', s.evidence, s.evidenceHint),
    textArea(
      ctx,
      item,
      'recommendation',
      s.recommendation,
      record?.consensus != null && record.consensus < 5
        ? h(
            'span',
            { class: 'ipsf-unsaved', hidden: !needsRecommendation(record), dataset: { role: 'recommendation-needed' } },
            s.recommendationNeeded,
          )
        : undefined,
    ),
  );
}

const anchorId = (ctx: ViewContext, score: Score) => `${ctx.prefix}-anchor-${score}`;

/** The item's five anchors; a click on one is a mouse shortcut for its score. */
function anchorsSection(ctx: ViewContext, item: ItemDefinition, consensus: Score | null): HTMLElement {
  const { s, prefix, dispatch, state } = ctx;
  return h(
    'section',
    { 'aria-labelledby': `${prefix}-anchors-h` },
    h('h3', { id: `${prefix}-anchors-h` }, s.anchors),
    h(
      'ol',
      { class: 'ipsf-anchors', dataset: { role: 'anchors' } },
      SCORES.map((score) =>
        h(
          'li',
          {
            id: anchorId(ctx, score),
            class: 'ipsf-anchor',
            dataset: { chosen: String(consensus === score), score: String(score) },
            // Mouse shortcut; keyboard users choose with the radio group below.
            onClick: () => dispatch({ type: 'setConsensus', itemId: item.id, score }),
          },
          h(
            'span',
            { class: 'ipsf-anchor-score' },
            s.anchorScore(score),
            consensus === score ? h('span', { class: 'ipsf-sr' }, ` (${s.chosen})`) : null,
          ),
          h('span', { class: 'ipsf-anchor-text' }, item.anchors[score - 1]![state.language]),
        ),
      ),
    ),
  );
}

/** Each rater's own score, the disagreement (a warning until the consensus is set) and the consensus note. */
function ratersCard(ctx: ViewContext, item: ItemDefinition, consensus: Score | null): Child {
  const { state, s, prefix, dispatch } = ctx;
  const review = state.review!;
  const record = review.items[item.id];
  if (review.raters.length === 0) return null;
  const disagreement = raterDisagreement(review, item.id);
  return h(
    'section',
    { class: 'ipsf-card', 'aria-labelledby': `${prefix}-raters-h` },
    h('h3', { id: `${prefix}-raters-h` }, s.raterScores),
    h('p', { class: 'ipsf-muted' }, s.raterScoresHint),
    h(
      'div',
      { class: 'ipsf-raters' },
      review.raters.map((rater, index) =>
        scoreRadios(ctx, {
          name: `${prefix}-rater-${index}`,
          keyBase: `rater-${rater.id}`,
          legend: rater.name,
          value: record?.raterScores[rater.id] ?? null,
          small: true,
          optionLabel: (score) => `${s.raterScoreLabel(rater.name)}: ${score}`,
          describedBy: (score) => anchorId(ctx, score),
          onChange: (score) => dispatch({ type: 'setRaterScore', itemId: item.id, raterId: rater.id, score }),
        }),
      ),
    ),
    // A warning until the consensus is set; then only a note of what was agreed.
    disagreement && consensus === null
      ? h(
          'p',
          { class: 'ipsf-msg ipsf-msg-warning', dataset: { role: 'disagreement' } },
          h('span', null, s.raterDisagree(disagreement.join(', '))),
        )
      : null,
    disagreement && consensus !== null
      ? h(
          'p',
          { class: 'ipsf-muted', dataset: { role: 'disagreement-resolved' } },
          s.raterDisagreeResolved(disagreement.join(', '), consensus),
        )
      : null,
    disagreement || record?.consensusNote ? textArea(ctx, item, 'consensusNote', s.consensusNote, undefined, 2) : null,
  );
}

/** The item's components as checkboxes, and the score their count suggests. */
function componentsCard(ctx: ViewContext, item: ItemDefinition): Child {
  const { state, s, prefix, dispatch } = ctx;
  const record = state.review!.items[item.id];
  const summary = componentSummary(item, record);
  if (!summary || !item.components) return null;
  return h(
    'section',
    { class: 'ipsf-card', 'aria-labelledby': `${prefix}-components-h` },
    h('h3', { id: `${prefix}-components-h` }, s.componentsHeading),
    h(
      'ul',
      null,
      item.components.map((component, index) =>
        h(
          'li',
          null,
          h(
            'label',
            { class: 'ipsf-check' },
            h('input', {
              type: 'checkbox',
              checked: record?.components?.[index] === true,
              dataset: { key: `component-${item.id}-${index}` },
              onChange: () => dispatch({ type: 'toggleComponent', itemId: item.id, index }),
            }),
            h('span', null, component[state.language]),
          ),
        ),
      ),
    ),
    h(
      'div',
      { class: 'ipsf-suggest', dataset: { role: 'component-suggestion' } },
      h(
        'span',
        { class: 'ipsf-grow' },
        s.componentsCount(summary.present, summary.count),
        summary.suggested !== null ? [' ', s.componentsSuggest(summary.suggested)] : null,
      ),
      summary.suggested !== null ? useScoreButton(ctx, item, summary.suggested, 'component-use') : null,
    ),
  );
}

/** The item's caps: conditions that limit the score, and a warning when the consensus is above one ticked. */
function capsCard(ctx: ViewContext, item: ItemDefinition, consensus: Score | null): Child {
  const { state, s, prefix, dispatch } = ctx;
  if (!item.caps || item.caps.length === 0) return null;
  const exceeded = capExceeded(item, state.review!.items[item.id], state.itemUi[item.id]);
  return h(
    'section',
    { class: 'ipsf-card', 'aria-labelledby': `${prefix}-caps-h` },
    h('h3', { id: `${prefix}-caps-h` }, s.capsHeading),
    h('p', { class: 'ipsf-muted' }, s.capsIntro),
    h(
      'ul',
      null,
      item.caps.map((cap) =>
        h(
          'li',
          null,
          h(
            'label',
            { class: 'ipsf-check' },
            h('input', {
              type: 'checkbox',
              checked: state.itemUi[item.id]?.caps[cap.id] === true,
              dataset: { key: `cap-${cap.id}` },
              onChange: () => dispatch({ type: 'toggleCap', itemId: item.id, capId: cap.id }),
            }),
            h('span', null, cap.condition[state.language], ' ', h('strong', null, `(${s.capMax(cap.maxScore)})`)),
          ),
        ),
      ),
    ),
    exceeded !== null && consensus !== null
      ? h(
          'p',
          { class: 'ipsf-msg ipsf-msg-warning', dataset: { role: 'cap-exceeded' } },
          h('span', null, s.capExceeded(consensus, exceeded)),
        )
      : null,
  );
}

/**
 * The data sources the scale lists for the item, as codes with their names; with an evidence log
 * of this review, which of them have evidence yet (evidenceCoverage).
 */
function sourcesSection(ctx: ViewContext, item: ItemDefinition): HTMLElement {
  const { state, s, prefix } = ctx;
  const language = state.language;
  const entries = reviewEvidence(state);
  const coverage = entries ? evidenceCoverage(item.id, entries, state.scale) : null;
  const c = cycleStrings(language);
  return h(
    'section',
    { 'aria-labelledby': `${prefix}-sources-h` },
    h('h3', { id: `${prefix}-sources-h` }, s.sources),
    h(
      'div',
      { class: 'ipsf-sources' },
      item.sources.map((code) => {
        const covered = coverage?.covered.includes(code);
        const name = state.scale.dataSources[code]?.[language] ?? code;
        return h(
          'abbr',
          {
            class: covered ? 'ipsf-chip ipsf-chip-ok' : 'ipsf-chip',
            // The chips' row spaces them; the «ok» chip's own margin is for a chip after a name.
            style: covered ? 'margin-left:0' : undefined,
            title: covered ? `${name}: ${c.coverageHas}` : name,
            dataset: coverage ? { covered: String(covered) } : undefined,
          },
          covered ? `✓ ${code}` : code,
        );
      }),
    ),
    coverage ? coverageLine(c, coverage) : null,
    h(
      'dl',
      { class: 'ipsf-legend' },
      item.sources.map((code) => [h('dt', null, code), h('dd', null, state.scale.dataSources[code]?.[language] ?? '')]),
    ),
  );
}

/** «Kildelogg: bevis fra DOC, INT · ingen ennå fra MIS» under the item's sources. */
function coverageLine(c: CycleStrings, coverage: EvidenceCoverage): HTMLElement {
  const parts =
    coverage.entryCount === 0
      ? [c.coverageNone]
      : [
          coverage.covered.length > 0 ? c.coverageCovered(coverage.covered.join(', ')) : '',
          coverage.missing.length > 0 ? c.coverageMissing(coverage.missing.join(', ')) : '',
        ].filter(Boolean);
  return h(
    'p',
    { class: 'ipsf-muted', dataset: { role: 'evidence-coverage' } },
    `${c.coverageLabel}: ${parts.join(' · ')}`,
  );
}

/** The review keys (keyboard.ts), said once under the score. */
function keyHint(ctx: ViewContext): Child {
  return h('p', { class: 'ipsf-muted', dataset: { role: 'key-hint' } }, ctx.s.keyHint);
}

/** A repeat review's suggestion, a saved review's corrections, and changes not recorded as corrections. */
function workflowNotes(ctx: ViewContext, item: ItemDefinition, score: Score | null): Child {
  const { state, s, dispatch } = ctx;
  const review = state.review!;
  const record = review.items[item.id];
  const label = labelOf(state, item);
  const parts: Child[] = [];
  const suggested = record?.suggested;
  if (suggested) {
    if (record.consensus === null) {
      parts.push(
        h(
          'div',
          { class: 'ipsf-suggest ipsf-suggest-pending', dataset: { role: 'suggestion' } },
          h(
            'div',
            { class: 'ipsf-grow' },
            h('strong', { dataset: { role: 'suggestion-short' } }, s.suggestionShort(suggested.score)),
            h('p', { class: 'ipsf-muted' }, s.suggestionDetail(suggested.score, suggested.date)),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'ipsf-btn ipsf-primary',
              'aria-label': s.confirmSuggestionLabel(label, suggested.score),
              dataset: { key: `confirm-${item.id}`, role: 'confirm-suggestion' },
              onClick: () => dispatch({ type: 'confirmSuggestion', itemId: item.id }),
            },
            s.confirmSuggestion(suggested.score),
          ),
        ),
      );
    } else if (heldConstant(review, item.id)) {
      parts.push(
        h(
          'p',
          { class: 'ipsf-msg ipsf-msg-success', dataset: { role: 'held-constant' } },
          h('span', null, '✓ ', s.heldConstant(suggested.date)),
        ),
      );
    } else {
      parts.push(
        h(
          'p',
          { class: 'ipsf-msg ipsf-msg-info', dataset: { role: 'changed-from-previous' } },
          h('span', null, s.changedFromPrevious(suggested.score)),
        ),
      );
    }
  }
  const corrections = correctionsFor(review, item.id);
  if (corrections.length > 0) {
    parts.push(
      h(
        'ul',
        { class: 'ipsf-corrections', dataset: { role: 'corrections' } },
        corrections.map((correction) =>
          h(
            'li',
            null,
            s.correctedLine(
              correction.previous === null ? '–' : String(correction.previous),
              correction.corrected,
              correction.date,
              correction.reason,
            ),
          ),
        ),
      ),
    );
  }
  const unrecorded = state.unrecorded[item.id];
  if (unrecorded !== undefined && score !== null) {
    parts.push(
      h(
        'div',
        { class: 'ipsf-msg ipsf-msg-warning', dataset: { role: 'unrecorded' } },
        h('p', null, s.unrecorded(unrecorded, score)),
        h(
          'button',
          {
            type: 'button',
            class: 'ipsf-btn ipsf-small',
            dataset: { key: `unrecorded-${item.id}` },
            onClick: () => dispatch({ type: 'startCorrection', itemId: item.id, score: unrecorded }),
          },
          s.recordCorrection,
        ),
      ),
    );
  }
  if (isInHistory(state)) parts.push(h('p', { class: 'ipsf-muted', dataset: { role: 'locked-hint' } }, s.lockedHint));
  return parts.length > 0 ? h('div', { class: 'ipsf-workflow' }, parts) : null;
}
