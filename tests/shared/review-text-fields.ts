import { correctSavedReview } from '../../src/core/review/corrections';
import type { Review } from '../../src/core/review/model';
import type { WriteTarget } from '../../src/core/review/privacy';
import { DEFAULT_SCALE } from '../../src/core/scale/registry';

/**
 * The review's free-text fields as the pane lets the user fill them, for the privacy-check tests
 * (core and pane): how to type into each, its key, which writes carry it, and whether names are
 * looked for there (participant text) or only fødselsnummer (places, teams, evaluators).
 */

export const ITEM = DEFAULT_SCALE.items[0]!;
export const PASTED = 'Deltaker Kari Nordmann 01019012480 fikk jobb';
/** A valid bank account number that also passes the fødselsnummer check (15.03.00). */
export const ACCOUNT = '15030000037';

export type Edit = (review: Review, value: string) => Review;

/** Every free-text field the pane writes, how to type into it, and which writes carry it. */
export const FIELDS: readonly {
  name: string;
  key: string;
  edit: Edit;
  targets: readonly WriteTarget[];
  names: boolean;
}[] = [
  {
    name: 'service',
    key: 'service',
    edit: (r, v) => ({ ...r, service: v }),
    targets: ['scoreSheet', 'report', 'history'],
    names: false,
  },
  {
    name: 'team',
    key: 'team',
    edit: (r, v) => ({ ...r, team: v }),
    targets: ['scoreSheet', 'report', 'history'],
    names: false,
  },
  {
    name: 'rated by',
    key: 'evaluators',
    edit: (r, v) => ({ ...r, evaluators: v }),
    targets: ['scoreSheet', 'report', 'history'],
    names: false,
  },
  {
    name: 'rater name',
    key: 'rater:2',
    edit: (r, v) => ({ ...r, raters: r.raters.map((rater, i) => (i === 1 ? { ...rater, name: v } : rater)) }),
    targets: ['scoreSheet', 'report'],
    names: false,
  },
  ...(['evidence', 'recommendation', 'consensusNote'] as const).map((part) => ({
    name: part,
    key: `item:${ITEM.id}:${part}`,
    edit: (r: Review, v: string) => ({ ...r, items: { ...r.items, [ITEM.id]: { ...r.items[ITEM.id]!, [part]: v } } }),
    targets: ['scoreSheet', 'report'] as const,
    names: true,
  })),
  {
    name: 'correction reason',
    key: `correction:${DEFAULT_SCALE.items[3]!.id}:1`,
    edit: (r, v) => correctSavedReview(r, DEFAULT_SCALE.items[3]!.id, 4, v, '2025-07-01'),
    targets: ['report', 'history'],
    names: true,
  },
];
