import type { Text } from '../text';

/** An item score: the scale only allows whole numbers 1–5 (manual rule 11). */
export type Score = 1 | 2 | 3 | 4 | 5;
export const SCORES: readonly Score[] = [1, 2, 3, 4, 5];

/** Data-source codes from the legend after the scale. */
export type DataSource = 'MIS' | 'DOC' | 'INT' | 'OBS' | 'ISP';

/**
 * How an item is rated:
 * - numericBands: a metric (caseload, %, days, contacts) floored and placed in the anchors' bands;
 * - components: the number of components present maps to a score through the item's own anchors;
 * - perSpecialistAverage: each specialist is rated, the ratings are averaged and rounded down;
 * - judgement: the evaluator chooses the anchor; the manual may state caps.
 */
export type ItemKind = 'numericBands' | 'components' | 'perSpecialistAverage' | 'judgement';

export interface ItemDefinition {
  /** Stable machine id, e.g. "staffing.caseload_size". Never changes once published. */
  readonly id: string;
  readonly sectionId: string;
  /** Number within the section as printed on the scale ("Bemanning 1" → 1). */
  readonly number: number;
  /** Position on the score sheet, 1-based across all sections. */
  readonly sheetNumber: number;
  /** Official item name (nb verbatim from the scale) and a faithful English name. */
  readonly name: Text;
  /** The item's criterion text (the statement under the item name on the scale). */
  readonly criterion: Text;
  /** Anchors for scores 1..5 (index 0 is score 1). nb verbatim from the scale. */
  readonly anchors: readonly [Text, Text, Text, Text, Text];
  readonly sources: readonly DataSource[];
  readonly kind: ItemKind;
  /** For kind "components": the components in the scale's order. */
  readonly components?: readonly Text[];
  /**
   * For kind "components": score for each count of components present
   * (index = count, length = components.length + 1), read from the item's own anchors.
   */
  readonly scoreForComponentCount?: readonly Score[];
  /**
   * Caps the manual states for this item: when a condition holds, the score can be at most
   * maxScore whatever anchor the evaluator chose. Used by judgement items (and shown in the UI).
   */
  readonly caps?: readonly ScoreCap[];
  /** Line range in the manual where the item's ch. 9 guidance starts, for reference. */
  readonly manualLines?: readonly [number, number];
}

export interface ScoreCap {
  /** Stable id, e.g. "org.zero_exclusion.formal_criteria". */
  readonly id: string;
  readonly maxScore: Score;
  /** The condition, phrased so that "yes" means the cap applies. */
  readonly condition: Text;
  readonly manualLines?: readonly [number, number];
}

export interface SectionDefinition {
  readonly id: string;
  readonly name: Text;
}

export interface FidelityLevel {
  readonly min: number;
  readonly max: number;
  readonly name: Text;
}

/** A whole fidelity scale, as data: a second scale (e.g. IPS-Y) is another value of this type. */
export interface ScaleDefinition {
  readonly id: string;
  readonly name: Text;
  /** The scale's own version (its year), saved with every review in the history. */
  readonly version?: string;
  readonly sections: readonly SectionDefinition[];
  readonly items: readonly ItemDefinition[];
  /** Fidelity levels, highest first; together they cover every possible total. */
  readonly levels: readonly FidelityLevel[];
  readonly dataSources: Readonly<Record<DataSource, Text>>;
}

/**
 * The long verbatim texts of an item, and its references into the manual: only the ITEM, ANCHOR,
 * CAPS and COMPONENTS functions, the reasons that quote an anchor and the panes read them, so a
 * host can load them on first use.
 */
export type ItemTextField = 'criterion' | 'anchors' | 'components' | 'manualLines';

/** A cap without its condition text and manual lines (see ScaleOutline). */
export type ScoreCapOutline = Omit<ScoreCap, 'condition' | 'manualLines'>;

/** An item without its long texts (see ScaleOutline). */
export interface ItemOutline extends Omit<ItemDefinition, ItemTextField | 'caps'> {
  readonly caps?: readonly ScoreCapOutline[];
}

/**
 * A scale without the long texts: what scoring needs (ids, numbers, kinds, bands, cap limits, names).
 * Generated from the full definition (scripts/scale-outline.mjs); the registry adds the texts (and
 * the data-source legend, which only the panes and the report show) back as properties that read
 * them from the full definition once it is provided.
 */
export interface ScaleOutline extends Omit<ScaleDefinition, 'items' | 'dataSources'> {
  readonly items: readonly ItemOutline[];
}
