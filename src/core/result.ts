import type { Text } from './text';
import type { Score } from './scale/types';

/** One step of the explanation of a score: a stable rule code plus the human text in both languages. */
export interface Reason {
  /** Stable code of the rule that fired, e.g. "job_diversity.max_two_same". */
  readonly rule: string;
  readonly text: Text;
}

/** What a calculator returns: the score, the metric it was banded from (if any), and why. */
export interface ItemResult {
  readonly itemId: string;
  readonly score: Score;
  /** The (floored) metric the score was read from, e.g. 81 for 81 %, or 21 for a caseload of 21.33. */
  readonly metric?: number;
  /** Unit of the metric: "%", "clients", "days", "contacts/week", "count". */
  readonly metricUnit?: string;
  /** The unrounded metric, for display ("21.33 → 21"). */
  readonly exactMetric?: number;
  readonly reasons: readonly Reason[];
}
