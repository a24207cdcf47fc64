/**
 * The free text of a review that each write puts into the workbook, as named fields for the
 * privacy check (inputs/free-text.ts), and the «not personal data» marks that silence a false
 * alarm. Every field is checked for fødselsnummer. Names are looked for only in the text about
 * participants — comments, recommendations, consensus notes and correction reasons — not in the
 * service, team, «rated by» or rater fields, which name places, teams and the evaluators.
 */
import { checkFreeText, exemptionKey, type FreeTextField, type FreeTextFinding } from '../inputs/free-text';
import { TABLES, type TableId } from '../inputs/tables';
import { DEFAULT_SCALE, itemLabel } from '../scale/registry';
import type { ScaleDefinition } from '../scale/types';
import type { Language, Text } from '../text';
import type { NotPersonalData, Review } from './model';
import { TERMS } from '../i18n/terms';

/** What a pane command writes: the score sheet, the report and action plan, or the history row. */
export type WriteTarget = 'scoreSheet' | 'report' | 'history';

const LABELS = {
  service: TERMS.site,
  team: TERMS.team,
  evaluators: TERMS.ratedBy,
  rater: TERMS.rater,
  evidence: TERMS.comments,
  recommendation: TERMS.recommendations,
  consensusNote: { nb: 'Konsensusnotat', en: 'Consensus note' },
  correction: { nb: 'Begrunnelse for korrigering', en: 'Reason for the correction' },
  importColumn: { nb: 'Import', en: 'Import' },
  other: { nb: 'Annet felt', en: 'Other field' },
} as const satisfies Record<string, Text>;

const ITEM_FIELDS = ['evidence', 'recommendation', 'consensusNote'] as const;

function both(make: (language: Language) => string): Text {
  return { nb: make('nb'), en: make('en') };
}

/** The field a key names, as the user knows it ("Bemanning 1 – Kommentarer"); never the key itself. */
export function privacyFieldLabel(key: string, scale: ScaleDefinition = DEFAULT_SCALE): Text {
  const [kind, id, part] = key.split(':');
  if (kind === 'service' || kind === 'team' || kind === 'evaluators') return LABELS[kind];
  if (kind === 'rater') return both((l) => `${LABELS.rater[l]} ${id ?? ''}`.trim());
  const item = scale.items.find((candidate) => candidate.id === id);
  if (kind === 'item' && item && (ITEM_FIELDS as readonly string[]).includes(part ?? '')) {
    return both((l) => `${itemLabel(item, l, scale)} – ${LABELS[part as (typeof ITEM_FIELDS)[number]][l]}`);
  }
  if (kind === 'correction' && item) return both((l) => `${itemLabel(item, l, scale)} – ${LABELS.correction[l]}`);
  const table = kind === 'import' && id && id in TABLES ? TABLES[id as TableId] : null;
  const column = table?.columns.find((candidate) => candidate.id === part);
  if (table && column) return both((l) => `${LABELS.importColumn[l]}: ${table.sheet[l]} – ${column.header[l]}`);
  return LABELS.other;
}

function field(key: string, value: string, scale: ScaleDefinition, names: boolean): FreeTextField {
  return { key, field: privacyFieldLabel(key, scale), value, names };
}

/** The review's free text that a write to `target` puts into the workbook, as named fields. */
export function reviewFreeText(
  review: Review,
  target: WriteTarget,
  scale: ScaleDefinition = DEFAULT_SCALE,
): FreeTextField[] {
  const fields = [
    field('service', review.service, scale, false),
    field('team', review.team, scale, false),
    field('evaluators', review.evaluators, scale, false),
  ];
  if (target !== 'history') {
    review.raters.forEach((rater, index) => fields.push(field(`rater:${index + 1}`, rater.name, scale, false)));
    for (const item of scale.items) {
      const record = review.items[item.id];
      if (!record) continue;
      for (const part of ITEM_FIELDS) fields.push(field(`item:${item.id}:${part}`, record[part], scale, true));
    }
  }
  // The score sheet holds the corrected scores only; the report and the history hold the reasons.
  if (target !== 'scoreSheet') {
    review.corrections.forEach((correction, index) =>
      fields.push(field(`correction:${correction.itemId}:${index + 1}`, correction.reason, scale, true)),
    );
  }
  return fields.filter((entry) => entry.value.trim() !== '');
}

/** The privacy findings of what a write to `target` would put into the workbook (marked values and rater names left out). */
export function checkReviewText(
  review: Review,
  target: WriteTarget,
  scale: ScaleDefinition = DEFAULT_SCALE,
): FreeTextFinding[] {
  return checkFreeText(reviewFreeText(review, target, scale), {
    exempt: review.notPersonalData ?? [],
    knownNames: review.raters.map((rater) => rater.name),
  });
}

/** The review with these values marked as not personal data (each field and value once). */
export function markNotPersonalData(
  review: Review,
  marks: readonly { readonly field: string; readonly value: string }[],
  date: string,
): Review {
  const existing = review.notPersonalData ?? [];
  const id = (mark: { field: string; value: string }) => `${mark.field}\u0000${exemptionKey(mark.value)}`;
  const known = new Set(existing.map(id));
  const added: NotPersonalData[] = [];
  for (const mark of marks) {
    if (known.has(id(mark))) continue;
    known.add(id(mark));
    added.push({ value: mark.value, field: mark.field, markedAt: date });
  }
  return added.length === 0 ? review : { ...review, notPersonalData: [...existing, ...added] };
}
