/**
 * Generic, registry-driven scoring for any item of any scale:
 * - scoreByComponents: items rated by how many components are present, mapped to a score by
 *   the item's own anchors (ItemDefinition.scoreForComponentCount);
 * - scoreByJudgement: the evaluator chooses the anchor; the caps the manual states for the item
 *   (ItemDefinition.caps) lower it when they apply.
 */
import { invalidNumber, invalidValue } from '../../errors';
import type { ItemResult, Reason } from '../../result';
import type { ItemDefinition, Score } from '../../scale/types';
import { asScore, reason } from './reasons';

function numbers(indexes: readonly number[], language: 'nb' | 'en'): string {
  if (indexes.length === 0) return language === 'nb' ? 'ingen' : 'none';
  const words = indexes.map(String);
  if (words.length === 1) return words[0]!;
  return `${words.slice(0, -1).join(', ')} ${language === 'nb' ? 'og' : 'and'} ${words[words.length - 1]}`;
}

/**
 * Lowers a score by the item's caps that apply (ItemDefinition.caps, manual's "no higher than"):
 * `capsThatApply` has one entry per cap in the registry's order; an empty list means none apply.
 * Returns the capped score and one reason per cap that applies, naming it.
 */
export function applyCaps(
  item: ItemDefinition,
  score: Score,
  capsThatApply: readonly boolean[],
  argument = 'caps',
): { score: Score; reasons: Reason[] } {
  const caps = item.caps ?? [];
  if (capsThatApply.length !== 0 && capsThatApply.length !== caps.length) {
    throw invalidValue(
      caps.length === 0
        ? `argument '${argument}': item "${item.id}" has no caps, so leave '${argument}' out, got ${capsThatApply.length} cells`
        : `argument '${argument}': item "${item.id}" has ${caps.length} ${caps.length === 1 ? 'cap' : 'caps'}, so expected ${caps.length} yes/no cells in the registry's order, got ${capsThatApply.length}`,
    );
  }
  const reasons: Reason[] = [];
  let capped = score;
  caps.forEach((cap, index) => {
    if (capsThatApply[index] !== true) return;
    const lowers = cap.maxScore < capped;
    if (lowers) capped = cap.maxScore;
    reasons.push(
      reason(
        cap.id,
        `Begrensning: ${lowerFirst(cap.condition.nb)}, så skåren kan ikke være høyere enn ${cap.maxScore}${lowers ? '' : ' (skåren er allerede innenfor)'}.`,
        `Cap: ${lowerFirst(cap.condition.en)}, so the score can be no higher than ${cap.maxScore}${lowers ? '' : ' (the score is already within it)'}.`,
      ),
    );
  });
  return { score: capped, reasons };
}

/** A cap condition inside a sentence: trailing period dropped. */
function lowerFirst(condition: string): string {
  return condition.trim().replace(/\.$/, '');
}

/** Which of the item's caps apply, from the ids of the caps that do (unknown ids are a programming error). */
export function capsFromIds(item: ItemDefinition, applying: readonly string[]): boolean[] {
  const caps = item.caps ?? [];
  for (const id of applying) {
    if (!caps.some((cap) => cap.id === id)) throw new Error(`item ${item.id} has no cap ${id}`);
  }
  return caps.map((cap) => applying.includes(cap.id));
}

/**
 * The score of a components item: count the components present at the time of the review and
 * read the score from the item's own anchors («Det totale antallet gir skåren»). `present` has
 * one entry per component, in the scale's order. Caps the item states (e.g. Organisasjon 8:
 * no documented QA → at most 4) apply when given, one entry per cap (empty = none apply).
 */
export function scoreByComponents(
  item: ItemDefinition,
  present: readonly boolean[],
  capsThatApply: readonly boolean[] = [],
): ItemResult {
  const { components, scoreForComponentCount } = item;
  if (!components || !scoreForComponentCount) {
    throw invalidValue(
      `argument 'item': item "${item.id}" is not rated by counting components; use JUDGEMENT or the item's own function`,
    );
  }
  if (scoreForComponentCount.length !== components.length + 1) {
    throw new Error(`item ${item.id}: scoreForComponentCount must have ${components.length + 1} entries`);
  }
  if (present.length !== components.length) {
    throw invalidValue(
      `argument 'present': item "${item.id}" has ${components.length} components, so expected ${components.length} yes/no cells in the scale's order, got ${present.length}`,
    );
  }
  const presentNumbers = present.flatMap((isPresent, index) => (isPresent === true ? [index + 1] : []));
  const missingNumbers = present.flatMap((isPresent, index) => (isPresent === true ? [] : [index + 1]));
  const count = presentNumbers.length;
  const counted = scoreForComponentCount[count]!;
  const anchor = item.anchors[counted - 1];
  const capped = applyCaps(item, counted, capsThatApply);
  const reasons: Reason[] = [
    reason(
      `${item.id}.components_present`,
      `${count} av ${components.length} komponenter er til stede (${numbers(presentNumbers, 'nb')}); mangler: ${numbers(missingNumbers, 'nb')}.`,
      `${count} of ${components.length} components are present (${numbers(presentNumbers, 'en')}); missing: ${numbers(missingNumbers, 'en')}.`,
    ),
    reason(
      `${item.id}.components_score`,
      `Etter punktets alternativer gir ${count} ${count === 1 ? 'komponent' : 'komponenter'} skår ${counted}${anchor ? ` («${anchor.nb.trim()}»)` : ''}.`,
      `By the item's anchors, ${count} ${count === 1 ? 'component gives' : 'components give'} score ${counted}${anchor ? ` ("${anchor.en.trim()}")` : ''}.`,
    ),
    ...capped.reasons,
  ];
  if (capped.score !== counted)
    reasons.push(reason(`${item.id}.capped_score`, `Skår ${capped.score}.`, `Score ${capped.score}.`));
  return { itemId: item.id, score: capped.score, metric: count, metricUnit: 'count', exactMetric: count, reasons };
}

/**
 * The score of a judgement item: the anchor the evaluator chose (a whole number 1–5, all its
 * elements present, rule 7), lowered to the maxScore of every cap that applies. `capsThatApply`
 * has one entry per cap of the item, in the registry's order (empty = none apply). Works for any
 * item, e.g. to record the manual's default of 1 when information is missing (819–821).
 */
export function scoreByJudgement(
  item: ItemDefinition,
  chosenScore: number,
  capsThatApply: readonly boolean[],
): ItemResult {
  if (typeof chosenScore !== 'number' || !Number.isInteger(chosenScore) || chosenScore < 1 || chosenScore > 5) {
    throw invalidNumber(`argument 'score': expected a whole score 1–5 (the anchor chosen), got ${String(chosenScore)}`);
  }
  const chosen = asScore(chosenScore);
  const anchor = item.anchors[chosen - 1];
  const capped = applyCaps(item, chosen, capsThatApply);
  return {
    itemId: item.id,
    score: capped.score,
    reasons: [
      reason(
        `${item.id}.chosen_anchor`,
        `Evaluatorene valgte alternativ ${chosen}${anchor ? ` («${anchor.nb.trim()}»)` : ''}.`,
        `The raters chose anchor ${chosen}${anchor ? ` ("${anchor.en.trim()}")` : ''}.`,
      ),
      ...capped.reasons,
      reason(`${item.id}.judgement_score`, `Skår ${capped.score}.`, `Score ${capped.score}.`),
    ],
  };
}
